"""The navigator's rules: quality on the case sets, safety behaviours, replies, routing, CLI.

No homeserver: the triage engine is pure, so these run in a few seconds.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from appservice.cli import main
from appservice.config import DEMO_PROVIDERS
from appservice.i18n import Translator
from appservice.providers import ProviderDirectory, load_providers
from appservice.triage.brief import PreVisitBrief
from appservice.triage.engine import RuleSet, derive
from appservice.triage.levels import Level
from appservice.triage.navigator import Assessment, Navigator, TriageInputError, Turn
from appservice.triage.replies import names_a_diagnosis
from appservice.triage.rules import DERIVED, RULES

CASES_DIR = Path(__file__).parent / "triage_cases"
MAIN_FILES = {"en": "en_clinical.yaml", "fi": "fi_lay.yaml", "sv": "sv_lay.yaml"}
MINIMUM_CASES = {"en": 150, "fi": 120, "sv": 100}
FIRST_LINE = {
    "fi": "Soita heti hätänumeroon 112.",
    "sv": "Ring nödnumret 112 genast.",
    "en": "Call 112 now.",
}
CRISIS = {"fi": "09 2525 0111", "sv": "09 2525 0112", "en": "09 2525 0113"}


def load_cases() -> dict[str, list[dict[str, Any]]]:
    """language -> cases; each case knows its file and whether it is held out."""
    cases: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for index, case in enumerate(data["cases"]):
            held_out = path.name == MAIN_FILES[data["language"]] and index % 5 == 4
            cases[data["language"]].append({**case, "file": path.name, "held_out": held_out})
    return cases


CASES = load_cases()


@pytest.fixture(scope="module")
def directory() -> ProviderDirectory:
    return load_providers(DEMO_PROVIDERS)


@pytest.fixture(scope="module")
def navigator(directory: ProviderDirectory) -> Navigator:
    return Navigator(lambda: directory, Translator())


@pytest.fixture(scope="module")
def assessed(navigator: Navigator) -> dict[str, list[tuple[dict[str, Any], Assessment]]]:
    """Every case through the rules, once for the module."""
    return {
        lang: [(case, navigator.assess_rules(case["text"], lang)) for case in cases]
        for lang, cases in CASES.items()
    }


def scores(results: list[tuple[dict[str, Any], Assessment]]) -> tuple[float, float, int]:
    emergencies = [a for c, a in results if c["level"] == "emergency"]
    recall = sum(a.level is Level.EMERGENCY for a in emergencies) / len(emergencies)
    right = sum(Level(c["level"]).three_level == a.level.three_level for c, a in results)
    return recall, right / len(results), len(results)


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_case_set_is_large_and_varied(language: str) -> None:
    """Each language has enough cases, and every level is represented."""
    cases = CASES[language]
    assert len(cases) >= MINIMUM_CASES[language]
    assert {c["level"] for c in cases} == {level.value for level in Level}
    assert len({c["text"].strip().lower() for c in cases}) == len(cases), "duplicate case"


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_rules_meet_the_quality_bar(language: str, assessed: dict) -> None:
    """Emergency recall ≥ 0.95 and three-level accuracy ≥ 0.75, whole set and held-out part."""
    results = assessed[language]
    held_out = [(c, a) for c, a in results if c["held_out"]]
    for part, subset in (("whole", results), ("held-out", held_out)):
        recall, accuracy, count = scores(subset)
        print(f"{language} {part}: n={count} emergency recall={recall:.3f} accuracy={accuracy:.3f}")
        assert recall >= 0.95, f"{language} {part} emergency recall {recall:.3f}"
        assert accuracy >= 0.75, f"{language} {part} three-level accuracy {accuracy:.3f}"


def test_no_rule_repeats_another() -> None:
    """Two rules that match the same words the same way are one rule written twice; widen the
    first one's `covers` instead of adding a twin."""
    shapes: dict[tuple[Any, ...], str] = {}
    for rule in RULES:
        shape = (rule.level, rule.groups, rule.window, rule.unless, rule.topic, rule.notes)
        assert shape not in shapes, f"{rule.id} repeats {shapes[shape]}"
        shapes[shape] = rule.id


