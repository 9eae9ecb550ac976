#!/usr/bin/env bash
# Indexing throughput on one JSON Lines archive: newsindex with and without extraction, with one
# job and with one job per core, beside a minimal plain-Xapian indexer of the same text (no
# extraction, one thread). Every configuration runs RUNS times, interleaved so that a slow spell of
# the machine hits all of them alike, and the median is reported: docs/s, MB/s, CPU seconds (user +
# system, all threads), peak RSS and index size, then the ratios the issue's bars are about, then
# `newsindex compact` on the last index. When every core is busy (-j N), wall time follows CPU time.
#
#   bench/index_throughput.sh [ARCHIVE.jsonl] [BUILD_DIR] [RUNS]
#
# Defaults: ../shared/corpus/reuters21578.jsonl, build/, 3 runs. Build with
# -DCMAKE_BUILD_TYPE=Release for meaningful figures.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
archive=${1:-$here/../../shared/corpus/reuters21578.jsonl}
build=${2:-$here/../build}
runs=${3:-3}
newsindex=$build/indexer/newsindex
plain=$build/bench/plain_xapian_indexer
[ -f "$archive" ] || { echo "no archive at $archive" >&2; exit 2; }
[ -x "$newsindex" ] && [ -x "$plain" ] || { echo "build first: cmake --build $build" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
docs=$(grep -c . "$archive" || true)
bytes=$(stat -c %s "$archive")
cores=$(nproc)

names=("plain" "j1" "j1-noextract" "jN" "jN-noextract")
labels=("plain Xapian (1 thread)" "newsindex -j 1" "newsindex -j 1 --no-extract"
        "newsindex -j $cores" "newsindex -j $cores --no-extract")
command_for() {  # name index_dir: sets cmd
  case "$1" in
    plain) cmd=("$plain" "$2" "$archive") ;;
    j1) cmd=("$newsindex" add -q -j 1 -i "$2" "$archive") ;;
    j1-noextract) cmd=("$newsindex" add -q -j 1 --no-extract -i "$2" "$archive") ;;
    jN) cmd=("$newsindex" add -q -j "$cores" -i "$2" "$archive") ;;
    jN-noextract) cmd=("$newsindex" add -q -j "$cores" --no-extract -i "$2" "$archive") ;;
  esac
}

for ((r = 1; r <= runs; r++)); do
  for name in "${names[@]}"; do
    rm -rf "${work:?}/$name"
    command_for "$name" "$work/$name"
    if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time" "${cmd[@]}" > /dev/null 2> "$work/stderr"; then
      cat "$work/stderr" >&2
      exit 1
    fi
    cat "$work/time" >> "$work/$name.times"
    du -sk "$work/$name" | cut -f1 > "$work/$name.size"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "archive: $archive ($docs docs, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB), median of $runs runs, $cores cores"
declare -A seconds cpu_seconds
for i in "${!names[@]}"; do
  name=${names[$i]}
  s=$(cut -d' ' -f1 "$work/$name.times" | median)
  kb=$(cut -d' ' -f2 "$work/$name.times" | median)
  cpu=$(awk '{ print $3 + $4 }' "$work/$name.times" | median)
  seconds[$name]=$s
  cpu_seconds[$name]=$cpu
  awk -v name="${labels[$i]}" -v s="$s" -v kb="$kb" -v docs="$docs" -v bytes="$bytes" \
      -v cpu="$cpu" -v size="$(cat "$work/$name.size")" 'BEGIN {
    printf "%-34s %6.2f s %7.0f docs/s %6.2f MB/s %6.2f s CPU %5.0f MB peak RSS %6.1f MB index\n",
           name, s, docs / s, bytes / 1048576 / s, cpu, kb / 1024, size / 1024 }'
done
awk -v p="${seconds[plain]}" -v a="${seconds[j1]}" -v b="${seconds[jN]}" \
    -v c="${seconds[j1-noextract]}" -v d="${seconds[jN-noextract]}" -v n="$cores" 'BEGIN {
  printf "throughput vs plain: -j 1 %.2fx, -j %d %.2fx\n", p / a, n, p / b
  printf "time extraction adds: -j 1 +%.0f%%, -j %d +%.0f%%\n", (a / c - 1) * 100, n, (b / d - 1) * 100 }'
awk -v a="${cpu_seconds[j1]}" -v b="${cpu_seconds[jN]}" -v c="${cpu_seconds[j1-noextract]}" \
    -v d="${cpu_seconds[jN-noextract]}" -v n="$cores" 'BEGIN {
  printf "CPU time extraction adds: -j 1 +%.0f%%, -j %d +%.0f%%\n", (a / c - 1) * 100, n, (b / d - 1) * 100 }'

before=$(du -sk "$work/jN" | cut -f1)
start=$(date +%s.%N)
"$newsindex" compact -i "$work/jN" > /dev/null 2>&1
end=$(date +%s.%N)
after=$(du -sk "$work/jN" | cut -f1)
awk -v b="$before" -v a="$after" -v s="$(echo "$end - $start" | bc)" 'BEGIN {
  printf "compact (-j N index): %.1f MB -> %.1f MB in %.1f s\n", b / 1024, a / 1024, s }'
