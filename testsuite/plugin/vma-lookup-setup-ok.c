// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/task_mmu.c's PROCMAP_QUERY: a helper returns mmap_read_lock_killable()'s
 * result, the caller tests it and looks up VMAs.  The helper's lock is held
 * as the returned value says: on some paths for the caller, so silent.
 */
#include "mm.h"

static int query_setup(struct mm_struct *mm)
{
	return mmap_read_lock_killable(mm);
}

static int query_find(struct mm_struct *mm, unsigned long addr)
{
	return find_vma(mm, addr) != NULL;
}

static long query_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct mm_struct *mm = (struct mm_struct *)file;
	int err = query_setup(mm);

	if (err)
		return err;
	err = query_find(mm, arg);
	mmap_read_unlock(mm);
	return err;
}

const struct file_operations query_fops = {
	.unlocked_ioctl = query_ioctl,
};
