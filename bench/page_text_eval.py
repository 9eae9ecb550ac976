#!/usr/bin/env python3
"""Scores the article text the HTML reader extracts against a gold standard.

    bench/page_text_eval.py ARTICLES.jsonl GOLD_DIR [--split dev|test|all]

ARTICLES.jsonl is `read_articles --print` over a folder of pages NAME.html; GOLD_DIR holds the
gold article text of each page as NAME.txt (the layout of scrapinghub's article-extraction-
benchmark once unpacked, see bench/read_throughput.md). The score is that benchmark's: precision
and recall of the bag of word tokens, per page, averaged over pages; a page the reader gave no
article for scores 0 recall (and counts as precision 1, having added no boilerplate).

Pages split into dev and test by the parity of their position in name order, so that rules are
developed on one half and measured on the other.
"""
import argparse
import collections
import json
import pathlib
import re
import sys

TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text):
    return collections.Counter(t.lower() for t in TOKEN.findall(text))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("articles")
    parser.add_argument("gold")
    parser.add_argument("--split", choices=["dev", "test", "all"], default="all")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    args = parser.parse_args()

    extracted = {}
    for line in open(args.articles, encoding="utf-8"):
        record = json.loads(line)
        extracted[pathlib.Path(record["file"]).stem] = record["text"]
    names = sorted(p.stem for p in pathlib.Path(args.gold).glob("*.txt"))
    if args.split != "all":
        names = [n for i, n in enumerate(names) if (i % 2 == 0) == (args.split == "dev")]
    scores = []
    for name in names:
        gold = tokens(pathlib.Path(args.gold, name + ".txt").read_text(encoding="utf-8"))
        got = tokens(extracted.get(name, ""))
        common = sum((gold & got).values())
        precision = common / sum(got.values()) if got else 1.0
        recall = common / sum(gold.values()) if gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append((f1, precision, recall, name, name in extracted))
    n = len(scores)
    mean = lambda i: sum(s[i] for s in scores) / n
    print(f"{args.split}: {n} pages, {sum(s[4] for s in scores)} with an article; "
          f"precision {mean(1):.3f}  recall {mean(2):.3f}  F1 {mean(0):.3f}")
    for f1, precision, recall, name, found in sorted(scores)[: args.worst]:
        print(f"  {f1:.2f}  P {precision:.2f} R {recall:.2f}  {name}{'' if found else '  (none)'}")


if __name__ == "__main__":
    sys.exit(main())