def test_every_concept_a_rule_names_is_produced(navigator: Navigator) -> None:
    """A concept a rule or derivation names must come from a lexicon, a derivation or the number
    reader (seen in some case); a misspelt or never-written name silently never matches."""
    lexicons = navigator.rules.lexicons.values()
    produced = {d.concept for d in DERIVED} | {"symptom"}
    produced |= {c for lexicon in lexicons for c in lexicon.concepts}
    for language, cases in CASES.items():
        for case in cases:
            produced |= navigator.rules.assess(case["text"], language).analysis.concept_names()
    named = {c for r in RULES for g in r.groups for c in g.concepts}
    named |= {c for r in RULES for c in r.unless}
    named |= {c for d in DERIVED for g in d.groups for c in g.concepts}
    assert sorted(named - produced) == []


def test_emergencies_are_routed_only_to_112(assessed: dict) -> None:
    """An emergency answer offers no service: 112 only, as the first line."""
    for language, results in assessed.items():
        for _, assessment in results:
            if assessment.level is Level.EMERGENCY:
                assert assessment.services == []
                assert assessment.reply.startswith(FIRST_LINE[language])


def test_no_reply_names_a_diagnosis(assessed: dict) -> None:
    """No answer on any case names a disease, and every one says it is not a doctor."""
    disclaimers = {"fi": "En ole lääkäri", "sv": "Jag är inte läkare", "en": "I am not a doctor"}
    for language, results in assessed.items():
        for case, assessment in results:
            assert not names_a_diagnosis(assessment.reply), case["text"]
            assert disclaimers[language] in assessment.reply


def test_routing_only_suggests_existing_services(assessed: dict, directory) -> None:
    """Every suggested service exists in the directory; at most three are offered."""
    existing = {(p.slug, s.slug) for p in directory.providers for s in p.services}
    for results in assessed.values():
        for _, assessment in results:
            assert len(assessment.services) <= 3
            for option in assessment.services:
                assert (option.provider, option.service) in existing


FINNISH_ALARMS = [
    "rintakipua",
    "hengenahdistusta",
    "en saa henkeä",
    "en saa henkea",
    "hengenahdistsuta",
    "RINTAKIPUA!!",
]


@pytest.mark.parametrize("message", FINNISH_ALARMS)
def test_finnish_example_phrases_are_emergencies(navigator: Navigator, message: str) -> None:
    """Inflected, compound, unaccented and mistyped Finnish alarm phrases get 112 in Finnish."""
    assessment = navigator.assess_rules(message)
    assert assessment.language == "fi"
    assert assessment.level is Level.EMERGENCY
    assert assessment.reply.startswith(FIRST_LINE["fi"])
    assert assessment.red_flags


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("A 58-year-old man with crushing central chest pain for 30 minutes, sweating and "
         "nauseous", "emergency"),
        ("A 25-year-old woman with burning on urination for 2 days, no fever", "professional"),
        ("A 30-year-old with a runny nose and mild sore throat for 2 days", "self-care"),
    ],
)  # fmt: skip
def test_the_issue_examples(navigator: Navigator, message: str, expected: str) -> None:
    """The three example vignettes land on the intended three-level answer."""
    assert navigator.assess_rules(message).level.three_level == expected


