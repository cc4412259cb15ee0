// SPDX-License-Identifier: GPL-2.0
/*
 * lockrules-sparse: the lockrules checker as a kbuild CHECK= program, for
 * trees built with clang (or gcc) where a GCC plugin cannot load.
 *
 *   make C=1 CHECK=/abs/path/lockrules-sparse mm/                 (gcc)
 *   make LLVM=1 C=1 CHECK=/abs/path/lockrules-sparse mm/          (clang)
 *   make C=1 CHECK="/abs/path/lockrules-sparse --lockrules-kernel=6.1" mm/
 *
 * kbuild runs "$(CHECK) $(CHECKFLAGS) $(c_flags) file.c"; every argument
 * goes to sparse's own option parser (-D, -I, -include, --arch=, -m64,
 * -W..., -f...), except ours:
 *
 *   --lockrules-KEY[=VALUE]  an engine option (the plugin's
 *                            -fplugin-arg-lockrules-KEY=VALUE): kernel=,
 *                            rules=, disable=, error, stats=, debug=
 *   --sparse-checks          show sparse's own warnings and errors too
 *                            (default: quiet; a fatal one is still named)
 *
 * and the environment variable LOCKRULES_SPARSE_OPTIONS="KEY=VALUE ...",
 * the same options, for when CHECK="..." quoting is awkward.  With db= or
 * dbro= (the plugin's cross-unit database), the file's entry is the
 * object kbuild builds from it, read from kbuild's "-Wp,-MMD,dir/.obj.o.d"
 * as the plugin names it (unit= overrides).
 *
 * Per file: sparse parses and evaluates it, this file turns inlining off
 * (a call to a static inline lock helper stays a call, as in GCC's IL
 * after "ssa"), linearizes each function without mem2reg (locals stay
 * named memory, sparse_ir.c), hands it to the engine, and prints the
 * engine's reports in GCC's format:
 *
 *   file:line:col: warning: MSG [-Wlockrules=RULE]
 *   file:line:col: note: ...
 *
 * Exit status 0, or 1 with 'error' when a violation was reported (kbuild
 * then stops), 2 on a bad option or rule pack.
 * Debugging: --lockrules-debug=FUNC prints the engine's view of FUNC;
 * sparse's test-linearize -fno-mem2reg -fno-optim shows the IR.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lib.h"
#include "symbol.h"
#include "expression.h"
#include "linearize.h"
#include "scope.h"
#include "parse.h"
#include "evaluate.h"
#include "expand.h"
#include "sparse_frontend.h"

#define PREFIX "--lockrules-"

static struct lr_options *options;
static int reports;

/*
 * Quiet mode: sparse's own warnings are off (fmax_warnings), and its
 * errors (type complaints such as "incompatible types in conditional
 * expression" on a clean kernel) go to /dev/null while sparse parses and
 * evaluates a file.  A fatal one (die()) still says that sparse gave up.
 */
static int quiet_fd = -1;
static const char *quiet_file;

static void quiet_begin(const char *file)
{
	int null = open("/dev/null", O_WRONLY);

	fflush(stderr);
	quiet_fd = dup(2);
	quiet_file = file;
	if (null >= 0) {
		dup2(null, 2);
		close(null);
	}
}

static void quiet_end(void)
{
	if (quiet_fd < 0)
		return;
	fflush(stderr);
	dup2(quiet_fd, 2);
	close(quiet_fd);
	quiet_fd = -1;
}

static void quiet_atexit(void)
{
	if (quiet_fd < 0)
		return;
	quiet_end();
	fprintf(stderr, "lockrules-sparse: error: sparse gave up on %s; --sparse-checks shows why\n",
		quiet_file ? quiet_file : "the command line");
}

static void show_loc(const struct lr_loc *loc)
{
	fprintf(stderr, "%s:%d:%d: ", loc->file ? loc->file : "<unknown>", loc->line, loc->col);
}

static int emit(const struct lr_diag *d, void *ctx)
{
	int i;

	(void)ctx;
	show_loc(&d->loc);
	fprintf(stderr, "%s: %s [-Wlockrules=%s]\n",
		lr_options_as_errors(options) ? "error" : "warning", d->msg, d->rule_id);
	for (i = 0; i < d->nnotes; i++) {
		show_loc(&d->notes[i].loc);
		fprintf(stderr, "note: %s\n", d->notes[i].msg);
	}
	reports++;
	return 1;
}

static void usage_error(const char *msg)
{
	char help[2048];

	lr_options_help(PREFIX, help, sizeof(help));
	fprintf(stderr, "lockrules-sparse: error: lockrules: %s\n%s  --sparse-checks  show sparse's own warnings too\n",
		msg, help);
	exit(2);
}

static int unit_given;	/* unit= on the command line or in the environment */

static void set_option(char *kv)
{
	char msg[1024], *eq = strchr(kv, '=');

	if (eq)
		*eq++ = '\0';
	unit_given |= !strcmp(kv, "unit");
	switch (lr_options_set(options, kv, eq, msg, sizeof(msg))) {
	case LR_OPT_OK:
		return;
	case LR_OPT_UNKNOWN:
		usage_error(msg);
		return;
	default:
		fprintf(stderr, "lockrules-sparse: error: lockrules: %s\n", msg);
		exit(2);
	}
}

