// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/no-such-file.rules" } */
/* { dg-output "error: lockrules: cannot read rule file '.*no-such-file.rules': No such file or directory" } */
#include "mm.h"

int unused(void)
{
	return 0;
}
