// SPDX-License-Identifier: GPL-2.0
/*
 * Engine tests of what a call means and of the shared options, without a
 * compiler: calls are handed to lr_func_call() as a front end would, and
 * the events the engine made of them are rendered and compared:
 *
 *   "acquire mmap:R mm" "release ?:- *" "guard stat" "call helper(mm,#1)"
 *   "xcall kfree(p)" (a function defined in another unit)
 *
 * Included by engine_test.c (one binary, one PASS/FAIL stream).
 */

static const char calls_pack_text[] =
	"class mmap rwsem \"mmap_lock\"\n"
	"class vma rwsem \"the per-VMA lock\"\n"
	"class ptl_pmd spin \"the PMD page-table lock\" family ptl\n"
	"class ptl_pte spin \"the PTE page-table lock\" family ptl\n"
	"class ptl spin \"a page-table lock\" satisfies ptl_pmd,ptl_pte family ptl\n"
	"class mlocked token \"an atomic PG_mlocked flip\"\n"
	"field mm_struct.mmap_lock mmap\n"
	"field vm_fault.ptl ptl pointer\n"
	"field spinlock.rlock -\n"
	"passthrough spinlock_check\n"
	"api mmap_read_lock(mm)\n  acquire mmap:R(mm)\n"
	"api mmap_read_trylock(mm)\n  acquire mmap:R(mm) if ret != 0 try\n"
	"api mmap_write_unlock(mm)\n  release vma(*)\n  release mmap(mm)\n"
	"api vma_assert_write_locked(vma)\n  assert mmap:W(vma->vm_mm)\n"
	"api pmd_lock(mm, pmd)\n  acquire ptl_pmd:W(ret)\n"
	"api pmd_lockptr(mm, pmd)\n  lockptr ptl_pmd(ret)\n"
	"api pte_offset_map_nolock(mm, pmd, addr, ptlp)\n  lockptr ptl_pte(*ptlp)\n"
	"api pte_offset_map_lock(mm, pmd, addr, ptlp)\n  acquire ptl_pte:W(*ptlp) if ret != 0\n"
	"api spin_lock(lock)\n  acquire *:W(lock)\n"
	"api spin_unlock(lock)\n  release *(lock)\n"
	"api lock_is_held_type(lock, read)\n  assert *:W(lock) if read == 0\n"
	"  assert *:R(lock) if read != 0\n"
	"api page_vma_mapped_walk_done(pvmw)\n  release ptl(pvmw->ptl) ifheld\n"
	"rule stat\n  what \"NR_MLOCK update\"\n  cite \"test\"\n  needs mlocked:W\n"
	"  calls mod(_, NR_MLOCK) flip\n"
	"rule walk\n  what \"page-table walk\"\n  cite \"test\"\n  needs mmap:R | vma:R\n"
	"  calls walk_page_range\n"
	"order mmap:R < ptl_pmd:W cite \"test\"\n"
	"entry __do_sys_* \"a system call\"\n"
	"callback mm_walk_ops.pmd_entry mmap:R | vma:R \"a pmd_entry\"\n"
	"callback work_struct.func none \"a workqueue function\" cite \"test\"\n";

static struct lr_pack *cpack;

