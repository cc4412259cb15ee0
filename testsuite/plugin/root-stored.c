// SPDX-License-Identifier: GPL-2.0
/*
 * Functions stored at run time: a workqueue function holds no mm lock, a
 * file's mmap method holds mmap_lock for write, and a member the pack has
 * no contract for keeps the precondition silent.
 */
#include "mm.h"

static void worker(struct work_struct *work)
{
	struct mm_struct *mm = (struct mm_struct *)work->data;

	vma_start_write((struct vm_area_struct *)mm); /* { dg-warning "-Wlockrules=vma-write" } */
}

void setup_work(struct work_struct *w)
{
	w->func = worker;
}

static int my_mmap(struct file *file, struct vm_area_struct *vma)
{
	vma_start_write(vma);	/* mmap_lock write: the contract provides it */
	return 0;
}

const struct file_operations my_fops = {
	.mmap = my_mmap,
};

static void unknown_callback(struct mm_struct *mm)
{
	walk_page_range(mm, 0, 4096, NULL, NULL);
}

void setup_unknown(struct notifier_like *n)
{
	n->call = unknown_callback;
}
