/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A reduced copy of the kernel's mm declarations, enough for the test
 * cases to read like kernel code.  Helpers that are static inline in the
 * kernel are static inline here, macros are macros, so the plugin sees
 * what it sees in a real build.
 */
#ifndef LOCKRULES_TEST_MM_H
#define LOCKRULES_TEST_MM_H

#define NULL ((void *)0)
#define true 1
#define false 0
#define EINTR 4
#define EAGAIN 11
#define SINGLE_DEPTH_NESTING 1
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
typedef _Bool bool;
typedef unsigned long pmdval_t;
typedef struct { unsigned long pmd; } pmd_t;
typedef struct { unsigned long pte; } pte_t;
typedef struct { unsigned long pud; } pud_t;
typedef struct { unsigned long pgprot; } pgprot_t;
struct page;
struct pglist_data;

struct lock_class_key { int dummy; };
struct lockdep_map { int dummy; };
typedef struct raw_spinlock { int raw_lock; struct lockdep_map dep_map; } raw_spinlock_t;
typedef struct spinlock { struct raw_spinlock rlock; } spinlock_t;
struct rw_semaphore { long count; struct lockdep_map dep_map; };

/* x86: arch/x86/include/asm/mmu.h, an anonymous struct's typedef */
typedef struct {
	unsigned long ctx_id;
	struct rw_semaphore ldt_usr_sem;
	void *ldt;
} mm_context_t;
/* include/linux/mm_types.h (6.12): the locks sit in an unnamed struct */
struct mm_struct {
	struct {
		struct {
			int mm_count;
		};
		spinlock_t page_table_lock;
		struct rw_semaphore mmap_lock;
		int map_count;
		mm_context_t context;
	};
};
struct address_space {
	struct rw_semaphore i_mmap_rwsem;
	unsigned long nrpages;
};
struct anon_vma {
	struct anon_vma *root;
	struct rw_semaphore rwsem;
};
struct file { struct address_space *f_mapping; };
struct mempolicy;
struct userfaultfd_ctx;
struct vm_userfaultfd_ctx { struct userfaultfd_ctx *ctx; };
/* 6.12: vm_flags is read-only, the vm_flags_*() helpers write __vm_flags */
struct vm_area_struct {
	unsigned long vm_start, vm_end;
	union {
		const unsigned long vm_flags;
		unsigned long __vm_flags;
	};
	struct mm_struct *vm_mm;
	pgprot_t vm_page_prot;
	unsigned long vm_pgoff;
	struct anon_vma *anon_vma;
	struct file *vm_file;
	struct mempolicy *vm_policy;
	struct vm_userfaultfd_ctx vm_userfaultfd_ctx;
};
extern struct vm_area_struct *vm_area_alloc(struct mm_struct *mm);
extern struct vm_area_struct *vm_area_dup(struct vm_area_struct *orig);
struct folio { unsigned long flags; int mlock_count; };
struct lruvec { spinlock_t lru_lock; };
struct zone { long count; };
#define FAULT_FLAG_VMA_LOCK 0x1000
struct vm_fault {
	struct vm_area_struct *vma;
	unsigned int flags;
	unsigned long address;
	pmd_t *pmd;
	pte_t *pte;
	spinlock_t *ptl;
};
struct page_vma_mapped_walk {
	struct folio *folio;
	struct vm_area_struct *vma;
	unsigned long address;
	pmd_t *pmd;
	pte_t *pte;
	spinlock_t *ptl;
};
struct mm_walk;
struct mm_walk_ops {
	int (*pmd_entry)(pmd_t *pmd, unsigned long addr, unsigned long next, struct mm_walk *walk);
	int (*pte_entry)(pte_t *pte, unsigned long addr, unsigned long next, struct mm_walk *walk);
};
/* workqueue and file operations, as far as the callback contracts go */
struct work_struct;
typedef void (*work_func_t)(struct work_struct *work);
struct work_struct {
	long data;
	work_func_t func;
};
struct vm_operations_struct {
	int (*fault)(struct vm_fault *vmf);
};
struct file;
struct file_operations {
	long (*unlocked_ioctl)(struct file *file, unsigned int cmd, unsigned long arg);
	int (*mmap)(struct file *file, struct vm_area_struct *vma);
};
/* a struct the pack has no callback contract for */
struct notifier_like {
	void (*call)(struct mm_struct *mm);
};
enum zone_stat_item { NR_FREE_PAGES, NR_ZONE_LRU_BASE, NR_MLOCK, NR_BOUNCE, NR_VM_ZONE_STAT_ITEMS };

