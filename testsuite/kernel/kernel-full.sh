#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# kernel-full.sh: a whole kernel (vmlinux) of the kernel-check config, built
# without and then with the plugin (make kernel-full):
#   - no GCC crash (an internal compiler error fails the build, and so this);
#   - every lockrules warning in testsuite/kernel/full-<version>-<arch>.expected;
#   - every object file the same with and without the plugin (debug info and
#     .comment aside, as in kernel-check);
#   - the build-time ratio.
#
#   KERNEL=6.12|6.1  ARCH=x86_64|arm64|...  [FULL_TARGETS="vmlinux"]  testsuite/kernel/kernel-full.sh
#
# FULL_TARGETS builds something smaller (e.g. "lib/ kernel/") to try the
# script out; the baseline is only meaningful for vmlinux.  Timestamps, user,
# host and build number are fixed (KBUILD_BUILD_*) so that init/version.o
# and friends compare.  A whole vmlinux takes 40 minutes or more on 2 cores.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=testsuite/kernel/tree.sh
. "$TOP/testsuite/kernel/tree.sh"

read -r -a TARGETS <<<"${FULL_TARGETS:-vmlinux}"
export KBUILD_BUILD_TIMESTAMP="Thu Jan  1 00:00:00 UTC 2026" KBUILD_BUILD_USER=lockrules \
	KBUILD_BUILD_HOST=lockrules KBUILD_BUILD_VERSION=1

# every object of the kernel proper: not the host tools of scripts/ and tools/
objects() {
	find "$BUILD" \( -path "$BUILD/scripts" -o -path "$BUILD/tools" \) -prune -o -name '*.o' -print
}

OUT=$CACHE/full-$TAG-$ARCH
rm -rf "$OUT"
mkdir -p "$OUT/plain"
STATS=$OUT/stats.txt
KCFLAGS="-fplugin=$PLUGIN -fplugin-arg-lockrules-kernel=$VERSION -fplugin-arg-lockrules-stats=$STATS"

build() {	# build <log> [KCFLAGS=...]
	local log=$1 start end
	shift
	objects | xargs -r rm -f
	start=$(date +%s.%N)
	"${MAKE[@]}" "$@" "${TARGETS[@]}" >"$log" 2>&1 || { tail -n 50 "$log" >&2; die "the kernel build failed (log: $log)"; }
	end=$(date +%s.%N)
	echo "$end - $start" | bc
}
strip_to() { "${CROSS}objcopy" --strip-debug -R .comment "$1" "$2"; }

say "building ${TARGETS[*]} without the plugin"
t_plain=$(build "$OUT/plain.log")
while read -r o; do
	rel=${o#$BUILD/}
	mkdir -p "$OUT/plain/$(dirname "$rel")"
	strip_to "$o" "$OUT/plain/$rel"
done < <(objects)
say "building ${TARGETS[*]} with the plugin"
rm -f "$STATS"
t_plugin=$(build "$OUT/plugin.log" KCFLAGS="$KCFLAGS")
grep -q "internal compiler error" "$OUT/plugin.log" && die "GCC crashed (log: $OUT/plugin.log)"

same=0; differ=0
while read -r o; do
	rel=${o#$BUILD/}
	if [ ! -f "$OUT/plain/$rel" ]; then
		differ=$((differ + 1)); echo "only with the plugin: $rel" >&2; continue
	fi
	strip_to "$o" "$OUT/a.o"
	if cmp -s "$OUT/a.o" "$OUT/plain/$rel"; then
		same=$((same + 1))
	else
		differ=$((differ + 1)); echo "code differs: $rel" >&2
	fi
done < <(objects)
rm -f "$OUT/a.o"

EXPECTED=$TOP/testsuite/kernel/full-$TAG-$ARCH.expected
python3 "$TOP/testsuite/kernel/summarise.py" --log "$OUT/plugin.log" --src "$SRC" \
	--stats "$STATS" --expected "$EXPECTED" --plain-seconds "$t_plain" \
	--plugin-seconds "$t_plugin" --same "$same" --differ "$differ" \
	--title "whole kernel: linux $VERSION ($TAG) $ARCH, ${TARGETS[*]}" --out "$OUT/warnings.txt"
