// SPDX-License-Identifier: GPL-2.0
/*
 * Engine tests of every fixed limit: what does not fit is counted (the
 * drop counters of the stats line), and a function whose locksets
 * overflowed reports nothing.  Included by engine_test.c.
 */

/* A pack with more classes than a release list holds. */
static struct lr_pack *many_classes_pack(void)
{
	static char text[8192];
	char err[512];
	int i, n = 0;

	for (i = 0; i < LR_MAX_REL + 4; i++)
		n += snprintf(text + n, sizeof(text) - n, "class c%d spin \"lock %d\"\n", i, i);
	n += snprintf(text + n, sizeof(text) - n,
		      "rule r\n  what \"op\"\n  cite \"test\"\n  needs c0:W\n  calls op\n");
	return lr_pack_parse(text, "many.rules", LR_VERSION(6, 12), err, sizeof(err));
}

static long analyse_drops(struct lr_unit *u, enum lr_drop d, int *nreports)
{
	struct seen s;

	memset(&s, 0, sizeof(s));
	lr_unit_analyse(u, collect, &s);
	*nreports = s.n;
	return lr_unit_drops(u, d);
}

/* 25 locks held at once: the held set overflows; the walk after it is not reported. */
static void test_limit_held(void)
{
	struct lr_unit *u = lr_unit_new_pack(pack, NULL);
	struct lr_func *f = lr_func_new(u, "f", at(1), 0, NULL);
	int b = lr_func_add_block(f), i, n;
	char inst[LR_MAX_HELD + 1][16];

	lr_func_set_entry_exit(f, b, b);
	add(f, b, ev(LR_EV_ACQUIRE, "mmap", LR_MODE_R, "mm", 2));
	add(f, b, ev(LR_EV_RELEASE, "mmap", LR_MODE_NONE, "mm", 3));
	for (i = 0; i < LR_MAX_HELD + 1; i++) {
		snprintf(inst[i], sizeof(inst[i]), "p%d", i);
		add(f, b, ev(LR_EV_ACQUIRE, "ptl_pte", LR_MODE_W, inst[i], 4));
	}
	/* would be "walk: mmap_lock released here" */
	add(f, b, guard("walk", 5));
	check_int("limit/held-counted", analyse_drops(u, LR_DROP_HELD, &n), 1);
	check_int("limit/held-reports-nothing", n, 0);
	lr_unit_free(u);
}

/* One lock fewer: no drop, and the report is there (the test above can fail). */
static void test_limit_held_fits(void)
{
	struct lr_unit *u = lr_unit_new_pack(pack, NULL);
	struct lr_func *f = lr_func_new(u, "f", at(1), 0, NULL);
	int b = lr_func_add_block(f), i, n;
	char inst[LR_MAX_HELD][16];

	lr_func_set_entry_exit(f, b, b);
	add(f, b, ev(LR_EV_ACQUIRE, "mmap", LR_MODE_R, "mm", 2));
	add(f, b, ev(LR_EV_RELEASE, "mmap", LR_MODE_NONE, "mm", 3));
	for (i = 0; i < LR_MAX_HELD; i++) {
		snprintf(inst[i], sizeof(inst[i]), "p%d", i);
		add(f, b, ev(LR_EV_ACQUIRE, "ptl_pte", LR_MODE_W, inst[i], 4));
	}
	add(f, b, guard("walk", 5));
	check_int("limit/held-fits-no-drop", analyse_drops(u, LR_DROP_HELD, &n), 0);
	check_int("limit/held-fits-reports", n, 1);
	lr_unit_free(u);
}

/* Releases of more classes than the list holds. */
static void test_limit_released(void)
{
	struct lr_pack *mp = many_classes_pack();
	struct lr_unit *u;
	struct lr_func *f;
	int b, i, n;
	char name[LR_MAX_REL + 4][16];

	if (!mp) {
		check("limit/released-pack", "parse failed", "");
		return;
	}
	u = lr_unit_new_pack(mp, NULL);
	f = lr_func_new(u, "f", at(1), 0, NULL);
	b = lr_func_add_block(f);
	lr_func_set_entry_exit(f, b, b);
	for (i = 0; i < LR_MAX_REL + 1; i++) {
		struct lr_event e;

		snprintf(name[i], sizeof(name[i]), "x%d", i);
		memset(&e, 0, sizeof(e));
		e.kind = LR_EV_ACQUIRE;
		e.cls = i;
		e.mode = LR_MODE_W;
		e.inst = name[i];
		e.loc = at(2);
		lr_block_add_event(f, b, &e);
		e.kind = LR_EV_RELEASE;
		e.loc = at(3);
		lr_block_add_event(f, b, &e);
	}
	check_int("limit/released-counted", analyse_drops(u, LR_DROP_RELEASED, &n), 1);
	lr_unit_free(u);
	lr_pack_free(mp);
}