@pytest.mark.parametrize(
    ("negated", "affirmed"),
    [
        ("A 40-year-old with a cough for 2 days. No chest pain, no shortness of breath.",
         "A 40-year-old with a cough for 2 days, chest pain and shortness of breath."),
        ("A 35-year-old with a headache; denies neck stiffness, fever or rash.",
         "A 35-year-old with a headache, neck stiffness and fever."),
        ("lapsella nuhaa, ei kuumetta eikä hengenahdistusta",
         "lapsella nuhaa ja hengenahdistusta"),
        ("snuva och hosta, ingen feber och inga andningssvårigheter",
         "snuva och hosta och andningssvårigheter"),
        ("A 30-year-old with a cough for 3 days. No fever, chest pain or shortness of breath.",
         "A 30-year-old with a cough for 3 days, chest pain and shortness of breath."),
        ("Yskää kolme päivää. Ei kuumetta, rintakipua tai hengenahdistusta.",
         "Yskää kolme päivää, rintakipua ja hengenahdistusta."),
        ("Hosta i tre dagar. Ingen feber, bröstsmärta eller andnöd.",
         "Hosta i tre dagar, bröstsmärta och andnöd."),
    ],
)  # fmt: skip
def test_negation_removes_a_flag_only_when_negated(
    navigator: Navigator, negated: str, affirmed: str
) -> None:
    """'No chest pain' is not chest pain; the same symptoms affirmed are an emergency."""
    assert navigator.assess_rules(negated).level is not Level.EMERGENCY
    assert navigator.assess_rules(affirmed).level is Level.EMERGENCY


@pytest.mark.parametrize(
    "message",
    [
        "I'm not sure if it matters but I can't breathe properly",
        "No fever, but crushing chest pain and sweating for 20 minutes",
        "en tiedä onko tämä mitään mutta rintaa puristaa ja hikoiluttaa",
        "ei mitään muuta, mutta en saa henkeä",
        "I don't know whether to call or not, he has chest pain and is sweating",
        "No fever, chest pain since this morning or so",
    ],
)
def test_negation_elsewhere_does_not_hide_an_emergency(navigator: Navigator, message: str) -> None:
    """A negation that is about something else never suppresses an emergency red flag."""
    assert navigator.assess_rules(message).level is Level.EMERGENCY


@pytest.mark.parametrize(
    ("anchored", "language"),
    [
        ("mieheni sanoo ettei se ole mitään, mutta häntä puristaa rinnasta ja hän hikoilee", "fi"),
        ("mieheni sanoo että rintakipu on vain lihasperäistä", "fi"),
        ("My husband says it is only a pulled muscle, but he has chest pain", "en"),
        ("min mamma säger att det inte är farligt men jag har tryck över bröstet", "sv"),
    ],
)
def test_anchoring_does_not_lower_the_level(
    navigator: Navigator, anchored: str, language: str
) -> None:
    """Someone else's reassurance ('it's nothing', 'just a muscle') changes nothing."""
    assessment = navigator.assess_rules(anchored)
    assert assessment.language == language
    assert assessment.level is Level.EMERGENCY


