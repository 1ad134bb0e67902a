"""Numbers read in context: age, duration, temperature, blood pressure, pulse, oxygen, sugar.

Clinical messages carry much of their urgency in numbers ("temperature 39.5", "BP 80/50",
"a 2-month-old", "for 3 weeks"). The lexicon tags the words around a number (units, "fever",
"pulse", "old", number words); this module turns a number and those tags into concepts.
"""

from __future__ import annotations

from collections.abc import Sequence

from appservice.triage.text import Token

# Unit concept -> length in days.
UNIT_DAYS = {"u_minute": 1 / 1440, "u_hour": 1 / 24, "u_day": 1, "u_week": 7, "u_month": 30.4}
UNIT_DAYS["u_year"] = 365.0
NUMBER_WORD = "num:"


def number_value(token: Token, concepts: set[str]) -> float | None:
    """The value of a number token or a number word ("kolme", "three", "två")."""
    if token.kind == "number":
        return token.value
    for concept in concepts:
        if concept.startswith(NUMBER_WORD):
            return float(concept[len(NUMBER_WORD) :])
    return None


def _near(
    concepts: Sequence[set[str]],
    tokens: Sequence[Token],
    start: int,
    step: int,
    reach: int,
    comma_ends: bool = False,
) -> set[str]:
    """Concepts of up to `reach` words from `start` in direction `step`, within the clause
    (within the comma-separated part of it with `comma_ends`)."""
    found: set[str] = set()
    position, seen = start + step, 0
    while 0 <= position < len(tokens) and seen < reach:
        kind = tokens[position].kind
        if kind == "break" or (comma_ends and kind == "comma"):
            break
        if kind != "comma":
            found |= concepts[position]
            seen += 1
        position += step
    return found


def _next_is(concepts: Sequence[set[str]], tokens: Sequence[Token], at: int, concept: str) -> bool:
    """The word right after `at` (no comma or break between) carries `concept`."""
    return concept in _near(concepts, tokens, at, 1, 1, comma_ends=True)


def _unit_after(concepts: Sequence[set[str]], tokens: Sequence[Token], at: int) -> str | None:
    if at + 1 >= len(tokens) or tokens[at + 1].kind != "word":
        return None
    for unit in ("u_minute", "u_hour", "u_day", "u_week", "u_month", "u_year"):
        if unit in concepts[at + 1]:
            return unit
    return None


def _age(age_years: float) -> list[str]:
    found = ["age_known"]
    if age_years < 0.25:
        found.append("age_infant")
    if age_years < 0.5:
        found.append("age_under6m")  # a fever is urgent here even in a baby who drinks well
    if age_years < 1:
        found.append("age_baby")
    if age_years < 5:
        found.append("age_under5")  # probe 21 (fi): NICE NG143, fever in under 5s
    if age_years < 16:
        found.append("age_child")
    if age_years >= 40:
        found.append("age_over40")
    if age_years >= 50:
        found.append("age_over50")
    if age_years >= 65:
        found.append("age_elderly")
    return found


def _sat_before(concepts: Sequence[set[str]], tokens: Sequence[Token], at: int) -> bool:
    """A saturation word up to five words before the number, or nine when a device's reading
    is named nearer ("saturation on the home monitor is 89"); not the oxygen of a treatment
    ("dad on oxygen at home is 89" is his age). Probes 26-27 (en)."""
    reach = 9 if "reading_word" in _near(concepts, tokens, at, -1, 4) else 5
    position, seen = at - 1, 0
    while position >= 0 and seen < reach and tokens[position].kind != "break":
        if tokens[position].kind != "comma":
            if "sat_word" in concepts[position] and "home_oxygen" not in concepts[position]:
                return True
            seen += 1
        position -= 1
    return False


