#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# kernel-db.sh: build a whole kernel (vmlinux of the kernel-check config)
# with the plugin writing the cross-unit database, then link it:
#
#   KERNEL=6.12|6.1 ARCH=x86_64|arm64 testsuite/kernel/kernel-db.sh
#
# The database goes to $LOCKRULES_CACHE/db-<version>-<arch>; kernel-check.sh
# uses it when it is there (and linked).  The build has a directory of its
# own (build-full-<version>-<arch>) so kernel-check can run beside it, and
# uses a copy of the plugin, so rebuilding the plugin meanwhile is safe.
# Prints the time, the number of objects, the database's size and its
# report step's summary; the reports for the whole kernel go to
# $LOCKRULES_CACHE/db-<version>-<arch>.report (not a baseline: kernel-check
# triages the objects it checks).
set -euo pipefail

BUILD_NAME=build-full
TOP=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=testsuite/kernel/tree.sh
. "$TOP/testsuite/kernel/tree.sh"

DB=$CACHE/db-$TAG-$ARCH
# GCC names a plugin by its file's basename: the copy keeps it
COPY=$CACHE/plugin-db-$TAG-$ARCH/lockrules.so
mkdir -p "$(dirname "$COPY")"
cp "$PLUGIN" "$COPY"
rm -rf "$DB"
# every unit must be compiled with this plugin and pack: kbuild sees the
# same KCFLAGS as last time, so the kernel's objects go first (host tools stay)
if [ -d "$BUILD" ]; then
	find "$BUILD" -name '*.o' ! -path "$BUILD/scripts/*" ! -path "$BUILD/tools/*" -delete
fi
say "building vmlinux with the database in $DB (a whole kernel: this takes a while)"
start=$(date +%s)
"${MAKE[@]}" KCFLAGS="-fplugin=$COPY -fplugin-arg-lockrules-kernel=$VERSION -fplugin-arg-lockrules-db=$DB" \
	vmlinux >"$CACHE/db-$TAG-$ARCH.build.log" 2>&1 ||
	{ tail -30 "$CACHE/db-$TAG-$ARCH.build.log" >&2; die "the kernel build failed"; }
end=$(date +%s)
say "linking the database"
lstart=$(date +%s.%N)
"$TOP/plugin/lockrules-db" --link --kernel="$VERSION" "$DB" >"$CACHE/db-$TAG-$ARCH.report" \
	2>"$CACHE/db-$TAG-$ARCH.summary"
lend=$(date +%s.%N)
echo "lockrules kernel-db: linux $VERSION ($TAG) $ARCH"
echo "  build:      $((end - start)) s for vmlinux with the plugin and db= (log: $CACHE/db-$TAG-$ARCH.build.log)"
echo "  units:      $(ls -A "$DB/units" | wc -l) object files' facts"
echo "  size:       $(du -sk "$DB" | cut -f1) KiB"
printf '  link:       %.1f s\n' "$(echo "$lend - $lstart" | bc)"
echo "  summary:    $(cat "$CACHE/db-$TAG-$ARCH.summary")"
echo "  reports:    $(grep -c ': warning:' "$CACHE/db-$TAG-$ARCH.report" || true) in the whole kernel ($CACHE/db-$TAG-$ARCH.report)"
