#!/usr/bin/env python3
"""The page of `actorgraph serve` and of `export --format html`, in a real browser.

Usage:
  serve_browser_test.py --actorgraph build/cli/actorgraph --story docs/examples/arctic-cable.txt \
      --work-dir /tmp/browser-test
  (or --data-dir docs/examples instead of --story: the story is its arctic-cable.txt)

Needs python3-selenium, chromium and chromium-driver. Runs headless with
--no-sandbox (CI runs as root). Exits 0 when every check passes; otherwise
prints what failed, with the page's status line, and exits 1. Screenshots of
each stage are left in the work directory.

Checks, in order:
 1. ingest the story (Norway accuses Russia of cutting a cable) into a new store;
 2. serve it and, in the page, search "Norw", pick Norway, select the accuses
    edge Norway -> Russia and find the accusation and its document in #evidence;
 3. API errors are JSON: api/actor?id=nobody is 404, api/graph?top=abc 400;
 4. hostile text (an actor named </div><script>..., a quote holding <img onerror>)
    is shown as text and runs nothing;
 5. the exported HTML file works from disk with no server;
 6. the Cytoscape JSON export (--format cyjs) is elements Cytoscape.js reads
    as they are, Norway's accusation of Russia among them;
 and neither page fetches anything from elsewhere (no network needed).
"""

import argparse
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

try:
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
except ImportError as e:
    sys.exit(f"FAIL: {sys.executable} has no Selenium ({e}): install python3-selenium, "
             "chromium and chromium-driver (scripts/install-deps.sh)")

STORY_DOC = "arctic-cable"
NORWAY = "country:NOR"
RUSSIA = "country:RUS"
ACCUSATION_WORDS = "accused Russia"
HOSTILE_ID = "person:mallory-hostile"
HOSTILE_NAME = "</div><script>window.pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.pwned=2">'
WAIT = 20  # seconds for anything the page or the server does


class Failure(Exception):
    pass


def run(cmd):
    """Runs an actorgraph command; fails with its stderr when it does."""
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise Failure(f"{' '.join(cmd)} exited {result.returncode}:\n{result.stderr.strip()}")
    return result


class Server:
    """`actorgraph serve --port 0` on a store; its URL is read from the first
    stdout line, "actorgraph serve: listening on http://127.0.0.1:PORT/ ..."."""

    def __init__(self, actorgraph, db, log_path):
        self.log = open(log_path, "w")
        self.proc = subprocess.Popen([actorgraph, "serve", "--db", db, "--port", "0"],
                                     stdout=subprocess.PIPE, stderr=self.log, text=True)
        lines = queue.Queue()

        def drain():  # the first line to the queue, the rest to the log
            for i, line in enumerate(self.proc.stdout):
                if i == 0:
                    lines.put(line)
                else:
                    self.log.write(line)
            lines.put(None)

        self.drain = threading.Thread(target=drain, daemon=True)
        self.drain.start()
        try:
            first = lines.get(timeout=WAIT)
        except queue.Empty:
            first = None
        match = re.search(r"listening on (https?://\S+?/?)(\s|$)", first or "")
        if not match:
            self.stop()
            raise Failure(f"actorgraph serve printed no 'listening on URL' line in {WAIT} s "
                          f"(first line: {first!r}; stderr in {log_path})")
        self.url = match.group(1) if match.group(1).endswith("/") else match.group(1) + "/"

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.drain.join(timeout=5)
        self.log.close()


def browser():
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,900", "--force-device-scale-factor=1",
                "--allow-file-access-from-files"):
        options.add_argument(arg)
    chromedriver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(chromedriver), options=options)


def status(driver):
    try:
        return driver.execute_script(
            "const s = document.getElementById('status');"
            "return s ? s.textContent : '(no #status)';")
    except WebDriverException as e:
        return f"(cannot read #status: {e.msg})"


def wait_for(driver, script, what, *args, timeout=WAIT):
    """Polls `script` (a JS function body) until it returns something truthy."""
    deadline = time.time() + timeout
    while True:
        value = driver.execute_script(script, *args)
        if value:
            return value
        if time.time() > deadline:
            raise Failure(f"timed out after {timeout} s waiting for {what}; "
                          f"page status: {status(driver)!r}")
        time.sleep(0.1)


def wait_ready(driver, url):
    driver.get(url)
    wait_for(driver, "return document.body && document.body.dataset.ready === '1';",
             f"the page at {url} to draw its first graph (body[data-ready=1])")


