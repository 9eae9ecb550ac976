#!/usr/bin/env bash
# Whole-command latency of a faceted search, as a user at a shell sees it: newsquery against
# SQLite FTS5 with GROUP BY over the same articles and the same extracted entities, both timed by
# hyperfine -N (no shell) on a warm cache. Also the start-up floor: a query that matches nothing.
#
#   bench/command_latency.sh BUILD_DIR [ARCHIVE.jsonl]   (default: ../shared/corpus/reuters21578.jsonl)
#
# Needs hyperfine and sqlite3 (Debian: apt-get install hyperfine sqlite3). The index and the
# SQLite database are built in a temporary folder first (about a minute for Reuters).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?BUILD_DIR}" && pwd)
archive=${2:-$here/../../shared/corpus/reuters21578.jsonl}
newsindex=$build/indexer/newsindex
newsquery=$build/query/newsquery
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$newsindex" add -q -i "$work/index" "$archive"
"$newsindex" extract "$archive" > "$work/extract.jsonl"

# The same articles and entities in SQLite: an FTS5 table of title and text, and one row per
# (article, kind, canonical name), as a hand-wired pipeline would keep them.
python3 - "$archive" "$work/extract.jsonl" "$work/fts.db" <<'PY'
import json, sqlite3, sys
archive, extracted, db = sys.argv[1:4]
con = sqlite3.connect(db)
con.executescript("""
  CREATE VIRTUAL TABLE articles USING fts5(title, text);
  CREATE TABLE meta(rowid INTEGER PRIMARY KEY, id TEXT, date TEXT, source TEXT);
  CREATE TABLE entities(article INTEGER, kind TEXT, name TEXT);
  CREATE INDEX entities_by_article ON entities(article);
""")
rowids = {}
with open(archive, encoding="utf-8") as lines:
    for n, line in enumerate(lines, 1):
        a = json.loads(line)
        con.execute("INSERT INTO articles(rowid, title, text) VALUES (?, ?, ?)",
                    (n, a.get("title") or "", a.get("text") or ""))
        con.execute("INSERT INTO meta VALUES (?, ?, ?, ?)",
                    (n, a["id"], (a.get("date") or "")[:10], a.get("source")))
        rowids[a["id"]] = n
with open(extracted, encoding="utf-8") as lines:
    for line in lines:
        e = json.loads(line)
        row = rowids[e["id"]]
        names = {(m["type"], m["canonical"]) for m in e["entities"]}
        con.executemany("INSERT INTO entities VALUES (?, ?, ?)", [(row, k, n) for k, n in names])
con.commit()
PY

# Top 10 people, organisations and places and the articles per month, over the matches.
cat > "$work/facets.sql" <<'SQL'
CREATE TEMP TABLE hits AS SELECT rowid AS article FROM articles WHERE articles MATCH 'said';
SELECT count(*) FROM hits;
SELECT m.id, m.date FROM articles JOIN meta m ON m.rowid = articles.rowid
  WHERE articles MATCH 'said' ORDER BY rank LIMIT 10;
SELECT kind, name, n FROM (
  SELECT e.kind, e.name, count(*) AS n,
         row_number() OVER (PARTITION BY e.kind ORDER BY count(*) DESC) AS r
  FROM hits JOIN entities e ON e.article = hits.article
  WHERE e.kind IN ('PER', 'ORG', 'LOC') GROUP BY e.kind, e.name)
WHERE r <= 10;
SELECT substr(m.date, 1, 7), count(*) FROM hits JOIN meta m ON m.rowid = hits.article GROUP BY 1;
SQL

hyperfine -N --warmup 3 --runs 40 \
  --command-name "newsquery: said, people/orgs/places/published" \
  "$newsquery search -i $work/index --facets person,org,place,published said" \
  --command-name "sqlite3 FTS5 + GROUP BY: the same" \
  "sqlite3 $work/fts.db -init $work/facets.sql .quit" \
  --command-name "newsquery: a query that matches nothing" \
  "$newsquery search -i $work/index --facets person,org,place,published qqqzzz" \
  --ignore-failure --export-markdown "$work/latency.md"
cat "$work/latency.md"
