"""Normalised tokens: lower case, ä/ö/å and other accents folded, numbers kept with decimals.

Folding lets "henkea" match "henkeä"; the lexicons are folded the same way when compiled, so
matching never depends on whether the writer's keyboard had the letters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

TokenKind = Literal["word", "number", "ratio", "break", "comma"]

_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "æ": "a", "ø": "o", "ß": "ss", "’": "'"})
_CONTRACTIONS = (
    (re.compile(r"\bcan'?t\b"), "can not"),
    (re.compile(r"\bcannot\b"), "can not"),
    (re.compile(r"\bwon'?t\b"), "will not"),
    (re.compile(r"\b(\w+)n't\b"), r"\1 not"),
    # Phone typing drops the apostrophe: "doesnt fade", "isnt breathing".
    (re.compile(r"\b(do|does|did|is|was|were|are|has|have|had|could|would|should)nt\b"), r"\1 not"),
)

_TOKEN = re.compile(
    r"(?P<ratio>\d{1,3}/\d{1,3})"
    r"|(?P<number>\d+(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<break>[.!?;:\n]+)"
    r"|(?P<comma>,)"
)


@dataclass(frozen=True, slots=True)
class Token:
    """One word, number, blood-pressure-like ratio, or clause break of a message."""

    text: str
    kind: TokenKind
    value: float = 0.0
    second: float = 0.0


def fold(text: str) -> str:
    """Lower case with Nordic letters and other accents folded to plain ASCII letters."""
    lowered = text.lower().translate(_FOLD)
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[Token]:
    """Folded tokens of `text`; a decimal comma ("38,5") stays one number."""
    folded = fold(text)
    for pattern, replacement in _CONTRACTIONS:
        folded = pattern.sub(replacement, folded)
    tokens: list[Token] = []
    for match in _TOKEN.finditer(folded):
        kind = match.lastgroup
        raw = match.group()
        if kind == "word":
            tokens.append(Token(raw, "word"))
        elif kind == "number":
            tokens.append(Token(raw, "number", float(raw.replace(",", "."))))
        elif kind == "ratio":
            first, second = raw.split("/")
            tokens.append(Token(raw, "ratio", float(first), float(second)))
        elif kind == "comma":
            tokens.append(Token(raw, "comma"))
        else:
            tokens.append(Token(".", "break"))
    return tokens
