#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# db-bench.sh: what the cross-unit database costs, as ratios measured in
# one run with and without, interleaved.  Times the compiler itself (the
# command kbuild saved in the object's .cmd file, without the plugin
# arguments it was built with), not make's walk of the tree, which would
# only dilute the ratio.
#
#   KERNEL=6.12 ARCH=x86_64 [OBJ=mm/memory.o] [ROUNDS=5] [EVERY=20] db-bench.sh
#
# 1. A developer's rebuild of one object (OBJ): ROUNDS times plain, with the
#    plugin checking against the linked database (dbro=: the database is
#    read, the index picks the units, nothing is written) and with the
#    plugin writing its entry into a copy (db=), A B C A B C, medians.
# 2. The whole vmlinux with db= (what make kernel-db pays), estimated on a
#    sample: every EVERY-th unit of the database, each compiled plain and
#    writing into an empty (cold, unlinked) database, alternating which
#    goes first; the sums scaled to all units, plus the link step
#    (lockrules-db --link, timed on a copy of the database).
# Uses the whole-kernel database (make kernel-db) and its build directory;
# without one, part 1 runs against kernel-check's and part 2 is skipped.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/../.." && pwd)
CACHE_PEEK=${LOCKRULES_CACHE:-$HOME/.cache/lockrules}
# the whole-kernel database's build directory has every object's .cmd
if [ -f "$CACHE_PEEK/db-${KERNEL:-6.12}-${ARCH:-x86_64}/linked" ] &&
   [ -d "$CACHE_PEEK/build-full-${KERNEL:-6.12}-${ARCH:-x86_64}" ]; then
	BUILD_NAME=build-full
fi
# shellcheck source=testsuite/kernel/tree.sh
. "$TOP/testsuite/kernel/tree.sh"

