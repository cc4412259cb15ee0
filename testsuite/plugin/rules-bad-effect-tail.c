// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/bad-effect-tail.rules" } */
/* A malformed rule file: the error names file:line:col and what was expected. */
/* { dg-output "bad-effect-tail.rules:3:21: error: expected 'if', 'for', 'try' or the end of the line" } */
/* { dg-output "lockrules: the rule file is malformed" } */
#include "mm.h"

int unused_bad_effect_tail(void)
{
	return 0;
}
