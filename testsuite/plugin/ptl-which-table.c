// SPDX-License-Identifier: GPL-2.0
/*
 * Which ptl (issue 10): a PMD or PTE change needs the lock of the page
 * table it changes, not the lock of another one.  With split page-table
 * locks, mremap's move_huge_pmd()/move_ptes() and fork's copy_huge_pmd()
 * take the second table's lock when it differs from the first's; without
 * that the change of the second table is made under the first's lock only.
 * Reported only where the function itself looked up or took the changed
 * table's lock (so it knows the two differ); a lock for a table the
 * analysis cannot name, or a lock pointer given two tables, stands for any.
 */
#include "mm.h"

/* 6.12 huge_memory.c move_huge_pmd(): silent */
int move_huge_ok(struct vm_area_struct *vma, struct mm_struct *mm, pmd_t *old_pmd,
		 pmd_t *new_pmd)
{
	spinlock_t *old_ptl, *new_ptl;
	pmd_t pmd;

	mmap_write_lock(mm);
	old_ptl = __pmd_trans_huge_lock(old_pmd, vma);
	if (old_ptl) {
		new_ptl = pmd_lockptr(mm, new_pmd);
		if (new_ptl != old_ptl)
			spin_lock_nested(new_ptl, SINGLE_DEPTH_NESTING);
		pmd = pmdp_huge_get_and_clear(mm, 0, old_pmd);
		set_pmd_at(mm, 0, new_pmd, pmd);
		if (new_ptl != old_ptl)
			spin_unlock(new_ptl);
		spin_unlock(old_ptl);
		mmap_write_unlock(mm);
		return 1;
	}
	mmap_write_unlock(mm);
	return 0;
}

/* the nested lock of new_pmd forgotten: the new PMD is written under the old one's lock */
int move_huge_bad(struct vm_area_struct *vma, struct mm_struct *mm, pmd_t *old_pmd,
		  pmd_t *new_pmd)
{
	spinlock_t *old_ptl, *new_ptl;
	pmd_t pmd;

	mmap_write_lock(mm);
	old_ptl = __pmd_trans_huge_lock(old_pmd, vma);
	if (old_ptl) {
		new_ptl = pmd_lockptr(mm, new_pmd);
		pmd = pmdp_huge_get_and_clear(mm, 0, old_pmd);
		set_pmd_at(mm, 0, new_pmd, pmd); /* { dg-warning "PMD change of 'new_pmd' under the PMD page-table lock of 'old_pmd', not its own.*-Wlockrules=pmd-modify" } */
		if (new_ptl != old_ptl)
			spin_unlock(new_ptl);
		spin_unlock(old_ptl);
		mmap_write_unlock(mm);
		return 1;
	}
	mmap_write_unlock(mm);
	return 0;
}

/* 6.12 huge_memory.c copy_huge_pmd(): the source PMD under its own, nested ptl */
void copy_huge_ok(struct mm_struct *dst_mm, struct mm_struct *src_mm, pmd_t *dst_pmd,
		  pmd_t *src_pmd)
{
	spinlock_t *src_ptl, *dst_ptl;

	mmap_write_lock(src_mm);
	dst_ptl = pmd_lock(dst_mm, dst_pmd);
	src_ptl = pmd_lockptr(src_mm, src_pmd);
	spin_lock_nested(src_ptl, SINGLE_DEPTH_NESTING);
	pmdp_set_wrprotect(src_mm, 0, src_pmd);
	set_pmd_at(dst_mm, 0, dst_pmd, *src_pmd);
	spin_unlock(src_ptl);
	spin_unlock(dst_ptl);
	mmap_write_unlock(src_mm);
}

void copy_huge_bad(struct mm_struct *dst_mm, struct mm_struct *src_mm, pmd_t *dst_pmd,
		   pmd_t *src_pmd)
{
	spinlock_t *src_ptl, *dst_ptl;

	mmap_write_lock(src_mm);
	dst_ptl = pmd_lock(dst_mm, dst_pmd);
	src_ptl = pmd_lockptr(src_mm, src_pmd);
	pmdp_set_wrprotect(src_mm, 0, src_pmd); /* { dg-warning "PMD change of 'src_pmd' under .*'dst_pmd'.*-Wlockrules=pmd-modify" } */
	set_pmd_at(dst_mm, 0, dst_pmd, *src_pmd);
	spin_unlock(dst_ptl);
	mmap_write_unlock(src_mm);
	(void)src_ptl;
}

