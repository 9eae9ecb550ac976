#!/usr/bin/env python3
"""The top people, organisations and places of an archive as two builds index it, side by side.

    bench/facet_compare.py facets BUILD OUT.json ARCHIVE... [--top 30] [--model FILE]
    bench/facet_compare.py compare BEFORE.json AFTER.json

`facets` indexes the archives with the build's `newsindex add` into a fresh index and keeps the
person, org and place facets of `newsquery search --limit 0 --json`. `compare` prints two such
files side by side, marking names in one top list only: `-` gone from the after list, `+` new in
it. What a facet shows is what a reader of the archive sees first, so wrong names there are read
for, not just counted.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

KINDS = ("person", "org", "place")


def facets(build, archives, top, model, work, name):
    index = os.path.join(work, name)
    env = dict(os.environ)
    if model:
        env["NEWSINDEX_MODEL"] = model
    subprocess.run([os.path.join(build, "indexer", "newsindex"), "add", "-q", "-i", index,
                    *archives], check=True, env=env)
    out = subprocess.run(
        [os.path.join(build, "query", "newsquery"), "search", "-i", index, "--limit", "0",
         "--facets", ",".join(KINDS), "--facet-limit", str(top), "--json"],
        check=True, capture_output=True, text=True).stdout
    doc = json.loads(out)
    return {kind: [(v["value"], v["count"]) for v in doc["facets"][kind]["values"]]
            for kind in KINDS}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    f = sub.add_parser("facets")
    f.add_argument("build")
    f.add_argument("out")
    f.add_argument("archives", nargs="+")
    f.add_argument("--top", type=int, default=30)
    f.add_argument("--model")
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    args = parser.parse_args()
    if args.command == "facets":
        with tempfile.TemporaryDirectory() as work:
            found = facets(args.build, args.archives, args.top, args.model, work, "index")
        with open(args.out, "w") as out:
            json.dump({"archives": args.archives, "top": args.top, "facets": found}, out, indent=1)
        return 0
    before = json.load(open(args.before))
    after = json.load(open(args.after))
    for kind in KINDS:
        b, a = before["facets"][kind], after["facets"][kind]
        b_names, a_names = {n for n, _ in b}, {n for n, _ in a}
        print(f"\n{kind} (top {after['top']}): {len(b_names - a_names)} gone, "
              f"{len(a_names - b_names)} new\n")
        print("| # | before | articles | after | articles |")
        print("|---|---|---|---|---|")
        for i in range(max(len(b), len(a))):
            left = right = ("", "")
            if i < len(b):
                left = (("- " if b[i][0] not in a_names else "") + b[i][0], str(b[i][1]))
            if i < len(a):
                right = (("+ " if a[i][0] not in b_names else "") + a[i][0], str(a[i][1]))
            print(f"| {i + 1} | {left[0]} | {left[1]} | {right[0]} | {right[1]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
