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
set -euo pipefail

TOP=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=testsuite/kernel/tree.sh
. "$TOP/testsuite/kernel/tree.sh"

kernel_targets
clean_targets() {
	find "$BUILD/mm" "$BUILD/arch/$KARCH/mm" -name '*.o' -delete 2>/dev/null || true
	rm -f "$BUILD/fs/proc/task_mmu.o" "$BUILD/kernel/events/uprobes.o"
}
objects() {
	find "$BUILD/mm" "$BUILD/arch/$KARCH/mm" -name '*.o' ! -name 'built-in.a' 2>/dev/null
	ls "$BUILD/fs/proc/task_mmu.o" "$BUILD/kernel/events/uprobes.o" 2>/dev/null
}

OUT=$CACHE/results-$TAG-$ARCH
rm -rf "$OUT"
mkdir -p "$OUT/plain"
STATS=$OUT/stats.txt
KCFLAGS="-fplugin=$PLUGIN -fplugin-arg-lockrules-kernel=$VERSION -fplugin-arg-lockrules-stats=$STATS"

build() {	# build <log> [KCFLAGS=...]
	local log=$1 start end
	shift
	clean_targets
	start=$(date +%s.%N)
	"${MAKE[@]}" "$@" "${TARGETS[@]}" >"$log" 2>&1 || { cat "$log" >&2; die "the kernel build failed (log: $log)"; }
	end=$(date +%s.%N)
	echo "$end - $start" | bc
}

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

# ---------------------------------------------------------------- the report
EXPECTED=$TOP/testsuite/kernel/$TAG-$ARCH.expected
python3 "$TOP/testsuite/kernel/summarise.py" --log "$OUT/plugin.log" --src "$SRC" \
	--stats "$STATS" --expected "$EXPECTED" --plain-seconds "$t_plain" \
	--plugin-seconds "$t_plugin" --same "$same" --differ "$differ" \
	--title "linux $VERSION ($TAG) $ARCH" --out "$OUT/warnings.txt"