/* The events of block b, rendered: "acquire mmap:R mm; release ?:- *" */
static void render(const struct lr_func *f, int b, char *buf, int len)
{
	static const char *kinds[] = { "acquire", "release", "assert", "guard", "call" };
	int i, j, used = 0;

	buf[0] = '\0';
	for (i = 0; i < f->blocks[b].nevents; i++) {
		const struct lr_event *e = &f->blocks[b].events[i];

		used += snprintf(buf + used, len - used, "%s%s", i ? "; " : "",
				 e->kind == LR_EV_CALL && !e->defined ? "xcall" : kinds[e->kind]);
		if (e->kind == LR_EV_GUARD) {
			used += snprintf(buf + used, len - used, " %s", e->rule->id);
		} else if (e->kind == LR_EV_CALL) {
			used += snprintf(buf + used, len - used, " %s(", e->callee);
			for (j = 0; j < e->nargs; j++)
				used += snprintf(buf + used, len - used, "%s%s%s", j ? "," : "",
						 e->args[j].key, e->args[j].is_const ? "=c" : "");
			used += snprintf(buf + used, len - used, ")");
		} else {
			used += snprintf(buf + used, len - used, " %s:%s %s",
					 e->cls >= 0 ? cpack->classes[e->cls].name : "?",
					 e->mode == LR_MODE_W ? "W" : e->mode == LR_MODE_R ? "R" : "-",
					 e->inst ? e->inst : "-");
			if (e->value)
				used += snprintf(buf + used, len - used, " if v%d%s", e->value,
						 e->when == LR_WHEN_ZERO ? "==0" : "!=0");
			if (e->inst_is_ret)
				used += snprintf(buf + used, len - used, " ret");
			if (e->is_try)
				used += snprintf(buf + used, len - used, " try");
			if (e->if_held)
				used += snprintf(buf + used, len - used, " ifheld");
		}
	}
}

static void check(const char *name, const char *got, const char *want)
{
	if (strcmp(got, want)) {
		printf("FAIL engine/%s: expected \"%s\", got \"%s\"\n", name, want, got);
		failures++;
	} else {
		printf("PASS engine/%s\n", name);
		passes++;
	}
}

static void check_int(const char *name, long got, long want)
{
	char g[32], w[32];

	snprintf(g, sizeof(g), "%ld", got);
	snprintf(w, sizeof(w), "%ld", want);
	check(name, g, w);
}

/* The front end's provenance, as a test: the class and key it was told. */
struct fake_prov {
	int cls;
	const char *key;
};

static int fake_lockclass(void *ctx, int arg, struct lr_key *key)
{
	const struct fake_prov *p = ctx;

	lr_key_var(key, p->key);
	return p->cls;
}

static struct lr_arg args[12];

/* Arguments from a spec: "mm", "&ptl", "#1" (a constant), "=NR_MLOCK" (an enumerator). */
static int make_args(const char *const *spec, int n)
{
	int i;

	memset(args, 0, sizeof(args));
	for (i = 0; i < n; i++) {
		if (spec[i][0] == '#') {
			args[i].is_const = 1;
			args[i].value = atol(spec[i] + 1);
			lr_key_const(&args[i].key, args[i].value);
		} else if (spec[i][0] == '=') {
			args[i].is_const = 1;
			args[i].value = 7;
			args[i].enumerator = spec[i] + 1;
			lr_key_const(&args[i].key, 7);
		} else if (spec[i][0] == '&') {
			struct lr_key obj;

			lr_key_var(&obj, spec[i] + 1);
			lr_key_addr(&args[i].key, &obj);
		} else {
			lr_key_var(&args[i].key, spec[i]);
		}
	}
	return n;
}

/* One call in a fresh function; returns what the engine made of it. */
static void one_call(const char *name, const char *callee, int defined,
		     const char *const *spec, int nargs, int result, const char *result_key,
		     const struct fake_prov *prov, const char *want)
{
	struct lr_unit *u = lr_unit_new_pack(cpack, NULL);
	struct lr_func *f = lr_func_new(u, "f", at(1), 0, NULL);
	int b = lr_func_add_block(f);
	struct lr_call c;
	char got[512];

	memset(&c, 0, sizeof(c));
	c.callee = callee;
	c.defined = defined;
	c.nargs = make_args(spec, nargs);
	c.args = args;
	c.result = result;
	if (result_key)
		lr_key_var(&c.result_key, result_key);
	else
		lr_key_unknown(&c.result_key);
	if (prov) {
		c.lockclass = fake_lockclass;
		c.ctx = (void *)prov;
	}
	c.loc = at(2);
	lr_func_call(f, b, &c);
	render(f, b, got, sizeof(got));
	check(name, got, want);
	lr_unit_free(u);
}

