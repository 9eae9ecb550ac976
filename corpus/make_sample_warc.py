#!/usr/bin/env python3
"""Writes corpus/articles/web/crawl.warc.gz, the sample web archive (standard library only).

A WARC 1.0 file with one gzip member per record, as crawlers write them: a warcinfo record, then
request and response records for two article pages, a 301 redirect and a PNG image. The pages
exercise what the WARC reader has to undo or take from the HTTP headers:

- the ferry page is sent with "Transfer-Encoding: chunked" and "Content-Encoding: gzip", and
  names no canonical URL, so its URL (and id) is the record's WARC-Target-URI;
- the election page is ISO-8859-1 and says so only in the Content-Type header, not in a <meta>.

The output is deterministic: fixed WARC-Date values, record ids derived from the target URIs,
gzip members with mtime 0. Run it again after editing the pages:

    python3 corpus/make_sample_warc.py
"""
import base64
import gzip
import hashlib
import os
import struct
import uuid
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "articles", "web", "crawl.warc.gz")
FILENAME = "crawl.warc.gz"
ID_NAMESPACE = uuid.UUID("6f1c2a4e-8d3b-5e7a-9c10-2b4d6f8a0c1e")
CRAWLER = "quayside-crawler/0.3 (+https://example.org/crawler)"

FERRY_URL = "https://example.org/baltic-wire/2025/05/12/klaipeda-kiel-ferry"
FERRY_OLD_URL = "http://example.org/baltic-wire/2025/05/12/klaipeda-kiel-ferry"
ELECTION_URL = "https://example.org/meridian/2025/05/19/portugal-snap-election"
LOGO_URL = "https://example.org/baltic-wire/img/logo.png"