/* locking primitives: out of line, as in the kernel */
extern void down_read(struct rw_semaphore *sem);
extern int down_read_killable(struct rw_semaphore *sem);
extern int down_read_trylock(struct rw_semaphore *sem);
extern void down_write(struct rw_semaphore *sem);
extern int down_write_killable(struct rw_semaphore *sem);
extern int down_write_trylock(struct rw_semaphore *sem);
extern void up_read(struct rw_semaphore *sem);
extern void up_write(struct rw_semaphore *sem);
extern void downgrade_write(struct rw_semaphore *sem);
extern void _raw_spin_lock(raw_spinlock_t *lock);
extern int _raw_spin_trylock(raw_spinlock_t *lock);
extern void _raw_spin_unlock(raw_spinlock_t *lock);
extern void _raw_spin_lock_nested(raw_spinlock_t *lock, int subclass);
extern int lock_is_held_type(const struct lockdep_map *lock, int read);
extern void __warn(void);
extern void __bug(void) __attribute__((noreturn));
#define BUG() __bug()
#define BUG_ON(c) do { if (unlikely(c)) BUG(); } while (0)
#define WARN_ON(c) ({ int __r = !!(c); if (unlikely(__r)) __warn(); unlikely(__r); })

static inline raw_spinlock_t *spinlock_check(spinlock_t *lock) { return &lock->rlock; }
static inline __attribute__((always_inline)) void spin_lock(spinlock_t *lock) { _raw_spin_lock(&lock->rlock); }
static inline __attribute__((always_inline)) int spin_trylock(spinlock_t *lock) { return _raw_spin_trylock(&lock->rlock); }
static inline __attribute__((always_inline)) void spin_unlock(spinlock_t *lock) { _raw_spin_unlock(&lock->rlock); }
#define spin_lock_nested(lock, subclass) _raw_spin_lock_nested(spinlock_check(lock), subclass)
#define lockdep_assert_held(l) do { WARN_ON(!lock_is_held_type(&(l)->dep_map, -1)); } while (0)
#define lockdep_assert_held_write(l) do { WARN_ON(!lock_is_held_type(&(l)->dep_map, 0)); } while (0)
#define lockdep_assert_held_read(l) do { WARN_ON(!lock_is_held_type(&(l)->dep_map, 1)); } while (0)
extern int queued_spin_is_locked(int *lock);
#define assert_spin_locked(lock) BUG_ON(!queued_spin_is_locked(&(lock)->rlock.raw_lock))

/* mmap_lock: include/linux/mmap_lock.h */
static inline void mmap_read_lock(struct mm_struct *mm) { down_read(&mm->mmap_lock); }
static inline int mmap_read_lock_killable(struct mm_struct *mm) { return down_read_killable(&mm->mmap_lock); }
static inline bool mmap_read_trylock(struct mm_struct *mm) { return down_read_trylock(&mm->mmap_lock) != 0; }
static inline void mmap_read_unlock(struct mm_struct *mm) { up_read(&mm->mmap_lock); }
static inline void mmap_write_lock(struct mm_struct *mm) { down_write(&mm->mmap_lock); }
static inline int mmap_write_lock_killable(struct mm_struct *mm) { return down_write_killable(&mm->mmap_lock); }
static inline void vma_end_write_all(struct mm_struct *mm) { mm->map_count++; }
static inline void mmap_write_unlock(struct mm_struct *mm) { vma_end_write_all(mm); up_write(&mm->mmap_lock); }
static inline void mmap_write_downgrade(struct mm_struct *mm) { vma_end_write_all(mm); downgrade_write(&mm->mmap_lock); }
static inline void mmap_assert_locked(struct mm_struct *mm) { WARN_ON(!mm->mmap_lock.count); }
static inline void mmap_assert_write_locked(struct mm_struct *mm) { WARN_ON(mm->mmap_lock.count >= 0); }
extern struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
extern struct vm_area_struct *find_vma_intersection(struct mm_struct *mm, unsigned long start, unsigned long end);
extern struct vm_area_struct *lock_mm_and_find_vma(struct mm_struct *mm, unsigned long addr, void *regs);

