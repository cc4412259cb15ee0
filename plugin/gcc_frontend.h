/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared between the GCC plugin's two files: gcc_plugin.c (options, pass
 * registration, diagnostics) and gcc_gimple.c (GIMPLE to lock events).
 * Both are compiled as C++ because GCC's API is C++.
 */
#ifndef LOCKRULES_GCC_FRONTEND_H
#define LOCKRULES_GCC_FRONTEND_H

#include "engine.h"

/* Translate the current function (cfun) into an engine function of unit. */
void lr_gimple_translate(struct lr_unit *unit, const struct lr_pack *pack);

#endif
