// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/bad-kernels.rules" } */
/* A 'kernels' line whose newest is older than its oldest. */
/* { dg-output "bad-kernels.rules:1:17: error: the newest kernel is older than the oldest" } */
/* { dg-output "lockrules: the rule file is malformed" } */
#include "mm.h"

int unused_bad_kernels(void)
{
	return 0;
}
