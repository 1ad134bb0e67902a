"""How fast the start page is usable: DOMContentLoaded and the provider directory rendered.

Starts `terveysaula up` on free loopback ports in a temporary home, then loads the start page
N times (default 20) in Debian's headless Chromium — each cold (a fresh browser context, empty
cache) and then warm (a reload in the same context) — and prints the median and p95 in
milliseconds. The goal: the start page is usable in under a second on loopback.

    .venv/bin/python bench/page_load.py [--loads 20]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.harness import service_environ

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MEASURE = """() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const mark = performance.getEntriesByName("ta:directory")[0];
    return {dcl: nav.domContentLoadedEventEnd, directory: mark ? mark.startTime : null};
}"""


def healthy(portal: str) -> bool:
    try:
        with urllib.request.urlopen(portal + "/api/health", timeout=2) as resp:  # noqa: S310
            return bool(resp.status == 200)
    except OSError:
        return False


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]


def load_once(page: Any, url: str, reload: bool) -> dict[str, float]:
    if reload:
        page.reload()
    else:
        page.goto(url)
    page.wait_for_selector("#providers .card")
    return dict(page.evaluate(MEASURE))


def run(loads: int) -> int:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is not installed (apt-get install chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        env = service_environ()
        portal = env["TERVEYSAULA_PORTAL__PUBLIC_URL"]
        process = subprocess.Popen(
            [sys.executable, "-m", "appservice.cli", "up", "--home", str(home)],
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 120
            while not healthy(portal):
                if process.poll() is not None or time.monotonic() > deadline:
                    print("terveysaula up did not become healthy", file=sys.stderr)
                    return 1
                time.sleep(0.3)
            results: dict[str, list[dict[str, float]]] = {"cold": [], "warm": []}
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                load_once(browser.new_page(), portal + "/", False)  # the server's first hit
                for _ in range(loads):
                    context = browser.new_context()
                    page = context.new_page()
                    results["cold"].append(load_once(page, portal + "/", False))
                    results["warm"].append(load_once(page, portal + "/", True))
                    context.close()
                browser.close()
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
    summary = {}
    print(f"start page, {loads} loads each (ms)")
    for kind, samples in results.items():
        for metric in ("dcl", "directory"):
            values = [s[metric] for s in samples if s[metric] is not None]
            median, p95 = statistics.median(values), percentile(values, 0.95)
            summary[f"{kind}_{metric}"] = {"median": round(median, 1), "p95": round(p95, 1)}
            label = "DOMContentLoaded" if metric == "dcl" else "directory rendered"
            print(f"  {kind:4}  {label:18}  median {median:7.1f}   p95 {p95:7.1f}")
    print(json.dumps(summary))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=20)
    return run(parser.parse_args().loads)


if __name__ == "__main__":
    raise SystemExit(main())
