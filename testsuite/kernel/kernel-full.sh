#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# kernel-full.sh: a whole kernel (vmlinux) of the kernel-check config, built
# without and then with the plugin (make kernel-full):
#   - no GCC crash (an internal compiler error fails the build, and so this);
#   - every lockrules warning in testsuite/kernel/full-<version>-<arch>.expected;
#   - every object file the same with and without the plugin (debug info and
#     .comment aside, as in kernel-check), and every linked image inside the
#     kernel (the vDSOs) the same but for its build ID;
#   - the build-time ratio.
#
#   KERNEL=6.12|6.1  ARCH=x86_64|arm64|...  [FULL_TARGETS="vmlinux"]  testsuite/kernel/kernel-full.sh
#
# FULL_TARGETS builds something smaller (e.g. "lib/ kernel/") to try the
# script out; the baseline is only meaningful for vmlinux.  Timestamps, user,
# host and build number are fixed (KBUILD_BUILD_*) so that init/version.o
# and friends compare.  A whole vmlinux takes 40 minutes or more on 2 cores.
#
# Build IDs: a vDSO is linked with --build-id=sha1, a hash of the whole file,
# debug info included, and GCC records its command line in the debug info
# (DW_AT_producer, -grecord-gcc-switches is the default), -fplugin=... with
# it.  So arm64's vdso.so gets another build ID with the plugin although its
# code is the same, and so do vdso-wrap.o and vmlinux.o, which embed it.  An
# image is compared with the plain build's ID put back in place of its own
# (readelf -n gives both: arm64's linker script puts the note in a section
# named .note, so it cannot be removed by name); where only its ID changed,
# an object that differs is compared again in the same way.  Both are counted
# apart ("identical but for a build ID").  To see it: readelf -n vdso.so, and
# readelf --debug-dump=info vdso.so.dbg | grep producer.
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

# linked images inside the kernel proper (the vDSOs), compared but for their build ID
images() {
	find "$BUILD" \( -path "$BUILD/scripts" -o -path "$BUILD/tools" \) -prune -o \
		\( -name '*.so' -o -name '*.so.dbg' \) -type f -print
}
build_id() { "${CROSS}readelf" -n "$1" 2>/dev/null | awk '/Build ID:/ { print $3; exit }'; }

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
while read -r o; do
	rel=${o#$BUILD/}
	mkdir -p "$OUT/plain/$(dirname "$rel")"
	strip_to "$o" "$OUT/plain/$rel.code"
	build_id "$o" >"$OUT/plain/$rel.id"
done < <(images)
say "building ${TARGETS[*]} with the plugin"
rm -f "$STATS"
t_plugin=$(build "$OUT/plugin.log" KCFLAGS="$KCFLAGS")
grep -q "internal compiler error" "$OUT/plugin.log" && die "GCC crashed (log: $OUT/plugin.log)"

# "<plugin build's ID> <plain build's ID>" of each image whose ID changed
IDS=$OUT/build-ids
: >"$IDS"
# put_back_ids <ids> <file>: the plain build's IDs back into a copy of the plugin build's file
put_back_ids() {
	python3 - "$1" "$2" <<-'EOF'
	import sys
	data = open(sys.argv[2], "rb").read()
	for line in open(sys.argv[1]):
	    new, old = line.split()
	    data = data.replace(bytes.fromhex(new), bytes.fromhex(old))
	open(sys.argv[2], "wb").write(data)
	EOF
}
same=0; differ=0; same_but_id=0
# the images first: an object that embeds one is then compared with the IDs put back
while read -r o; do
	rel=${o#$BUILD/}
	if [ ! -f "$OUT/plain/$rel.code" ]; then
		differ=$((differ + 1)); echo "only with the plugin: $rel" >&2; continue
	fi
	strip_to "$o" "$OUT/a.so"
	id=$(build_id "$o"); old=$(cat "$OUT/plain/$rel.id")
	if [ -n "$id" ] && [ -n "$old" ] && [ "$id" != "$old" ]; then
		echo "$id $old" >"$OUT/one-id"
		put_back_ids "$OUT/one-id" "$OUT/a.so"
	fi
	if ! cmp -s "$OUT/a.so" "$OUT/plain/$rel.code"; then
		differ=$((differ + 1)); echo "code differs: $rel" >&2
	elif [ "$id" = "$old" ]; then
		same=$((same + 1))
	else
		same_but_id=$((same_but_id + 1)); echo "identical but for its build ID: $rel" >&2
		echo "$id $old" >>"$IDS"
	fi
done < <(images)
rm -f "$OUT/a.so" "$OUT/one-id"
# an object that embeds such an image, with the plain build's IDs put back
same_but_the_id() {
	[ -s "$IDS" ] || return 1
	put_back_ids "$IDS" "$OUT/a.o"
	cmp -s "$OUT/a.o" "$OUT/plain/$1"
}
while read -r o; do
	rel=${o#$BUILD/}
	if [ ! -f "$OUT/plain/$rel" ]; then
		differ=$((differ + 1)); echo "only with the plugin: $rel" >&2; continue
	fi
	strip_to "$o" "$OUT/a.o"
	if cmp -s "$OUT/a.o" "$OUT/plain/$rel"; then
		same=$((same + 1))
	elif same_but_the_id "$rel"; then
		same_but_id=$((same_but_id + 1)); echo "identical but for an embedded image's build ID: $rel" >&2
	else
		differ=$((differ + 1)); echo "code differs: $rel" >&2
	fi
done < <(objects)
rm -f "$OUT/a.o"

EXPECTED=$TOP/testsuite/kernel/full-$TAG-$ARCH.expected
python3 "$TOP/testsuite/kernel/summarise.py" --log "$OUT/plugin.log" --src "$SRC" \
	--stats "$STATS" --expected "$EXPECTED" --plain-seconds "$t_plain" \
	--plugin-seconds "$t_plugin" --same "$same" --differ "$differ" \
	--same-but-build-id "$same_but_id" \
	--title "whole kernel: linux $VERSION ($TAG) $ARCH, ${TARGETS[*]}" --out "$OUT/warnings.txt"
