"""The rules with their three lexicons: text in, level and red flags out. Pure and fast.

Built once by whoever needs it (the navigator, the CLI, the benchmark); tagging a word is cached
inside each lexicon, so repeated vocabulary costs a dictionary look-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from appservice.providers import LANGUAGES, Language
from appservice.triage import (
    lexicon_en,
    lexicon_en_situations,
    lexicon_en_symptoms,
    lexicon_fi,
    lexicon_fi_situations,
    lexicon_fi_symptoms,
    lexicon_sv,
    lexicon_sv_situations,
    lexicon_sv_symptoms,
)
from appservice.triage.analysis import Analysis, analyse
from appservice.triage.engine import Finding, RuleSet, evaluate
from appservice.triage.language import detect_language
from appservice.triage.matcher import Lexicon
from appservice.triage.rules import DERIVED, PHRASE_KEEPS, RULES, SYMPTOMS
from appservice.triage.text import tokenize

MAX_CHARS = 4000  # a message longer than this is cut; the rules read what a person would


@dataclass(frozen=True)
class RuleResult:
    """The rules' verdict on a message, with the analysis it rests on."""

    language: Language
    finding: Finding
    analysis: Analysis


class RuleBook:
    """Deterministic triage: every language's lexicon compiled once, the shared rules."""

    def __init__(self) -> None:
        self.ruleset = RuleSet(DERIVED, RULES, SYMPTOMS)
        fi, sv, en = lexicon_fi, lexicon_sv, lexicon_en
        fi_terms = (fi.TERMS, lexicon_fi_symptoms.TERMS, lexicon_fi_situations.TERMS)
        sv_terms = (sv.TERMS, lexicon_sv_symptoms.TERMS, lexicon_sv_situations.TERMS)
        en_terms = (en.TERMS, lexicon_en_symptoms.TERMS, lexicon_en_situations.TERMS)
        self.lexicons: dict[Language, Lexicon] = {
            "fi": Lexicon("fi", fi_terms, fi.MACROS, fi.NO_FUZZY),
            "sv": Lexicon("sv", sv_terms, sv.MACROS, sv.NO_FUZZY, intensifiers=sv.INTENSIFIERS),
            # Clinical English is spelt right and has near neighbours ("crusting", "crushing").
            "en": Lexicon("en", en_terms, en.MACROS, en.NO_FUZZY, fuzzy_min=8),
        }

    def language_of(self, text: str, default: Language = "fi") -> Language:
        """The language the text is most likely written in."""
        return detect_language(text, tokenize(text[:MAX_CHARS]), self.lexicons, default)

    def assess(self, text: str, language: Language | None = None) -> RuleResult:
        """Level, red flags and routing topics of `text` (the client's words so far)."""
        text = text[:MAX_CHARS]
        if language not in LANGUAGES:
            language = self.language_of(text)
        analysis = analyse(text, self.lexicons[language], PHRASE_KEEPS)
        finding = evaluate(analysis, self.ruleset)
        return RuleResult(language, finding, analysis)