static void test_call_semantics(void)
{
	static const char *mm[] = { "mm" };
	static const char *mmpmd[] = { "mm", "pmd" };
	static const char *vma[] = { "&v" };
	static const char *pte_amp[] = { "mm", "pmd", "addr", "&ptl" };
	static const char *pte_ptr[] = { "mm", "pmd", "addr", "ptlp" };
	static const char *lock[] = { "lock" };
	static const char *held0[] = { "lock", "#0" };
	static const char *held1[] = { "lock", "#1" };
	static const char *heldx[] = { "lock", "read" };
	static const char *stat[] = { "zone", "=NR_MLOCK" };
	static const char *other[] = { "zone", "=NR_FREE" };
	static const char *helper[] = { "mm", "#1", "a", "b", "c", "d", "e", "f", "g", "h", "i" };
	static const char *pvmw[] = { "&pvmw" };
	struct fake_prov pmd = { 2, "ptl" }, untracked = { LR_CLASS_UNTRACKED, "zone.lock" },
			 unknown = { LR_CLASS_UNKNOWN, "p" };

	one_call("call/param", "mmap_read_lock", 0, mm, 1, 0, NULL, NULL, "acquire mmap:R mm");
	one_call("call/param-field", "vma_assert_write_locked", 0, vma, 1, 0, NULL, NULL,
		 "assert mmap:W v.vm_mm");
	one_call("call/deref-address", "pte_offset_map_lock", 0, pte_amp, 4, 9, "pte", NULL,
		 "acquire ptl_pte:W ptl if v9!=0");
	one_call("call/deref-pointer", "pte_offset_map_lock", 0, pte_ptr, 4, 9, "pte", NULL,
		 "acquire ptl_pte:W *ptlp if v9!=0");
	one_call("call/ret", "pmd_lock", 0, mmpmd, 2, 5, "vmf.ptl", NULL,
		 "acquire ptl_pmd:W vmf.ptl ret");
	one_call("call/all-then-param", "mmap_write_unlock", 0, mm, 1, 0, NULL, NULL,
		 "release vma:- *; release mmap:- mm");
	one_call("call/field-ifheld", "page_vma_mapped_walk_done", 0, pvmw, 1, 0, NULL, NULL,
		 "release ptl:- pvmw.ptl ifheld");
	one_call("call/byarg-class", "spin_lock", 0, lock, 1, 0, NULL, &pmd,
		 "acquire ptl_pmd:W ptl");
	one_call("call/byarg-untracked", "spin_lock", 0, lock, 1, 0, NULL, &untracked, "");
	/* a lock of unknown class: held as "maybe any spinlock" (lockset.h, LR_ORIG_UNKNOWN) */
	one_call("call/byarg-unknown-acquire", "spin_lock", 0, lock, 1, 0, NULL, &unknown,
		 "acquire ?:W p");
	one_call("call/byarg-unknown-release", "spin_unlock", 0, lock, 1, 0, NULL, &unknown,
		 "release ?:- p");
	one_call("call/try-result", "mmap_read_trylock", 0, mm, 1, 7, "_7", NULL,
		 "acquire mmap:R mm if v7!=0 try");
	one_call("call/try-result-not-kept", "mmap_read_trylock", 0, mm, 1, 0, NULL, NULL, "");
	one_call("call/cond-const-zero", "lock_is_held_type", 0, held0, 2, 0, NULL, &pmd,
		 "assert ptl_pmd:W ptl");
	one_call("call/cond-const-one", "lock_is_held_type", 0, held1, 2, 0, NULL, &pmd,
		 "assert ptl_pmd:R ptl");
	one_call("call/cond-not-const", "lock_is_held_type", 0, heldx, 2, 0, NULL, &pmd, "");
	one_call("call/guard-enumerator", "mod", 0, stat, 2, 0, NULL, NULL,
		 "guard stat; xcall mod(zone,#7=c)");
	one_call("call/guard-other-enumerator", "mod", 0, other, 2, 0, NULL, NULL,
		 "xcall mod(zone,#7=c)");
	one_call("call/guard-any-args", "flip", 0, mm, 1, 0, NULL, NULL, "guard stat; xcall flip(mm)");
	one_call("call/unit-function-11-args", "helper", 1, helper, 11, 0, NULL, NULL,
		 "call helper(mm,#1=c,a,b,c,d,e,f,g,h,i)");
	one_call("call/external-function", "helper", 0, helper, 11, 0, NULL, NULL,
		 "xcall helper(mm,#1=c,a,b,c,d,e,f,g,h,i)");
	one_call("call/indirect", NULL, 0, mm, 1, 0, NULL, NULL, "");
}

