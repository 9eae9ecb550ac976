#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS.
#
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR] [TARGET...]
#
# SECONDS defaults to 600, BUILD_DIR to ${TMPDIR:-/tmp}/newsindex-fuzz-build, TARGET to all eleven.
# FUZZ_JOBS=N runs N targets at a time (default 1). New inputs go to $BUILD_DIR/fuzz-work/TARGET/
# corpus (outside the repository); crash, leak and timeout inputs to $BUILD_DIR/fuzz-work/TARGET/.
# FUZZ_ARGS adds libFuzzer options, e.g. FUZZ_ARGS="-fork=1 -ignore_crashes=1" to go on after a
# known crash (every crash input is then kept). Exits 1 when any target found something.
set -euo pipefail

seconds=${1:-600}
build=${2:-${TMPDIR:-/tmp}/newsindex-fuzz-build}
shift $(( $# < 2 ? $# : 2 ))
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(jsonl_reader_fuzz plain_text_reader_fuzz html_reader_fuzz
                                       warc_reader_fuzz feed_reader_fuzz agency_xml_reader_fuzz
                                       csv_reader_fuzz json_reader_fuzz entity_tagger_fuzz
                                       date_tagger_fuzz query_fuzz)
jobs=${FUZZ_JOBS:-1}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)

if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S "$source_dir" -B "$build" -DNEWSINDEX_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSINDEX_BUILD_TESTS=OFF -DNEWSINDEX_BUILD_BENCH=OFF
fi
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}

run_one() {
  local target=$1 work=$build/fuzz-work/$1
  mkdir -p "$work/corpus"
  rm -f "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*
  local seeds=()
  [[ -d $here/corpus/$target ]] && seeds+=("$here/corpus/$target")
  [[ -d $here/regressions/$target ]] && seeds+=("$here/regressions/$target")
  local start=$SECONDS status=0
  "$build/tests/fuzz/$target" "$work/corpus" "${seeds[@]}" -max_len=65536 \
    -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$work/" ${FUZZ_ARGS:-} >"$work/log.txt" 2>&1 || status=$?
  local execs
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log.txt" | tail -1)
  # Fork mode prints no final stats; its progress lines count executions ("#1234: cov: ...").
  [[ -n $execs ]] || execs=$(sed -n 's/^#\([0-9]*\): cov:.*/\1/p' "$work/log.txt" | tail -1)
  local found
  found=$(cd "$work" && ls crash-* leak-* timeout-* oom-* 2>/dev/null | tr '\n' ' ' || true)
  if [[ $status -ne 0 || -n $found ]]; then
    found="FOUND (exit $status): ${found:-see log} -> $work/log.txt"
  else
    found="nothing"
  fi
  printf '%-24s %6ss %12s execs  %s\n' "$target" "$((SECONDS - start))" "${execs:-?}" "$found" \
    | tee "$work/summary.txt"
  [[ $found == nothing ]]
}

failed=0
printf '%-24s %7s %18s  %s\n' target seconds executions findings
for ((i = 0; i < ${#targets[@]}; i += jobs)); do
  pids=()
  for target in "${targets[@]:i:jobs}"; do run_one "$target" & pids+=($!); done
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
done
exit $failed