FERRY_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Klaipėda–Kiel ferry line adds a third weekly sailing as freight recovers | Baltic Wire</title>
<meta property="og:site_name" content="Baltic Wire">
<meta property="og:type" content="article">
<meta property="og:title" content="Klaipėda–Kiel ferry line adds a third weekly sailing as freight recovers">
<meta property="article:published_time" content="2025-05-12T11:40:00+03:00">
<meta name="author" content="Rūta Kazlauskaitė">
</head>
<body>
<div class="cookie-consent" id="cookie-consent"><p>This site uses cookies for statistics and
advertising. By continuing to browse you agree to our use of cookies.</p><button>OK</button></div>
<header><a href="/baltic-wire/"><img src="/baltic-wire/img/logo.png" alt="Baltic Wire"></a></header>
<nav><ul>
<li><a href="/baltic-wire/">Front page</a></li><li><a href="/baltic-wire/politics/">Politics</a></li>
<li><a href="/baltic-wire/economy/">Economy</a></li><li><a href="/baltic-wire/ports/">Ports</a></li>
<li><a href="/baltic-wire/energy/">Energy</a></li><li><a href="/baltic-wire/security/">Security</a></li>
<li><a href="/baltic-wire/estonia/">Estonia</a></li><li><a href="/baltic-wire/latvia/">Latvia</a></li>
<li><a href="/baltic-wire/lithuania/">Lithuania</a></li><li><a href="/baltic-wire/finland/">Finland</a></li>
<li><a href="/baltic-wire/sweden/">Sweden</a></li><li><a href="/baltic-wire/poland/">Poland</a></li>
<li><a href="/baltic-wire/sport/">Sport</a></li><li><a href="/baltic-wire/about/">About</a></li>
</ul></nav>
<main>
<article>
<h1>Klaipėda–Kiel ferry line adds a third weekly sailing as freight recovers</h1>
<p class="byline">By Rūta Kazlauskaitė</p>
<p>The ferry operator Curonian Lines will add a third weekly sailing between the Lithuanian port of Klaipėda and Kiel in northern Germany from June 2, betting that lorry traffic on the route has recovered from two difficult years.</p>
<p>The company said on Monday that freight volumes on the line rose by 14% in the first four months of the year compared with the same period last year, helped by furniture and timber exports from Lithuania and by supplies for wind farm projects on the German coast.</p>
<p>“A year ago we were discussing whether to cut the route to two sailings,” said Tomas Vaitkus, the operator’s commercial director. “Now our ships leave Klaipėda full on Friday evenings and we turn lorries away.”</p>
<p>The crossing takes about 21 hours. The extra departure will leave Klaipėda on Wednesdays and return from Kiel on Thursdays, using a vessel chartered from a Swedish owner until the end of October.</p>
<p>The Klaipėda State Seaport Authority said ferry and ro-ro traffic had become the port’s most stable business since sanctions on Belarusian potash cut its bulk volumes in 2022. The Port of Kiel welcomed the decision and said it would open a new check-in lane for freight drivers in the summer.</p>
<p>Haulage companies were cautiously positive. Vida Stankevičienė, who runs a trucking firm in Kaunas, said the new departure would save her drivers long waits at the weekend, but that prices would decide whether customers stayed on the sea route rather than driving through Poland.</p>
</article>
<aside class="related"><h3>More from Baltic Wire</h3><ul>
<li><a href="/baltic-wire/2025/05/06/riga-grain">Riga grain exports at three-year high</a></li>
<li><a href="/baltic-wire/2025/05/02/tallinn-cruise-season">Tallinn opens cruise season with record bookings</a></li>
</ul></aside>
</main>
<footer><p>© 2025 Baltic Wire. All rights reserved. Contact the newsroom: news@example.org</p></footer>
</body>
</html>
"""

ELECTION_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<title>Portugal's ruling alliance wins snap election but falls short of a majority - Meridian News Service</title>
<meta property="og:site_name" content="Meridian News Service">
<link rel="canonical" href="https://example.org/meridian/2025/05/19/portugal-snap-election">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Portugal's ruling alliance wins snap election but falls short of a majority",
 "datePublished": "2025-05-19T09:00:00+01:00",
 "author": {"@type": "Person", "name": "Lucía Ortega"},
 "publisher": {"@type": "Organization", "name": "Meridian News Service"},
 "articleSection": "Europe"}
</script>
</head>
<body>
<div id="top-bar"><a href="/meridian/">Meridian News Service</a> <a href="/meridian/login">Sign in</a>
<a href="/meridian/subscribe">Subscribe</a></div>
<nav><a href="/meridian/world/">World</a> <a href="/meridian/europe/">Europe</a>
<a href="/meridian/americas/">Americas</a> <a href="/meridian/business/">Business</a>
<a href="/meridian/markets/">Markets</a> <a href="/meridian/climate/">Climate</a>
<a href="/meridian/tech/">Technology</a> <a href="/meridian/sport/">Sport</a></nav>
<div class="content">
<div class="story">
<h1>Portugal's ruling alliance wins snap election but falls short of a majority</h1>
<div class="share-tools"><a href="#">Share</a> <a href="#">Print</a></div>
<p>Prime Minister Luís Montenegro's centre-right Democratic Alliance won Portugal's snap election on Sunday, taking about 32% of the vote, but again fell well short of a majority in parliament, according to official results.</p>
<p>The far-right Chega party of André Ventura drew level with the Socialists for second place, with about 23% each, ending five decades in which the Socialists and the Social Democrats took turns as the two largest parties. The last four seats, elected by Portuguese voters abroad, will be counted in the coming days and could put Chega in second place.</p>
<p>It was Portugal's third general election in a little over three years. Montenegro's minority government fell in March when it lost a confidence vote called over questions about a consultancy firm owned by his family. Montenegro has denied any wrongdoing.</p>
<p>Socialist leader Pedro Nuno Santos said late on Sunday that he would step down after his party's worst result in decades.</p>
<p>"Voters punished everybody a little and Chega not at all," said Inês Carvalho, a political scientist at a university in Lisbon. She said Montenegro would probably govern again without a formal coalition, relying on the Socialists to abstain on the budget.</p>
<p>President Marcelo Rebelo de Sousa is expected to begin meeting party leaders at the Belém palace this week before asking Montenegro to form a government.</p>
</div>
<div class="sidebar"><h3>Most read</h3><ol>
<li><a href="/meridian/2025/05/18/romania-runoff-vote">Romanians vote in presidential runoff</a></li>
<li><a href="/meridian/2025/05/17/eurovision-final">Eurovision final in Basel: the scores</a></li>
</ol></div>
</div>
<div id="footer">Meridian News Service · About · Careers · Privacy · Terms</div>
</body>
</html>
"""


def record_id(kind, uri):
    return "<urn:uuid:%s>" % uuid.uuid5(ID_NAMESPACE, kind + " " + uri)


