// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/bad-mode.rules" } */
/* A malformed rule file: the error names file:line:col and what was expected. */
/* { dg-output "bad-mode.rules:5:14: error: expected a lock mode, R or W" } */
/* { dg-output "lockrules: the rule file is malformed" } */
#include "mm.h"

int unused_bad_mode(void)
{
	return 0;
}
