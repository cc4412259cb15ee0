#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# cocci-kernel-check.sh: run every cocci/*.cocci through the kernel's own
# `make coccicheck` on mm/ of a real tree (Debian's spatch), and with the
# same options on the kernel-check targets outside mm/ (fs/proc/task_mmu.c,
# kernel/events/uprobes.c, arch/{x86,arm64,riscv,powerpc,s390}/mm); time
# each rule (coccicheck on mm/ apart: the budget), compare the reports with the
# triaged baseline, then run the mutation corpus through the rules and count
# what each catches.
#
#   KERNEL=6.12 testsuite/kernel/cocci-kernel-check.sh      (or KERNEL=6.1)
#
# coccicheck needs no configured tree: an empty build directory of our own
# ($LOCKRULES_CACHE/cocci-build-<version>) keeps the source tree untouched.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/../.." && pwd)
KERNEL=${KERNEL:-6.12}
CACHE=${LOCKRULES_CACHE:-$HOME/.cache/lockrules}
JOBS=${JOBS:-2}
say() { printf '[cocci-kernel-check %s] %s\n' "$KERNEL" "$*" >&2; }
EXTRA_PACKAGES=coccinelle sh "$TOP/testsuite/install-deps.sh"
# Debian's spatch runs its python scripts in the python3 it finds on PATH;
# a shim before /usr/bin there (pyenv's, on this machine) costs every spatch
# run 0.3 s more (0.4 s instead of 0.1 s to start: 19 rules, 6 s of the
# budget).  The interpreter of the Debian package, as a Debian user has it:
SPFLAGS=
if [ -x /usr/bin/python3 ] && [ "$(command -v python3)" != /usr/bin/python3 ]; then
	SPFLAGS="--python /usr/bin/python3"
	say "python3 on PATH is $(command -v python3): spatch $SPFLAGS"
fi
# spatch as coccicheck runs these rules (their "Options:" line), in report mode
# shellcheck disable=SC2206
SPATCH=(spatch $SPFLAGS -D report --very-quiet --no-includes --include-headers)

VERSION=$KERNEL
SRC=$CACHE/linux-source-$VERSION
if [ ! -f "$SRC/Makefile" ]; then
	# unpacking and installing the source is tree.sh's job (it needs the plugin built)
	say "no tree at $SRC: unpacking it through testsuite/kernel/tree.sh"
	# shellcheck source=testsuite/kernel/tree.sh
	. "$TOP/testsuite/kernel/tree.sh"
fi
BUILD=$CACHE/cocci-build-$VERSION
OUT=$CACHE/cocci-$VERSION
rm -rf "$OUT"
mkdir -p "$OUT" "$BUILD"
EXPECTED=$TOP/testsuite/kernel/cocci-$VERSION.expected
# the other targets of kernel-check: its files outside mm/, and the mm/ of
# each of its five arches (no build here, so all five in one tree)
OUTSIDE="fs/proc/task_mmu.c kernel/events/uprobes.c arch/x86/mm arch/arm64/mm arch/riscv/mm arch/powerpc/mm arch/s390/mm"
status=0

