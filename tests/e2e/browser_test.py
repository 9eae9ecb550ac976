#!/usr/bin/env python3
"""End-to-end test of the web interface in a real browser.

Indexes the sample corpus, starts `newsquery serve` on a free port and drives headless Chromium
through the DevTools protocol, as a user would: types a query and presses Enter, compares the hits
and facet counts on the page with `newsquery search --json` for the same query, clicks a person in
the facets and checks the filtered total, clicks that value again to exclude it, drags across
the publication histogram for a date range, and opens an article. Fails on any JavaScript exception or Content-Security-Policy violation.

    browser_test.py --newsindex BIN --newsquery BIN --corpus DIR [--chromium BIN]

Needs chromium (.ci/install-deps installs it); the DevTools connection is a small WebSocket
client written here on the standard library, so any python3 runs it.
"""
import argparse
import base64
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

PAGE_SIZE = 20
FACET_LIMIT = 12


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class WebSocket:
    """The client side of RFC 6455, as much as DevTools needs: text messages, masked frames."""

    def __init__(self, url):
        parts = urllib.parse.urlparse(url)
        self.connection = socket.create_connection((parts.hostname, parts.port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.connection.sendall((f"GET {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\n"
                                 "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                 f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.connection.recv(4096)
            check(chunk, "DevTools closed the connection during the handshake")
            response += chunk
        head, self.buffer = response.split(b"\r\n\r\n", 1)
        check(head.startswith(b"HTTP/1.1 101"), f"DevTools refused the WebSocket: {head[:100]!r}")

    def exactly(self, count):
        while len(self.buffer) < count:
            chunk = self.connection.recv(65536)
            check(chunk, "DevTools closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def send(self, text):
        payload = text.encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        elif len(payload) < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(payload))
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.connection.sendall(header + mask + masked)

    def recv(self):
        message = b""
        while True:
            first, second = self.exactly(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self.exactly(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self.exactly(8))[0]
            payload = self.exactly(length)
            opcode = first & 0x0F
            if opcode == 0x8:
                raise Failure("DevTools closed the WebSocket")
            if opcode in (0x9, 0xA):  # ping, pong: not sent by DevTools unasked
                continue
            message += payload
            if first & 0x80:
                return message.decode()


class DevTools:
    """A DevTools protocol session with one page: commands, and the events seen meanwhile."""

    def __init__(self, url):
        self.socket = WebSocket(url)
        self.next_id = 0
        self.problems = []

    def send(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise Failure(f"{method}: {message['error']}")
                return message.get("result", {})
            self.note(message)

    def note(self, message):
        method = message.get("method")
        if method == "Runtime.exceptionThrown":
            details = message["params"]["exceptionDetails"]
            self.problems.append("exception: " + json.dumps(details.get("exception", details))[:300])
        elif method == "Log.entryAdded":
            entry = message["params"]["entry"]
            if entry.get("level") == "error":
                self.problems.append("console: " + entry.get("text", "")[:300])

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise Failure(f"evaluating {expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, what, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.evaluate(expression):
                return
            time.sleep(0.05)
        raise Failure(f"timed out waiting for {what}")

    def click(self, selector):
        """A real mouse click in the middle of the element."""
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " if (!e) return null; e.scrollIntoView({block: 'center'});"
            " const r = e.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        check(box is not None, f"nothing to click at {selector}")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left",
                      clickCount=1)


def newsquery_json(binary, index, args):
    result = subprocess.run([binary, *args[:1], "-i", index, *args[1:]], capture_output=True,
                            text=True, check=False)
    check(result.returncode in (0, 1), f"newsquery {args}: {result.stderr}")
    return json.loads(result.stdout)


def settled(devtools, what):
    devtools.wait_for("document.body.dataset.loading === 'false'", what)


def page_view(devtools):
    return devtools.evaluate("""(() => ({
      search: location.search,
      total: document.getElementById('total') ? document.getElementById('total').textContent : null,
      error: document.getElementById('error').hidden ? null : document.getElementById('error').textContent,
      hits: [...document.querySelectorAll('#hits .hit .title')].map(a => a.textContent),
      facets: Object.fromEntries([...document.querySelectorAll('#facets .facet')].map(s =>
        [s.dataset.facet, [...s.querySelectorAll('.value')].map(b =>
          [b.querySelector('.label').textContent, Number(b.querySelector('.count').textContent),
           b.dataset.filter, b.className])])),
      chips: [...document.querySelectorAll('#chips .chip')].map(c => c.firstChild.textContent),
    }))()""")


def expect_page_equals_cli(view, cli, query):
    check(view["error"] is None, f"page shows an error for {query!r}: {view['error']}")
    check(view["total"] == str(cli["total"]),
          f"{query!r}: page total {view['total']}, newsquery {cli['total']}")
    titles = [hit["title"] or hit["id"] for hit in cli["hits"]]
    check(view["hits"] == titles, f"{query!r}: hits differ:\n{view['hits']}\n{titles}")
    for name in ("person", "org", "place", "source", "lang"):
        expected = [[v["value"], v["count"], v["filter"]] for v in cli["facets"][name]["values"]]
        shown = [row[:3] for row in view["facets"].get(name, [])]
        check(shown == expected, f"{query!r}: facet {name} differs:\n{shown}\n{expected}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--newsindex", required=True)
    parser.add_argument("--newsquery", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    options = parser.parse_args()
    work = tempfile.mkdtemp(prefix="newsindex-browser-")
    server = browser = None
    try:
        index = os.path.join(work, "index")
        added = subprocess.run([options.newsindex, "add", "-i", index, options.corpus],
                               capture_output=True, text=True, check=False)
        check(added.returncode == 0, f"newsindex add: {added.stderr}")
        server = subprocess.Popen([options.newsquery, "serve", "-i", index, "--port", "0"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = server.stdout.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        check(found, f"newsquery serve printed {line!r}")
        base = found.group(1)

        browser = subprocess.Popen(
            [options.chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
             "--disable-dev-shm-usage", "--no-first-run", "--remote-debugging-port=0",
             f"--user-data-dir={os.path.join(work, 'profile')}", "--window-size=1280,1000",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        devtools_port = None
        deadline = time.time() + 60
        while devtools_port is None and time.time() < deadline:
            line = browser.stderr.readline()
            check(line != "" or browser.poll() is None, "chromium exited before listening")
            found = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if found:
                devtools_port = found.group(1)
        check(devtools_port, "chromium did not open its DevTools port")
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{devtools_port}/json/list"))
        page = next(t for t in targets if t["type"] == "page")
        devtools = DevTools(page["webSocketDebuggerUrl"])
        for domain in ("Page", "Runtime", "Log"):
            devtools.send(f"{domain}.enable")

        # The empty search: every article, newest first.
        devtools.send("Page.navigate", url=base)
        devtools.wait_for("document.readyState === 'complete'", "the page to load")
        settled(devtools, "the first search")
        cli_args = ["--limit", str(PAGE_SIZE), "--facet-limit", str(FACET_LIMIT)]
        expect_page_equals_cli(page_view(devtools),
                               newsquery_json(options.newsquery, index, ["search", "--json", *cli_args, "--", ""]),
                               "")

        # Type a query and press Enter.
        query = "ukraine"
        devtools.evaluate("document.getElementById('q').focus()")
        devtools.send("Input.insertText", text=query)
        for kind in ("keyDown", "keyUp"):
            devtools.send("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter",
                          windowsVirtualKeyCode=13, text="\r" if kind == "keyDown" else "")
        devtools.wait_for(f"location.search.includes('q={query}')", "the query in the URL")
        settled(devtools, "the typed search")
        cli = newsquery_json(options.newsquery, index, ["search", "--json", *cli_args, "--", query])
        check(cli["total"] > 0, "the sample corpus has no article about ukraine")
        view = page_view(devtools)
        expect_page_equals_cli(view, cli, query)

        # Click the first person: only their articles.
        person = view["facets"]["person"][0]
        devtools.click("#facets .facet[data-facet=person] .value")
        devtools.wait_for("document.querySelectorAll('#chips .chip').length === 1", "a filter chip")
        settled(devtools, "the person filter")
        filtered = f"{query} {person[2]}"
        cli = newsquery_json(options.newsquery, index, ["search", "--json", *cli_args, "--", filtered])
        check(cli["total"] == person[1],
              f"the facet said {person[1]} articles for {person[0]}, the filtered search finds {cli['total']}")
        view = page_view(devtools)
        expect_page_equals_cli(view, cli, filtered)
        check(view["chips"] == [person[2]], f"chips {view['chips']}")

        # Click it again: everything but their articles.
        devtools.click(f"#facets .value[data-filter={json.dumps(person[2])}]")
        devtools.wait_for("document.querySelector('#chips .chip.excluded') !== null", "an exclusion chip")
        settled(devtools, "the exclusion")
        excluded = f"{query} -{person[2]}"
        cli = newsquery_json(options.newsquery, index, ["search", "--json", *cli_args, "--", excluded])
        expect_page_equals_cli(page_view(devtools), cli, excluded)

        # Drag across the publication histogram: the range becomes a date filter.
        chart = devtools.evaluate("""(() => {
          const svg = document.querySelector('#histograms figure[data-histogram=published] svg');
          svg.scrollIntoView({block: 'center'});
          const r = svg.getBoundingClientRect();
          const labels = [...svg.querySelectorAll('rect.bar')].map(b => b.dataset.label);
          // The bars take the viewBox's height less the labels' band (90 of 106 units).
          return {left: r.left, top: r.top, width: r.width, height: r.height, labels};
        })()""")
        labels = chart["labels"]
        check(len(labels) >= 2, f"the published histogram has {len(labels)} buckets")
        last = min(len(labels) - 1, 2)
        def at(i):
            return (chart["left"] + (i + 0.5) * chart["width"] / len(labels),
                    chart["top"] + chart["height"] * 0.4)
        for kind, i in (("mouseMoved", 0), ("mousePressed", 0), ("mouseMoved", 1),
                        ("mouseMoved", last), ("mouseReleased", last)):
            x, y = at(i)
            devtools.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                          buttons=0 if kind == "mouseReleased" else 1, clickCount=1)
        date_filter = f"date:{labels[0]}..{labels[last]}"
        devtools.wait_for(f"[...document.querySelectorAll('#chips .chip')].some(c => c.firstChild.textContent === {json.dumps(date_filter)})",
                          "the date range chip")
        settled(devtools, "the date range")
        ranged = f"{excluded} {date_filter}"
        cli = newsquery_json(options.newsquery, index, ["search", "--json", *cli_args, "--", ranged])
        expect_page_equals_cli(page_view(devtools), cli, ranged)

        # Open the first article: its title, and its entities marked.
        first = cli["hits"][0]
        devtools.click("#hits .hit .title")
        devtools.wait_for("document.getElementById('article-title') !== null && "
                          "!document.getElementById('article-view').hidden", "the article")
        settled(devtools, "the article")
        title = devtools.evaluate("document.getElementById('article-title').textContent")
        check(title == (first["title"] or first["id"]), f"article title {title!r}, expected {first['title']!r}")
        shown = newsquery_json(options.newsquery, index, ["show", "--json", first["id"]])
        mentions = sum(len(e["offsets"]) for kind in shown["entities"].values() for e in kind)
        mentions += sum(len(d["offsets"]) for d in shown["mentioned_dates"])
        marked = devtools.evaluate("document.querySelectorAll('#article-text .mention').length")
        check(marked > 0 and marked <= mentions, f"{marked} mentions marked of {mentions}")

        # Back in history: the date-range search again, as the URL says.
        devtools.evaluate("history.back()")
        devtools.wait_for("!document.getElementById('search-view').hidden", "the search after Back")
        settled(devtools, "the search after Back")
        expect_page_equals_cli(page_view(devtools), cli, ranged)

        check(not devtools.problems, "the page reported problems:\n" + "\n".join(devtools.problems))
        print("browser test passed: typed search, facet counts, filter, exclusion, date range, article, back")
        return 0
    except Failure as failure:
        print(f"browser test FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        for process in (browser, server):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
