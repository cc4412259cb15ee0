#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# tree.sh: sourced by kernel-check.sh, mutation-check.sh and mutation-scan.sh.
# From KERNEL (6.12, 6.1 or a path) and ARCH (x86_64, arm64, riscv64,
# ppc64le or s390x) it sets SRC, BUILD, VERSION, TAG, KARCH, CROSS,
# DEFCONFIG, PLUGIN and MAKE (an array), installing,
# unpacking and configuring the tree in $LOCKRULES_CACHE the first time.
# FRONTEND=sparse sets CHECKER (plugin/sparse/lockrules-sparse) instead of
# PLUGIN, and installs Debian's sparse, the reference for its cost; LLVM=1
# builds with clang (installed then), in a build directory of its own.
# kernel_targets sets TARGETS: the checked objects of the config.

TOP=$(cd "$(dirname "$0")/../.." && pwd)
KERNEL=${KERNEL:-6.12}
ARCH=${ARCH:-x86_64}
CACHE=${LOCKRULES_CACHE:-$HOME/.cache/lockrules}
JOBS=${JOBS:-$(nproc)}

say() { printf '[%s %s %s] %s\n' "$(basename "$0" .sh)" "$KERNEL" "$ARCH" "$*" >&2; }
die() { say "error: $*"; exit 2; }

# Debian's cross compilers; the plugin of each is plugin/<triple>/lockrules.so
# (the Makefile builds it).  powerpc's plain defconfig is big-endian ppc64:
# ppc64le_defconfig is the little-endian one the compiler targets.
DEFCONFIG=defconfig
case "$ARCH" in
x86_64)  KARCH=x86; CROSS="" ;;
arm64)   KARCH=arm64; CROSS=aarch64-linux-gnu- ;;
riscv64) KARCH=riscv; CROSS=riscv64-linux-gnu- ;;
ppc64le) KARCH=powerpc; CROSS=powerpc64le-linux-gnu-; DEFCONFIG=ppc64le_defconfig ;;
s390x)   KARCH=s390; CROSS=s390x-linux-gnu- ;;
*) die "ARCH=$ARCH: expected x86_64, arm64, riscv64, ppc64le or s390x" ;;
esac
PLUGIN=$TOP/plugin/${CROSS:+${CROSS%-}/}lockrules.so
FRONTEND=${FRONTEND:-gcc}
LLVM=${LLVM:-}
case "$FRONTEND" in
gcc)
	[ -z "$LLVM" ] || die "LLVM=1: a GCC plugin cannot load into clang; use FRONTEND=sparse"
	[ -f "$PLUGIN" ] || die "no plugin at $PLUGIN; run 'make kernel-check ARCH=$ARCH' (or make $PLUGIN)" ;;
sparse)
	CHECKER=$TOP/plugin/sparse/lockrules-sparse
	[ -x "$CHECKER" ] || die "no sparse front end at $CHECKER; run 'make sparse' first" ;;
*) die "FRONTEND=$FRONTEND: expected gcc or sparse" ;;
esac

mkdir -p "$CACHE"
# what unpacking, building and patching a kernel needs
EXTRA_PACKAGES="bc flex bison libelf-dev libssl-dev patch xz-utils" sh "$TOP/testsuite/install-deps.sh"
# Debian's sparse: the reference the sparse front end's cost is measured against
[ "$FRONTEND" = sparse ] && EXTRA_PACKAGES="sparse time" sh "$TOP/testsuite/install-deps.sh"
# clang, only for LLVM=1 builds
[ -n "$LLVM" ] && EXTRA_PACKAGES="clang lld llvm" sh "$TOP/testsuite/install-deps.sh"
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

