// SPDX-License-Identifier: GPL-2.0
/*
 * Reports: one per rule and place, a message and notes in GCC's style
 * ("held here: ...", "... was released here", "cite: ...").  A note that
 * does not fit LR_MAX_NOTES and text that does not fit a message are
 * counted as drops (stats line: drop-notes, drop-text).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "internal.h"

struct lr_diag *lr_diag_new(struct lr_unit *u, const char *rule_id, struct lr_loc loc)
{
	struct lr_diag *d;
	int i;

	for (i = 0; i < u->ndiags; i++)
		if (u->diags[i].loc.line == loc.line && u->diags[i].loc.col == loc.col &&
		    u->diags[i].loc.cookie == loc.cookie &&
		    !strcmp(u->diags[i].rule_id, rule_id) &&
		    lr_inst_equal(u->diags[i].loc.file, loc.file))
			return NULL;
	if (u->ndiags == u->cap_diags) {
		u->cap_diags = u->cap_diags ? 2 * u->cap_diags : 8;
		u->diags = lr_xrealloc(u->diags, u->cap_diags * sizeof(*u->diags));
	}
	d = &u->diags[u->ndiags++];
	memset(d, 0, sizeof(*d));
	d->rule_id = rule_id;
	d->loc = loc;
	return d;
}

static void vformat(struct lr_unit *u, char *buf, int len, const char *fmt, va_list ap)
{
	int n = vsnprintf(buf, len, fmt, ap);

	if (n < 0 || n >= len)
		lr_unit_drop(u, LR_DROP_TEXT);
}

void lr_diag_msg(struct lr_unit *u, struct lr_diag *d, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vformat(u, d->msg, sizeof(d->msg), fmt, ap);
	va_end(ap);
}

void lr_diag_note(struct lr_unit *u, struct lr_diag *d, struct lr_loc loc, const char *fmt, ...)
{
	va_list ap;

	if (d->nnotes >= LR_MAX_NOTES) {
		lr_unit_drop(u, LR_DROP_NOTES);
		return;
	}
	d->notes[d->nnotes].loc = loc;
	va_start(ap, fmt);
	vformat(u, d->notes[d->nnotes].msg, sizeof(d->notes[0].msg), fmt, ap);
	va_end(ap);
	d->nnotes++;
}

void lr_describe_class(const struct lr_pack *pack, int cls, enum lr_mode mode, char *buf,
		       int len)
{
	struct lr_atom a = { cls, mode };

	lr_atom_describe(pack, &a, buf, len);
}

/* "mmap_lock (read), the PMD page-table lock": the locks held on every path */
void lr_describe_held(const struct lr_pack *pack, const struct lr_lockset *ls, char *buf,
		      int len)
{
	int i, n = 0, used = 0;
	char one[160];

	buf[0] = '\0';
	for (i = 0; i < ls->nheld; i++) {
		const struct lr_held *h = &ls->held[i];

		if (h->state != LR_HELD || pack->classes[h->cls].kind == LR_KIND_TOKEN)
			continue;
		lr_describe_class(pack, h->cls, h->mode, one, sizeof(one));
		used += snprintf(buf + used, used < len ? len - used : 0, "%s%s%s",
				 n++ ? ", " : "", one,
				 h->origin == LR_ORIG_ASSERTED ? " (asserted)" : "");
		if (used >= len)
			break;
	}
	if (!n)
		snprintf(buf, len, "no lock");
}
