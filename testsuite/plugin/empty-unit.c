// SPDX-License-Identifier: GPL-2.0
/* A unit with no function at all, like the kernel's <stdin> probes. */
#include "mm.h"

extern int nothing_here;
