/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared between the GCC plugin's two files: gcc_plugin.c (options, pass
 * registration, diagnostics) and gcc_gimple.c (the GIMPLE walk).  Both are
 * compiled as C++ because GCC's API is C++, with the engine's public
 * header only (plugin/engine/include/engine.h).
 */
#ifndef LOCKRULES_GCC_FRONTEND_H
#define LOCKRULES_GCC_FRONTEND_H

#include "engine.h"

/* Hand the current function (cfun) over to the engine's unit. */
void lr_gimple_translate(struct lr_unit *unit);
/* A variable's initializer: the functions it stores in members (tree: a VAR_DECL). */
void lr_gimple_initializer(struct lr_unit *unit, union tree_node *decl);

#endif
