// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/bad-param.rules" } */
/* A malformed rule file: the error names file:line:col and what was expected. */
/* { dg-output "bad-param.rules:3:18: error: expected a parameter of mmap_read_lock\\(\\), 'ret' or '\\*', not 'mn'" } */
/* { dg-output "lockrules: the rule file is malformed" } */
#include "mm.h"

int unused_bad_param(void)
{
	return 0;
}
