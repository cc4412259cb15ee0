// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/bad-version.rules" } */
/* A malformed rule file: the error names file:line:col and what was expected. */
/* { dg-output "bad-version.rules:1:36: error: expected a kernel version such as 6.12" } */
/* { dg-output "lockrules: the rule file is malformed" } */
#include "mm.h"

int unused_bad_version(void)
{
	return 0;
}
