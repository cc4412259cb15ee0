#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# db-bench.sh: what the database costs a developer's rebuild of one object:
# OBJ (default mm/memory.o) compiled ROUNDS times plain and ROUNDS times with
# the plugin checking against the linked database (dbro=, so the database
# is not changed), interleaved A B A B, medians compared.  Uses the
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
plain=(); db=()
one >/dev/null	# prerequisites first
for r in $(seq 1 "$ROUNDS"); do
	plain+=("$(one)")
	db+=("$(one KCFLAGS="-fplugin=$PLUGIN -fplugin-arg-lockrules-kernel=$VERSION -fplugin-arg-lockrules-dbro=$DB")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
p=$(median "${plain[@]}"); d=$(median "${db[@]}")
echo "lockrules db-bench: linux $VERSION $ARCH, $OBJ, database $DB ($(ls "$DB/units" | wc -l) units, $(du -sk "$DB" | cut -f1) KiB)"
printf '  rebuild: %.2f s with the plugin and the database, %.2f s plain: ratio %.2f (median of %d, interleaved)\n' \
	"$d" "$p" "$(echo "$d / $p" | bc -l)" "$ROUNDS"
