#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# review-check.sh: the review bot on patches whose answer is known.  A
# mutation of rmap.c must be reported with its one new violation and not
# the clean tree's known rmap.c:925 warning; a control must pass clean.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/../.." && pwd)
KERNEL=${KERNEL:-6.12}
# shellcheck source=testsuite/kernel/tree.sh
. "$TOP/testsuite/kernel/tree.sh"

M=$TOP/testsuite/kernel/mutations
passed=0; failed=0
check() {	# check <patch> <expected exit> <expected "rule file:line" or empty>
	local out rc=0
	out=$(python3 "$TOP/plugin/tools/review.py" --src "$SRC" --build "$BUILD" --arch "$ARCH" \
		--patch "$1" 2>&1) || rc=$?
	echo "$out" | sed 's/^/    /'
	got=$(echo "$out" | sed -n 's/^\([^ :]*\):\([0-9]*\):[0-9]*: warning: .*\[-Wlockrules=\([a-z0-9-]*\)\]$/\3 \1:\2/p')
	if [ "$rc" = "$2" ] && [ "$got" = "$3" ]; then
		passed=$((passed + 1)); echo "  ok    $(basename "$1")"
	else
		failed=$((failed + 1)); echo "  FAIL  $(basename "$1"): exit $rc, reported '$got'"
	fi
}
check "$M/$KERNEL-rmap-referenced-mlock-unlocked.patch" 1 \
	"$(sed -n 's/^# expect: //p' "$M/$KERNEL-rmap-referenced-mlock-unlocked.patch")"
check "$M/$KERNEL-khugepaged-collapse-no-vma-write.patch" 1 \
	"$(sed -n 's/^# expect: //p' "$M/$KERNEL-khugepaged-collapse-no-vma-write.patch")"
check "$M/$KERNEL-control-khugepaged-assert-vma-write.patch" 0 ""
echo "lockrules review-check: $passed passed, $failed failed"
[ "$failed" = 0 ]
