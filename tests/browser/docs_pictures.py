#!/usr/bin/env python3
"""The pictures of docs/serve.md and the first-paint figure, made the way the
browser test drives the page (headless Chromium at 1400x900).

  docs_pictures.py serve DB OUT.png EDGE_ID       the served page, an edge's evidence open
  docs_pictures.py start DB OUT.png               the served page's first view
  docs_pictures.py html DB OUT.png EDGE_ID [--graph-only]
                                                  the HTML export opened from disk
  docs_pictures.py paint DB [N]                   seconds from navigation to the first
                                                  graph drawn, N loads in a row

Run with Debian's python3 (it has Selenium); ACTORGRAPH names the binary
(default build/cli/actorgraph).
"""
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import serve_browser_test as t  # noqa: E402

BINARY = os.environ.get("ACTORGRAPH", "build/cli/actorgraph")


def main(argv):
    what, db = argv[1], argv[2]
    driver = t.browser()
    driver.set_window_size(1400, 900)
    log = os.path.join(tempfile.gettempdir(), "docs-pictures-serve.log")
    try:
        if what in ("serve", "start", "paint"):
            server = t.Server(BINARY, db, log)
            try:
                if what == "paint":
                    times = []
                    for _ in range(int(argv[3]) if len(argv) > 3 else 5):
                        driver.get("about:blank")
                        start = time.time()
                        t.wait_ready(driver, server.url)
                        times.append(time.time() - start)
                    print("first paint, s:", " ".join("%.2f" % x for x in times))
                    return 0
                t.wait_ready(driver, server.url)
                time.sleep(1)
                if what == "serve":
                    t.call(driver, "selectEdge", argv[4])
                    time.sleep(1)
                driver.save_screenshot(argv[3])
            finally:
                server.stop()
        elif what == "html":
            page = os.path.join(tempfile.mkdtemp(), "graph.html")
            subprocess.run([BINARY, "export", "--db", db, "--format", "html", "--out", page],
                           check=True)
            t.wait_ready(driver, "file://" + page)
            t.call(driver, "selectEdge", argv[4])
            time.sleep(1)
            if "--graph-only" in argv:  # the graph without the panel's sentences
                driver.find_element(t.By.ID, "stage").screenshot(argv[3])
            else:
                driver.save_screenshot(argv[3])
        else:
            print(__doc__)
            return 2
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
