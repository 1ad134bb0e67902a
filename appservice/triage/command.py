"""`terveysaula triage`: a message on stdin through the navigator, its answer on stdout.

The same `Navigator.assess` the chat bot uses. With a data directory that has a config, the
providers file and the `ai` section come from it; otherwise the demo providers serve and the
rules answer alone, so the command works on a fresh checkout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import TextIO

from appservice.config import DEMO_PROVIDERS, config_path, load_config
from appservice.i18n import Translator
from appservice.providers import LANGUAGES, load_providers
from appservice.triage.llm import ModelAdvisor
from appservice.triage.navigator import Assessment, Navigator, TriageInputError

HELP = "assess a message read from stdin, as the navigator would (rules, then the model if set)"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `triage` subcommand and its options."""
    command = sub.add_parser("triage", help=HELP, description=HELP)
    command.add_argument(
        "--lang", choices=LANGUAGES, default=None, help="language (default: detect it)"
    )
    command.add_argument("--json", action="store_true", help="print the assessment as JSON")
    command.add_argument(
        "--home", type=Path, default=Path("data"), help="data directory (default ./data)"
    )
    command.add_argument(
        "--config", type=Path, default=None, help="config file (default <home>/config.yaml)"
    )


async def _assess(
    home: Path, config_file: Path | None, text: str, language: str | None
) -> Assessment:
    advisor = None
    if config_file is not None or config_path(home).exists():
        config = load_config(home, config_file)
        directory = load_providers(config.providers_path)
        if config.ai.enabled:
            advisor = ModelAdvisor(config.ai)
    else:
        directory = load_providers(DEMO_PROVIDERS)
    navigator = Navigator(lambda: directory, Translator(), advisor=advisor)
    try:
        return await navigator.assess(text, language)
    finally:
        if advisor is not None:
            await advisor.close()


def run(args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Read, assess, print; 2 when there is nothing to assess."""
    text = (stdin or sys.stdin).read()
    out = stdout or sys.stdout
    try:
        assessment = asyncio.run(_assess(args.home, args.config, text, args.lang))
    except TriageInputError as err:
        print(f"terveysaula triage: {err} (write the message to stdin)", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(assessment.as_json(), ensure_ascii=False, indent=2), file=out)
    else:
        print(f"{assessment.reply}\n\n[{assessment.level.value}]", file=out)
    return 0
