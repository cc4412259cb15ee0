// SPDX-License-Identifier: GPL-2.0
/* vma-write.cocci: vma_start_write() after mmap_write_unlock(). */
void lock_late(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_write_lock(mm);
	mmap_write_unlock(mm);
	vma_start_write(vma);
}

void lock_ok(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	mmap_write_unlock(mm);
}

/* The function's own lock, too weak: mmap_lock for read, then a VMA write lock (mprotect under a read lock). */
void lock_read_only(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_read_lock(mm);
	vma_start_write(vma);
	mmap_read_unlock(mm);
}

/* Read lock dropped and the write lock taken before the VMA write lock: silent. */
void lock_upgraded(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_read_lock(mm);
	mmap_read_unlock(mm);
	if (mmap_write_lock_killable(mm))
		return;
	vma_start_write(vma);
	mmap_write_unlock(mm);
}

/* A fault handler (vm_operations_struct.fault: mmap_lock or the VMA lock for read) taking a VMA write lock. */
static vm_fault_t wr_fault(struct vm_fault *vmf)
{
	vma_start_write(vmf->vma);
	return 0;
}

static const struct vm_operations_struct wr_vm_ops = {
	.fault = wr_fault,
};

/* An mmap method (file_operations.mmap: mmap_lock for write): silent. */
static int wr_mmap(struct file *file, struct vm_area_struct *vma)
{
	vma_start_write(vma);
	return 0;
}

static const struct file_operations wr_fops = {
	.mmap = wr_mmap,
};
