// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/missing-needs.rules" } */
/* A malformed rule file: the error names file:line:col and what was expected. */
/* { dg-output "missing-needs.rules:2:1: error: rule 'r' has no 'needs' line" } */
/* { dg-output "lockrules: the rule file is malformed" } */
#include "mm.h"

int unused_missing_needs(void)
{
	return 0;
}