/*
 * The release-list bug: with the list full, a failed conditional
 * acquisition of another class marked the last, unrelated entry failed.
 */
static void test_note_failed_full(void)
{
	struct lr_lockset ls;
	int i, bad = 0;

	memset(&ls, 0, sizeof(ls));
	for (i = 0; i < LR_MAX_REL; i++)
		lr_lockset_note_release(&ls, i, LR_MODE_W, at(i), 0, NULL);
	lr_lockset_note_failed(&ls, LR_MAX_REL + 1, LR_MODE_W, at(99));
	for (i = 0; i < ls.nrel; i++)
		bad |= ls.rel[i].failed;
	check_int("limit/note-failed-full-marks-nothing", bad, 0);
	check_int("limit/note-failed-full-overflow", !!(ls.overflow & LR_OVF_REL), 1);
	/* and with room, the failure is noted on its own entry */
	memset(&ls, 0, sizeof(ls));
	lr_lockset_note_release(&ls, 0, LR_MODE_W, at(1), 0, NULL);
	lr_lockset_note_failed(&ls, 1, LR_MODE_W, at(2));
	check_int("limit/note-failed-own-entry", ls.nrel == 2 && !ls.rel[0].failed &&
		  ls.rel[1].failed && ls.rel[1].cls == 1, 1);
}

/* More parameter tests on one path than a lockset holds facts. */
static void test_limit_facts(void)
{
	struct lr_unit *u = lr_unit_new_pack(pack, NULL);
	const char *params[] = { "a", "b", "c", "d", "e", "f" };
	struct lr_func *f = lr_func_new(u, "f", at(1), 6, params);
	int blocks[LR_MAX_FACTS + 2], i, n;

	for (i = 0; i < LR_MAX_FACTS + 2; i++)
		blocks[i] = lr_func_add_block(f);
	lr_func_set_entry_exit(f, blocks[0], blocks[LR_MAX_FACTS + 1]);
	for (i = 0; i < LR_MAX_FACTS + 1; i++) {
		struct lr_test t = { LR_TEST_PARAM, 0, i, NULL, 1 };

		lr_block_add_edge(f, blocks[i], blocks[i + 1], &t);
	}
	check_int("limit/facts-counted", analyse_drops(u, LR_DROP_FACTS, &n), 1);
	lr_unit_free(u);
}

/*
 * One parameter tested again and again on a path ("if (dmsg)" in every
 * pt_dump_seq_printf of x86's printk_prot) is one fact, not a drop.
 */
static void test_limit_facts_repeated(void)
{
	struct lr_unit *u = lr_unit_new_pack(pack, NULL);
	const char *params[] = { "dmsg" };
	struct lr_func *f = lr_func_new(u, "f", at(1), 1, params);
	int blocks[LR_MAX_FACTS + 3], i, n;

	for (i = 0; i < LR_MAX_FACTS + 3; i++)
		blocks[i] = lr_func_add_block(f);
	lr_func_set_entry_exit(f, blocks[0], blocks[LR_MAX_FACTS + 2]);
	for (i = 0; i < LR_MAX_FACTS + 2; i++) {
		struct lr_test t = { LR_TEST_PARAM, 0, 0, NULL, 1 };

		lr_block_add_edge(f, blocks[i], blocks[i + 1], &t);
	}
	check_int("limit/facts-repeated-test-no-drop", analyse_drops(u, LR_DROP_FACTS, &n), 0);
	lr_unit_free(u);
}