/* 6.12 mremap.c move_ptes(): the PTE level, the new table's ptl nested when it differs */
void move_ptes_ok(struct mm_struct *mm, pmd_t *old_pmd, pmd_t *new_pmd, int n)
{
	spinlock_t *old_ptl, *new_ptl;
	pte_t *old_pte, *new_pte, pte;
	int i;

	mmap_write_lock(mm);
	old_pte = pte_offset_map_lock(mm, old_pmd, 0, &old_ptl);
	if (!old_pte)
		goto out;
	new_pte = pte_offset_map_nolock(mm, new_pmd, 0, &new_ptl);
	if (!new_pte) {
		pte_unmap_unlock(old_pte, old_ptl);
		goto out;
	}
	if (new_ptl != old_ptl)
		spin_lock_nested(new_ptl, SINGLE_DEPTH_NESTING);
	for (i = 0; i < n; i++, old_pte++, new_pte++) {
		pte = ptep_get_and_clear(mm, 0, old_pte);
		set_pte_at(mm, 0, new_pte, pte);
	}
	if (new_ptl != old_ptl)
		spin_unlock(new_ptl);
	pte_unmap(new_pte - 1);
	pte_unmap_unlock(old_pte - 1, old_ptl);
out:
	mmap_write_unlock(mm);
}

void move_ptes_bad(struct mm_struct *mm, pmd_t *old_pmd, pmd_t *new_pmd, int n)
{
	spinlock_t *old_ptl, *new_ptl;
	pte_t *old_pte, *new_pte, pte;
	int i;

	mmap_write_lock(mm);
	old_pte = pte_offset_map_lock(mm, old_pmd, 0, &old_ptl);
	if (!old_pte)
		goto out;
	new_pte = pte_offset_map_nolock(mm, new_pmd, 0, &new_ptl);
	if (!new_pte) {
		pte_unmap_unlock(old_pte, old_ptl);
		goto out;
	}
	for (i = 0; i < n; i++, old_pte++, new_pte++) {
		pte = ptep_get_and_clear(mm, 0, old_pte);
		set_pte_at(mm, 0, new_pte, pte); /* { dg-warning "PTE change of 'new_pte' under the PTE page-table lock of 'old_pte', not its own.*-Wlockrules=pte-modify" } */
	}
	pte_unmap(new_pte - 1);
	pte_unmap_unlock(old_pte - 1, old_ptl);
	(void)new_ptl;
out:
	mmap_write_unlock(mm);
}

/* a copy of the table pointer: no lock looked up for 'p', so nothing to compare */
void copy_of_pointer_ok(struct vm_fault *vmf, struct mm_struct *mm)
{
	pmd_t *p = vmf->pmd;

	vmf->ptl = pmd_lock(mm, vmf->pmd);
	set_pmd_at(mm, 0, p, *p);
	spin_unlock(vmf->ptl);
}

/* one lock pointer for two tables (flow-insensitive): it stands for any */
void reused_pointer_ok(struct mm_struct *mm, pmd_t *a, pmd_t *b)
{
	spinlock_t *ptl;

	ptl = pmd_lockptr(mm, a);
	spin_lock(ptl);
	set_pmd_at(mm, 0, a, *a);
	spin_unlock(ptl);
	ptl = pmd_lockptr(mm, b);
	spin_lock(ptl);
	set_pmd_at(mm, 0, b, *b);
	spin_unlock(ptl);
}

/* the changed table's lock held on some path (the equal-pointer edge): silent */
void some_path_ok(struct vm_area_struct *vma, struct mm_struct *mm, pmd_t *old_pmd,
		  pmd_t *new_pmd, int c)
{
	spinlock_t *old_ptl, *new_ptl;

	old_ptl = pmd_lock(mm, old_pmd);
	new_ptl = pmd_lockptr(mm, new_pmd);
	if (c)
		spin_lock_nested(new_ptl, SINGLE_DEPTH_NESTING);
	set_pmd_at(mm, 0, new_pmd, *old_pmd);
	if (c)
		spin_unlock(new_ptl);
	spin_unlock(old_ptl);
}
