// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/kernels-6.4.rules -fplugin-arg-lockrules-kernel=6.1" } */
/* The oldest kernel is the pack's own (here a pack for 6.4 on): 6.1 is refused, naming the file. */
/* { dg-output "error: lockrules: '-fplugin-arg-lockrules-kernel=6.1' is older than any kernel the rule pack .*kernels-6.4.rules states rules for \(6.4 to 6.12\)" } */
#include "mm.h"

int unused(void)
{
	return 0;
}
