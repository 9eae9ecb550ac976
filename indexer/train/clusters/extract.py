#!/usr/bin/python3
"""Turn newspaper OCR pages or clean wiki text into tokenised plain text, one sentence per line.

Two passes (both run by build_clusters.sh, each split in N parts for N cores):

  pass1  I/N SRC OUT.lines OUT.counts
         Reads the documents of SRC and takes every I-th of N.  SRC is
           - a bare git dir of chronam-text -> `git archive HEAD dates`, OCR pages;
           - a directory (searched recursively) or a single file of
             *.txt / *.txt.gz: WikiExtractor output (a file whose first line
               starts with `<doc `) is clean text, one document per <doc>..</doc>
               (the <doc ...> and </doc> lines and the title line right after
               <doc> are dropped); any other *.txt file is one OCR page;
             *.jsonl / *.jsonl.gz: WikiExtractor --json output (Wikinews), the
               "text" field of each line is one clean document (pages whose title
               has a namespace "X:" or whose text is under 200 characters are
               skipped).
         OCR pages: tokenises each line CoNLL-style, drops lines that look like OCR
         garbage (a line is kept when >= 80% of its whitespace chunks are clean
         words, numbers or punctuation; the unclean chunks of a kept line are
         dropped), and writes the kept lines, with an empty line wherever a
         paragraph is broken (garbage line, headline, page end).
         Clean text: none of the OCR filters (they would drop "Zürich", "iPhone",
         "F-16", "COVID-19" and the lines holding them, and headline or
         hyphenation handling would mangle paragraphs): every chunk with a letter or
         digit is kept, HTML entities are decoded, curly quotes become ASCII, a
         line (a paragraph) of fewer than 5 chunks (section headings) is dropped,
         and every paragraph stands alone (no mending across lines in pass2).
         OUT.counts = token frequencies.

  pass2  COUNTS... IN.lines OUT.txt
         Re-joins each paragraph's lines, mending words broken across lines
         ("elabo" + "rates" -> "elaborates", "Muni-" + "tions" -> "Munitions")
         when the joined word is common enough in the whole corpus (COUNTS), then
         splits the paragraph into sentences, one per line.

Tokenisation (CoNLL 2003 style, case kept): punctuation is split off
("dollars." -> "dollars ."), abbreviations keep their period ("U.S.",
"Mr.", "J."), clitics are split PTB-style ("Reuters's" -> "Reuters 's",
"Reuters'" -> "Reuters '", "don't" -> "do n't"), hyphenated compounds and
numbers ("1,000", "3.5") stay one token, "--" is its own token.
"""
import gzip
import html
import io
import json
import os
import re
import subprocess
import sys
import tarfile
from collections import Counter

LEAD = "\"'`([{"
TRAIL = "\"'`)]}.,;:!?"
ABBR = ("Mr|Mrs|Ms|Dr|St|Jr|Sr|Co|Corp|Inc|Ltd|Bros|Gen|Col|Maj|Capt|Lieut|Lt|Sgt|"
        "Adm|Gov|Sen|Rep|Hon|Rev|Prof|Messrs|Mt|Ft|Jan|Feb|Mar|Apr|Aug|Sept|Sep|"
        "Oct|Nov|Dec|vs|etc|Esq|Ave|No|Nos|Dept|Assn|Ry|RR")
ABBR_RE = re.compile(r"(?:[A-Za-z]\.)+|(?:%s)\." % ABBR)
# a clean word part: lower, Capitalised, ALLCAPS, or Mc/Mac/O'-style names
WORDPART = r"(?:[A-Z]?[a-z]+|[A-Z]+|(?:Mc|Mac|De|La|Le|Van|Von)[A-Z][a-z]+|[A-Z]'[A-Z][a-z]+)"
WORD_RE = re.compile(r"%s(?:-%s)*" % (WORDPART, WORDPART))
NUM_RE = re.compile(r"\$?\d+(?:[,.:/]\d+)*(?:st|nd|rd|th|s|d)?%?")
CLITIC_RE = re.compile(r"(.+?)(n't|N'T|'s|'S|'re|'ve|'ll|'d|'m|')$")
PUNCT_OK = set(",.;:!?\"'()-&$%")
SINGLE_OK = set("aAI")


def split_at_dashes(ch, tokenise):
    """Tokens of a chunk with "--" in it: each piece's, with the dashes between; None if a piece
    is junk (tokenise returned None)."""
    out = []
    for i, piece in enumerate(ch.split("--")):
        if i:
            out.append("--")
        if piece:
            t = tokenise(piece)
            if t is None:
                return None
            out.extend(t)
    return out


def peel(ch):
    """(leading punctuation, core, trailing punctuation) of a chunk; an abbreviation keeps its
    full stop."""
    core = ch.lstrip(LEAD)
    pre = ch[: len(ch) - len(core)]
    core2 = core.rstrip(TRAIL)
    post = core[len(core2):]
    if post.startswith(".") and ABBR_RE.fullmatch(core2 + "."):
        core2 += "."
        post = post[1:]
    return pre, core2, post