def test_own_context_can_make_chest_pain_urgent_not_emergency(navigator: Navigator) -> None:
    """Chest-wall pain after lifting, sore to press, no alarm sign: urgent, not 112."""
    message = "Rintakehään sattuu kun painan kylkiluita, nostin eilen painavaa, hengitys normaali"
    assessment = navigator.assess_rules(message)
    assert assessment.level is Level.URGENT
    assert "116117" in assessment.reply


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_suicidal_thoughts_without_plan_are_urgent_with_crisis_line(
    navigator: Navigator, language: str
) -> None:
    """Thoughts of suicide without a plan: today, and the MIELI line in the client's language."""
    message = {
        "fi": "Minulla on ollut itsemurha-ajatuksia, mutta ei mitään suunnitelmaa",
        "sv": "Jag har självmordstankar men ingen plan",
        "en": "I have been having suicidal thoughts but I have no plan",
    }[language]
    assessment = navigator.assess_rules(message)
    assert assessment.level is Level.URGENT
    assert CRISIS[language] in assessment.reply
    assert "09 2525 0111" in assessment.reply  # the line that answers day and night
    assert "116117" in assessment.reply
    assert any(o.provider == "mielenterveysyhdistys" for o in assessment.services)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_suicide_with_a_plan_is_an_emergency(navigator: Navigator, language: str) -> None:
    """A plan, means or time makes it 112 first, with the crisis line after it."""
    message = {
        "fi": "Aion tappaa itseni tänä iltana, olen kerännyt lääkkeet",
        "sv": "Jag ska ta livet av mig i kväll, tabletterna ligger framme",
        "en": "I am going to kill myself tonight, I have the pills ready",
    }[language]
    assessment = navigator.assess_rules(message)
    assert assessment.level is Level.EMERGENCY
    assert assessment.reply.startswith(FIRST_LINE[language])
    assert CRISIS[language] in assessment.reply


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("kaveri seisoo sillalla ja sanoo että hyppää", "fi"),
        ("breven är skrivna och tabletterna ligger redo för i natt", "sv"),
        ("my 84 year old dad fell in the hall and can't get up", "en"),
        ("mummo on maannut lattialla yöstä asti", "fi"),
        ("hans läppar är blå", "sv"),
        ("ate cashews, now my throat feels tight and my face is puffing up", "en"),
        ("han viftar med kniven och säger att han ska döda oss", "sv"),
        ("koko perhe voi pahoin ja päätä särkee, kaasulämmitin ollut päällä koko illan", "fi"),
        ("She deliberately swallowed eight of her sleeping pills an hour ago", "en"),
        ("My son crashed his moped and now has pain in his belly", "en"),
        ("farfar hittades ute i kylan i morse, han är förvirrad", "sv"),
        ("naapurit elvyttävät isää pihalla", "fi"),
        ("the toddler chewed some of grandad's heart pills", "en"),
        ("vauva söi isän verenpainelääkkeitä", "fi"),
        ("hot oil spilled over his legs, the skin looks white and leathery", "en"),
        ("hon blev grå och kallsvettig och har ont i käken", "sv"),
        ("mummo istuu kylmässä talossa ja puhe on hidastunut", "fi"),
        ("ex potkii ovea ja huutaa et tappaa mut, oon lasten kaa vessassa", "fi"),
        ("dök i på grunt vatten och nu domnar båda armarna", "sv"),
        ("värk mellan skulderbladen som strålar upp i käken", "sv"),
        ("mahaan sattuu kun hyppää tai yskii, ja kuumetta 38,4", "fi"),
        ("He is type 1 diabetic, sweating buckets and acting strange, won't eat", "en"),
        ("veli ei oo nukkunu viikkoon, naapurit lähettää säteitä ja se teroittaa puukkoa", "fi"),
        ("repet hänger i garaget och jag har bestämt mig för i natt", "sv"),
        ("cut into his thigh with a chainsaw and it is pumping out blood", "en"),
        ("putkenavausainetta roiskui silmään", "fi"),
        ("pulse 44, pale and dizzy since this morning", "en"),
        ("bajset är kolsvart och jag höll på att svimma", "sv"),
        ("slog i bakhuvudet i isen och nu får vi int liv i honom", "sv"),
        ("returned from Uganda last week with fever and chills", "en"),
        ("I had a heart attack years ago and now I have chest pain again since an hour", "en"),
        ("lapsella kuumetta ja pisteet ei vaalene kun painaa lasilla", "fi"),
    ],
)  # fmt: skip
def test_safety_nets_catch_emergencies_without_textbook_words(
    navigator: Navigator, message: str, language: str
) -> None:
    """Concept-level nets (jump + high place, farewell + means, a long lie, blue lips, two
    signs of a reaction, a weapon + a threat, a stove + several ill, medicines taken on
    purpose, a crash + belly pain, cold + confusion, CPR under way, a small child and someone's
    tablets, a scald with leathery skin, grey and sweaty with jaw pain, cold + slow speech) give
    112 where no alarm word is used."""
    assessment = navigator.assess_rules(message, language)
    assert assessment.level is Level.EMERGENCY


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("sain pienen staattisen sähköiskun auton ovesta", "fi"),
        ("jag hade ett epileptiskt anfall för tio år sedan och behöver förnya receptet", "sv"),
        ("I have a mild fish allergy and would like an adrenaline pen prescription", "en"),
        ("went under the water snorkelling and came up laughing", "en"),
        ("cut my finger, it bled a lot but stopped with pressure", "en"),
        ("vi har braskamin och jag har lite huvudvärk", "sv"),
        ("lapset leikkivät lumessa ja sormet ovat kylmät", "fi"),
        ("This knife-like pain in my side is killing me", "en"),
        ("Epilepsy, seizure-free for five years, asking about contraception", "en"),
        ("I did a CPR course last year and want a refresher", "en"),
        ("Jag gick en HLR-kurs förra året", "sv"),
        ("Lapsi söi hyvin ja otti lääkkeensä normaalisti, nyt nuha", "fi"),
        ("Her skin looks leathery from years of sun", "en"),
        ("Vanhus puhuu hitaasti aina, muisti heikentynyt vuosien mittaan", "fi"),
        ("He is pale and sweaty after the gym and has a sore shoulder", "en"),
        ("tää päänsärky tappaa mut kohta", "fi"),
        ("mamma kommer döda mig när hon ser bilen", "sv"),
        ("My mum is going to kill me when she sees the car", "en"),
        ("leikkasin sormeen pienen haavan sahalla, verta tuli vähän", "fi"),
        ("I bumped my forehead on a cupboard door, small bump, no other symptoms", "en"),
        ("My resting pulse is 48, I run marathons and feel fine", "en"),
        ("fick lite diskmedel i ögat för tio år sedan", "sv"),
        ("I had chest pain a year ago and would like to discuss the results", "en"),
        ("got an electric shock from a socket years ago, asking about nerve damage", "en"),
        ("my doctor gave me an EpiPen prescription last year, never used it", "en"),
        ("lapsella kuumetta, juo vettä lasilla", "fi"),
    ],
)  # fmt: skip
def test_look_alikes_of_emergencies_are_not_sent_to_112(
    navigator: Navigator, message: str, language: str
) -> None:
    """Alarm words in a harmless context (static, long ago, a prescription, a swim, a bleed
    that stopped, a stove, cold fingers, a figure of speech, seizure-free, a CPR course, a child
    who ate well and took its own medicine, sun-worn skin, speech that is always slow, a sore
    shoulder after the gym) do not call 112."""
    assert navigator.assess_rules(message, language).level is not Level.EMERGENCY


