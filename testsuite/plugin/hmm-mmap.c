// SPDX-License-Identifier: GPL-2.0
/*
 * hmm_range_fault() asserts mmap_lock (Documentation/mm/hmm.rst's loop
 * takes it for read around the call): a driver that faults the range
 * after the unlock is reported, one under the lock is silent.
 */
#include "mm.h"

int range_fault_ok(struct hmm_range *range)
{
	int ret;

	mmap_read_lock(range->mm);
	ret = hmm_range_fault(range);
	mmap_read_unlock(range->mm);
	return ret;
}

int range_fault_after_unlock(struct hmm_range *range)
{
	mmap_read_lock(range->mm);
	mmap_read_unlock(range->mm);
	return hmm_range_fault(range); /* { dg-warning "HMM range fault without mmap_lock \\(read\\).*-Wlockrules=hmm-mmap" } */
}
