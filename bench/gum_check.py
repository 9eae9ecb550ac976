#!/usr/bin/env python3
"""Document-set F1 of people, organisations and places on GUM's Wikinews articles
(../shared/corpus/gum_wikinews.jsonl, meta.entities), a check never tuned on.

GUM annotates every mention, named or not ("a group of Afghan teenagers", "U.S. President Donald
Trump's"); only mentions it links to Wikipedia that read as a bare name are counted: a leading
"the" and a trailing "'s" are taken off, and every word left must be capitalised or a name
connector ("of", "and", "de", "&"). Per article, the sets of (type, text) are compared.

    newsindex extract ../shared/corpus/gum_wikinews.jsonl > pred.jsonl
    bench/gum_check.py ../shared/corpus/gum_wikinews.jsonl pred.jsonl
"""
import json
import sys

TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
CONNECTORS = {"of", "and", "the", "de", "del", "la", "van", "von", "der", "for", "&", "-", "on"}


def bare_name(text):
    """The mention as a bare name, or None when it is a description."""
    for article in ("the ", "The "):
        if text.startswith(article):
            text = text[len(article):]
    for possessive in ("'s", "'"):
        if text.endswith(possessive):
            text = text[: -len(possessive)].rstrip()
    words = text.split()
    if not words or not all(w[0].isupper() or w[0].isdigit() or w in CONNECTORS for w in words):
        return None
    return text


def main(gold_path, pred_path):
    gold, pred = {}, {}
    for line in open(gold_path, encoding="utf-8"):
        doc = json.loads(line)
        entities = doc.get("meta", {}).get("entities", [])
        gold[doc["id"]] = {(TYPES[e["type"]], bare_name(e["text"])) for e in entities
                           if e.get("type") in TYPES and e.get("wikipedia")
                           and bare_name(e["text"])}
    for line in open(pred_path, encoding="utf-8"):
        doc = json.loads(line)
        pred[doc["id"]] = {(e["type"], e["text"])
                           for e in doc["entities"] if e["type"] in TYPES.values()}
    print(f"{'type':6} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for kind in ["PER", "ORG", "LOC", "all"]:
        tp = g = p = 0
        for doc_id, gset in gold.items():
            pset = pred.get(doc_id, set())
            if kind != "all":
                gset = {x for x in gset if x[0] == kind}
                pset = {x for x in pset if x[0] == kind}
            tp += len(gset & pset)
            g += len(gset)
            p += len(pset)
        precision = tp / p if p else 0.0
        recall = tp / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{kind:6} {g:6} {p:6} {100*precision:6.2f} {100*recall:6.2f} {100*f1:6.2f}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
