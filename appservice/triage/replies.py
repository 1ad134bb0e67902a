"""The navigator's answer in the client's language: what to do now, where, and what I am not.

Texts come from the `triage` Babel catalogs (message IDs are the English text). An emergency
answer starts with 112; suicidal thoughts always bring the MIELI crisis line, poisoning the
Poison Information Centre, urgent care 116117 for when the health station is closed. No answer
names a disease: the navigator routes, it does not diagnose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from appservice.i18n import Translator
from appservice.providers import Language
from appservice.triage.engine import Note
from appservice.triage.levels import Level
from appservice.triage.routing import ServiceOption
from appservice.triage.text import fold

EMERGENCY_NUMBER = "112"
MEDICAL_HELPLINE = "116117"
POISON_CENTRE = "0800 147 111"
CRISIS_LINE_FI = "09 2525 0111"  # MIELI Kriisipuhelin, Finnish, day and night
CRISIS_LINES = {"sv": "09 2525 0112", "en": "09 2525 0113"}  # limited hours

# Disease names no answer may contain (folded stems), used to check a model's text too.
DIAGNOSIS_WORDS: tuple[str, ...] = tuple(
    fold(word)
    for word in (
        # en
        "heart attack", "myocard", "infarct", "stroke", "meningit", "sepsis", "septic",
        "appendicit", "pneumonia", "embolism", "thrombosis", "cancer", "tumour", "tumor",
        "aneurysm", "ectopic", "torsion", "anaphyla", "concussion", "angina",
        # fi
        "sydänkohtau", "infarkt", "aivohalvau", "aivoveren", "aivokalvontulehd", "sepsi",
        "verenmyrky", "umpilisäke", "keuhkokuume", "keuhkoembol", "veritulppa", "syöpä",
        "syövän", "kasvain", "kohdunulkoi", "kiertymä", "aivotäräh",
        # sv
        "hjärtinfarkt", "hjärnblödning", "hjärnhinneinflammation", "blodförgiftning",
        "blindtarm", "lunginflammation", "lungemboli", "blodpropp", "tumör",
        "utomkvedshavande", "hjärnskakning",
    )
)  # fmt: skip

_LEVEL_TEXT: dict[Level, tuple[str, ...]] = {
    Level.EMERGENCY: (
        "Call 112 now.",
        "What you describe may need help right away. Tell the emergency centre what is "
        "happening and follow their instructions.",
    ),
    Level.URGENT: (
        "This should be assessed by a professional today. Contact your health station's "
        "urgent reception; when it is closed, call the medical helpline {helpline}.",
        "If it gets worse, for example trouble breathing, chest pain, fainting or confusion, "
        "call 112.",
    ),
    Level.NON_URGENT: (
        "This does not seem urgent, but it is worth seeing a professional.",
        "If your symptoms get worse or new ones appear, contact your health station, or call "
        "{helpline} when it is closed. In an emergency, call 112.",
    ),
    Level.SELF_CARE: (
        "From what you describe, this can usually be looked after at home.",
        "Rest, drink enough and use pharmacy remedies as the package leaflet says; a "
        "pharmacist can also advise you. Seek care if it gets worse, does not start to get "
        "better in a few days, or new symptoms appear: contact your health station, or call "
        "{helpline} when it is closed. In an emergency, call 112.",
    ),
}
_SERVICES_INTRO = {
    Level.URGENT: "I can also send a contact request right away to:",
    Level.NON_URGENT: "I can send a contact request or book a time for you with:",
    Level.SELF_CARE: "If you would like to talk to someone, you can contact:",
}
CRISIS_FI = (
    "You do not have to cope alone. The MIELI Crisis Helpline answers day and night at {number}."
)
CRISIS_OTHER = (
    "You do not have to cope alone. The MIELI Crisis Helpline answers in {line_language} at "
    "{number} (limited hours) and in Finnish day and night at {finnish_number}."
)
POISON = "For poisonings, the Poison Information Centre answers day and night at {number}."
NOT_A_DOCTOR = "I am not a doctor and this is not a diagnosis: I help you find the right care."
TELL_MORE = (
    "Tell me a little more about what is bothering you, so I can help you find the right care."
)
IN_EMERGENCY = "In an emergency, call 112."
SUPPORT_FIRST = "You can get support for this; it does not need to wait until things get worse."
SUPPORT_SECOND = "If you feel you cannot cope, or you or someone else is in danger, call 112."
CONTACT_INTRO = "I can send a contact request for you to:"
SERVICE_LINE = "{service} ({provider})"
LINE_LANGUAGES = {"sv": "Swedish", "en": "English"}


def crisis_line(translator: Translator, language: Language) -> str:
    """The MIELI crisis line sentence, with the line of the client's language."""
    if language == "fi":
        return translator.gettext(language, CRISIS_FI, number=CRISIS_LINE_FI)
    return translator.gettext(
        language,
        CRISIS_OTHER,
        line_language=translator.gettext(language, LINE_LANGUAGES[language]),
        number=CRISIS_LINES[language],
        finnish_number=CRISIS_LINE_FI,
    )


def compose(
    translator: Translator,
    language: Language,
    level: Level,
    notes: set[Note],
    services: Sequence[ServiceOption],
    advice: str | None = None,
    understood: bool = True,
    support_only: bool = False,
) -> str:
    """The whole answer: the level's instruction first, then lines, services, the disclaimer.

    `advice` (a model's text that passed the checks) replaces the level's general second
    paragraph, never the first line or the safety numbers. `understood` False: nothing in the
    message was recognised, so ask for more. `support_only`: a non-urgent need for company or
    someone to talk to, not a symptom.
    """
    first, second = _LEVEL_TEXT[level]
    intro = _SERVICES_INTRO.get(level, "")
    if not understood and level is Level.NON_URGENT:
        first, second, intro = TELL_MORE, IN_EMERGENCY, CONTACT_INTRO
    elif support_only and level is Level.NON_URGENT:
        first, second, intro = SUPPORT_FIRST, SUPPORT_SECOND, CONTACT_INTRO
    paragraphs = [translator.gettext(language, first, helpline=MEDICAL_HELPLINE)]
    if "crisis" in notes:
        paragraphs.append(crisis_line(translator, language))
    if "poison" in notes:
        paragraphs.append(translator.gettext(language, POISON, number=POISON_CENTRE))
    paragraphs.append(advice or translator.gettext(language, second, helpline=MEDICAL_HELPLINE))
    if services and level is not Level.EMERGENCY:
        lines = [translator.gettext(language, intro)]
        lines += [
            "- "
            + translator.gettext(
                language, SERVICE_LINE, service=o.service_name, provider=o.provider_name
            )
            for o in services
        ]
        paragraphs.append("\n".join(lines))
    paragraphs.append(translator.gettext(language, NOT_A_DOCTOR))
    return "\n\n".join(paragraphs)


def names_a_diagnosis(text: str) -> bool:
    """Whether the text names a disease (the navigator never does)."""
    folded = fold(text)
    return any(word in folded for word in DIAGNOSIS_WORDS)


def has_phone_number(text: str) -> bool:
    """Whether the text carries digits that could be a phone number (only ours may)."""
    return re.search(r"\d[\d ]{2,}", text) is not None
