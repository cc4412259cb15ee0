#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# mutation-scan.sh: recall on mechanical mutants of every lock site of the
# checked files (testsuite/kernel/mutation_scan.py says how they are made
# and judged).  The tree is configured and its checked objects built once
# without the plugin (their .cmd files give each mutant its compile line);
# mutants are compiled in a private directory and never touch the tree.
#
#   KERNEL=6.12 ARCH=x86_64 [SAMPLE=N SEED=S] [OPS=1,2,...] [COCCI=0] testsuite/kernel/mutation-scan.sh
#
# COCCI=1 (the default) also runs the generated Coccinelle rules of the
# rules each counted mutant breaks on it, for the cocci recall column.
#
# Results: the tables on stdout, $LOCKRULES_CACHE/scan-<tag>-<arch>[-sample]/
# summary.txt (with the silent list) and mutants.tsv (one row per mutant).
#
# COCCI_ONLY=1 needs no build and no plugin: the same mutants through the
# Coccinelle rules only (every .c of mm/, arch/x86/mm/ and the two targets
# outside mm/); COCCI_BEFORE=<git revision> adds that revision's cocci/ for
# the same mutants.  Results: $LOCKRULES_CACHE/scan-cocci-<version>/.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/../.." && pwd)
if [ "${COCCI_ONLY:-0}" = 1 ]; then
	KERNEL=${KERNEL:-6.12}
	CACHE=${LOCKRULES_CACHE:-$HOME/.cache/lockrules}
	SRC=$CACHE/linux-source-$KERNEL
	[ -f "$SRC/Makefile" ] || { echo "mutation-scan: no tree at $SRC (make kernel-check KERNEL=$KERNEL unpacks it)" >&2; exit 2; }
	OUT=$CACHE/scan-cocci-$KERNEL
	[ "${SAMPLE:-0}" != 0 ] && OUT=$OUT-sample$SAMPLE-seed${SEED:-1}
	rm -rf "$OUT"
	mkdir -p "$OUT"
	before=()
	if [ -n "${COCCI_BEFORE:-}" ]; then
		mkdir -p "$OUT/cocci-before"
		git -C "$TOP" archive "$COCCI_BEFORE" cocci | tar -x -C "$OUT/cocci-before"
		before=(--cocci-before "$OUT/cocci-before/cocci")
	fi
	"$TOP/plugin/build/packdump" "$TOP/rules/mm.rules" "$KERNEL" > "$OUT/pack.json"
	exec python3 "$TOP/testsuite/kernel/mutation_scan.py" --src "$SRC" --pack "$OUT/pack.json" \
		--version "$KERNEL" --out "$OUT" -j "${JOBS:-2}" --sample "${SAMPLE:-0}" --seed "${SEED:-1}" \
		--ops "${OPS:-1,2,3,4,5,6}" --cocci-only --cocci "$TOP/cocci" "${before[@]+"${before[@]}"}"
fi
# shellcheck source=testsuite/kernel/tree.sh
. "$TOP/testsuite/kernel/tree.sh"
kernel_targets

SAMPLE=${SAMPLE:-0}
SEED=${SEED:-1}
OPS=${OPS:-1,2,3,4,5,6}
COCCI=${COCCI:-1}
cocci_args=()
[ "$COCCI" = 1 ] && cocci_args=(--cocci "$TOP/cocci")
OUT=$CACHE/scan-$TAG-$ARCH
[ "$SAMPLE" != 0 ] && OUT=$OUT-sample$SAMPLE-seed$SEED
rm -rf "$OUT"
mkdir -p "$OUT"

# each checked object's kbuild command line
if ! ls "$BUILD"/mm/.*.o.cmd >/dev/null 2>&1; then
	say "building ${TARGETS[*]} once without the plugin (for the compile lines)"
	"${MAKE[@]}" "${TARGETS[@]}" >"$OUT/build.log" 2>&1 || { tail -20 "$OUT/build.log" >&2; die "the kernel build failed"; }
fi
"$TOP/plugin/build/packdump" "$TOP/rules/mm.rules" "$VERSION" > "$OUT/pack.json"
say "scanning (sample ${SAMPLE:-all}, -j$JOBS)"
DB=$(check_db)
db_args=()
if [ -n "$DB" ]; then
	say "callers in other files: the database $DB"
	db_args=(--db "$DB")
else
	say "DB=none: callers in other files unknown"
fi
python3 "$TOP/testsuite/kernel/mutation_scan.py" --src "$SRC" --build "$BUILD" \
	--pack "$OUT/pack.json" --plugin "$PLUGIN" --version "$VERSION" --out "$OUT" \
	--arch-mm "arch/$KARCH/mm" -j "$JOBS" --sample "$SAMPLE" --seed "$SEED" --ops "$OPS" \
	"${cocci_args[@]+"${cocci_args[@]}"}" "${db_args[@]+"${db_args[@]}"}"
