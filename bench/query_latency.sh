#!/usr/bin/env bash
# Indexes one archive into a temporary folder (or uses --index DIR as it is) and prints the warm
# search latency of a fixed set of queries, from the whole archive down to a narrow word, with
# all facets counted: matches, p50, p95 and max milliseconds per query.
#
#   bench/query_latency.sh [--index DIR] [ARCHIVE] [BUILD_DIR] [-- QUERY_LATENCY_OPTIONS...]
#
# Defaults: ../shared/corpus/reuters21578.jsonl and build/. Options after "--" go to
# query_latency (--runs N, --warmup K, --query Q, --facet-order significant, --json). Build with
# -DCMAKE_BUILD_TYPE=Release for meaningful figures.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
index=
positional=()
while [ $# -gt 0 ]; do
  case $1 in
    --index) index=${2:?--index needs a folder}; shift 2 ;;
    --) shift; break ;;
    *) positional+=("$1"); shift ;;
  esac
done
archive=${positional[0]:-$here/../../shared/corpus/reuters21578.jsonl}
build=${positional[1]:-$here/../build}
bench=$build/bench/query_latency
newsindex=$build/indexer/newsindex
[ -x "$bench" ] || { echo "build first: cmake --build $build --target query_latency" >&2; exit 2; }

if [ -z "$index" ]; then
  [ -f "$archive" ] || { echo "no archive at $archive" >&2; exit 2; }
  [ -x "$newsindex" ] || { echo "build first: cmake --build $build" >&2; exit 2; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  index=$work/index
  echo "indexing $archive ..." >&2
  # Exit status 1 means some articles were skipped, which does not spoil the benchmark.
  "$newsindex" add -q -i "$index" "$archive" || { status=$?; [ "$status" -eq 1 ] || exit "$status"; }
fi
"$bench" "$index" "$@"