/* per-VMA locks: include/linux/mm.h */
extern bool vma_start_read(struct vm_area_struct *vma);
extern void vma_end_read(struct vm_area_struct *vma);
extern struct vm_area_struct *lock_vma_under_rcu(struct mm_struct *mm, unsigned long address);
static inline void vma_start_write(struct vm_area_struct *vma) { mmap_assert_write_locked(vma->vm_mm); }
static inline void vma_assert_write_locked(struct vm_area_struct *vma) { WARN_ON(!vma->vm_flags); }
static inline void vma_assert_locked(struct vm_area_struct *vma) { WARN_ON(!vma->vm_flags); }
/* include/linux/mm.h (6.12): the lock the fault holds, by its flag */
static inline void assert_fault_locked(struct vm_fault *vmf)
{
	if (vmf->flags & FAULT_FLAG_VMA_LOCK)
		vma_assert_locked(vmf->vma);
	else
		mmap_assert_locked(vmf->vma->vm_mm);
}
static inline void vm_flags_set(struct vm_area_struct *vma, unsigned long flags) { vma_start_write(vma); vma->__vm_flags |= flags; }
static inline void vm_flags_init(struct vm_area_struct *vma, unsigned long flags) { vma->__vm_flags = flags; }
static inline void vm_flags_reset(struct vm_area_struct *vma, unsigned long flags) { vma_assert_write_locked(vma); vm_flags_init(vma, flags); }

/* rmap locks: include/linux/rmap.h, include/linux/fs.h */
static inline void anon_vma_lock_write(struct anon_vma *anon_vma) { down_write(&anon_vma->root->rwsem); }
static inline int anon_vma_trylock_write(struct anon_vma *anon_vma) { return down_write_trylock(&anon_vma->root->rwsem); }
static inline void anon_vma_unlock_write(struct anon_vma *anon_vma) { up_write(&anon_vma->root->rwsem); }
static inline void anon_vma_lock_read(struct anon_vma *anon_vma) { down_read(&anon_vma->root->rwsem); }
static inline void anon_vma_unlock_read(struct anon_vma *anon_vma) { up_read(&anon_vma->root->rwsem); }
static inline void i_mmap_lock_write(struct address_space *mapping) { down_write(&mapping->i_mmap_rwsem); }
static inline int i_mmap_trylock_write(struct address_space *mapping) { return down_write_trylock(&mapping->i_mmap_rwsem); }
static inline void i_mmap_unlock_write(struct address_space *mapping) { up_write(&mapping->i_mmap_rwsem); }
static inline void i_mmap_lock_read(struct address_space *mapping) { down_read(&mapping->i_mmap_rwsem); }
static inline void i_mmap_unlock_read(struct address_space *mapping) { up_read(&mapping->i_mmap_rwsem); }
static inline void i_mmap_assert_write_locked(struct address_space *mapping) { lockdep_assert_held_write(&mapping->i_mmap_rwsem); }

/* page-table locks: include/linux/mm.h */
extern spinlock_t *ptlock_ptr_of(pmd_t *pmd);
static inline spinlock_t *pmd_lockptr(struct mm_struct *mm, pmd_t *pmd) { return ptlock_ptr_of(pmd); }
static inline spinlock_t *pte_lockptr(struct mm_struct *mm, pmd_t *pmd) { return ptlock_ptr_of(pmd) + 1; }
static inline spinlock_t *pmd_lock(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *ptl = pmd_lockptr(mm, pmd);
	spin_lock(ptl);
	return ptl;
}
extern pte_t *__pte_offset_map(pmd_t *pmd, unsigned long addr, pmd_t *pmdvalp);
extern pte_t *__pte_offset_map_lock(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, spinlock_t **ptlp);
static inline pte_t *pte_offset_map(pmd_t *pmd, unsigned long addr) { return __pte_offset_map(pmd, addr, NULL); }
static inline pte_t *pte_offset_map_lock(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, spinlock_t **ptlp)
{
	return __pte_offset_map_lock(mm, pmd, addr, ptlp);
}
extern pte_t *pte_offset_map_nolock(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, spinlock_t **ptlp);
extern void __rcu_read_unlock(void);
static inline void pte_unmap(pte_t *pte) { __rcu_read_unlock(); }
#define pte_unmap_unlock(pte, ptl) do { spin_unlock(ptl); pte_unmap(pte); } while (0)
/* include/linux/pgtable.h: set_pte_at() is a macro for set_ptes() */
static inline void set_ptes(struct mm_struct *mm, unsigned long addr, pte_t *ptep, pte_t pte, unsigned int nr) { ptep->pte = pte.pte; }
#define set_pte_at(mm, addr, ptep, pte) set_ptes(mm, addr, ptep, pte, 1)
static inline pte_t ptep_get_and_clear(struct mm_struct *mm, unsigned long addr, pte_t *ptep) { pte_t old = *ptep; ptep->pte = 0; return old; }
extern spinlock_t *__pmd_trans_huge_lock(pmd_t *pmd, struct vm_area_struct *vma);
static inline int pmd_is_huge(pmd_t *pmd) { return pmd->pmd & 1; }
static inline spinlock_t *pmd_trans_huge_lock(pmd_t *pmd, struct vm_area_struct *vma)
{
	if (pmd_is_huge(pmd))
		return __pmd_trans_huge_lock(pmd, vma);
	return NULL;
}
extern bool page_vma_mapped_walk(struct page_vma_mapped_walk *pvmw);
static inline void page_vma_mapped_walk_done(struct page_vma_mapped_walk *pvmw)
{
	if (pvmw->pte)
		pte_unmap(pvmw->pte);
	if (pvmw->ptl)
		spin_unlock(pvmw->ptl);
}

