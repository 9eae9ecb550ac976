#!/usr/bin/env bash
# Indexing speed and index size of two builds of newsindex on the same archives, runs interleaved
# (before, after, before, after, ...) so that a slow spell of the machine hits both alike: median
# wall time, CPU time (user + system, all threads), peak RSS and index size of each.
#
#   bench/index_compare.sh BEFORE_NEWSINDEX AFTER_NEWSINDEX RUNS ARCHIVE...
set -euo pipefail
before=${1:?BEFORE_NEWSINDEX}; after=${2:?AFTER_NEWSINDEX}; runs=${3:?RUNS}
shift 3
[ $# -gt 0 ] || { echo "no archive given" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for run in $(seq "$runs"); do
  for side in before after; do
    binary=$before; [ "$side" = after ] && binary=$after
    rm -rf "$work/index"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$binary" add -q -i "$work/index" "$@"
    read -r wall user sys rss < "$work/time"
    size=$(du -sb "$work/index" | cut -f1)
    echo "$side $wall $user $sys $rss $size" >> "$work/runs"
  done
done
python3 - "$work/runs" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    side, wall, user, sys_, rss, size = line.split()
    rows.setdefault(side, []).append((float(wall), float(user) + float(sys_), int(rss), int(size)))
print("| build | runs | wall (median) | CPU (median) | peak RSS (median) | index size |")
print("|---|---|---|---|---|---|")
med = {}
for side in ("before", "after"):
    r = rows[side]
    med[side] = [statistics.median(x[i] for x in r) for i in range(4)]
    w, c, m, s = med[side]
    print(f"| {side} | {len(r)} | {w:.2f} s | {c:.2f} s | {m/1024:.0f} MB | {s/1e6:.1f} MB |")
b, a = med["before"], med["after"]
print(f"\nafter/before: wall {a[0]/b[0]:.3f}, CPU {a[1]/b[1]:.3f}, size {a[3]/b[3]:.3f}")
PY
