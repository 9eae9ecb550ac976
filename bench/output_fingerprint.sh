#!/usr/bin/env bash
# Output fingerprint of a newsindex build: runs `newsindex extract`, `newsindex add`, a set of
# `newsquery` searches / entity profiles / stats and `newsindex stats` on fixed inputs, normalises
# what legitimately varies between runs (index path, timings, sizes on disk) and writes md5 sums,
# so that a refactored build can be checked to behave byte-identically to a baseline build:
#
#   bench/output_fingerprint.sh BUILD_DIR OUT_DIR [MODEL]
#   diff -r BASELINE_OUT/ OUT_DIR/   (or just: diff BASE/extract.md5 OUT/extract.md5 etc.)
#
# BUILD_DIR holds indexer/newsindex and query/newsquery. MODEL is the entity model passed as
# --model to every `newsindex add`/`extract` (default: $NEWSINDEX_MODEL, else the compiled-in path).
#
# Writes into OUT_DIR:
#   extract.md5   one line per input: "<stdout md5>  <name>  rc=<exit code>  stderr=<stderr md5>"
#   extract/      the normalised outputs (NAME.out.gz, NAME.err), for diffing
#   queries.md5   the same line format, one per search/profile/stats run (and the two `add` runs)
#   queries/      the normalised outputs (NAME.out, NAME.err)
#   help.md5      the same for --help of every (sub)command and a few command-line errors
#                 (compiled-in model path and core count masked); help/ has the outputs
#   index.md5     md5 of text dumps of the index content (metadata, all terms, all documents),
#                 if a C++ compiler and the Xapian headers are available (else a note saying so)
#   index-dump/   dumps of metadata and terms (gzip), for diffing
#   meta.txt      md5 of the binaries and model, date (informative; differs between builds)
#
# Environment:
#   CORPUS_DIR  sample corpus folder (default: the repo's corpus/articles, i.e. $(dirname $0)/../corpus/articles)
#   SHARED_DIR  folder with corpus/ and eval/ (default: $(dirname $0)/../../shared)
#   FP_STAGE    fixed scratch folder the sample corpus is copied to (default /tmp/newsindex-fingerprint).
#               The .txt articles take their absolute path as id, and ids choose the shard, so the
#               corpus is always indexed from the same path whatever the checkout it comes from;
#               the copies get a fixed mtime. Two runs must not share FP_STAGE at the same time (flock).
#   INDEX_DIR   where the index is built (default OUT_DIR/index); removed at the end unless KEEP_INDEX=1
#   JOBS        -j for `newsindex add` (default 2; the number of shards, so keep it equal between
#               the runs you compare)
set -euo pipefail

usage() { echo "usage: $0 BUILD_DIR OUT_DIR [MODEL]" >&2; exit 2; }
[ $# -ge 2 ] && [ $# -le 3 ] || usage

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)
model=${3:-${NEWSINDEX_MODEL:-}}
newsindex=$build/indexer/newsindex
newsquery=$build/query/newsquery
[ -x "$newsindex" ] && [ -x "$newsquery" ] || { echo "no newsindex/newsquery under $build" >&2; exit 2; }
model_args=()
if [ -n "$model" ]; then
  [ -f "$model" ] || { echo "no model at $model" >&2; exit 2; }
  model=$(cd "$(dirname "$model")" && pwd)/$(basename "$model")
  model_args=(--model "$model")
  export NEWSINDEX_MODEL=$model
fi

corpus_src=${CORPUS_DIR:-$here/../corpus/articles}
[ -d "$corpus_src" ] || { echo "no sample corpus at $corpus_src (set CORPUS_DIR)" >&2; exit 2; }
corpus_src=$(cd "$corpus_src" && pwd)
if [ -n "${SHARED_DIR:-}" ]; then
  shared=$SHARED_DIR
else
  shared=$here/../../shared
fi
[ -f "$shared/corpus/reuters21578.jsonl" ] || { echo "no corpora under $shared/corpus (set SHARED_DIR)" >&2; exit 2; }
jobs=${JOBS:-2}

# Everything the tools print should not depend on the caller's locale, time zone or terminal.
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1
unset NEWSINDEX_INDEX COLUMNS || true

stage=${FP_STAGE:-/tmp/newsindex-fingerprint}
mkdir -p "$stage"
exec 9> "$stage.lock"
flock -n 9 || { echo "another fingerprint run holds $stage.lock" >&2; exit 2; }
rm -rf "${stage:?}/corpus"
mkdir -p "$stage/corpus"
cp -r "$corpus_src" "$stage/corpus/articles"
# A fixed mtime: the index remembers it per file.
find "$stage/corpus/articles" -exec touch -h -d '2025-01-01 00:00:00 UTC' {} +
corpus=$stage/corpus/articles