/* PMD primitives: arch/x86/include/asm/pgtable.h, mm/pgtable-generic.c */
extern void native_set_pmd(pmd_t *pmdp, pmd_t pmd);
static inline void set_pmd_at(struct mm_struct *mm, unsigned long addr, pmd_t *pmdp, pmd_t pmd) { native_set_pmd(pmdp, pmd); }
extern pmd_t pmdp_collapse_flush(struct vm_area_struct *vma, unsigned long address, pmd_t *pmdp);
extern pmd_t pmdp_huge_get_and_clear(struct mm_struct *mm, unsigned long addr, pmd_t *pmdp);
/* mm/rmap.c, include/linux/rmap.h (6.12) */
extern void folio_remove_rmap_ptes(struct folio *folio, struct page *page, int nr_pages,
				   struct vm_area_struct *vma);
#define folio_remove_rmap_pte(folio, page, vma) folio_remove_rmap_ptes(folio, page, 1, vma)
extern void folio_add_file_rmap_pmd(struct folio *folio, struct page *page,
				    struct vm_area_struct *vma);
/* mm/mmap.c, mm/hmm.c (6.12) */
extern unsigned long do_mmap(struct file *file, unsigned long addr, unsigned long len,
			     unsigned long prot, unsigned long flags, unsigned long vm_flags,
			     unsigned long pgoff, unsigned long *populate, void *uf);
struct hmm_range { struct mm_struct *mm; unsigned long start, end; };
extern int hmm_range_fault(struct hmm_range *range);
/* include/linux/spinlock_api_smp.h with CONFIG_INLINE_SPIN_LOCK (s390) */
extern void __raw_spin_lock(raw_spinlock_t *lock);
/* mm/gup.c (6.12) */
extern long get_user_pages_remote(struct mm_struct *mm, unsigned long start, unsigned long nr_pages,
				  unsigned int gup_flags, struct page **pages, int *locked);
extern long pin_user_pages_fast(unsigned long start, int nr_pages, unsigned int gup_flags,
				struct page **pages);
extern int fixup_user_fault(struct mm_struct *mm, unsigned long address, unsigned int fault_flags,
			    _Bool *unlocked);
extern void pmdp_set_wrprotect(struct mm_struct *mm, unsigned long addr, pmd_t *pmdp);
extern pmd_t pmdp_invalidate(struct vm_area_struct *vma, unsigned long address, pmd_t *pmdp);
extern pmd_t pmdp_huge_clear_flush(struct vm_area_struct *vma, unsigned long address, pmd_t *pmdp);
extern void pgtable_trans_huge_deposit(struct mm_struct *mm, pmd_t *pmdp, void *pgtable);
extern void *pgtable_trans_huge_withdraw(struct mm_struct *mm, pmd_t *pmdp);
static inline void pmd_populate(struct mm_struct *mm, pmd_t *pmd, void *pte) { pmd->pmd = (unsigned long)pte; }
extern void pte_free_defer(struct mm_struct *mm, void *pgtable);
extern void free_pgd_range(void *tlb, unsigned long addr, unsigned long end, unsigned long floor, unsigned long ceiling);
extern int walk_page_range(struct mm_struct *mm, unsigned long start, unsigned long end, const struct mm_walk_ops *ops, void *private);
extern int walk_page_vma(struct vm_area_struct *vma, const struct mm_walk_ops *ops, void *private);
extern int split_huge_pmd_locked(struct vm_area_struct *vma, unsigned long address, pmd_t *pmd, bool freeze, struct folio *folio);

