#!/usr/bin/env bash
# How fast the readers read, before any extraction: bench/read_articles over each input given,
# best of three runs (bench/read_throughput.md has the figures and where the inputs come from).
#
#   bench/read_throughput.sh [BUILD_DIR] INPUT...
#
# BUILD_DIR defaults to build/rel (a Release build with the bench programs). For a WARC file the
# rate printed is of the file as stored (compressed); divide the HTML it holds by the time for
# the rate of HTML.
set -euo pipefail
build=build/rel
if [[ $# -gt 0 && -d $1/bench ]]; then build=$1; shift; fi
[[ $# -gt 0 ]] || { echo "usage: $0 [BUILD_DIR] INPUT..." >&2; exit 2; }
for input in "$@"; do
  best=""
  for _ in 1 2 3; do
    line=$("$build/bench/read_articles" "$input" 2>&1 | tail -1)
    seconds=$(sed -E 's/.* in ([0-9.e-]+) s.*/\1/' <<< "$line")
    if [[ -z $best ]] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$seconds
      best_line=$line
    fi
  done
  echo "$input: $best_line"
done
