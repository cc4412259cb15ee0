// SPDX-License-Identifier: GPL-2.0
/*
 * find_vma() asserts mmap_lock: a lookup after the unlock is reported, one
 * in an ioctl handler that never takes the lock is reported at the lookup
 * with the chain, and one under the lock is silent.
 */
#include "mm.h"

int lookup_after_unlock(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;

	mmap_read_lock(mm);
	vma = find_vma(mm, addr);
	mmap_read_unlock(mm);
	vma = find_vma(mm, addr + 4096); /* { dg-warning "VMA lookup without mmap_lock \\(read\\).*-Wlockrules=vma-lookup" } */
	return vma != NULL;
}

static int range_mapped(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	return find_vma_intersection(mm, start, end) != NULL; /* { dg-warning "vma-lookup" } */
}

static long my_ioctl(struct file *file, unsigned int cmd, unsigned long arg) /* { dg-note "no caller holds it: range_mapped\\(\\) <- my_ioctl\\(\\), a file_operations ioctl method" } */
{
	return range_mapped((struct mm_struct *)file, arg, arg + 4096);
}

const struct file_operations lookup_fops = {
	.unlocked_ioctl = my_ioctl,
};

int lookup_locked(struct mm_struct *mm, unsigned long addr)
{
	int found;

	mmap_read_lock(mm);
	found = find_vma(mm, addr) != NULL;
	mmap_read_unlock(mm);
	return found;
}