def tok_chunk(ch):
    """Tokens for one whitespace chunk, or None if the chunk looks like OCR junk."""
    if "--" in ch:
        return split_at_dashes(ch, tok_chunk)
    pre, core2, post = peel(ch)
    if not core2:
        if len(ch) <= 3 and all(c in PUNCT_OK for c in ch):
            return list(ch)
        return None
    toks = []
    if core2.endswith(".") or core2[-1] in "0123456789%" or len(core2) < 2:
        words = [core2]
    else:
        m = CLITIC_RE.match(core2) if "'" in core2 else None
        if m and m.group(1):
            base, cl = m.group(1), m.group(2)
            if cl in ("n't", "N'T") and len(base) > 1:
                words = [base, cl]
            elif cl in ("'s", "'S", "'re", "'ve", "'ll", "'d", "'m"):
                words = [base, cl]
            else:  # trailing apostrophe: Reuters' -> Reuters '
                words = [base, "'"]
        else:
            words = [core2]
    w0 = words[0]
    if len(w0) == 1 and w0 not in SINGLE_OK and not w0.isdigit():
        return None
    if not (WORD_RE.fullmatch(w0) or NUM_RE.fullmatch(w0) or ABBR_RE.fullmatch(w0)):
        return None
    toks.extend(pre)
    toks.extend(words)
    toks.extend(post)
    return toks


def is_headline(toks):
    alpha = [t for t in toks if t[0].isalpha() and len(t) > 1]
    if not alpha:
        return False
    caps = sum(1 for t in alpha if t.isupper())
    return caps * 10 >= len(alpha) * 6


def page_lines(text):
    """Yield token lists for kept lines and None for paragraph breaks."""
    for raw in text.split("\n"):
        chunks = raw.split()
        if not chunks:
            yield None
            continue
        broken = None
        last = chunks[-1]
        if len(last) > 2 and last.endswith("-") and last[-2].isalpha():
            broken = last
            chunks = chunks[:-1]
        good, toks = 0, []
        for ch in chunks:
            t = tok_chunk(ch)
            if t is not None:
                good += 1
                toks.extend(t)
        n = len(chunks) + (1 if broken else 0)
        if broken:
            core = broken.lstrip(LEAD)[:-1]
            if WORD_RE.fullmatch(core):
                good += 1
                toks.append(core + "-")
        if n == 0 or good * 10 < n * 8 or not any(len(t) > 1 and t[0].isalpha() for t in toks):
            yield None
            continue
        if is_headline(toks):
            yield None
            yield toks
            yield None
        else:
            yield toks
    yield None


def clean_chunk(ch):
    """Tokens for one whitespace chunk of clean text (CoNLL splitting, no junk test)."""
    if "--" in ch:
        return split_at_dashes(ch, clean_chunk)
    pre, core2, post = peel(ch)
    if not core2 or not any(c.isalnum() for c in core2) or len(core2) > 40:
        return [c for c in ch if c in PUNCT_OK] if len(ch) <= 3 else []
    words = [core2]
    if not (core2.endswith(".") or core2[-1].isdigit() or len(core2) < 2) and "'" in core2:
        m = CLITIC_RE.match(core2)
        if m and m.group(1):
            base, cl = m.group(1), m.group(2)
            if cl in ("n't", "N'T") and len(base) > 1:
                words = [base, cl]
            elif cl in ("'s", "'S", "'re", "'ve", "'ll", "'d", "'m"):
                words = [base, cl]
            elif cl == "'":
                words = [base, "'"]
    return list(pre) + words + list(post)


QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def clean_lines(text):
    """Token lists of clean text, each paragraph (line) followed by None."""
    for raw in html.unescape(text).translate(QUOTES).split("\n"):
        chunks = raw.split()
        if len(chunks) < 5:
            continue
        toks = []
        for ch in chunks:
            toks.extend(clean_chunk(ch))
        if toks:
            yield toks
            yield None