def call(driver, method, arg):
    """window.actorgraph.<method>(arg), waiting for its Promise."""
    error = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "window.actorgraph[arguments[0]](arguments[1])"
        "  .then(() => done(null), e => done(String(e)));",
        method, arg)
    if error:
        raise Failure(f"window.actorgraph.{method}({arg!r}) failed: {error}")


def edge_id(driver, type_, source, target):
    return wait_for(driver, """
        const e = window.actorgraph.cy.edges().filter(e => e.data('type') === arguments[0] &&
            e.data('source') === arguments[1] && e.data('target') === arguments[2]);
        return e.nonempty() ? e.id() : null;""",
                    f"the {type_} edge {source} -> {target} in the graph", type_, source, target)


def evidence_text(driver):
    """Each .statement in #evidence: its text and its .doc."""
    return driver.execute_script("""
        return Array.from(document.querySelectorAll('#evidence .statement')).map(s => ({
          text: s.textContent, doc: (s.querySelector('.doc') || {}).textContent || ''}));""")


def check_no_network(driver, origin):
    """The page fetched nothing from beyond `origin` (it must work with no internet)."""
    urls = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name);")
    outside = [u for u in urls if not u.startswith(origin) and not u.startswith("data:")]
    if outside:
        raise Failure(f"the page fetched from beyond {origin}: {outside}")


def check_evidence(driver, where):
    statements = wait_for(driver, """
        const s = document.querySelectorAll('#evidence .statement');
        return s.length ? s.length : 0;""", f"statements in #evidence ({where})")
    found = evidence_text(driver)
    if not any(ACCUSATION_WORDS in s["text"] for s in found):
        raise Failure(f"{where}: no statement in #evidence holds {ACCUSATION_WORDS!r}: {found}")
    if not any(s["doc"].strip() == STORY_DOC for s in found):
        raise Failure(f"{where}: no .doc in #evidence names {STORY_DOC!r}: {found}")
    return statements


def click_edge(driver, eid):
    """A real click at the edge's rendered midpoint; True when it opened its evidence."""
    mid = driver.execute_script("""
        const cy = window.actorgraph.cy, e = cy.getElementById(arguments[0]);
        const p = e.renderedMidpoint();
        return {x: p.x, y: p.y, w: cy.width(), h: cy.height()};""", eid)
    graph = driver.find_element(By.ID, "graph")
    # W3C actions offset from the element's centre.
    ActionChains(driver).move_to_element_with_offset(
        graph, int(mid["x"] - mid["w"] / 2), int(mid["y"] - mid["h"] / 2)).click().perform()
    try:
        wait_for(driver, """
            const e = window.actorgraph.cy.getElementById(arguments[0]);
            return e.selected() && document.querySelector('#evidence .statement');""",
                 "the clicked edge's evidence", eid, timeout=3)
        return True
    except Failure:
        return False


def shoot(driver, work, name, shots):
    path = os.path.join(work, name)
    driver.save_screenshot(path)
    shots.append(path)


def check_server_page(driver, url, work, shots):
    wait_ready(driver, url)
    shoot(driver, work, "serve-start.png", shots)
    search = driver.find_element(By.ID, "search")
    search.click()
    search.send_keys("Norw")
    result = f'#search-results .result[data-id="{NORWAY}"]'
    wait_for(driver, "return document.querySelector(arguments[0]);",
             f"a search result for {NORWAY} after typing 'Norw'", result)
    driver.find_element(By.CSS_SELECTOR, result).click()
    wait_for(driver, "return document.querySelector('#profile h2');", "Norway's profile")
    eid = edge_id(driver, "accuses", NORWAY, RUSSIA)
    if click_edge(driver, eid):
        print("real click on the accuses edge opened its evidence")
    else:
        print("real click on the accuses edge missed; selecting it with "
              "window.actorgraph.selectEdge")
        call(driver, "selectEdge", eid)
    check_evidence(driver, "served page")
    check_no_network(driver, url)
    shoot(driver, work, "serve-evidence.png", shots)


def check_api_errors(url):
    for path, code in (("api/actor?id=nobody", 404), ("api/graph?top=abc", 400)):
        try:
            urllib.request.urlopen(url + path, timeout=WAIT)
            raise Failure(f"GET {path} succeeded; expected HTTP {code}")
        except urllib.error.HTTPError as e:
            body = e.read().decode("utf-8", "replace")
            if e.code != code:
                raise Failure(f"GET {path}: HTTP {e.code}, expected {code}: {body}")
            try:
                error = json.loads(body).get("error")
            except (ValueError, AttributeError):
                error = None
            if not isinstance(error, str) or not error:
                raise Failure(f"GET {path}: body is not JSON {{\"error\": \"...\"}}: {body!r}")