index=${INDEX_DIR:-$out/index}
work=$(mktemp -d)
cleanup() {
  rm -rf "$work"
  [ "${KEEP_INDEX:-0}" = 1 ] || rm -rf "${index:?}"
}
trap cleanup EXIT

rm -rf "$out/extract" "$out/queries" "$out/help" "$out/index-dump" "$out/extract.md5" \
       "$out/queries.md5" "$out/help.md5" "$out/index.md5" "$out/meta.txt" "${index:?}"
mkdir -p "$out/extract" "$out/queries" "$out/help" "$out/index-dump"

# Replaces what varies between runs of the same binary (or between checkouts) by placeholders.
normalise() {
  sed -e "s#$stage/corpus/articles#<CORPUS>#g" \
      -e "s#$corpus_src#<CORPUS>#g" \
      -e "s#$index#<INDEX>#g" \
      -e "s#$out#<OUT>#g" \
      -e "s#$work#<WORK>#g" \
      -e 's#"elapsed_seconds":[0-9.eE+-]*#"elapsed_seconds":<T>#g' \
      -e 's#"articles_per_second":[0-9.eE+-]*#"articles_per_second":<RATE>#g' \
      -e 's# in [0-9.]* s ([0-9]* articles/s)# in <T> s (<RATE> articles/s)#g' \
      -e 's#^\(size on disk *\).*#\1<SIZE>#' \
      -e 's#"bytes_on_disk": *[0-9]*#"bytes_on_disk": <SIZE>#g' \
      -e 's#\(compacted .*: \).* -> .*, #\1<SIZE> -> <SIZE>, #'
}

md5() { md5sum | cut -d' ' -f1; }

# run FILE_PREFIX CMD...: runs CMD with stdout and stderr captured; sets rc, never dies.
run() {
  local prefix=$1
  shift
  rc=0
  "$@" > "$work/stdout" 2> "$work/stderr" || rc=$?
  normalise < "$work/stdout" > "$prefix.out"
  normalise < "$work/stderr" > "$prefix.err"
}

record() {  # md5_file name prefix
  printf '%s  %s  rc=%s  stderr=%s\n' "$(md5 < "$3.out")" "$2" "$rc" "$(md5 < "$3.err")" >> "$1"
}

