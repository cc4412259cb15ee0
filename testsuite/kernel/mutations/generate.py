#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Write the mutation patches of this folder from the list below.

Each mutation edits a clean kernel file by exact text replacements (each
'old' text must occur exactly once) and names the rule the plugin must
report and a text on the line it must report at ('at'), or rule 'none' for
a negative control.  The expected rule and line are written from what the
rule pack says the mutated code breaks, before the plugin is run on it; a
rule id the pack does not have yet names what a complete pack would report.  A mutation the plugin
misses stays in the corpus with miss="<why>", which puts an
"# expect-miss: <why>" line in the patch header (mutation-check.sh counts
it in the total and lists it, without failing).  Run it once against an
unpacked tree:

    testsuite/kernel/mutations/generate.py <tree> <version>

make mutation-check applies the committed .patch files; this script is how
they were made, kept so that a mutation can be changed and re-made.
"""
import difflib
import os
import sys

M = []


def mutation(name, version, path, edits, rule, at, what, miss=None):
    M.append(dict(name=name, version=version, path=path, edits=edits, rule=rule, at=at, what=what,
                  miss=miss))


# ------------------------------------------------------------------ 6.12
mutation("khugepaged-collapse-no-vma-write", "6.12", "mm/khugepaged.c",
         [("\tvma_start_write(vma);\n\tanon_vma_lock_write(vma->anon_vma);\n",
           "\tanon_vma_lock_write(vma->anon_vma);\n")],
         "collapse-vma-write", "_pmd = pmdp_collapse_flush(vma, address, pmd);",
         "collapse_huge_page() without vma_start_write(): the 2023 race with faults under the per-VMA lock (55fd6fccad31)")
mutation("khugepaged-collapse-flush-after-unlock", "6.12", "mm/khugepaged.c",
         [("\t_pmd = pmdp_collapse_flush(vma, address, pmd);\n\tspin_unlock(pmd_ptl);\n",
           "\tspin_unlock(pmd_ptl);\n\t_pmd = pmdp_collapse_flush(vma, address, pmd);\n")],
         # the database adds pmd-modify: pmdp_collapse_flush() (mm/pgtable-generic.c) changes the PMD, which needs its ptl
         ["pt-retract", "pmd-modify"], "_pmd = pmdp_collapse_flush(vma, address, pmd);",
         "collapse_huge_page() retracts the page table after dropping the PMD ptl")
mutation("khugepaged-collapse-set-pmd-unlocked", "6.12", "mm/khugepaged.c",
         [("\tspin_lock(pmd_ptl);\n\tBUG_ON(!pmd_none(*pmd));\n",
           "\tBUG_ON(!pmd_none(*pmd));\n"),
          ("\tdeferred_split_folio(folio, false);\n\tspin_unlock(pmd_ptl);\n",
           "\tdeferred_split_folio(folio, false);\n")],
         "pmd-modify", ["pgtable_trans_huge_deposit(mm, pmd, pgtable);", "set_pmd_at(mm, address, pmd, _pmd);"],
         "collapse_huge_page() deposits and installs the huge PMD without re-taking pmd_ptl")
mutation("khugepaged-retract-no-i_mmap", "6.12", "mm/khugepaged.c",
         [("\ti_mmap_lock_read(mapping);\n\tvma_interval_tree_foreach(vma, &mapping->i_mmap, pgoff, pgoff) {",
           "\tvma_interval_tree_foreach(vma, &mapping->i_mmap, pgoff, pgoff) {"),
          ("\t}\n\ti_mmap_unlock_read(mapping);\n}\n", "\t}\n}\n")],
         "pt-retract", "pgt_pmd = pmdp_collapse_flush(vma, addr, pmd);",
         "retract_page_tables() without i_mmap_rwsem: nothing keeps the VMA while its table goes")
mutation("khugepaged-retract-after-pml-unlock", "6.12", "mm/khugepaged.c",
         [("\t\t} else {\n\t\t\tpgt_pmd = pmdp_collapse_flush(vma, addr, pmd);\n\t\t\tpmdp_get_lockless_sync();\n\t\t}\n\n\t\tif (ptl != pml)\n\t\t\tspin_unlock(ptl);\n\t\tspin_unlock(pml);\n",
           "\t\t\tif (ptl != pml)\n\t\t\t\tspin_unlock(ptl);\n\t\t\tspin_unlock(pml);\n\t\t} else {\n\t\t\tif (ptl != pml)\n\t\t\t\tspin_unlock(ptl);\n\t\t\tspin_unlock(pml);\n\t\t\tpgt_pmd = pmdp_collapse_flush(vma, addr, pmd);\n\t\t\tpmdp_get_lockless_sync();\n\t\t}\n")],
         # the database adds pmd-modify: pmdp_collapse_flush() (mm/pgtable-generic.c) changes the PMD
         ["pt-retract", "pmd-modify"], "pgt_pmd = pmdp_collapse_flush(vma, addr, pmd);",
         "retract_page_tables() clears the PMD after dropping pml")
mutation("khugepaged-pte-mapped-flush-after-unlock", "6.12", "mm/khugepaged.c",
         [("\tpgt_pmd = pmdp_collapse_flush(vma, haddr, pmd);\n\tpmdp_get_lockless_sync();\n\tif (ptl != pml)\n\t\tspin_unlock(ptl);\n\tspin_unlock(pml);\n",
           "\tif (ptl != pml)\n\t\tspin_unlock(ptl);\n\tspin_unlock(pml);\n\tpgt_pmd = pmdp_collapse_flush(vma, haddr, pmd);\n\tpmdp_get_lockless_sync();\n")],
         # the database adds pmd-modify: pmdp_collapse_flush() (mm/pgtable-generic.c) changes the PMD
         ["pt-retract", "pmd-modify"], "pgt_pmd = pmdp_collapse_flush(vma, haddr, pmd);",
         "collapse_pte_mapped_thp() retracts after releasing the PMD ptl")
mutation("huge-memory-set-accessed-unlocked", "6.12", "mm/huge_memory.c",
         [("\t\tgoto unlock;\n\n\ttouch_pmd(vmf->vma, vmf->address, vmf->pmd, write);\n\nunlock:\n\tspin_unlock(vmf->ptl);\n}",
           "\t\tgoto unlock;\n\n\tspin_unlock(vmf->ptl);\n\ttouch_pmd(vmf->vma, vmf->address, vmf->pmd, write);\n\treturn;\nunlock:\n\tspin_unlock(vmf->ptl);\n}")],
         "pmd-modify", "touch_pmd(vmf->vma, vmf->address, vmf->pmd, write);\n\treturn;",
         "huge_pmd_set_accessed() touches the PMD after dropping vmf->ptl")
mutation("huge-memory-zap-after-unlock", "6.12", "mm/huge_memory.c",
         [("\tptl = __pmd_trans_huge_lock(pmd, vma);\n\tif (!ptl)\n\t\treturn 0;\n\t/*\n\t * For architectures like ppc64",
           "\tptl = __pmd_trans_huge_lock(pmd, vma);\n\tif (!ptl)\n\t\treturn 0;\n\tspin_unlock(ptl);\n\t/*\n\t * For architectures like ppc64"),
          ("\t\tif (arch_needs_pgtable_deposit())\n\t\t\tzap_deposited_table(tlb->mm, pmd);\n\t\tspin_unlock(ptl);\n\t} else if (is_huge_zero_pmd(orig_pmd)) {\n\t\tzap_deposited_table(tlb->mm, pmd);\n\t\tspin_unlock(ptl);\n",
           "\t\tif (arch_needs_pgtable_deposit())\n\t\t\tzap_deposited_table(tlb->mm, pmd);\n\t} else if (is_huge_zero_pmd(orig_pmd)) {\n\t\tzap_deposited_table(tlb->mm, pmd);\n")],
         # the database adds: folio_remove_rmap_pmd() (mm/rmap.c) changes the
         # mlock state, which needs the ptl just dropped (mlock-ptl)
         {"pmd-modify": ["orig_pmd = pmdp_huge_get_and_clear_full(vma, addr, pmd,",
                         ("\t} else if (is_huge_zero_pmd(orig_pmd)) {\n\t\tzap_deposited_table(tlb->mm, pmd);\n", 1),
                         ("\t\tif (folio_test_anon(folio)) {\n\t\t\tzap_deposited_table(tlb->mm, pmd);\n\t\t\tadd_mm_counter(tlb->mm, MM_ANONPAGES, -HPAGE_PMD_NR);", 1)],
          "mlock-ptl": ("\t\t\tfolio = page_folio(page);\n\t\t\tfolio_remove_rmap_pmd(folio, page, vma);\n\t\t\tWARN_ON_ONCE(folio_mapcount(folio) < 0);", 1),
          # rmap-ptl (session 7): folio_remove_rmap_pmd() itself needs the ptl
          "rmap-ptl": ("\t\t\tfolio = page_folio(page);\n\t\t\tfolio_remove_rmap_pmd(folio, page, vma);\n\t\t\tWARN_ON_ONCE(folio_mapcount(folio) < 0);", 1)}, None,
         "zap_huge_pmd() clears the PMD and withdraws its table after dropping the ptl pmd_trans_huge_lock() gave")
mutation("huge-memory-change-pmd-unlocked", "6.12", "mm/huge_memory.c",
         [("\tret = HPAGE_PMD_NR;\n\tset_pmd_at(mm, addr, pmd, entry);\n",
           "\tret = HPAGE_PMD_NR;\n\tspin_unlock(ptl);\n\tset_pmd_at(mm, addr, pmd, entry);\n\tspin_lock(ptl);\n")],
         "pmd-modify", "\tset_pmd_at(mm, addr, pmd, entry);\n\tspin_lock(ptl);",
         "change_huge_pmd() (mprotect, NUMA hinting) writes the new PMD with the ptl dropped")
mutation("huge-memory-split-pmd-unlocked", "6.12", "mm/huge_memory.c",
         [("\tptl = pmd_lock(vma->vm_mm, pmd);\n\tsplit_huge_pmd_locked(vma, range.start, pmd, freeze, folio);\n\tspin_unlock(ptl);\n",
           "\tptl = pmd_lock(vma->vm_mm, pmd);\n\tspin_unlock(ptl);\n\tsplit_huge_pmd_locked(vma, range.start, pmd, freeze, folio);\n")],
         # the database adds mlock-ptl: the split's rmap calls (mm/rmap.c) change the mlock state without the ptl
         # session 6: the split fills the PTEs with no page-table lock too (pte-modify)
         ["pmd-modify", "mlock-ptl", "pte-modify", "rmap-ptl"], "split_huge_pmd_locked(vma, range.start, pmd, freeze, folio);",
         "__split_huge_pmd() splits after dropping the PMD ptl")
mutation("huge-memory-copy-pmd-wrprotect-unlocked", "6.12", "mm/huge_memory.c",
         [("\tpgtable_trans_huge_deposit(dst_mm, dst_pmd, pgtable);\n\tpmdp_set_wrprotect(src_mm, addr, src_pmd);\n",
           "\tpgtable_trans_huge_deposit(dst_mm, dst_pmd, pgtable);\n\tspin_unlock(src_ptl);\n\tspin_unlock(dst_ptl);\n\tpmdp_set_wrprotect(src_mm, addr, src_pmd);\n\tdst_ptl = pmd_lock(dst_mm, dst_pmd);\n\tspin_lock_nested(src_ptl, SINGLE_DEPTH_NESTING);\n")],
         "pmd-modify", "\tpmdp_set_wrprotect(src_mm, addr, src_pmd);\n\tdst_ptl = pmd_lock",
         "copy_huge_pmd() (fork) write-protects the parent's PMD outside the ptls")
mutation("mincore-walk-after-unlock", "6.12", "mm/mincore.c",
         [("\t\tretval = do_mincore(start, min(pages, PAGE_SIZE), tmp);\n\t\tmmap_read_unlock(current->mm);\n",
           "\t\tmmap_read_unlock(current->mm);\n\t\tretval = do_mincore(start, min(pages, PAGE_SIZE), tmp);\n")],
         # the database adds vma-lookup: do_mincore() calls vma_lookup() and walk_page_range() calls find_vma()
         ["pt-walk", "vma-lookup"], "retval = do_mincore(start, min(pages, PAGE_SIZE), tmp);",
         "mincore() walks page tables after mmap_read_unlock()")
mutation("task-mmu-clear-refs-after-unlock", "6.12", "fs/proc/task_mmu.c",
         [("\t\twalk_page_range(mm, 0, -1, &clear_refs_walk_ops, &cp);\n\t\tif (type == CLEAR_REFS_SOFT_DIRTY) {\n\t\t\tmmu_notifier_invalidate_range_end(&range);\n\t\t\tflush_tlb_mm(mm);\n\t\t\tdec_tlb_flush_pending(mm);\n\t\t}\nout_unlock:\n\t\tmmap_write_unlock(mm);\n",
           "\t\tif (type == CLEAR_REFS_SOFT_DIRTY) {\n\t\t\tmmu_notifier_invalidate_range_end(&range);\n\t\t\tflush_tlb_mm(mm);\n\t\t\tdec_tlb_flush_pending(mm);\n\t\t}\nout_unlock:\n\t\tmmap_write_unlock(mm);\n\t\twalk_page_range(mm, 0, -1, &clear_refs_walk_ops, &cp);\n")],
         # the database adds vma-lookup: walk_page_range() (mm/pagewalk.c) calls find_vma()
         ["pt-walk", "vma-lookup"], "walk_page_range(mm, 0, -1, &clear_refs_walk_ops, &cp);",
         "clear_refs_write() walks after mmap_write_unlock()")
mutation("task-mmu-pagemap-killable-ignored", "6.12", "fs/proc/task_mmu.c",
         [("\t\tret = mmap_read_lock_killable(mm);\n\t\tif (ret)\n\t\t\tgoto out_free;\n\t\tret = walk_page_range(mm, start_vaddr, end, &pagemap_ops, &pm);\n\t\tmmap_read_unlock(mm);\n",
           "\t\tret = mmap_read_lock_killable(mm);\n\t\tif (ret) {\n\t\t\tret = walk_page_range(mm, start_vaddr, end, &pagemap_ops, &pm);\n\t\t\tgoto out_free;\n\t\t}\n\t\tret = walk_page_range(mm, start_vaddr, end, &pagemap_ops, &pm);\n\t\tmmap_read_unlock(mm);\n")],
         # the database adds vma-lookup: walk_page_range() (mm/pagewalk.c) calls find_vma()
         ["pt-walk", "vma-lookup"], "\t\t\tret = walk_page_range(mm, start_vaddr, end, &pagemap_ops, &pm);",
         "pagemap_read() walks on the path where mmap_read_lock_killable() failed")
mutation("task-mmu-pagemap-scan-after-unlock", "6.12", "fs/proc/task_mmu.c",
         [("\t\tret = walk_page_range(mm, walk_start, p.arg.end,\n\t\t\t\t      &pagemap_scan_ops, &p);\n\n\t\tif (p.arg.flags & PM_SCAN_WP_MATCHING)\n\t\t\tmmu_notifier_invalidate_range_end(&range);\n\n\t\tmmap_read_unlock(mm);\n",
           "\t\tif (p.arg.flags & PM_SCAN_WP_MATCHING)\n\t\t\tmmu_notifier_invalidate_range_end(&range);\n\n\t\tmmap_read_unlock(mm);\n\t\tret = walk_page_range(mm, walk_start, p.arg.end,\n\t\t\t\t      &pagemap_scan_ops, &p);\n")],
         # the database adds vma-lookup: walk_page_range() (mm/pagewalk.c) calls find_vma()
         ["pt-walk", "vma-lookup"], "\t\tret = walk_page_range(mm, walk_start, p.arg.end,",
         "do_pagemap_scan() walks after mmap_read_unlock()")
mutation("mempolicy-mbind-walk-unlocked", "6.12", "mm/mempolicy.c",
         [("\tnr_failed = queue_pages_range(mm, start, end, nmask,\n\t\t\tflags | MPOL_MF_INVERT | MPOL_MF_WRLOCK, &pagelist);\n",
           "\tmmap_write_unlock(mm);\n\tnr_failed = queue_pages_range(mm, start, end, nmask,\n\t\t\tflags | MPOL_MF_INVERT | MPOL_MF_WRLOCK, &pagelist);\n\tmmap_write_lock(mm);\n")],
         # the database adds vma-lookup: walk_page_range() (mm/pagewalk.c) calls find_vma()
         ["pt-walk", "vma-lookup"], "\tnr_failed = queue_pages_range(mm, start, end, nmask,\n\t\t\tflags | MPOL_MF_INVERT | MPOL_MF_WRLOCK",
         "do_mbind() queues pages with mmap_lock dropped around the walk")
mutation("mmap-exit-free-pgtables-unlocked", "6.12", "mm/mmap.c",
         [("\tmmap_write_lock(mm);\n\tmt_clear_in_rcu(&mm->mm_mt);\n\tvma_iter_set(&vmi, vma->vm_end);\n\tfree_pgtables(",
           "\tmmap_write_lock(mm);\n\tmt_clear_in_rcu(&mm->mm_mt);\n\tvma_iter_set(&vmi, vma->vm_end);\n\tmmap_write_unlock(mm);\n\tfree_pgtables("),
          ("\tmmap_write_unlock(mm);\n\tvm_unacct_memory(nr_accounted);", "\tvm_unacct_memory(nr_accounted);")],
         # session 9: pt-free-write too (free_pgtables(.., true) says mmap_lock W)
         ["pt-free", "pt-free-write"], "\tfree_pgtables(&tlb, &vmi.mas, vma, FIRST_USER_ADDRESS,",
         "exit_mmap() frees page tables after dropping mmap_lock")
mutation("mprotect-read-lock", "6.12", "mm/mprotect.c",
         [("\tif (mmap_write_lock_killable(current->mm))\n", "\tif (mmap_read_lock_killable(current->mm))\n")],
         # session 6: mprotect_fixup()'s callees assert mmap_lock for write (assert-mmap-write)
         ["vma-write", "assert-mmap-write"], "error = mprotect_fixup(&vmi, &tlb, vma, &prev, nstart, tmp, newflags);",
         "mprotect() under mmap_lock for read: mprotect_fixup() write-locks VMAs without mmap_lock write")
mutation("mlock-folio-nonatomic-test", "6.12", "mm/mlock.c",
         [("\tif (!folio_test_set_mlocked(folio)) {\n\t\tint nr_pages = folio_nr_pages(folio);\n\n\t\tzone_stat_mod_folio(folio, NR_MLOCK, nr_pages);",
           "\tif (!folio_test_mlocked(folio)) {\n\t\tint nr_pages = folio_nr_pages(folio);\n\n\t\tzone_stat_mod_folio(folio, NR_MLOCK, nr_pages);\n\t\tfolio_set_mlocked(folio);")],
         "mlock-count", "\t\tzone_stat_mod_folio(folio, NR_MLOCK, nr_pages);\n\t\tfolio_set_mlocked(folio);",
         "mlock_folio() tests PG_mlocked, counts, then sets it: two CPUs both count NR_MLOCK")
mutation("mlock-munlock-nonatomic-test", "6.12", "mm/mlock.c",
         [("munlock:\n\tif (folio_test_clear_mlocked(folio)) {\n\t\tzone_stat_mod_folio(folio, NR_MLOCK, -nr_pages);",
           "munlock:\n\tif (folio_test_mlocked(folio)) {\n\t\tzone_stat_mod_folio(folio, NR_MLOCK, -nr_pages);\n\t\tfolio_clear_mlocked(folio);")],
         "mlock-count", "\t\tzone_stat_mod_folio(folio, NR_MLOCK, -nr_pages);\n\t\tfolio_clear_mlocked(folio);",
         "__munlock_folio() counts before a separate clear: the 2013 NR_MLOCK drift")
mutation("mlock-new-folio-nonirqsafe", "6.12", "mm/mlock.c",
         [("\tfolio_set_mlocked(folio);\n\n\tzone_stat_mod_folio(folio, NR_MLOCK, nr_pages);",
           "\tfolio_set_mlocked(folio);\n\n\t__zone_stat_mod_folio(folio, NR_MLOCK, nr_pages);")],
         "mlock-count-irq", "\t__zone_stat_mod_folio(folio, NR_MLOCK, nr_pages);",
         "mlock_new_folio() uses the non-irq-safe counter without the lruvec lock")
mutation("mlock-folio-nonirqsafe", "6.12", "mm/mlock.c",
         [("\t\tzone_stat_mod_folio(folio, NR_MLOCK, nr_pages);\n\t\t__count_vm_events(UNEVICTABLE_PGMLOCKED, nr_pages);\n\t}\n\n\tfolio_get(folio);\n\tif (!folio_batch_add(fbatch, mlock_lru",
           "\t\t__zone_stat_mod_folio(folio, NR_MLOCK, nr_pages);\n\t\t__count_vm_events(UNEVICTABLE_PGMLOCKED, nr_pages);\n\t}\n\n\tfolio_get(folio);\n\tif (!folio_batch_add(fbatch, mlock_lru")],
         "mlock-count-irq", "\t\t__zone_stat_mod_folio(folio, NR_MLOCK, nr_pages);",
         "mlock_folio() uses the non-irq-safe counter outside the lruvec lock")
mutation("rmap-try-to-unmap-mlock-unlocked", "6.12", "mm/rmap.c",
         [("\t\t\t/* Restore the mlock which got missed */\n\t\t\tif (!folio_test_large(folio))\n\t\t\t\tmlock_vma_folio(folio, vma);\n\t\t\tgoto walk_abort;\n",
           "\t\t\t/* Restore the mlock which got missed */\n\t\t\tpage_vma_mapped_walk_done(&pvmw);\n\t\t\tif (!folio_test_large(folio))\n\t\t\t\tmlock_vma_folio(folio, vma);\n\t\t\tret = false;\n\t\t\tbreak;\n")],
         "mlock-ptl", "\t\t\t\tmlock_vma_folio(folio, vma);\n\t\t\tret = false;",
         "try_to_unmap_one() restores the mlock after dropping the ptl")
mutation("rmap-referenced-mlock-unlocked", "6.12", "mm/rmap.c",
         [("\t\t\t\tmlock_vma_folio(folio, vma);\n\t\t\t\tpage_vma_mapped_walk_done(&pvmw);\n\t\t\t\tpra->vm_flags |= VM_LOCKED;",
           "\t\t\t\tpage_vma_mapped_walk_done(&pvmw);\n\t\t\t\tmlock_vma_folio(folio, vma);\n\t\t\t\tpra->vm_flags |= VM_LOCKED;")],
         "mlock-ptl", "\t\t\t\tmlock_vma_folio(folio, vma);\n\t\t\t\tpra->vm_flags |= VM_LOCKED;",
         "folio_referenced_one() mlocks after page_vma_mapped_walk_done()")
mutation("khugepaged-collapse-vma-write-under-anon", "6.12", "mm/khugepaged.c",
         [("\tvma_start_write(vma);\n\tanon_vma_lock_write(vma->anon_vma);\n",
           "\tanon_vma_lock_write(vma->anon_vma);\n\tvma_start_write(vma);\n")],
         "lock-order", "\tvma_start_write(vma);\n\n\tmmu_notifier_range_init",
         "collapse_huge_page() takes the VMA write lock under the anon_vma lock")
mutation("vma-link-file-vma-write-under-i_mmap", "6.12", "mm/vma.c",
         [("\t\tmapping = file->f_mapping;\n\t\ti_mmap_lock_write(mapping);\n\t\t__vma_link_file(vma, mapping);\n",
           "\t\tmapping = file->f_mapping;\n\t\ti_mmap_lock_write(mapping);\n\t\tvma_start_write(vma);\n\t\t__vma_link_file(vma, mapping);\n")],
         "lock-order", "\t\tvma_start_write(vma);\n\t\t__vma_link_file(vma, mapping);",
         "vma_link_file() write-locks the VMA under i_mmap_rwsem: the 2023 mmap_region inversion (1c7873e33645)")
mutation("unlink-file-vma-write-under-i_mmap", "6.12", "mm/vma.c",
         [("\t\ti_mmap_lock_write(mapping);\n\t\t__remove_shared_vm_struct(vma, mapping);\n\t\ti_mmap_unlock_write(mapping);\n\t}\n}\n\nvoid vma_link_file",
           "\t\ti_mmap_lock_write(mapping);\n\t\tvma_start_write(vma);\n\t\t__remove_shared_vm_struct(vma, mapping);\n\t\ti_mmap_unlock_write(mapping);\n\t}\n}\n\nvoid vma_link_file")],
         "lock-order", "\t\tvma_start_write(vma);\n\t\t__remove_shared_vm_struct(vma, mapping);",
         "unlink_file_vma() write-locks the VMA under i_mmap_rwsem")
mutation("khugepaged-copy-failed-populate-unlocked", "6.12", "mm/khugepaged.c",
         [("\tpmd_ptl = pmd_lock(vma->vm_mm, pmd);\n\tpmd_populate(vma->vm_mm, pmd, pmd_pgtable(orig_pmd));\n\tspin_unlock(pmd_ptl);\n",
           "\tpmd_ptl = pmd_lock(vma->vm_mm, pmd);\n\tspin_unlock(pmd_ptl);\n\tpmd_populate(vma->vm_mm, pmd, pmd_pgtable(orig_pmd));\n")],
         "pmd-modify", ("\tspin_unlock(pmd_ptl);\n\tpmd_populate(vma->vm_mm, pmd, pmd_pgtable(orig_pmd));", 1),
         "__collapse_huge_page_copy_failed() restores the PMD after dropping pmd_ptl")
mutation("memory-pmd-install-unlocked", "6.12", "mm/memory.c",
         [("\t\tsmp_wmb(); /* Could be smp_wmb__xxx(before|after)_spin_lock */\n\t\tpmd_populate(mm, pmd, *pte);\n\t\t*pte = NULL;\n\t}\n\tspin_unlock(ptl);\n",
           "\t\tsmp_wmb(); /* Could be smp_wmb__xxx(before|after)_spin_lock */\n\t\tspin_unlock(ptl);\n\t\tpmd_populate(mm, pmd, *pte);\n\t\t*pte = NULL;\n\t\treturn;\n\t}\n\tspin_unlock(ptl);\n")],
         "pmd-modify", "\t\tpmd_populate(mm, pmd, *pte);\n\t\t*pte = NULL;\n\t\treturn;",
         "pmd_install() populates the PMD after dropping its lock: two faults race to install a table")
mutation("memory-do-set-pmd-unlocked", "6.12", "mm/memory.c",
         [("\tset_pmd_at(vma->vm_mm, haddr, vmf->pmd, entry);\n",
           "\tspin_unlock(vmf->ptl);\n\tset_pmd_at(vma->vm_mm, haddr, vmf->pmd, entry);\n\tspin_lock(vmf->ptl);\n")],
         "pmd-modify", "\tset_pmd_at(vma->vm_mm, haddr, vmf->pmd, entry);\n\tspin_lock(vmf->ptl);",
         "do_set_pmd() maps the huge page with vmf->ptl dropped")

# ------------------------------------------------------------------ 6.12: what developers get wrong
# Written from the bugs of ../shared/reference/anchors.md section 10 (B1-B29
# and its six patterns), the 2013 THP rules and process_addrs.rst's tables,
# whether or not the analysis can see them (issue 7: recall measured honestly).
mutation("mremap-move-huge-pmd-old-ptl-only", "6.12", "mm/huge_memory.c",
         [("\t\tnew_ptl = pmd_lockptr(mm, new_pmd);\n\t\tif (new_ptl != old_ptl)\n\t\t\tspin_lock_nested(new_ptl, SINGLE_DEPTH_NESTING);\n",
           "\t\tnew_ptl = pmd_lockptr(mm, new_pmd);\n"),
          ("\t\tif (new_ptl != old_ptl)\n\t\t\tspin_unlock(new_ptl);\n\t\tspin_unlock(old_ptl);\n\t\treturn true;",
           "\t\tspin_unlock(old_ptl);\n\t\treturn true;")],
         "pmd-modify", ["pgtable_trans_huge_deposit(mm, new_pmd, pgtable);", "set_pmd_at(mm, new_addr, new_pmd, pmd);"],
         "move_huge_pmd() (mremap) writes new_pmd holding only old_pmd's ptl: the wrong ptl (the second one is taken only if new_ptl != old_ptl)")
mutation("mremap-move-normal-pmd-old-ptl-only", "6.12", "mm/mremap.c",
         [("\told_ptl = pmd_lock(vma->vm_mm, old_pmd);\n\tnew_ptl = pmd_lockptr(mm, new_pmd);\n\tif (new_ptl != old_ptl)\n\t\tspin_lock_nested(new_ptl, SINGLE_DEPTH_NESTING);\n",
           "\told_ptl = pmd_lock(vma->vm_mm, old_pmd);\n\tnew_ptl = pmd_lockptr(mm, new_pmd);\n"),
          ("\tflush_tlb_range(vma, old_addr, old_addr + PMD_SIZE);\nout_unlock:\n\tif (new_ptl != old_ptl)\n\t\tspin_unlock(new_ptl);\n",
           "\tflush_tlb_range(vma, old_addr, old_addr + PMD_SIZE);\nout_unlock:\n")],
         "pmd-modify", "pmd_populate(mm, new_pmd, pmd_pgtable(pmd));",
         "move_normal_pmd() (mremap) installs the table in new_pmd holding only old_pmd's ptl")
mutation("mremap-move-pgt-entry-no-rmap-locks", "6.12", "mm/mremap.c",
         [("\t/* See comment in move_ptes() */\n\tif (need_rmap_locks)\n\t\ttake_rmap_locks(vma);\n\n", ""),
          ("\tif (need_rmap_locks)\n\t\tdrop_rmap_locks(vma);\n\n\treturn moved;", "\treturn moved;")],
         "pt-move", "\t\tmoved = move_normal_pmd(vma, old_addr, new_addr, old_entry,",
         "move_pgt_entry() moves whole PMD/PUD tables without take_rmap_locks(): the 2021 race with try_to_unmap_one (97113eb39fa7)",
         miss="pt-move encodes the mmap and VMA write locks only: which rmap lock is needed depends on vm_file and anon_vma, tested in take_rmap_locks(), so each is held on some paths only (NOTES 3)")
mutation("mremap-move-ptes-no-rmap-locks", "6.12", "mm/mremap.c",
         [("\tif (need_rmap_locks)\n\t\ttake_rmap_locks(vma);\n\n\t/*\n\t * We don't have to worry", "\t/*\n\t * We don't have to worry"),
          ("out:\n\tif (need_rmap_locks)\n\t\tdrop_rmap_locks(vma);\n\treturn err;", "out:\n\treturn err;")],
         "pt-move", "\t\t\tset_pte_at(mm, new_addr, new_pte, pte);",
         "move_ptes() moves PTEs without the rmap locks even when need_rmap_locks says rmap may miss both copies",
         miss="pt-move guards the PMD/PUD-level move only, and not its rmap part (NOTES 3)")
mutation("mremap-move-ptes-old-ptl-only", "6.12", "mm/mremap.c",
         [("\tif (new_ptl != old_ptl)\n\t\tspin_lock_nested(new_ptl, SINGLE_DEPTH_NESTING);\n\tflush_tlb_batched_pending", "\tflush_tlb_batched_pending"),
          ("\tif (new_ptl != old_ptl)\n\t\tspin_unlock(new_ptl);\n\tpte_unmap(new_pte - 1);", "\tpte_unmap(new_pte - 1);")],
         "pte-modify", ["\t\t\tpte_clear(mm, new_addr, new_pte);", "\t\t\tset_pte_at(mm, new_addr, new_pte, pte);"],
         "move_ptes() writes the new PTEs holding only the old table's ptl (process_addrs.rst: both ptls)")
mutation("mremap-take-rmap-locks-swapped", "6.12", "mm/mremap.c",
         [("\tif (vma->vm_file)\n\t\ti_mmap_lock_write(vma->vm_file->f_mapping);\n\tif (vma->anon_vma)\n\t\tanon_vma_lock_write(vma->anon_vma);\n}",
           "\tif (vma->anon_vma)\n\t\tanon_vma_lock_write(vma->anon_vma);\n\tif (vma->vm_file)\n\t\ti_mmap_lock_write(vma->vm_file->f_mapping);\n}")],
         "lock-order", "\t\ti_mmap_lock_write(vma->vm_file->f_mapping);",
         "take_rmap_locks() (mremap) takes the anon_vma lock before i_mmap_rwsem: two conditional acquisitions inverted on the path of a file VMA with an anon_vma (mm/rmap.c's order)")
mutation("khugepaged-pte-mapped-pml-under-ptl", "6.12", "mm/khugepaged.c",
         [("\tpte_unmap(start_pte);\n\tif (!pml)\n\t\tspin_unlock(ptl);\n\n\t/* step 3: set proper refcount and mm_counters. */",
           "\tpte_unmap(start_pte);\n\n\t/* step 3: set proper refcount and mm_counters. */")],
         "lock-order", "\t\tpml = pmd_lock(mm, pmd);\n\t\tif (ptl != pml)\n\t\t\tspin_lock_nested(ptl, SINGLE_DEPTH_NESTING);\n\t}\n\tpgt_pmd",
         "collapse_pte_mapped_thp() keeps the PTE ptl it took when pml was not taken early, then takes pml in step 4: the PMD ptl under the PTE ptl on the path without userfaultfd",
         miss="the PTE ptl is held on some paths only at step 4 (through ptl or as pml's alias), and every path from it passes branches the witness search takes as related (the tests of vma and pml read the conditions that chose their values, NOTES section 7)")
mutation("huge-memory-split-anon-vma-read", "6.12", "mm/huge_memory.c",
         [("\t\tanon_vma_lock_write(anon_vma);\n\t} else {", "\t\tanon_vma_lock_read(anon_vma);\n\t} else {"),
          ("\tif (anon_vma) {\n\t\tanon_vma_unlock_write(anon_vma);\n\t\tput_anon_vma(anon_vma);",
           "\tif (anon_vma) {\n\t\tanon_vma_unlock_read(anon_vma);\n\t\tput_anon_vma(anon_vma);")],
         "thp-split", "\t\t__split_huge_page(page, list, end, new_order, mapping);",
         "split_huge_page_to_list_to_order() takes the anon_vma lock for read: the 2013 split bug (062f1af2170a)",
         miss="lock held on some paths only: the file path's i_mmap_rwsem meets the need where the paths join")
mutation("huge-memory-split-file-no-i_mmap", "6.12", "mm/huge_memory.c",
         [("\t\tanon_vma = NULL;\n\t\ti_mmap_lock_read(mapping);\n", "\t\tanon_vma = NULL;\n")],
         "thp-split", "\t\t__split_huge_page(page, list, end, new_order, mapping);",
         "split_huge_page_to_list_to_order() forgets i_mmap_rwsem on the file branch (the anon branch still locks)",
         miss="lock held on some paths only: the anon branch's anon_vma lock")
mutation("khugepaged-collapse-anon-vma-read", "6.12", "mm/khugepaged.c",
         [("\tvma_start_write(vma);\n\tanon_vma_lock_write(vma->anon_vma);\n", "\tvma_start_write(vma);\n\tanon_vma_lock_read(vma->anon_vma);\n"),
          ("\t\tanon_vma_unlock_write(vma->anon_vma);\n", "\t\tanon_vma_unlock_read(vma->anon_vma);\n"),
          ("\n\tanon_vma_unlock_write(vma->anon_vma);\n", "\n\tanon_vma_unlock_read(vma->anon_vma);\n")],
         "pt-retract", "_pmd = pmdp_collapse_flush(vma, address, pmd);",
         "collapse_huge_page() takes the anon_vma lock for read: the 2013 rule, anon_vma for write when collapsing (rmap walkers take it for read)",
         miss="6.12's pt-retract accepts the anon_vma lock for read; no rule says the anon collapse needs it for write")
mutation("khugepaged-collapse-no-mmap-write", "6.12", "mm/khugepaged.c",
         [("\tmmap_write_lock(mm);\n\tresult = hugepage_vma_revalidate(mm, address, true, &vma, cc);",
           "\tresult = hugepage_vma_revalidate(mm, address, true, &vma, cc);")],
         {"vma-write": "\tvma_start_write(vma);\n\tanon_vma_lock_write(vma->anon_vma);",
          "collapse-vma-write": "_pmd = pmdp_collapse_flush(vma, address, pmd);",
          # added with the vma-lookup rule: the revalidation's find_vma() has no lock either
          "vma-lookup": "\tresult = hugepage_vma_revalidate(mm, address, true, &vma, cc);\n\tif (result != SCAN_SUCCEED)\n\t\tgoto out_up_write;",
          # session 6: hugepage_vma_revalidate() asserts mmap_lock (assert-mmap)
          "assert-mmap": "\tresult = hugepage_vma_revalidate(mm, address, true, &vma, cc);\n\tif (result != SCAN_SUCCEED)\n\t\tgoto out_up_write;"}, None,
         "collapse_huge_page() without mmap_write_lock(): the 2013 rule, mmap_sem for write around collapse")
mutation("khugepaged-collapse-anon-vma-under-pmd-ptl", "6.12", "mm/khugepaged.c",
         [("\tvma_start_write(vma);\n\tanon_vma_lock_write(vma->anon_vma);\n\n", "\tvma_start_write(vma);\n\n"),
          ("\tpmd_ptl = pmd_lock(mm, pmd); /* probably unnecessary */\n",
           "\tpmd_ptl = pmd_lock(mm, pmd); /* probably unnecessary */\n\tanon_vma_lock_write(vma->anon_vma);\n")],
         # the anon_vma rwsem sleeps: also sleep-under-spinlock
         ["lock-order", "sleep-under-spinlock"], ("/* probably unnecessary */\n\tanon_vma_lock_write", 1),
         "collapse_huge_page() takes the anon_vma rwsem (it sleeps) under the PMD ptl: two acquisitions swapped")
mutation("khugepaged-retract-pte-ptl-before-pml", "6.12", "mm/khugepaged.c",
         [("\t\tpml = pmd_lock(mm, pmd);\n\t\tptl = pte_lockptr(mm, pmd);\n\t\tif (ptl != pml)\n\t\t\tspin_lock_nested(ptl, SINGLE_DEPTH_NESTING);\n\n\t\t/*\n\t\t * Huge page lock",
           "\t\tptl = pte_lockptr(mm, pmd);\n\t\tpml = pmd_lockptr(mm, pmd);\n\t\tspin_lock(ptl);\n\t\tif (ptl != pml)\n\t\t\tspin_lock_nested(pml, SINGLE_DEPTH_NESTING);\n\n\t\t/*\n\t\t * Huge page lock")],
         "lock-order", "spin_lock_nested(pml, SINGLE_DEPTH_NESTING);",
         # reported since the GCC plugin locates a call a macro expands to
         # (spin_lock_nested) at the macro's use, not in spinlock.h
         "retract_page_tables() takes the PTE ptl before the PMD ptl: the nesting of khugepaged.c:1746-1749 swapped")
mutation("vma-prepare-anon-vma-before-i_mmap", "6.12", "mm/vma.c",
         [("\t\ti_mmap_lock_write(vp->mapping);\n\t\tif (vp->insert && vp->insert->vm_file) {",
           "\t\tif (vp->anon_vma)\n\t\t\tanon_vma_lock_write(vp->anon_vma);\n\t\ti_mmap_lock_write(vp->mapping);\n\t\tif (vp->insert && vp->insert->vm_file) {"),
          ("\tif (vp->anon_vma) {\n\t\tanon_vma_lock_write(vp->anon_vma);\n\t\tanon_vma_interval_tree_pre_update_vma(vp->vma);",
           "\tif (vp->anon_vma) {\n\t\tif (!vp->file)\n\t\t\tanon_vma_lock_write(vp->anon_vma);\n\t\tanon_vma_interval_tree_pre_update_vma(vp->vma);")],
         "lock-order", "\t\ti_mmap_lock_write(vp->mapping);\n\t\tif (vp->insert",
         "vma_prepare() takes the anon_vma lock before i_mmap_rwsem for a file VMA: rmap.c's order swapped")  # reported since fields tested for NULL correlate (NOTES 2): "if (vp->anon_vma)" names the path
mutation("vma-expand-no-vma-write", "6.12", "mm/vma.c",
         [("\tmmap_assert_write_locked(vmg->mm);\n\n\tvma_start_write(vma);\n\tif (next && (vma != next)",
           "\tmmap_assert_write_locked(vmg->mm);\n\n\tif (next && (vma != next)")],
         "vma-field-write", ("\tif (next && (vma != next) && (vmg->end == next->vm_end)) {", 7),
         "vma_expand() gives vma next's anon_vma (dup_anon_vma) and new bounds without vma_start_write(vma): the 2023 dup_anon_vma UAF (d8ab9f7b644a)",
         miss="vma_expand() write-locks next on the path that removes it, and dup_anon_vma() asserts the VMA write lock; the analysis matches the VMA lock by class, not by which VMA, so the need is held on some paths: silent")
mutation("mempolicy-home-node-no-vma-write", "6.12", "mm/mempolicy.c",
         [("\t\tvma_start_write(vma);\n\t\tnew->home_node = home_node;\n", "\t\tnew->home_node = home_node;\n")],
         # vma_replace_policy() asserts the VMA write lock before it stores vm_policy:
         # the assertion is the first operation that needs it, and no caller of
         # vma_replace_policy() holds it now, so the report is at the assertion
         "assert-vma-write", "\tvma_assert_write_locked(vma);\n\n\tnew = mpol_dup(pol);",
         "set_mempolicy_home_node() replaces vma->vm_policy without vma_start_write(): CVE-2023-4611 (6c21e066f925)")
mutation("mempolicy-mbind-walk-no-wrlock", "6.12", "mm/mempolicy.c",
         [("\t\t\tflags | MPOL_MF_INVERT | MPOL_MF_WRLOCK, &pagelist);", "\t\t\tflags | MPOL_MF_INVERT, &pagelist);")],
         "vma-field-write", "\t\t\terr = mbind_range(&vmi, vma, &prev, start, end, new);",
         "do_mbind() walks without MPOL_MF_WRLOCK, so no VMA is write-locked when mbind_range() replaces vm_policy (B18/B19)",
         miss="the walk write-locks the VMAs only when MPOL_MF_WRLOCK selects PGWALK_WRLOCK (ops->walk_lock, a value the analysis does not track), and mbind_range()'s need is judged against that walk's acquisition as held on some paths: silent")
mutation("mmap-expand-downwards-no-vma-write", "6.12", "mm/mmap.c",
         [("\t/* Lock the VMA before expanding to prevent concurrent page faults */\n\tvma_start_write(vma);\n\t/*\n\t * vma->vm_start/vm_end cannot change under us because the caller\n\t * is required to hold the mmap_lock in read mode.  We need the\n\t * anon_vma lock to serialize against concurrent expand_stacks.\n\t */\n\tanon_vma_lock_write(vma->anon_vma);\n\n\t/* Somebody else might have raced and expanded it already */\n\tif (address < vma->vm_start) {",
           "\t/*\n\t * vma->vm_start/vm_end cannot change under us because the caller\n\t * is required to hold the mmap_lock in read mode.  We need the\n\t * anon_vma lock to serialize against concurrent expand_stacks.\n\t */\n\tanon_vma_lock_write(vma->anon_vma);\n\n\t/* Somebody else might have raced and expanded it already */\n\tif (address < vma->vm_start) {")],
         "vma-field-write", "\t\t\t\tvma->vm_start = address;",
         "expand_downwards() moves vm_start without vma_start_write(): the 2023 stack-expansion race (c137381f71ae)",
         miss="expand_stack_locked()'s callers are lock_mm_and_find_vma(), which the pack models as an API (its body is not analysed), and find_extend_vma_locked() (fs/exec.c, outside kernel-check's objects): unknown callers")
mutation("mmap-expand-stack-read-lock", "6.12", "mm/mmap.c",
         [("\tmmap_read_unlock(mm);\n\tif (mmap_write_lock_killable(mm))\n\t\treturn NULL;\n\n\tvma = find_vma_prev(mm, addr, &prev);",
           "\tvma = find_vma_prev(mm, addr, &prev);"),
          ("\tmmap_write_unlock(mm);\n\treturn NULL;\n\nsuccess:\n\tmmap_write_downgrade(mm);\n\treturn vma;",
           "\tmmap_read_unlock(mm);\n\treturn NULL;\n\nsuccess:\n\treturn vma;")],
         "vma-write", "\tif (vma && !vma_expand_down(vma, addr))",
         "expand_stack() expands under the caller's mmap read lock, without the upgrade: StackRot, CVE-2023-3269 (8d7071af8907)",
         miss="lock never taken; the precondition's callers are in other files (arch fault handlers)")
mutation("mprotect-fixup-no-vma-write", "6.12", "mm/mprotect.c",
         [("\tvma_start_write(vma);\n\tvm_flags_reset(vma, newflags);", "\tvm_flags_reset(vma, newflags);")],
         # vm_flags_reset() asserts the VMA write lock before its store
         "assert-vma-write", "\tvm_flags_reset(vma, newflags);",
         "mprotect_fixup() writes vm_flags and vm_page_prot under mmap_lock alone, as its comment says, without vma_start_write()")
mutation("vma-shrink-prepare-too-late", "6.12", "mm/vma.c",
         [("\tinit_vma_prep(&vp, vma);\n\tvma_prepare(&vp);\n\tvma_adjust_trans_huge(vma, start, end, 0);\n\n\tvma_iter_clear(vmi);\n\tvma_set_range(vma, start, end, pgoff);\n\tvma_complete(&vp, vmi, vma->vm_mm);",
           "\tinit_vma_prep(&vp, vma);\n\tvma_adjust_trans_huge(vma, start, end, 0);\n\n\tvma_iter_clear(vmi);\n\tvma_set_range(vma, start, end, pgoff);\n\tvma_prepare(&vp);\n\tvma_complete(&vp, vmi, vma->vm_mm);")],
         "vma-field-write", "\tvma_set_range(vma, start, end, pgoff);\n\tvma_prepare(&vp);",
         "vma_shrink() calls vma_prepare() (the rmap write locks) after changing vm_start/vm_end: a lock taken in a helper called too late",
         miss="the stores into vm_start/vm_end also need the rmap write locks vma_prepare() takes (process_addrs.rst); which ones depends on vma->vm_file and anon_vma, so vma-field-write encodes only the VMA write lock, which is held")
# VMA field stores and anon_vma (the store rules, written before the rules ran)
mutation("rmap-anon-vma-prepare-no-ptl", "6.12", "mm/rmap.c",
         [("\t/* page_table_lock to protect against threads */\n\tspin_lock(&mm->page_table_lock);\n\tif (likely(!vma->anon_vma)) {",
           "\tif (likely(!vma->anon_vma)) {"),
          ("\t\tavc = NULL;\n\t}\n\tspin_unlock(&mm->page_table_lock);\n", "\t\tavc = NULL;\n\t}\n")],
         "anon-vma-assign", "\t\tsmp_store_release(&vma->anon_vma, anon_vma);",
         "__anon_vma_prepare() publishes vma->anon_vma without mm->page_table_lock: two faults under mmap_lock for read race to set it",
         miss="reported, but at call sites in other files: a caller up the chain holds the VMA write lock, so the database reports each call that holds neither lock (arch/x86/mm/fault.c's handle_mm_fault(), mm/memory.c, mm/hugetlb.c, mm/mlock.c) and not the store in mm/rmap.c")
mutation("userfaultfd-set-ctx-no-vma-write", "6.12", "mm/userfaultfd.c",
         [("\tvma_start_write(vma);\n\tvma->vm_userfaultfd_ctx = (struct vm_userfaultfd_ctx){ctx};",
           "\tvma->vm_userfaultfd_ctx = (struct vm_userfaultfd_ctx){ctx};")],
         "vma-field-write", "\tvma->vm_userfaultfd_ctx = (struct vm_userfaultfd_ctx){ctx};",
         "userfaultfd_set_ctx() changes vm_userfaultfd_ctx without vma_start_write(): a fault under the per-VMA lock sees a half-registered VMA",
         miss="the callers of userfaultfd_reset_ctx() and userfaultfd_register_range() are in fs/userfaultfd.c, outside kernel-check's objects")
mutation("madvise-update-vma-no-vma-write", "6.12", "mm/madvise.c",
         [("\t/* vm_flags is protected by the mmap_lock held in write mode. */\n\tvma_start_write(vma);\n\tvm_flags_reset(vma, new_flags);",
           "\t/* vm_flags is protected by the mmap_lock held in write mode. */\n\tvm_flags_reset(vma, new_flags);")],
         "assert-vma-write", "\tvm_flags_reset(vma, new_flags);\n\t/*\n\t * If the vma become good",
         "madvise_update_vma() resets vm_flags under mmap_lock alone, as the comment says, without vma_start_write()",
         miss="madvise_vma_behavior() is called through madvise_walk_vmas()'s function pointer: its callers are unknown, so the VMA write lock vm_flags_reset() asserts is nobody's to check")
mutation("mlock-fixup-no-vma-write", "6.12", "mm/mlock.c",
         [("\t\t/* No work to do, and mlocking twice would be wrong */\n\t\tvma_start_write(vma);\n\t\tvm_flags_reset(vma, newflags);",
           "\t\t/* No work to do, and mlocking twice would be wrong */\n\t\tvm_flags_reset(vma, newflags);")],
         "assert-vma-write", "\t\tvm_flags_reset(vma, newflags);\n\t} else {",
         "mlock_fixup() resets vm_flags without vma_start_write()",
         miss="needed only where (newflags & VM_LOCKED) && (oldflags & VM_LOCKED): a test of a parameter's bits, which the analysis does not follow, so the need stays undecided at the callers")
mutation("memory-pmd-install-no-ptl", "6.12", "mm/memory.c",
         [("\tspinlock_t *ptl = pmd_lock(mm, pmd);\n\n\tif (likely(pmd_none(*pmd))) {\t/* Has another populated it ? */",
           "\tif (likely(pmd_none(*pmd))) {\t/* Has another populated it ? */"),
          ("\t\tpmd_populate(mm, pmd, *pte);\n\t\t*pte = NULL;\n\t}\n\tspin_unlock(ptl);\n}\n",
           "\t\tpmd_populate(mm, pmd, *pte);\n\t\t*pte = NULL;\n\t}\n}\n")],
         "pmd-modify", "\t\tpmd_populate(mm, pmd, *pte);",
         "pmd_install() (global; its callers __pte_alloc() and filemap_map_pages() reach mremap() and the map_pages callback in other files) populates the PMD with no PMD ptl")
mutation("migrate-pages-stat-no-mmap-lock", "6.12", "mm/migrate.c",
         [("\tunsigned long i;\n\n\tmmap_read_lock(mm);\n\n\tfor (i = 0; i < nr_pages; i++) {",
           "\tunsigned long i;\n\n\tfor (i = 0; i < nr_pages; i++) {"),
          ("\t\tstatus++;\n\t}\n\n\tmmap_read_unlock(mm);\n}\n", "\t\tstatus++;\n\t}\n}\n")],
         "pt-walk", ("\t\t\tgoto set_status;\n\n\t\tfolio = folio_walk_start(&fw, vma, addr, FW_ZEROPAGE);", 2),
         "move_pages(2)'s do_pages_stat_array() with its mmap_read_lock pair deleted: the system call walks page tables with no lock")
mutation("mincore-syscall-no-mmap-lock", "6.12", "mm/mincore.c",
         [("\t\tmmap_read_lock(current->mm);\n\t\tretval = do_mincore(start, min(pages, PAGE_SIZE), tmp);\n\t\tmmap_read_unlock(current->mm);\n",
           "\t\tretval = do_mincore(start, min(pages, PAGE_SIZE), tmp);\n")],
         # reported at the operation, with the chain to the system call
         # (NOTES section 2, roots); written first at the call site
         "pt-walk", "err = walk_page_range(vma->vm_mm, addr, end, &mincore_walk_ops, vec);",
         "mincore() with its mmap_read_lock/unlock pair deleted: the syscall walks page tables with no lock at all")
mutation("mmap-vm-brk-flags-no-mmap-lock", "6.12", "mm/mmap.c",
         [("\tif (mmap_write_lock_killable(mm))\n\t\treturn -EINTR;\n\n\tret = check_brk_limits(addr, len);",
           "\tret = check_brk_limits(addr, len);"),
          ("\tpopulate = ((mm->def_flags & VM_LOCKED) != 0);\n\tmmap_write_unlock(mm);\n\tuserfaultfd_unmap_complete(mm, &uf);",
           "\tpopulate = ((mm->def_flags & VM_LOCKED) != 0);\n\tuserfaultfd_unmap_complete(mm, &uf);"),
          ("munmap_failed:\nlimits_failed:\n\tmmap_write_unlock(mm);", "munmap_failed:\nlimits_failed:")],
         "vma-write", "\tret = do_brk_flags(&vmi, vma, addr, len, flags);",
         "vm_brk_flags() (exported) with its mmap_write_lock pair deleted: do_brk_flags() write-locks and inserts VMAs with no mmap_lock",
         miss="lock never taken; the precondition's callers are in other files (an exported function)")
mutation("huge-memory-madvise-free-no-pmd-lock", "6.12", "mm/huge_memory.c",
         [("\tspinlock_t *ptl;\n\tpmd_t orig_pmd;\n\tstruct folio *folio;\n\tstruct mm_struct *mm = tlb->mm;\n\tbool ret = false;",
           "\tpmd_t orig_pmd;\n\tstruct folio *folio;\n\tstruct mm_struct *mm = tlb->mm;\n\tbool ret = false;"),
          ("\tptl = pmd_trans_huge_lock(pmd, vma);\n\tif (!ptl)\n\t\tgoto out_unlocked;\n\n\torig_pmd = *pmd;\n\tif (is_huge_zero_pmd(orig_pmd))\n\t\tgoto out;",
           "\tif (!pmd_trans_huge(*pmd))\n\t\tgoto out_unlocked;\n\n\torig_pmd = *pmd;\n\tif (is_huge_zero_pmd(orig_pmd))\n\t\tgoto out;"),
          ("\t\tfolio_get(folio);\n\t\tspin_unlock(ptl);\n\t\tsplit_folio(folio);\n\t\tfolio_unlock(folio);\n\t\tfolio_put(folio);\n\t\tgoto out_unlocked;",
           "\t\tfolio_get(folio);\n\t\tsplit_folio(folio);\n\t\tfolio_unlock(folio);\n\t\tfolio_put(folio);\n\t\tgoto out_unlocked;"),
          ("\tret = true;\nout:\n\tspin_unlock(ptl);\nout_unlocked:\n\treturn ret;", "\tret = true;\nout:\nout_unlocked:\n\treturn ret;")],
         "pmd-modify", ["\t\tpmdp_invalidate(vma, addr, pmd);\n\t\torig_pmd = pmd_mkold(orig_pmd);",
                        "\t\tset_pmd_at(mm, addr, pmd, orig_pmd);\n\t\ttlb_remove_pmd_tlb_entry"],
         "madvise_free_huge_pmd() tests pmd_trans_huge() without pmd_trans_huge_lock(): the 2013 rule, page_table_lock when checking pmd_trans_huge",
         miss="lock never taken; the precondition's callers are in other files (madvise.c)")
mutation("huge-memory-wp-folio-lock-under-ptl", "6.12", "mm/huge_memory.c",
         [("\tif (!folio_trylock(folio)) {\n\t\tfolio_get(folio);\n\t\tspin_unlock(vmf->ptl);\n\t\tfolio_lock(folio);\n\t\tspin_lock(vmf->ptl);\n\t\tif (unlikely(!pmd_same(*vmf->pmd, orig_pmd))) {\n\t\t\tspin_unlock(vmf->ptl);\n\t\t\tfolio_unlock(folio);\n\t\t\tfolio_put(folio);\n\t\t\treturn 0;\n\t\t}\n\t\tfolio_put(folio);\n\t}\n",
           "\tfolio_lock(folio);\n")],
         "sleep-under-spinlock", "\tfolio_lock(folio);\n\n\t/* Recheck after temporarily dropping the PT lock. */",
         "do_huge_pmd_wp_page() sleeps in folio_lock() under vmf->ptl instead of the trylock-and-drop dance")
mutation("madvise-free-folio-lock-under-ptl", "6.12", "mm/madvise.c",
         [("\t\t\tif (!folio_trylock(folio))\n\t\t\t\tcontinue;\n\t\t\t/*\n\t\t\t * If we have a large folio at this point",
           "\t\t\tfolio_lock(folio);\n\t\t\t/*\n\t\t\t * If we have a large folio at this point")],
         "sleep-under-spinlock", "\t\t\tfolio_lock(folio);\n\t\t\t/*\n\t\t\t * If we have a large folio at this point",
         "madvise_free_pte_range() sleeps in folio_lock() under the PTE ptl where it used folio_trylock()")
mutation("huge-memory-copy-pmd-no-src-ptl", "6.12", "mm/huge_memory.c",
         [("\tdst_ptl = pmd_lock(dst_mm, dst_pmd);\n\tsrc_ptl = pmd_lockptr(src_mm, src_pmd);\n\tspin_lock_nested(src_ptl, SINGLE_DEPTH_NESTING);\n\n\tret = -EAGAIN;\n\tpmd = *src_pmd;",
           "\tdst_ptl = pmd_lock(dst_mm, dst_pmd);\n\n\tret = -EAGAIN;\n\tpmd = *src_pmd;"),
          ("\t\tpte_free(dst_mm, pgtable);\n\t\tspin_unlock(src_ptl);\n\t\tspin_unlock(dst_ptl);\n\t\t__split_huge_pmd(src_vma, src_pmd, addr, false, NULL);",
           "\t\tpte_free(dst_mm, pgtable);\n\t\tspin_unlock(dst_ptl);\n\t\t__split_huge_pmd(src_vma, src_pmd, addr, false, NULL);"),
          ("\tret = 0;\nout_unlock:\n\tspin_unlock(src_ptl);\n\tspin_unlock(dst_ptl);\nout:\n\treturn ret;",
           "\tret = 0;\nout_unlock:\n\tspin_unlock(dst_ptl);\nout:\n\treturn ret;")],
         "pmd-modify", ["\t\t\tset_pmd_at(src_mm, addr, src_pmd, pmd);\n\t\t}\n\t\tadd_mm_counter(dst_mm",
                        "\tpmdp_set_wrprotect(src_mm, addr, src_pmd);\n\tif (!userfaultfd_wp(dst_vma))"],
         "copy_huge_pmd() (fork) write-protects the parent's PMD holding only the child's ptl: the wrong ptl")

mutation("uprobes-find-active-unlocked-slow-path", "6.12", "kernel/events/uprobes.c",
         [("\t\tif (!uprobe)\n\t\t\t*is_swbp = is_trap_at_addr(mm, bp_vaddr);\n",
           "\t\tmmap_read_unlock(mm);\n\t\tif (!uprobe)\n\t\t\t*is_swbp = is_trap_at_addr(mm, bp_vaddr);\n\t\tmmap_read_lock(mm);\n")],
         "gup-mmap", "\t\t\t*is_swbp = is_trap_at_addr(mm, bp_vaddr);",
         "find_active_uprobe_rcu() drops mmap_lock around the slow path (is_trap_at_addr() may fault the page in with get_user_pages(), which needs the lock held)")

mutation("ksm-replace-page-rmap-after-unlock", "6.12", "mm/ksm.c",
         [("\tset_pte_at(mm, addr, ptep, newpte);\n\n\tfolio = page_folio(page);\n",
           "\tset_pte_at(mm, addr, ptep, newpte);\n\tpte_unmap_unlock(ptep, ptl);\n\n\tfolio = page_folio(page);\n"),
          ("\tfolio_put(folio);\n\n\tpte_unmap_unlock(ptep, ptl);\n\terr = 0;", "\tfolio_put(folio);\n\n\terr = 0;")],
         ["rmap-ptl", "mlock-ptl"], "\tfolio_remove_rmap_pte(folio, page, vma);",
         "replace_page() (KSM) drops the PTE ptl right after installing the KSM page, before taking down the old page's rmap (rmap.c: 'The caller needs to hold the page table lock')")
mutation("uprobes-replace-page-rmap-after-walk-done", "6.12", "kernel/events/uprobes.c",
         [("\tfolio_remove_rmap_pte(old_folio, old_page, vma);\n\tif (!folio_mapped(old_folio))\n\t\tfolio_free_swap(old_folio);\n\tpage_vma_mapped_walk_done(&pvmw);\n",
           "\tpage_vma_mapped_walk_done(&pvmw);\n\tfolio_remove_rmap_pte(old_folio, old_page, vma);\n\tif (!folio_mapped(old_folio))\n\t\tfolio_free_swap(old_folio);\n")],
         ["rmap-ptl", "mlock-ptl"], "\tfolio_remove_rmap_pte(old_folio, old_page, vma);",
         "__replace_page() (uprobes) ends the page walk, dropping its PTE ptl, before taking down the old page's rmap")

mutation("util-vm-mmap-read-lock", "6.12", "mm/util.c",
         [("\t\tif (mmap_write_lock_killable(mm))\n\t\t\treturn -EINTR;\n\t\tret = do_mmap(file, addr, len, prot, flag, 0, pgoff, &populate,\n\t\t\t      &uf);\n\t\tmmap_write_unlock(mm);",
           "\t\tif (mmap_read_lock_killable(mm))\n\t\t\treturn -EINTR;\n\t\tret = do_mmap(file, addr, len, prot, flag, 0, pgoff, &populate,\n\t\t\t      &uf);\n\t\tmmap_read_unlock(mm);")],
         # assert-mmap-write (seen in the run): do_mmap()'s callees assert the write lock
         # session 9: pt-free-write too (do_mmap()'s error path, unmap_region(), says true)
         ["mmap-write-api", "assert-mmap-write", "pt-free-write"], "\t\tret = do_mmap(file, addr, len, prot, flag, 0, pgoff, &populate,",
         "vm_mmap_pgoff() maps under mmap_lock for read (do_mmap(): 'The caller must write-lock current->mm->mmap_lock')")

# session 9: the folio lock (folio-locked), written before the rule was run on them
mutation("vmscan-shrink-no-folio-trylock", "6.12", "mm/vmscan.c",
         [("\t\tlist_del(&folio->lru);\n\n\t\tif (!folio_trylock(folio))\n\t\t\tgoto keep;\n",
           "\t\tlist_del(&folio->lru);\n\n")],
         # the expectation named only try_to_unmap() when written; completed after
         # the first run with the function's other folio-locked calls the mutant
         # also leaves unlocked (NOTES 4.2)
         "folio-locked", ["\t\t\tunmap_poisoned_folio(folio, folio_pfn(folio), false);",
                          "\t\t\t\t\t    split_folio_to_list(folio, folio_list))",
                          "\t\t\t\tif (!add_to_swap(folio)) {",
                          "\t\t\t\t\tif (split_folio_to_list(folio, folio_list))",
                          "\t\t\t\t\tif (!add_to_swap(folio))\n",
                          "\t\t\ttry_to_unmap(folio, flags);"],
         "shrink_folio_list() reclaims a folio it never locked: try_to_unmap(), add_to_swap() and __remove_mapping() race with truncation and faults")
mutation("huge-memory-split-pages-no-folio-trylock", "6.12", "mm/huge_memory.c",
         [("\t\t\tgoto next;\n\n\t\tif (!folio_trylock(folio))\n\t\t\tgoto next;\n\t\tfolio_get(folio);\n\t\tfolio_walk_end(&fw, vma);",
           "\t\t\tgoto next;\n\n\t\tfolio_get(folio);\n\t\tfolio_walk_end(&fw, vma);")],
         "folio-locked", "\t\tif (!split_folio_to_order(folio, target_order))\n\t\t\tsplit++;\n\nunlock:\n\n",
         "split_huge_pages_pid() (debugfs split_huge_pages) splits a folio without its lock: split_huge_page_to_list_to_order() needs it")
mutation("madvise-pageout-split-after-unlock", "6.12", "mm/madvise.c",
         [("\t\t\t\tstart_pte = NULL;\n\t\t\t\terr = split_folio(folio);\n\t\t\t\tfolio_unlock(folio);\n\t\t\t\tfolio_put(folio);\n\t\t\t\tstart_pte = pte =",
           "\t\t\t\tstart_pte = NULL;\n\t\t\t\tfolio_unlock(folio);\n\t\t\t\terr = split_folio(folio);\n\t\t\t\tfolio_put(folio);\n\t\t\t\tstart_pte = pte =")],
         "folio-locked", "\t\t\t\terr = split_folio(folio);\n\t\t\t\tfolio_put(folio);\n\t\t\t\tstart_pte = pte =",
         "madvise_cold_or_pageout_pte_range() unlocks the large folio before splitting it")

mutation("memory-fault-expand-stack-under-read", "6.12", "mm/memory.c",
         [("\tif (!mmap_upgrade_trylock(mm)) {\n\t\tif (!upgrade_mmap_lock_carefully(mm, regs))\n\t\t\treturn NULL;\n\n\t\tvma = find_vma(mm, addr);\n\t\tif (!vma)\n\t\t\tgoto fail;\n\t\tif (vma->vm_start <= addr)\n\t\t\tgoto success;\n\t\tif (!(vma->vm_flags & VM_GROWSDOWN))\n\t\t\tgoto fail;\n\t}\n\n\tif (expand_stack_locked(vma, addr))\n\t\tgoto fail;\n\nsuccess:\n\tmmap_write_downgrade(mm);\n\treturn vma;\n\nfail:\n\tmmap_write_unlock(mm);\n\treturn NULL;\n}",
           "\tif (expand_stack_locked(vma, addr))\n\t\tgoto fail;\n\n\treturn vma;\n\nfail:\n\tmmap_read_unlock(mm);\n\treturn NULL;\n}")],
         "vma-tree-write", "\tif (expand_stack_locked(vma, addr))\n\t\tgoto fail;\n\n\treturn vma;",
         "lock_mm_and_find_vma() grows the stack VMA under the mmap read lock it took for the fault: StackRot (CVE-2023-3269, anchors B20), the shape before 8d7071af8907",
         miss="lock_mm_and_find_vma() is an api of the pack (it returns with mmap_lock held): its own body is not analysed, the effect stands for it")

# session 9: the LRU lists (lru-list), written before the rule was run on them
mutation("mlock-new-folio-no-relock", "6.12", "mm/mlock.c",
         [("\tVM_BUG_ON_FOLIO(folio_test_lru(folio), folio);\n\n\tlruvec = folio_lruvec_relock_irq(folio, lruvec);\n",
           "\tVM_BUG_ON_FOLIO(folio_test_lru(folio), folio);\n\n")],
         "lru-list", "out:\n\tlruvec_add_folio(lruvec, folio);",
         "__mlock_new_folio() puts a new mlocked folio on the unevictable list without taking its lruvec's lock (the batch's lruvec may be another one, or none)",
         miss="the caller mlock_folio_batch() passes the lruvec it holds from the previous folio on some paths (NULL on the first): held on some paths at the only caller, undecided, silent")
mutation("swap-page-cache-release-no-relock", "6.12", "mm/swap.c",
         [("\tif (folio_test_lru(folio)) {\n\t\tfolio_lruvec_relock_irqsave(folio, lruvecp, flagsp);\n\t\tlruvec_del_folio(*lruvecp, folio);",
           "\tif (folio_test_lru(folio)) {\n\t\tlruvec_del_folio(*lruvecp, folio);")],
         "lru-list", "\t\tlruvec_del_folio(*lruvecp, folio);\n\t\t__folio_clear_lru_flags(folio);",
         "__page_cache_release() takes a freed folio off its LRU list without its lruvec's lock",
         miss="reported, but at its callers in the same file (swap.c:976, 980: 'call to __page_cache_release() performs an LRU list change'), not at the operation: the lock is its callers' business once the function takes none")

# session 9: pt-move, written before the rule was run on it
mutation("mremap-move-vma-no-vma-write", "6.12", "mm/mremap.c",
         [("\tvma_start_write(vma);\n\tnew_pgoff = vma->vm_pgoff", "\tnew_pgoff = vma->vm_pgoff")],
         "pt-move", "\tmoved_len = move_page_tables(vma, old_addr, new_vma, new_addr, old_len,",
         "move_vma() (mremap) moves the page tables without write-locking the VMA: a fault under the per-VMA read lock races the move",
         miss="reported, but at the move itself (mremap.c:482 in move_pgt_entry(), with the chain of calls), not at move_vma()'s call where the expectation, written before the run, put it")

# session 9: pt-free-write, written before the rule was run on it
mutation("mmap-exit-free-pgtables-read-lock", "6.12", "mm/mmap.c",
         [("\tset_bit(MMF_OOM_SKIP, &mm->flags);\n\tmmap_write_lock(mm);\n\tmt_clear_in_rcu(&mm->mm_mt);",
           "\tset_bit(MMF_OOM_SKIP, &mm->flags);\n\tmmap_read_lock(mm);\n\tmt_clear_in_rcu(&mm->mm_mt);")],
         "pt-free-write", "\tfree_pgtables(&tlb, &vmi.mas, vma, FIRST_USER_ADDRESS,",
         "exit_mmap() frees the page tables telling free_pgtables() mm_wr_locked, under the mmap read lock")

# ------------------------------------------------------------------ controls (6.12)
mutation("control-khugepaged-assert-vma-write", "6.12", "mm/khugepaged.c",
         [("\tvma_start_write(vma);\n\tanon_vma_lock_write(vma->anon_vma);\n",
           "\tvma_start_write(vma);\n\tvma_assert_write_locked(vma);\n\tanon_vma_lock_write(vma->anon_vma);\n")],
         "none", "", "control: an extra assertion in collapse_huge_page()")
mutation("control-mincore-assert", "6.12", "mm/mincore.c",
         [("\t\tretval = do_mincore(start, min(pages, PAGE_SIZE), tmp);\n",
           "\t\tmmap_assert_locked(current->mm);\n\t\tretval = do_mincore(start, min(pages, PAGE_SIZE), tmp);\n")],
         "none", "", "control: mincore() asserts the lock it holds")
mutation("control-mlock-folio-mod-zone", "6.12", "mm/mlock.c",
         [("\t\tzone_stat_mod_folio(folio, NR_MLOCK, nr_pages);\n\t\t__count_vm_events(UNEVICTABLE_PGMLOCKED, nr_pages);\n\t}\n\n\tfolio_get(folio);\n\tif (!folio_batch_add(fbatch, mlock_lru",
           "\t\tmod_zone_page_state(folio_zone(folio), NR_MLOCK, nr_pages);\n\t\t__count_vm_events(UNEVICTABLE_PGMLOCKED, nr_pages);\n\t}\n\n\tfolio_get(folio);\n\tif (!folio_batch_add(fbatch, mlock_lru")],
         "none", "", "control: mlock_folio() with the equivalent irq-safe mod_zone_page_state()")
mutation("control-exit-mmap-assert", "6.12", "mm/mmap.c",
         [("\tvma_iter_set(&vmi, vma->vm_end);\n\tfree_pgtables(",
           "\tvma_iter_set(&vmi, vma->vm_end);\n\tmmap_assert_write_locked(mm);\n\tfree_pgtables(")],
         "none", "", "control: exit_mmap() asserts mmap_lock before freeing page tables")
mutation("control-split-pmd-lockptr", "6.12", "mm/huge_memory.c",
         [("\tptl = pmd_lock(vma->vm_mm, pmd);\n\tsplit_huge_pmd_locked(vma, range.start, pmd, freeze, folio);\n",
           "\tptl = pmd_lockptr(vma->vm_mm, pmd);\n\tspin_lock(ptl);\n\tsplit_huge_pmd_locked(vma, range.start, pmd, freeze, folio);\n")],
         "none", "", "control: __split_huge_pmd() with pmd_lockptr() and spin_lock()")
mutation("control-set-accessed-no-goto", "6.12", "mm/huge_memory.c",
         [("\tif (unlikely(!pmd_same(*vmf->pmd, vmf->orig_pmd)))\n\t\tgoto unlock;\n\n\ttouch_pmd(vmf->vma, vmf->address, vmf->pmd, write);\n\nunlock:\n",
           "\tif (likely(pmd_same(*vmf->pmd, vmf->orig_pmd)))\n\t\ttouch_pmd(vmf->vma, vmf->address, vmf->pmd, write);\n")],
         "none", "", "control: huge_pmd_set_accessed() without the goto")
mutation("control-retract-i_mmap-write", "6.12", "mm/khugepaged.c",
         [("\ti_mmap_lock_read(mapping);\n\tvma_interval_tree_foreach(vma, &mapping->i_mmap, pgoff, pgoff) {",
           "\ti_mmap_lock_write(mapping);\n\tvma_interval_tree_foreach(vma, &mapping->i_mmap, pgoff, pgoff) {"),
          ("\t}\n\ti_mmap_unlock_read(mapping);\n}\n", "\t}\n\ti_mmap_unlock_write(mapping);\n}\n")],
         "none", "", "control: retract_page_tables() with i_mmap_rwsem for write, stronger than needed")
mutation("control-clear-refs-walk-twice", "6.12", "fs/proc/task_mmu.c",
         [("\t\twalk_page_range(mm, 0, -1, &clear_refs_walk_ops, &cp);\n",
           "\t\twalk_page_range(mm, 0, TASK_SIZE / 2, &clear_refs_walk_ops, &cp);\n\t\twalk_page_range(mm, TASK_SIZE / 2, -1, &clear_refs_walk_ops, &cp);\n")],
         "none", "", "control: clear_refs_write() walks in two halves, both under the lock")
mutation("control-vma-link-write-before-i_mmap", "6.12", "mm/vma.c",
         [("\tvma_start_write(vma);\n\tvma_iter_store(&vmi, vma);\n\tvma_link_file(vma);\n",
           "\tvma_iter_store(&vmi, vma);\n\tvma_start_write(vma);\n\tvma_link_file(vma);\n")],
         "none", "", "control: vma_link() write-locks the VMA later, still before i_mmap_rwsem")

mutation("control-mprotect-lock-not-killable", "6.12", "mm/mprotect.c",
         [("\tif (mmap_write_lock_killable(current->mm))\n\t\treturn -EINTR;\n", "\tmmap_write_lock(current->mm);\n")],
         "none", "", "control: do_mprotect_pkey() with a plain mmap_write_lock()")
mutation("control-mincore-killable", "6.12", "mm/mincore.c",
         [("\t\tmmap_read_lock(current->mm);\n\t\tretval = do_mincore",
           "\t\tif (mmap_read_lock_killable(current->mm)) {\n\t\t\tretval = -EINTR;\n\t\t\tbreak;\n\t\t}\n\t\tretval = do_mincore")],
         "none", "", "control: mincore() with mmap_read_lock_killable(), walking only where it succeeded")
mutation("control-retract-i_mmap-trylock", "6.12", "mm/khugepaged.c",
         [("\ti_mmap_lock_read(mapping);\n\tvma_interval_tree_foreach(vma, &mapping->i_mmap, pgoff, pgoff) {",
           "\tif (!i_mmap_trylock_read(mapping))\n\t\treturn;\n\tvma_interval_tree_foreach(vma, &mapping->i_mmap, pgoff, pgoff) {")],
         "none", "", "control: retract_page_tables() gives up when i_mmap_rwsem is contended (it is best effort)")
mutation("control-mremap-rmap-locks-always", "6.12", "mm/mremap.c",
         [("\t/* See comment in move_ptes() */\n\tif (need_rmap_locks)\n\t\ttake_rmap_locks(vma);\n",
           "\t/* See comment in move_ptes() */\n\ttake_rmap_locks(vma);\n"),
          ("\tif (need_rmap_locks)\n\t\tdrop_rmap_locks(vma);\n\n\treturn moved;", "\tdrop_rmap_locks(vma);\n\n\treturn moved;")],
         "none", "", "control: move_pgt_entry() always takes the rmap locks, stronger than needed")

# path correlation (issue 10): the read side of a test forgot its lock
mutation("madvise-read-branch-no-lock", "6.12", "mm/madvise.c",
         [("\t} else {\n\t\tmmap_read_lock(mm);\n\t}\n\n\tstart = untagged_addr_remote(mm, start);",
           "\t}\n\n\tstart = untagged_addr_remote(mm, start);"),
          ("\tif (write)\n\t\tmmap_write_unlock(mm);\n\telse\n\t\tmmap_read_unlock(mm);\n\n\treturn error;",
           "\tif (write)\n\t\tmmap_write_unlock(mm);\n\n\treturn error;")],
         # untagged_addr_remote() asserts mmap_lock first (x86 uaccess_64.h): the
         # report is at that call, and the lock counts as held after it
         "assert-mmap", "\tstart = untagged_addr_remote(mm, start);",
         "do_madvise() takes mmap_lock for write when madvise_need_mmap_write() says so and forgets the read lock otherwise: madvise(2) walks the VMAs unlocked")

# ------------------------------------------------------------------ 6.1
mutation("huge-memory-move-huge-pmd-old-ptl-only", "6.1", "mm/huge_memory.c",
         [("\t\tnew_ptl = pmd_lockptr(mm, new_pmd);\n\t\tif (new_ptl != old_ptl)\n\t\t\tspin_lock_nested(new_ptl, SINGLE_DEPTH_NESTING);\n",
           "\t\tnew_ptl = pmd_lockptr(mm, new_pmd);\n"),
          ("\t\tif (new_ptl != old_ptl)\n\t\t\tspin_unlock(new_ptl);\n\t\tspin_unlock(old_ptl);\n\t\treturn true;",
           "\t\tspin_unlock(old_ptl);\n\t\treturn true;")],
         "pmd-modify", ["pgtable_trans_huge_deposit(mm, new_pmd, pgtable);", "set_pmd_at(mm, new_addr, new_pmd, pmd);"],
         "move_huge_pmd() moves a huge PMD holding only the old PMD's ptl: the nested lock of new_pmd (taken when it differs) is gone, so the deposit and the write of new_pmd are made under another table's lock (split PMD ptlocks)")
mutation("uprobes-find-active-unlocked-slow-path", "6.1", "kernel/events/uprobes.c",
         [("\t\tif (!uprobe)\n\t\t\t*is_swbp = is_trap_at_addr(mm, bp_vaddr);\n",
           "\t\tmmap_read_unlock(mm);\n\t\tif (!uprobe)\n\t\t\t*is_swbp = is_trap_at_addr(mm, bp_vaddr);\n\t\tmmap_read_lock(mm);\n")],
         "gup-mmap", "\t\t\t*is_swbp = is_trap_at_addr(mm, bp_vaddr);",
         "find_active_uprobe() drops mmap_lock around the slow path (is_trap_at_addr() may fault the page in with get_user_pages(), which needs the lock held)")
mutation("ksm-replace-page-rmap-after-unlock", "6.1", "mm/ksm.c",
         [("\tset_pte_at_notify(mm, addr, ptep, newpte);\n\n\tfolio = page_folio(page);\n",
           "\tset_pte_at_notify(mm, addr, ptep, newpte);\n\tpte_unmap_unlock(ptep, ptl);\n\n\tfolio = page_folio(page);\n"),
          ("\tfolio_put(folio);\n\n\tpte_unmap_unlock(ptep, ptl);\n\terr = 0;", "\tfolio_put(folio);\n\n\terr = 0;")],
         ["rmap-ptl", "mlock-ptl"], "\tpage_remove_rmap(page, vma, false);",
         "replace_page() (KSM) drops the PTE ptl right after installing the KSM page, before taking down the old page's rmap (rmap.c: 'The caller needs to hold the pte lock')")
mutation("util-vm-mmap-read-lock", "6.1", "mm/util.c",
         [("\t\tif (mmap_write_lock_killable(mm))\n\t\t\treturn -EINTR;\n\t\tret = do_mmap(file, addr, len, prot, flag, pgoff, &populate,\n\t\t\t      &uf);\n\t\tmmap_write_unlock(mm);",
           "\t\tif (mmap_read_lock_killable(mm))\n\t\t\treturn -EINTR;\n\t\tret = do_mmap(file, addr, len, prot, flag, pgoff, &populate,\n\t\t\t      &uf);\n\t\tmmap_read_unlock(mm);")],
         # assert-mmap-write (seen in the run): do_mmap()'s callees assert the write lock
         ["mmap-write-api", "assert-mmap-write"], "\t\tret = do_mmap(file, addr, len, prot, flag, pgoff, &populate,",
         "vm_mmap_pgoff() maps under mmap_lock for read (do_mmap(): 'The caller must write-lock current->mm->mmap_lock')")
mutation("khugepaged-retract-blocking-mmap-lock", "6.1", "mm/khugepaged.c",
         [("\t\tif ((cc->is_khugepaged || is_target) &&\n\t\t    mmap_write_trylock(mm)) {\n",
           "\t\tif (cc->is_khugepaged || is_target) {\n\t\t\tmmap_write_lock(mm);\n")],
         "lock-order", "\t\t\tmmap_write_lock(mm);\n\t\t\t/*\n\t\t\t * Re-check whether",
         "retract_page_tables() waits for mmap_lock under i_mmap_rwsem: the inversion its trylock avoids")
mutation("khugepaged-retract-no-i_mmap", "6.1", "mm/khugepaged.c",
         [("\ti_mmap_lock_write(mapping);\n\tvma_interval_tree_foreach(vma, &mapping->i_mmap, pgoff, pgoff) {\n\t\tint result = SCAN_FAIL;",
           "\tvma_interval_tree_foreach(vma, &mapping->i_mmap, pgoff, pgoff) {\n\t\tint result = SCAN_FAIL;"),
          ("\t}\n\ti_mmap_unlock_write(mapping);\n\treturn target_result;\n", "\t}\n\treturn target_result;\n")],
         "pt-retract", "\t\t\tcollapse_and_free_pmd(mm, vma, addr, pmd);",
         "retract_page_tables() without i_mmap_rwsem: the 2022 retraction bug (8d3c106e19e8)")
mutation("mincore-walk-after-unlock", "6.1", "mm/mincore.c",
         [("\t\tretval = do_mincore(start, min(pages, PAGE_SIZE), tmp);\n\t\tmmap_read_unlock(current->mm);\n",
           "\t\tmmap_read_unlock(current->mm);\n\t\tretval = do_mincore(start, min(pages, PAGE_SIZE), tmp);\n")],
         # vma-lookup added with that rule: do_mincore()'s find_vma() is after the unlock too
         # session 6: the walk asserts mmap_lock (assert-mmap)
         ["pt-walk", "vma-lookup", "assert-mmap"], "retval = do_mincore(start, min(pages, PAGE_SIZE), tmp);",
         "mincore() walks page tables after mmap_read_unlock() (6.1)")
mutation("task-mmu-clear-refs-after-unlock", "6.1", "fs/proc/task_mmu.c",
         [("\t\twalk_page_range(mm, 0, -1, &clear_refs_walk_ops, &cp);\n\t\tif (type == CLEAR_REFS_SOFT_DIRTY) {\n\t\t\tmmu_notifier_invalidate_range_end(&range);\n\t\t\tflush_tlb_mm(mm);\n\t\t\tdec_tlb_flush_pending(mm);\n\t\t}\nout_unlock:\n\t\tmmap_write_unlock(mm);\n",
           "\t\tif (type == CLEAR_REFS_SOFT_DIRTY) {\n\t\t\tmmu_notifier_invalidate_range_end(&range);\n\t\t\tflush_tlb_mm(mm);\n\t\t\tdec_tlb_flush_pending(mm);\n\t\t}\nout_unlock:\n\t\tmmap_write_unlock(mm);\n\t\twalk_page_range(mm, 0, -1, &clear_refs_walk_ops, &cp);\n")],
         # session 6: the walk asserts mmap_lock (assert-mmap)
         ["pt-walk", "assert-mmap"], "walk_page_range(mm, 0, -1, &clear_refs_walk_ops, &cp);",
         "clear_refs_write() walks after mmap_write_unlock() (6.1)")
mutation("task-mmu-pagemap-killable-ignored", "6.1", "fs/proc/task_mmu.c",
         [("\t\tret = mmap_read_lock_killable(mm);\n\t\tif (ret)\n\t\t\tgoto out_free;\n\t\tret = walk_page_range(mm, start_vaddr, end, &pagemap_ops, &pm);\n",
           "\t\tret = mmap_read_lock_killable(mm);\n\t\tif (ret) {\n\t\t\tret = walk_page_range(mm, start_vaddr, end, &pagemap_ops, &pm);\n\t\t\tgoto out_free;\n\t\t}\n\t\tret = walk_page_range(mm, start_vaddr, end, &pagemap_ops, &pm);\n")],
         # session 6: the walk asserts mmap_lock (assert-mmap)
         ["pt-walk", "assert-mmap"], "\t\t\tret = walk_page_range(mm, start_vaddr, end, &pagemap_ops, &pm);",
         "pagemap_read() walks where mmap_read_lock_killable() failed (6.1)")
mutation("mlock-munlock-nonatomic-test", "6.1", "mm/mlock.c",
         [("munlock:\n\tif (TestClearPageMlocked(page)) {\n\t\tmod_zone_page_state(page_zone(page), NR_MLOCK, -nr_pages);",
           "munlock:\n\tif (PageMlocked(page)) {\n\t\tmod_zone_page_state(page_zone(page), NR_MLOCK, -nr_pages);\n\t\tClearPageMlocked(page);")],
         "mlock-count", "\t\tmod_zone_page_state(page_zone(page), NR_MLOCK, -nr_pages);\n\t\tClearPageMlocked(page);",
         "__munlock_page() counts before a separate clear (6.1): the 2013 NR_MLOCK drift")
mutation("huge-memory-split-pmd-unlocked", "6.1", "mm/huge_memory.c",
         [("\t\t__split_huge_pmd_locked(vma, pmd, range.start, freeze);\n\t}\n\nout:\n\tspin_unlock(ptl);\n",
           "\t\tspin_unlock(ptl);\n\t\t__split_huge_pmd_locked(vma, pmd, range.start, freeze);\n\t\tgoto unlocked;\n\t}\n\nout:\n\tspin_unlock(ptl);\nunlocked:\n")],
         # session 6: the split fills the PTEs with no page-table lock too (pte-modify)
         ["pmd-modify", "mlock-ptl", "pte-modify", "rmap-ptl"], "\t\t__split_huge_pmd_locked(vma, pmd, range.start, freeze);\n\t\tgoto unlocked;",
         "__split_huge_pmd() splits after dropping the PMD ptl (6.1): the PMD change and the munlock_vma_page() inside both lose it")
mutation("mremap-take-rmap-locks-swapped", "6.1", "mm/mremap.c",
         [("\tif (vma->vm_file)\n\t\ti_mmap_lock_write(vma->vm_file->f_mapping);\n\tif (vma->anon_vma)\n\t\tanon_vma_lock_write(vma->anon_vma);\n}",
           "\tif (vma->anon_vma)\n\t\tanon_vma_lock_write(vma->anon_vma);\n\tif (vma->vm_file)\n\t\ti_mmap_lock_write(vma->vm_file->f_mapping);\n}")],
         "lock-order", "\t\ti_mmap_lock_write(vma->vm_file->f_mapping);",
         "take_rmap_locks() (mremap) takes the anon_vma lock before i_mmap_rwsem: two conditional acquisitions inverted on the path of a file VMA with an anon_vma (mm/rmap.c's order)")
mutation("mremap-move-pgt-entry-no-rmap-locks", "6.1", "mm/mremap.c",
         [("\t/* See comment in move_ptes() */\n\tif (need_rmap_locks)\n\t\ttake_rmap_locks(vma);\n\n", ""),
          ("\tif (need_rmap_locks)\n\t\tdrop_rmap_locks(vma);\n\n\treturn moved;", "\treturn moved;")],
         "pt-move", "\t\tmoved = move_normal_pmd(vma, old_addr, new_addr, old_entry,",
         "move_pgt_entry() moves whole PMD/PUD tables without take_rmap_locks() (6.1): the 2021 bug (97113eb39fa7)",
         miss="pt-move encodes the mmap write lock only (6.1): the rmap locks depend on vm_file and anon_vma, tested in take_rmap_locks() (NOTES 3)")
mutation("huge-memory-split-anon-vma-read", "6.1", "mm/huge_memory.c",
         [("\t\tanon_vma_lock_write(anon_vma);\n\t} else {", "\t\tanon_vma_lock_read(anon_vma);\n\t} else {"),
          ("\tif (anon_vma) {\n\t\tanon_vma_unlock_write(anon_vma);\n\t\tput_anon_vma(anon_vma);",
           "\tif (anon_vma) {\n\t\tanon_vma_unlock_read(anon_vma);\n\t\tput_anon_vma(anon_vma);")],
         "thp-split", "\t\t__split_huge_page(page, list, end, mapping);",
         "split_huge_page_to_list() takes the anon_vma lock for read (6.1): the 2013 split bug (062f1af2170a)",
         miss="lock held on some paths only: the file path's i_mmap_rwsem meets the need where the paths join")
mutation("khugepaged-collapse-mmap-read", "6.1", "mm/khugepaged.c",
         [("\tmmap_write_lock(mm);\n\tresult = hugepage_vma_revalidate(mm, address, true, &vma, cc);",
           "\tmmap_read_lock(mm);\n\tresult = hugepage_vma_revalidate(mm, address, true, &vma, cc);"),
          ("out_up_write:\n\tmmap_write_unlock(mm);\nout_nolock:", "out_up_write:\n\tmmap_read_unlock(mm);\nout_nolock:")],
         "pt-retract", "\t_pmd = pmdp_collapse_flush(vma, address, pmd);",
         "collapse_huge_page() under mmap_lock for read (6.1): the 2013 rule, mmap_sem for write around collapse")
mutation("khugepaged-pte-mapped-i_mmap-read", "6.1", "mm/khugepaged.c",
         [("\ti_mmap_lock_write(vma->vm_file->f_mapping);\n\n\t/*\n\t * This spinlock should be unnecessary",
           "\ti_mmap_lock_read(vma->vm_file->f_mapping);\n\n\t/*\n\t * This spinlock should be unnecessary"),
          ("\t\tanon_vma_unlock_write(vma->anon_vma);\n\ti_mmap_unlock_write(vma->vm_file->f_mapping);\n\nmaybe_install_pmd:",
           "\t\tanon_vma_unlock_write(vma->anon_vma);\n\ti_mmap_unlock_read(vma->vm_file->f_mapping);\n\nmaybe_install_pmd:"),
          ("abort:\n\tpte_unmap_unlock(start_pte, ptl);\n\ti_mmap_unlock_write(vma->vm_file->f_mapping);",
           "abort:\n\tpte_unmap_unlock(start_pte, ptl);\n\ti_mmap_unlock_read(vma->vm_file->f_mapping);")],
         "pt-retract", "\tcollapse_and_free_pmd(mm, vma, haddr, pmd);",
         "collapse_pte_mapped_thp() retracts under i_mmap_rwsem for read (6.1): the 2022 rule, i_mmap for write (8d3c106e19e8)",
         miss="lock held on some paths only: mmap_lock W and the anon_vma lock (taken if vma->anon_vma) meet the need")
mutation("mprotect-read-lock", "6.1", "mm/mprotect.c",
         [("\tif (mmap_write_lock_killable(current->mm))\n", "\tif (mmap_read_lock_killable(current->mm))\n")],
         # the VMA changes also assert mmap_lock for write and set anon_vma (anon_vma_clone() in a split)
         ["vma-field-write", "assert-mmap-write", "anon-vma-assign"], "\t\terror = mprotect_fixup(&tlb, vma, &prev, nstart, tmp, newflags);",
         "mprotect() under mmap_lock for read (6.1): mprotect_fixup() writes vm_flags and vm_page_prot, which need mmap_lock for write")
mutation("mlock-read-lock", "6.1", "mm/mlock.c",
         [("\tlocked = len >> PAGE_SHIFT;\n\n\tif (mmap_write_lock_killable(current->mm))\n\t\treturn -EINTR;\n",
           "\tlocked = len >> PAGE_SHIFT;\n\n\tif (mmap_read_lock_killable(current->mm))\n\t\treturn -EINTR;\n"),
          ("\t\terror = apply_vma_lock_flags(start, len, flags);\n\n\tmmap_write_unlock(current->mm);\n",
           "\t\terror = apply_vma_lock_flags(start, len, flags);\n\n\tmmap_read_unlock(current->mm);\n")],
         # the VMA changes also assert mmap_lock for write and set anon_vma (anon_vma_clone() in a split)
         ["vma-field-write", "assert-mmap-write", "anon-vma-assign"], "\t\terror = apply_vma_lock_flags(start, len, flags);",
         "mlock() under mmap_lock for read (6.1): mlock_fixup() writes vm_flags, which needs mmap_lock for write")
mutation("madvise-pageout-split-pmd-unlocked", "6.1", "mm/madvise.c",
         [("\t\t\tspin_unlock(ptl);\n\t\t\tlock_page(page);\n\t\t\terr = split_huge_page(page);\n\t\t\tunlock_page(page);\n",
           "\t\t\tspin_unlock(ptl);\n\t\t\terr = split_huge_page(page);\n")],
         "folio-locked", "\t\t\terr = split_huge_page(page);",
         "madvise_cold_or_pageout_pte_range() splits a PMD-mapped THP without lock_page() (session 9, folio-locked)")
mutation("memory-fault-expand-stack-under-read", "6.1", "mm/memory.c",
         [("\tif (!mmap_upgrade_trylock(mm)) {\n\t\tif (!upgrade_mmap_lock_carefully(mm, regs))\n\t\t\treturn NULL;\n\n\t\tvma = find_vma(mm, addr);\n\t\tif (!vma)\n\t\t\tgoto fail;\n\t\tif (vma->vm_start <= addr)\n\t\t\tgoto success;\n\t\tif (!(vma->vm_flags & VM_GROWSDOWN))\n\t\t\tgoto fail;\n\t}\n\n\tif (expand_stack_locked(vma, addr))\n\t\tgoto fail;\n\nsuccess:\n\tmmap_write_downgrade(mm);\n\treturn vma;\n\nfail:\n\tmmap_write_unlock(mm);\n\treturn NULL;\n}",
           "\tif (expand_stack_locked(vma, addr))\n\t\tgoto fail;\n\n\treturn vma;\n\nfail:\n\tmmap_read_unlock(mm);\n\treturn NULL;\n}")],
         "vma-tree-write", "\tif (expand_stack_locked(vma, addr))\n\t\tgoto fail;\n\n\treturn vma;",
         "lock_mm_and_find_vma() (the 6.1.37 StackRot backport) grows the stack VMA under the mmap read lock (session 9, vma-tree-write)",
         miss="lock_mm_and_find_vma() is an api of the pack: its own body is not analysed")
mutation("mlock-new-page-no-relock", "6.1", "mm/mlock.c",
         [("\tVM_BUG_ON_PAGE(PageLRU(page), page);\n\n\tlruvec = folio_lruvec_relock_irq(page_folio(page), lruvec);\n",
           "\tVM_BUG_ON_PAGE(PageLRU(page), page);\n\n")],
         "lru-list", "out:\n\tadd_page_to_lru_list(page, lruvec);",
         "__mlock_new_page() puts a new mlocked page on the unevictable list without its lruvec's lock (session 9, lru-list)",
         miss="the caller mlock_pagevec() passes the lruvec it holds from the previous page on some paths: undecided at the only caller, silent")
mutation("control-mprotect-lock-not-killable", "6.1", "mm/mprotect.c",
         [("\tif (mmap_write_lock_killable(current->mm))\n\t\treturn -EINTR;\n", "\tmmap_write_lock(current->mm);\n")],
         "none", "", "control: do_mprotect_pkey() with a plain mmap_write_lock() (6.1)")
mutation("control-mincore-assert", "6.1", "mm/mincore.c",
         [("\t\tretval = do_mincore(start, min(pages, PAGE_SIZE), tmp);\n",
           "\t\tmmap_assert_locked(current->mm);\n\t\tretval = do_mincore(start, min(pages, PAGE_SIZE), tmp);\n")],
         "none", "", "control: mincore() asserts the lock it holds (6.1)")
mutation("control-retract-assert", "6.1", "mm/khugepaged.c",
         [("\t\t\tcollapse_and_free_pmd(mm, vma, addr, pmd);\n",
           "\t\t\tmmap_assert_write_locked(mm);\n\t\t\tcollapse_and_free_pmd(mm, vma, addr, pmd);\n")],
         "none", "", "control: retract_page_tables() asserts mmap_lock before the retraction (6.1)")


def make(tree, version, outdir):
    made = 0
    for m in M:
        if m["version"] != version:
            continue
        path = os.path.join(tree, m["path"])
        old = open(path).read()
        new = old
        for a, b in m["edits"]:
            if new.count(a) != 1:
                sys.exit("%s: the text to replace occurs %d times in %s:\n%s"
                         % (m["name"], new.count(a), m["path"], a))
            new = new.replace(a, b)
        def lines_of(ats):
            # 'at': a text on the reported line, or (text, lines below its
            # start); a list when the mutation breaks the rule more than once
            lines = []
            for at in ats if isinstance(ats, list) else [ats]:
                at, below = at if isinstance(at, tuple) else (at, 0)
                if new.count(at) != 1:
                    sys.exit("%s: 'at' occurs %d times" % (m["name"], new.count(at)))
                lines.append(new[:new.index(at)].count("\n") + 1 + below)
            return lines
        # 'rule' is a list when one change breaks several rules at the same
        # lines, a dict {rule: at} when it breaks them at different lines
        if isinstance(m["rule"], dict):
            expect = [(rule, lines_of(at)) for rule, at in m["rule"].items()]
        elif m["rule"] != "none":
            lines = lines_of(m["at"])
            expect = [(rule, lines) for rule in
                      (m["rule"] if isinstance(m["rule"], list) else [m["rule"]])]
        diff = difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                    "a/" + m["path"], "b/" + m["path"], n=3)
        with open(os.path.join(outdir, "%s-%s.patch" % (version, m["name"])), "w") as f:
            f.write("# %s\n" % m["what"])
            f.write("# kernel: %s\n" % version)
            if m["rule"] == "none":
                f.write("# expect: none\n")
            else:
                for rule, lines in expect:
                    for line in lines:
                        f.write("# expect: %s %s:%d\n" % (rule, m["path"], line))
            if m["miss"]:
                f.write("# expect-miss: %s\n" % m["miss"])
            f.writelines(diff)
        made += 1
    print("%d patches for %s" % (made, version))


if __name__ == "__main__":
    make(sys.argv[1], sys.argv[2], os.path.dirname(os.path.abspath(__file__)))
