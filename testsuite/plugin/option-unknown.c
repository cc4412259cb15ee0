// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-bogus=1" } */
/* { dg-output "error: lockrules: unknown option '-fplugin-arg-lockrules-bogus=1'" } */
#include "mm.h"

int unused(void)
{
	return 0;
}
