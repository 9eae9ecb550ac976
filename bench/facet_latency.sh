#!/usr/bin/env bash
# Facet latency as whole commands, two builds side by side: each query runs with all facets and
# with none, through both builds' newsquery on their own index of the same archives, interleaved
# by hyperfine (-N, warm cache), and `newsquery stats`. The facet cost per matching article is
# (all facets - no facets) / matches.
#
#   bench/facet_latency.sh BEFORE_NEWSQUERY BEFORE_INDEX AFTER_NEWSQUERY AFTER_INDEX [QUERY...]
#
# Default queries: "date:1916" and "said" (the issue's, on an index of chronam1916_fifth.jsonl.gz
# and reuters21578.jsonl). Build the indexes first with each build's `newsindex add`; an index of
# another schema version cannot be read across builds. Needs hyperfine and python3.
set -euo pipefail
before=${1:?BEFORE_NEWSQUERY}; before_index=${2:?BEFORE_INDEX}
after=${3:?AFTER_NEWSQUERY}; after_index=${4:?AFTER_INDEX}
shift 4
queries=("$@")
[ ${#queries[@]} -gt 0 ] || queries=("date:1916" "said")
runs=${RUNS:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

matches() {  # newsquery index query
  "$1" search -i "$2" "$3" --json --no-facets --limit 0 | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'
}

printf '| query | matches | before: all facets | before: none | after: all facets | after: none | before µs/match | after µs/match |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for query in "${queries[@]}"; do
  total=$(matches "$after" "$after_index" "$query")
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/q.json" \
    "$before search -i $before_index $query --json" \
    "$before search -i $before_index $query --json --no-facets" \
    "$after search -i $after_index $query --json" \
    "$after search -i $after_index $query --json --no-facets" > /dev/null
  python3 - "$work/q.json" "$query" "$total" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
ms = [r["mean"] * 1000 for r in results]
sd = [r["stddev"] * 1000 for r in results]
total = int(sys.argv[3])
per = lambda a, b: (a - b) * 1000 / total if total else 0
cells = [f"{m:.1f} ± {s:.1f} ms" for m, s in zip(ms, sd)]
print(f"| `{sys.argv[2]}` | {total:,} | " + " | ".join(cells) +
      f" | {per(ms[0], ms[1]):.2f} | {per(ms[2], ms[3]):.2f} |")
PY
done
hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/s.json" \
  "$before stats -i $before_index" "$after stats -i $after_index" > /dev/null
python3 - "$work/s.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
print(f"\n`newsquery stats`: before {r[0]['mean']*1000:.1f} ± {r[0]['stddev']*1000:.1f} ms, "
      f"after {r[1]['mean']*1000:.1f} ± {r[1]['stddev']*1000:.1f} ms")
PY
