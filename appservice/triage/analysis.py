"""A message as concepts at positions: words tagged, phrases joined, numbers read, negation scoped.

Negation is deliberately simple: a cue ("no", "ei", "inte", "denies", "utan") negates what
follows it up to the end of the clause or a few words, stopping at "but"/"mutta"/"men"; a
short list that ends the sentence ("no fever, chest pain or cough.") is negated item by item.
Phrases that contain a negation word ("en saa henkeä", "does not respond", "går inte över") take
the word's role as a cue away, so they mean what they say. A concept counts as *clearly* negated
only near its cue; emergency rules ignore anything less.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from appservice.triage.matcher import CUE_CONCEPTS, Lexicon, Phrase
from appservice.triage.numbers import read_numbers
from appservice.triage.text import Token, tokenize

SCOPE = 5  # words a plain cue reaches
LIST_SCOPE = 10  # words a list cue ("denies", "no history of") reaches, across commas
CLEAR = 3  # words within which a negation is clear
BACK = 2  # words a trailing cue ("kuumetta ei ole") reaches backwards
# A finite verb that starts a new clause ("has", "is") ends a cue's reach, unless it comes first
# ("does not have chest pain").
CLAUSE_VERB = "clause_verb"


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A concept at a word position, and whether a negation covers it."""

    position: int
    negated: bool
    clearly_negated: bool


@dataclass
class Analysis:
    """Everything the rules look at for one message."""

    language: str
    tokens: list[Token]
    concepts: list[set[str]]
    occurrences: dict[str, list[Occurrence]] = field(default_factory=dict)

    def positions(self, concept: str, strict: bool) -> Iterator[int]:
        """Positions where `concept` is affirmed; `strict` = only a clear negation removes it."""
        for occurrence in self.occurrences.get(concept, ()):
            if not (occurrence.clearly_negated if strict else occurrence.negated):
                yield occurrence.position

    def present(self, concept: str, strict: bool = False) -> bool:
        return next(self.positions(concept, strict), None) is not None

    def concept_names(self) -> set[str]:
        return set(self.occurrences)


def _match_phrase(
    phrase: Phrase, start: int, labels: list[frozenset[str]], tokens: list[Token]
) -> list[int] | None:
    matched = [start]
    position = start
    for slot, gap in zip(phrase.slots[1:], phrase.gaps[1:], strict=True):
        found = None
        for step in range(1, gap + 2):
            candidate = position + step
            if candidate >= len(tokens) or tokens[candidate].kind in ("break", "comma"):
                break
            if slot in labels[candidate]:
                found = candidate
                break
        if found is None:
            return None
        matched.append(found)
        position = found
    return matched


def _join_phrases(
    lexicon: Lexicon, tokens: list[Token], labels: list[frozenset[str]], keep: frozenset[str]
) -> list[set[str]]:
    """Join phrases, longest first; a phrase's words take its meaning (keeping `keep` ones)."""
    matches: list[tuple[int, int, Phrase, list[int]]] = []
    for start, word_labels in enumerate(labels):
        for label in sorted(word_labels):  # a fixed order: ties resolve the same way
            for phrase in lexicon.by_first_slot.get(label, ()):
                positions = _match_phrase(phrase, start, labels, tokens)
                if positions is not None:
                    matches.append((-len(phrase.slots), start, phrase, positions))
    concepts = [{label for label in word if label[0] != "#"} for word in labels]
    claimed: set[int] = set()
    taken: set[tuple[int, ...]] = set()
    for _, _, phrase, positions in sorted(matches, key=lambda m: (m[0], m[1])):
        if claimed.intersection(positions):
            if tuple(positions) in taken:  # the same words, read as two concepts: keep both
                for position in positions:
                    concepts[position] |= phrase.concepts
            continue
        claimed.update(positions)
        taken.add(tuple(positions))

        for position in positions:
            concepts[position] = (concepts[position] & keep) | phrase.concepts
    return concepts


LIST_ITEM = 3  # words an item of a negated list may have ("no fever, chest pain or cough")


def _before_or(tokens: list[Token], concepts: list[set[str]], position: int) -> bool:
    """A word just before "or" is the list's next item even when a phrase ("fever or
    vomiting") made it a cue for the word after "or"."""
    after = position + 1
    return after < len(tokens) and "disjunction" in concepts[after]


