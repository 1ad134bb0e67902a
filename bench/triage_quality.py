"""Navigator quality per case file: three-level accuracy and emergency recall, rules alone.

`python -m bench.triage_quality [FILE ...] [--misses]` scores the named case files (default:
every file in tests/triage_cases, and each language's total). A fresh probe is scored once
with this before any rule is changed for it; `--misses` then lists what went wrong, with the
gold level and the rules' level, and the red flags found.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import yaml

from appservice.config import DEMO_PROVIDERS
from appservice.i18n import Translator
from appservice.providers import load_providers
from appservice.triage.levels import Level
from appservice.triage.navigator import Navigator

CASES_DIR = Path(__file__).resolve().parent.parent / "tests" / "triage_cases"


def score(navigator: Navigator, path: Path, show_misses: bool) -> tuple[str, int, int, int, int]:
    """(language, right, cases, emergencies found, emergencies) for one file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    language = data["language"]
    right = found = emergencies = 0
    cases = data["cases"]
    for case in cases:
        gold = Level(case["level"])
        assessment = navigator.assess_rules(case["text"], language)
        hit = gold.three_level == assessment.level.three_level
        right += hit
        if gold is Level.EMERGENCY:
            emergencies += 1
            found += assessment.level is Level.EMERGENCY
        if show_misses and not hit:
            flags = ", ".join(assessment.red_flags)
            print(f"  {gold.value:>10} -> {assessment.level.value:<10} [{flags}] {case['text']}")
    return language, right, len(cases), found, emergencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true", help="list the cases scored wrong")
    args = parser.parse_args()
    directory = load_providers(DEMO_PROVIDERS)
    navigator = Navigator(lambda: directory, Translator())
    paths = args.files or sorted(CASES_DIR.glob("*.yaml"))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for path in paths:
        language, right, count, found, emergencies = score(navigator, path, args.misses)
        recall = found / emergencies if emergencies else 1.0
        print(
            f"{path.name:<22} n={count:<4} accuracy={right / count:.3f} "
            f"recall={recall:.2f} ({found}/{emergencies})"
        )
        for i, value in enumerate((right, count, found, emergencies)):
            totals[language][i] += value
    for language, (right, count, found, emergencies) in sorted(totals.items()):
        print(
            f"total {language}: n={count} accuracy={right / count:.3f} "
            f"recall={found / max(emergencies, 1):.3f} ({found}/{emergencies})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