# ---------------------------------------------------------------- configure
# FLAVOUR=debug adds DEBUG_VM and lockdep: the assertions compile to calls
FLAVOUR=${FLAVOUR:-}
case "$FLAVOUR" in
"") ;;
debug) TAG=$TAG-debug ;;
*) die "FLAVOUR=$FLAVOUR: expected nothing or debug" ;;
esac
[ -n "$LLVM" ] && TAG=$TAG-llvm
# BUILD_NAME: another build directory of the same config (kernel-db.sh: build-full)
BUILD=$CACHE/${BUILD_NAME:-build}-$TAG-$ARCH
MAKE=(make -s -C "$SRC" O="$BUILD" ARCH="$KARCH" -j"$JOBS")
[ -n "$CROSS" ] && [ -z "$LLVM" ] && MAKE+=(CROSS_COMPILE="$CROSS")
[ -n "$LLVM" ] && MAKE+=(LLVM=1)
if [ ! -f "$BUILD/.lockrules-prepared" ]; then
	say "configuring: $DEFCONFIG plus the mm options (kernel-build.md), out of tree"
	mkdir -p "$BUILD"
	"${MAKE[@]}" "$DEFCONFIG" >/dev/null
	# x86_64 defconfig compiles no THP, KSM or memcg code: turn mm on
	"$SRC/scripts/config" --file "$BUILD/.config" \
		-e TRANSPARENT_HUGEPAGE -e READ_ONLY_THP_FOR_FS -e KSM -e MEMCG \
		-e USERFAULTFD -e NUMA_BALANCING -e MEMORY_FAILURE -e ANON_VMA_NAME \
		-e MEM_SOFT_DIRTY -e DAMON -e DAMON_VADDR -e DAMON_PADDR \
		-e IDLE_PAGE_TRACKING -e LRU_GEN -e MEMORY_HOTPLUG -e MEMORY_HOTREMOVE \
		-e ZONE_DEVICE -e DEVICE_PRIVATE -e HMM_MIRROR -e UPROBE_EVENTS
	[ "$FLAVOUR" = debug ] && "$SRC/scripts/config" --file "$BUILD/.config" \
		-e DEBUG_VM -e PROVE_LOCKING -e DEBUG_LOCK_ALLOC
	"${MAKE[@]}" olddefconfig >/dev/null
	say "make prepare"
	"${MAKE[@]}" prepare >/dev/null 2>&1 || "${MAKE[@]}" prepare
	touch "$BUILD/.lockrules-prepared"
fi


# The places that walk or change page tables (each only where the config builds it).
kernel_targets() {
	TARGETS=(mm/ "arch/$KARCH/mm/")
	grep -q '^CONFIG_PROC_FS=y' "$BUILD/.config" && TARGETS+=(fs/proc/task_mmu.o)
	if grep -q '^CONFIG_UPROBES=y' "$BUILD/.config"; then
		TARGETS+=(kernel/events/uprobes.o)
	else
		say "CONFIG_UPROBES is off in this config: kernel/events/uprobes.c not checked"
	fi
}

# The objects kernel_targets builds, deleted (a cold build of them follows)
clean_targets() {
	find "$BUILD/mm" "$BUILD/arch/$KARCH/mm" -name '*.o' -delete 2>/dev/null || true
	rm -f "$BUILD/fs/proc/task_mmu.o" "$BUILD/kernel/events/uprobes.o"
}

# link_db DIR: the database's report step over the objects of TARGETS
# (reports on stdout, the summary line on stderr); DIR ends up linked
link_db() {
	local only=() t
	for t in "${TARGETS[@]}"; do only+=("--only=$t"); done
	"$TOP/plugin/lockrules-db" --link --kernel="$VERSION" "${only[@]}" "$1"
}

# db_state DIR: fresh (linked, made with this pack and kernel version),
# unlinked or stale (lockrules-db --state)
db_state() {
	"$TOP/plugin/lockrules-db" --state --kernel="$VERSION" "$1" || true
}

# The linked cross-unit database of this tree made with this pack, if any:
# the whole kernel's (make kernel-db), else the one of the last
# kernel-check.  Empty if none, or when DB=none.  One made with another
# pack is passed over, and said so: every unit in it would be skipped.
linked_db() {
	local d
	# DB=none: without one (the before/after figures of NOTES 10)
	[ "${DB:-}" = none ] && { echo ""; return; }
	for d in "$CACHE/db-$TAG-$ARCH" "$CACHE/db-check-$TAG-$ARCH"; do
		case $(db_state "$d") in
		fresh) echo "$d"; return ;;
		stale) say "$d was made with another pack: not used" ;;
		esac
	done
	echo ""
}

# check_db: the database trial compiles read (mutation-check): the one
# linked_db finds, else a new one of the checked objects made the way make
# kernel-check makes it (a plugin build of TARGETS with db=, then the
# report step), so that what a mutant reports does not depend on what the
# cache happened to hold.  Empty only when DB=none.
check_db() {
	local d log
	[ "${DB:-}" = none ] && { echo ""; return; }
	d=$(linked_db)
	if [ -z "$d" ]; then
		[ -f "$PLUGIN" ] || die "no plugin at $PLUGIN to make the database with"
		d=$CACHE/db-check-$TAG-$ARCH
		log=$CACHE/db-check-$TAG-$ARCH.log
		kernel_targets
		say "no database made with this pack: building ${TARGETS[*]} with db=$d ($log)"
		rm -rf "$d"
		clean_targets
		"${MAKE[@]}" KCFLAGS="-fplugin=$PLUGIN -fplugin-arg-lockrules-kernel=$VERSION -fplugin-arg-lockrules-db=$d" \
			"${TARGETS[@]}" >"$log" 2>&1 || { cat "$log" >&2; die "the kernel build failed (log: $log)"; }
		link_db "$d" >>"$log" 2>&1 ||
			{ cat "$log" >&2; die "the database's report step failed (log: $log)"; }
	fi
	echo "$d"
}
