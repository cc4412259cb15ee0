#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# mutation-check.sh: recall on real code.  Each patch in mutations/ brings
# back a lock-rule violation (or, for a control, changes locking correctly)
# in a clean kernel tree.  For each: apply it to the cached tree, rebuild
# that one object with the plugin, check that exactly the expected rule
# fires at the expected line (nothing for a control), and revert.
#
# A patch whose header has "# expect-miss: <reason>" is a known miss: it
# counts in the total, and is listed with its reason, but does not fail
# the run; when it is detected after all, it counts as detected and is
# flagged ("now detected: drop its expect-miss").  The exit status is
# non-zero only for a regression: a mutation without expect-miss missed
# or reported wrongly (a wrong rule or line counts as a miss), a control
# that reports, a patch that does not apply or compile.
#
#   KERNEL=6.12|6.1 ARCH=x86_64 testsuite/kernel/mutation-check.sh [pattern]
#
# FRONTEND=sparse checks each mutant with the sparse front end instead, and
# never modifies the tree: the patch is applied to copies of its files in
# the work directory, and kbuild's own checker command (make C=2) runs on
# the copy through a CHECK= wrapper that swaps the source path (the
# original's directory comes first on the include path, for its local
# headers).
set -euo pipefail

TOP=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=testsuite/kernel/tree.sh
. "$TOP/testsuite/kernel/tree.sh"

PATTERN=${1:-}
WORK=$CACHE/mutations-$TAG-$ARCH
[ "$FRONTEND" = sparse ] && WORK=$WORK-sparse
rm -rf "$WORK"
mkdir -p "$WORK/orig"
KCFLAGS="-fplugin=$PLUGIN -fplugin-arg-lockrules-kernel=$VERSION"
# callers in other files: the clean tree's linked database, read only
# (made first when the cache holds none made with this pack)
DB=$(check_db)
if [ -n "$DB" ]; then
	say "callers in other files: the database $DB"
	KCFLAGS="$KCFLAGS -fplugin-arg-lockrules-dbro=$DB"
else
	say "DB=none: callers in other files unknown"
fi
EXPECTED_BASE=$TOP/testsuite/kernel/$TAG-$ARCH.expected

if [ "$FRONTEND" = sparse ]; then
	COPY=$WORK/src
	cat > "$WORK/check" <<'EOF_WRAP'
