#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# fixture.sh: sourced by review-check.sh after tree.sh.  Sets REPO: a git
# repository holding the kernel tree $SRC as one commit, "base", made once
# and cached in $REVIEW_CACHE (default $LOCKRULES_CACHE-review).  The review
# bot's tests use it as a developer's tree; $SRC itself is never written.
#
# To stay small it leaves out what building an x86 or arm64 mm object never
# reads: the .c files (and data) of drivers/, sound/, net/, samples/ and
# Documentation/ (their Kconfig, Makefile and header files stay, so the
# configuration is the same) and the amdgpu register headers.

REVIEW_CACHE=${REVIEW_CACHE:-${CACHE%/}-review}
REPO=$REVIEW_CACHE/linux-$TAG
export GIT_AUTHOR_NAME="lockrules test" GIT_AUTHOR_EMAIL="test@lockrules.invalid"
export GIT_COMMITTER_NAME="lockrules test" GIT_COMMITTER_EMAIL="test@lockrules.invalid"
export GIT_AUTHOR_DATE="2024-11-17 12:00:00 +0000" GIT_COMMITTER_DATE="2024-11-17 12:00:00 +0000"

if [ ! -f "$REPO.done" ]; then
	say "making the test repository $REPO from $SRC (once)"
	rm -rf "$REPO" "$REPO.tmp"
	mkdir -p "$REPO.tmp"
	( cd "$SRC" && {
		find . \( -path ./drivers -o -path ./sound -o -path ./net -o -path ./samples \
			-o -path ./Documentation \) -prune -o -type f -print
		find drivers sound net samples Documentation -type f \
			\( -name '*.h' -o -name 'Kconfig*' -o -name 'Makefile*' -o -name 'Kbuild*' \) \
			-not \( -path 'drivers/gpu/drm/amd/*' -name '*.h' \)
	} | sed 's|^\./||' | tar -cf - --no-recursion -T - ) | tar -C "$REPO.tmp" -xf -
	git -C "$REPO.tmp" init -q -b master
	git -C "$REPO.tmp" config gc.auto 0
	git -C "$REPO.tmp" add -A -f	# Debian's .gitignore ignores every top-level path
	git -C "$REPO.tmp" commit -q -m "base: $(basename "$SRC")"
	git -C "$REPO.tmp" tag base
	mv "$REPO.tmp" "$REPO"
	touch "$REPO.done"
fi

# mkbranch NAME BASE PATCH...: branch NAME holds one commit per PATCH on BASE,
# made without a checkout (a private index).  A PATCH's first line, "# TEXT",
# is its subject; the "# " lines after it are the commit message's body.
mkbranch() {
	local name=$1 c; c=$(git -C "$REPO" rev-parse "$2^{commit}"); shift 2
	local idx; idx=$(mktemp "$REVIEW_CACHE/index.XXXXXX")
	GIT_INDEX_FILE=$idx git -C "$REPO" read-tree "$c"
	for p; do
		GIT_INDEX_FILE=$idx git -C "$REPO" apply --cached "$p" || { rm -f "$idx"; return 1; }
		c=$(sed -n '/^#/!q; s/^# \{0,1\}//p' "$p" | awk 'NR == 2 && $0 != "" { print "" } 1' | GIT_INDEX_FILE=$idx git -C "$REPO" commit-tree \
			"$(GIT_INDEX_FILE=$idx git -C "$REPO" write-tree)" -p "$c")
	done
	rm -f "$idx"
	git -C "$REPO" update-ref "refs/heads/$name" "$c"
}