/* A function of one block that makes one call; it is stored in member if given. */
static struct lr_func *one_block_func(struct lr_unit *u, const char *name, int line,
				     const char *callee, int defined)
{
	struct lr_func *f = lr_func_new(u, name, at(line), 0, NULL);
	int b = lr_func_add_block(f);
	struct lr_call c;

	lr_func_set_entry_exit(f, b, b);
	memset(&c, 0, sizeof(c));
	c.callee = callee;
	c.defined = defined;
	lr_key_unknown(&c.result_key);
	c.loc = at(line + 1);
	lr_func_call(f, b, &c);
	return f;
}

struct root_seen {
	int n;
	char text[4][600];
};

static int root_collect(const struct lr_diag *d, void *ctx)
{
	struct root_seen *s = ctx;
	int i, used;

	if (s->n >= 4)
		return 1;
	used = snprintf(s->text[s->n], sizeof(s->text[0]), "%s@%d", d->rule_id, d->loc.line);
	for (i = 0; i < d->nnotes; i++)
		used += snprintf(s->text[s->n] + used, sizeof(s->text[0]) - used, " | %s",
				 d->notes[i].msg);
	s->n++;
	return 1;
}

/* Preconditions at entry points and callbacks (engine/roots.c). */
static void test_roots(void)
{
	struct lr_unit *u = lr_unit_new_pack(cpack, NULL);
	struct root_seen seen = { 0 };
	struct lr_need none = { 0 }, walk = cpack->rules[1].need, mm_r = { 1, { { 1, { { 0, LR_MODE_R } } } } };

	check_int("roots/implied-contract", lr_need_implied(cpack, &walk, &walk), 1);
	check_int("roots/implied-one-alt", lr_need_implied(cpack, &mm_r, &walk), 1);
	check_int("roots/not-implied-by-none", lr_need_implied(cpack, &none, &walk), 0);
	check_int("roots/nothing-needed", lr_need_implied(cpack, &none, &none), 1);
	check_int("roots/entry-glob", lr_pack_entry(cpack, "__do_sys_mincore") != NULL, 1);
	check_int("roots/entry-no-match", lr_pack_entry(cpack, "do_mincore") != NULL, 0);

	one_block_func(u, "walker", 10, "walk_page_range", 0);
	one_block_func(u, "__do_sys_x", 20, "walker", 1);	/* reported at line 11 */
	one_block_func(u, "pmd_cb", 30, "walk_page_range", 0);	/* the contract holds */
	one_block_func(u, "worker", 40, "walk_page_range", 0);	/* reported at line 41 */
	one_block_func(u, "other_cb", 50, "walk_page_range", 0);	/* unknown: silent */
	lr_unit_func_stored(u, "pmd_cb", "mm_walk_ops", "pmd_entry");
	lr_unit_func_stored(u, "worker", "work_struct", "func");
	lr_unit_func_stored(u, "worker", "work_struct", "func");	/* once */
	lr_unit_func_stored(u, "other_cb", "notifier", "call");
	lr_unit_analyse(u, root_collect, &seen);
	check_int("roots/reports", seen.n, 2);
	check("roots/syscall", seen.n > 0 ? seen.text[0] : "",
	      "walk@11 | no caller holds it: walker() <- __do_sys_x(), a system call | cite: test");
	check("roots/callback", seen.n > 1 ? seen.text[1] : "",
	      "walk@41 | no caller holds it: worker(), a workqueue function (work_struct.func)"
	      " | worker() is called so: test | cite: test");
	check_int("roots/met", lr_unit_root_stat(u, LR_ROOT_MET), 1);
	check_int("roots/reported", lr_unit_root_stat(u, LR_ROOT_REPORTED), 2);
	/* walker's own precondition (called in the unit) is no unknown one */
	check_int("roots/unknown", lr_unit_root_stat(u, LR_ROOT_UNKNOWN), 1);
	check_int("roots/stored-once", u->nstored, 3);
	lr_unit_free(u);
}