#!/bin/bash
# kbuild's CHECK= for a mutant: a patched copy takes the source file's place
args=("$@"); last=$((${#args[@]} - 1)); f=${args[$last]}
rel=${f#"$SRC_REAL"/}
# the database, as the plugin reads it: the object's entry is its own
db=()
[ -n "$DB" ] && db=(--lockrules-dbro="$DB" --lockrules-unit="${rel%.c}.o")
if [ -f "$COPY/$rel" ]; then
	args[$last]=$COPY/$rel
	exec "$CHECKER" "${db[@]}" -I"$(dirname "$f")" "${args[@]}"
fi
exec "$CHECKER" "${db[@]}" "${args[@]}"
EOF_WRAP
	chmod +x "$WORK/check"
	export COPY CHECKER DB SRC_REAL=$(realpath "$SRC")
fi

restore() {
	# put back every file a patch touched (none with FRONTEND=sparse)
	if [ -d "$WORK/orig" ] && [ "$FRONTEND" != sparse ]; then
		(cd "$WORK/orig" && find . -type f) | while read -r f; do
			cp "$WORK/orig/$f" "$SRC/$f"
			rm -f "$BUILD/${f%.c}.o"
		done
		rm -rf "$WORK/orig"
		mkdir -p "$WORK/orig"
	fi
}
trap restore EXIT

detected=0; mutants=0; silent=0; controls=0; failed=(); misses=(); fixed=()
# per rule, each "# expect:" line once (the granularity of cocci-kernel-check's table)
declare -A rule_lines rule_caught
for patch in "$TOP"/testsuite/kernel/mutations/"$VERSION"-*.patch; do
	[ -e "$patch" ] || continue
	name=$(basename "$patch" .patch)
	case "$name" in *"$PATTERN"*) ;; *) continue ;; esac
	expect=$(sed -n 's/^# expect: //p' "$patch" | sort)
	miss=$(sed -n 's/^# expect-miss: //p' "$patch")
	files=$(sed -n 's|^+++ b/||p' "$patch")
	# the GCC plugin's run patches the tree and restores it; the sparse one never touches it
	[ "$FRONTEND" = sparse ] || for f in $files; do
		mkdir -p "$WORK/orig/$(dirname "$f")"
		cp "$SRC/$f" "$WORK/orig/$f"
	done
	log=$WORK/$name.log
	ok=1
	if [ "$FRONTEND" = sparse ]; then
		rm -rf "$COPY"
		for f in $files; do
			mkdir -p "$COPY/$(dirname "$f")"
			cp "$SRC/$f" "$COPY/$f"
		done
		if ! patch -s -p1 -d "$COPY" < "$patch"; then
			failed+=("$name (does not apply)")
			continue
		fi
		for f in $files; do
			"${MAKE[@]}" C=2 CHECK="$WORK/check --lockrules-kernel=$VERSION" "${f%.c}.o" >>"$log" 2>&1 || ok=0
		done
		vsrc=$COPY
	else
		if ! patch -s -p1 -d "$SRC" < "$patch"; then
			restore
			failed+=("$name (does not apply)")
			continue
		fi
		for f in $files; do
			rm -f "$BUILD/${f%.c}.o"
			"${MAKE[@]}" KCFLAGS="$KCFLAGS" "${f%.c}.o" >>"$log" 2>&1 || ok=0
		done
		restore
		vsrc=$SRC
	fi
	if [ "$ok" = 0 ]; then
		failed+=("$name (does not compile; $log)")
		[ "$expect" = none ] && controls=$((controls + 1)) || mutants=$((mutants + 1))
		continue
	fi
	# warnings in the patched files, minus the clean tree's baseline
	got=$(python3 "$TOP/testsuite/kernel/mutation_verdict.py" --log "$log" --src "$vsrc" \
		--files "$files" --baseline "$EXPECTED_BASE" | sort)
	if [ "$expect" = none ]; then
		controls=$((controls + 1))
		if [ -z "$got" ]; then
			silent=$((silent + 1)); echo "  silent    $name"
		else
			failed+=("$name (control reported: $got)"); echo "  REPORTED  $name: $got"
		fi
	else
		mutants=$((mutants + 1))
		while read -r rule where; do
			rule_lines[$rule]=$(( ${rule_lines[$rule]:-0} + 1 ))
			grep -qxF "$rule $where" <<<"$got" &&
				rule_caught[$rule]=$(( ${rule_caught[$rule]:-0} + 1 ))
		done <<<"$expect"
		if [ "$got" = "$expect" ]; then
			detected=$((detected + 1)); echo "  detected  $name: $(echo $expect)"
			if [ -n "$miss" ]; then
				fixed+=("$name"); echo "            now detected: drop its expect-miss"
			fi
		elif [ -n "$miss" ]; then
			misses+=("$name: $miss")
			echo "  MISSED    $name (expected: $miss): wanted '$(echo $expect)', got '$(echo ${got:-nothing})'"
		else
			failed+=("$name (expected '$(echo $expect)', got '$(echo ${got:-nothing})')")
			echo "  MISSED    $name: expected '$(echo $expect)', got '$(echo ${got:-nothing})'"
		fi
	fi
done
echo "lockrules mutation-check: linux $VERSION $ARCH ($([ "$FRONTEND" = sparse ] && echo "sparse front end" || echo "GCC plugin"))"
echo "  mutations: $detected/$mutants detected"
if [ "${#misses[@]}" -gt 0 ]; then
	echo "  misses (expected, ${#misses[@]}):"
	for m in "${misses[@]}"; do echo "    $m"; done
fi
for f in "${fixed[@]+"${fixed[@]}"}"; do echo "  now detected: $f: drop its expect-miss"; done
echo "  controls:  $silent/$controls silent"
echo "  per rule, each expected line (a line reported at its place, other reports aside):"
for rule in $(printf '%s\n' "${!rule_lines[@]}" | sort); do
	printf '    %-22s lines caught %d/%d\n' "$rule" "${rule_caught[$rule]:-0}" "${rule_lines[$rule]}"
done
for f in "${failed[@]+"${failed[@]}"}"; do echo "  FAILED $f"; done
[ "${#failed[@]}" = 0 ]
