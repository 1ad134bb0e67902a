"""Compiles a language's lexicon into a fast word tagger: concepts per word, phrases, typos.

Term syntax (terms are written naturally and folded like the text, so ä/ö/å are optional):

- ``word``   the whole word;
- ``stem*``  a word starting with the stem (Finnish inflection: "rintakipua", "kivun");
- ``*part*`` a word containing the part anywhere (compounds: "vatsakipu", "päänsärky");
- ``*end``   a word ending so (Swedish compounds: "magont", "ryggont");
- ``-stem*`` never this concept for such words ("-kivuton*": painless is not pain);
- ``a|b*``   alternatives for one word; ``{NAME}`` expands a language macro such as {NEG}
  (a macro whose value has ";" gives one phrase per alternative: {CANT} → "can not", "unable to");
- ``a b*``   a phrase: consecutive words; ``~`` between two words allows up to three others
  in between ("en ~ saa henke*" matches "en meinaa saada henkeä").

A word that matches nothing gets a second chance against stems and words of seven letters or
more at edit distance one (Damerau), with its first letter right: "hengenahdistsuta"; one that
starts with an intensifier ("jättetrött", "jätteblek") is read as the rest of the word.
Tagging a word is cached, so a message costs a few dictionary look-ups per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from appservice.triage.text import fold

# Hyphens, apostrophes and commas in a term split it into words, as the tokenizer splits text.
_TERM_NOISE = re.compile(r"[^\w*|~{}\s]|_")

FUZZY_MIN = 7
GAP = 3
# Concepts that make a word a negation cue; a phrase that uses the word takes the role away.
CUE_CONCEPTS = frozenset({"neg", "neg_list"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A multi-word term: its concepts, and per slot the label a word must carry and its gap."""

    concepts: frozenset[str]
    slots: tuple[str, ...]
    gaps: tuple[int, ...]


@dataclass
class _Index:
    exact: dict[str, set[str]] = field(default_factory=dict)
    prefix: dict[str, set[str]] = field(default_factory=dict)
    infix: dict[str, set[str]] = field(default_factory=dict)
    suffix: dict[str, set[str]] = field(default_factory=dict)
    fuzzy: dict[str, set[str]] = field(default_factory=dict)
    prefix_lengths: set[int] = field(default_factory=set)
    excluded: list[tuple[str, str]] = field(default_factory=list)
    fuzzy_min: int = FUZZY_MIN
    fuzzy_max: int = 0  # the longest stem with typo tolerance; longer prefixes need no look-up

    def add(self, term: str, label: str) -> None:
        if term.startswith("-"):
            self.excluded.append((term[1:], label))
        elif term.startswith("*") and term.endswith("*") and len(term) > 2:
            self.infix.setdefault(term[1:-1], set()).add(label)
        elif term.startswith("*") and len(term) > 1:
            self.suffix.setdefault(term[1:], set()).add(label)
        elif term.endswith("*"):
            stem = term[:-1]
            self.prefix.setdefault(stem, set()).add(label)
            self.prefix_lengths.add(len(stem))
            self._add_fuzzy(stem + "*", label)
        else:
            self.exact.setdefault(term, set()).add(label)
            self._add_fuzzy(term, label)

    def _add_fuzzy(self, key: str, label: str) -> None:
        stem = key.rstrip("*")
        if len(stem) < self.fuzzy_min:
            return
        self.fuzzy_max = max(self.fuzzy_max, len(stem))
        for variant in _deletions(stem):
            self.fuzzy.setdefault(variant, set()).add(key + "\t" + label)


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _merged(parts: Sequence[Mapping[str, Sequence[str]]]) -> list[tuple[str, list[str]]]:
    """Concepts of several term tables; a concept in two tables gets the terms of both."""
    merged: dict[str, list[str]] = {}
    for part in parts:
        for concept, entries in part.items():
            merged.setdefault(concept, []).extend(entries)
    return list(merged.items())