static void test_guard_disabled(void)
{
	struct lr_rule *r = (struct lr_rule *)lr_pack_rule(cpack, "stat");
	static const char *stat[] = { "zone", "=NR_MLOCK" };

	r->disabled = 1;
	one_call("call/guard-disabled", "mod", 0, stat, 2, 0, NULL, NULL, "xcall mod(zone,#7=c)");
	r->disabled = 0;
}

/* Lock pointers stored through an out-parameter or a store: slots. */
static void test_slots(void)
{
	struct lr_unit *u = lr_unit_new_pack(cpack, NULL);
	struct lr_func *f = lr_func_new(u, "f", at(1), 0, NULL);
	int b = lr_func_add_block(f);
	static const char *spec[] = { "mm", "pmd", "addr", "&ptl" };
	struct lr_call c;
	struct lr_key k;
	char got[128];

	memset(&c, 0, sizeof(c));
	c.callee = "pte_offset_map_nolock";
	c.nargs = make_args(spec, 4);
	c.args = args;
	lr_key_unknown(&c.result_key);
	lr_func_call(f, b, &c);
	lr_key_var(&k, "ptl");
	snprintf(got, sizeof(got), "%s", lr_func_slot(f, &k) >= 0 ?
		 cpack->classes[lr_func_slot(f, &k)].name : "none");
	check("slot/out-parameter", got, "ptl_pte");
	lr_key_var(&k, "vmf.ptl");
	lr_func_store(f, b, &k, lr_pack_class(cpack, "ptl_pmd"));
	check_int("slot/store", lr_func_slot(f, &k), lr_pack_class(cpack, "ptl_pmd"));
	lr_key_var(&k, "other");
	lr_func_store(f, b, &k, LR_CLASS_UNKNOWN);
	check_int("slot/store-unknown", lr_func_slot(f, &k), LR_CLASS_UNKNOWN);
	render(f, b, got, sizeof(got));
	check("slot/no-events", got, "");
	lr_unit_free(u);
}

/* The pack queries a front end's provenance asks. */
static void test_queries(void)
{
	struct lr_unit *u = lr_unit_new_pack(cpack, NULL);
	const char *params[] = { "mm" };
	int cls;

	check_int("query/member-lock", lr_unit_member(u, "mm_struct", "mmap_lock", &cls),
		  LR_MEMBER_LOCK);
	check_int("query/member-lock-class", cls, lr_pack_class(cpack, "mmap"));
	check_int("query/member-lockptr", lr_unit_member(u, "vm_fault", "ptl", &cls),
		  LR_MEMBER_LOCKPTR);
	check_int("query/member-wrapper", lr_unit_member(u, "spinlock", "rlock", &cls),
		  LR_MEMBER_WRAPPER);
	check_int("query/member-none", lr_unit_member(u, "zone", "lock", &cls), LR_MEMBER_NONE);
	check_int("query/member-anonymous", lr_unit_member(u, NULL, NULL, &cls), LR_MEMBER_NONE);
	check_int("query/result-lockptr", lr_unit_result_class(u, "pmd_lockptr"),
		  lr_pack_class(cpack, "ptl_pmd"));
	check_int("query/result-acquire", lr_unit_result_class(u, "pmd_lock"),
		  lr_pack_class(cpack, "ptl_pmd"));
	check_int("query/result-none", lr_unit_result_class(u, "mmap_read_lock"),
		  LR_CLASS_UNKNOWN);
	check_int("query/passthrough", lr_unit_passes_through(u, "spinlock_check"), 0);
	check_int("query/not-passthrough", lr_unit_passes_through(u, "spin_lock"), -1);
	/* the pack models the API's own body: not analysed */
	check_int("query/api-body-skipped",
		  lr_func_new(u, "mmap_read_lock", at(1), 1, params) == NULL, 1);
	lr_unit_free(u);
}

