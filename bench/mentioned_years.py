#!/usr/bin/env python3
"""The spread of the years a corpus mentions, as `newsquery stats` would histogram them.

Runs `newsindex extract --no-entities` over each corpus, takes the DATE and TIME values that start
with a year (what the index stores as mentioned dates) and prints, per corpus: how many values,
how many distinct years, the lowest and highest year (the histogram's span), and the values whose
year lies more than 10 years after or more than 100 years before the article's publication date
(outliers), with the most frequent outlier values and, on request, the text around some of them.

    bench/mentioned_years.py [--newsindex BUILD/indexer/newsindex] [--model FILE]
                             [--part all|dev|test] [--top 20] [--show 0] CORPUS.jsonl[.gz] ...

--part splits each corpus by a hash of the article id into two halves (dev: even crc32, test:
odd) so rules can be tuned on one half and checked on the other. --show N prints the context of
N outlier mentions per corpus (for review). Example, before and after a change:

    bench/mentioned_years.py --newsindex /work/base-build/indexer/newsindex \\
        --model /work/baseline/en-conll.model ../shared/corpus/reuters21578.jsonl \\
        ../shared/corpus/chronam1916_sample.jsonl.gz
    bench/mentioned_years.py --newsindex build/rel/indexer/newsindex \\
        ../shared/corpus/reuters21578.jsonl ../shared/corpus/chronam1916_sample.jsonl.gz
"""
import argparse
import collections
import gzip
import json
import os
import random
import re
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
AFTER, BEFORE = 10, 100  # outlier window around the publication year


def read_articles(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def in_part(article_id, part):
    if part == "all":
        return True
    odd = zlib.crc32(article_id.encode("utf-8")) % 2 == 1
    return odd if part == "test" else not odd


def extract(newsindex, model, path):
    cmd = [newsindex, "extract", "--no-entities"]
    if model:
        cmd += ["--model", model]
    out = subprocess.run(cmd + [path], check=True, capture_output=True, text=True).stdout
    return {r["id"]: r.get("timexes", []) for r in map(json.loads, out.splitlines())}


def measure(args, path):
    articles = {a["id"]: a for a in read_articles(path) if in_part(a["id"], args.part)}
    timexes = extract(args.newsindex, args.model, path)
    years, outliers, shown = collections.Counter(), collections.Counter(), []
    values = 0
    for article_id, article in articles.items():
        published = int(article["date"][:4])
        for t in timexes.get(article_id, []):
            value = t["value"]
            if t["type"] not in ("DATE", "TIME") or not re.match(r"\d{4}(?:-|$)", value):
                continue
            values += 1
            year = int(value[:4])
            years[year] += 1
            if year > published + AFTER or year < published - BEFORE:
                outliers[value] += 1
                text = article["text"]
                context = text[max(0, t["start"] - 50):t["end"] + 30].replace("\n", " | ")
                shown.append(f"  {article_id} [{t['text']}] -> {value}: ...{context}...")
    name = os.path.basename(path)
    print(f"## {name} (part {args.part}: {len(articles)} articles)")
    print(f"values with a year: {values}")
    if years:
        lo, hi = min(years), max(years)
        print(f"distinct years: {len(years)}; min {lo}, max {hi} ({hi - lo + 1} buckets)")
    n = sum(outliers.values())
    print(f"outliers (> published+{AFTER} or < published-{BEFORE}): {n} values, "
          f"{len(outliers)} distinct")
    if outliers:
        print("most frequent: " +
              ", ".join(f"{v} x{c}" for v, c in outliers.most_common(args.top)))
    if args.show and shown:
        random.Random(1).shuffle(shown)
        print("\n".join(shown[:args.show]))
    print()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--newsindex", default=os.path.join(HERE, "..", "build", "indexer", "newsindex"))
    p.add_argument("--model", help="entity model (extract runs with --no-entities; older "
                   "binaries may still need it to start)")
    p.add_argument("--part", choices=["all", "dev", "test"], default="all")
    p.add_argument("--top", type=int, default=20)
    p.add_argument("--show", type=int, default=0)
    p.add_argument("corpora", nargs="+")
    args = p.parse_args()
    for path in args.corpora:
        measure(args, path)


if __name__ == "__main__":
    sys.exit(main())
