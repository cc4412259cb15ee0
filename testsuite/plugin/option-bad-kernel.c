// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-kernel=six" } */
/* { dg-output "error: lockrules: '-fplugin-arg-lockrules-kernel=six': expected a kernel version such as 6.12" } */
#include "mm.h"

int unused(void)
{
	return 0;
}
