// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/unterminated.rules" } */
/* A malformed rule file: the error names file:line:col and what was expected. */
/* { dg-output "unterminated.rules:1:18: error: unterminated string: expected a closing '\"' on this line" } */
/* { dg-output "lockrules: the rule file is malformed" } */
#include "mm.h"

int unused_unterminated(void)
{
	return 0;
}
