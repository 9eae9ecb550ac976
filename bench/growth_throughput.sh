#!/usr/bin/env bash
# Whether per-article cost stays flat as an index grows: splits a JSON Lines archive (.jsonl or
# .jsonl.gz) into PARTS equal slices, adds them one run after another to the same index, and
# prints each slice's articles/s and the index size after it. The first and the last slice are
# the "first 10%" and "last 10%" of the archive with the default 10 parts.
#
#   bench/growth_throughput.sh [ARCHIVE] [BUILD_DIR] [PARTS] [-- extra newsindex add options]
#
# Defaults: ../shared/corpus/fi_news.jsonl.gz, build/, 10 parts.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
archive=${1:-$here/../../shared/corpus/fi_news.jsonl.gz}
build=${2:-$here/../build}
parts=${3:-10}
shift $(($# < 3 ? $# : 3))
[ "${1:-}" = "--" ] && shift
newsindex=$build/indexer/newsindex
[ -f "$archive" ] || { echo "no archive at $archive" >&2; exit 2; }
[ -x "$newsindex" ] || { echo "build first: cmake --build $build" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case "$archive" in
  *.gz) zcat "$archive" > "$work/all.jsonl" ;;
  *) cp "$archive" "$work/all.jsonl" ;;
esac
lines=$(wc -l < "$work/all.jsonl")
split -d -a 2 -l $(((lines + parts - 1) / parts)) --additional-suffix=.jsonl "$work/all.jsonl" \
  "$work/part-"
rm "$work/all.jsonl"

echo "archive: $archive ($lines articles, $parts parts, newsindex add $*)"
printf '%-6s %9s %9s %12s %10s %10s\n' part articles seconds articles/s "peak RSS" "index MB"
for part in "$work"/part-*.jsonl; do
  n=$(wc -l < "$part")
  /usr/bin/time -f '%e %M' -o "$work/time" "$newsindex" add -q "$@" -i "$work/index" "$part"
  read -r s kb < "$work/time"
  size=$(du -sk "$work/index" | cut -f1)
  awk -v p="$(basename "$part" .jsonl)" -v n="$n" -v s="$s" -v kb="$kb" -v size="$size" 'BEGIN {
    printf "%-6s %9d %9.2f %12.0f %8.0f MB %10.0f\n", substr(p, 6), n, s, n / s, kb / 1024,
           size / 1024 }'
done
