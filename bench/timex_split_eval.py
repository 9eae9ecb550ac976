#!/usr/bin/env python3
"""Scores the date tagger on a fixed half of TimeBank+AQUAINT dev, so that rules can be developed
on one half (A) and measured on the other (B), which is never read for errors.

  bench/timex_split_eval.py BUILD_DIR [--half A|B|all] [--errors]

Halves: the documents sorted by id, even positions are A, odd positions are B. The rule must not
depend on the predictions, so a change cannot move a document between halves. --errors lists the
unmatched and wrongly valued timexes of half A only (there is no way to list B's).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL_DIR = os.path.join(HERE, "..", "..", "shared", "eval")


def half_ids(gold_path, half):
    ids = sorted(json.loads(line)["id"] for line in open(gold_path, encoding="utf-8") if line.strip())
    if half == "all":
        return set(ids)
    return {doc_id for i, doc_id in enumerate(ids) if i % 2 == (0 if half == "A" else 1)}


def write_subset(src_lines, keep, path):
    with open(path, "w", encoding="utf-8") as out:
        for line in src_lines:
            if line.strip() and json.loads(line)["id"] in keep:
                out.write(line if line.endswith("\n") else line + "\n")


def list_errors(gold_path, pred_path):
    gold = {d["id"]: d for d in map(json.loads, open(gold_path, encoding="utf-8"))}
    pred = {d["id"]: d for d in map(json.loads, open(pred_path, encoding="utf-8"))}
    for doc_id in sorted(gold):
        g = gold[doc_id]
        text = g["text"]
        gt = g.get("timexes", [])
        pt = pred.get(doc_id, {}).get("timexes", [])
        used = set()
        for t in gt:
            match = None
            for j, p in enumerate(pt):
                if j not in used and min(t["end"], p["end"]) > max(t["start"], p["start"]):
                    match = j
                    break
            ctx = text[max(0, t["start"] - 60):t["end"] + 40].replace("\n", " ")
            if match is None:
                print(f"MISS\t{doc_id}\t{g['dct']}\t{t['type']}\t{t['text']!r}\t{t['value']}\t|{ctx}|")
                continue
            used.add(match)
            p = pt[match]
            span = "" if (p["start"], p["end"]) == (t["start"], t["end"]) else "SPAN"
            if p["value"] != t["value"]:
                print(f"VALUE{span}\t{doc_id}\t{g['dct']}\t{t['type']}\t{t['text']!r}\t{t['value']}\t"
                      f"pred {p['text']!r} {p['value']}\t|{ctx}|")
            elif span:
                print(f"SPAN\t{doc_id}\t{g['dct']}\t{t['type']}\t{t['text']!r}\tpred {p['text']!r}\t|{ctx}|")
        for j, p in enumerate(pt):
            if j not in used:
                ctx = text[max(0, p["start"] - 60):p["end"] + 40].replace("\n", " ")
                print(f"SPURIOUS\t{doc_id}\t{g['dct']}\t{p['type']}\t{p['text']!r}\t{p['value']}\t|{ctx}|")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build_dir")
    ap.add_argument("--half", choices=["A", "B", "all"], default="A")
    ap.add_argument("--errors", action="store_true", help="list half A's errors")
    args = ap.parse_args()
    if args.errors and args.half != "A":
        sys.exit("errors are listed for half A only: B is for measuring")
    gold_path = os.path.join(EVAL_DIR, "timebank_aquaint_dev.jsonl")
    newsindex = os.path.join(args.build_dir, "indexer", "newsindex")
    keep = half_ids(gold_path, args.half)
    with tempfile.TemporaryDirectory() as work:
        pred_all = subprocess.run([newsindex, "extract", gold_path], check=True, capture_output=True,
                                  text=True).stdout.splitlines(keepends=True)
        gold_half = os.path.join(work, "gold.jsonl")
        pred_half = os.path.join(work, "pred.jsonl")
        write_subset(open(gold_path, encoding="utf-8").readlines(), keep, gold_half)
        write_subset(pred_all, keep, pred_half)
        if args.errors:
            list_errors(gold_half, pred_half)
            return
        res = json.loads(subprocess.run([sys.executable, os.path.join(EVAL_DIR, "score.py"), gold_half, pred_half,
                                         "--json"], check=True, capture_output=True, text=True).stdout)
    tx = res["timexes"]
    print(f"half {args.half}: {len(keep)} docs")
    print(f"  value F1 (TempEval-3) {100 * tx['value']['value_f1']:6.2f}")
    print(f"  relaxed span F1       {100 * tx['overlap']['f1']:6.2f}")
    print(f"  exact span F1         {100 * tx['exact']['f1']:6.2f}")


if __name__ == "__main__":
    main()