/* A dataflow budget of nothing: the function is not analysed, and counted. */
static void test_limit_solver(void)
{
	struct lr_unit *u = lr_unit_new_pack(pack, NULL);
	struct lr_func *f = lr_func_new(u, "f", at(1), 0, NULL);
	int b0 = lr_func_add_block(f), b1 = lr_func_add_block(f), n;

	lr_func_set_entry_exit(f, b0, b1);
	add(f, b0, ev(LR_EV_ACQUIRE, "ptl_pte", LR_MODE_W, "ptl", 2));
	lr_block_add_edge(f, b0, b1, NULL);
	add(f, b1, guard("pmd", 3));
	u->solver_budget = 0;
	check_int("limit/solver-counted", analyse_drops(u, LR_DROP_SOLVER, &n), 1);
	check_int("limit/solver-reports-nothing", n, 0);
	lr_unit_free(u);
}

/* A chain of twenty acquirers, callers first: more rounds than LR_ROUNDS (16). */
static void test_limit_rounds(int len, long want)
{
	struct lr_unit *u = lr_unit_new_pack(pack, NULL);
	const char *params[] = { "mm" };
	char names[32][8], label[64];
	int i, n;

	for (i = 0; i < len; i++)
		snprintf(names[i], sizeof(names[i]), "h%d", i);
	for (i = 0; i < len; i++) {
		struct lr_func *f = lr_func_new(u, names[i], at(10 * i), 1, params);
		int b = lr_func_add_block(f);

		lr_func_set_entry_exit(f, b, b);
		if (i + 1 < len)
			add(f, b, call(names[i + 1], "mm", 10 * i + 1));
		else
			add(f, b, ev(LR_EV_ACQUIRE, "mmap", LR_MODE_R, "mm", 10 * i + 1));
	}
	snprintf(label, sizeof(label), "limit/rounds-chain-of-%d", len);
	check_int(label, analyse_drops(u, LR_DROP_ROUNDS, &n), want);
	lr_unit_free(u);
}

/* A key longer than LR_KEY_MAX, handed over with a call. */
static void test_limit_key(void)
{
	struct lr_unit *u = lr_unit_new_pack(cpack, NULL);
	struct lr_func *f = lr_func_new(u, "f", at(1), 0, NULL);
	int b = lr_func_add_block(f);
	char longname[LR_KEY_MAX + 40];
	struct lr_call c;
	struct lr_arg a;

	memset(longname, 'x', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	memset(&a, 0, sizeof(a));
	lr_key_var(&a.key, "vmf");
	lr_key_member(&a.key, &a.key, longname);
	check_int("limit/key-builder-marks", a.key.truncated, 1);
	memset(&c, 0, sizeof(c));
	c.callee = "mmap_read_lock";
	c.nargs = 1;
	c.args = &a;
	lr_key_unknown(&c.result_key);
	lr_func_call(f, b, &c);
	check_int("limit/key-counted", lr_unit_drops(u, LR_DROP_KEY), 1);
	lr_key_var(&a.key, "mm");
	lr_func_call(f, b, &c);
	check_int("limit/key-short-not-counted", lr_unit_drops(u, LR_DROP_KEY), 1);
	lr_unit_free(u);
}

/* Notes past LR_MAX_NOTES, and text past a message's size. */
static void test_limit_notes_text(void)
{
	struct lr_unit *u = lr_unit_new_pack(pack, NULL);
	struct lr_diag *d = lr_diag_new(u, "walk", at(1));
	char big[600];
	int i;

	for (i = 0; i < LR_MAX_NOTES + 2; i++)
		lr_diag_note(u, d, at(1), "note %d", i);
	check_int("limit/notes-counted", lr_unit_drops(u, LR_DROP_NOTES), 2);
	check_int("limit/notes-kept", d->nnotes, LR_MAX_NOTES);
	memset(big, 'y', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	lr_diag_msg(u, d, "%s", big);
	check_int("limit/text-counted", lr_unit_drops(u, LR_DROP_TEXT), 1);
	lr_diag_msg(u, d, "%s", "short");
	check_int("limit/text-short-not-counted", lr_unit_drops(u, LR_DROP_TEXT), 1);
	lr_unit_free(u);
}

static void test_limits(void)
{
	test_limit_held();
	test_limit_held_fits();
	test_limit_released();
	test_note_failed_full();
	test_limit_facts();
	test_limit_facts_repeated();
	test_limit_solver();
	test_limit_rounds(20, 1);
	test_limit_rounds(4, 0);
	test_limit_key();
	test_limit_notes_text();
}
