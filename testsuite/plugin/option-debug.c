// SPDX-License-Identifier: GPL-2.0
/* -fplugin-arg-lockrules-debug=FUNC: FUNC's events and locksets on stderr, nothing else changes. */
/* { dg-options "-fplugin-arg-lockrules-debug=bad_walk" } */
/* { dg-output "lockrules: bad_walk \\(entry [0-9]+, exit [0-9]+\\)" } */
/* { dg-output "acquire mmap inst=mm" } */
/* { dg-output "release mmap inst=mm" } */
/* { dg-output "guard pt-walk" } */
#include "mm.h"

int bad_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	mmap_read_lock(mm);
	mmap_read_unlock(mm);
	return walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "pt-walk" } */
}
