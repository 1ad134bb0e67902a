"""Evaluates rules over an analysed message: the level, the red flags, what needs routing.

A rule is data: an id, a level, groups of concepts that must all be affirmed (optionally within a
window of words), concepts that keep it from applying ("unless"), the symptoms it explains, a
routing topic and reply notes (crisis line, poison centre). Emergency rules see through anything
but a clear negation, and their "unless" never reads a third party's reassurance ("my husband
says it's nothing"). Any symptom no rule explains keeps the level at least "see a professional".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from appservice.triage.analysis import Analysis, Occurrence
from appservice.triage.levels import Level, most_urgent

Topic = Literal["body", "mind", "everyday"]
SYMPTOM = "symptom"  # present wherever any symptom is, for rules about "any symptom"
Note = Literal["crisis", "poison"]


@dataclass(frozen=True)
class Group:
    """Any of `concepts` (or at least `count` different ones of them)."""

    concepts: frozenset[str]
    count: int = 1


def group(spec: str) -> Group:
    """ "a|b|c" → any of them; "2:a|b|c" → at least two different ones."""
    count = 1
    if spec[:2].rstrip(":").isdigit() and ":" in spec[:3]:
        head, spec = spec.split(":", 1)
        count = int(head)
    return Group(frozenset(spec.split("|")), count)


@dataclass(frozen=True)
class Rule:
    """One red-flag, urgency or self-care rule."""

    id: str
    level: Level
    groups: tuple[Group, ...]
    window: int | None = None
    unless: frozenset[str] = frozenset()
    covers: frozenset[str] = frozenset()
    topic: Topic | None = "body"  # None: says how soon, not where (e.g. "it has lasted weeks")
    notes: tuple[Note, ...] = ()

    @property
    def strict(self) -> bool:
        return self.level is Level.EMERGENCY


@dataclass(frozen=True)
class Derived:
    """A concept placed where its parts meet, e.g. chest + pain within 3 words → chest_pain."""

    concept: str
    groups: tuple[Group, ...]
    window: int


def rule(
    rule_id: str,
    level: Level,
    *groups: str,
    window: int | None = None,
    unless: str = "",
    covers: str = "",
    topic: Topic | None = "body",
    notes: tuple[Note, ...] = (),
) -> Rule:
    parsed = tuple(group(spec) for spec in groups)
    covered = frozenset(covers.split("|")) if covers else frozenset()
    covered |= frozenset().union(*(g.concepts for g in parsed))
    blockers = frozenset(unless.split("|")) if unless else frozenset()
    return Rule(rule_id, level, parsed, window, blockers, covered, topic, notes)


def derive(concept: str, *groups: str, window: int) -> Derived:
    return Derived(concept, tuple(group(spec) for spec in groups), window)


@dataclass
class Finding:
    """What the rules found in one message."""

    level: Level
    rules: list[Rule] = field(default_factory=list)
    unexplained: set[str] = field(default_factory=set)

    @property
    def red_flags(self) -> list[str]:
        """Ids of the urgent and emergency rules that matched, most urgent first."""
        return [r.id for r in self.rules if r.level.rank >= Level.URGENT.rank]

    @property
    def topics(self) -> set[Topic]:
        found = {r.topic for r in self.rules if r.level is not Level.SELF_CARE}
        return {topic for topic in found if topic is not None} or {"body"}

    @property
    def notes(self) -> set[Note]:
        return {note for r in self.rules for note in r.notes}


def _positions(analysis: Analysis, g: Group, strict: bool) -> list[tuple[int, str]]:
    return sorted((p, c) for c in g.concepts for p in analysis.positions(c, strict))


def _group_ok(found: list[tuple[int, str]], count: int, low: int, high: int) -> bool:
    distinct = {c for p, c in found if low <= p <= high}
    return len(distinct) >= count


def _match(
    analysis: Analysis, groups: tuple[Group, ...], window: int | None, strict: bool
) -> list[int] | None:
    """Positions of a match (the first affirmed position of each group), or None."""
    present = analysis.occurrences.keys()
    if any(len(g.concepts & present) < g.count for g in groups):
        return None  # most rules stop here: a concept they need is not in the message at all
    found = [_positions(analysis, g, strict) for g in groups]
    if any(not f for f in found):
        return None
    if window is None:
        if all(_group_ok(f, g.count, 0, 1 << 30) for f, g in zip(found, groups, strict=True)):
            return [f[0][0] for f in found]
        return None
    for anchor in sorted({p for f in found for p, _ in f}):
        high = anchor + window
        if all(_group_ok(f, g.count, anchor, high) for f, g in zip(found, groups, strict=True)):
            return [next(p for p, _ in f if anchor <= p <= high) for f in found]
    return None


def _blocked(analysis: Analysis, unless: frozenset[str], reported: set[int]) -> bool:
    return any(
        position not in reported for c in unless for position in analysis.positions(c, False)
    )


def _reported_positions(analysis: Analysis) -> set[int]:
    """Words in a clause of reported speech ("he says it's only heartburn")."""
    positions: set[int] = set()
    for occurrence in analysis.occurrences.get("reported", ()):
        position = occurrence.position + 1
        while position < len(analysis.tokens) and analysis.tokens[position].kind != "break":
            if "contrast" in analysis.concepts[position]:
                break
            positions.add(position)
            position += 1
    return positions


def apply_derived(analysis: Analysis, derived: Iterable[Derived]) -> None:
    """Add derived concepts in place, at each position of the last part that the others reach.

    A whole whose parts are negated only loosely is itself loosely negated, so emergency rules
    still see it.
    """
    for d in derived:
        present = analysis.occurrences.keys()
        if any(len(g.concepts & present) < g.count for g in d.groups):
            continue
        *others, last = d.groups
        placed: set[int] = set()
        for strict in (False, True):
            for position, _ in _positions(analysis, last, strict):
                if position in placed:
                    continue
                low, high = position - d.window, position + d.window
                if all(
                    _group_ok(_positions(analysis, g, strict), g.count, low, high) for g in others
                ):
                    placed.add(position)
                    analysis.concepts[position].add(d.concept)
                    analysis.occurrences.setdefault(d.concept, []).append(
                        Occurrence(position, strict, False)
                    )


class RuleSet:
    """Derived concepts, rules and symptoms, indexed so a message only meets rules it can match."""

    def __init__(
        self, derived: Iterable[Derived], rules: Iterable[Rule], symptoms: frozenset[str]
    ) -> None:
        self.derived = tuple(derived)
        self.rules = tuple(rules)
        self.symptoms = symptoms
        # A concept derived in several ways explains the parts of every one of them.
        self._parts: dict[str, frozenset[str]] = {}
        for d in self.derived:
            parts = frozenset().union(*(g.concepts for g in d.groups))
            self._parts[d.concept] = self._parts.get(d.concept, frozenset()) | parts
        self._by_concept: dict[str, list[int]] = {}
        for number, r in enumerate(self.rules):
            for concept in r.groups[0].concepts:
                self._by_concept.setdefault(concept, []).append(number)

    def candidates(self, present: Iterable[str]) -> list[Rule]:
        """Rules whose first group has a concept that is present, in their written order."""
        numbers = {n for concept in present for n in self._by_concept.get(concept, ())}
        return [self.rules[n] for n in sorted(numbers)]

    def parts(self, concept: str) -> frozenset[str]:
        return self._parts.get(concept, frozenset())


def evaluate(analysis: Analysis, ruleset: RuleSet, default: Level = Level.NON_URGENT) -> Finding:
    """Run the rules; the most urgent match wins, unexplained symptoms floor at non-urgent."""
    apply_derived(analysis, ruleset.derived)
    for concept in ruleset.symptoms & analysis.occurrences.keys():
        analysis.occurrences.setdefault(SYMPTOM, []).extend(analysis.occurrences[concept])
    reported = _reported_positions(analysis)
    matched: list[Rule] = []
    for r in ruleset.candidates(list(analysis.occurrences)):
        if r.unless and _blocked(analysis, r.unless, reported):
            continue
        if _match(analysis, r.groups, r.window, r.strict) is not None:
            matched.append(r)
    matched.sort(key=lambda r: -r.level.rank)
    covered = set().union(*(r.covers for r in matched))
    for concept in list(covered):  # explaining "chest_pain" explains the chest and the pain
        covered |= ruleset.parts(concept)
    unexplained = {
        c for c in (ruleset.symptoms & analysis.occurrences.keys()) - covered if analysis.present(c)
    }
    levels = [r.level for r in matched]
    if unexplained:
        levels.append(Level.NON_URGENT)
    return Finding(most_urgent(levels, default), matched, unexplained)
