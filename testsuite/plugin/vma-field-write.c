// SPDX-License-Identifier: GPL-2.0
/*
 * vma-field-write: stores into a VMA's fields need the VMA write lock
 * (6.12; taken under mmap_lock for write).  Fires: mprotect_fixup() without
 * vma_start_write() reached from a system call; vma_replace_policy()
 * without it (CVE-2023-4611); a helper's store whose caller has only the
 * VMA read lock.  Silent: after vma_start_write(), under the assertion, on
 * a VMA fresh from vm_area_alloc()/vm_area_dup() (directly and through a
 * helper), on a local, in a file_operations mmap method (the VMA is in no
 * tree yet), and stores to members no rule guards.
 */
#include "mm.h"

struct mempolicy { int mode; };

static void vma_set_page_prot(struct vm_area_struct *vma, unsigned long prot)
{
	vma->vm_page_prot.pgprot = prot;
}

static int fixup(struct vm_area_struct *vma, unsigned long newflags)
{
	/* other callers hold it (fixup_ok(), drv_mmap()): reported at these calls */
	vm_flags_init(vma, newflags);		/* { dg-warning "call to 'vm_flags_init' performs a VMA field store without the per-VMA lock \\(write\\).*-Wlockrules=vma-field-write" } */
	vma_set_page_prot(vma, newflags);	/* { dg-warning "call to 'vma_set_page_prot' performs a VMA field store without the per-VMA lock \\(write\\)" } */
	return 0;
}

long __do_sys_mprotect_bad(struct mm_struct *mm, unsigned long addr, unsigned long flags) /* { dg-note "no caller of fixup\\(\\) holds it: fixup\\(\\) <- __do_sys_mprotect_bad\\(\\), a system call" } */
{
	struct vm_area_struct *vma;
	long ret = -1;

	if (mmap_write_lock_killable(mm))
		return -EINTR;
	vma = find_vma(mm, addr);
	if (vma)
		ret = fixup(vma, flags);
	mmap_write_unlock(mm);
	return ret;
}

static int fixup_ok(struct vm_area_struct *vma, unsigned long newflags)
{
	vma_start_write(vma);
	vm_flags_reset(vma, newflags);
	vma_set_page_prot(vma, newflags);
	return 0;
}

long __do_sys_mprotect_ok(struct mm_struct *mm, unsigned long addr, unsigned long flags)
{
	struct vm_area_struct *vma;
	long ret = -1;

	if (mmap_write_lock_killable(mm))
		return -EINTR;
	vma = find_vma(mm, addr);
	if (vma)
		ret = fixup_ok(vma, flags);
	mmap_write_unlock(mm);
	return ret;
}

/* mm/mempolicy.c vma_replace_policy() before 6c21e066f925, called from mbind(2) */
static int vma_replace_policy_bad(struct vm_area_struct *vma, struct mempolicy *pol)
{
	mmap_assert_write_locked(vma->vm_mm);
	vma->vm_policy = pol;			/* { dg-warning "VMA field store without the per-VMA lock \\(write\\)" } */
	return 0;
}

long __do_sys_mbind_bad(struct mm_struct *mm, unsigned long addr, struct mempolicy *pol) /* { dg-note "no caller holds it: vma_replace_policy_bad\\(\\) <- __do_sys_mbind_bad\\(\\)" } */
{
	struct vm_area_struct *vma;

	mmap_write_lock(mm);
	vma = find_vma(mm, addr);
	if (vma)
		vma_replace_policy_bad(vma, pol);
	mmap_write_unlock(mm);
	return 0;
}

int vma_replace_policy_ok(struct vm_area_struct *vma, struct mempolicy *pol)
{
	vma_assert_write_locked(vma);
	vma->vm_policy = pol;
	return 0;
}

/* the VMA read lock is not the write lock: this function's own evidence */
void fault_store_bad(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = lock_vma_under_rcu(mm, addr);

	if (!vma)
		return;
	vma->vm_pgoff = 0;			/* { dg-warning "VMA field store without the per-VMA lock \\(write\\).*-Wlockrules=vma-field-write" } */
	vma_end_read(vma);
}

/* new VMAs: in no tree yet, nobody else can see them */
struct vm_area_struct *new_vma_ok(struct mm_struct *mm, unsigned long addr, unsigned long len)
{
	struct vm_area_struct *vma = vm_area_alloc(mm);

	if (!vma)
		return NULL;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vm_flags_init(vma, 3);
	vma_set_page_prot(vma, 1);
	return vma;
}

struct vm_area_struct *split_ok(struct vm_area_struct *vma, unsigned long addr)
{
	struct vm_area_struct *new = vm_area_dup(vma);

	if (!new)
		return NULL;
	new->vm_end = addr;
	new->vm_userfaultfd_ctx.ctx = NULL;
	return new;
}

/* a VMA on the stack (6.1 shmem's pseudo_vma) */
unsigned long pseudo_vma_ok(struct mm_struct *mm, unsigned long idx)
{
	struct vm_area_struct pvma;

	pvma.vm_pgoff = idx;
	vma_set_page_prot(&pvma, 0);
	return pvma.vm_pgoff;
}

/* members no rule guards */
void other_members_ok(struct vm_area_struct *vma, struct file *file)
{
	vma->vm_file = file;
	vma->vm_mm = NULL;
}

/* file_operations.mmap: the VMA is new, under mmap_lock for write */
static int drv_mmap(struct file *file, struct vm_area_struct *vma)
{
	vma->vm_page_prot.pgprot |= 8;
	vm_flags_init(vma, vma->vm_flags | 0x4000);
	return 0;
}

const struct file_operations drv_fops = {
	.mmap = drv_mmap,
};