/* folio, lruvec and mlock: include/linux/pagemap.h, memcontrol.h, mm/internal.h */
extern void __folio_lock(struct folio *folio);
extern void folio_unlock(struct folio *folio);
static inline void folio_lock(struct folio *folio) { __folio_lock(folio); }
static inline bool folio_trylock(struct folio *folio) { return folio->flags & 1; }
static inline bool folio_test_locked(const struct folio *folio) { return folio->flags & 1; }
#define VM_BUG_ON_FOLIO(cond, folio) BUG_ON(cond)
/* the VMA tree: mm/mmap.c, mm/vma.c (6.12) */
extern int expand_downwards(struct vm_area_struct *vma, unsigned long address);
extern int expand_stack_locked(struct vm_area_struct *vma, unsigned long address);
/* the page cache and its folio lock: include/linux/pagemap.h, err.h, pagevec.h (6.12) */
#define MAX_ERRNO 4095
static inline bool IS_ERR(const void *ptr) { return unlikely((unsigned long)ptr >= (unsigned long)-MAX_ERRNO); }
typedef unsigned int fgf_t;
typedef unsigned int gfp_t;
struct list_head;
#define FGP_ACCESSED ((fgf_t)0x00000001)
#define FGP_LOCK ((fgf_t)0x00000002)
#define FGP_CREAT ((fgf_t)0x00000004)
extern struct folio *__filemap_get_folio(struct address_space *mapping, unsigned long index, fgf_t fgp_flags, gfp_t gfp);
static inline struct folio *filemap_get_folio(struct address_space *mapping, unsigned long index)
{
	return __filemap_get_folio(mapping, index, 0, 0);
}
static inline struct folio *filemap_lock_folio(struct address_space *mapping, unsigned long index)
{
	return __filemap_get_folio(mapping, index, FGP_LOCK, 0);
}
static inline struct folio *filemap_grab_folio(struct address_space *mapping, unsigned long index)
{
	return __filemap_get_folio(mapping, index, FGP_LOCK | FGP_ACCESSED | FGP_CREAT, 0);
}
struct folio_batch { unsigned char nr; struct folio *folios[31]; };
extern unsigned find_lock_entries(struct address_space *mapping, unsigned long *start, unsigned long end, struct folio_batch *fbatch, unsigned long *indices);
extern void folio_batch_release(struct folio_batch *fbatch);
static inline void __folio_set_locked(struct folio *folio) { folio->flags |= 1; }
extern int __filemap_add_folio(struct address_space *mapping, struct folio *folio, unsigned long index, gfp_t gfp, void **shadowp);
extern void filemap_remove_folio(struct folio *folio);
extern bool filemap_release_folio(struct folio *folio, gfp_t gfp);
extern void folio_put(struct folio *folio);
extern int split_huge_page_to_list_to_order(struct page *page, struct list_head *list, unsigned int new_order);
extern void try_to_unmap(struct folio *folio, int flags);
extern struct lruvec *folio_lruvec_lock_irq(struct folio *folio);
extern void lruvec_add_folio(struct lruvec *lruvec, struct folio *folio);
extern void lruvec_add_folio_tail(struct lruvec *lruvec, struct folio *folio);
extern void lruvec_del_folio(struct lruvec *lruvec, struct folio *folio);
extern void unlock_page_lruvec_irq(struct lruvec *lruvec);
extern struct lruvec *folio_lruvec_relock_irq(struct folio *folio, struct lruvec *locked);
static inline bool folio_test_set_mlocked(struct folio *folio) { return __atomic_fetch_or(&folio->flags, 2, 5) & 2; }
static inline bool folio_test_clear_mlocked(struct folio *folio) { return __atomic_fetch_and(&folio->flags, ~2UL, 5) & 2; }
static inline bool folio_test_mlocked(struct folio *folio) { return folio->flags & 2; }
static inline void __folio_clear_mlocked(struct folio *folio) { folio->flags &= ~2UL; }
static inline int folio_nr_pages(struct folio *folio) { return 1; }
extern struct zone *folio_zone(struct folio *folio);
extern void mod_zone_page_state(struct zone *zone, enum zone_stat_item item, long delta);
extern void __mod_zone_page_state(struct zone *zone, enum zone_stat_item item, long delta);
static inline void zone_stat_mod_folio(struct folio *folio, enum zone_stat_item item, long nr)
{
	mod_zone_page_state(folio_zone(folio), item, nr);
}
static inline void __zone_stat_mod_folio(struct folio *folio, enum zone_stat_item item, long nr)
{
	__mod_zone_page_state(folio_zone(folio), item, nr);
}
extern void mlock_folio(struct folio *folio);
extern void munlock_folio(struct folio *folio);
static inline void mlock_vma_folio(struct folio *folio, struct vm_area_struct *vma)
{
	if (vma->vm_flags & 0x2000)
		mlock_folio(folio);
}
static inline void munlock_vma_folio(struct folio *folio, struct vm_area_struct *vma)
{
	if (vma->vm_flags & 0x2000)
		munlock_folio(folio);
}
extern struct folio *pte_folio(pte_t *pte);

#endif
