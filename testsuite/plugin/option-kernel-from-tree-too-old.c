// SPDX-License-Identifier: GPL-2.0
/* { dg-cwd "trees/linux-5.4" } */
/* A 5.4 object tree without 'kernel=': an error naming where the version came from. */
/* { dg-output "error: lockrules: this build's kernel, 5.4 \(include/generated/uapi/linux/version.h\), is older than any kernel the rule pack <built-in>/rules/mm.rules states rules for \(6.1 to 6.12\)" } */
#include "mm.h"

int unused(void)
{
	return 0;
}
