#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# sparse-source.sh: unpack Debian's sparse source package (0.6.4, the version
# of Debian's sparse binary) into $LOCKRULES_CACHE and print its directory.
# sparse's library (libsparse.a) is not packaged, its source is: a deb-src
# entry for the suite the machine already uses is added to
# /etc/apt/sources.list.d/ when missing, then 'apt-get source sparse'.
# $DIR/current names the unpacked tree; the Makefile builds libsparse.a
# there.  Nothing is written into the lockrules repository.
set -e
CACHE=${LOCKRULES_CACHE:-$HOME/.cache/lockrules}
DIR=$CACHE/sparse-src
mkdir -p "$DIR"
if [ -f "$DIR/current/linearize.h" ]; then
	echo "$DIR/current"
	exit 0
fi
if [ "$(id -u)" != 0 ]; then
	echo "lockrules: sparse's source is missing in $DIR; run 'make deps' as root" >&2
	exit 1
fi
EXTRA_PACKAGES="dpkg-dev" sh "$(dirname "$0")/install-deps.sh" >&2
LIST=/etc/apt/sources.list.d/lockrules-deb-src.sources
if ! grep -rqs '^Types:.*deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
	# the deb entries' own URIs, suites and key, as deb-src
	src=$(ls /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)
	if [ -n "$src" ]; then
		sed -n 's/^Types:.*deb.*/Types: deb-src/p; /^URIs:/p; /^Suites:/p; /^Components:/p; /^Signed-By:/p; /^$/p' "$src" > "$LIST"
	else
		grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > /etc/apt/sources.list.d/lockrules-deb-src.list
	fi
	echo "lockrules: added deb-src entries for sparse's source" >&2
	apt-get update -q >&2
fi
(cd "$DIR" && apt-get source -q sparse >&2)
found=$(ls -d "$DIR"/sparse-*/ | head -1)
ln -sfn "$(basename "$found")" "$DIR/current"
echo "$DIR/current"