/* Provenance decisions (engine/provenance.c): the facts a front end's IR gives, the engine's answer. */
static void test_provenance(void)
{
	struct lr_unit *u = lr_unit_new_pack(cpack, NULL);
	struct lr_func *f = lr_func_new(u, "f", at(1), 0, NULL);
	int b = lr_func_add_block(f), obj = -1;
	struct lr_key k;
	/* &mm->mmap_lock.dep_map: a lock member, then a member inside the lock */
	const char *rec1[] = { "mm_struct", "rw_semaphore" }, *fld1[] = { "mmap_lock", "dep_map" };
	/* &vmf->ptl->rlock is a load first; &s->lock.rlock: spinlock.rlock wraps a lock the pack does not name */
	const char *rec2[] = { "zone", "spinlock" }, *fld2[] = { "lock", "rlock" };
	/* &x.inner.rlock where inner is a spinlock itself: wrappers only */
	const char *rec3[] = { "spinlock" }, *fld3[] = { "rlock" };

	check_int("provenance/chain-lock",
		  lr_unit_member_chain_class(u, 1, rec1, fld1, &obj), lr_pack_class(cpack, "mmap"));
	check_int("provenance/chain-lock-object", obj, 0);
	check_int("provenance/chain-inside-lock",
		  lr_unit_member_chain_class(u, 2, rec1, fld1, &obj), LR_CLASS_UNTRACKED);
	check_int("provenance/chain-inside-lock-object", obj, 2);
	check_int("provenance/chain-unnamed-lock",
		  lr_unit_member_chain_class(u, 2, rec2, fld2, &obj), LR_CLASS_UNTRACKED);
	check_int("provenance/chain-unnamed-lock-object", obj, 1);
	check_int("provenance/chain-wrappers-only",
		  lr_unit_member_chain_class(u, 1, rec3, fld3, &obj), LR_CLASS_UNKNOWN);
	check_int("provenance/chain-wrappers-only-object", obj, 0);
	check_int("provenance/chain-empty", lr_unit_member_chain_class(u, 0, NULL, NULL, &obj),
		  LR_CLASS_UNKNOWN);
	lr_key_var(&k, "mmlist_lock");
	check_int("provenance/var-global", lr_func_var_class(f, &k, 1), LR_CLASS_UNTRACKED);
	check_int("provenance/var-local", lr_func_var_class(f, &k, 0), LR_CLASS_UNKNOWN);
	lr_func_store(f, b, &k, lr_pack_class(cpack, "ptl_pmd"));
	check_int("provenance/var-slot", lr_func_var_class(f, &k, 1), lr_pack_class(cpack, "ptl_pmd"));
	lr_key_var(&k, "vmf.ptl");
	check_int("provenance/loaded-lockptr-member", lr_func_loaded_class(f, "vm_fault", "ptl", &k),
		  lr_pack_class(cpack, "ptl"));
	check_int("provenance/loaded-other-member", lr_func_loaded_class(f, "vm_fault", "pmd", &k),
		  LR_CLASS_UNKNOWN);
	lr_key_var(&k, "mmlist_lock");
	check_int("provenance/loaded-variable", lr_func_loaded_class(f, NULL, NULL, &k),
		  lr_pack_class(cpack, "ptl_pmd"));
	lr_unit_free(u);
}