def sha1_digest(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record(headers, block):
    """One WARC record, gzip-compressed as its own member."""
    lines = ["WARC/1.0"]
    lines += ["%s: %s" % (name, value) for name, value in headers]
    lines.append("Content-Length: %d" % len(block))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return gzip.compress(head + block + b"\r\n\r\n", compresslevel=9, mtime=0)


def http_request(uri):
    path = uri.split("example.org", 1)[1]
    return ("GET %s HTTP/1.1\r\nHost: example.org\r\nUser-Agent: %s\r\n"
            "Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\nAccept-Encoding: gzip\r\n"
            "Connection: close\r\n\r\n" % (path, CRAWLER)).encode("ascii")


def http_response(status, headers, payload):
    lines = ["HTTP/1.1 " + status] + ["%s: %s" % header for header in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload


def chunked(data, size=1500):
    out = b""
    for at in range(0, len(data), size):
        piece = data[at:at + size]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def tiny_png():
    """A valid 1x1 PNG: one dark blue pixel."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x10\x2a\x5c", 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def exchange(uri, date, response_block, payload, ip):
    """The request record and the response record of one fetch."""
    request_block = http_request(uri)
    response_id = record_id("response", uri)
    return [
        record([("WARC-Type", "request"), ("WARC-Target-URI", uri), ("WARC-Date", date),
                ("WARC-Concurrent-To", response_id),
                ("WARC-Record-ID", record_id("request", uri)),
                ("Content-Type", "application/http;msgtype=request"),
                ("WARC-Block-Digest", sha1_digest(request_block))], request_block),
        record([("WARC-Type", "response"), ("WARC-Target-URI", uri), ("WARC-Date", date),
                ("WARC-Record-ID", response_id), ("WARC-IP-Address", ip),
                ("Content-Type", "application/http;msgtype=response"),
                ("WARC-Block-Digest", sha1_digest(response_block)),
                ("WARC-Payload-Digest", sha1_digest(payload))], response_block),
    ]


def main():
    info = ("software: make_sample_warc.py (newsindex sample corpus)\r\n"
            "format: WARC File Format 1.0\r\n"
            "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
            "isPartOf: newsindex-sample-crawl\r\n"
            "description: Two news pages, a redirect and an image, written for the newsindex sample corpus\r\n"
            "robots: obey\r\n"
            "http-header-user-agent: %s\r\n" % CRAWLER).encode("utf-8")
    records = [record([("WARC-Type", "warcinfo"), ("WARC-Date", "2025-05-20T06:00:00Z"),
                       ("WARC-Filename", FILENAME),
                       ("WARC-Record-ID", record_id("warcinfo", FILENAME)),
                       ("Content-Type", "application/warc-fields")], info)]

    # The old http address of the ferry story redirects to the https one.
    redirect_body = b"<html><body>Moved to <a href=\"%s\">here</a>.</body></html>" % FERRY_URL.encode()
    redirect = http_response("301 Moved Permanently", [
        ("Date", "Tue, 20 May 2025 06:00:01 GMT"), ("Server", "nginx"),
        ("Location", FERRY_URL), ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Length", str(len(redirect_body))), ("Connection", "close")], redirect_body)
    records += exchange(FERRY_OLD_URL, "2025-05-20T06:00:01Z", redirect, redirect_body,
                        "192.0.2.10")

    # The ferry page: gzip content encoding inside chunked transfer encoding.
    ferry_payload = chunked(gzip.compress(FERRY_PAGE.encode("utf-8"), compresslevel=9, mtime=0))
    ferry = http_response("200 OK", [
        ("Date", "Tue, 20 May 2025 06:00:02 GMT"), ("Server", "nginx"),
        ("Content-Type", "text/html; charset=utf-8"), ("Transfer-Encoding", "chunked"),
        ("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding"),
        ("Cache-Control", "max-age=300"), ("Connection", "close")], ferry_payload)
    records += exchange(FERRY_URL, "2025-05-20T06:00:02Z", ferry, ferry_payload, "192.0.2.10")

    png = tiny_png()
    image = http_response("200 OK", [
        ("Date", "Tue, 20 May 2025 06:00:03 GMT"), ("Server", "nginx"),
        ("Content-Type", "image/png"), ("Content-Length", str(len(png))),
        ("Cache-Control", "max-age=86400"), ("Connection", "close")], png)
    records += exchange(LOGO_URL, "2025-05-20T06:00:03Z", image, png, "192.0.2.10")

    # The election page: ISO-8859-1, declared only in the HTTP header.
    election_payload = ELECTION_PAGE.encode("iso-8859-1")
    election = http_response("200 OK", [
        ("Date", "Tue, 20 May 2025 06:00:05 GMT"), ("Server", "Apache"),
        ("Content-Type", "text/html; charset=ISO-8859-1"),
        ("Content-Length", str(len(election_payload))),
        ("Last-Modified", "Mon, 19 May 2025 08:00:00 GMT"), ("Connection", "close")],
        election_payload)
    records += exchange(ELECTION_URL, "2025-05-20T06:00:05Z", election, election_payload,
                        "198.51.100.24")

    with open(OUTPUT, "wb") as out:
        out.write(b"".join(records))
    print("wrote %s (%d records)" % (os.path.relpath(OUTPUT), len(records)))


if __name__ == "__main__":
    main()