def open_text(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def wikiextractor_docs(path):
    """Texts of the <doc> elements of a WikiExtractor file, title lines dropped."""
    buf, title_next = None, False
    with open_text(path) as f:
        for line in f:
            if line.startswith("<doc "):
                buf, title_next = [], True
            elif line.startswith("</doc>"):
                if buf is not None:
                    yield "".join(buf)
                buf = None
            elif buf is not None:
                if title_next:
                    title_next = False  # the title line right after <doc>
                else:
                    buf.append(line)


def jsonl_docs(path):
    with open_text(path) as f:
        for line in f:
            d = json.loads(line)
            text = d.get("text", "")
            if len(text) < 200 or re.match(r"[A-Z][A-Za-z ]*:", d.get("title", "")):
                continue
            yield text


def iter_pages(src, part, nparts):
    """(kind, text) for every nparts-th document of src, starting at part; kind is
    "ocr" (OCR page) or "clean" (wiki text)."""
    if os.path.isdir(os.path.join(src, "objects")):  # bare git dir (fetch mirror)
        p = subprocess.Popen(["git", "--git-dir", src, "archive", "--format=tar", "HEAD", "dates"],
                             stdout=subprocess.PIPE)
        i = 0
        with tarfile.open(fileobj=p.stdout, mode="r|") as tf:
            for m in tf:
                if not m.isfile() or not m.name.endswith(".txt"):
                    continue
                if i % nparts == part:
                    yield "ocr", tf.extractfile(m).read().decode("utf-8", "replace")
                i += 1
        p.wait()
        return
    exts = (".txt", ".txt.gz", ".jsonl", ".jsonl.gz")
    if os.path.isdir(src):
        names = []
        for d, _, fs in os.walk(src):
            names.extend(os.path.join(d, f) for f in fs if f.endswith(exts))
        names.sort()
    else:
        names = [src]
    i = 0
    for n in names:
        if n.endswith((".jsonl", ".jsonl.gz")):
            docs = jsonl_docs(n)
        else:
            with open_text(n) as f:
                wiki = f.readline().startswith("<doc ")
            if not wiki:  # an OCR page: the whole file
                if i % nparts == part:
                    with open_text(n) as f:
                        yield "ocr", f.read()
                i += 1
                continue
            docs = wikiextractor_docs(n)
        for text in docs:
            if i % nparts == part:
                yield "clean", text
            i += 1


def pass1(part_spec, src, out_lines, out_counts):
    part, nparts = map(int, part_spec.split("/"))
    cnt = Counter()
    npages = 0
    with open(out_lines, "w", encoding="utf-8") as out:
        for kind, text in iter_pages(src, part, nparts):
            npages += 1
            prev_blank = True
            for toks in (page_lines(text) if kind == "ocr" else clean_lines(text)):
                if toks is None:
                    if not prev_blank:
                        out.write("\n")
                        prev_blank = True
                    continue
                cnt.update(toks)
                out.write(" ".join(toks))
                out.write("\n")
                prev_blank = False
    with open(out_counts, "w", encoding="utf-8") as f:
        for w, c in cnt.items():
            f.write("%s\t%d\n" % (w, c))
    sys.stderr.write("pass1 part %s: %d pages or documents, %d tokens\n" % (part_spec, npages, sum(cnt.values())))


SENT_END = {".", "!", "?"}


def pass2(counts_files, in_lines, out_txt):
    freq = Counter()
    for cf in counts_files:
        with open(cf, encoding="utf-8") as f:
            for line in f:
                w, c = line.rstrip("\n").split("\t")
                freq[w] += int(c)
    fget = freq.get
    nsent = ntok = nmerge = 0

    def flush(par, out):
        nonlocal nsent, ntok, nmerge
        if not par:
            return
        toks = list(par[0])
        for nxt in par[1:]:
            if toks and nxt:
                a, b = toks[-1], nxt[0]
                if a.endswith("-"):
                    stem = a[:-1]
                    if b.isalpha() and b.islower():
                        cand = stem + b
                        if fget(cand, 0) >= 3 or fget(cand, 0) >= fget(stem + "-" + b, 0):
                            toks[-1] = cand
                        else:
                            toks[-1] = stem + "-" + b
                        nmerge += 1
                        toks.extend(nxt[1:])
                        continue
                    toks[-1] = stem
                elif (a.isalpha() and b.isalpha() and b.islower() and not a.isupper()):
                    cand = a + b
                    fc = fget(cand, 0)
                    if fc >= 5 and 2 * fc >= min(fget(a, 0), fget(b, 0)):
                        toks[-1] = cand
                        nmerge += 1
                        toks.extend(nxt[1:])
                        continue
            toks.extend(nxt)
        if toks and toks[-1].endswith("-") and len(toks[-1]) > 1:
            toks[-1] = toks[-1][:-1]
        # sentence split: after . ! ? when the next token starts a sentence
        sent = []
        n = len(toks)
        for i, t in enumerate(toks):
            sent.append(t)
            if t in SENT_END and i + 1 < n:
                nx = toks[i + 1]
                if nx[0].isupper() or (nx in ('"', "'") and i + 2 < n and toks[i + 2][0].isupper()):
                    if len(sent) >= 2:
                        out.write(" ".join(sent))
                        out.write("\n")
                        nsent += 1
                        ntok += len(sent)
                    sent = []
        if len(sent) >= 2:
            out.write(" ".join(sent))
            out.write("\n")
            nsent += 1
            ntok += len(sent)

    with open(in_lines, encoding="utf-8") as f, open(out_txt, "w", encoding="utf-8") as out:
        par = []
        for line in f:
            line = line.rstrip("\n")
            if not line:
                flush(par, out)
                par = []
            else:
                par.append(line.split(" "))
        flush(par, out)
    sys.stderr.write("pass2 %s: %d sentences, %d tokens, %d line-break merges\n"
                     % (out_txt, nsent, ntok, nmerge))


if __name__ == "__main__":
    if sys.argv[1] == "pass1":
        pass1(*sys.argv[2:6])
    elif sys.argv[1] == "pass2":
        pass2(sys.argv[2:-2], sys.argv[-2], sys.argv[-1])
    else:
        sys.exit("usage: extract.py pass1 I/N SRC OUT.lines OUT.counts | pass2 COUNTS... IN.lines OUT.txt")
