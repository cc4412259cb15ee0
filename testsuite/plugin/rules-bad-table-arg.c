// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/bad-table-arg.rules" } */
/* A guarded call changes one page table: one '@CLASS' argument at most. */
/* { dg-output "bad-table-arg.rules:6:.*: error: more than one '@' argument of set_pmd_at\\(\\)" } */
/* { dg-output "lockrules: the rule file is malformed" } */
#include "mm.h"

int unused_bad_table_arg(void)
{
	return 0;
}