# ---------------------------------------------------------------- extraction
c=$shared/corpus
e=$shared/eval
extract_inputs=(
  "articles|$corpus"
  "reuters21578|$c/reuters21578.jsonl"
  "chronam1916_sample|$c/chronam1916_sample.jsonl.gz"
  "gum_wikinews|$c/gum_wikinews.jsonl"
  "fi_news_sample|$c/fi_news_sample.jsonl"
  "conll2003_dev|$e/conll2003_dev.jsonl"
  "meantime_dev|$e/meantime_dev.jsonl"
  "timebank_aquaint_dev|$e/timebank_aquaint_dev.jsonl"
)
for entry in "${extract_inputs[@]}"; do
  name=${entry%%|*}
  path=${entry#*|}
  run "$work/x" "$newsindex" extract "${model_args[@]}" "$path"
  record "$out/extract.md5" "$name" "$work/x"
  gzip -1 -n < "$work/x.out" > "$out/extract/$name.out.gz"
  cp "$work/x.err" "$out/extract/$name.err"
done
extract_variant() {  # name path args...
  local name=$1 path=$2
  shift 2
  run "$work/x" "$newsindex" extract "${model_args[@]}" "$@" "$path"
  record "$out/extract.md5" "$name" "$work/x"
  gzip -1 -n < "$work/x.out" > "$out/extract/$name.out.gz"
  cp "$work/x.err" "$out/extract/$name.err"
}
extract_variant "gum_wikinews.offsets-bytes" "$c/gum_wikinews.jsonl" --offsets bytes
extract_variant "gum_wikinews.no-entities" "$c/gum_wikinews.jsonl" --no-entities
extract_variant "articles.offsets-bytes" "$corpus" --offsets bytes

# ---------------------------------------------------------------- index
q=$out/queries
qmd5=$out/queries.md5
run "$q/add.json" "$newsindex" add -j "$jobs" --json "${model_args[@]}" -i "$index" \
    "$c/reuters21578.jsonl" "$corpus"
record "$qmd5" "add.json" "$q/add.json"
if [ "$rc" != 0 ]; then echo "newsindex add failed (rc=$rc):" >&2; cat "$q/add.json.err" >&2; fi
# The same files again: nothing changed, so every article is "unchanged" (human summary on stderr).
run "$q/add-again" "$newsindex" add -j "$jobs" "${model_args[@]}" -i "$index" \
    "$c/reuters21578.jsonl" "$corpus"
record "$qmd5" "add-again" "$q/add-again"

# ---------------------------------------------------------------- searches
today=(--today 2025-06-30)
search() {  # name args...  (JSON)
  local name=$1
  shift
  run "$q/$name" "$newsquery" search -i "$index" --json "${today[@]}" "$@"
  record "$qmd5" "$name" "$q/$name"
}
human() {  # name args...  (human output, not a terminal)
  local name=$1
  shift
  run "$q/$name" "$newsquery" search -i "$index" "${today[@]}" "$@"
  record "$qmd5" "$name" "$q/$name"
}
search s01-word said
search s02-words oil prices
search s03-phrase '"oil prices"'
search s04-person 'person:Reagan'
search s05-person-phrase 'person:"James Baker"'
search s06-org 'org:OPEC'
search s07-place-and 'place:"United States" AND wheat'
search s08-source 'source:Reuters' grain
search s09-lang-de 'lang:de'
search s10-lang-en-word 'lang:en' tariff
search s11-date-range 'date:1987-03-01..1987-03-31' coffee
search s12-date-month-byday 'date:1987-04' --by day --facet-limit 3
search s13-mentions-year 'mentions:1986' crude
search s14-mentions-month 'mentions:2025-04'
search s15-not oil NOT opec
search s16-minus oil -opec
search s17-or coffee OR cocoa
search s18-wildcard 'ukrain*'
search s19-title 'title:tariff'
search s20-relative-date 'date:30d'
search s21-sort-newest tariff --sort newest
search s22-sort-oldest-offset wheat --sort oldest --offset 5 --limit 5
search s23-no-facets said --no-facets
search s24-facet-limit oil --facet-limit 3
search s25-facet-subset trade --facets person,place --by month
search s26-facet-significant oil --facet-order significant --facet-limit 5
search s27-all-docs --limit 3
search s28-stem-lang-de bundeskanzlers gewählten --stem-lang de
search s29-zero-hits xyzzyqq
search s30-bad-date 'date:2025-13-45'
search s31-multilingual Ucraina OR Ukraine OR Украина
search s32-open-range 'date:..1987-02-28' 'mentions:2020..'
search s33-limit-offset said --limit 20 --offset 100 --no-facets

human h01-said said
human h02-person-newest 'person:Reagan' --sort newest --facet-limit 5
human h03-phrase-bymonth '"oil prices"' --facet-limit 5 --by month
human h04-colour-always NATO --color always
human h05-no-facets ukraine --no-facets
human h06-zero-hits xyzzyqq

entity() {  # name args...
  local name=$1
  shift
  run "$q/$name" "$newsquery" entity -i "$index" "$@"
  record "$qmd5" "$name" "$q/$name"
}
entity e01-reagan --json Reagan
entity e02-baker-person --json --type person --limit 5 --by year Baker
entity e03-opec --json OPEC
entity e04-japan-place --json --type place Japan
entity e05-unknown --json nosuchentityzz
entity e06-baker-human --type person Baker
entity e07-nato-day --json --by day NATO

stats() {  # name tool args...
  local name=$1 tool=$2
  shift 2
  run "$q/$name" "$tool" stats -i "$index" "$@"
  record "$qmd5" "$name" "$q/$name"
}
stats q-stats-json "$newsquery" --json
stats q-stats-json-nofacets "$newsquery" --json --no-facets --limit 2
stats q-stats-json-significant "$newsquery" --json --facet-order significant --by year
stats q-stats-human "$newsquery"
stats i-stats-human "$newsindex"
stats i-stats-json "$newsindex" --json

# ---------------------------------------------------------------- command line
# --help texts and option errors. The compiled-in model path is masked (it moves with the checkout).
h=$out/help
help_run() {  # name tool args...
  local name=$1
  shift
  run "$h/$name" "$@"
  sed -i -e 's#\(--model TEXT=\)[^ ]*#\1<MODEL_DEFAULT>#' \
         -e 's#\(--jobs UINT:INT in \[1 - 64\]=\)[0-9]*#\1<NPROC>#' "$h/$name.out" "$h/$name.err"
  record "$out/help.md5" "$name" "$h/$name"
}
help_run newsindex "$newsindex" --help
for sub in add extract train stats compact; do help_run "newsindex-$sub" "$newsindex" "$sub" --help; done
help_run newsquery "$newsquery" --help
for sub in search stats entity; do help_run "newsquery-$sub" "$newsquery" "$sub" --help; done
help_run err-newsindex-nosub "$newsindex"
help_run err-newsquery-bad-sort "$newsquery" search -i "$index" --sort bogus said
help_run err-newsquery-bad-facet "$newsquery" search -i "$index" --facets person,bogus said
help_run err-newsquery-no-index "$newsquery" search -i "$work/no-such-index" said
help_run err-newsindex-stats-no-index "$newsindex" stats -i "$work/no-such-index"
help_run err-newsindex-extract-missing "$newsindex" extract "${model_args[@]}" "$work/no-such-file.jsonl"

# ---------------------------------------------------------------- index content
dump_src=$work/index_dump.cc
cat > "$dump_src" <<'CC'
#include <xapian.h>
#include <cstdio>
#include <iostream>
#include <string>
static std::string esc(const std::string& s) {
  std::string out;
  char buf[8];
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      out.push_back(static_cast<char>(c));
    } else {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  return out;
}
int main(int argc, char** argv) {
  if (argc < 3) return 2;
  std::string mode = argv[1];
  std::ios::sync_with_stdio(false);
  try {
    for (int i = 2; i < argc; ++i) {
      Xapian::Database db(argv[i]);
      std::cout << "== shard " << (i - 2) << "\n";
      if (mode == "meta") {
        std::cout << "doccount " << db.get_doccount() << "\nlastdocid " << db.get_lastdocid()
                  << "\ntotal_length " << db.get_total_length() << "\n";
        for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k)
          std::cout << "meta " << esc(*k) << " = " << esc(db.get_metadata(*k)) << "\n";
        for (Xapian::valueno slot = 0; slot < 256; ++slot) {
          if (db.get_value_freq(slot) == 0) continue;
          std::cout << "slot " << slot << " freq " << db.get_value_freq(slot) << " lower "
                    << esc(db.get_value_lower_bound(slot)) << " upper "
                    << esc(db.get_value_upper_bound(slot)) << "\n";
        }
      } else if (mode == "terms") {
        for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t)
          std::cout << esc(*t) << '\t' << t.get_termfreq() << '\t' << db.get_collection_freq(*t) << '\n';
      } else if (mode == "docs") {
        for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
          Xapian::Document doc = db.get_document(*p);
          std::cout << "doc " << *p << " len " << p.get_doclength() << "\ndata " << esc(doc.get_data()) << "\n";
          for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
            std::cout << "value " << v.get_valueno() << ' ' << esc(*v) << '\n';
          for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
            std::cout << "term " << esc(*t) << ' ' << t.get_wdf();
            for (auto pos = t.positionlist_begin(); pos != t.positionlist_end(); ++pos) std::cout << ' ' << *pos;
            std::cout << '\n';
          }
        }
      } else {
        return 2;
      }
    }
  } catch (const Xapian::Error& e) {
    std::cerr << "index_dump: " << e.get_description() << "\n";
    return 1;
  }
  return 0;
}
CC
shards=()
for shard in "$index"/shard-*; do [ -d "$shard" ] && shards+=("$shard"); done
if [ ${#shards[@]} -gt 0 ] && ${CXX:-c++} -std=c++17 -O1 -o "$work/index_dump" "$dump_src" -lxapian 2> "$work/cc.err"; then
  for mode in meta terms docs; do
    rc=0
    "$work/index_dump" "$mode" "${shards[@]}" 2> "$work/dump.err" | normalise > "$work/dump.out" || rc=$?
    printf '%s  %s  rc=%s\n' "$(md5 < "$work/dump.out")" "$mode" "$rc" >> "$out/index.md5"
    [ "$mode" = docs ] || gzip -1 -n < "$work/dump.out" > "$out/index-dump/$mode.txt.gz"
  done
else
  echo "index content not dumped (no shards or no C++ compiler / Xapian headers)" > "$out/index.md5"
  cat "$work/cc.err" >> "$out/index.md5" 2> /dev/null || true
fi

{
  echo "date        $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "newsindex   $(md5 < "$newsindex")  $newsindex"
  echo "newsquery   $(md5 < "$newsquery")  $newsquery"
  [ -n "$model" ] && echo "model       $(md5 < "$model")  $model"
  echo "corpus      $corpus_src (staged at $corpus)"
  echo "shared      $shared"
  echo "jobs        $jobs"
} > "$out/meta.txt"

echo "fingerprint written to $out: $(wc -l < "$out/extract.md5") extractions, $(wc -l < "$out/queries.md5") queries, $(wc -l < "$out/help.md5") help/errors"
