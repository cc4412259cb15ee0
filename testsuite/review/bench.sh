#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# bench.sh (make review-bench): how long the review bot takes for a verdict,
# on the test repository of review-check (testsuite/review/fixture.sh), with
# a warm workspace (worktree and build directory made, prepared):
#   mm-3      a 3-file mm/ patch (rmap.c, mremap.c, mincore.c), --no-cache:
#             every object built before and after (the worst case)
#   mm-3-base the same kind of patch with the base's findings cached (the usual
#             case: a developer's next version of a patch on the same base)
#   header    a comment in include/linux/mempolicy.h: every object of the
#             config that includes it, up to --max-objects (40), --no-cache
# JOBS (default nproc) is passed to the bot as -j.
set -euo pipefail
TOP=$(cd "$(dirname "$0")/../.." && pwd)
. "$TOP/testsuite/kernel/tree.sh"
. "$TOP/testsuite/review/fixture.sh"
WORK=$REVIEW_CACHE/work-$TAG-$ARCH
OUT=$REVIEW_CACHE/bench-$TAG-$ARCH
mkdir -p "$OUT"
BOT=(python3 "$TOP/plugin/tools/review.py" --src "$REPO" --build "$BUILD" --arch "$ARCH" --work "$WORK" -j "$JOBS")
comment() {	# comment <file> <text>: a patch adding a comment line at the top of file
	printf '# %s: a comment\ndiff --git a/%s b/%s\n--- a/%s\n+++ b/%s\n@@ -1,1 +1,2 @@\n+/* %s */\n %s\n' \
		"$1" "$1" "$1" "$1" "$1" "$2" "$(git -C "$REPO" show "base:$1" | head -1)"
}
stamp=$(date +%s%N)
for f in mm/rmap.c mm/mremap.c mm/mincore.c include/linux/mempolicy.h; do
	comment "$f" "bench $stamp" > "$OUT/$(basename "$f").patch"
done
mkbranch review/bench-mm base "$OUT/rmap.c.patch" "$OUT/mremap.c.patch" "$OUT/mincore.c.patch"
mkbranch review/bench-header base "$OUT/mempolicy.h.patch"
"${BOT[@]}" "$TOP/testsuite/kernel/mutations/$KERNEL-control-khugepaged-assert-vma-write.patch" >/dev/null 2>&1 || true
timeit() {	# timeit <name> <bot args>
	local name=$1 t0 rc=0; shift
	t0=$(date +%s.%N)
	"${BOT[@]}" "$@" > "$OUT/$name.txt" 2>&1 || rc=$?
	printf '%-10s %6.0f s  exit %d  %s\n' "$name" "$(echo "$(date +%s.%N) - $t0" | bc)" "$rc" \
		"$(grep -o 'gcc-plugin: [^;]*' "$OUT/$name.txt" | tail -1 | wc -w | awk '{print $1 - 1 " objects"}')"
}
echo "review-bench: $(nproc) cores, -j$JOBS, load $(cut -d' ' -f1-3 /proc/loadavg)"
timeit mm-3 --no-cache --range base..review/bench-mm
# the same files once more, a new version of the patch: the base is cached
stamp=$(date +%s%N)
for f in mm/rmap.c mm/mremap.c mm/mincore.c; do comment "$f" "bench $stamp" > "$OUT/$(basename "$f").patch"; done
mkbranch review/bench-mm base "$OUT/rmap.c.patch" "$OUT/mremap.c.patch" "$OUT/mincore.c.patch"
timeit mm-3-base --range base..review/bench-mm
timeit header --no-cache --range base..review/bench-header
grep -h "skipped\|fans out" "$OUT/header.txt" | sed 's/^/  /' | cut -c1-200 || true