/*
 * The object kbuild builds from this file, the name the GCC plugin gives
 * its database entry: kbuild's c_flags (which CHECK= gets too) name the
 * dependency file, "-Wp,-MMD,mm/.memory.o.d" -> "mm/memory.o".  NULL when
 * the arguments are not kbuild's.
 */
static char *kbuild_object(const char *arg)
{
	const char *path = arg + strlen("-Wp,-MMD,"), *base = strrchr(path, '/');
	size_t dir = base ? (size_t)(base - path + 1) : 0, n;
	char *key;

	base = base ? base + 1 : path;
	n = strlen(base);
	if (base[0] != '.' || n < 5 || strcmp(base + n - 2, ".d"))
		return NULL;
	key = malloc(dir + n + 1);
	if (!key)
		return NULL;
	memcpy(key, path, dir);
	memcpy(key + dir, base + 1, n - 3);	/* ".memory.o.d" -> "memory.o" */
	key[dir + n - 3] = '\0';
	return key;
}

static void load_options(void)
{
	char msg[1024];

	switch (lr_options_load(options, msg, sizeof(msg))) {
	case LR_OPT_OK:
		return;
	case LR_OPT_MALFORMED_PACK:
		fprintf(stderr, "%s\nlockrules-sparse: error: lockrules: the rule file is malformed\n", msg);
		exit(2);
	default:
		fprintf(stderr, "lockrules-sparse: error: lockrules: %s\n", msg);
		exit(2);
	}
}

/*
 * Before expansion: note the unit's functions (calls to them are resolved
 * with their summaries) and turn inlining off for every function of the
 * file scope: sparse's inliner skips a function it believes it is
 * expanding already.
 */
static void note(struct symbol_list *syms)
{
	struct symbol *sym;

	FOR_EACH_PTR(syms, sym) {
		struct symbol *fn = sp_real_type(sym);

		if (!fn || fn->type != SYM_FN)
			continue;
		fn->expanding = 1;
		if (fn->stmt || fn->inline_stmt)
			sp_defined_note(sym);
	} END_FOR_EACH_PTR(sym);
}

/* From the command line's -include files (kbuild's compiler_types.h, ...). */
static struct symbol_list *initial;

/*
 * The file scope has the inline functions, the global scope those of the
 * -include files; the lists the definitions of declared ones.
 */
static void prepare(struct symbol_list *list)
{
	sp_defined_reset();
	note(global_scope->symbols);
	note(file_scope->symbols);
	note(initial);
	note(list);
}

static void check_unit(const char *file, struct symbol_list *list)
{
	struct lr_unit *unit = lr_unit_new(options);
	struct symbol *sym;

	prepare(list);
	FOR_EACH_PTR(list, sym) {
		struct symbol *t = sp_real_type(sym);

		if (t && t->type == SYM_FN) {
			sp_function(unit, sym);
		} else {
			expand_symbol(sym);
			sp_initializer(unit, sym);
		}
	} END_FOR_EACH_PTR(sym);
	/* the static inline functions the walked ones call, and theirs */
	while ((sym = sp_defined_next()))
		sp_function(unit, sym);
	quiet_end();
	lr_unit_analyse(unit, emit, NULL);
	lr_unit_write_stats(unit, options, file);
	lr_unit_free(unit);
}

int main(int argc, char **argv)
{
	struct string_list *filelist = NULL;
	char **sargv = calloc(argc + 1, sizeof(*sargv)), *file, *env, *object = NULL;
	int i, n = 0, sparse_checks = 0;

	options = lr_options_new(PREFIX);
	env = getenv("LOCKRULES_SPARSE_OPTIONS");
	if (env && *env) {
		char *copy = strdup(env), *tok;

		for (tok = strtok(copy, " \t"); tok; tok = strtok(NULL, " \t"))
			set_option(tok);
	}
	sargv[n++] = argv[0];
	for (i = 1; i < argc; i++) {
		if (!strncmp(argv[i], PREFIX, strlen(PREFIX)))
			set_option(argv[i] + strlen(PREFIX));
		else if (!strcmp(argv[i], "--sparse-checks"))
			sparse_checks = 1;
		else
			sargv[n++] = argv[i];
		if (!strncmp(argv[i], "-Wp,-MMD,", 9) && !object)
			object = kbuild_object(argv[i]);
	}
	/* the database entry of the object kbuild builds from the file, as the plugin names it */
	if (object && !unit_given) {
		char *kv = malloc(strlen(object) + 6);

		sprintf(kv, "unit=%s", object);
		set_option(kv);
		free(kv);
	}
	free(object);
	load_options();

	if (!sparse_checks) {
		fmax_warnings = 0;
		atexit(quiet_atexit);
		quiet_begin(NULL);
	}
	initial = sparse_initialize(n, sargv, &filelist);
	quiet_end();
	if (!sparse_checks) {
		fmax_warnings = 0;	/* sparse's own checks: quiet unless asked */
		Wsparse_error = 0;
	}
	/* locals stay named memory: "ptl" is stored and loaded, as GCC names it */
	fpasses &= ~(PASS_MEM2REG | PASS_OPTIM);

	FOR_EACH_PTR(filelist, file) {
		struct symbol_list *list;

		if (!sparse_checks)
			quiet_begin(file);
		list = sparse(file);
		check_unit(file, list);	/* ends quiet mode before the engine reports */
	} END_FOR_EACH_PTR(file);

	i = lr_options_as_errors(options) && reports;
	lr_options_free(options);
	return i;
}