def _fast_rate(found: Sequence[tuple[int, str]]) -> int:
    """Breaths a minute that are fast for the age read so far (NICE NG143: over 60 under 6
    months, over 50 to a year, over 40 under 5; APLS: over 30 in a school child; adults 25)."""
    ages = {concept for _, concept in found}
    for age, rate in (("age_under6m", 60), ("age_baby", 50), ("age_under5", 40), ("age_child", 30)):
        if age in ages:
            return rate
    return 25


def _duration(days: float) -> list[str]:
    if days < 1:
        return ["dur_hours"]
    found = ["dur_days"]
    if days >= 3:
        found.append("dur_3d")
    if days >= 7:
        found.append("dur_7d")
    if days >= 14:
        found.append("dur_long")
    return found


def _temperature(value: float) -> list[str]:
    if value < 36:
        return ["low_temp"]
    found = ["temp_reading"]
    if 37 <= value < 38:
        found.append("low_grade_temp")  # "kuumetta 37,8": a raised temperature, not a fever
    if value >= 38:
        found += ["fever", "fever_reading"]
    if value >= 39:
        found.append("high_fever")
    if value >= 40:
        found.append("very_high_fever")
    return found


def _ratio(token: Token) -> list[str]:
    systolic, diastolic = token.value, token.second
    if not (50 <= systolic <= 260 and 20 <= diastolic <= 160 and systolic > diastolic):
        return []
    found = ["bp_reading"]
    if systolic >= 140 or diastolic >= 90:
        found.append("raised_bp")  # probes 26-27 (sv): raised in pregnancy (NICE NG133)
    if systolic < 90:
        found.append("low_bp")
    if systolic >= 160 or diastolic >= 100:
        found.append("high_bp")
    if systolic >= 160 or diastolic >= 110:
        found.append("severe_bp")  # severe in pregnancy (pre-eclampsia)
    if systolic >= 180 or diastolic >= 115:
        found.append("very_high_bp")
    return found


def _counts_tablets(tokens: Sequence[Token], concepts: Sequence[set[str]], at: int) -> bool:
    """A tablet word within the next two words, no comma between: "30 panadol", "20 x ibuprofen"."""
    for position in (at + 1, at + 2):
        if position >= len(tokens) or tokens[position].kind in ("break", "comma"):
            return False
        if {"tablet_word", "otc_painkiller"} & concepts[position]:
            return True  # probes 30-31 (en): "30 panadol" (a brand name)
    return False


