// SPDX-License-Identifier: GPL-2.0
/* pt-walk.cocci: a walk after the unlock is reported, walks under the lock are not. */
int walk_twice(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err;

	mmap_read_lock(mm);
	err = walk_page_range(mm, 0, 4096, ops, NULL);
	mmap_read_unlock(mm);
	err |= walk_page_range(mm, 4096, 8192, ops, NULL);
	return err;
}

int walk_relocked(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err;

	mmap_read_lock(mm);
	err = walk_page_range(mm, 0, 4096, ops, NULL);
	mmap_read_unlock(mm);
	mmap_read_lock(mm);
	err |= walk_page_range(mm, 4096, 8192, ops, NULL);
	mmap_read_unlock(mm);
	return err;
}

int fault_walk_late(struct mm_struct *mm, unsigned long addr, const struct mm_walk_ops *ops)
{
	struct vm_area_struct *vma = lock_vma_under_rcu(mm, addr);

	if (!vma)
		return -EAGAIN;
	vma_end_read(vma);
	return walk_page_vma(vma, ops, NULL);
}

/* Entry point: mincore() without its mmap_read_lock() (mutation 6.12-mincore-syscall-no-mmap-lock). */
SYSCALL_DEFINE3(mincore, unsigned long, start, size_t, len, unsigned char __user *, vec)
{
	struct mm_struct *mm = current->mm;

	return walk_page_range(mm, start, start + len, &mincore_walk_ops, vec);
}

/* Entry point that takes the lock: silent. */
SYSCALL_DEFINE2(mincore_ok, unsigned long, start, size_t, len)
{
	struct mm_struct *mm = current->mm;
	int err;

	mmap_read_lock(mm);
	err = walk_page_range(mm, start, start + len, &mincore_walk_ops, NULL);
	mmap_read_unlock(mm);
	return err;
}

/* Entry point where the lock is taken on one path only (a flag): silent, as in the plugin. */
SYSCALL_DEFINE2(mincore_maybe, unsigned long, start, int, locked)
{
	struct mm_struct *mm = current->mm;

	if (!locked)
		mmap_read_lock(mm);
	return walk_page_range(mm, start, start + 4096, &mincore_walk_ops, NULL);
}

/* No lock evidence and not an entry point: the callers are elsewhere, silent. */
static int do_walk(struct mm_struct *mm, unsigned long start)
{
	return walk_page_range(mm, start, start + 4096, &mincore_walk_ops, NULL);
}

/* Callback contract: an ioctl handler (file_operations, no mm lock) walking page tables. */
static long walk_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct mm_struct *mm = file->private_data;

	return walk_page_range(mm, arg, arg + 4096, &mincore_walk_ops, NULL);
}

/* The same in a handler that takes mmap_lock: silent. */
static long walk_ioctl_ok(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct mm_struct *mm = file->private_data;
	long err;

	if (mmap_read_lock_killable(mm))
		return -EINTR;
	err = walk_page_range(mm, arg, arg + 4096, &mincore_walk_ops, NULL);
	mmap_read_unlock(mm);
	return err;
}

static const struct file_operations walk_fops = {
	.owner = THIS_MODULE,
	.unlocked_ioctl = walk_ioctl,
	.compat_ioctl = walk_ioctl_ok,
};

/* A pmd_entry callback walks PTEs under the walk's own lock: the contract provides it, silent. */
static int walk_pmd_entry(pmd_t *pmd, unsigned long addr, unsigned long end, struct mm_walk *walk)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(walk->mm, pmd, addr, &ptl);

	if (pte)
		pte_unmap_unlock(pte, ptl);
	return 0;
}

static const struct mm_walk_ops walk_ops = {
	.pmd_entry = walk_pmd_entry,
};

/* A workqueue function walking with no lock (work_struct.func, stored by an initializer). */
static void walk_work(struct work_struct *work)
{
	walk_page_range(work_mm, 0, 4096, &mincore_walk_ops, NULL);
}

static struct work_struct walk_work_item = {
	.func = walk_work,
};

/* An entry point calling a helper of the file that walks, no lock on the way (mincore()
 * without its mmap_read_lock(), where do_mincore() walks): reported at the walk, with the chain. */
static long mincore_helper(struct mm_struct *mm, unsigned long start)
{
	return walk_page_range(mm, start, start + 4096, &mincore_walk_ops, NULL);
}

SYSCALL_DEFINE1(mincore_chain, unsigned long, start)
{
	return mincore_helper(current->mm, start);
}

/* The same helper, called under the lock: silent. */
SYSCALL_DEFINE1(mincore_chain_ok, unsigned long, start)
{
	long err;

	mmap_read_lock(current->mm);
	err = mincore_helper(current->mm, start);
	mmap_read_unlock(current->mm);
	return err;
}
