"""Messages in Finnish, Swedish and English from Babel message catalogs (`locales/*/*.po`).

Message IDs are the English text with `{name}` placeholders. Each feature keeps its own catalog
file (domain) so features do not edit one another's; all domains of a language are merged.
The `.po` files are read directly, so no compile step is needed to run.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from appservice.providers import LANGUAGES, Language

logger = logging.getLogger(__name__)
LOCALES_DIR = Path(__file__).resolve().parent / "locales"
DEFAULT_LANGUAGE: Language = "fi"


class TranslatableError(Exception):
    """A domain refusal a person should read in their language: `message_id` is the English
    text with {placeholders} and `values` fill them, so each edge (portal, staff room)
    translates it; str() is the English message."""

    def __init__(self, message_id: str, **values: Any) -> None:
        super().__init__(message_id.format(**values))
        self.message_id = message_id
        self.values = values


def normalise_language(value: str | None) -> Language:
    """A supported language code from a value such as 'sv-FI' or 'EN'; Finnish otherwise."""
    code = (value or "").strip().lower()[:2]
    for language in LANGUAGES:
        if code == language:
            return language
    return DEFAULT_LANGUAGE


class Translator:
    """Looks up a message in a language, falling back to the English message ID."""

    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        self._messages: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
        self._domains: dict[str, dict[str, dict[str, str]]] = {}  # domain → language → texts
        for language in LANGUAGES:
            for po_file in sorted((locales_dir / language / "LC_MESSAGES").glob("*.po")):
                with po_file.open("rb") as handle:
                    catalog: Catalog = read_po(handle, locale=language)
                own = self._domains.setdefault(po_file.stem, {}).setdefault(language, {})
                for message in catalog:
                    if message.id and message.string and not message.fuzzy:
                        self._messages[language][str(message.id)] = str(message.string)
                    if message.id and isinstance(message.id, str):
                        ok = bool(message.string) and not message.fuzzy
                        own[message.id] = str(message.string) if ok else message.id

    def gettext(self, language: str, message_id: str, **values: Any) -> str:
        text = self._messages.get(normalise_language(language), {}).get(message_id, message_id)
        if not values:
            return text
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            logger.warning("translation of %r has bad placeholders", message_id)
            return message_id.format(**values)

    def has(self, language: str, message_id: str) -> bool:
        return message_id in self._messages.get(language, {})

    def domain(self, language: str, domain: str) -> dict[str, str]:
        """Every message of one catalog file (e.g. the page's `portal`) in a language, as that
        file translates it, the English message ID standing in for a missing translation;
        empty for an unknown domain."""
        return dict(
            sorted(self._domains.get(domain, {}).get(normalise_language(language), {}).items())
        )
