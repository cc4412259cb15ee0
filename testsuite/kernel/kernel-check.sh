#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# kernel-check.sh: build the parts of a real kernel that walk or change page
# tables with the lockrules plugin, as a kernel developer would (KCFLAGS), and
# compare the warnings with the triaged baseline.
#
#   KERNEL=6.12|6.1|/path/to/tree  ARCH=x86_64|arm64  testsuite/kernel/kernel-check.sh
#
# Trees and build directories live in $LOCKRULES_CACHE (default
# ~/.cache/lockrules), never in the repository.  Exit status 1 on any warning
# not in testsuite/kernel/<version>-<arch>.expected, or when the plugin
# changed the generated code.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/../.." && pwd)
KERNEL=${KERNEL:-6.12}
ARCH=${ARCH:-x86_64}
CACHE=${LOCKRULES_CACHE:-$HOME/.cache/lockrules}
JOBS=${JOBS:-$(nproc)}

say() { printf '[kernel-check %s %s] %s\n' "$KERNEL" "$ARCH" "$*" >&2; }
die() { say "error: $*"; exit 2; }

case "$ARCH" in
x86_64) KARCH=x86; CROSS=""; PLUGIN=$TOP/plugin/lockrules.so ;;
arm64)  KARCH=arm64; CROSS=aarch64-linux-gnu-; PLUGIN=$TOP/plugin/aarch64-linux-gnu/lockrules.so ;;
*) die "ARCH=$ARCH: expected x86_64 or arm64" ;;
esac
[ -f "$PLUGIN" ] || die "no plugin at $PLUGIN; run 'make' first"

mkdir -p "$CACHE"
# ---------------------------------------------------------------- the tree
if [ -d "$KERNEL" ]; then
	SRC=$(cd "$KERNEL" && pwd)
	VERSION=$(make -s -C "$SRC" kernelversion 2>/dev/null | sed 's/^\([0-9]*\.[0-9]*\).*/\1/')
	TAG=custom-$(basename "$SRC")
else
	VERSION=$KERNEL
	TAG=$KERNEL
	SRC=$CACHE/linux-source-$KERNEL
	if [ ! -f "$SRC/Makefile" ]; then
		TARBALL=/usr/src/linux-source-$KERNEL.tar.xz
		if [ ! -f "$TARBALL" ]; then
			say "installing Debian's linux-source-$KERNEL"
			EXTRA_PACKAGES="linux-source-$KERNEL" sh "$TOP/testsuite/install-deps.sh"
		fi
		say "unpacking $TARBALL"
		tar -C "$CACHE" -xf "$TARBALL"
	fi
fi
EXTRA_PACKAGES="bc flex bison libelf-dev libssl-dev" sh "$TOP/testsuite/install-deps.sh"

# ---------------------------------------------------------------- configure
BUILD=$CACHE/build-$TAG-$ARCH
MAKE=(make -s -C "$SRC" O="$BUILD" ARCH="$KARCH" -j"$JOBS")
[ -n "$CROSS" ] && MAKE+=(CROSS_COMPILE="$CROSS")
if [ ! -f "$BUILD/.lockrules-prepared" ]; then
	say "configuring: defconfig plus the mm options (kernel-build.md), out of tree"
	mkdir -p "$BUILD"
	"${MAKE[@]}" defconfig >/dev/null
	# x86_64 defconfig compiles no THP, KSM or memcg code: turn mm on
	"$SRC/scripts/config" --file "$BUILD/.config" \
		-e TRANSPARENT_HUGEPAGE -e READ_ONLY_THP_FOR_FS -e KSM -e MEMCG \
		-e USERFAULTFD -e NUMA_BALANCING -e MEMORY_FAILURE -e ANON_VMA_NAME \
		-e MEM_SOFT_DIRTY -e DAMON -e DAMON_VADDR -e DAMON_PADDR \
		-e IDLE_PAGE_TRACKING -e LRU_GEN -e MEMORY_HOTPLUG -e MEMORY_HOTREMOVE \
		-e ZONE_DEVICE -e DEVICE_PRIVATE -e HMM_MIRROR
	"${MAKE[@]}" olddefconfig >/dev/null
	say "make prepare"
	"${MAKE[@]}" prepare >/dev/null 2>&1 || "${MAKE[@]}" prepare
	touch "$BUILD/.lockrules-prepared"
fi

# The places that walk or change page tables.
TARGETS=(mm/ fs/proc/task_mmu.o kernel/events/uprobes.o arch/$KARCH/mm/)
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

say "building ${TARGETS[*]} without the plugin"
t_plain=$(build "$OUT/plain.log")
while read -r o; do
	mkdir -p "$OUT/plain/$(dirname "${o#$BUILD/}")"
	cp "$o" "$OUT/plain/${o#$BUILD/}"
done < <(objects)
say "building ${TARGETS[*]} with the plugin"
t_plugin=$(build "$OUT/plugin.log" KCFLAGS="$KCFLAGS")

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
