// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-disable=pt-walk,nope" } */
/* { dg-output "error: lockrules: unknown rule id 'nope' in '-fplugin-arg-lockrules-disable'" } */
#include "mm.h"

int unused(void)
{
	return 0;
}
