#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# run.sh: the rule-pack parser under libFuzzer, ASan and UBSan (make fuzz).
#
#   FUZZ_SECONDS=300 [FUZZ_UPDATE=1] testsuite/fuzz/run.sh
#
# Every file of testsuite/fuzz/corpus/ runs first (the regression part),
# then libFuzzer mutates for FUZZ_SECONDS, coverage guided, with the
# language's keywords (rules.dict).  New inputs go to a scratch directory in
# $LOCKRULES_CACHE, never into the repository; FUZZ_UPDATE=1 merges the ones
# that add coverage into the corpus (-merge=1).  A crash, a leak, undefined
# behaviour, an input slower than 10 s (a hang) or a malformed parser message
# fails the run, and the input is kept as crash-*, leak-* or timeout-* in
# the scratch directory.
set -eu
TOP=$(cd "$(dirname "$0")/../.." && pwd)
FUZZER=$TOP/plugin/build/fuzz_rules
CORPUS=$TOP/testsuite/fuzz/corpus
SECONDS_=${FUZZ_SECONDS:-300}
CACHE=${LOCKRULES_CACHE:-$HOME/.cache/lockrules}
WORK=$CACHE/fuzz
rm -rf "$WORK"
mkdir -p "$WORK/new" "$WORK/artifacts"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
"$FUZZER" -max_total_time="$SECONDS_" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
	-dict="$TOP/testsuite/fuzz/rules.dict" -artifact_prefix="$WORK/artifacts/" \
	-print_final_stats=1 "$WORK/new" "$CORPUS" >"$WORK/log" 2>&1 || status=$?
grep -E '^#[0-9]+ +DONE|^stat::number_of_executed_units|^stat::new_units_added|^stat::peak_rss_mb' "$WORK/log" || true
if [ "$status" != 0 ] || ls "$WORK/artifacts/"* >/dev/null 2>&1; then
	tail -n 40 "$WORK/log" >&2
	echo "fuzz: FAILED (exit $status); inputs kept in $WORK/artifacts/" >&2
	exit 1
fi
if [ "${FUZZ_UPDATE:-0}" = 1 ]; then
	before=$(ls "$CORPUS" | wc -l)
	"$FUZZER" -merge=1 -dict="$TOP/testsuite/fuzz/rules.dict" "$CORPUS" "$WORK/new" >"$WORK/merge.log" 2>&1
	echo "fuzz: corpus $before -> $(ls "$CORPUS" | wc -l) files (git add testsuite/fuzz/corpus)"
fi
echo "fuzz: clean: $(ls "$CORPUS" | wc -l) corpus files replayed, $SECONDS_ s of fuzzing, no crash, hang, leak or UB"
