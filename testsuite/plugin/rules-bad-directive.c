// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/bad-directive.rules" } */
/* A malformed rule file: the error names file:line:col and what was expected. */
/* { dg-output "bad-directive.rules:2:1: error: expected 'class', 'field', 'passthrough', 'api', 'rule', 'order', 'entry', 'callback' or 'kernels'" } */
/* { dg-output "lockrules: the rule file is malformed" } */
#include "mm.h"

int unused_bad_directive(void)
{
	return 0;
}
