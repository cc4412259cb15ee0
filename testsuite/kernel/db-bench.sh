#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# db-bench.sh: what the database costs a developer's rebuild of one object:
# OBJ (default mm/memory.o) compiled ROUNDS times plain, ROUNDS times with
# the plugin checking against the linked database (dbro=, so the database
# is not changed) and ROUNDS times writing its entry into a copy of it (db=,
# what each unit of make kernel-db pays), interleaved A B C A B C, medians
# compared.  Uses the
# whole-kernel database (make kernel-db) if there is one, else kernel-check's.
#
#   KERNEL=6.12 ARCH=x86_64 [OBJ=mm/memory.o] [ROUNDS=5] testsuite/kernel/db-bench.sh
set -euo pipefail

TOP=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=testsuite/kernel/tree.sh
. "$TOP/testsuite/kernel/tree.sh"

OBJ=${OBJ:-mm/memory.o}
ROUNDS=${ROUNDS:-5}
DB=$(linked_db)
[ -n "$DB" ] || die "no linked database: run make kernel-check or make kernel-db first"
one() {	# one [KCFLAGS=...]: seconds to rebuild $OBJ
	local start end
	rm -f "$BUILD/$OBJ"
	start=$(date +%s.%N)
	"${MAKE[@]}" "$@" "$OBJ" >/dev/null 2>&1 || die "building $OBJ failed"
	end=$(date +%s.%N)
	echo "$end - $start" | bc
}
# writing (db=) replaces the object's entry: in a copy, so the database stays
WDB=$CACHE/db-bench-copy-$TAG-$ARCH
rm -rf "$WDB"; cp -r "$DB" "$WDB"
plain=(); db=(); wr=()
one >/dev/null	# prerequisites first
for r in $(seq 1 "$ROUNDS"); do
	plain+=("$(one)")
	db+=("$(one KCFLAGS="-fplugin=$PLUGIN -fplugin-arg-lockrules-kernel=$VERSION -fplugin-arg-lockrules-dbro=$DB")")
	wr+=("$(one KCFLAGS="-fplugin=$PLUGIN -fplugin-arg-lockrules-kernel=$VERSION -fplugin-arg-lockrules-db=$WDB")")
done
rm -rf "$WDB"
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
p=$(median "${plain[@]}"); d=$(median "${db[@]}"); w=$(median "${wr[@]}")
echo "lockrules db-bench: linux $VERSION $ARCH, $OBJ, database $DB ($(ls "$DB/units" | wc -l) units, $(du -sk "$DB" | cut -f1) KiB)"
printf '  rebuild: %.2f s with the plugin and the database (dbro=), %.2f s plain: ratio %.2f (median of %d, interleaved)\n' \
	"$d" "$p" "$(echo "$d / $p" | bc -l)" "$ROUNDS"
printf '  writing: %.2f s with the plugin writing its entry (db=, as kernel-db builds): ratio %.2f\n' \
	"$w" "$(echo "$w / $p" | bc -l)"
