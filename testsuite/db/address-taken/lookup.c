// SPDX-License-Identifier: GPL-2.0
/*
 * A function whose address another file passes to something the pack has
 * no contract for: its callers cannot be seen.  Silent, and counted as a
 * precondition with unknown callers.
 */
#include "mm.h"

/* { dg-db-summary "met 0 reported 0 unknown 1" } */
int lookup_cb(struct mm_struct *mm, unsigned long addr)
{
	return find_vma(mm, addr) != NULL;
}