@pytest.mark.parametrize(
    ("message", "language", "level"),
    [
        # A household shock that left no sign: checked today. With a sign or high voltage: 112.
        ("I got an electric shock from a socket yesterday, I feel fine now", "en", Level.URGENT),
        ("sain eilen sähköiskun kun vaihdoin lamppua, nyt ihan ok olo", "fi", Level.URGENT),
        ("I got an electric shock from a socket and now my heart is racing", "en", Level.EMERGENCY),
        ("kollegan fick en stöt från en 400-voltskabel men mår bra", "sv", Level.EMERGENCY),
        # An older person's knock with no sign and no blood thinner: today. On Marevan: 112.
        ("My 80-year-old mother bumped her head on a cupboard door, she seems fine", "en",
         Level.URGENT),
        ("farmor slog huvudet i räcket, hon tar Marevan, verkar ok", "sv", Level.EMERGENCY),
        # A known epilepsy and a seizure that is over and recovered from: a visit. Ongoing: 112.
        ("My son with epilepsy had a seizure last night and is back to normal, we want a "
         "medication review", "en", Level.NON_URGENT),
        ("pojalla on epilepsia, sai kohtauksen aamulla ja toipui normaalisti", "fi",
         Level.NON_URGENT),
        ("He has epilepsy and has been fitting for six minutes", "en", Level.EMERGENCY),
    ],
)  # fmt: skip
def test_a_sign_or_a_risk_makes_the_difference(
    navigator: Navigator, message: str, language: str, level: Level
) -> None:
    """Shocks, head knocks in older people and seizures in known epilepsy go to 112 only with
    a sign, high voltage, a blood thinner or a seizure still going on."""
    assert navigator.assess_rules(message, language).level is level


