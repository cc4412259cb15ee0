// SPDX-License-Identifier: GPL-2.0
/*
 * lru-list: a lruvec's LRU lists change under its lru_lock
 * (__update_lru_size() asserts it).  Firing: a folio added back after the
 * unlock; a helper that moves folios, called by a system call that never
 * takes the lock.  Silent: under folio_lruvec_lock_irq(), and a helper
 * whose only caller holds it.
 */
#include "mm.h"

void putback_after_unlock(struct folio *folio)
{
	struct lruvec *lruvec = folio_lruvec_lock_irq(folio);

	lruvec_del_folio(lruvec, folio);
	unlock_page_lruvec_irq(lruvec);
	lruvec_add_folio(lruvec, folio); /* { dg-warning "LRU list change without the lruvec lock.*-Wlockrules=lru-list" } */
}

static void move_to_tail(struct lruvec *lruvec, struct folio *folio)
{
	lruvec_del_folio(lruvec, folio); /* { dg-warning "lru-list" } */
	lruvec_add_folio_tail(lruvec, folio);
}

long __do_sys_rotate(struct lruvec *lruvec, struct folio *folio) /* { dg-note "no caller holds it: move_to_tail\\(\\) <- __do_sys_rotate\\(\\), a system call" } */
{
	move_to_tail(lruvec, folio);
	return 0;
}

static void move_locked(struct lruvec *lruvec, struct folio *folio)
{
	lruvec_del_folio(lruvec, folio);
	lruvec_add_folio_tail(lruvec, folio);
}

long __do_sys_rotate_locked(struct folio *folio)
{
	struct lruvec *lruvec = folio_lruvec_lock_irq(folio);

	move_locked(lruvec, folio);
	unlock_page_lruvec_irq(lruvec);
	return 0;
}

/*
 * compaction's compact_lock_irqsave(&lruvec->lru_lock, ...): a static
 * wrapper that returns holding its parameter's lock, which the pack
 * describes (the engine does not carry a lock of no class of its own out
 * of a function).
 */
struct cctl { int mode; int contended; };

static bool compact_lock_irqsave(spinlock_t *lock, unsigned long *flags, struct cctl *cc)
{
	if (cc->mode == 1 && !cc->contended) {
		if (spin_trylock(lock))
			return true;
		cc->contended = 1;
	}
	spin_lock(lock);
	return true;
}

long __do_sys_isolate_wrapped(struct lruvec *lruvec, struct folio *folio, struct cctl *cc)
{
	unsigned long flags;

	compact_lock_irqsave(&lruvec->lru_lock, &flags, cc);
	lruvec_del_folio(lruvec, folio);
	spin_unlock(&lruvec->lru_lock);
	lruvec_add_folio(lruvec, folio); /* { dg-warning "lru-list" } */
	return 0;
}
