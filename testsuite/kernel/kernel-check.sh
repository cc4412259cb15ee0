#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# kernel-check.sh: build the parts of a real kernel that walk or change page
# tables with the lockrules plugin, as a kernel developer would (KCFLAGS), and
# compare the warnings with the triaged baseline.
#
#   KERNEL=6.12|6.1|/path/to/tree  ARCH=x86_64|arm64|riscv64|ppc64le|s390x  testsuite/kernel/kernel-check.sh
#
# Trees and build directories live in $LOCKRULES_CACHE (default
# ~/.cache/lockrules), never in the repository.  Exit status 1 on any warning
# not in testsuite/kernel/<version>-<arch>.expected, or when the plugin
# changed the generated code.
#
# FRONTEND=sparse checks the same objects with the sparse front end the way
# kbuild runs a checker (C=2 CHECK=...) after a plain build, and times it
# against Debian's sparse on the same files (the cost ratio); its warnings
# are compared with the same baseline, less the explained differences of
# testsuite/kernel/<version>-<arch>.sparse-diff.  LLVM=1 builds with clang.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=testsuite/kernel/tree.sh
. "$TOP/testsuite/kernel/tree.sh"

kernel_targets
objects() {
	find "$BUILD/mm" "$BUILD/arch/$KARCH/mm" -name '*.o' ! -name 'built-in.a' 2>/dev/null
	ls "$BUILD/fs/proc/task_mmu.o" "$BUILD/kernel/events/uprobes.o" 2>/dev/null
}

OUT=$CACHE/results-$TAG-$ARCH
[ "$FRONTEND" = sparse ] && OUT=$OUT-sparse
rm -rf "$OUT"
mkdir -p "$OUT/plain"
STATS=$OUT/stats.txt
# The cross-unit database: the whole kernel's (make kernel-db) if there is
# one made with this pack, else a fresh one of the objects built here (the
# cold-build case: the compiles only write, the report step below decides).
# Either way it ends up linked, for mutation-check and for a developer's
# rebuild of one file.  (FRONTEND=sparse leaves it alone: the sparse run
# below has no db= yet.)
DB=$CACHE/db-$TAG-$ARCH
if [ "$(db_state "$DB")" = fresh ]; then
	[ "$FRONTEND" = sparse ] || say "using the whole-kernel database $DB (make kernel-db)"
else
	DB=$CACHE/db-check-$TAG-$ARCH
	[ "$FRONTEND" = sparse ] || rm -rf "$DB"
fi
KCFLAGS="-fplugin=$PLUGIN -fplugin-arg-lockrules-kernel=$VERSION -fplugin-arg-lockrules-stats=$STATS -fplugin-arg-lockrules-db=$DB"

build() {	# build <log> [KCFLAGS=...]
	local log=$1 start end
	shift
	clean_targets
	start=$(date +%s.%N)
	"${MAKE[@]}" "$@" "${TARGETS[@]}" >"$log" 2>&1 || { cat "$log" >&2; die "the kernel build failed (log: $log)"; }
	end=$(date +%s.%N)
	echo "$end - $start" | bc
}

