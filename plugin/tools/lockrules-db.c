// SPDX-License-Identifier: GPL-2.0
/*
 * lockrules-db: the report step of the cross-unit database.
 *
 *   lockrules-db [--link] [--only=PREFIX]... [--kernel=X.Y] [--rules=FILE] [--disable=ID,..] DIR
 *   lockrules-db --state [--kernel=X.Y] [--rules=FILE] DIR
 *
 * After a build with -fplugin-arg-lockrules-db=DIR, reads every unit's
 * facts from DIR, works out across the whole program where each
 * precondition ends up (the engine: engine/wp.c), and prints every report
 * in GCC's format, then a summary line on stderr:
 *
 *   lockrules-db: 118 units, 6210 functions, 52311 call sites (8120 into
 *   other units); preconditions met 40 reported 2 unknown 61 facts 9; ...
 *
 * --only=mm/ reports (and counts) only in the objects whose name starts so.
 * --link marks DIR linked: later compiles with db=DIR report, for their
 * own unit, what this step reports for it.  The options are the plugin's
 * (same pack, same kernel version: files made with another are not read,
 * and counted as stale).  Exit status: 0, or 1 on a usage or pack error.
 *
 * --state reads nothing but the index: it prints 'fresh' (linked, with this
 * pack and kernel version), 'unlinked' or 'stale', exit status 0, 3 or 4;
 * the test scripts use it to decide whether a cached database still holds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "engine.h"

static int emit(const struct lr_diag *d, void *ctx)
{
	int i;

	(void)ctx;
	printf("%s:%d:%d: warning: %s [-Wlockrules=%s]\n", d->loc.file ? d->loc.file : "?",
	       d->loc.line, d->loc.col, d->msg, d->rule_id);
	for (i = 0; i < d->nnotes; i++)
		printf("%s:%d:%d: note: %s\n", d->notes[i].loc.file ? d->notes[i].loc.file : "?",
		       d->notes[i].loc.line, d->notes[i].loc.col, d->notes[i].msg);
	return 1;
}

static int usage(void)
{
	char help[2048];

	lr_options_help("--", help, sizeof(help));
	fprintf(stderr, "usage: lockrules-db [--link] [--only=PREFIX]... [OPTION...] DIR\n"
		"       lockrules-db --state [OPTION...] DIR\n"
		"options:\n%s", help);
	return 1;
}

int main(int argc, char **argv)
{
	struct lr_options *o = lr_options_new("--");
	struct lr_db_stats st;
	const char *dir = NULL, **only = calloc(argc, sizeof(char *));
	char msg[1024];
	int i, link = 0, state = 0, n, nonly = 0;

	for (i = 1; i < argc; i++) {
		char *a = argv[i], *eq;

		if (!strcmp(a, "--link")) {
			link = 1;
		} else if (!strcmp(a, "--state")) {
			state = 1;
		} else if (!strncmp(a, "--only=", 7)) {
			only[nonly++] = a + 7;
		} else if (!strncmp(a, "--", 2)) {
			eq = strchr(a, '=');
			if (eq)
				*eq = '\0';
			if (lr_options_set(o, a + 2, eq ? eq + 1 : NULL, msg, sizeof(msg))) {
				fprintf(stderr, "lockrules-db: %s\n", msg);
				return usage();
			}
		} else if (!dir) {
			dir = a;
		} else {
			return usage();
		}
	}
	if (!dir)
		return usage();
	if (lr_options_load(o, msg, sizeof(msg))) {
		fprintf(stderr, "lockrules-db: %s\n", msg);
		return 1;
	}
	if (state) {
		static const char *const names[] = {
			[LR_DB_FRESH] = "fresh", [LR_DB_UNLINKED] = "unlinked", [LR_DB_STALE] = "stale",
		};
		enum lr_db_state st = lr_db_state(o, dir);

		printf("%s\n", names[st]);
		lr_options_free(o);
		free(only);
		return st == LR_DB_FRESH ? 0 : st == LR_DB_UNLINKED ? 3 : 4;
	}
	n = lr_db_report(o, dir, link, only, nonly, emit, NULL, &st);
	if (n < 0) {
		fprintf(stderr, "lockrules-db: cannot report on '%s'\n", dir);
		return 1;
	}
	fprintf(stderr, "lockrules-db: %ld units, %ld functions, %ld call sites (%ld into other "
		"units), %ld preconditions; at the roots: met %ld reported %ld unknown %ld "
		"facts %ld; undecided callers %ld; stale units %ld; drops %ld; %d reports\n",
		st.units, st.functions, st.sites, st.cross_sites, st.preconditions,
		st.roots[LR_ROOT_MET], st.roots[LR_ROOT_REPORTED], st.roots[LR_ROOT_UNKNOWN],
		st.roots[LR_ROOT_FACTS], st.undecided, st.stale, st.drops, n);
	lr_options_free(o);
	free(only);
	return 0;
}