# ---------------------------------------------------------------- reports
# seconds: coccicheck on mm/ (M=mm, J=$JOBS), the budget's measure; all-s:
# with the targets outside mm/ (one spatch each); cpu-s: of both
printf '%-22s %8s %8s %8s %8s\n' rule reports seconds all-s cpu-s > "$OUT/table.txt"
total=0 total_mm=0
for sp in "$TOP"/cocci/*.cocci; do
	rule=$(basename "$sp" .cocci)
	say "make coccicheck COCCI=cocci/$rule.cocci MODE=report M=mm/; spatch on $OUTSIDE"
	start=$(date +%s.%N)
	t0=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
	# coccicheck runs from the build dir: absolute paths for COCCI and M
	make -s -C "$SRC" O="$BUILD" coccicheck COCCI="$sp" MODE=report M="$SRC/mm" \
		J="$JOBS" SPFLAGS="$SPFLAGS" >"$OUT/$rule.log" 2>"$OUT/$rule.err" || true
	mm_end=$(date +%s.%N)
	( cd "$SRC" && for f in $OUTSIDE; do
		if [ -d "$f" ]; then
			where=(--jobs "$JOBS" --chunksize 1 --dir "$f")
		elif [ -f "$f" ]; then
			where=("$f")
		else
			continue
		fi
		"${SPATCH[@]}" --sp-file "$sp" "${where[@]}" 2>>"$OUT/$rule.err"
	  done || true ) >>"$OUT/$rule.log"
	end=$(date +%s.%N)
	t1=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
	# "FILE:LINE RULE" per report, read by the one reader of the format
	python3 "$TOP/plugin/tools/lrdiag.py" --cocci --src "$SRC" --where "$OUT/$rule.log" |
		sort -u > "$OUT/$rule.reports" || true
	secs=$(echo "$end - $start" | bc)
	mm_secs=$(echo "$mm_end - $start" | bc)
	total=$(echo "$total + $secs" | bc)
	total_mm=$(echo "$total_mm + $mm_secs" | bc)
	printf '%-22s %8d %8.1f %8.1f %8.1f\n' "$rule" "$(wc -l < "$OUT/$rule.reports")" "$mm_secs" "$secs" \
		"$(echo "($t1 - $t0) / $(getconf CLK_TCK)" | bc -l)" >> "$OUT/table.txt"
done
printf '%-22s %8s %8.1f %8.1f\n' all "" "$total_mm" "$total" >> "$OUT/table.txt"
printf 'all rules on mm/ through coccicheck at J=%s: %.1f s wall (the budget: 30 s; load average %s)\n' \
	"$JOBS" "$total_mm" "$(cut -d' ' -f1 /proc/loadavg)" >> "$OUT/table.txt"
cat "$OUT"/*.reports | sort -u > "$OUT/all.reports"
cat "$OUT/table.txt"

# every report must be triaged: "<file>:<line> <rule> <bug|false-positive|n/a> <why>"
new=0
while read -r where rule; do
	if ! grep -q "^$where $rule " "$EXPECTED" 2>/dev/null; then
		echo "  NEW  $where [-Wlockrules=$rule]"
		new=$((new + 1))
	fi
done < "$OUT/all.reports"
echo "  mm/ and $OUTSIDE: $(wc -l < "$OUT/all.reports") reports, $new not in $(basename "$EXPECTED")"
[ "$new" = 0 ] || status=1

# ---------------------------------------------------------------- mutations
# Each mutation through the rules its "# expect:" lines name: does the
# source-level rule see it?  A control must stay silent under every rule.
WORK=$OUT/mutations
mkdir -p "$WORK"
# the copies are outside the tree: the rules learn its release from here
export LOCKRULES_KERNEL=$VERSION
declare -A total_m caught
controls=0 silent=0
for patch in "$TOP"/testsuite/kernel/mutations/"$VERSION"-*.patch; do
	[ -e "$patch" ] || continue
	name=$(basename "$patch" .patch)
	file=$(sed -n 's|^+++ b/||p' "$patch" | head -n 1)
	mkdir -p "$WORK/$name"
	cp "$SRC/$file" "$WORK/$name/$(basename "$file")"
	patch -s -d "$WORK/$name" < <(sed "s|^--- a/$file|--- $(basename "$file")|; s|^+++ b/$file|+++ $(basename "$file")|" "$patch")
	if grep -q '^# expect: none' "$patch"; then
		controls=$((controls + 1))
		got=$(printf '%s\n' "$TOP"/cocci/*.cocci | xargs -P "$JOBS" -I{} \
			"${SPATCH[@]}" --sp-file {} \
				"$WORK/$name/$(basename "$file")" 2>/dev/null |
			python3 "$TOP/plugin/tools/lrdiag.py" --cocci --where - || true)
		if [ -z "$got" ]; then
			silent=$((silent + 1))
			echo "  silent    $name (control)"
		else
			echo "  REPORTS   $name (control): $got"
			status=1
		fi
		continue
	fi
	while read -r rule where; do
		line=${where##*:}
		total_m[$rule]=$(( ${total_m[$rule]:-0} + 1 ))
		if [ ! -f "$TOP/cocci/$rule.cocci" ]; then
			echo "  no rule   $name ($rule)"
			continue
		fi
		if "${SPATCH[@]}" --sp-file "$TOP/cocci/$rule.cocci" "$WORK/$name/$(basename "$file")" 2>/dev/null |
			python3 "$TOP/plugin/tools/lrdiag.py" --cocci --where - | grep -q ":$line $rule\$"; then
			caught[$rule]=$(( ${caught[$rule]:-0} + 1 ))
			echo "  caught    $name ($rule)"
			# the org and context modes, through coccicheck, on the first one caught
			if [ ! -s "$OUT/org.txt" ]; then
				for mode in org context; do
					make -s -C "$SRC" O="$BUILD" coccicheck COCCI="$TOP/cocci/$rule.cocci" \
						MODE=$mode M="$WORK/$name" J="$JOBS" SPFLAGS="$SPFLAGS" 2>/dev/null |
						grep -v '^$\|^Please\|^When using\|^/usr/bin/spatch' > "$OUT/$mode.txt" || true
					echo "  MODE=$mode on $name: $(wc -l < "$OUT/$mode.txt") lines in $OUT/$mode.txt"
				done
			fi
		else
			echo "  not seen  $name ($rule)"
		fi
	done < <(sed -n 's/^# expect: //p' "$patch")
done
echo "lockrules cocci-kernel-check: linux $VERSION"
all_t=0 all_c=0
for rule in $(printf '%s\n' "${!total_m[@]}" | sort); do
	printf '  %-22s mutations caught %d/%d\n' "$rule" "${caught[$rule]:-0}" "${total_m[$rule]}"
	all_t=$((all_t + total_m[$rule])); all_c=$((all_c + ${caught[$rule]:-0}))
done
printf '  %-22s mutations caught %d/%d; controls silent %d/%d\n' all "$all_c" "$all_t" "$silent" "$controls"
exit $status
