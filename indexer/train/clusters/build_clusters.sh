#!/bin/bash
# build_clusters.sh -- build out/en-news.clusters (word<TAB>c64<TAB>c256<TAB>c1024)
# from fetched news, encyclopedia or newspaper text.
#
# usage: build_clusters.sh SRC [SRC...]
#   SRC: a folder (searched recursively) or a single file of
#        *.txt / *.txt.gz  WikiExtractor output (<doc ...> ... </doc>, e.g. English
#                          Wikipedia) -- clean text; any other *.txt is one OCR page;
#        *.jsonl / *.jsonl.gz  WikiExtractor --json output (e.g. English Wikinews),
#                          the "text" field -- clean text;
#        or a bare git dir of github:dchud/chronam-text (as brought by the fetch tool,
#        e.g. /work/.mirror/dchud+chronam-text/repo; its HEAD's dates/**/*.txt are
#        read with `git archive`) -- OCR pages.
#   e.g. the shipped table en-news.clusters.gz (2026-12-07; sources in README.md):
#        MAXTOK=40000000 EPOCH=2 ./build_clusters.sh enwiki2021_*.txt.gz \
#            enwiki2014_*.txt.gz enwiki2015_*.txt.gz
# env:  WORK (scratch, default ./work), OUT (default ./out), NPROC (default: nproc),
#       EPOCH (fastText epochs, default 3), MINCOUNT (5), DIM (100),
#       VOCAB (words clustered, default 200000), KS (default 64,256,1024),
#       MAXTOK (optional cap on training tokens: every source part gives the same
#       share of its text, from its beginning, so a cap still mixes all sources),
#       REUSE=1 (keep the tokenised parts $WORK/s*.p*.txt of an earlier run with the
#       same SRCs and start at the MAXTOK cut: to try another cap or other settings),
#       FTEXTRA (extra fastText options, default "-maxn 0 -t 1e-5": no character
#       n-grams, so vectors are purely distributional like Brown clusters, and
#       word2vec's 1e-5 subsampling of frequent tokens; together they run ~3.3x
#       faster than the defaults -- 27 min instead of 89 min for 100M tokens x 3
#       epochs on 2 cores).
# needs: git, python3 + numpy (Debian: python3-numpy), fasttext (Debian: fasttext).
#
# Steps
#   2. text:     extract.py pass1 (tokenise CoNLL-style, count tokens; OCR pages: drop
#                OCR-garbage lines; clean text: drop markup and headings only) then
#                pass2 (OCR: mend words broken across lines using the corpus counts;
#                one sentence per line)                           -> $WORK/text.txt
#   3. vectors:  fastText skipgram, case kept                   -> $WORK/vec.{bin,vec}
#   4. clusters: cluster.py spherical k-means, nested levels    -> $OUT/en-news.clusters
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-/usr/bin/python3}
WORK=${WORK:-$HERE/work}
OUT=${OUT:-$HERE/out}
NPROC=${NPROC:-$(nproc)}
EPOCH=${EPOCH:-3}
MINCOUNT=${MINCOUNT:-5}
DIM=${DIM:-100}
VOCAB=${VOCAB:-200000}
KS=${KS:-64,256,1024}
FTEXTRA=${FTEXTRA:--maxn 0 -t 1e-5}
[ $# -ge 1 ] || { sed -n '2,31p' "$0"; exit 2; }
mkdir -p "$WORK" "$OUT"
LOG=$WORK/timings.txt
: > "$LOG"
stamp() { echo "$(date -u +%FT%TZ) $*" | tee -a "$LOG"; }
T0=$(date +%s)

if [ -z "${REUSE:-}" ]; then
# ---- step 2a: pass 1, NPROC parts per source in parallel -------------------------
stamp "pass1 start"
s=0
for SRC in "$@"; do
  for ((p = 0; p < NPROC; p++)); do
    "$PY" "$HERE/extract.py" pass1 "$p/$NPROC" "$SRC" "$WORK/s$s.p$p.lines" "$WORK/s$s.p$p.counts" &
  done
  wait
  s=$((s + 1))
done
stamp "pass1 done"

# ---- step 2b: pass 2 (needs every part's counts), parallel over parts ------------
for f in "$WORK"/s*.p*.lines; do
  "$PY" "$HERE/extract.py" pass2 "$WORK"/s*.p*.counts "$f" "${f%.lines}.txt" &
  while [ "$(jobs -rp | wc -l)" -ge "$NPROC" ]; do sleep 1; done
done
wait
fi
if [ -n "${MAXTOK:-}" ]; then
  # the same share of every part, so that a cap keeps every source in the mix
  # (awk reads the files itself: a pipe into an early-exiting awk would trip pipefail)
  total=$(cat "$WORK"/s*.p*.txt | wc -w)
  : > "$WORK/text.txt"
  for f in "$WORK"/s*.p*.txt; do
    awk -v max="$(( $(wc -w < "$f") * MAXTOK / total ))" '{n += NF; if (n > max) exit; print}' "$f" >> "$WORK/text.txt"
  done
else
  cat "$WORK"/s*.p*.txt > "$WORK/text.txt"
fi
stamp "text done: $(wc -l < "$WORK/text.txt") lines, $(wc -w < "$WORK/text.txt") tokens"

# ---- step 3: fastText skipgram vectors (case preserved: no lower-casing anywhere) ---
fasttext skipgram -input "$WORK/text.txt" -output "$WORK/vec" -dim "$DIM" \
  -minCount "$MINCOUNT" -epoch "$EPOCH" -thread "$NPROC" $FTEXTRA -verbose 2
stamp "fasttext done: $(head -1 "$WORK/vec.vec")"

# ---- step 4: k-means at three granularities, nested ------------------------------
"$PY" "$HERE/cluster.py" "$WORK/vec.vec" "$OUT/en-news.clusters" --vocab "$VOCAB" --k "$KS" \
  --show Clinton,Reuters,Germany,Monday,shares,London,Ltd,Apple,Wikinews,said,million,Microsoft,Obama,Siemens \
  | tee "$WORK/neighbours.txt"
stamp "clusters done: $(wc -l < "$OUT/en-news.clusters") words, $(stat -c %s "$OUT/en-news.clusters") bytes"
stamp "total $(( $(date +%s) - T0 )) s"