def test_poisoning_gets_the_poison_centre(navigator: Navigator) -> None:
    """An accidental double dose: today, with Myrkytystietokeskus 0800 147 111."""
    assessment = navigator.assess_rules("Otin vahingossa kaksinkertaisen annoksen lääkettä")
    assert assessment.level is Level.URGENT
    assert "0800 147 111" in assessment.reply


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("A 6-week-old baby with a temperature of 38.1", Level.EMERGENCY),
        ("A 70-year-old, confused, BP 80/50, fever", Level.EMERGENCY),
        ("A 52-year-old, cough and fever, oxygen saturation 87%", Level.EMERGENCY),
        ("A 4-year-old with a temperature of 37.9 and a runny nose, playing", Level.SELF_CARE),
        ("A 45-year-old with a cough for 5 weeks", Level.NON_URGENT),
        ("bebisen är 2 månader och har 38,3", Level.EMERGENCY),
        ("vauva 2 kk, kuumetta 38,2", Level.EMERGENCY),
        ("A 79-year-old, temperature 32 °C", Level.EMERGENCY),
        ("A 28-year-old, 20 weeks pregnant, with mild nausea", Level.SELF_CARE),
        ("raskausviikko 36, verenpaine 165/112", Level.EMERGENCY),
        ("30 astetta ulkona, kuumetta 38,5, muuten hyvä olo", Level.SELF_CARE),
    ],
)
def test_numbers_are_read_in_context(navigator: Navigator, message: str, level: Level) -> None:
    """Ages, temperatures (low ones too, not the weather's), blood pressure in pregnancy,
    oxygen, durations and weeks of pregnancy change the answer."""
    assert navigator.assess_rules(message).level is level


def test_earlier_messages_count(navigator: Navigator) -> None:
    """Symptoms told in earlier messages still count, and the brief keeps every message."""
    history = [
        Turn("client", "Minulla on ollut rintakipua tunnin"),
        Turn("navigator", "Kerro lisää"),
    ]
    assessment = navigator.assess_rules("nyt myös hikoiluttaa ja oksettaa", history=history)
    assert assessment.level is Level.EMERGENCY
    assert assessment.brief.words == [
        "Minulla on ollut rintakipua tunnin",
        "nyt myös hikoiluttaa ja oksettaa",
    ]


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Olen ollut masentunut ja ahdistunut jo pari kuukautta", "association"),
        ("Tarvitsisin apua kauppareissuihin", "volunteer"),
        ("Olkapää on ollut kipeä kuusi viikkoa", "clinic"),
    ],
)
def test_routing_fits_the_need(navigator: Navigator, directory, message: str, kind: str) -> None:
    """Mental health goes to the association, everyday help to volunteers, the body to a clinic."""
    assessment = navigator.assess_rules(message)
    assert assessment.level is Level.NON_URGENT
    assert directory.get(assessment.services[0].provider).kind == kind


def test_routing_uses_only_the_directory_it_is_given() -> None:
    """A region without an association or volunteers gets only its own clinic's services."""
    data = yaml.safe_load(DEMO_PROVIDERS.read_text(encoding="utf-8"))
    clinic = next(p for p in data["providers"] if p["kind"] == "clinic")
    clinic["services"][0]["slug"] = "oma-vastaanotto"
    directory = ProviderDirectory.model_validate({"providers": [clinic]})
    nav = Navigator(lambda: directory, Translator())
    for message in ("olen ollut pitkään alakuloinen", "pissatessa kirvelee, ei kuumetta"):
        for option in nav.assess_rules(message).services:
            assert option.provider == clinic["slug"]
            assert option.service in {s["slug"] for s in clinic["services"]}