if [ "$FRONTEND" = sparse ]; then
	# the objects, then the checkers alone: C=2 checks every file of the targets
	# incremental: the checkers need the objects' prerequisites, not a rebuild
	say "building ${TARGETS[*]} ($([ -n "$LLVM" ] && echo clang || echo gcc))"
	clean_targets() { :; }
	t_build=$(build "$OUT/plain.log")
	# CPU seconds (user + system of make and every checker it ran), not wall
	# time: on a shared 2-core machine the wall time of a 20 s run varies
	# with the neighbours' load far more than the checkers differ
	check() {	# check <log> <checker...>: CPU seconds
		local log=$1
		shift
		/usr/bin/time -f "%U %S" -o "$log.time" "${MAKE[@]}" C=2 CHECK="$*" "${TARGETS[@]}" >"$log" 2>&1 ||
			{ cat "$log" >&2; die "the checked build failed (log: $log)"; }
		awk '{ print $1 + $2 }' "$log.time"
	}
	ROUNDS=${ROUNDS:-1}
	ref_times=(); sp_times=()
	for round in $(seq 1 "$ROUNDS"); do
		say "checking with Debian's sparse (round $round of $ROUNDS)"
		ref_times+=("$(check "$OUT/sparse-reference.log" sparse)")
		say "checking with lockrules-sparse (round $round of $ROUNDS)"
		rm -f "$STATS"
		sp_times+=("$(check "$OUT/plugin.log" "$CHECKER" --lockrules-kernel="$VERSION" --lockrules-stats="$STATS")")
	done
	median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
	BASE=$TAG; BASE=${BASE%-llvm}
	python3 "$TOP/testsuite/kernel/summarise.py" --log "$OUT/plugin.log" --src "$SRC" \
		--stats "$STATS" --expected "$TOP/testsuite/kernel/$BASE-$ARCH.expected" \
		--sparse-diff "$TOP/testsuite/kernel/$BASE-$ARCH.sparse-diff" \
		--plain-seconds "$(median "${ref_times[@]}")" --plugin-seconds "$(median "${sp_times[@]}")" \
		--build-seconds "$t_build" --frontend sparse --same 0 --differ 0 \
		--title "linux $VERSION ($TAG) $ARCH, sparse front end" --out "$OUT/warnings.txt"
	exit $?
fi

# ROUNDS > 1 (make bench) interleaves plain and plugin builds, A B A B, and
# compares medians: single timings on this kind of machine vary by 30%.
ROUNDS=${ROUNDS:-1}
plain_times=(); plugin_times=()
for round in $(seq 1 "$ROUNDS"); do
	say "building ${TARGETS[*]} without the plugin (round $round of $ROUNDS)"
	plain_times+=("$(build "$OUT/plain.log")")
	while read -r o; do
		mkdir -p "$OUT/plain/$(dirname "${o#$BUILD/}")"
		cp "$o" "$OUT/plain/${o#$BUILD/}"
	done < <(objects)
	say "building ${TARGETS[*]} with the plugin (round $round of $ROUNDS)"
	rm -f "$STATS"
	plugin_times+=("$(build "$OUT/plugin.log" KCFLAGS="$KCFLAGS")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
t_plain=$(median "${plain_times[@]}")
t_plugin=$(median "${plugin_times[@]}")

# ---------------------------------------------------------------- analysis only
# Debug info records the command line (DW_AT_producer): compare all else.
same=0; differ=0
while read -r o; do
	rel=${o#$BUILD/}
	[ -f "$OUT/plain/$rel" ] || continue
	"${CROSS}objcopy" --strip-debug -R .comment "$o" "$OUT/a.o"
	"${CROSS}objcopy" --strip-debug -R .comment "$OUT/plain/$rel" "$OUT/b.o"
	if cmp -s "$OUT/a.o" "$OUT/b.o"; then
		same=$((same + 1))
	else
		differ=$((differ + 1))
		echo "code differs: $rel" >&2
	fi
done < <(objects)
rm -f "$OUT/a.o" "$OUT/b.o"

# ---------------------------------------------------------------- the database
# Where preconditions end up across units: reports in the objects built here.
link_db "$DB" >"$OUT/db-report.log" 2>"$OUT/db-summary.txt" ||
	{ cat "$OUT/db-summary.txt" >&2; die "the database's report step failed"; }
du -sk "$DB" | awk '{ print "db-size-kib", $1 }' >>"$OUT/db-summary.txt"
cat "$OUT/plugin.log" "$OUT/db-report.log" >"$OUT/all.log"

# ---------------------------------------------------------------- the report
EXPECTED=$TOP/testsuite/kernel/$TAG-$ARCH.expected
python3 "$TOP/testsuite/kernel/summarise.py" --log "$OUT/all.log" --src "$SRC" \
	--db-summary "$OUT/db-summary.txt" \
	--stats "$STATS" --expected "$EXPECTED" --plain-seconds "$t_plain" \
	--plugin-seconds "$t_plugin" --same "$same" --differ "$differ" \
	--title "linux $VERSION ($TAG) $ARCH" --out "$OUT/warnings.txt"
