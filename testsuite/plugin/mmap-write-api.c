// SPDX-License-Identifier: GPL-2.0
/*
 * do_mmap() needs the mmap write lock ("The caller must write-lock
 * current->mm->mmap_lock"): ipc/shm.c's do_shmat() and fs/aio.c take it
 * for write; under the read lock, or in a system call that never takes
 * it, the call is reported.
 */
#include "mm.h"

unsigned long shmat_ok(struct mm_struct *mm, struct file *file, unsigned long size)
{
	unsigned long populate = 0, addr;

	mmap_write_lock(mm);
	addr = do_mmap(file, 0, size, 3, 1, 0, 0, &populate, NULL);
	mmap_write_unlock(mm);
	return addr;
}

unsigned long shmat_read_lock(struct mm_struct *mm, struct file *file, unsigned long size)
{
	unsigned long populate = 0, addr;

	mmap_read_lock(mm);
	addr = do_mmap(file, 0, size, 3, 1, 0, 0, &populate, NULL); /* { dg-warning "address-space change without mmap_lock \\(write\\).*-Wlockrules=mmap-write-api" } */
	mmap_read_unlock(mm);
	return addr;
}

static unsigned long setup_ring(struct file *file, unsigned long size)
{
	unsigned long populate = 0;

	return do_mmap(file, 0, size, 3, 1, 0, 0, &populate, NULL); /* { dg-warning "mmap-write-api" } */
}

long __do_sys_ring_setup(struct file *file, unsigned long size) /* { dg-note "no caller holds it: setup_ring\\(\\) <- __do_sys_ring_setup\\(\\), a system call" } */
{
	return setup_ring(file, size);
}