def _distance_at_most_one(a: str, b: str) -> bool:
    """Optimal-string-alignment distance ≤ 1 (one insert, delete, substitute or swap)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


class Lexicon:
    """One language's concepts as a word tagger plus phrases; pure and immutable once built."""

    def __init__(
        self,
        language: str,
        terms: Sequence[Mapping[str, Sequence[str]]],
        macros: Mapping[str, str] | None = None,
        no_fuzzy: Iterable[str] = (),
        fuzzy_min: int = FUZZY_MIN,
        intensifiers: Iterable[str] = (),
    ) -> None:
        self.language = language
        self._intensifiers = tuple(fold(prefix) for prefix in intensifiers)
        self._macros = {name: fold(value) for name, value in (macros or {}).items()}
        self._index = _Index()
        self._no_fuzzy = frozenset(fold(word) for word in no_fuzzy)
        self._fuzzy_min = fuzzy_min
        self._index.fuzzy_min = fuzzy_min
        self.phrases: list[Phrase] = []
        phrase_ids: dict[tuple[str, ...], int] = {}
        merged = _merged(terms)
        self.concepts = frozenset(concept for concept, _ in merged)  # what its words can mean
        for concept, entries in merged:
            for entry in (e for raw in entries for e in self._expand_lists(raw)):
                exclude = "-" if entry.startswith("-") else ""
                words = _TERM_NOISE.sub(" ", self._expand(fold(entry.lstrip("-")))).split()
                if exclude and len(words) == 1:
                    self._index.add(exclude + words[0], concept)
                    continue
                if len(words) == 1:
                    for alternative in words[0].split("|"):
                        self._index.add(alternative, concept)
                    continue
                key = tuple(words)
                if key in phrase_ids:
                    old = self.phrases[phrase_ids[key]]
                    self.phrases[phrase_ids[key]] = Phrase(
                        old.concepts | {concept}, old.slots, old.gaps
                    )
                    continue
                phrase_ids[key] = len(self.phrases)
                self.phrases.append(self._phrase(len(self.phrases), words, concept))
        # Longest phrases claim their words first.
        self.phrases.sort(key=lambda p: -len(p.slots))
        self.by_first_slot: dict[str, list[Phrase]] = {}
        for phrase in self.phrases:
            self.by_first_slot.setdefault(phrase.slots[0], []).append(phrase)
        self.tag = lru_cache(maxsize=65536)(self._tag)

    def _expand_lists(self, entry: str) -> list[str]:
        for name, value in self._macros.items():
            token = "{" + name.lower() + "}"
            if ";" in value and token in fold(entry):
                return [fold(entry).replace(token, part.strip()) for part in value.split(";")]
        return [entry]

    def _expand(self, entry: str) -> str:
        for name, value in self._macros.items():
            entry = entry.replace("{" + name.lower() + "}", value)
        if "{" in entry:
            raise ValueError(f"{self.language}: unknown macro in {entry!r}")
        return entry

    def _phrase(self, number: int, words: list[str], concept: str) -> Phrase:
        slots: list[str] = []
        gaps: list[int] = []
        gap = 0
        for word in words:
            if word == "~":
                gap = GAP
                continue
            label = f"#{number}.{len(slots)}"
            for alternative in word.split("|"):
                self._index.add(alternative, label)
            slots.append(label)
            gaps.append(gap)
            gap = 0
        return Phrase(frozenset({concept}), tuple(slots), tuple(gaps))

    def _tag(self, word: str) -> frozenset[str]:
        index = self._index
        labels: set[str] = set(index.exact.get(word, ()))
        for length in index.prefix_lengths:
            if length <= len(word):
                labels.update(index.prefix.get(word[:length], ()))
        for part, concepts in index.infix.items():
            if part in word:
                labels.update(concepts)
        for end, concepts in index.suffix.items():
            if word.endswith(end):
                labels.update(concepts)
        if not labels:
            for prefix in self._intensifiers:
                if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                    labels.update(self.tag(word[len(prefix) :]))
        if not labels and len(word) >= self._fuzzy_min and word not in self._no_fuzzy:
            labels.update(self._fuzzy(word))
        for term, label in index.excluded:
            if (term.endswith("*") and word.startswith(term[:-1])) or term == word:
                labels.discard(label)
        return frozenset(labels)

    def _fuzzy(self, word: str) -> set[str]:
        found: set[str] = set()
        longest = min(len(word), self._index.fuzzy_max + 1)
        for length in range(self._fuzzy_min - 1, longest + 1):
            head = word[:length]
            for variant in _deletions(head):
                for entry in self._index.fuzzy.get(variant, ()):
                    key, label = entry.split("\t")
                    stem = key.rstrip("*")
                    if stem[0] != word[0]:
                        continue
                    if key.endswith("*"):
                        ok = abs(len(stem) - length) <= 1 and _distance_at_most_one(stem, head)
                    else:
                        ok = length == len(word) and _distance_at_most_one(stem, word)
                    if ok:
                        found.add(label)
        return found

    def knows(self, word: str) -> bool:
        """Whether the word carries a concept of this language (used to detect the language)."""
        return any(not label.startswith("#") for label in self.tag(word))
