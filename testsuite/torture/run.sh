#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# run.sh: make torture.  Unpacks gcc.c-torture/{compile,execute} and gcc.dg
# of Debian's gcc-12-source into $LOCKRULES_CACHE once, then runs
# torture.py with the host plugin and the cross plugin.
#   SAMPLE=N (every Nth file)  JOBS=2  CROSS_TRIPLE=aarch64-linux-gnu
set -eu
TOP=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${LOCKRULES_CACHE:-$HOME/.cache/lockrules}
CROSS_TRIPLE=${CROSS_TRIPLE:-aarch64-linux-gnu}
TARBALL=/usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz
SRC=$CACHE/gcc-12.2.0/gcc/testsuite
if [ ! -d "$SRC/gcc.dg" ]; then
	echo "torture: unpacking GCC's C tests from $TARBALL" >&2
	mkdir -p "$CACHE"
	tar -C "$CACHE" -xJf "$TARBALL" gcc-12.2.0/gcc/testsuite/gcc.c-torture/compile \
		gcc-12.2.0/gcc/testsuite/gcc.c-torture/execute gcc-12.2.0/gcc/testsuite/gcc.dg
fi
exec python3 "$TOP/testsuite/torture/torture.py" --src "$SRC" --jobs "${JOBS:-2}" \
	--sample "${SAMPLE:-1}" --log "$CACHE/torture.log" \
	"gcc:$TOP/plugin/lockrules.so" "$CROSS_TRIPLE-gcc:$TOP/plugin/$CROSS_TRIPLE/lockrules.so"
