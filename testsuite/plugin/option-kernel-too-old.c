// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-kernel=5.4" } */
/* The pack states rules for 6.1 to 6.12 ('kernels' line): 5.4 is an error, not 6.12's rules in disguise. */
/* { dg-output "error: lockrules: '-fplugin-arg-lockrules-kernel=5.4' is older than any kernel the rule pack <built-in>/rules/mm.rules states rules for \(6.1 to 6.12\): it has nothing for 5.4" } */
#include "mm.h"

int unused(void)
{
	return 0;
}
