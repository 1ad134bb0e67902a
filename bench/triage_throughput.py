"""Navigator rule throughput: messages per second per core, over the triage case sets.

The rules path is what every message goes through before any model: language detection,
tagging, phrases, numbers, negation, rules, routing, the reply and the pre-visit brief
(`Navigator.assess_rules`). Measured in one process on CPU time, so the figure is per core;
"cold" clears the per-word caches before every pass, "warm" is a steady state.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import yaml

from appservice.config import DEMO_PROVIDERS
from appservice.i18n import Translator
from appservice.providers import load_providers
from appservice.triage.navigator import Navigator

CASES_DIR = Path(__file__).resolve().parent.parent / "tests" / "triage_cases"
PASSES = 5


def load_messages() -> list[str]:
    messages: list[str] = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        messages += [case["text"] for case in yaml.safe_load(path.read_text("utf-8"))["cases"]]
    return messages


def measure(navigator: Navigator, messages: list[str], cold: bool) -> tuple[float, list[float]]:
    """(messages per CPU second, per-message wall latencies in ms) over PASSES passes."""
    latencies: list[float] = []
    cpu = 0.0
    for _ in range(PASSES):
        if cold:
            for lexicon in navigator.rules.lexicons.values():
                lexicon.tag.cache_clear()
        started = time.process_time()
        for message in messages:
            tick = time.perf_counter()
            navigator.assess_rules(message)
            latencies.append((time.perf_counter() - tick) * 1000)
        cpu += time.process_time() - started
    return len(messages) * PASSES / cpu, latencies


def main() -> None:
    directory = load_providers(DEMO_PROVIDERS)
    started = time.perf_counter()
    navigator = Navigator(lambda: directory, Translator())
    build = time.perf_counter() - started
    messages = load_messages()
    words = sum(len(m.split()) for m in messages)
    print(
        f"navigator rules path: {len(messages)} messages ({words / len(messages):.0f} words "
        f"on average) from tests/triage_cases, {PASSES} passes, 1 process"
    )
    print(f"  rule book built in {build * 1000:.0f} ms")
    for label, cold in (("cold word cache", True), ("warm word cache", False)):
        rate, latencies = measure(navigator, messages, cold)
        quantiles = statistics.quantiles(latencies, n=100)
        print(
            f"  {label}: {rate:,.0f} messages/s per core "
            f"(p50 {quantiles[49]:.2f} ms, p99 {quantiles[98]:.2f} ms)"
        )


if __name__ == "__main__":
    main()
