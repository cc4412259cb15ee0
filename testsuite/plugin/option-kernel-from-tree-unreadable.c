// SPDX-License-Identifier: GPL-2.0
/* { dg-cwd "trees/linux-broken" } */
/* A version.h without LINUX_VERSION_CODE: the plugin does not guess. */
/* { dg-output "error: lockrules: cannot tell the kernel version from include/generated/uapi/linux/version.h \(no LINUX_VERSION_CODE\): give '-fplugin-arg-lockrules-kernel=X.Y'" } */
#include "mm.h"

int unused(void)
{
	return 0;
}