def test_the_brief_serialises(navigator: Navigator) -> None:
    """The pre-visit brief is plain JSON with the client's words, level, flags and services."""
    assessment = navigator.assess_rules("Kylkeen sattuu aaltoina ja virtsassa on verta")
    data = json.loads(assessment.brief.model_dump_json())
    assert data["words"] == ["Kylkeen sattuu aaltoina ja virtsassa on verta"]
    assert data["level"] == "urgent"
    assert data["red_flags"] == assessment.red_flags and data["red_flags"]
    assert data["suggested_services"][0]["provider"] == "kaupungin-terveysasema"
    assert PreVisitBrief.model_validate_json(assessment.brief.model_dump_json()) == assessment.brief
    assert assessment.brief.created_at.tzinfo is not None


def test_explicit_language_overrides_detection(navigator: Navigator) -> None:
    """A Swedish message answered in English when the client chose English."""
    assessment = navigator.assess_rules("ont i bröstet och kallsvettig", language="en")
    assert assessment.language == "en"
    assert assessment.reply.startswith("Call 112 now.")


@pytest.mark.parametrize(("message", "language"), [("", None), ("   \n", None), ("x", "de")])
def test_bad_input_is_refused_clearly(navigator: Navigator, message: str, language) -> None:
    """An empty message or an unknown language is an input error with a clear text."""
    with pytest.raises(TriageInputError):
        navigator.assess_rules(message, language)


@pytest.mark.parametrize(
    "message",
    ["😀😀😀", "\x00\x01 kipua \x00", "a" * 50_000, "123/456 999,9 1e9", "-- ** ~~ {NEG} #1.0"],
)
def test_odd_input_is_handled(navigator: Navigator, message: str) -> None:
    """Emoji, control characters, a huge text or syntax-like text still get a calm answer."""
    assessment = navigator.assess_rules(message)
    assert assessment.level in set(Level)
    assert "112" in assessment.reply


def test_cli_prints_json_of_the_same_path(monkeypatch, capsys, tmp_path: Path) -> None:
    """`terveysaula triage --json` prints level, red flags, language, services and reply."""
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("Jag har svårt att andas och kan bara säga några ord")
    )
    assert main(["triage", "--json", "--home", str(tmp_path / "none")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"level", "red_flags", "language", "services", "reply"}
    assert data["level"] == "emergency" and data["language"] == "sv"
    assert data["reply"].startswith(FIRST_LINE["sv"]) and data["services"] == []


def test_cli_prints_reply_and_level(monkeypatch, capsys, tmp_path: Path) -> None:
    """Without --json the reply text and the level are printed; --lang chooses the language."""
    monkeypatch.setattr("sys.stdin", io.StringIO("I need help with the shopping"))
    assert main(["triage", "--lang", "fi", "--home", str(tmp_path / "none")]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("[non-urgent]")
    assert "Naapuriapu-vapaaehtoiset" in out


def test_cli_refuses_an_empty_message(monkeypatch, capsys, tmp_path: Path) -> None:
    """Nothing on stdin: exit status 2 and a message saying what to do."""
    monkeypatch.setattr("sys.stdin", io.StringIO(" \n"))
    assert main(["triage", "--home", str(tmp_path / "none")]) == 2
    assert "stdin" in capsys.readouterr().err


def test_a_concept_derived_two_ways_explains_the_parts_of_both() -> None:
    """The parts a derived concept explains are those of every derivation, not the last one's."""
    ruleset = RuleSet(
        [derive("whole", "a", "b", window=3), derive("whole", "c", "d", window=3)],
        [],
        frozenset(),
    )
    assert ruleset.parts("whole") == frozenset({"a", "b", "c", "d"})
