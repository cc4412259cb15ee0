#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# cocci-kernel-check.sh: run every cocci/*.cocci through the kernel's own
# `make coccicheck` on mm/ of a real tree (Debian's spatch), time each rule,
# compare the reports with the triaged baseline, then run the mutation corpus
# through the rules and count what each catches.
#
#   KERNEL=6.12 testsuite/kernel/cocci-kernel-check.sh
set -euo pipefail

TOP=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=testsuite/kernel/tree.sh
. "$TOP/testsuite/kernel/tree.sh"
EXTRA_PACKAGES=coccinelle sh "$TOP/testsuite/install-deps.sh"

OUT=$CACHE/cocci-$TAG
rm -rf "$OUT"
mkdir -p "$OUT"
EXPECTED=$TOP/testsuite/kernel/cocci-$TAG.expected
status=0

# ---------------------------------------------------------------- mm/ reports
printf '%-22s %8s %8s\n' rule reports seconds > "$OUT/table.txt"
for sp in "$TOP"/cocci/*.cocci; do
	rule=$(basename "$sp" .cocci)
	say "make coccicheck COCCI=cocci/$rule.cocci MODE=report M=mm/"
	start=$(date +%s.%N)
	# coccicheck runs from the build dir: absolute paths for COCCI and M
	make -s -C "$SRC" O="$BUILD" coccicheck COCCI="$sp" MODE=report M="$SRC/mm" \
		J="$JOBS" >"$OUT/$rule.log" 2>"$OUT/$rule.err" || true
	end=$(date +%s.%N)
	# "FILE:LINE RULE" per report, read by the one reader of the format
	python3 "$TOP/plugin/tools/lrdiag.py" --cocci --src "$SRC" --where "$OUT/$rule.log" |
		sort -u > "$OUT/$rule.reports" || true
	printf '%-22s %8d %8.1f\n' "$rule" "$(wc -l < "$OUT/$rule.reports")" \
		"$(echo "$end - $start" | bc)" >> "$OUT/table.txt"
done
cat "$OUT"/*.reports | sort -u > "$OUT/all.reports"
cat "$OUT/table.txt"

# every report must be triaged: "<file>:<line> <rule> <bug|false-positive> <why>"
new=0
while read -r where rule; do
	if ! grep -q "^$where $rule " "$EXPECTED" 2>/dev/null; then
		echo "  NEW  $where [-Wlockrules=$rule]"
		new=$((new + 1))
	fi
done < "$OUT/all.reports"
echo "  mm/: $(wc -l < "$OUT/all.reports") reports, $new not in $(basename "$EXPECTED")"
[ "$new" = 0 ] || status=1

# ---------------------------------------------------------------- mutations
# Each mutation through the rule it names: does the source-level rule see it?
WORK=$OUT/mutations
mkdir -p "$WORK"
declare -A total caught
for patch in "$TOP"/testsuite/kernel/mutations/"$VERSION"-*.patch; do
	[ -e "$patch" ] || continue
	name=$(basename "$patch" .patch)
	expect=$(sed -n 's/^# expect: //p' "$patch" | head -n 1)
	[ "$expect" = none ] && continue
	rule=${expect%% *}
	file=$(sed -n 's|^+++ b/||p' "$patch" | head -n 1)
	mkdir -p "$WORK/$name"
	cp "$SRC/$file" "$WORK/$name/$(basename "$file")"
	patch -s -d "$WORK/$name" < <(sed "s|^--- a/$file|--- $(basename "$file")|; s|^+++ b/$file|+++ $(basename "$file")|" "$patch")
	total[$rule]=$(( ${total[$rule]:-0} + 1 ))
	line=${expect##*:}
	if spatch --very-quiet --no-includes --include-headers -D report \
		--sp-file "$TOP/cocci/$rule.cocci" "$WORK/$name/$(basename "$file")" 2>/dev/null |
		python3 "$TOP/plugin/tools/lrdiag.py" --cocci --where - | grep -q ":$line $rule\$"; then
		caught[$rule]=$(( ${caught[$rule]:-0} + 1 ))
		echo "  caught    $name"
		# the org and context modes, through coccicheck, on the first one caught
		if [ ! -s "$OUT/org.txt" ]; then
			for mode in org context; do
				make -s -C "$SRC" O="$BUILD" coccicheck COCCI="$TOP/cocci/$rule.cocci" \
					MODE=$mode M="$WORK/$name" J="$JOBS" 2>/dev/null |
					grep -v '^$\|^Please\|^When using\|^/usr/bin/spatch' > "$OUT/$mode.txt" || true
				echo "  MODE=$mode on $name: $(wc -l < "$OUT/$mode.txt") lines in $OUT/$mode.txt"
			done
		fi
	else
		echo "  not seen  $name"
	fi
done
echo "lockrules cocci-kernel-check: linux $VERSION"
for rule in $(printf '%s\n' "${!total[@]}" | sort); do
	printf '  %-20s mutations caught %d/%d\n' "$rule" "${caught[$rule]:-0}" "${total[$rule]}"
done
exit $status
