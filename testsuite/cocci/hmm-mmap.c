// SPDX-License-Identifier: GPL-2.0
/* hmm-mmap.cocci: hmm_range_fault() after mmap_read_unlock(). */
int fault_wrong(struct mm_struct *mm, struct hmm_range *range)
{
	mmap_read_lock(mm);
	mmap_read_unlock(mm);
	return hmm_range_fault(range);
}

int fault(struct mm_struct *mm, struct hmm_range *range)
{
	int ret;

	mmap_read_lock(mm);
	ret = hmm_range_fault(range);
	mmap_read_unlock(mm);
	return ret;
}
