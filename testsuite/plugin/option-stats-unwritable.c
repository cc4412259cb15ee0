// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-stats=@TS@/no-such-directory/stats.txt" } */
/* The counts of a stats file that cannot be written must not vanish silently. */
/* { dg-output "error: lockrules: cannot write the stats file '.*/no-such-directory/stats.txt' \('-fplugin-arg-lockrules-stats'\): No such file or directory" } */
#include "mm.h"

int unused(void)
{
	return 0;
}