def read_numbers(tokens: Sequence[Token], concepts: Sequence[set[str]]) -> list[tuple[int, str]]:
    """(position, concept) pairs for every number whose meaning the context gives away."""
    found: list[tuple[int, str]] = []
    for at, token in enumerate(tokens):
        if token.kind == "ratio":
            found += [(at, concept) for concept in _ratio(token)]
            continue
        value = number_value(token, concepts[at])
        if value is None:
            continue
        before = _near(concepts, tokens, at, -1, 3)
        after = _near(concepts, tokens, at, 1, 3)
        unit = _unit_after(concepts, tokens, at)
        if unit is not None:
            aged = "age_word" in concepts[at + 1] or "age_word" in _near(
                concepts, tokens, at + 1, 1, 2
            )
            if unit in ("u_week", "u_month") and {"baby", "newborn"} & (
                before | _near(concepts, tokens, at + 1, 1, 2)
            ):
                aged = True  # "vauva 8 kk", "bebisen är 6 veckor"
            if unit in ("u_week", "u_month") and _next_is(concepts, tokens, at + 1, "child"):
                aged = True  # probes 26-27 (fi): "9kk poika", "3 mån flicka"
            if unit == "u_year" and not aged:
                aged = "copula" in _near(concepts, tokens, at, -1, 2) or (
                    "age_default" in concepts[at + 1]
                    and "dur_prep" not in _near(concepts, tokens, at, -1, 3, comma_ends=True)
                )  # probes 26-27 (sv): "Boende på vårt äldreboende, 91 år," is an age
                aged = aged or (
                    16 <= value <= 110
                    and bool({"age_person", "elderly"} & _near(concepts, tokens, at, -1, 1))
                    and "dur_prep" not in _near(concepts, tokens, at, -1, 3, comma_ends=True)
                )  # probes 30-31 (en): "for my friend's farfar, 80 years," is an age
            if aged:
                found += [(at, c) for c in _age(value * UNIT_DAYS[unit] / 365)]
            elif unit == "u_week" and "pregnant" in before | _near(concepts, tokens, at + 1, 1, 2):
                # "34 weeks' gestation", "12 weeks pregnant": how far along, not how long;
                # probes 24-25 (sv): "pregnant, 29 weeks" is before term (20-36 weeks).
                if 20 <= value < 37:
                    found.append((at, "preterm"))
            else:
                found += [(at, c) for c in _duration(value * UNIT_DAYS[unit])]
            continue
        pieces = "u_piece" in after and "tablet_word" in before  # "panadoleja, ehkä 20 kpl"
        counted = pieces or _counts_tablets(tokens, concepts, at)  # "30 panadol"
        if value >= 10 and counted and "temp_word" not in before:
            found.append((at, "overdose_large"))
            continue
        if token.kind != "number":
            continue
        if at + 1 < len(tokens) and "age_word" in concepts[at + 1] and 0 < value <= 110:
            found += [(at, c) for c in _age(value)]  # "60-vuotiaalla", "85-åriga"
            continue

        decimal = "," in token.text or "." in token.text
        named = "temp_word" in before | after
        body = "ambient" not in before | after  # not the weather or the room
        if body and (
            (34 <= value <= 43.5 and (named or "u_degree" in after or (decimal and value >= 35)))
            or (25 <= value < 34 and named)  # hypothermia: "temperature 33 °C"
        ):
            found += [(at, c) for c in _temperature(value)]
        elif "hr_word" in before and 20 <= value <= 250:
            found.append((at, "fast_pulse" if value >= 120 else "pulse_reading"))
            if value >= 150:
                found.append((at, "very_fast_pulse"))
            if value < 50:
                found.append((at, "low_pulse"))  # an emergency only with other signs
            if value < 40:
                found.append((at, "slow_pulse"))
        elif ("rr_word" in before or "rr_unit" in _near(concepts, tokens, at, 1, 1)) and (
            5 <= value <= 80
        ):  # probes 26-27 (en): "70 breaths per minute"
            found.append((at, "fast_breathing" if value >= _fast_rate(found) else "rr_reading"))
        elif 50 <= value <= 100 and _sat_before(concepts, tokens, at):
            found.append((at, "low_sat" if value <= 92 else "sat_reading"))
        elif "ketone_word" in before and 0 <= value < 1.5:
            found.append((at, "ketone_low"))  # probes 24-25 (sv): "ketonerna 1,2" (not DKA)
        elif "ketone_word" in before and 3 <= value <= 12:
            found.append((at, "ketone_high"))  # probes 30-31 (fi): blood ketones 3 or more
        elif "sugar_word" in before and 0.5 <= value <= 60:
            if value < 4:
                found.append((at, "low_sugar"))
            elif value >= 20:
                found.append((at, "high_sugar"))
        elif (
            "u_metre" in after
            and value >= 3
            and "fall" in before | after | _near(concepts, tokens, at, -1, 6)
        ):
            found.append((at, "fall_height"))
        elif (
            "copula" in _near(concepts, tokens, at, -1, 1)
            and 1 <= value <= 110
            and not after & {"temp_word", "u_degree"}
            and not _next_is(concepts, tokens, at, "type_word")  # probes 26-27 (fi): "2-tyypin"
        ):
            found += [(at, c) for c in _age(value)]
        elif (
            "age_person" in _near(concepts, tokens, at, -1, 1)
            and 16 <= value <= 110
            and not after & {"temp_word", "u_degree", "hr_word", "sat_word", "u_metre", "u_piece"}
        ):
            found += [(at, c) for c in _age(value)]  # probes 26-27 (en): "Mum 82 fell"
    return found