def write_hostile_facts(path):
    """One document whose actor's name and quote are markup, as `ingest --facts` takes them
    (docs/facts-format.md; offsets are UTF-8 byte offsets)."""
    sentence = f"{HOSTILE_NAME} accused Norway of hiding {HOSTILE_IMG} in the report."
    quote = f"The {HOSTILE_IMG} files are real,"
    text = f'{sentence} "{quote}" said Mallory Hostile.'
    data = text.encode()

    def span(part):
        start = data.index(part.encode())
        return {"start": start, "end": start + len(part.encode())}

    facts = {
        "doc": "hostile-doc",
        "actors": [
            {"id": HOSTILE_ID, "name": HOSTILE_NAME, "type": "person",
             "aliases": [HOSTILE_NAME, "Mallory Hostile"],
             "mentions": [span(HOSTILE_NAME), span("Mallory Hostile")]},
            {"id": NORWAY, "name": "Norway", "type": "country", "aliases": ["Norway"],
             "mentions": [span("Norway")]},
        ],
        "quotes": [dict(span(quote), text=quote, direct=True, speaker=HOSTILE_ID,
                        speaker_mention=span("Mallory Hostile"), speaker_text="Mallory Hostile",
                        cue="said", about=[])],
        "relations": [dict(span(sentence), type="accuses", source=HOSTILE_ID, target=NORWAY,
                           cue="accused", confidence=0.9, cameo="112", plover="ACCUSE",
                           source_mention=span(HOSTILE_NAME))],
        "document": {"id": "hostile-doc", "title": "<script>window.pwned=3</script>",
                     "date": "2025-04-01", "url": "javascript:window.pwned=4", "text": text},
    }
    with open(path, "w") as f:
        f.write(json.dumps(facts) + "\n")


def check_hostile_page(driver, url, work, shots):
    wait_ready(driver, url)
    search = driver.find_element(By.ID, "search")
    search.click()
    search.send_keys("Mallory")
    result = f'#search-results .result[data-id="{HOSTILE_ID}"]'
    wait_for(driver, "return document.querySelector(arguments[0]);",
             "a search result for the hostile actor after typing 'Mallory'", result)
    driver.find_element(By.CSS_SELECTOR, result).click()
    wait_for(driver, "const h = document.querySelector('#profile h2');"
             "return h && h.textContent.includes('<script>');",
             "the hostile actor's profile, its name shown as text")
    call(driver, "selectEdge", edge_id(driver, "accuses", HOSTILE_ID, NORWAY))
    wait_for(driver, "return document.querySelector('#evidence .statement');",
             "the hostile edge's statements")
    shoot(driver, work, "serve-hostile.png", shots)
    found = driver.execute_script("""
        const panel = document.getElementById('panel');
        return {pwned: typeof window.pwned, text: panel.textContent,
                markup: panel.querySelectorAll('script, img').length,
                links: Array.from(panel.querySelectorAll('a'), a => a.getAttribute('href'))};""")
    if found["pwned"] != "undefined":
        raise Failure("hostile text ran as code: window.pwned is set")
    if HOSTILE_NAME not in found["text"] or HOSTILE_IMG not in found["text"]:
        raise Failure("the panel does not show the hostile name and quote as text: "
                      f"{found['text']!r}")
    if found["markup"]:
        raise Failure("the panel holds <script> or <img> elements made from the data")
    if any(href and not re.match(r"https?://", href) for href in found["links"]):
        raise Failure(f"the panel links to a non-http URL: {found['links']}")


def check_exported_file(driver, path, work, shots):
    wait_ready(driver, "file://" + os.path.abspath(path))
    found = driver.execute_script("""
        const cy = window.actorgraph.cy;
        return {mode: window.actorgraph.mode, nodes: cy.nodes().length,
                norway: cy.getElementById(arguments[0]).nonempty(),
                russia: cy.getElementById(arguments[1]).nonempty()};""", NORWAY, RUSSIA)
    if found["mode"] != "file":
        raise Failure(f"the exported page is not in file mode: {found}")
    if found["nodes"] < 3 or not found["norway"] or not found["russia"]:
        raise Failure(f"the exported graph lacks actors (>= 3 with Norway and Russia): {found}")
    call(driver, "selectEdge", edge_id(driver, "accuses", NORWAY, RUSSIA))
    check_evidence(driver, "exported file")
    check_no_network(driver, "file://")
    shoot(driver, work, "export-evidence.png", shots)


