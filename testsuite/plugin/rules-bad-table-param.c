// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/bad-table-param.rules" } */
/* 'for' names the page table a lock protects: a parameter of the api or 'ret'. */
/* { dg-output "bad-table-param.rules:3:30: error: expected a parameter of pmd_lock\\(\\) or 'ret' after 'for', not 'pte'" } */
/* { dg-output "lockrules: the rule file is malformed" } */
#include "mm.h"

int unused_bad_table_param(void)
{
	return 0;
}
