#!/usr/bin/env bash
# Measures extraction accuracy on the gold sets in ../shared/eval with the real pipeline
# (newsindex extract) and ../shared/eval/score.py, and prints the figures the README's accuracy
# table quotes.
#
#   bench/eval_extraction.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
eval_dir=$here/../../shared/eval
newsindex=$build/indexer/newsindex
[ -x "$newsindex" ] || { echo "build first: cmake --build $build" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for set in conll2003_dev meantime_dev timebank_aquaint_dev; do
  "$newsindex" extract "$eval_dir/$set.jsonl" > "$work/$set.pred.jsonl"
  python3 "$eval_dir/score.py" "$eval_dir/$set.jsonl" "$work/$set.pred.jsonl" --json > "$work/$set.score.json"
done

python3 - "$work" "$here" <<'PY'
import json, sys
work = sys.argv[1]
sys.path.insert(0, sys.argv[2])
from extraction_scores import micro_f1 as f1
def load(name):
    return json.load(open(f"{work}/{name}.score.json"))
conll, meantime, timebank = load("conll2003_dev"), load("meantime_dev"), load("timebank_aquaint_dev")
rows = [
    ("CoNLL-2003 dev", "entities, exact span F1 (PER ORG LOC MISC)", 100 * conll["entities"]["exact"]["micro"]["f1"], "93.5"),
    ("CoNLL-2003 dev", "entities, document-set F1 (PER ORG LOC)", f1(conll["entities"]["docset"], ["PER", "ORG", "LOC"]), "-"),
    ("MEANTIME dev", "entities, document-set F1 (PER ORG LOC)", f1(meantime["entities"]["docset"], ["PER", "ORG", "LOC"]), "-"),
    ("TimeBank+AQUAINT dev", "timexes, TempEval-3 value F1", 100 * timebank["timexes"]["value"]["value_f1"], "85"),
    ("TimeBank+AQUAINT dev", "timexes, relaxed (overlap) span F1", 100 * timebank["timexes"]["overlap"]["f1"], "95"),
    ("MEANTIME dev", "timexes, DATE-value document-set F1", 100 * meantime["timexes"]["date_docset"]["f1"], "92"),
]
# The bars are issue 18's (README, Accuracy); MEANTIME's entity bar is per topic (rule_ablation.py).
print(f"| {'set':<22} | {'measure':<44} | {'score':>6} | {'bar':>4} |")
print(f"|{'-'*24}|{'-'*46}|{'-'*8}|{'-'*6}|")
for name, measure, score, bar in rows:
    print(f"| {name:<22} | {measure:<44} | {score:6.2f} | {bar:>4} |")
PY
