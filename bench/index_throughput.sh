#!/usr/bin/env bash
# Indexes one JSON Lines archive with newsindex and with a minimal plain-Xapian indexer (same
# text, no extraction, one thread) and prints docs/s, MB/s, peak RSS and index size for both.
#
#   bench/index_throughput.sh [ARCHIVE.jsonl] [BUILD_DIR]
#
# Defaults: ../shared/corpus/reuters21578.jsonl and build/. Build with -DCMAKE_BUILD_TYPE=Release
# for meaningful figures.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
archive=${1:-$here/../../shared/corpus/reuters21578.jsonl}
build=${2:-$here/../build}
newsindex=$build/indexer/newsindex
plain=$build/bench/plain_xapian_indexer
[ -f "$archive" ] || { echo "no archive at $archive" >&2; exit 2; }
[ -x "$newsindex" ] && [ -x "$plain" ] || { echo "build first: cmake --build $build" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
docs=$(grep -c . "$archive" || true)
bytes=$(stat -c %s "$archive")

# Runs a command under /usr/bin/time; prints "seconds peak_kb".
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || {
    status=$?
    [ "$status" -eq 1 ] || { cat "$work/stderr" >&2; exit "$status"; }
  }
  cat "$work/time"
}

report() {  # name seconds peak_kb index_dir
  local size
  size=$(du -sk "$4" | cut -f1)
  awk -v name="$1" -v s="$2" -v kb="$3" -v docs="$docs" -v bytes="$bytes" -v size="$size" 'BEGIN {
    printf "%-28s %8.2f s %9.0f docs/s %7.2f MB/s %7.0f MB peak RSS %7.1f MB index\n",
           name, s, docs / s, bytes / 1048576 / s, kb / 1024, size / 1024 }'
}

echo "archive: $archive ($docs docs, $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1048576}') MB)"
read -r s kb < <(measure "$plain" "$work/plain" "$archive")
report "plain Xapian (1 thread)" "$s" "$kb" "$work/plain"
plain_s=$s
read -r s kb < <(measure "$newsindex" add -q -i "$work/newsindex" "$archive")
report "newsindex add" "$s" "$kb" "$work/newsindex"
awk -v a="$plain_s" -v b="$s" 'BEGIN { printf "newsindex / plain throughput: %.2fx\n", a / b }'
