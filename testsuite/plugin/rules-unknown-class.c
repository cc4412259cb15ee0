// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/unknown-class.rules" } */
/* A malformed rule file: the error names file:line:col and what was expected. */
/* { dg-output "unknown-class.rules:5:18: error: expected a lock class declared by 'class', not 'bogus'" } */
/* { dg-output "lockrules: the rule file is malformed" } */
#include "mm.h"

int unused_unknown_class(void)
{
	return 0;
}
