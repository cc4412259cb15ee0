// SPDX-License-Identifier: GPL-2.0
/*
 * anon-vma-assign: vma->anon_vma set to an anon_vma under
 * mm->page_table_lock (__anon_vma_prepare()) or on a write-locked VMA
 * (dup_anon_vma()).  Fires: without either (the 2023 dup_anon_vma() UAF,
 * d8ab9f7b644a), and after the page_table_lock was dropped.  Silent: under
 * either lock, clearing it (unlink_anon_vmas()), a fresh VMA.
 */
#include "mm.h"

int prepare_ok(struct vm_area_struct *vma, struct anon_vma *anon_vma)
{
	struct mm_struct *mm = vma->vm_mm;

	spin_lock(&mm->page_table_lock);
	if (!vma->anon_vma)
		vma->anon_vma = anon_vma;
	spin_unlock(&mm->page_table_lock);
	return 0;
}

int prepare_late_bad(struct vm_area_struct *vma, struct anon_vma *anon_vma)
{
	struct mm_struct *mm = vma->vm_mm;

	spin_lock(&mm->page_table_lock);
	spin_unlock(&mm->page_table_lock);
	vma->anon_vma = anon_vma;		/* { dg-warning "setting vma->anon_vma without mm->page_table_lock.*-Wlockrules=anon-vma-assign" } */
	return 0;
}

static int dup_anon_vma_bad(struct vm_area_struct *dst, struct vm_area_struct *src)
{
	if (src->anon_vma && !dst->anon_vma)
		dst->anon_vma = src->anon_vma;	/* { dg-warning "setting vma->anon_vma without.*-Wlockrules=anon-vma-assign" } */
	return 0;
}

static int dup_anon_vma_ok(struct vm_area_struct *dst, struct vm_area_struct *src)
{
	if (src->anon_vma && !dst->anon_vma) {
		vma_assert_write_locked(dst);
		dst->anon_vma = src->anon_vma;
	}
	return 0;
}

long __do_sys_merge(struct mm_struct *mm, struct vm_area_struct *a, struct vm_area_struct *b) /* { dg-note "no caller holds it: dup_anon_vma_bad\\(\\) <- __do_sys_merge\\(\\)" } */
{
	mmap_write_lock(mm);
	dup_anon_vma_bad(a, b);
	vma_start_write(a);
	dup_anon_vma_ok(a, b);
	mmap_write_unlock(mm);
	return 0;
}

void unlink_ok(struct vm_area_struct *vma)
{
	vma->anon_vma = NULL;
}

struct vm_area_struct *copy_ok(struct vm_area_struct *src)
{
	struct vm_area_struct *new = vm_area_dup(src);

	if (new)
		new->anon_vma = src->anon_vma;
	return new;
}

/* __anon_vma_prepare() publishes it with smp_store_release(): on x86 a
 * volatile store through the member's address ("_1 = &vma->anon_vma") */
#define smp_store_release(p, v) (*(volatile __typeof__(*(p)) *)(p) = (v))

int publish_late_bad(struct vm_area_struct *vma, struct anon_vma *anon_vma)
{
	struct mm_struct *mm = vma->vm_mm;

	spin_lock(&mm->page_table_lock);
	spin_unlock(&mm->page_table_lock);
	smp_store_release(&vma->anon_vma, anon_vma);	/* { dg-warning "setting vma->anon_vma without mm->page_table_lock.*-Wlockrules=anon-vma-assign" } */
	return 0;
}

int publish_ok(struct vm_area_struct *vma, struct anon_vma *anon_vma)
{
	struct mm_struct *mm = vma->vm_mm;

	spin_lock(&mm->page_table_lock);
	smp_store_release(&vma->anon_vma, anon_vma);
	spin_unlock(&mm->page_table_lock);
	return 0;
}
