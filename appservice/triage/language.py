"""Which of Finnish, Swedish and English a message is written in, from its words.

An explicit choice (the user's setting, `--lang`) always wins; detection only fills in when
there is none. Short messages have few function words, so words the lexicons know ("andnöd",
"krapula") count too, and å tips towards Swedish.
"""

from __future__ import annotations

from collections.abc import Mapping

from appservice.providers import Language
from appservice.triage.matcher import Lexicon
from appservice.triage.text import Token, fold


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(word) for word in text.split())


_FUNCTION_WORDS: dict[Language, frozenset[str]] = {
    "fi": _words("""on ja ei en olen oon mulla minulla mä minä se että kun jo ollut ollu
        mutta nyt vähän tosi ihan sen hän mun oli ole tai kuin myös vaan eikä enkä mua
        sillä hänellä meillä koko ajan sitten vielä jotain mitään kanssa pari"""),
    "sv": _words("""och är jag har inte det att en ett som på med min mig av för han hon
        till sedan mycket lite men kan när efter mitt mina sig vi ni har hade var blev
        nu också bara då här ingen inga vill ska sluta"""),
    "en": _words("""the and is a an with has of for i my he she have not in on at after his her was
        it to no since but can been had this that very am are from who has over"""),
}


def detect_language(
    text: str, tokens: list[Token], lexicons: Mapping[Language, Lexicon], default: Language
) -> Language:
    """The most likely language of the message; `default` when nothing tells them apart."""
    words = [t.text for t in tokens if t.kind == "word"]
    scores: dict[Language, float] = {}
    for language, lexicon in lexicons.items():
        function = sum(1 for w in words if w in _FUNCTION_WORDS[language])
        known = sum(1 for w in words if len(w) > 2 and lexicon.knows(w))
        scores[language] = function + 1.5 * known
    lowered = text.lower()
    if "å" in lowered:
        scores["sv"] = scores.get("sv", 0) + 2
    if "ä" in lowered or "ö" in lowered:
        scores["en"] = scores.get("en", 0) - 2
    best = max(scores.values(), default=0)
    if best <= 0:
        return default
    ranked = [lang for lang, score in scores.items() if score == best]
    return default if default in ranked else ranked[0]