def _negated_list_end(tokens: list[Token], concepts: list[set[str]], cue: int) -> int | None:
    """Where a list after a plain cue ends: "no A, B or C." (short items, "or" before the last,
    then the end of the sentence); None when the words after the cue are not such a list."""
    position, words, saw_comma = cue + 1, 0, False
    while position < len(tokens):
        kind = tokens[position].kind
        if kind == "break":
            return None
        if kind == "comma":
            if words == 0:
                return None
            saw_comma, words = True, 0
        elif "disjunction" in concepts[position]:
            if words == 0 or not saw_comma:
                return None
            end = position + 1
            while (
                end < len(tokens)
                and tokens[end].kind not in ("break", "comma")
                and CLAUSE_VERB not in concepts[end]
            ):
                end += 1
            last_item = end - position - 1
            # "no A, B or C and is eating normally": a new verb closes the list too (the "and"
            # before it is not an item word).
            verb = end < len(tokens) and CLAUSE_VERB in concepts[end]
            closes = end == len(tokens) or tokens[end].kind == "break" or verb
            return end - 1 if 1 <= last_item <= LIST_ITEM + verb and closes else None
        elif "contrast" in concepts[position] or (
            concepts[position] & CUE_CONCEPTS and not _before_or(tokens, concepts, position)
        ):
            return None
        else:
            words += 1
            if words > LIST_ITEM:
                return None
        position += 1
    return None


def _closes_with_be(tokens: list[Token], concepts: list[set[str]], cue: int) -> bool:
    """A cue followed only by "be" to the end of its clause ("kuumetta ei ole.", "verenohennuksia
    ei oo"): it negates the words before it, unless the clause compares ("tällaista kipua ei ole
    ollut": never such a pain)."""
    position = cue + 1
    while (
        position < len(tokens)
        and tokens[position].kind == "word"
        and "be_verb" in concepts[position]
    ):
        position += 1
    if position == cue + 1 or (
        position < len(tokens) and tokens[position].kind not in ("break", "comma")
    ):
        return False
    position = cue - 1
    while position >= 0 and tokens[position].kind != "break":
        if "such_word" in concepts[position]:
            return False
        position -= 1
    return True


def _scope_negation(tokens: list[Token], concepts: list[set[str]]) -> dict[int, dict[str, bool]]:
    """position -> {concept: clearly} for every negated concept."""
    negated: dict[int, dict[str, bool]] = {}

    def mark(position: int, clear: bool) -> None:
        slot = negated.setdefault(position, {})
        for concept in concepts[position]:
            slot[concept] = slot.get(concept, False) or clear

    for cue, cue_concepts in enumerate(concepts):
        if "neg_back" in cue_concepts or (
            cue_concepts & CUE_CONCEPTS and _closes_with_be(tokens, concepts, cue)
        ):
            position, seen = cue - 1, 0
            while position >= 0 and seen < BACK and tokens[position].kind not in ("break", "comma"):
                mark(position, True)
                position, seen = position - 1, seen + 1
        if not cue_concepts & CUE_CONCEPTS:
            continue
        listing = "neg_list" in cue_concepts
        reach = LIST_SCOPE if listing else SCOPE
        list_end = None if listing else _negated_list_end(tokens, concepts, cue)
        if list_end is not None:  # "no fever, chest pain or cough.": every item, clearly
            for position in range(cue + 1, list_end + 1):
                if tokens[position].kind != "comma":
                    mark(position, True)
            continue
        position, seen = cue + 1, 0
        while position < len(tokens) and seen < reach:
            kind = tokens[position].kind
            if kind == "break" or (kind == "comma" and not listing):
                break
            if kind != "comma":
                if seen and CLAUSE_VERB in concepts[position]:
                    break  # "no history of epilepsy has had a seizure": a new clause
                seen += 1
                if "contrast" in concepts[position] or (
                    concepts[position] & CUE_CONCEPTS
                    and not listing
                    and not _before_or(tokens, concepts, position)  # probes 30-31 (en)
                ):
                    break
                mark(position, listing or seen <= CLEAR)
            position += 1
    return negated


def analyse(text: str, lexicon: Lexicon, keep: frozenset[str] = frozenset()) -> Analysis:
    """Tokens, concepts and negation of `text` in the lexicon's language.

    `keep`: concepts a word keeps inside a phrase (body parts, severity), so "lower back" is
    still the back and "ihan hirveästi" still severe.
    """
    tokens = tokenize(text)
    labels = [lexicon.tag(t.text) if t.kind != "break" else frozenset() for t in tokens]
    concepts = _join_phrases(lexicon, tokens, labels, keep)
    # Numbers read units and context from the words themselves as well as from phrases.
    context = [
        concepts[i] | {label for label in labels[i] if label[0] != "#"} for i in range(len(tokens))
    ]
    for position, concept in read_numbers(tokens, context):
        concepts[position].add(concept)
    negated = _scope_negation(tokens, concepts)
    occurrences: dict[str, list[Occurrence]] = {}
    for position, word_concepts in enumerate(concepts):
        flags = negated.get(position, {})
        for concept in word_concepts:
            clear = flags.get(concept)
            occurrences.setdefault(concept, []).append(
                Occurrence(position, clear is not None, bool(clear))
            )
    return Analysis(lexicon.language, tokens, concepts, occurrences)
