#!/usr/bin/env python3
"""What each document rule of the entity tagger contributes, per evaluation set and per topic.

    bench/rule_ablation.py BUILD_DIR [--eval-dir ../shared/eval] [--without R1,R2] [--json]

Runs `newsindex extract` on the CoNLL-2003 dev set and on MEANTIME dev once with every rule, once
with no rule, and once with each rule left out (`--without-rule NAME`), and scores each run with
../shared/eval/score.py. MEANTIME is scored per topic (Airbus, Apple: the `corpus_<topic>/` id
prefix), so that a rule chosen on one topic can be judged on the other. A rule's contribution is
the score with every rule minus the score without it: positive means the rule helps.

--without R1,R2 leaves those rules out of every run (the baseline too): to measure a rule set
chosen on one topic. The figures are document-set F1 over PER+ORG+LOC (what facets show) and, for
CoNLL, exact-span F1 over all four types.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

from extraction_scores import micro_f1

TYPES = ("PER", "ORG", "LOC")
TOPICS = ("airbus", "apple")


def rule_names(newsindex):
    # The rules are listed by the error for an unknown name, in their order.
    run = subprocess.run([newsindex, "extract", "--without-rule", "?", "/dev/null"],
                         capture_output=True, text=True)
    listed = run.stderr.split("{", 1)[1].split("}", 1)[0]
    return listed.split(",")


def docset_f1(block):
    return micro_f1(block, TYPES)


def score(scorer, gold_lines, pred_lines, work, name):
    gold_path = os.path.join(work, name + ".gold.jsonl")
    pred_path = os.path.join(work, name + ".pred.jsonl")
    with open(gold_path, "w") as f:
        f.writelines(gold_lines)
    with open(pred_path, "w") as f:
        f.writelines(pred_lines)
    out = subprocess.run([sys.executable, scorer, gold_path, pred_path, "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["entities"]


def topic_of(line):
    doc_id = json.loads(line)["id"]
    return doc_id.split("/", 1)[0].removeprefix("corpus_")


def measure(newsindex, scorer, eval_dir, left_out, work):
    figures = {}
    for set_name in ("conll2003_dev", "meantime_dev"):
        gold_path = os.path.join(eval_dir, set_name + ".jsonl")
        command = [newsindex, "extract"]
        for rule in left_out:
            command += ["--without-rule", rule]
        command.append(gold_path)
        pred = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        pred_lines = pred.splitlines(keepends=True)
        with open(gold_path) as f:
            gold_lines = f.readlines()
        if set_name == "conll2003_dev":
            entities = score(scorer, gold_lines, pred_lines, work, set_name)
            figures["conll_exact"] = 100 * entities["exact"]["micro"]["f1"]
            figures["conll_docset"] = docset_f1(entities["docset"])
        else:
            entities = score(scorer, gold_lines, pred_lines, work, set_name)
            figures["meantime"] = docset_f1(entities["docset"])
            for topic in TOPICS:
                g = [l for l in gold_lines if topic_of(l) == topic]
                p = [l for l in pred_lines if topic_of(l) == topic]
                figures[topic] = docset_f1(score(scorer, g, p, work, topic)["docset"])
    return figures


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build")
    parser.add_argument("--eval-dir", default=os.path.join(here, "..", "..", "shared", "eval"))
    parser.add_argument("--without", default="", help="rules left out of every run, comma-separated")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    newsindex = os.path.join(args.build, "indexer", "newsindex")
    scorer = os.path.join(args.eval_dir, "score.py")
    base_out = [r for r in args.without.split(",") if r]
    rules = [r for r in rule_names(newsindex) if r not in base_out]
    columns = ("conll_exact", "conll_docset", "meantime", "airbus", "apple")
    with tempfile.TemporaryDirectory() as work:
        every = measure(newsindex, scorer, args.eval_dir, base_out, work)
        none = measure(newsindex, scorer, args.eval_dir, base_out + rules, work)
        contributions = {}
        for rule in rules:
            without = measure(newsindex, scorer, args.eval_dir, base_out + [rule], work)
            contributions[rule] = {c: every[c] - without[c] for c in columns}
        # Each topic in turn is the development set (with CoNLL dev) and the other the test: a
        # rule is chosen when it helps on the development topic, or leaves it unchanged and helps
        # CoNLL dev; the test topic is then scored with the chosen rules only.
        crossed = {}
        for develop, test in (("airbus", "apple"), ("apple", "airbus")):
            chosen = [r for r in rules if contributions[r][develop] > 1e-9 or (
                abs(contributions[r][develop]) <= 1e-9 and contributions[r]["conll_exact"] > 1e-9)]
            left = [r for r in rules if r not in chosen]
            figures = measure(newsindex, scorer, args.eval_dir, base_out + left, work)
            crossed[test] = {"developed_on": develop, "chosen": chosen, "score": figures[test],
                             "score_with_every_rule": every[test]}
    if args.json:
        json.dump({"version": 1, "left_out": base_out, "every_rule": every, "no_rule": none,
                   "contribution": contributions, "cross_topic": crossed}, sys.stdout, indent=1)
        print()
        return
    print("| run | CoNLL exact | CoNLL doc-set | MEANTIME | Airbus | Apple |")
    print("|---|---|---|---|---|---|")
    for name, fig in (("every rule", every), ("no rule", none)):
        print(f"| {name} | " + " | ".join(f"{fig[c]:.2f}" for c in columns) + " |")
    print()
    print("Contribution of each rule (score with it minus score without it):")
    print()
    print("| rule | CoNLL exact | CoNLL doc-set | MEANTIME | Airbus | Apple |")
    print("|---|---|---|---|---|---|")
    for rule in rules:
        c = contributions[rule]
        print(f"| {rule} | " + " | ".join(f"{c[k]:+.2f}" for k in columns) + " |")
    print()
    print("Rules chosen on one topic (and CoNLL dev), measured on the other:")
    print()
    print("| developed on | measured on | rules chosen | score | with every rule |")
    print("|---|---|---|---|---|")
    for test, x in crossed.items():
        print(f"| {x['developed_on']} | {test} | {len(x['chosen'])} of {len(rules)} | "
              f"{x['score']:.2f} | {x['score_with_every_rule']:.2f} |")
    for test, x in crossed.items():
        print(f"\nnot chosen on {x['developed_on']}: "
              + ", ".join(r for r in rules if r not in x["chosen"]))


if __name__ == "__main__":
    main()