/* The shared option helper: messages, the built-in pack, disable, stats. */
static void test_options(void)
{
	struct lr_options *o;
	struct lr_unit *u;
	char msg[512], line[2048] = "", path[] = "/tmp/lockrules-stats-XXXXXX";
	FILE *fp;
	int fd;

	o = lr_options_new("-x-");
	check_int("options/unknown", lr_options_set(o, "bogus", "1", msg, sizeof(msg)),
		  LR_OPT_UNKNOWN);
	check("options/unknown-msg", msg, "unknown option '-x-bogus=1'");
	check_int("options/flag-with-value", lr_options_set(o, "error", "1", msg, sizeof(msg)),
		  LR_OPT_UNKNOWN);
	check_int("options/bad-kernel", lr_options_set(o, "kernel", "six", msg, sizeof(msg)),
		  LR_OPT_ERROR);
	check("options/bad-kernel-msg", msg, "'-x-kernel=six': expected a kernel version such as 6.12");
	lr_options_free(o);

	o = lr_options_new("-x-");
	lr_options_set(o, "disable", "pt-walk,nope", msg, sizeof(msg));
	check_int("options/disable-unknown", lr_options_load(o, msg, sizeof(msg)), LR_OPT_ERROR);
	check("options/disable-unknown-msg", msg, "unknown rule id 'nope' in '-x-disable'");
	lr_options_free(o);

	o = lr_options_new("-x-");
	lr_options_set(o, "rules", "/nonexistent/x.rules", msg, sizeof(msg));
	check_int("options/rules-unreadable", lr_options_load(o, msg, sizeof(msg)), LR_OPT_ERROR);
	lr_options_free(o);

	o = lr_options_new("-x-");
	fd = mkstemp(path);
	if (fd >= 0) {
		(void)!write(fd, "class a spin \"a\"\nrule r\n  needs a:X\n", 35);
		close(fd);
	}
	lr_options_set(o, "rules", path, msg, sizeof(msg));
	check_int("options/rules-malformed", lr_options_load(o, msg, sizeof(msg)),
		  LR_OPT_MALFORMED_PACK);
	check_int("options/rules-malformed-msg", strstr(msg, ":3:11: error: expected a lock mode") != NULL, 1);
	lr_options_free(o);

	/* the built-in pack for 6.1: no per-VMA lock; lock-order off; stats */
	o = lr_options_new("-x-");
	lr_options_set(o, "kernel", "6.1", msg, sizeof(msg));
	lr_options_set(o, "disable", "lock-order,pt-walk", msg, sizeof(msg));
	lr_options_set(o, "stats", path, msg, sizeof(msg));
	check_int("options/builtin-load", lr_options_load(o, msg, sizeof(msg)), LR_OPT_OK);
	u = lr_unit_new(o);
	check_int("options/builtin-6.1-no-vma", u && lr_pack_class(u->pack, "vma") < 0, 1);
	check_int("options/disable-lock-order", u && u->pack->order_disabled, 1);
	check_int("options/disable-rule", u && lr_pack_rule(u->pack, "pt-walk")->disabled, 1);
	if (u) {
		truncate(path, 0);
		u->drops[LR_DROP_KEY] = 3;
		lr_unit_write_stats(u, o, "x.c");
		fp = fopen(path, "r");
		if (fp) {
			(void)!fgets(line, sizeof(line), fp);
			fclose(fp);
		}
	}
	check_int("options/stats-line",
		  !strncmp(line, "unit x.c functions 0 events 0 pt-walk=0 ", 40) &&
		  strstr(line, " lock-order=0 drop-held=0 drop-released=0 drop-facts=0 "
			 "drop-solver=0 drop-rounds=0 drop-key=3 drop-notes=0 drop-text=0 "
			 "pre-met=0 pre-reported=0 pre-unknown=0 pre-facts=0 "
			 "paths-some=0 paths-correlated=0 paths-some-witness=0 "
			 "paths-some-callers=0 paths-some-undecided=0 paths-order=0 paths-order-witness=0 "
			 "paths-order-undecided=0\n") != NULL, 1);
	lr_unit_free(u);
	lr_options_free(o);
	unlink(path);
}