def check_cytoscape_json(driver, path):
    """The cyjs export is elements the real Cytoscape.js takes as they are."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    found = driver.execute_script("""
        const cy = cytoscape({headless: true, elements: arguments[0]});
        const accuses = cy.edges('[type = "accuses"]').filter(
            e => e.source().id() === arguments[1] && e.target().id() === arguments[2]);
        return {nodes: cy.nodes().length, edges: cy.edges().length,
                accuses: accuses.length,
                evidence: accuses.length ? accuses[0].data("evidence") : "",
                label: cy.getElementById(arguments[1]).data("name")};""",
        data["elements"], NORWAY, RUSSIA)
    want = (len(data["elements"]["nodes"]), len(data["elements"]["edges"]))
    if (found["nodes"], found["edges"]) != want or want[0] < 3:
        raise Failure(f"Cytoscape.js read {found}, the file holds {want}")
    if found["accuses"] != 1 or "Russia" not in found["evidence"] or found["label"] != "Norway":
        raise Failure(f"Norway's accusation of Russia is not an edge with evidence: {found}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--actorgraph", required=True, help="the actorgraph binary")
    parser.add_argument("--story", help="the arctic-cable story (.txt)")
    parser.add_argument("--data-dir",
                        help="a directory holding arctic-cable.txt (instead of --story)")
    parser.add_argument("--work-dir", required=True, help="stores, logs and screenshots go here")
    args = parser.parse_args()
    story = args.story or (args.data_dir and os.path.join(args.data_dir, STORY_DOC + ".txt"))
    if not story or not os.path.isfile(story):
        parser.error(f"no story: give --story FILE or --data-dir DIR holding {STORY_DOC}.txt")
    actorgraph = os.path.abspath(args.actorgraph)
    work = os.path.abspath(args.work_dir)
    os.makedirs(work, exist_ok=True)
    for old in ("store.db", "hostile.db"):
        shutil.rmtree(os.path.join(work, old), ignore_errors=True)
    store = os.path.join(work, "store.db")

    shots = []
    servers = []
    failures = []
    driver = None

    def serve(db, log):
        servers.append(Server(actorgraph, db, os.path.join(work, log)))
        return servers[-1]

    def hostile():
        db = os.path.join(work, "hostile.db")
        facts = os.path.join(work, "hostile.jsonl")
        write_hostile_facts(facts)
        run([actorgraph, "ingest", "--db", db, "--facts", facts])
        check_hostile_page(driver, serve(db, "serve-hostile.log").url, work, shots)

    def exported():
        page = os.path.join(work, "graph.html")
        run([actorgraph, "export", "--db", store, "--format", "html", "--out", page])
        check_exported_file(driver, page, work, shots)

    def cytoscape_json():
        path = os.path.join(work, "graph.cyjs")
        run([actorgraph, "export", "--db", store, "--format", "cyjs", "--out", path])
        check_cytoscape_json(driver, path)

    # Each check runs even when one before it failed; all failures are listed.
    try:
        run([actorgraph, "ingest", "--db", store, story])
        driver = browser()
        server = serve(store, "serve.log")
        checks = [
            ("served page: search, profile, evidence",
             lambda: check_server_page(driver, server.url, work, shots)),
            ("API errors are JSON", lambda: check_api_errors(server.url)),
            ("hostile text stays text", hostile),
            ("exported HTML from disk", exported),
            ("cyjs export read by Cytoscape.js", cytoscape_json),
        ]
        for name, check in checks:
            try:
                check()
                print(f"ok: {name}")
            except (Failure, WebDriverException) as e:
                failures.append(name)
                print(f"FAIL: {name}: {e.msg if isinstance(e, WebDriverException) else e}",
                      file=sys.stderr)
                shoot(driver, work, f"failure-{len(failures)}.png", shots)
                for entry in driver.get_log("browser"):
                    print(f"  browser console: {entry['level']} {entry['message']}",
                          file=sys.stderr)
    except (Failure, WebDriverException) as e:
        print(f"FAIL: {e.msg if isinstance(e, WebDriverException) else e}", file=sys.stderr)
        return 1
    finally:
        if driver:
            driver.quit()
        for server in servers:
            server.stop()
        for path in shots:
            print(f"screenshot: {path}")
    if failures:
        print(f"{len(failures)} of {len(checks)} browser checks failed", file=sys.stderr)
        return 1
    print("all browser checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
