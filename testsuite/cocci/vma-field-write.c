// SPDX-License-Identifier: GPL-2.0
/* vma-field-write.cocci: a VMA field written after the VMA or mmap write lock was released. */
int fixup_late(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long prot)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	mmap_write_unlock(mm);
	vma->vm_page_prot = prot;
	return 0;
}

int fixup(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long prot)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	vma->vm_page_prot = prot;
	mmap_write_unlock(mm);
	return 0;
}

/* Not matched: the rule's file has no contracts part ('cocci released
 * nocontracts': it reported stores into fresh VMAs), so a system call that
 * never write-locks the VMA and an ioctl method are left to the plugin. */
SYSCALL_DEFINE2(setprot, unsigned long, addr, unsigned long, prot)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;

	mmap_write_lock(mm);
	vma = find_vma(mm, addr);
	vma->vm_page_prot = prot;
	mmap_write_unlock(mm);
	return 0;
}

static int drv_mmap(struct file *file, struct vm_area_struct *vma)
{
	vma->vm_page_prot = pgprot_noncached(vma->vm_page_prot);
	return 0;
}

static const struct file_operations drv_fops = {
	.mmap = drv_mmap,
};

static long drv_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct vm_area_struct *vma = find_vma(current->mm, arg);

	vma->vm_pgoff = 0;
	return 0;
}

static const struct file_operations drv2_fops = {
	.unlocked_ioctl = drv_ioctl,
};
