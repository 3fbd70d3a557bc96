"""Take the README's screenshots (docs/explorer.png, docs/trace.png) of `kg serve` over the
test corpus, in Debian's headless chromium: `make screenshots`."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
KG = Path(sys.executable).parent / "kg"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    store = Path(tempfile.mkdtemp()) / "store"
    subprocess.run([KG, "ingest", CORPUS / "seeds", CORPUS / "dev", "--store", store],
                   check=True, capture_output=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([KG, "serve", "--store", store, "--port", str(port)])
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "api/search?q=x", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                        args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 860})
            page.goto(url)
            page.wait_for_timeout(2500)  # let the layout settle
            page.fill("#search", "Modern Slavery")
            page.locator("#results button").first.click()
            page.locator("#panel blockquote.evidence").first.wait_for()
            page.wait_for_timeout(800)
            page.screenshot(path=ROOT / "docs" / "explorer.png")
            print("wrote docs/explorer.png")
            response = page.goto(url + "trace?q=children%20and%20families%20transformation")
            if response is not None and response.ok:
                page.wait_for_timeout(300)
                page.screenshot(path=ROOT / "docs" / "trace.png", full_page=True)
                print("wrote docs/trace.png")
            else:
                print("no /trace page on this server: docs/trace.png not taken")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