OBJ=${OBJ:-mm/memory.o}
ROUNDS=${ROUNDS:-5}
EVERY=${EVERY:-20}
DB=$(linked_db)
[ -n "$DB" ] || die "no linked database: run make kernel-check or make kernel-db first"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# compile_args OBJ: the saved compile command of OBJ, plugin arguments
# dropped, output and dependency file into $TMP, into the array ARGS
compile_args() {
	local obj=$1 cmdfile line w prev=""
	cmdfile="$BUILD/$(dirname "$obj")/.$(basename "$obj").cmd"
	[ -f "$cmdfile" ] || { "${MAKE[@]}" "$obj" >/dev/null 2>&1 || true; }
	[ -f "$cmdfile" ] || return 1
	line=$(head -1 "$cmdfile")
	line=${line#*:= }
	case $line in *";"*) line=${line%%;*} ;; esac
	eval "local words=($line)"
	ARGS=()
	for w in "${words[@]}"; do
		case $w in
		-fplugin=*|-fplugin-arg-*) continue ;;
		-Wp,-MMD,*) w="-Wp,-MMD,$TMP/dep.d" ;;
		esac
		[ "$prev" = "-o" ] && w="$TMP/out.o"
		ARGS+=("$w")
		prev=$w
	done
}
# timed ARG...: seconds to run the compiler command in $BUILD with ARG... added
timed() {
	local start end
	start=$(date +%s.%N)
	(cd "$BUILD" && "${ARGS[@]}" "$@" >/dev/null 2>&1) || die "compiling failed: ${ARGS[*]} $*"
	end=$(date +%s.%N)
	echo "$end - $start" | bc
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
PLUG=(-fplugin="$PLUGIN" -fplugin-arg-lockrules-kernel="$VERSION")
NUNITS=$(ls -A "$DB/units" | wc -l)
echo "lockrules db-bench: linux $VERSION $ARCH, database $DB ($NUNITS units, $(du -sk "$DB" | cut -f1) KiB, index $(du -k "$DB/index" 2>/dev/null | cut -f1 || echo 0) KiB)"

# 1. one object, rebuilt against the full database
compile_args "$OBJ" || die "no compile command for $OBJ in $BUILD"
WDB=$TMP/db-copy
cp -r "$DB" "$WDB"
plain=(); db=(); wr=()
timed >/dev/null	# warm the caches
for r in $(seq 1 "$ROUNDS"); do
	plain+=("$(timed)")
	db+=("$(timed "${PLUG[@]}" -fplugin-arg-lockrules-dbro="$DB" -fplugin-arg-lockrules-unit="$OBJ")")
	wr+=("$(timed "${PLUG[@]}" -fplugin-arg-lockrules-db="$WDB" -fplugin-arg-lockrules-unit="$OBJ")")
done
(cd "$BUILD" && "${ARGS[@]}" "${PLUG[@]}" -fplugin-arg-lockrules-dbro="$DB" \
	-fplugin-arg-lockrules-unit="$OBJ" -fplugin-arg-lockrules-stats="$TMP/stats" >/dev/null 2>&1) || true
p=$(median "${plain[@]}"); d=$(median "${db[@]}"); w=$(median "${wr[@]}")
echo "  rebuild of $OBJ (the compiler alone, median of $ROUNDS, interleaved):"
printf '    %.2f s plain; %.2f s checking against the database (dbro=): ratio %.2f; %.2f s also writing its entry (db=): ratio %.2f\n' \
	"$p" "$d" "$(echo "$d / $p" | bc -l)" "$w" "$(echo "$w / $p" | bc -l)"
sed -n 's/.*\(db-units=[0-9]* db-rounds=[0-9]*\).*/    read: \1 (units the index chose, rounds of reading callers)/p' "$TMP/stats"

# 2. the whole vmlinux with db=, on a sample of its units
if [ "$DB" != "$CACHE/db-$TAG-$ARCH" ]; then
	echo "  vmlinux: no whole-kernel database (make kernel-db): skipped"
	exit 0
fi
COLD=$TMP/db-cold
sp=0; sd=0; n=0; i=0
for f in $(ls -A "$DB/units" | sort); do
	i=$((i + 1))
	[ $((i % EVERY)) -eq 1 ] || [ "$EVERY" -eq 1 ] || continue
	obj=${f%.lr}
	obj=${obj//#//}
	compile_args "$obj" || continue
	if [ $((n % 2)) -eq 0 ]; then
		a=$(timed); b=$(timed "${PLUG[@]}" -fplugin-arg-lockrules-db="$COLD" -fplugin-arg-lockrules-unit="$obj")
	else
		b=$(timed "${PLUG[@]}" -fplugin-arg-lockrules-db="$COLD" -fplugin-arg-lockrules-unit="$obj"); a=$(timed)
	fi
	sp=$(echo "$sp + $a" | bc); sd=$(echo "$sd + $b" | bc); n=$((n + 1))
done
[ "$n" -gt 0 ] || die "no unit of the sample could be compiled"
LDB=$TMP/db-link
rm -rf "$WDB"; cp -r "$DB" "$LDB"; rm -f "$LDB/linked" "$LDB/index"
ls=$(date +%s.%N)
"$TOP/plugin/lockrules-db" --link --kernel="$VERSION" "$LDB" >/dev/null 2>&1
le=$(date +%s.%N)
link=$(echo "$le - $ls" | bc)
ep=$(echo "$sp * $NUNITS / $n" | bc -l); ed=$(echo "$sd * $NUNITS / $n + $link" | bc -l)
echo "  vmlinux with db= (every $EVERY-th unit: $n of $NUNITS, each plain and writing, alternating):"
printf '    sample %.1f s plain, %.1f s writing; scaled to %d units plus the link step (%.1f s): %.0f s against %.0f s: ratio %.2f\n' \
	"$sp" "$sd" "$NUNITS" "$link" "$ed" "$ep" "$(echo "$ed / $ep" | bc -l)"
