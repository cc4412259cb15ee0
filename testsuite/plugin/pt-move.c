// SPDX-License-Identifier: GPL-2.0
/*
 * pt-move: mremap's PMD-level move needs the mmap and VMA write locks (and
 * an rmap write lock, anchors.md B4, which the rule does not encode: which
 * one depends on the VMA's fields, tested in take_rmap_locks()).  Silent:
 * move_pgt_entry()'s shape under the write locks, with or without the rmap
 * locks (the B4 shape, an expected miss).  Firing: a move under the mmap
 * read lock, and one after mmap_write_unlock().
 */
#include "mm.h"

extern bool move_normal_pmd(struct vm_area_struct *vma, unsigned long old_addr,
			    unsigned long new_addr, pmd_t *old_pmd, pmd_t *new_pmd);

static void take_rmap_locks(struct vm_area_struct *vma)
{
	if (vma->vm_file)
		i_mmap_lock_write(vma->vm_file->f_mapping);
	if (vma->anon_vma)
		anon_vma_lock_write(vma->anon_vma);
}

static void drop_rmap_locks(struct vm_area_struct *vma)
{
	if (vma->anon_vma)
		anon_vma_unlock_write(vma->anon_vma);
	if (vma->vm_file)
		i_mmap_unlock_write(vma->vm_file->f_mapping);
}

static bool move_entry(struct vm_area_struct *vma, unsigned long old_addr, unsigned long new_addr,
		       pmd_t *old_pmd, pmd_t *new_pmd, bool need_rmap_locks)
{
	bool moved;

	if (need_rmap_locks)
		take_rmap_locks(vma);
	moved = move_normal_pmd(vma, old_addr, new_addr, old_pmd, new_pmd);
	if (need_rmap_locks)
		drop_rmap_locks(vma);
	return moved;
}

long __do_sys_move(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *old_pmd, pmd_t *new_pmd)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	move_entry(vma, 0, 4096, old_pmd, new_pmd, true);
	mmap_write_unlock(mm);
	return 0;
}

/* B4: the rmap locks not taken; not reported (the rule leaves them out) */
long __do_sys_move_no_rmap(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *old_pmd, pmd_t *new_pmd)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	move_entry(vma, 0, 4096, old_pmd, new_pmd, false);
	mmap_write_unlock(mm);
	return 0;
}

long __do_sys_move_read(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *old_pmd, pmd_t *new_pmd)
{
	mmap_read_lock(mm);
	take_rmap_locks(vma);
	move_normal_pmd(vma, 0, 4096, old_pmd, new_pmd); /* { dg-warning "page-table move without the per-VMA lock \\(write\\).*-Wlockrules=pt-move" } */
	drop_rmap_locks(vma);
	mmap_read_unlock(mm);
	return 0;
}

long __do_sys_move_after_unlock(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *old_pmd, pmd_t *new_pmd)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	mmap_write_unlock(mm);
	move_entry(vma, 0, 4096, old_pmd, new_pmd, true); /* { dg-warning "call to 'move_entry' performs a page-table move without.*-Wlockrules=pt-move" } */
	return 0;
}
