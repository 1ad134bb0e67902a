"""The red-flag, urgency and self-care rules, as data over concepts shared by fi, sv and en.

Each language's lexicon (lexicon_fi/sv/en) maps its words, stems and phrases to these concepts,
so one rule serves every language. Written from public guidance (112.fi, 116117, Päivystyshelppi,
Omaolo's scope, NHS 111-style advice; see /work/shared/reference/triage-fi.md): emergencies first,
then what needs care today, then what a booked visit or a contact request is for, then self-care.

Mitigators ("unless") only ever turn an emergency rule into its urgent twin, and only when no
alarm sign is present (the alarm rule has no "unless"); a third party's reassurance is not one.
"""

from __future__ import annotations

from appservice.triage.engine import Derived, Rule, derive, rule
from appservice.triage.levels import Level

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE

# Concepts made where their parts meet (the last group is where the result is placed).
# fmt: off
DERIVED: tuple[Derived, ...] = (
    derive("chest_pain", "chest|heart", "pain|pressure|discomfort", window=5),
    derive("abdominal_pain", "abdomen|lower_abdomen|upper_abdomen|right_lower", "pain|pressure",
           window=5),
    derive("upper_abdominal_pain", "upper_abdomen", "pain|pressure|discomfort", window=3),
    derive("flank_pain", "flank|kidney", "pain", window=5),
    derive("headache", "head", "pain", window=4),
    derive("back_pain", "back|lower_back", "pain|stiff", window=5),
    derive("testicle_pain", "testicle", "pain|swelling", window=6),
    derive("sore_throat", "throat", "pain", window=4),
    derive("earache", "ear", "pain", window=5),
    derive("toothache", "tooth", "pain", window=5),
    derive("eye_pain", "eye", "pain|red", window=4),
    derive("limb_pain", "leg|thigh|hip|knee|ankle|foot|arm|wrist|hand|shoulder|toe|joint", "pain",
           window=4),
    derive("arm_jaw_pain", "arm|shoulder|jaw|neck|back", "pain|numbness|heavy|discomfort",
           window=4),
    derive("face_swelling", "face|lips|tongue|throat|mouth|eye", "swelling", window=6),
    derive("vomit_blood", "vomit", "blood|bleed", window=6),
    derive("cough_blood", "cough", "blood", window=6),
    derive("blood_stool", "stool|anus", "blood|bleed", window=6),
    derive("blood_stool", "diarrhoea", "blood|bleed", window=5),
    derive("blood_urine", "urine", "blood", window=6),
    derive("burning_urination", "urine", "burning|pain", window=4),
    derive("face_droop", "face|mouth", "droop", window=5),
    derive("one_side_weak", "one_side|face|arm", "weakness|numbness|cant_move|paralysis", window=6),
    derive("calf_swelling", "calf|leg", "swelling", window=5),
    derive("red_skin_area", "red", "hot|swelling|spreading", window=6),
    derive("neck_stiff", "neck", "stiff", window=4),
    derive("neck_pain", "neck", "pain", window=4),
    derive("heavy_bleed", "bleed|blood|bleeding_word|wound|cut|nosebleed",
           "heavy|wont_stop|spurting|soaking", window=7),

    derive("heavy_bleed", "wound|cut|deep_wound|nosebleed", "spurting|wont_stop", window=12),
    derive("blue_lips", "lips|face|mouth|tongue|skin", "blue", window=4),
    derive("blue_lips", "becoming", "blue", window=2),  # "turning blue", "blir blå"

    # Standing on a bridge and saying he will jump: a method, whichever word comes first.
    derive("suicide_method", "high_place", "jump", window=8),
    # Hot oil, coffee or soup spilt over someone is a scald whatever the word for burn.
    derive("burn", "hot", "liquid", "spill", window=6),
    derive("ate_tablets", "eat_word", "tablet_word|poison", window=6),
    derive("nonblanch_rash", "rash|spots", "nonblanch|purple", window=8),
    # "pisteet ei vaalene kun painaa": the glass test's words are a rash's even without a rash
    # word, when a fever, a child or the skin is near.
    derive("nonblanch_rash", "fever|high_fever|feverish|unwell|very_unwell|child|baby|skin",
           "nonblanch", window=12),
    derive("red_eye", "eye", "red", window=4),
    derive("chemical_eye", "chemical", "eye", window=8),
    derive("black_stool", "stool", "black", window=4),
    derive("power_tool_wound", "power_tool", "cut|wound|deep_wound|bleed|blood|bleeding_word|"
           "spurting|thigh|leg|arm|hand|neck", window=10),
    derive("swollen_joint", "toe|knee|ankle|joint|wrist", "swelling", window=5),
    # probe 12 (sv): a fall off a ladder, a tree or a horse ("trillade från stegen").
    derive("fall_from_object", "fall", "fall_object", window=4),
    # probe 12 (fi): "päähän tuli kesken seksin niin kova kipu": the head and a severe pain.
    derive("headache", "head", "severe|sudden|thunderclap", "pain", window=7),
    # probe 12 (fi): an arm hanging limp ("käsi roikkuu") is a weak arm.
    derive("one_side_weak", "arm", "droop", window=3),
    # probe 12 (fi): a swollen tongue closes the airway (an ACE-inhibitor or an allergy).
    derive("tongue_swelling", "tongue", "swelling", window=4),
    # probe 12 (fi): yellow or green fluid running from a sore ear.
    derive("ear_discharge", "ear|earache", "pus|discharge", window=8),
    # probe 12 (fi): "vauva potkii tosi paljon": kicks a lot (no phrase, so "less" still reads).
    derive("fetal_active", "kick_word", "heavy", window=2),
    # probe 12 (en): a hernia or bulge that "will not go back", numbness round the back
    # passage, an ulcer inside the lip or cheek.
    derive("hernia_stuck", "hernia_word", "not_go_back", window=15),
    derive("hernia_stuck", "hernia_word", "purple|blue|grey|black", window=6),
    derive("saddle_numb", "anus", "numbness", window=4),
    derive("mouth_ulcer", "lips|mouth|tongue|tooth", "ulcer", window=7),
    # probe 13 (sv): a pill at a party or festival is a drug; palpitations after coffee that
    # pass, or checked and found harmless, are benign.
    derive("drugs", "party", "overdose|swallowed_substance", window=10),
    derive("palp_benign", "caffeine|known_benign",
           "relieved|resolved|improving|usual|known_benign", window=15),
    # probe 13 (en): a tight jaw is a jaw pain; a choking hazard and then a cough or noisy
    # breath; tablets missing near a child; blood vomited a few words on; a faint at a jab.
    derive("arm_jaw_pain", "jaw", "pressure", window=5),
    derive("jaw_pain", "jaw", "pressure|pain|discomfort|heavy|numbness", window=5),
    derive("choked_on", "small_object", "cough|choking|stridor|cant_breathe|cant_speak|drooling",
           window=12),
    derive("ate_tablets", "tablet_word", "missing", window=6),
    derive("vomit_blood", "vomit", "blood", window=8),
    derive("vasovagal", "faint", "blood_draw", window=12),
    derive("palp_benign", "palpitations|irregular_heart", "caffeine",
           "resolved|relieved|improving", window=25),
    # probe 15 (en): a hernia that will not go back after a long story of going back; a fright
    # (a horror film) and then fine; a dose box or pill organiser found empty.
    derive("hernia_stuck", "hernia_word", "not_go_back", window=30),
    derive("palp_benign", "fright", "resolved|relieved|improving|brief", window=30),
    derive("empty_pack", "dose_box|dose_supply", "empty_word", window=8),
    # probe 15 (sv): a stiff jaw; a fall and a height in metres ("kanske fyra meter"); vomiting
    # and then "det är grönt" a few words on.
    derive("jaw_stiff", "jaw", "stiff|cant_open_mouth", window=4),
    derive("fall_height", "fall_from_object|high_place|jump", "height_metres", window=12),
    derive("bile_vomit", "vomit", "it_green", window=10),
    derive("priapism", "erectile", "overnight|dur_hours", window=6),
    # probe 19 (en): gums that bleed (the bleeding keeps its own concept for the alarm rules).
    derive("gum_bleed", "gums", "bleed|bleeding_word|blood", window=5),
    # A known epilepsy and a seizure that is over and recovered from: a visit, not 112.
    derive("epilepsy_settled", "epilepsy", "resolved", window=40),
    # An adrenaline pen's prescription or renewal ("gave me an EpiPen prescription"), not a dose.
    derive("adrenaline_script", "adrenaline_used|anaphylaxis", "checkup", window=2),
    # probe 21 (en): a pressure between the shoulder blades; an episode last week that settled.
    derive("arm_jaw_pain", "shoulder_blade", "pain|pressure|heavy|discomfort", window=5),
    derive("episode_over", "past_episode", "resolved", window=25),
    # probe 21 (fi): "hengitys ... harvalta" (sparse breaths); something went down the throat;
    # "vähän sekavampi" (a little more confused).
    derive("slow_breathing", "breath_word", "sparse", window=6),
    derive("choked_on", "throat_entry", "cough|choking|stridor|cant_breathe|cant_speak|drooling",
           window=12),
    derive("confusion_mild", "dur_days", "mild", "confusion|confusion_worse", window=8),
    # probes 22-23 (en): "a 400 V shock": a voltage next to a shock.
    derive("electric", "volt_unit", "device_shock|electric", window=4),
    # probes 22-23 (fi): croup that settles in cool air; a chest sore after a workout and tender
    # on pressing; a limb that "looks odd"; a reliever needed several times a day.
    derive("croup_mild", "barking_cough", "croup_settles", window=30),
    derive("chest_wall_gym", "muscle_soreness", "tender_press", window=12),
    derive("limb_looks_odd",
           "shoulder|arm|leg|wrist|ankle|knee|hand|toe|hip|joint|thigh|foot", "looks_odd",
           window=5),
    derive("deformed", "fall|crash|minor_knock|sprain|fall_from_object|fall_height|trauma_major",
           "limb_looks_odd", window=30),
    derive("reliever_often", "reliever", "times_a_day", window=20),
    # probes 24-25 (en): a heart "a bit fast" after too much coffee is the coffee (NHS:
    # palpitations from caffeine are usually harmless; alarm signs have their own rules).
    derive("palp_benign", "caffeine", "mild", "palpitations|fast_pulse|irregular_heart",
           window=20),
    # probes 24-25 (sv): a little breathless on the stairs since a cold and better every day.
    derive("breathless_recovering", "breathless", "mild|exertion", "cold_illness", "improving",
           window=20),
    # probes 24-25 (sv): one ibuprofen or paracetamol too many by mistake ("3 instead of 2").
    derive("extra_painkiller", "one_extra_dose", "otc_painkiller", window=15),
    # probes 24-25 (fi): wanting to die and "ajaa puuhun" (drive into a tree); a cleaning
    # product in the eye; a lower belly that bulges; "unohdin ... lääkkeen" (a missed dose); a
    # low sugar treated and feeling fine again; a teething baby's temperature under 38.
    derive("suicide_method", "suicide|suicide_passive|intent|farewell", "drive_into", window=30),
    derive("chemical_eye", "cleaning_agent", "eye", "vision_blur|vision_loss|severe|unbearable",
           window=14),
    derive("food_dye_eaten", "eat_word", "food_dye", window=8),
    derive("palm_blister", "palm", "blister", window=8),
    derive("belly_bulge", "abdomen|lower_abdomen", "bulge_word|hernia_word", window=4),
    derive("missed_dose", "forgot_word|missed_word", "tablet_word|med_word", window=4),
    derive("hypo_recovered", "low_sugar", "feel_fine|resolved", window=25),
    # probes 28-29 (en): a baby drooling and gnawing on things and feeding well is teething
    # ("Baby 9 months, drooling, gnawing ... feeding well"); a coin, marble or bead swallowed
    # is an object, not a poison (tablets swallowed with it still are).
    derive("teething_drool", "baby|age_baby|age_infant|age_under5|child", "drooling", "gnaw",
           "drinking_well", window=20),
    derive("object_swallowed", "swallowed_substance", "small_object", window=4),
    derive("bite_no_break", "animal_bite", "skin_unbroken", window=12),
    derive("ate_tablets", "swallowed_substance", "tablet_word|poison", window=10),
    derive("teething_low_temp", "teething", "low_grade_temp", window=15),
    # probes 26-27 (sv): "ammar, ena bröstet är rött": the breast of a nursing mother (mastitis),
    # not the chest; lochia after a birth ("flytning", "avslag"); drool from one corner of the
    # mouth is a drooping face.
    derive("breast", "breastfeeding", "chest", window=12),
    derive("lochia", "postpartum", "discharge|lochia_word", window=20),
    derive("face_droop", "one_side", "drooling", window=3),
    # --- probes 26-27 (en) ---
    # "Baby normally kicks loads ... haven't felt anything since this morning": movements gone.
    derive("fetal_movement", "pregnant|preterm|baby", "kick_word", "felt_nothing", window=15),
    # A blister next to a burn word is the burn's blister (a "red stripe" off an oven rack).
    derive("burn_blister", "burn", "blister", window=15),
    # White skin ("the skin is white", "white in places"): in a burn, a deep burn.
    derive("white_skin", "skin", "white_colour", window=3),
    # --- probes 28-29 (fi) ---
    # "Vasen käsi ja jalka ihan veltot": a limp arm or leg on one side is a weak one.
    derive("one_side_weak", "one_side", "floppy", window=6),
    # --- probes 28-29 (sv) ---
    # A numb face ("det domnar i ansiktet") and a clumsy or weak hand, arm or leg.
    derive("face_numb", "face", "numbness", window=5),
    derive("limb_weak", "arm|hand|leg|foot", "weakness|cant_move|paralysis", window=4),
    # Nearly fainting from the pain of a stubbed toe or a knock: a vasovagal turn.
    derive("pain_faint", "faint", "pain", window=3),
    derive("pain_vasovagal", "pain_faint", "minor_knock", window=12),
    # "Hade bröstsmärtor förra veckan ... var på akuten": a past chest pain already seen.
    derive("chest_pain_past", "had_word", "chest_pain", "past_episode", window=6),
    derive("chest_pain_seen", "chest_pain_past", "care_visit|checkup", window=30),
    # A pain "again" ("nu har jag ont i bröstet igen", "kipu tuli taas"): it has come back.
    derive("returned", "pain|pressure|chest_pain", "again_word", window=3),
    # Fingers white or numb in the cold that came back to normal when warmed: frostnip.
    derive("frostnip", "pale|numbness|white_colour", "rewarmed", "resolved", window=15),
    # Only licked, spat out and well: a taste, not a swallowed dose.
    derive("taste_only", "lick_word", "spat_out", "feel_fine|drinking_well|resolved",
           window=15),
    # probes 30-31 (fi): past week 20 with a burning bladder, the pain is the urine's, not an
    # ectopic (that ruptures in the first weeks).
    derive("preterm_urinary", "preterm", "burning_urination|urinary_frequency", window=30),
    # --- probes 30-31 (en) ---
    # "Went to A&E last week with chest pain": a past chest pain already seen.
    derive("chest_pain_seen", "care_visit", "past_episode", "chest_pain", window=8),
    # "Slightly breathless on stairs": breathless only on effort, and mildly.
    derive("breathless_exertion", "mild", "breathless", "exertion", window=4),
    # --- probe 32 (en) ---
    # A symptom "several afternoons a week": it recurs (a run "three days a week" does not).
    derive("recurrent", "headache|pain|dizzy|nausea|vomit|abdominal_pain|palpitations|nosebleed|"
           "faint|breathless|chest_pain|back_pain|limb_pain", "per_week", window=3),
)
# fmt: on

# fmt: off
RULES: tuple[Rule, ...] = (
    # --- emergency: call 112 now ---
    rule("not_breathing", E, "not_breathing"),
    # Someone is doing CPR or fetching a defibrillator: 112 whatever else is said.
    rule("resuscitation", E, "cpr", unless="long_ago|checkup|training"),
    rule("unconscious", E, "unconscious|unresponsive"),
    rule("seizure", E, "seizure", unless="long_ago|first_aid_topic|epilepsy_settled"),
    rule("seizure_history", N, "seizure",
         unless="febrile_seizure"),  # probe 21 (fi): a febrile seizure years ago is no visit
    rule("cannot_breathe", E, "cant_breathe", unless="episode_over"),  # probe 21 (en)
    rule(
        "breathing_alarm",
        E,
        "breathless|wheeze|stridor",
        "cant_speak|blue|grey|drowsy|confusion|severe|sudden|low_sat|pale|sweat|collapse|frothy|"
        "fast_pulse|chest_pain",
    ),
    rule("breathless", E, "breathless",
         unless="can_speak|exertion|mild|dur_long|dur_7d|improving|gradual|cold_illness|at_night"),
    rule("breathless_mild", U, "breathless",
         unless="breathless_recovering"),  # probes 24-25 (sv): better every day after a cold
    rule("low_oxygen", E, "low_sat"),
    rule("airway_obstruction", E, "drooling|choking",
         "stridor|breathless|child|age_child|baby|age_baby|blue|cant_speak",
         # probe 12 (fi): teething; probe 15 (en): a course; probes 28-29 (en): gnawing
         unless="teething|first_aid_topic|teething_drool"),
    rule("choking", E, "choking", unless="first_aid_topic"),  # probe 15 (en): a first-aid course
    rule("stridor_alarm", E, "stridor", "at_rest|pale|drowsy|blue|recession|grey"),
    rule("stridor", U, "stridor|barking_cough",
         unless="croup_mild"),  # probes 22-23 (fi): croup that settles in cool air, breathing well
    rule("respiratory_distress", E, "recession|grunting"),
    rule("blue_lips", E, "blue_lips", unless="breath_holding"),  # probe 18 (sv): affektanfall
    rule("child_fast_breathing", E, "fast_breathing", "child|baby|age_child|age_baby|age_infant"),
    rule(
        "chest_pain_alarm",
        E,
        "chest_pain",
        "sweat|radiate|arm_jaw_pain|breathless|pale|grey|collapse|faint|dizzy|nausea|vomit|severe|"
        "sudden|palpitations|tearing|at_rest",
    ),
    rule("chest_pain_risk", E, "chest_pain", "age_over50|elderly|diabetes|dur_hours",
         unless="episodic|resolved|tender_press|musculoskeletal|dur_long|dur_7d|"
                "chest_pain_seen"),  # probes 28-29 (sv): "had chest pain last week, seen"
    rule("chest_radiating", E, "chest|chest_pain", "radiate", "arm|jaw|shoulder|back|neck"),
    rule(
        "chest_pain",
        E,
        "chest_pain",
        unless="tender_press|musculoskeletal|dur_long|dur_7d|episodic|mild|cough|cold_illness|"
               "resolved|pleuritic|heartburn_context|panic|shingles|long_ago|chest_pain_seen",
    ),

    rule("chest_pain_mild", U, "chest_pain",
         unless="chest_wall_gym"),  # probes 22-23 (fi): sore after a workout, hurts on pressing
    rule("cardiac_signs", E, "sweat|grey|pale",
         "arm_jaw_pain|upper_abdominal_pain|nausea|vomit|breathless",
         "age_over50|elderly|diabetes"),
    # Grey or pale and sweating with arm or jaw pain, at any age.
    rule("cardiac_arm_jaw_shock", E, "arm_jaw_pain", "2:sweat|grey|pale",
         unless="exertion|musculoskeletal|sprain|strain|minor_knock|muscle_soreness"),
    rule("cardiac_arm_jaw", E, "arm_jaw_pain", "nausea|sweat|breathless|unwell",
         "age_over50|elderly|diabetes"),
    rule("stroke_signs", E, "face_droop|slurred|aphasia|paralysis"),
    rule("one_side_weakness", E, "one_side_weak",
         unless="both_sides|dur_long|dur_7d|at_night|recurrent|tingling|back_pain|limb_pain|"
                "lay_on_arm"),  # probe 15 (en): a dead arm after sleeping on it
    rule("confusion", E, "confusion",
         unless="dur_long|memory|recurrent|confusion_mild"),  # probe 21 (fi): "vähän sekavampi"
    rule("sudden_headache", E, "headache", "sudden|worst|thunderclap"),
    rule("headache_on_exertion", E, "headache", "exertion|neck_pain|neck_stiff",
         "severe|sudden|worst"),
    rule("headache_fever_light", E, "headache", "fever|high_fever|feverish", "photophobia"),
    rule("speech_loss", E, "cant_speak", "sudden", unless="breathless|wheeze|asthma|cant_breathe"),
    rule("headache_alarm", E, "headache",
         "neck_stiff|confusion|drowsy|vision_loss|double_vision|seizure|one_side_weak|slurred"),
    rule(
        "head_injury_alarm",
        E,
        "head_injury",
        "anticoag|vomit|drowsy|confusion|seizure|unconscious|double_vision|vision_blur|"
        "fall_height|collapse|knocked_out|faint",
    ),
    # An older person's head knock with no sign and no blood thinner: examined the same day.
    rule("head_injury_elderly", U, "head_injury", "age_elderly|elderly"),
    rule("knocked_out", E, "knocked_out", unless="vasovagal"),  # probe 21 (en): a faint at a jab
    rule("pregnancy_hypertension", E, "pregnant|postpartum", "severe_bp"),
    # probes 26-27 (sv): two different signs; swollen feet alone are common in pregnancy.
    rule("pregnancy_headache", E, "pregnant|postpartum",
         "2:headache|vision_blur|flashes|face_swelling|swelling|upper_abdominal_pain"),
    rule("meningitis_signs", E, "fever|high_fever|feverish|unwell", "neck_stiff|nonblanch_rash"),
    rule("nonblanching_rash", E, "nonblanch_rash"),
    rule("rash_unwell_child", E, "rash", "floppy|drowsy|mottled|confusion"),
    rule("limb_circulation", E, "leg|arm|foot|hand|limb_pain", "cold_skin|pale",
         "numbness|paralysis|cant_move|weakness", "sudden|severe"),
    rule("sepsis_signs", E, "fever|high_fever|feverish|chills|infection|low_temp",
         "confusion|drowsy|low_bp|mottled|fast_breathing|blue|very_unwell|floppy"),
    rule("shock_signs", E, "low_bp|mottled"),
    rule("infant_fever", E, "age_infant|newborn", "fever|high_fever|feverish|low_temp"),
    rule("infant_unwell", E, "age_infant|newborn", "not_feeding|floppy|drowsy|pale|mottled|blue"),
    rule("floppy_child", E, "floppy|drowsy", "child|baby|age_child|age_baby|age_infant|newborn"),
    rule("lethargic_child", U, "lethargic", "child|baby|age_child|age_baby|age_infant|newborn"),
    rule("baby_not_feeding", E, "not_feeding", "baby|age_baby|child",
         "fever|high_fever|floppy|pale|mottled|drowsy|dehydration_severe"),
    rule("dehydration_severe", E, "dehydration_severe",
         "child|baby|age_child|age_baby|age_infant|drowsy|floppy"),
    rule("anaphylaxis_swelling", E, "face_swelling|tight_throat",
         "allergen|sting|hives|breathless|wheeze|hoarse|dizzy|faint|allergy"),
    rule("anaphylaxis_hives", E, "hives",
         "breathless|wheeze|tight_throat|dizzy|faint|vomit|cant_breathe"),
    rule("anaphylaxis_trigger", E, "allergen|sting|allergy",
         "breathless|wheeze|cant_breathe|tight_throat|faint|collapse|stridor"),
    rule("anaphylaxis", E, "anaphylaxis", unless="checkup|first_aid_topic"),  # probe 15 (en)
    rule("adrenaline_used", E, "adrenaline_used", unless="adrenaline_script"),
    rule("anaphylaxis_plan", N, "anaphylaxis"),
    rule("cord_prolapse", E, "cord_prolapse"),
    # Two airway or skin signs of a reaction together, whatever set it off.
    rule("anaphylaxis_signs", E, "2:face_swelling|tight_throat|hives|cant_swallow"),
    rule("heavy_bleeding", E, "heavy_bleed", unless="bleed_stopped"),
    rule("heavy_bleeding_stopped", U, "heavy_bleed"),
    rule("vomiting_blood", E, "vomit_blood"),
    rule("black_stool_alarm", E, "black_stool", "dizzy|faint|pale|collapse|vomit_blood"),
    rule("rectal_bleeding_alarm", E, "blood_stool", "dizzy|faint|pale|heavy|collapse"),
    rule("coughing_blood_alarm", E, "cough_blood", "breathless|chest_pain|calf_swelling"),
    rule("ectopic_signs", E, "pregnant", "abdominal_pain|pelvic_pain|pain|bleed",
         "dizzy|faint|shoulder|severe|one_side|collapse",
         unless="preterm_urinary"),  # probes 30-31 (fi): a bladder infection at 20 weeks
    rule("reduced_fetal_movements", E, "fetal_movement"),
    rule("postpartum_bleeding", E, "postpartum", "bleed|blood|soaking",
         "heavy|soaking|dizzy|pale|faint"),

    rule("testicular_pain_alarm", E, "testicle_pain", "sudden|severe|vomit|nausea"),
    rule("abdominal_alarm", E, "abdominal_pain|pain", "rigid|aneurysm|right_lower_migrating"),
    rule("abdominal_severe_alarm", E, "abdominal_pain", "severe|sudden",
         "fever|high_fever|back|rigid|faint|collapse|age_elderly|elderly|pale"),
    rule("appendix_signs", E, "right_lower",
         "fever|high_fever|worse_walking|right_lower_migrating"),
    rule(
        "diabetic_emergency",
        E,
        "diabetes|high_sugar",
        "2:vomit|thirst|polyuria|fruity|drowsy|confusion|breathless|fast_breathing|abdominal_pain|"
        "high_sugar",
    ),
    rule("ketone_breath", E, "fruity", "vomit|drowsy|thirst|diabetes",
         unless="ketone_low"),  # probes 24-25 (sv): "ketonerna 1,2" (below 1.5 mmol/l)
    rule("low_sugar_alarm", E, "low_sugar",
         "confusion|drowsy|cant_swallow|seizure|unconscious|sweat|shaky|cant_eat|"
         "cant_keep_fluids"),

    rule("overdose_large", E, "overdose_large", notes=('poison',)),
    rule(
        "poisoning_alarm",
        E,
        "overdose|poison|swallowed_substance",
        "drowsy|unconscious|unresponsive|seizure|breathless|slow_breathing|confusion|child|"
        "age_child|baby|intent",
        notes=('poison',),
        # probes 28-29 (en): a coin; signs have their own rules; (sv): licked, spat out, well
        unless="object_swallowed|taste_only",
    ),
    # A small child who ate someone's tablets or a household poison (Myrkytystietokeskus).
    rule("child_ingestion", E, "ate_tablets", "child|age_child|baby|age_baby|age_infant",
         window=24, unless="own_dose", notes=('poison',)),
    rule("carbon_monoxide", E, "carbon_monoxide", notes=('poison',)),
    # Something burning indoors, several people ill near it or one drowsy (112.fi: häkä).
    rule("combustion_signs", E, "combustion",
         "several_people|drowsy|confusion|faint|unconscious|collapse",
         "headache|nausea|vomit|dizzy|drowsy|confusion|faint|unconscious|collapse",
         unless="burn", notes=('poison',)),
    # Medicines or poison taken on purpose: self-harm whatever the count.
    rule("deliberate_ingestion", E, "deliberate",
         "tablet_word|overdose|overdose_large|poison|swallowed_substance", window=8,
         topic="mind", notes=('poison', 'crisis')),
    rule("suicide_plan", E, "suicide|self_harm|suicide_passive|intent", "suicide_plan",
         topic="mind", notes=('crisis',)),
    rule("suicide_method", E, "suicide_method", topic="mind", notes=('crisis',)),
    # Goodbye letters written and the means at hand, even without the word "suicide".
    rule("suicide_farewell", E, "farewell",
         "suicide_plan|tablet_word|weapon|suicide|suicide_passive|suicide_method|intent",
         topic="mind", notes=('crisis',)),
    rule("suicide_voices", E, "suicide|self_harm", "voices|weapon", topic="mind",
         notes=('crisis',)),
    rule("danger_to_others", E, "harm_others", topic="mind"),
    rule("armed_threat", E, "weapon", "threat_kill", window=10, topic="mind"),
    rule("psychosis_danger", E, "voices|psychosis", "weapon|kill_word|harm_others|others_afraid",
         topic="mind"),
    rule("major_trauma", E, "stab|gunshot|trauma_major|fall_height|bone_visible|drowning",
         unless="long_ago|psych_help|first_aid_topic"),  # probe 15 (en): counselling, a course
    # A vehicle crash with pain in the trunk or signs of shock: internal injury until ruled out.
    rule("crash_signs", E, "crash",
         "abdominal_pain|chest_pain|sweat|pale|grey|drowsy|confusion|breathless|fast_pulse|"
         "low_bp|faint|unconscious|cant_breathe|cough_blood"),
    # Under water for a while is drowning only with a sign of it; swimmers go under too.
    rule("submersion", E, "submersion",
         "cough|drowsy|confusion|breathless|unconscious|unresponsive|blue|vomit|floppy|pale|"
         "cold_skin|fast_breathing|collapse|cant_breathe"),
    # A shock is 112 with a sign, high voltage or a vulnerable person; a household shock that left
    # no sign (yesterday, fine now) is checked the same day instead.
    rule("electric_injury", E, "electric",
         "symptom|high_voltage|unconscious|unresponsive|floppy|collapse|confusion|drowsy|"
         "pregnant|child|baby|fast_pulse|cant_breathe|blue|pale|grey|sweat",
         unless="static|long_ago"),
    rule("electric_shock_check", U, "electric", unless="static|long_ago"),
    rule("major_burn", E, "burn",
         "large_area|face|chest|airway|electric|chemical|child_burn|burn_deep"),
    rule("deep_burn", E, "burn_deep", "burn|hot"),
    rule("airway_burn", E, "airway",
         "hoarse|breathless|cough|wheeze|stridor|cant_breathe|drowsy|confusion|face"),

    rule("palpitations_alarm", E, "palpitations|fast_pulse|irregular_heart",
         "chest_pain|faint|collapse|very_fast_pulse|dizzy"),
    rule("pulse_extreme", E, "very_fast_pulse|slow_pulse"),
    rule("collapse", E, "collapse"),
    # An older person who fell and cannot get up, or lay on the floor for hours (112.fi).
    rule("fall_cant_get_up", E, "fall|collapse", "cant_get_up|long_lie",
         "age_elderly|elderly"),
    rule("long_lie", E, "long_lie"),
    rule("faint_alarm", E, "faint",
         "chest_pain|palpitations|exertion|breathless|pregnant|head_injury"),
    rule("sudden_vision_loss", E, "vision_loss", unless="dur_long|gradual"),
    rule("retinal_signs", E, "flashes|curtain",
         "vision_blur|vision_loss|curtain"),  # probes 22-23 (en): flashes alone, "retinal_flashes"
    rule("acute_eye_alarm", E, "halos"),
    rule("painful_eye_alarm", E, "eye_pain|red_eye", "vomit|headache", "vision_blur"),
    rule("double_vision_alarm", E, "double_vision", "sudden|head_injury|headache|vomit"),
    rule("back_pain_alarm", E, "bladder_loss|saddle_numb|legs_paralysed"),
    rule("tearing_pain", E, "tearing", "chest_pain|back_pain|abdominal_pain|pain"),
    rule("clot_to_lung", E, "calf_swelling|surgery_recent|long_travel",
         "breathless|chest_pain|cough_blood",
         unless="heart_failure"),  # probes 28-29 (sv): both legs and breath in heart failure
    rule("heart_failure_alarm", E, "frothy|orthopnoea", "breathless|cant_speak|heart_failure"),
    rule("asthma_alarm", E, "asthma|wheeze|inhaler|asthma_attack",
         "not_relieved|cant_speak|blue|drowsy|asthma_severe|exhausted"),
    rule("decline_alarm", E, "condition_decline", "sudden|age_elderly|elderly|fever|confusion",
         unless="dur_long|dur_7d|gradual|recurrent"),
    # A sudden marked decline in an older person, in whatever words (112.fi, Päivystyshelppi).
    rule("decline_signs", E, "2:drowsy|confusion|cant_get_up|lethargic|floppy",
         "sudden|age_elderly|elderly", unless="dur_long|dur_7d|gradual"),
    rule("hypothermia_alarm", E, "low_temp",
         "confusion|drowsy|floppy|baby|age_baby|elderly|age_elderly|cold_exposure|slurred|"
         "unresponsive|long_lie"),
    rule("cold_exposure", E, "cold_exposure",
         "confusion|drowsy|slurred|slow_speech|unresponsive|unconscious|floppy|long_lie|"
         "low_temp|cant_get_up|collapse"),
    rule("heat_stroke", E, "heat_stroke"),
    # Speech gone slow all of a sudden, not someone who always speaks slowly.
    rule("slow_speech_sudden", E, "slow_speech", "sudden|one_side|face_droop|confusion",
         unless="dur_long|usual|recurrent|memory"),
    # Fever after a trip to a malaria area: a malaria test the same day, at the emergency unit.
    rule("fever_after_tropics", E, "tropical_travel", "fever|high_fever|feverish|chills"),
    # A child with bloody diarrhoea who passes little urine or looks pale: kidneys at risk.
    rule("bloody_diarrhoea_child", E, "blood_stool", "child|age_child|baby|age_baby|age_infant",
         "low_urine|dehydration_severe|pale|drowsy|floppy|lethargic|tired"),
    rule("low_urine_child", E, "low_urine", "child|age_child|baby|age_baby|age_infant"),
    rule("low_urine", U, "low_urine"),
    # Fever and a rash with two signs of a sick brain or body: meningitis until shown otherwise.
    rule("fever_rash_unwell", E, "fever|high_fever|feverish", "rash|spots",
         "2:headache|vomit|drowsy|confusion|neck_pain|neck_stiff|photophobia|lethargic|floppy"),
    # A chemical in the eye: rinse for 15 minutes, then the emergency unit at once.
    rule("chemical_eye_alarm", E, "chemical_eye", unless="long_ago"),
    # A slow pulse (under 50) with signs that the body is not coping.
    rule("slow_pulse_signs", E, "low_pulse",
         "pale|grey|sweat|faint|dizzy|confusion|drowsy|unwell|condition_decline|collapse|"
         "breathless|chest_pain|low_bp"),
    # Pale or grey and sweating, with a change in how they are, in an older person or diabetic:
    # a heart attack or shock without the word pain (triage-fi.md §5.3, atypical presentations).
    rule("shock_look_at_risk", E, "2:pale|grey|sweat|cold_skin",
         "unwell|condition_decline|drowsy|confusion|faint|dizzy|low_pulse|low_bp|weakness",
         "age_over50|elderly|age_elderly|diabetes", unless="exertion|sauna"),
    # Paranoid ideas or a weapon, and the family afraid: danger to others.
    rule("feared_and_armed", E, "others_afraid", "weapon|psychosis|voices|threat_kill",
         topic="mind"),
    # Someone threatens to kill the writer, or an attack is under way (112.fi: violence).
    rule("threat_to_life", E, "threat_me", "reported|threat_kill|under_attack|weapon",
         topic="mind"),
    rule("attack_under_way", E, "under_attack",
         "threat_kill|threat_me|weapon|kill_word|harm_others|child", topic="mind"),
    # Head first into something, then numbness, tingling or weakness: the neck until shown not.
    rule("spinal_injury", E, "head_first|fall_height|crash|trauma_major",
         "numbness|tingling|weakness|paralysis|cant_move|neck_pain"),
    # Pain that spreads to the jaw, from the chest, back or arm: the heart until shown not.
    rule("pain_to_jaw", E, "radiate", "jaw", window=6, unless="toothache|tooth|ear"),
    # Pain made worse by jumping, coughing or a bumpy ride, with fever: an inflamed belly.
    rule("peritonism", E, "worse_walking", "abdominal_pain|abdomen|right_lower|pain",
         "fever|high_fever|feverish|vomit|right_lower_migrating|cant_eat"),
    # A diabetic (on insulin) sweating, odd, confused or drowsy: low blood sugar until measured.
    rule("diabetic_hypo_signs", E, "diabetes",
         "2:sweat|confusion|behaviour_change|shaky|drowsy|pale|slurred|unresponsive"),
    # Paranoid ideas, days without sleep and a knife taken out: danger to others.
    rule("psychosis_sleepless", E, "psychosis|voices", "no_sleep", "weapon|behaviour_change"),
    # Rope ready, or tablets saved up, and the mind made up: a suicide plan without the word.
    rule("means_and_resolve", E, "suicide_means", "resolve|farewell|suicide_plan", window=20,
         topic="mind", notes=('crisis',)),
    # A power saw, grinder or mower blade in a limb with bleeding.
    rule("power_tool_injury", E, "power_tool_wound", "bleed|blood|bleeding_word|spurting|"
         "deep_wound|wound|cut|heavy_bleed", unless="minor|mild|graze"),
    # Snoring after a head injury or a drinking session, and cannot be woken.
    rule("cannot_be_woken", E, "unresponsive|snoring_unrousable"),
    # --- probe 12 (en) ---
    # An erection lasting hours (priapism): the tissue is damaged within hours (NHS 111: A&E).
    rule("priapism", E, "priapism", unless="long_ago"),
    # No wind passed, with vomiting or a swelling belly: a blocked bowel (NHS 111: A&E now).
    rule("bowel_obstruction", E, "no_flatus",
         "vomit|bile_vomit|swelling|abdominal_pain"),
    # A hernia that no longer goes back and hurts or makes one vomit: strangulated bowel (NHS).
    rule("hernia_stuck", E, "hernia_stuck", "pain|vomit|nausea|red|swelling|abdominal_pain",
         unless="long_ago"),
    # Adrenal insufficiency and vomiting, or steroid tablets not kept down: an adrenal crisis.
    rule("adrenal_crisis", E, "adrenal",
         "vomit|cant_keep_fluids|diarrhoea|faint|collapse|confusion|drowsy|low_bp"),
    # Yellow eyes or skin with fever and belly pain: an infected bile duct (cholangitis).
    rule("cholangitis_signs", E, "jaundice", "fever|high_fever|feverish|chills",
         "pain|abdominal_pain|upper_abdominal_pain|right_lower|chills"),
    # Fever without a spleen: overwhelming sepsis within hours (NHS, 1177: emergency care).
    rule("fever_no_spleen", E, "asplenia", "fever|high_fever|feverish|chills|low_temp",
         unless="long_ago"),
    # Fresh blood in the days after a tonsil operation: a secondary bleed can be sudden (NHS).
    rule("tonsillectomy_bleed", E, "tonsil_surgery",
         "blood|bleed|bleeding_word|vomit_blood|cough_blood|heavy_bleed", unless="long_ago"),
    # An adder or other snake bite: antivenom may be needed; 112 for children (112.fi: kyy).
    rule("snake_bite", E, "snake",
         "animal_bite|insect_bite|sting|swelling|pain|nausea|vomit|dizzy|faint|child|age_child",
         unless="long_ago"),
    # Ignoring one side (food left on one side of the plate): a stroke's neglect (FAST+).
    rule("one_side_neglect", E, "one_side_neglect"),
    # Confusion suddenly worse than usual, or picking at the air: delirium (Päivystyshelppi).
    rule("delirium", E, "confusion_worse",
         unless="dur_long|dur_7d|recurrent|gradual|confusion_mild"),  # probe 21 (fi)
    # A baby screaming in bouts, knees drawn up, pale between or jelly stool: intussusception.
    rule("intussusception_signs", E, "knees_up|jelly_stool",
         "pale|lethargic|floppy|drowsy|blood_stool|jelly_stool|mottled|bile_vomit",
         "child|baby|age_child|age_baby|age_infant|newborn"),
    # Temple headache or jaw pain on chewing, over 50, and the sight dims: giant cell arteritis.
    rule("temporal_arteritis", E, "temple|jaw_chew",
         "vision_blur|vision_loss|double_vision|curtain", "age_over50|elderly|age_elderly",
         unless="sunburn|dur_long"),
    # Pills or powder at a party, then a high temperature, fits or a racing heart: drug toxicity.
    rule("drug_toxicity", E, "drugs",
         "2:high_fever|very_high_fever|seizure|confusion|behaviour_change|sweat|chest_pain|"
         "fast_pulse|very_fast_pulse|palpitations|drowsy|collapse|unresponsive|hot"),
    # Wants to die and has cut themselves: a suicide attempt, 112 (Päivystyshelppi).
    rule("suicide_with_injury", E, "suicide|suicide_passive",
         "cut|wound|deep_wound|gaping|heavy_bleed|bleeding_word",
         unless="long_ago|old_wound",  # probe 21 (fi): old, healed cuts
         topic="mind", notes=('crisis',)),
    # Back pain or sciatica with numbness round the back passage or no urine: cauda equina.
    rule("cauda_equina", E, "back_pain|lower_back", "cant_pee|saddle_numb|bladder_loss"),
    # Pregnant, bleeding, and sudden severe pain or a board-hard belly: abruption or ectopic.
    rule("pregnancy_bleed_pain", E, "pregnant", "bleed|blood|bleeding_word",
         "abdominal_pain|pain|rigid", "sudden|severe|rigid|unbearable"),
    # Jaw/upper-back ache with nausea and dizziness over 40: an atypical MI (triage-fi.md §5.3).
    rule("cardiac_atypical", E, "arm_jaw_pain",
         "2:nausea|vomit|dizzy|sweat|breathless|pale|grey|faint",
         "age_over40|age_over50|elderly|age_elderly|diabetes|smoking|high_bp",
         unless="toothache|tooth|dental_trauma|musculoskeletal|strain|sprain|minor_knock|"
                "muscle_soreness|earache|sore_throat|cold_illness|gastro|exertion"),
    # Sickle cell disease with fever, chest pain, breathlessness or pain not settling: a crisis.
    rule("sickle_cell_crisis", E, "sickle_cell",
         "fever|high_fever|feverish|chest_pain|breathless|one_side_weak|slurred|priapism|severe|"
         "unbearable|not_relieved|pale|drowsy|confusion"),
    # A brain shunt and headache with vomiting or drowsiness: the shunt is blocked (NHS 111).
    rule("shunt_blocked", E, "shunt", "headache|vomit|drowsy|confusion|seizure|double_vision",
         unless="long_ago"),
    # Constipated and now vomiting: a blocked bowel until examined (NHS 111: same day).
    rule("constipation_vomiting", U, "constipation", "vomit|bile_vomit"),
    # A known gout flare like the ones before, own medicine at hand and no fever: self-care.
    rule("gout_flare_known", S, "gout", "usual|recurrent",
         unless="fever|high_fever|feverish|spreading|red_skin_area",
         covers="pain|limb_pain|swelling|red|hot|swollen_joint|toe|joint"),
    # --- probe 12 (fi) ---
    # "Only heartburn" with a pale face and cold sweat: a heart attack that feels like the stomach.
    rule("heartburn_shock", E, "heartburn|upper_abdominal_pain", "2:pale|grey|sweat|cold_skin",
         unless="exertion|sauna|gastro|diarrhoea|hangover"),
    # A swollen tongue can close the airway within minutes (ACE inhibitor, allergy; 112.fi).
    rule("tongue_swelling", E, "tongue_swelling",
         unless="tongue_bite|mild|minor|resolved"),  # probe 15 (sv): "nu är allt bra"
    # A kick or blow to the belly, then pallor or shoulder-tip pain: a spleen bleeding inside.
    rule("abdominal_trauma", E, "belly_blow",
         "pale|grey|sweat|faint|dizzy|collapse|fast_pulse|low_bp|shoulder|vomit_blood|"
         "blood_urine|rigid|cold_skin|drowsy"),
    # A blow to the belly that still hurts badly or makes them vomit: checked today.
    rule("abdominal_blow", U, "belly_blow", "severe|unbearable|vomit|worsening|abdominal_pain",
         unless="mild|minor"),
    # Fell and could not get up all night, or is cold: a long lie (112.fi: kaatunut ikäihminen).
    rule("fall_long_lie", E, "fall|collapse", "cant_get_up",
         "overnight|cold_skin|low_temp|long_lie|drowsy|confusion"),
    # An older person who fell and has a leg turned outwards or shortened: a broken hip (112).
    rule("hip_fracture_signs", E, "fall", "hip|thigh|leg", "deformed", "elderly|age_elderly"),
    # A chip flying into the eye from grinding or hammering may have pierced it (NHS 111: A&E).
    rule("eye_projectile", E, "eye_projectile", "metalwork|power_tool|vision_loss",
         unless="long_ago"),
    # A small child into someone's tablets and nobody knows how many: assume the worst.
    rule("child_ingestion_unknown", E, "ingest_unknown", "tablet_word|poison",
         "child|age_child|baby|age_baby|age_infant", notes=('poison',)),
    # A deadly mushroom eaten, or forest mushrooms then vomiting: amatoxin (Myrkytystietokeskus).
    rule("toxic_mushroom", E, "toxic_mushroom",
         "eat_word|vomit|diarrhoea|nausea|abdominal_pain|confusion|drowsy",
         notes=('poison',)),
    # Self-picked forest mushrooms, then vomiting or diarrhoea: a late amatoxin poisoning.
    rule("wild_mushroom_symptoms", E, "wild_mushroom",
         "vomit|diarrhoea|nausea|abdominal_pain|confusion|drowsy", notes=('poison',)),
    # Says they want to die, locked in or at the medicine cabinet: the means are at hand now.
    rule("suicide_means_access", E, "suicide|suicide_passive|self_harm", "means_access",
         topic="mind", notes=('crisis',)),
    # Strangled, then hoarse or sore to swallow: the neck can swell shut hours later.
    rule("strangulation_signs", E, "strangled",
         "hoarse|swallow_pain|cant_swallow|breathless|stridor|cough|neck_pain|pain|faint|"
         "knocked_out|vision_blur|confusion|bladder_loss|cant_breathe|drowsy|sore_throat|"
         "cant_speak|swelling"),
    # Strangled without symptoms yet: checked today, the swelling can come later.
    rule("strangulation", U, "strangled"),
    # Delusions after giving birth: postpartum psychosis puts mother and baby at risk.
    rule("postpartum_psychosis", E, "postpartum", "psychosis|voices|harm_others",
         topic="mind"),
    # A baby who fell (changing table, bed) and then vomits or is drowsy: a head injury.
    rule("infant_fall", E, "fall|fall_height", "baby|age_baby|age_infant|newborn",
         "vomit|drowsy|floppy|unconscious|unresponsive|seizure|confusion|not_feeding|lethargic|"
         "knocked_out|tired"),
    # Out in the snow or a cold house, cold to touch and worn out: hypothermia setting in.
    rule("cold_and_exhausted", E, "cold_exposure", "cold_skin|low_temp",
         "tired|weakness|exhausted|lethargic",
         "overnight|long_lie|dur_hours|elderly|age_elderly|baby|age_baby|age_infant|cant_get_up"),
    # A goodbye message and then the phone switched off: a suicide attempt may be under way.
    rule("farewell_unreachable", E, "farewell", "unreachable", topic="mind", notes=('crisis',)),
    # Jaw and shoulder or arm pain with sweat or nausea: a heart attack without chest pain.
    rule("jaw_pain_sweat", E, "jaw", "arm_jaw_pain", "sweat|grey|nausea|breathless|cold_skin",
         unless="toothache|tooth|ear|earache|exertion|musculoskeletal|fever|high_fever|feverish|"
                "sore_throat|muscle_soreness"),
    # Found lying outdoors in snow or a ditch, cold or not moving: hypothermia or an injury.
    rule("found_lying_outside", E, "found_outside",
         "cold_exposure|cold_skin|low_temp|not_moving|unresponsive|unconscious|drowsy|confusion|"
         "cant_get_up|elderly|age_elderly"),
    # A baby who was shaken: bleeding inside the head (112).
    rule("shaken_baby", E, "shaken", "baby|age_baby|age_infant|newborn"),
    # A baby's soft spot bulging: pressure inside the head (meningitis, a bleed).
    rule("bulging_fontanelle", E, "bulging_fontanelle"),
    # A shrill or weak cry with fever or drowsiness: a very ill baby (NICE traffic light).
    rule("shrill_cry_signs", E, "shrill_cry",
         "fever|high_fever|feverish|drowsy|floppy|vomit|not_feeding|pale|mottled|rash"),
    # A baby or child vomiting green: a blocked or twisted gut (NHS 111: A&E).
    rule("bile_vomit_child", E, "bile_vomit", "baby|age_baby|age_infant|newborn|child|age_child"),
    # An adult vomiting green: a blocked bowel is possible, seen today.
    rule("bile_vomit", U, "bile_vomit"),
    # Fever during chemotherapy: too few white cells, sepsis within hours.
    rule("fever_on_chemo", E, "chemo", "fever|high_fever|feverish|chills", unless="long_ago"),
    # A small wound, then a red limb, pain out of all proportion and fever: necrotising infection.
    rule("necrotising_signs", E,
         "wound|cut|graze|insect_bite|animal_bite|leg|calf|thigh|arm|hand|foot|skin",
         "red|purple|red_skin_area|spreading_red|spreading", "unbearable", "pain|limb_pain",
         "fever|high_fever|feverish|chills|very_unwell"),
    # Blood pressure over 180 with a bad headache, vomiting or a sign in the brain or chest.
    rule("hypertensive_emergency", E, "very_high_bp",
         "headache|chest_pain|breathless|confusion|vision_blur|vision_loss|one_side_weak|"
         "slurred|seizure|drowsy|vomit",
         "severe|vomit|sudden|worst|chest_pain|breathless|confusion|vision_blur|vision_loss|"
         "one_side_weak|slurred|seizure|drowsy"),
    # Sunburnt skin is red and hot to touch: that is the sunburn, self-care.
    rule("sunburn_red_skin", S, "sunburn", "red_skin_area|red|hot",
         covers="red_skin_area|red|hot|pain|back_pain|limb_pain"),
    # A bruise gone yellow is healing: self-care.
    rule("healing_bruise", S, "healing_bruise", covers="pain|swelling|bruise"),
    # A first-aid course question, no symptoms: information (self-care).
    rule("first_aid_question", S, "training"),
    # Silica gel, crayons, chalk swallowed: harmless (Myrkytystietokeskus), self-care.
    rule("nontoxic_ingestion", S, "nontoxic_ingested",
         unless="poison|tablet_word|overdose|swallowed_substance"),
    # A baby in the womb kicking a lot is a healthy baby: self-care.
    rule("fetal_kicks", S, "fetal_active", "pregnant|baby", unless="fetal_movement"),
    # --- probe 12 (sv) ---
    # An implanted defibrillator firing again and again, or with symptoms: 112 (1177, NHS).
    rule("icd_shocks", E, "icd", "device_shock",
         "repeated|recurrent|chest_pain|faint|dizzy|breathless|collapse|palpitations|unconscious",
         unless="long_ago"),
    # One ICD shock and well after it: the heart clinic or emergency unit the same day.
    rule("icd_shock", U, "icd", "device_shock"),
    # A finger, hand or toe cut off: 112, keep the part cool and dry (112.fi).
    rule("amputation", E, "amputation", unless="long_ago|scar|dur_long"),
    # A button battery swallowed or missing near a child burns through the gullet in hours.
    rule("button_battery", E, "button_battery",
         "swallowed_substance|eat_word|missing|mouth|nose|ear", notes=('poison',)),
    # An empty pack of tablets and "took them all": a large overdose, even if well for now.
    rule("empty_pack_taken", E, "empty_pack", "tablet_word",
         "took_all|swallowed_substance|eat_word|overdose|deliberate|suicide|suicide_passive|"
         "drowsy|unconscious|confusion", window=25, unless="checkup", notes=('poison',)),
    # Something went down the wrong way and the child cannot speak, breathe or is blue: choking.
    rule("choked_signs", E, "choked_on",
         "cant_speak|cant_breathe|blue|blue_lips|stridor|drooling|unconscious|unresponsive|"
         "wheeze|collapse|floppy|not_breathing|breathless|grey"),
    # Someone being beaten right now: violence under way is a 112 call (112.fi).
    rule("violence_now", E, "under_attack|beating", "happening_now", unless="long_ago",
         topic="mind"),
    # A sting or allergen, then a rash over the whole body and dizziness: anaphylaxis.
    rule("sting_general_reaction", E, "sting|allergen", "whole_body|hives",
         "dizzy|faint|vomit|breathless|cant_breathe|hoarse|tight_throat|face_swelling|"
         "collapse|pale|confusion|wheeze"),
    # Psychotic or sleepless for days and heading for the motorway or the tracks: a life at risk.
    rule("psychosis_danger_place", E, "psychosis|voices|no_sleep|confusion|behaviour_change",
         "danger_place", topic="mind"),
    # Fell from a ladder, tree or horse, then neck or back pain, tingling or weakness: the spine.
    rule("fall_from_object_signs", E, "fall_from_object",
         "neck_pain|neck|back_pain|tingling|numbness|weakness|paralysis|cant_move|head_injury|"
         "unconscious|knocked_out|confusion|drowsy|vomit|cant_breathe|chest_pain|abdominal_pain",
         unless="long_ago|dur_long|dur_7d|episodic|recurrent"),
    # Just gave birth, sleepless for days and confused: postpartum psychosis (1177).
    rule("postpartum_sleepless", E, "postpartum", "no_sleep", "confusion|psychosis|voices",
         unless="long_ago", topic="mind"),
    # Double vision that began within hours, with dizziness or another brain sign: a stroke in
    # the back of the brain until shown otherwise (1177: FAST and sudden double vision).
    rule("double_vision_signs", E, "double_vision",
         "dizzy|dur_hours|slurred|weakness|numbness|drowsy|confusion|one_side_weak",
         unless="dur_long|dur_7d|gradual|recurrent|episodic|at_night"),
    # Fainted at a blood test, donation or jab and well since: a common, harmless faint.
    rule("vasovagal_faint", S, "vasovagal", covers="dizzy|nausea|pale|sweat"),
    # --- probe 13 (en) ---
    # Jaw or chest tightness that came with effort and now comes at rest, in someone at risk:
    # unstable angina, a heart attack on its way (NHS 111: 999 for chest pain at rest).
    rule("angina_at_rest", E, "jaw_pain|chest_pain", "at_rest", "exertion",
         "age_over40|age_over50|elderly|age_elderly|diabetes|smoking|high_bp",
         unless="toothache|tooth|dental_trauma|musculoskeletal|strain|sprain|minor_knock|"
                "muscle_soreness|earache|sore_throat|cold_illness|grinding|jaw_chew"),
    # "Indigestion" with breathlessness, sweat or pallor in an older or diabetic person: a heart
    # attack felt in the stomach (triage-fi.md §5.3, atypical presentations).
    rule("indigestion_cardiac", E, "heartburn|upper_abdominal_pain",
         "breathless|sweat|grey|pale|cold_skin|faint", "age_over50|elderly|age_elderly|diabetes",
         unless="gastro|diarrhoea|hangover|sauna|overeat|ate_bad"),
    # The same over 40 when antacids do not help or it came on with effort (NHS 111: 999).
    rule("indigestion_cardiac_effort", E, "heartburn|upper_abdominal_pain",
         "breathless|sweat|grey|pale|cold_skin|faint", "not_relieved|exertion",
         "age_over40|age_over50|elderly|age_elderly|diabetes|smoking|high_bp",
         unless="gastro|diarrhoea|hangover|sauna|overeat|ate_bad"),
    # Grey and sweating in someone over 40 or after effort: a heart attack or shock (112.fi).
    rule("grey_and_sweating", E, "grey", "sweat|cold_skin",
         "age_over40|age_over50|elderly|age_elderly|diabetes|exertion",
         unless="sauna|gastro|hangover|fever|high_fever|feverish|cold_illness|chills|"
                "rigors"),
    # Hives or a swollen face after a food, drug or sting, with a cough, belly pain or vomiting:
    # a reaction in two body systems is anaphylaxis (NHS 111, Red Cross: call 112).
    rule("anaphylaxis_two_systems", E, "allergen|sting", "hives|face_swelling|whole_body",
         "cough|abdominal_pain|vomit|hoarse|cant_swallow|dizzy|faint|pale",
         unless="long_ago|cold_illness|runny_nose|blocked_nose|sneeze"),
    # Methanol or glycol drunk (washer fluid, antifreeze): blindness and acidosis come hours
    # later, so any swallow is an emergency (Myrkytystietokeskus).
    rule("toxic_alcohol", E, "toxic_alcohol",
         "drank|swallowed_substance|eat_word|alcohol|vision_blur|vision_loss|confusion|drowsy|"
         "vomit|nausea|abdominal_pain", window=15, notes=('poison',)),
    # Wanting to die and having decided, or a pet and belongings given away: intent (112).
    rule("suicide_resolve", E, "suicide|suicide_passive", "resolve|farewell", window=15,
         unless="long_ago", topic="mind", notes=('crisis',)),
    # Shaking in a small child that has not stopped after minutes: a long fit (112.fi).
    rule("fit_not_stopping", E, "shaking_ongoing",
         "child|baby|age_child|age_baby|age_infant|newborn|unresponsive|unconscious|seizure",
         unless="long_ago|muscle_cramp"),
    # Someone lying on the floor who does not answer the phone or the door (112.fi).
    rule("found_on_floor", E, "on_floor",
         "unreachable|not_moving|unresponsive|unconscious|overnight|long_lie|drowsy|confusion|"
         "cant_get_up"),
    # A red, painful, hard area in the breast with fever: mastitis or an abscess, seen today.
    rule("mastitis", U, "breast", "red|hot|lump|swelling|pain|red_skin_area",
         "fever|high_fever|feverish|chills"),
    # Dizzy for a moment on standing up quickly, gone at once: a head rush, self-care (1177).
    rule("head_rush", S, "head_rush", "dizzy", "resolved|episodic|improving|relieved|brief",
         unless="faint|collapse|chest_pain|palpitations|breathless",
         covers="dizzy|dizzy_standing"),
    # A vitamin or supplement taken twice by an adult: harmless, self-care (Myrkytystietokeskus).
    rule("harmless_double_dose", S, "harmless_med", "double_dose|repeated|tablet_word",
         unless="child|age_child|baby|age_baby|age_infant|newborn|overdose_large|empty_pack|"
                "took_all|deliberate|suicide|suicide_passive|self_harm|intent",
         covers="tablet_word"),
    # A double dose that includes a heart, blood-pressure, diabetes or strong painkiller medicine:
    # the poison centre and a check today, whatever else was taken (Myrkytystietokeskus).
    rule("double_dose_risky", U, "double_dose", "high_risk_med|anticoag", window=12,
         notes=('poison',)),
    # --- probe 13 (fi) ---
    # A blow to the eye, then blood inside it or the sight gone or doubled: a hyphaema, a burst
    # globe or a broken eye socket (NHS 111: A&E now). Blurred sight alone: urgent.
    rule("eye_injury_vision", E, "eye_injury|eye_projectile",
         "vision_loss|double_vision|blood|bleed|curtain", unless="long_ago"),
    # Breathing slow and shallow with pinpoint pupils, an opioid or drowsiness: an opioid
    # overdose stops the breathing (112.fi, Myrkytystietokeskus).
    rule("slow_breathing_signs", E, "slow_breathing",
         "pinpoint_pupils|opioid|drugs|overdose|overdose_large|drowsy|unresponsive|unconscious|"
         "blue|blue_lips|snoring_unrousable|long_lie|on_floor|alcohol|confusion",
         notes=('poison',)),
    # Pinpoint pupils with an opioid, drowsiness or lying on the floor: the same overdose.
    rule("opioid_pupils", E, "pinpoint_pupils",
         "opioid|drugs|overdose|overdose_large|drowsy|unresponsive|unconscious|slow_breathing|"
         "snoring_unrousable|confusion|collapse|on_floor|long_lie", notes=('poison',)),
    # Says they will drive or step under a lorry or a train, and has decided: a suicide plan.
    rule("suicide_vehicle", E, "under_vehicle", "steer_into|jump",
         "intent|resolve|suicide|suicide_passive|farewell|suicide_means",
         unless="long_ago", topic="mind", notes=('crisis',)),
    # A loaded gun at hand and despair or threats: 112 (Päivystyshelppi: vaaraksi itselleen).
    rule("loaded_gun", E, "firearm_ready",
         "low_mood|hopeless|suicide|suicide_passive|self_harm|intent|resolve|farewell|psychosis|"
         "voices|threat_kill|threat_me|harm_others|not_relieved|alcohol",
         topic="mind", notes=('crisis',)),
    # Someone screaming for help behind a wall or in the street: violence or an accident (112).
    rule("cry_for_help", E, "cry_for_help", unless="memory|recurrent|dur_long|long_ago|training",
         topic="mind"),
    # Contractions a couple of minutes apart, the head showing or an urge to push: the birth is
    # coming before the hospital (112.fi: synnytys käynnissä, matka pitkä).
    rule("imminent_birth", E, "birth_imminent", "labour", unless="long_ago|training"),
    # Days after giving birth, a fever with belly pain or foul discharge: womb infection and
    # sepsis (NHS 111, Päivystyshelppi: synnytyksen jälkeinen kuume).
    rule("postpartum_infection", E, "postpartum", "fever|high_fever|feverish|chills",
         "abdominal_pain|pelvic_pain|smell|pus|very_unwell|rigors", unless="long_ago"),
    # Fell onto the head (off a climbing frame), then vomiting or drowsiness: a head injury.
    rule("head_first_signs", E, "head_first",
         "vomit|drowsy|confusion|unconscious|unresponsive|knocked_out|seizure|lethargic|floppy|"
         "double_vision|vision_blur", unless="long_ago|dur_long|dur_7d"),
    # Too much insulin (the wrong pen, a double dose) and sweating or odd: a hypo on its way.
    rule("insulin_error", E, "diabetes", "double_dose|overdose|overdose_large",
         "sweat|shaky|confusion|drowsy|slurred|aphasia|pale|behaviour_change|faint|unresponsive|"
         "seizure", notes=('poison',)),
    # A cleaning agent or chemical drunk, then drooling or unable to swallow: a corrosive burn of
    # the gullet (Myrkytystietokeskus: 112 if swallowing or breathing is hard).
    rule("corrosive_ingestion", E, "poison|chemical",
         "drooling|cant_swallow|vomit_blood|stridor|hoarse|tight_throat|cant_breathe",
         notes=('poison',)),
    # A bad tooth with a swollen face and the mouth not opening, swallowing or breathing hard:
    # a spreading dental abscess (NHS 111: A&E; Päivystyshelppi: hammasperäinen turvotus).
    rule("dental_infection_spread", E, "tooth|toothache", "face_swelling|swelling",
         "cant_open_mouth|cant_swallow|tight_throat|breathless|drooling|stridor|muffled"),
    # Neck "jumissa" with fever and two signs of a sick brain, or a high fever and a headache:
    # meningism until shown otherwise (triage-fi.md §5.3).
    rule("tension_fever", E, "tension", "fever|high_fever|feverish",
         "2:headache|vomit|drowsy|confusion|photophobia|nonblanch_rash|floppy|lethargic|rash"),
    # A "jumissa" neck with a fever over 39 and a headache: meningitis until shown otherwise.
    rule("tension_high_fever", E, "tension", "high_fever|very_high_fever", "headache"),
    # Tense neck and shoulders (at a screen, after a long day): self-care.
    rule("neck_tension", S, "tension", covers="neck|neck_pain|neck_stiff|stiff|pain|shoulder"),
    # A migraine known for years with its usual aura: the migraine plan, self-care.
    rule("migraine_known", S, "headache", "aura|usual",
         unless="sudden|worst|thunderclap|one_side_weak|slurred|confusion|fever|high_fever|"
                "neck_stiff|vision_loss|double_vision|seizure",
         covers="eye_pain|vision_blur|flashes|eye|nausea|photophobia|headache|pain"),
    # A little weak after a stomach bug, drinking well again: self-care.
    rule("gastro_recovering", S, "gastro|diarrhoea|vomit", "drinking_well", "mild",
         covers="dizzy|weakness|tired|vomit|nausea|diarrhoea|abdominal_pain|pain"),
    # Belly pain with pallor and sweat in someone over 50 or diabetic: a heart attack, a burst
    # aorta or a perforation until shown otherwise (triage-fi.md §5.3, atypical presentations).
    rule("abdominal_pain_shock", E, "abdominal_pain|upper_abdominal_pain",
         "2:pale|grey|sweat|cold_skin", "age_over50|elderly|age_elderly|diabetes",
         unless="gastro|diarrhoea|sauna|exertion|hangover|period_pain"),
    # Back pain running down the leg below the knee (sciatica): a booked visit.
    rule("sciatica_signs", N, "back_pain|lower_back", "radiate",
         "leg|knee|foot|calf|thigh|limb_pain", window=12),
    # --- probe 13 (sv) ---
    # Tearing in the chest, or through to the back: an aortic dissection (1177, NHS: 999).
    rule("tearing_chest", E, "tearing", "chest|chest_pain|heart|radiate", window=6,
         unless="cough|cold_illness|fever|high_fever|feverish|sore_throat"),
    # A wasp or bee sting inside the mouth or throat can swell the airway shut (NHS 111: 999).
    rule("sting_mouth", E, "sting_mouth", unless="long_ago"),
    # A nosebleed over an hour or not stopping with pressure, on blood thinners, heavy or
    # running down the throat: the emergency unit now (1177: näsblod som inte slutar).
    rule("nosebleed_uncontrolled", E, "nosebleed", "dur_hours|wont_stop|not_relieved",
         "anticoag|heavy|spurting|soaking|dizzy|faint|pale|throat|elderly|age_elderly",
         unless="bleed_stopped|resolved|long_ago"),
    # An injured limb gone cold, white or numb below the injury: a torn artery (112.fi).
    rule("injured_limb_circulation", E,
         "crash|fall|trauma_major|fracture|deformed|fall_from_object|fall_height",
         "foot|hand|leg|arm|toe|knee|limb_pain", "pale|blue",
         "numbness|paralysis|cant_move", window=20,
         unless="cold_exposure|frostbite|long_ago|mild|minor"),
    # Standing at a railing, a ledge or a high balcony and in distress: suicide risk (1177).
    rule("at_height_distress", E, "at_height",
         "low_mood|hopeless|lonely|suicide_passive|panic|farewell|voices|psychosis|suicide",
         topic="mind", notes=('crisis',)),
    # The same, writing "I don't know why" with no symptom to ask about: a veiled farewell.
    rule("at_height_unsure", E, "at_height", "uncertain|anxiety|exhausted",
         unless="symptom|checkup|training", topic="mind", notes=('crisis',)),
    # "Don't tell mum" about a deep cut or an overdose: self-harm kept secret (1177).
    rule("secret_self_harm", E, "secrecy",
         "deep_wound|gaping|heavy_bleed|self_harm|overdose|overdose_large|deliberate|cut",
         "deep_wound|gaping|heavy_bleed|self_harm|overdose|overdose_large|deliberate|"
         "bleeding_word|wont_stop|not_improving",
         unless="minor|mild|bleed_stopped|graze", topic="mind", notes=('crisis',)),
    # The waters broke green or brown: the baby has passed meconium (1177: förlossningen nu).
    rule("stained_waters", E, "waters_broken", "meconium", window=10),
    # A positive test and pain low on one side with shoulder-tip pain or faintness: ectopic.
    rule("ectopic_positive_test", E, "positive_test",
         "abdominal_pain|pelvic_pain|lower_abdomen|flank_pain",
         "shoulder|one_side|dizzy|faint|collapse|severe|unbearable|bleed",
         unless="cold_illness"),
    # A red, swollen limb with shaking chills, or a large area: infection in the blood (sepsis).
    # Spreading redness with fever and chills alone is the same day (probe 32, fi: NHS 111).
    rule("skin_infection_rigors", E, "red_skin_area|spreading_red", "rigors|chills",
         "large_area|whole_body|rigors", unless="sunburn|sauna"),
    # Atrial fibrillation and severe belly pain: a clot in the gut's artery (mesenteric).
    rule("af_abdominal_pain", E, "irregular_heart", "abdominal_pain",
         "severe|unbearable|sudden|worst"),
    # A fall or crash, then belly or flank pain and faintness: bleeding inside (spleen, liver).
    rule("trauma_abdomen_shock", E,
         "fall|crash|fall_from_object|fall_height|belly_blow|trauma_major",
         "abdominal_pain|upper_abdominal_pain|flank_pain",
         "faint|dizzy|dizzy_standing|pale|grey|collapse|fast_pulse|low_bp|cold_skin",
         unless="long_ago|dur_long|dur_7d|gastro"),
    # A head injury, then nausea, dizziness or blurred sight, even with only a bump: today.
    rule("head_injury_symptoms", U, "head_injury", "nausea|dizzy|vision_blur|double_vision"),
    # Says they will kill themselves and has switched the phone off: an attempt may be under way.
    rule("suicide_unreachable", E, "suicide|suicide_method|suicide_passive", "unreachable",
         topic="mind", notes=('crisis',)),
    # Pain since an accident last year or years ago: a booked visit, not a crash now.
    rule("after_past_injury", N, "symptom", "past_injury", topic=None),
    # A known epilepsy and a question about care or a plan: a booked visit, not first aid.
    rule("epilepsy_known", N, "epilepsy", unless="missed_dose"),  # probes 24-25 (fi)
    # A few nights of poor sleep (shift work, stress), otherwise well: self-care (1177).
    rule("short_insomnia", S, "insomnia",
         unless="dur_long|recurrent|insomnia_long|not_improving|despite_treatment|worsening",
         covers="insomnia|tired"),
    # Palpitations after coffee that pass, or checked and found harmless: self-care (1177).
    rule("benign_palpitations", S, "palpitations|irregular_heart", "palp_benign",
         covers="palpitations|irregular_heart"),
    # --- probe 15 (en) ---
    # Pregnant before 37 weeks with fluid leaking or regular tightenings: a preterm birth may be
    # starting (NHS 111, 1177: the maternity unit at once).
    rule("preterm_labour", E, "preterm", "labour|waters_broken",
         unless="long_ago|training|episodic|resolved|relieved|improving"),
    # Bleeding in the second half of pregnancy: the placenta may be separating (NHS 111: at once).
    rule("preterm_bleeding", E, "preterm", "bleed|bleeding_word|blood", unless="long_ago"),
    # Hints of suicide ("won't be a bother") with a gun, a rope or saved tablets at hand (112).
    rule("passive_with_means", E, "suicide_passive", "weapon|firearm_ready|suicide_means",
         topic="mind", notes=('crisis',)),
    # A week's medicines gone from torn sachets or a dose box (dementia, a child): a large
    # overdose of unknown size (Myrkytystietokeskus: call at once).
    rule("empty_dose_supply", E, "empty_pack|took_all|missing",
         "tablet_word|high_risk_med|dose_box",
         "dose_supply|memory|confusion|child|age_child|baby|age_baby", window=30,
         unless="checkup|long_ago|missed_word", notes=('poison',)),
    # A red, swollen eyelid with fever and pain on moving the eye, or swollen shut: orbital
    # cellulitis threatens the sight and the brain (NHS 111: A&E).
    rule("orbital_cellulitis", E, "eye|red_eye|eye_pain", "swelling|face_swelling|eye_shut",
         "fever|high_fever|feverish",
         "orbital_sign|eye_shut|double_vision|vision_loss|vision_blur"),
    # Pain far worse than the skin looks, with fever, diabetes or a dusky colour: necrotising
    # fasciitis or a compartment syndrome (NHS: A&E now).
    rule("pain_disproportion", E, "pain_disproportion",
         "fever|high_fever|feverish|chills|rigors|very_unwell|diabetes|purple|spreading|"
         "spreading_red|red_skin_area|swelling|fracture|irregular_heart", unless="long_ago"),
    # An older person with a high sugar (the meter shows "HI") who is weak, drowsy or not
    # drinking: a hyperosmolar state (Päivystyshelppi: päivystykseen heti).
    rule("high_sugar_elderly", E, "high_sugar", "age_elderly|elderly",
         "unwell|weakness|tired|not_feeding|drowsy|confusion|vomit|thirst|cant_keep_fluids|"
         "dehydration_mild|very_unwell|condition_decline|dizzy",
         unless="checkup|mild|dur_long|recurrent"),
    # Cancer, back pain and new weak or numb legs or bladder trouble: a metastasis pressing on
    # the spinal cord (NHS: A&E the same day, at once if walking fails).
    rule("cancer_cord_compression", E, "cancer", "back_pain|lower_back|neck_pain",
         "weakness|numbness|legs_paralysed|cant_walk|bladder_loss|saddle_numb|cant_pee"),
    # A dialysis session missed, then weakness, palpitations or breathlessness: a high potassium
    # can stop the heart (NHS: the renal unit or 999).
    rule("dialysis_missed", E, "dialysis", "missed_word",
         "weakness|palpitations|irregular_heart|breathless|chest_pain|confusion|numbness|"
         "tingling|faint|low_pulse|slow_pulse|drowsy|collapse|dizzy|swelling|vomit", window=30),
    # A missed dialysis session and well so far: the renal unit today, the potassium is rising.
    rule("dialysis_missed_well", U, "dialysis", "missed_word", window=12),
    # Skin peeling off with fever and blisters or sore eyes (often a new medicine):
    # Stevens-Johnson syndrome or TEN (NHS 111: A&E).
    rule("skin_detaching", E, "skin_detach", "fever|high_fever|feverish|very_unwell",
         "blister|red_eye|eye_pain|mouth|lips|mouth_ulcer|tablet_word|allergen|rash|large_area|"
         "whole_body", unless="sunburn|athlete_foot|chickenpox"),
    # Beetroot or blackberries, then red urine or stool and nothing else: self-care.
    rule("food_colour", S, "food_dye",
         "red|blood_urine|blood_stool|black_stool|urine|stool|blood|black|purple",
         unless="pain|abdominal_pain|fever|high_fever|dizzy|faint|pale|vomit|recurrent|dur_3d|"
                "dur_7d|dur_long|anticoag",
         covers="red|blood_urine|blood_stool|black_stool|urine|stool|blood|black"),
    # A dead arm after sleeping on it: self-care when it comes back.
    rule("dead_arm", S, "lay_on_arm|sleep_awkward", "numbness|tingling|weakness|arm|hand",
         unless="face_droop|slurred|aphasia|dur_3d|dur_7d|dur_long|not_improving|worsening",
         covers="numbness|tingling|weakness|arm|hand|pain|limb_pain"),
    # --- probe 15 (fi) ---
    # A leg or arm that would not obey and then a fall, even if better now: a stroke or TIA (112).
    rule("one_side_weak_fall", E, "one_side_weak", "fall|collapse|cant_get_up|cant_walk",
         unless="long_ago|dur_long|dur_7d|recurrent|back_pain|limb_pain|sprain|strain|"
                "minor_knock|fracture|deformed|muscle_cramp|sleep_awkward"),
    # Clear fluid from the ear or nose after a blow to the head: a skull-base fracture (NHS 111).
    rule("skull_base_leak", E, "csf_leak",
         "head_injury|head_first|fall_height|crash|trauma_major|fall|fall_from_object|"
         "knocked_out", unless="long_ago"),
    # No memory of the accident or the blow: a head injury to be seen now (NICE, 112.fi).
    rule("injury_amnesia", E, "amnesia",
         "head_injury|head_first|crash|trauma_major|fall_height|fall_from_object|knocked_out",
         unless="long_ago|dur_long|dur_7d"),
    # A fall, then unable to get up with a leg turned out or shortened: a broken hip or thigh at
    # any age, moved only by the ambulance (112.fi).
    rule("fall_leg_deformed", E, "fall|collapse|fall_from_object", "hip|thigh|leg", "deformed",
         "cant_get_up|cant_walk|cant_bear_weight|cant_move", unless="long_ago"),
    # Took a heap of tablets and is now asleep: the breathing may be slowing (Myrkytystietokeskus).
    rule("overdose_asleep", E, "overdose_large|took_all", "asleep|drowsy", window=15,
         unless="own_dose|harmless_med|checkup|long_ago", notes=('poison',)),
    # Fever days after an operation with a racing pulse, fast breathing or confusion: sepsis.
    rule("post_op_sepsis", E, "surgery_recent", "fever|high_fever|feverish|chills|rigors",
         "fast_pulse|very_fast_pulse|fast_breathing|confusion|drowsy|very_unwell|rigors|low_bp|"
         "mottled|faint|collapse", unless="long_ago"),
    # No urine since an operation and a tense, painful lower belly: clots or a bleed blocking
    # the bladder after surgery (NHS 111: A&E; Päivystyshelppi: virtsaumpi).
    rule("retention_after_surgery", E, "cant_pee", "surgery_recent",
         "abdominal_pain|pelvic_pain|rigid|swelling|bloating|severe|unbearable",
         unless="burning|urinary_frequency|discharge|long_ago|cold_illness"),
    # New visions of things that are not there in an older person: delirium (Päivystyshelppi).
    rule("hallucination_elderly", E, "hallucination", "age_elderly|elderly",
         unless="dur_long|recurrent|usual|long_ago"),
    # Seeing things, confused or fitting days after stopping heavy drinking: delirium tremens.
    rule("alcohol_withdrawal_signs", E, "withdrawal",
         "hallucination|seizure|confusion|psychosis|voices", unless="long_ago|dur_long"),
    # Shaking, sweating or a racing heart after stopping heavy drinking: withdrawal, seen today
    # (katkaisuhoito; Päivystyshelppi).
    rule("withdrawal_symptoms", U, "withdrawal",
         "shaky|sweat|fast_pulse|palpitations|nausea|vomit|anxiety|insomnia|no_sleep",
         unless="long_ago"),
    # Insects on the walls with shaking or sweating in a drinker: delirium tremens (112).
    rule("delirium_tremens", E, "hallucination", "alcohol|withdrawal",
         "shaky|sweat|fast_pulse|very_fast_pulse|confusion|seizure|fever|high_fever"),
    # An older person who stops eating and drinking and cannot get up or answer: a sudden
    # decline (Päivystyshelppi: yleistilan romahdus).
    rule("decline_not_eating", E, "not_feeding|cant_keep_fluids",
         "cant_get_up|drowsy|confusion|lethargic|floppy|aphasia|unresponsive",
         "age_elderly|elderly", unless="dur_long|dur_7d|gradual|recurrent"),
    # A red, very painful eye with nausea or rainbow halos: acute glaucoma takes the sight in hours.
    rule("acute_glaucoma", E, "eye_pain|red_eye", "nausea|vomit|halos",
         "severe|unbearable|sudden|halos|vision_blur|headache"),
    # Suddenly confused when well this morning: delirium or a stroke, whatever the background.
    rule("confusion_sudden", E, "confusion|confusion_worse|aphasia|hallucination", "sudden",
         unless="long_ago|training|hangover"),
    # Jelly-like blood in the nappy with bouts of screaming or pallor: intussusception (112).
    rule("jelly_stool_colic", E, "jelly_stool",
         "knees_up|waves|episodic|pale|lethargic|floppy|drowsy|vomit|bile_vomit"),
    # A baby screaming in bouts with blood in the nappy: intussusception until shown otherwise.
    rule("baby_colic_blood", E, "blood_stool|jelly_stool", "waves|episodic|knees_up|shrill_cry",
         "baby|age_baby|age_infant|newborn"),
    # Haemophilia and a fall, a knock or a swelling joint: a bleed that needs factor now.
    rule("bleeding_disorder_injury", E, "bleeding_disorder",
         "fall|crash|head_injury|belly_blow|minor_knock|trauma_major|fall_from_object|sprain|"
         "swelling|swollen_joint|heavy_bleed|wont_stop|vomit_blood|blood_stool|black_stool|"
         "head_first", unless="long_ago|checkup"),
    # Joint pain, numbness, mottled skin or breathlessness within hours of a scuba dive:
    # decompression sickness needs a pressure chamber (112).
    rule("decompression", E, "diving",
         "limb_pain|joint|numbness|tingling|weakness|paralysis|mottled|dizzy|breathless|"
         "confusion|chest_pain|cant_breathe|collapse|vision_blur|vision_loss|slurred|"
         "one_side_weak|headache|cant_walk",
         unless="long_ago|training|dur_long|dur_7d|earache|muscle_soreness|sprain|strain|"
                "minor_knock|musculoskeletal"),
    # A cast and then blue, cold or numb fingers or toes, or pain no painkiller touches: the cast
    # is too tight, a compartment syndrome (NHS 111: A&E).
    rule("tight_cast", E, "cast",
         "2:blue|pale|cold_skin|numbness|cant_move|unbearable|not_relieved|severe|swelling|purple",
         unless="long_ago"),
    # A foreskin pulled back that will not go forward again: paraphimosis (NHS 111: A&E).
    rule("paraphimosis", E, "foreskin", "not_go_back", window=12, unless="long_ago"),
    # Someone down in a slurry pit, a silo or a sewer: toxic gas that fells the rescuer too
    # (112.fi: do not go in).
    rule("gas_pit_collapse", E, "gas_pit",
         "collapse|fall|unconscious|unresponsive|faint|drowsy|confusion|cant_breathe|"
         "breathless|not_moving|dizzy|not_breathing",
         unless="long_ago|sprain|minor_knock|limb_pain|bruise|graze", notes=('poison',)),
    # "I won't come back", with tablets, a rope or a gun at hand: a suicide plan (112).
    rule("no_return_means", E, "no_return",
         "tablet_word|weapon|suicide_means|firearm_ready|suicide_method|overdose|overdose_large|"
         "poison|high_place|farewell|suicide|suicide_passive|high_risk_med", window=20,
         unless="long_ago|training", topic="mind", notes=('crisis',)),
    # The legs weak for days and now the arms too: Guillain-Barré, the breathing may follow.
    rule("weakness_spreading_arms", E, "ascending",
         "weakness|legs_paralysed|cant_walk|cant_get_up|paralysis|numbness",
         "leg|thigh|knee|foot|calf", unless="long_ago|gradual|recurrent|episodic|dur_long"),
    # A sore throat, unable to swallow even saliva, and drooling: epiglottitis or an abscess
    # closing the airway (NHS 111: 999).
    rule("drooling_cant_swallow", E, "drooling", "cant_swallow",
         "sore_throat|throat|muffled|fever|high_fever|stridor|hoarse|breathless|swallow_pain",
         unless="teething|long_ago"),
    # Wants to die and has taken tablets or swallowed something: a suicide attempt (112).
    rule("suicide_ingestion", E, "suicide|suicide_passive|self_harm",
         "overdose|overdose_large|ate_tablets|took_all|swallowed_substance|poison", window=20,
         unless="long_ago", topic="mind", notes=('poison', 'crisis')),
    # An ear still blocked a week after a cold: a booked visit (fluid behind the eardrum).
    rule("ear_blocked_lasting", N, "ear_blocked|hearing_muffled",
         "dur_7d|dur_long|not_improving", topic=None),
    # --- probe 15 (sv) ---
    # A rusty nail or a soil wound, then a stiff jaw, a stiff neck or spasms: tetanus (1177).
    rule("tetanus_signs", E, "tetanus_wound",
         "cant_open_mouth|jaw_stiff|neck_stiff|seizure|cant_swallow"),
    # Food stuck in the gullet and not even water or saliva goes down (NHS 111: A&E now).
    rule("food_bolus", E, "food_stuck",
         "cant_swallow|drooling|vomit|chest_pain|breathless|cant_keep_fluids",
         unless="long_ago|resolved"),
    # The waters broke, or pregnant, and something hangs out down there: a cord prolapse (112).
    rule("waters_protrusion", E, "waters_broken|labour|birth_imminent|pregnant", "protruding",
         unless="long_ago|training"),
    # On lithium with tremor, unsteadiness or confusion (after diarrhoea): lithium toxicity.
    rule("lithium_toxicity", E, "lithium", "confusion|drowsy|slurred|seizure|dizzy|shaky",
         "2:shaky|dizzy|confusion|vomit|diarrhoea|drowsy|slurred|seizure|vision_blur|weakness",
         notes=('poison',)),
    # A fish hook, knife or needle through the eyelid or into the eye: a penetrating eye injury.
    rule("eye_penetrating", E, "eye_pierced", unless="long_ago"),
    # A potency pill and a nitrate (nitro spray), then dizzy or faint: the pressure collapses.
    rule("pde5_nitrate", E, "pde5", "nitrate",
         "dizzy|faint|collapse|pale|grey|chest_pain|low_bp|sweat|unwell|cold_skin",
         notes=('poison',)),
    # Grease or paint shot into a finger under pressure: a small hole hides a surgical emergency.
    rule("high_pressure_injection", E, "injection_injury", "hand|wrist|arm|foot|leg|skin|wound",
         "swelling|pain|limb_pain|wound|numbness|pale|red", unless="long_ago"),
    # The neck twisting or the eyes rolling up by themselves (after an anti-sickness drug or an
    # antipsychotic): an acute dystonic reaction, the airway can be affected (NHS 111: A&E).
    rule("acute_dystonia", E, "dystonia",
         unless="sleep_awkward|long_ago|dur_long|recurrent|tension|musculoskeletal"),
    # Weakness or numbness creeping up the legs: Guillain-Barré until shown otherwise (1177).
    rule("ascending_weakness", E, "weakness|numbness|tingling|paralysis|cant_walk", "ascending",
         "leg|foot|knee|thigh|calf|toe", window=10,
         unless="gradual|diabetes|long_ago|recurrent|episodic"),
    # A snake struck (the word "högg", not "bet"): an adder bite unless it left no mark (112.fi).
    rule("snake_struck", E, "snake", "snake_strike", unless="skin_intact|long_ago"),
    # An adder struck the boot, no marks on the skin and well: self-care, watch for swelling.
    rule("snake_no_marks", S, "snake", "skin_intact",
         unless="swelling|pain|nausea|vomit|dizzy|faint|numbness|tingling|breathless|"
                "face_swelling|confusion|collapse|child|age_child|baby|age_baby"),
    # Says they want to die and has saved up tablets or bought a rope: the means are ready (1177).
    rule("suicide_means_ready", E, "suicide|suicide_passive", "suicide_means", window=25,
         unless="long_ago", topic="mind", notes=('crisis',)),
    # A cleaning agent or chemical drunk and the throat burns or they vomit: a corrosive burn of
    # the gullet (Myrkytystietokeskus: 112 when there are symptoms).
    rule("corrosive_symptoms", E, "chemical|poison", "drank|swallowed_substance|eat_word",
         "burning|swallow_pain|sore_throat|vomit|vomit_blood", window=15, notes=('poison',)),
    # A painful red eye with nausea and blurred sight or halos: acute glaucoma (1177: akut).
    rule("painful_eye_nausea", E, "eye_pain|red_eye", "nausea|vomit", "vision_blur|halos",
         "severe|sudden|unbearable|headache"),
    # Urine dark brown like cola after a hard workout, a crush or a long lie, with muscle pain:
    # muscle breakdown (rhabdomyolysis) can stop the kidneys (1177, NHS 111: A&E).
    rule("rhabdo_signs", E, "dark_urine",
         "muscle_soreness|exertion|musculoskeletal|limb_pain|long_lie|trauma_major|heat_stroke|"
         "on_floor|crash", unless="food_dye"),
    # A low blood sugar and a faint, a collapse or odd behaviour: a severe hypo (112).
    rule("low_sugar_faint", E, "low_sugar", "faint|collapse|knocked_out|behaviour_change|slurred"),
    # A yellow newborn: checked the same day (1177: gulsot hos nyfödda).
    rule("newborn_jaundice", U, "jaundice", "age_infant|newborn|baby|age_baby"),
    # Temple headache and jaw pain on chewing, over 50, and the sight blurs: giant cell
    # arteritis threatens the other eye too, whatever the weeks of headache before (1177).
    rule("arteritis_two_signs", E, "temple", "jaw_chew",
         "vision_blur|vision_loss|double_vision|curtain", "age_over50|elderly|age_elderly",
         unless="sunburn"),
    # --- probe 17 (en) ---
    # "Took all the paracetamol": a whole supply swallowed, well for now but paracetamol and
    # other overdoses harm hours later (Myrkytystietokeskus: 112 / poison centre now).
    rule("took_all_tablets", E, "took_all", "tablet_word|poison|high_risk_med|anticoag",
         window=10, unless="own_dose|harmless_med|checkup|long_ago|training",
         notes=('poison',)),
    # Legs tingling and weak after a stomach bug or a cold, and now the hands or the breathing:
    # Guillain-Barré, the breathing muscles may follow (1177, NHS 111: A&E).
    rule("gbs_after_infection", E, "tingling|numbness", "weakness|cant_walk|legs_paralysed",
         "leg|foot|thigh|knee", "gastro|gbs_trigger|cold_illness",
         "hand|arm|slow_breathing|breathless",
         unless="long_ago|recurrent|episodic|diabetes|lay_on_arm|mild"),
    # Something flew into the eye (grinding, hammering) and the sight is blurred: a penetrating
    # eye injury until shown otherwise (NHS 111: A&E now).
    rule("eye_hit_sight", E, "eye_hit",
         "vision_blur|vision_loss|double_vision|blood|bleed|curtain",
         unless="long_ago"),
    # No urine for hours with a tense painful lower belly and restlessness: acute retention
    # that needs a catheter now (gold from probe 17; Päivystyshelppi: päivystys).
    rule("retention_painful", E, "cant_pee", "abdominal_pain|lower_abdomen",
         "restless_agitation|severe|unbearable", unless="long_ago|resolved"),
    # --- probe 17 (fi) ---
    # A yellow baby in the first weeks who is sleepy or not feeding: high bilirubin can harm the
    # brain (116117/Päivystyshelppi: päivystys now, not tomorrow).
    rule("jaundice_baby_unwell", E, "jaundice", "baby|newborn|age_baby|age_infant",
         "not_feeding|drowsy|lethargic|floppy|unresponsive|shrill_cry|seizure", window=25,
         unless="long_ago"),
    # On a balcony, roof or bridge and saying they can fly: psychosis at a height (112.fi).
    rule("fly_from_height", E, "danger_place", "high_place|at_height", window=20,
         unless="long_ago", topic="mind"),
    # An insulin pump off or blocked for hours and vomiting or ketones: ketoacidosis comes on
    # fast in type 1 diabetes (Diabetesliitto, 1177: akut).
    rule("pump_off_dka", E, "pump_off", "vomit|nausea|fruity|drowsy|abdominal_pain|"
         "fast_breathing|thirst|confusion|high_sugar", window=30, unless="long_ago"),
    # Pills taken and "twenty or so", "dozens" said in words: a large overdose
    # (Myrkytystietokeskus: call).
    rule("pills_many_count", E, "overdose|took_all|ate_tablets", "many_count", window=10,
         unless="long_ago", notes=('poison',)),
    # Something dropped from the hand and the words would not come, even if it passed:
    # a TIA, a warning of stroke (112.fi: call even when the signs go away).
    rule("tia_hand_speech", E, "dropped_object|weakness|one_side_weak",
         "aphasia|slurred|cant_speak",
         window=20, unless="long_ago|tired|exhausted|cold_illness|hoarse|sore_throat|panic"),
    # --- probe 17 (sv) ---
    # A blow to the larynx (puck, ball, strike) then voice, breathing or swallowing trouble:
    # the airway can swell shut (NHS 111: neck injury with breathing change → 999).
    rule("larynx_blow_signs", E, "larynx_blow",
         "hoarse|wheeze|stridor|swallow_pain|cant_swallow|breathless|cough_blood|cant_breathe",
         unless="long_ago"),
    # A dog or other animal bite in the face that is deep or bleeding: 1177 says akut.
    rule("face_bite_deep", E, "animal_bite", "face", "deep_wound|heavy_bleed|bleed|bleeding_word",
         window=20, unless="long_ago|scar"),
    # A pregnant woman's belly hit in a fall or crash, now pain, bleeding or a hard belly:
    # placental abruption (1177/Päivystyshelppi: förlossningen direkt).
    rule("pregnancy_belly_trauma", E, "pregnant", "belly_blow|crash",
         "abdominal_pain|pain|bleed|bleeding_word|rigid|waters_broken|fetal_movement",
         unless="long_ago"),
    # --- probe 18 (en) ---
    # Found hanging or with a ligature round the neck, even if talking now: an attempted
    # hanging; the neck and brain can swell hours later (112.fi).
    rule("hanging_attempt", E, "hanging", unless="long_ago", topic="mind", notes=('crisis',)),
    # A child with fever, cold hands or feet and legs that hurt: early meningococcal sepsis (NHS).
    rule("fever_cold_limbs_child", E, "fever|high_fever|feverish", "cold_skin", "hand|foot",
         "limb_pain|leg", "child|age_child|baby|age_baby|age_infant", window=40,
         unless="long_ago|cold_exposure|cold_illness|training|exertion|sprain|minor_knock"),
    # A tooth infection swelling under the jaw with trouble breathing or swallowing: Ludwig's
    # angina can close the airway (NHS 111: 999).
    rule("dental_airway", E, "tooth|toothache|jaw", "swelling|face_swelling",
         "breathless|cant_swallow|cant_breathe|stridor", window=40, unless="long_ago"),
    # "Heartburn" that came with walking and now comes at rest over 40: unstable angina (NHS 111).
    # A very old person who stopped eating and is newly incontinent, drowsy or confused today:
    # an acute illness such as sepsis presenting atypically (Päivystyshelppi: päivystys now).
    rule("elderly_acute_decline", E, "age_elderly|elderly", "not_feeding",
         "incontinence|drowsy|confusion|fast_breathing", window=40,
         unless="long_ago|dur_long|dur_7d|recurrent"),
    rule("heartburn_effort_rest", E, "heartburn|upper_abdominal_pain", "exertion", "at_rest",
         "age_over40|age_over50|elderly|age_elderly|diabetes",
         unless="gastro|diarrhoea|hangover|overeat|ate_bad"),
    # --- probe 18 (fi) ---
    # A tampon or cup left in, then fever with a rash, faintness or vomiting: toxic shock
    # syndrome, which can kill within hours (NHS 111 / 1177: call 999/112).
    rule("tampon_toxic_shock", E, "tampon", "fever|high_fever|feverish",
         "rash|sunburn|red|dizzy|faint|low_bp|vomit|diarrhoea|confusion|drowsy|collapse",
         unless="long_ago|resolved"),
    # A small child who got hold of an opioid (a fentanyl patch, oxycodone): breathing can stop
    # (Myrkytystietokeskus / 112.fi: call at once, even before symptoms).
    rule("child_opioid", E, "opioid", "child|age_child|baby|age_baby|age_infant|newborn",
         "eat_word|ate_tablets|swallowed_substance|drowsy|tired|unresponsive|slow_breathing|"
         "floppy|pinpoint_pupils|lethargic|hard_to_wake", window=30, unless="long_ago|resolved"),
    # On a blood thinner and bleeding from two places at once (urine, gums, bruises, nose):
    # over-anticoagulation, a bleed risk that needs help now (Päivystyshelppi, 1177).
    rule("anticoag_multi_bleed", E, "anticoag",
         "2:bleed|blood_urine|bruise|nosebleed|vomit_blood|cough_blood|black_stool|blood_stool",
         unless="long_ago|resolved|bleed_stopped"),
    # --- probe 18 (sv) ---
    # A slow heartbeat and a fall (now awake) in someone on heart drugs: a heart block or a drug
    # slowing the heart, fainting from it (112; 1177: svimning med långsam puls).
    rule("low_pulse_fall", E, "low_pulse", "fall|knocked_out|unconscious",
         unless="long_ago|exertion|training"),
    # A toddler's breath-holding spell the doctor has recognised: blue for a moment, then breathing
    # again; harmless (1177: affektanfall), so the blue alone does not call 112.
    rule("breath_holding_spell", S, "breath_holding", covers="blue|blue_lips|pale|crying"),
    # Tennis elbow, mouse arm and other overuse of a tendon: rest and self-care (1177).
    rule("overuse_injury", S, "overuse_injury", covers="pain|limb_pain|stiff|swelling|elbow"),
    # --- probe 19 (en) ---
    # "Heartburn" or upper-belly discomfort with pain into the arm and sweating: a heart attack
    # felt in the stomach, at any age (NHS 111: 999; triage-fi.md atypical presentations).
    rule("epigastric_arm_cardiac", E, "heartburn|upper_abdominal_pain", "arm_jaw_pain|radiate",
         "sweat|cold_skin|grey|pale|breathless|not_relieved|faint",
         unless="exertion|musculoskeletal|sprain|strain|minor_knock|muscle_soreness|long_ago"),
    # Thirsty and losing weight for weeks, now vomiting or breathing deeply: new diabetes in
    # ketoacidosis (Päivystyshelppi, NHS 111: a child with these signs goes to A&E now).
    rule("new_diabetes_dka", E, "thirst|polyuria", "weight_loss|polyuria|urinary_frequency",
         "vomit|deep_breathing|fast_breathing|drowsy|confusion|abdominal_pain|lethargic|fruity",
         unless="long_ago|hangover"),
    rule("deep_breathing_diabetes", E, "deep_breathing", "diabetes|high_sugar|thirst|fruity",
         "vomit|nausea|drowsy|abdominal_pain|thirst|high_sugar|confusion|fruity|lethargic",
         unless="long_ago|exertion"),
    # Sudden severe back or flank pain with faintness in an older person: a leaking aortic
    # aneurysm (112.fi, NHS 111: call 999).
    rule("aaa_back_faint", E, "back_pain|flank_pain|abdominal_pain", "sudden|severe|tearing",
         "faint|collapse|pale|grey|cold_skin|dizzy",
         "age_over50|age_elderly|elderly|smoking|high_bp",
         unless="long_ago|back_strain|muscle_soreness|strain|sprain|episodic|recurrent"),
    # An insulin user whom nobody can wake properly: a severe hypo until sugar is given (112.fi).
    rule("diabetic_unrousable", E, "diabetes|high_risk_med",
         "hard_to_wake|unresponsive|unconscious|snoring_unrousable", unless="long_ago"),
    rule("hard_to_wake", E, "hard_to_wake", "drowsy|confusion|diabetes|alcohol|drugs|overdose|"
         "fever|high_fever|head_injury|elderly|age_elderly|fall|on_floor", window=20,
         unless="long_ago|resolved"),
    # An older diabetic "not himself", off food or breathless: hyperglycaemia, infection or a
    # silent heart attack (Päivystyshelppi: ikääntynyt diabeetikko, yleistilan lasku).
    rule("elderly_diabetic_decline", E, "diabetes", "age_elderly|elderly",
         "behaviour_change|lethargic|condition_decline|very_unwell",
         "breathless|drowsy|confusion|vomit|not_feeding|high_sugar|thirst",
         unless="checkup|dur_long|recurrent|long_ago"),
    # Sudden severe one-sided pelvic pain with vomiting: a twisted ovary (torsion) that needs
    # surgery within hours (NHS 111: A&E now).
    rule("ovarian_torsion", E, "pelvic_pain|lower_abdomen", "one_side|right_lower", "sudden",
         "vomit|nausea|severe|waves", "vomit|nausea",
         unless="period_pain|long_ago|resolved|episodic|recurrent"),
    # A baby who fell (changing table, bed) with a swelling or bump on the head: a possible skull
    # fracture (NHS 111: a baby under 1 with a head injury goes to A&E).
    rule("infant_fall_swelling", E, "fall|fall_height", "age_baby|age_infant|newborn|baby",
         "swelling|lump|head_injury|head|bruise", unless="long_ago|asleep"),
    # Cannot pass urine for hours with a swollen, painful lower belly: acute retention that needs
    # a catheter now (Päivystyshelppi: päivystykseen).
    rule("retention_distended", E, "cant_pee", "abdominal_pain|lower_abdomen|pain",
         "swelling|bloating|rigid", unless="long_ago|resolved"),
    # Gums that bleed a little when brushing, nothing else: gingivitis, self-care (1177).
    rule("gum_bleed", S, "gum_bleed", unless="heavy_bleed|heavy|wont_stop|bruise|nonblanch_rash|"
         "spots|fever|high_fever|pale|tired|nosebleed|anticoag|swelling|face_swelling",
         covers="bleed|blood|bleeding_word|tooth"),
    # Constipated a few days but passing wind: the bowel still works, self-care (1177).
    rule("constipation_wind", S, "constipation", "gas", covers="gas|bloating|pain|abdominal_pain"),
    # --- probe 19 (fi) ---
    # Double vision with trouble swallowing or slurred speech: botulism, a brainstem stroke or a
    # myasthenic crisis; the breathing can follow (112.fi, NHS 111: 999).
    rule("double_vision_bulbar", E, "double_vision", "cant_swallow|slurred", window=30,
         unless="long_ago|dur_long"),
    # A thigh bent at an odd angle: a broken femur bleeds heavily inside (112.fi).
    rule("thigh_deformed", E, "thigh", "deformed", window=12, unless="long_ago"),
    # Caught in machinery (a tractor PTO shaft, rollers): crush and tearing injuries (112.fi).
    rule("machine_entangle", E, "machine_entangle",
         "arm|hand|leg|foot|bleed|blood|deformed|sprain|pain|severe|wound|amputation",
         window=30, unless="long_ago|resolved"),
    # A firework or banger into the eye: a penetrating or burn injury (112.fi, Päivystyshelppi).
    rule("firework_eye", E, "firework_eye", unless="long_ago"),
    # Pauses in a young baby's breathing, or with grey or blue colour: apnoea (112.fi).
    rule("infant_breath_pauses", E, "breath_pauses",
         "baby|age_baby|age_infant|newborn|grey|blue|blue_lips|pale|floppy",
         unless="long_ago"),
    # An old person not eating or drinking for days and lying in bed: dehydration or an acute
    # illness such as sepsis presenting quietly (Päivystyshelppi: yleistilan lasku).
    rule("elderly_bedbound_not_eating", E, "age_elderly|elderly", "not_feeding", "bedbound",
         window=40, unless="long_ago|recurrent"),
    # A coil in place, one-sided low belly pain with spotting and dizziness: an ectopic
    # pregnancy can still happen with an IUD (1177, NHS 111).
    rule("iud_ectopic_signs", E, "iud", "abdominal_pain|pelvic_pain|lower_abdomen|pain",
         "bleed|blood", "dizzy|faint|collapse|shoulder|pale", window=40,
         unless="long_ago"),
    # A scratch, then pain out of proportion with fever and darkening skin: necrotising
    # fasciitis, which spreads within hours (NHS 111: 999).
    rule("wound_severe_pain_fever", E, "wound|scratch", "severe|unbearable",
         "fever|high_fever|feverish|chills", "purple|black|grey|mottled|blister", window=40,
         unless="long_ago|resolved"),
    # A "broken heart" after a breakup is sadness, not chest pain: self-care and someone to talk to.
    rule("heartbreak", S, "heartbreak", covers="breakup|heart|sad"),
    # --- probe 19 (sv) ---
    # Chest pressure that began with effort (snow shovelling) and has not gone away: a heart
    # attack until shown otherwise (112.fi, 1177: bröstsmärta som inte går över → 112).
    rule("chest_pain_effort_persisting", E, "chest_pain", "exertion", "not_improving",
         unless="tender_press|dur_long|dur_7d|cough|cold_illness|pleuritic|shingles|long_ago"),
    # Cannot pee and the bladder feels about to burst: acute retention needing a catheter now.
    rule("retention_bladder_full", E, "cant_pee", "bladder_full", unless="long_ago|resolved"),
    # An allergy food or sting, swollen eyes or face and a failing voice: anaphylaxis reaching
    # the airway (1177: anafylaxi → 112).
    rule("anaphylaxis_voice", E, "allergen|sting|allergy", "eye_shut|face_swelling|swelling",
         "hoarse|tight_throat|cant_swallow|stridor", unless="long_ago|checkup|first_aid_topic"),
    # Cleaning chemicals (chlorine mixed with acid) breathed in, now wheezing or breathless: a
    # toxic gas injuring the airways (Giftinformation / Myrkytystietokeskus: 112 if breathing).
    rule("chemical_fumes_breathing", E, "chemical",
         "wheeze|breathless|cant_breathe|stridor|tight_throat", window=25,
         unless="long_ago|resolved|first_aid_topic"),
    # --- probe 21 (en) ---
    # Out cold at a faint (a jab, blood) with a headache, vomiting, confusion, on effort or in an
    # older person: a head injury or a cardiac faint, not a simple faint (NHS 111: A&E).
    rule("knocked_out_signs", E, "knocked_out",
         "headache|vomit|confusion|drowsy|head_injury|seizure|double_vision|vision_blur|anticoag|"
         "age_elderly|elderly|chest_pain|palpitations|breathless|exertion|fall_height"),
    # "Couldn't breathe" in an episode last week that settled is a visit; now, still or back
    # again it is 112.
    rule("cannot_breathe_now", E, "cant_breathe",
         "now_word|returned|happening_now|not_improving|worsening", window=4),
    rule("cannot_breathe_past", U, "cant_breathe"),
    # Chest pain that went away with rest and then came back or is still there (NHS 111: 999).
    rule("chest_pain_returned", E, "chest_pain", "returned", window=15,
         unless="tender_press|musculoskeletal|dur_long|dur_7d|mild|cough|cold_illness|"
                "pleuritic|heartburn_context|panic|shingles|long_ago"),
    # A baby with a fever and a sign beyond it, even if drinking; or a "baby" of unknown age (a
    # fever under 3 months is urgent, NHS 111).
    rule("baby_fever_signs", U, "age_baby|baby", "fever|high_fever|feverish",
         "high_fever|very_high_fever|vomit|diarrhoea|not_feeding|dur_3d|lethargic|drowsy|rash|"
         "breathless|cant_keep_fluids|age_under6m"),
    rule("baby_fever_age_unknown", U, "baby|newborn", "fever|high_fever|feverish|vomit|diarrhoea",
         unless="age_known|age_child"),
    # A baby vomiting or with diarrhoea stays urgent even when said to drink (as before).
    rule("baby_vomit_diarrhoea", U, "age_baby|baby", "vomit|diarrhoea"),
    # --- probe 21 (sv) ---
    # Nitro taken for angina and the pain stays or gets worse: a heart attack until shown
    # otherwise (1177 kärlkramp, NHS 111: call 112/999 if the pain is not gone after the doses).
    rule("nitrate_pain_unrelieved", E, "nitrate", "pain|chest_pain|pressure|angina",
         "not_relieved|not_improving|worsening|returned", window=30,
         unless="long_ago|checkup|relieved|resolved"),
    # Vomit that smells of or looks like faeces: a blocked bowel (1177 tarmvred, NHS 111).
    rule("faecal_vomiting", E, "faecal_vomit", unless="long_ago"),
    # Hives and nothing else (no swelling, breathing trouble, faintness or fever): self-care
    # (1177 nässelutslag); with an allergen or a sting "allergic_reaction" still applies.
    rule("hives_only", S, "hives",
         unless="face_swelling|swelling|tight_throat|breathless|wheeze|stridor|cant_breathe|"
                "cant_swallow|hoarse|dizzy|faint|collapse|vomit|fever|high_fever|feverish|"
                "blister|nonblanch_rash|purple|swollen_joint|dur_long|recurrent|baby|age_baby|"
                "age_infant|newborn|anaphylaxis|adrenaline_used",
         covers="hives|itch|rash|red|spots"),
    # Known haemorrhoids bleeding a little, the same as before: self-care (1177 hemorrojder);
    # new ones, or with an alarm sign, are a visit.
    rule("hemorrhoids_as_before", S, "hemorrhoids", "usual|known_pattern", window=20,
         unless="heavy|heavy_bleed|wont_stop|black_stool|weight_loss|dizzy|faint|pale|"
                "not_relieved|worsening|dur_long|abdominal_pain|fever|high_fever|severe|"
                "unbearable|lump|anticoag|diarrhoea",
         covers="hemorrhoids|bleed|blood|blood_stool|itch|pain|anus|constipation"),
    rule("hemorrhoids_visit", N, "hemorrhoids", unless="usual|known_pattern"),
    # Which warning signs to watch for, asked as information: self-care advice.
    rule("symptom_question", S, "symptom_question"),
    # --- probe 21 (fi) ---
    # Fell or collapsed, not moving, and the breath gurgles or comes seldom: agonal breathing,
    # a cardiac arrest until shown otherwise (112.fi: elvytysohje).
    rule("collapse_abnormal_breathing", E, "collapse|fall|faint", "not_moving",
         "stridor|slow_breathing|snoring_unrousable", window=25, unless="long_ago"),
    # A threat to kill, and the person raging and smashing things or the writer hiding or locked
    # in from them: violence under way (112.fi: väkivalta tai sen uhka).
    rule("threat_violence_now", E, "threat_me|threat_kill|beating", "rampage|hiding_from",
         window=30, unless="long_ago", topic="mind"),
    # A little more confused than usual for a day or two (an older person with a urinary
    # infection): seen today (NHS 111: urgent GP); sudden, it is 112 as any new confusion.
    rule("confusion_mild_sudden", E, "confusion_mild", "sudden", window=8),
    rule("confusion_mild", U, "confusion_mild"),
    # Old, healed cuts keep "suicide_with_injury" off; a deep or bleeding wound with suicidal
    # words is still 112 (Päivystyshelppi: itsetuhoisuus ja vamma).
    rule("suicide_deep_wound", E, "suicide|suicide_passive",
         "deep_wound|gaping|heavy_bleed|spurting|wont_stop", unless="long_ago", topic="mind",
         notes=("crisis",)),
    # Asthma worse (a reliever needed more often): reviewed the same day (Käypä hoito: astman
    # pahenemisvaihe; NHS 111).
    rule("asthma_worsening", U, "asthma", "worsening", unless="long_ago|checkup"),
    # An under-five's earache with a fever: an ear infection is examined (Käypä hoito: lapsen
    # äkillinen välikorvatulehdus; NICE NG143, fever in under 5s).
    rule("earache_fever_child", N, "earache", "fever|high_fever",
         "age_under5|age_baby|baby"),
    # A measured fever (38 or more) for three days, when a low-grade reading (37-point)
    # keeps the fever word from counting.
    rule("fever_reading_persisting", U, "fever_reading|high_fever", "dur_3d|not_relieved"),
    # --- probes 22-23 (en) ---
    # Vertigo or double vision with walking gone (cannot walk straight, falling to one side):
    # a stroke at the back of the brain until shown otherwise (BE-FAST "balance"; NHS 111: 999
    # for dizziness with double vision, slurred speech or weakness).
    rule("ataxia_signs", E, "ataxia",
         "double_vision|slurred|numbness|one_side_weak|headache|vomit|cant_swallow",
         unless="alcohol|hangover|drugs|motion_sickness|dur_long|dur_7d|gradual|recurrent|"
                "known_pattern|long_ago|episodic|muscle_soreness"),
    rule("ataxia_vertigo", E, "ataxia", "dizzy|sudden",
         "age_over50|elderly|age_elderly|diabetes|high_bp|anticoag|smoking",
         unless="alcohol|hangover|drugs|motion_sickness|dur_long|dur_7d|gradual|recurrent|"
                "known_pattern|long_ago|episodic|muscle_soreness"),
    rule("ataxia_check", U, "ataxia", unless="dur_long|dur_7d|gradual|recurrent|known_pattern"),
    # The baby hardly moving, with a pregnancy named (RCOG, 1177: reduced fetal movements → the
    # maternity unit now).
    rule("baby_moved_less", E, "baby_moved_less", "pregnant|preterm|positive_test",
         unless="long_ago"),
    # New flashes and floaters with the sight otherwise whole: the retina is examined the same
    # day (1177, Terveyskylä: lasiaisirtauma); a shadow, curtain or lost sight is 112.
    rule("retinal_flashes", U, "flashes", "eye", unless="usual|known_pattern|recurrent"),
    # A calf or foot cramp at night that passes on stretching: self-care (NHS: leg cramps).
    rule("night_cramp", S, "muscle_cramp", covers="pain|limb_pain|stiff|calf|foot|at_night",
         unless="dur_long|dur_7d|recurrent|not_improving|worsening|checkup|wants_check|"
                "swelling|calf_swelling|red|hot|numbness|weakness"),
    # --- probes 22-23 (fi) ---
    # An adrenaline pen named and then said to be given ("uusi adrenaliinikynä ... pistin sen
    # äsken"): 112 as when said in one go (Allergiatalo, 1177: call 112 after using the pen).
    rule("adrenaline_given", E, "anaphylaxis", "injected_it", window=15,
         unless="long_ago|first_aid_topic|training"),
    # Pressure behind the breastbone and a heavy or aching arm, further apart than one phrase
    # ("rintalastan takana on ollut tunnin ahdistava tunne ja vasen käsi tuntuu raskaalta").
    rule("chest_pressure_arm", E, "chest", "pressure", "arm_jaw_pain", window=16,
         unless="tender_press|musculoskeletal|minor_knock|muscle_soreness|sprain|strain|panic|"
                "long_ago|chest_wall_gym"),
    # A reliever needed several times a day: asthma out of control, reviewed the same day
    # (Käypä hoito: astman pahenemisvaihe; NHS 111).
    rule("reliever_often", U, "reliever_often", unless="long_ago"),
    # Severe pain that painkillers do not control (NHS 111: see a GP or call 111 today).
    rule("pain_uncontrolled", U,
         "back_pain|lower_back|abdominal_pain|headache|limb_pain|flank_pain|pelvic_pain",
         "severe|unbearable", "not_relieved", window=15, unless="long_ago"),
    # A fall or knock and then an arm or leg that cannot be lifted or moved: a fracture or a
    # dislocation is examined the same day.
    rule("injury_cant_move", U, "fall|crash|fall_from_object|minor_knock", "cant_move",
         window=25, unless="long_ago"),
    # A chest sore after a workout that hurts when pressed: a strained muscle, self-care
    # (NHS: chest pain from a pulled muscle), but not in someone at risk or with other signs.
    rule("chest_wall_gym_risk", U, "chest_wall_gym",
         "age_over50|elderly|age_elderly|diabetes|high_bp|smoking|breathless|sweat|nausea|"
         "radiate|arm_jaw_pain"),
    rule("chest_wall_gym", S, "chest_wall_gym", covers="chest_pain|chest|pain|pressure"),
    # Croup that settles in the cool night air and then breathes normally: home care
    # (Terveyskylä: kurkunpääntulehdus; NHS: croup).
    rule("croup_settles", S, "croup_mild", covers="cough|barking_cough|wheeze|stridor"),
    # --- probes 22-23 (sv) ---
    # Hot frying oil, coffee or soup spilt and the skin white, waxy or leathery, even without a
    # word for hot or burn: a full-thickness burn (1177 brännskada: akut; NHS 111: A&E).
    rule("deep_burn_spill", E, "burn_deep", "liquid", "spill", window=15, unless="long_ago"),
    # A chip or splinter flew into the eye and now the sight is worse: it may have gone through
    # (NHS 111: A&E for something hitting the eye at speed with the sight affected). Scratchy,
    # red and watering with the sight whole stays a same-day visit ("eye_injury").
    rule("eye_projectile_sight", E, "eye_projectile", "vision_blur", unless="long_ago"),
    # Pus from the ear after a fever or earache: a burst eardrum from an ear infection, seen
    # the same day (1177 öroninflammation; Käypä hoito: välikorvatulehdus).
    rule("ear_discharge_fever", U, "ear_discharge", "fever|high_fever|feverish|earache",
         unless="long_ago"),
    # A wound or an operation wound red or with pus, and a fever: a wound infection, seen the
    # same day (1177 sårinfektion; NHS 111); with shock signs "post_op_sepsis" is 112.
    rule("wound_infection_fever", U, "wound|cut|surgery_recent|animal_bite",
         "pus|red|red_skin_area|spreading_red|swelling", "fever|high_fever|feverish|chills",
         unless="long_ago"),
    # Asking for a referral (a physio, a specialist): a booked visit, not self-care.
    rule("referral_request", N, "referral", topic=None),
    # --- probes 24-25 (en) ---
    # A fever or a sore throat on a medicine that lowers the defences (methotrexate, a
    # biologic, a transplant drug, carbimazole, clozapine): a blood count the same day (BNF,
    # NHS 111: report a sore throat or fever at once); with shock signs the sepsis rules apply.
    rule("fever_immunosuppressed", U, "immunosuppressed",
         "fever|high_fever|feverish|chills|rigors|sore_throat|fever_reading", unless="long_ago"),
    # A fall on the hand and then a swollen wrist or hand: a fracture (the scaphoid on the
    # thumb side) is X-rayed the same day (NHS: broken wrist; 1177 handledsfraktur).
    rule("fall_wrist_swollen", U, "fall|fall_from_object|fall_height|crash", "wrist|hand",
         "swelling|swollen_joint|deformed|limb_looks_odd", window=25,
         unless="long_ago|mild|minor|dur_7d|dur_long"),
    # Jittery with a heart "a bit fast" after too much coffee: self-care (NHS: palpitations).
    rule("caffeine_jitters", S, "palp_benign", "caffeine",
         "palpitations|irregular_heart|fast_pulse",
         covers="palpitations|irregular_heart|fast_pulse|shaky"),
    # A diabetic's raised sugar after a big meal, otherwise well: self-care (Diabetes UK:
    # hyperglycaemia); any symptom or a reading of 20 or more keeps it for a professional.
    rule("sugar_after_meal", S, "diabetes", "sugar_word", "after_meal", window=25,
         unless="high_sugar|low_sugar|dur_long|dur_7d|dur_3d|recurrent|not_improving|"
                "worsening|unwell|very_unwell|thirst|polyuria"),
    # Alcohol is a matter for a professional (a contact request), but a night's drinking
    # told with its hangover ("dead drunk at the wedding, hungover today") is self-care;
    # drinking that is habitual or worrying stays a contact request.
    rule("alcohol_use", N, "alcohol", topic="mind", unless="hangover",
         covers="tired|insomnia|stress|lonely|low_mood|anxiety|pressure"),
    rule("alcohol_pattern", N, "alcohol|hangover", "alcohol_habit|recurrent|dur_long|addiction",
         topic="mind", covers="tired|insomnia|stress|lonely|low_mood|anxiety|pressure"),
    # Back pain with the bladder gone wrong (cannot pee, wetting oneself) and numb or weak
    # legs: cauda equina or cord compression (NHS 111: A&E now).
    rule("back_bladder_legs", E, "back_pain|lower_back", "cant_pee|incontinence|bladder_loss",
         "numbness|weakness|legs_paralysed|saddle_numb",
         unless="long_ago|dur_long|usual|known_pattern"),
    # --- probes 24-25 (sv) ---
    # Blood from the ear after a blow to the head, a fall or a crash: a skull-base fracture
    # (NICE head injury: blood or fluid from the ear → emergency department; 1177: 112).
    rule("ear_bleed_injury", E, "ear_bleed",
         "head_injury|head_first|fall_height|crash|trauma_major|fall|fall_from_object|"
         "knocked_out", window=30, unless="long_ago"),
    # Blood from the ear without an injury (a burst eardrum): examined the same day.
    rule("ear_bleed", U, "ear_bleed", covers="blood|bleed|bleeding_word|ear", unless="long_ago"),
    # Chest pain or pressure that does not ease although the person has rested, even after a
    # workout: a heart attack until shown otherwise (NHS 111, 1177: bröstsmärta som inte går
    # över i vila → 112). A sore chest wall that hurts on pressing is left to its own rules.
    rule("chest_pain_rest_no_relief", E, "chest_pain", "rest_no_relief", window=20,
         unless="tender_press|chest_wall_gym|pleuritic|cough|cold_illness|shingles|long_ago|"
                "dur_long|dur_7d"),
    # A red, swollen limb spreading from a wound, with a high fever and severe pain or
    # exhaustion: a spreading skin infection turning into sepsis or a necrotising infection
    # (NHS: cellulitis with a high temperature and feeling very unwell → 999; 1177 rosfeber).
    rule("cellulitis_septic", E, "red_skin_area|spreading_red", "spreading|spreading_red",
         "wound|cut|graze|insect_bite|animal_bite|leg|calf|thigh|arm|hand|foot|toe|knee|ankle|"
         "wrist|hip", "high_fever|very_high_fever|rigors",
         "severe|unbearable|exhausted|very_unwell|pain_disproportion|confusion|drowsy",
         window=30, unless="sunburn|sauna|long_ago|rash|spots|hives|itch|chickenpox"),
    # A little breathless on exertion after a cold and better every day: self-care (NHS: a
    # cough and breathlessness can linger after a chest infection); anything worse is not.
    rule("breathless_recovering", S, "breathless_recovering",
         covers="breathless|exertion|cold_illness|cough|tired",
         unless="fever|high_fever|chest_pain|wheeze|stridor|blue|blue_lips|pale|grey|sweat|"
                "drowsy|confusion|cough_blood|at_rest|worsening|not_improving|pregnant|"
                "postpartum|calf_swelling|palpitations|age_elderly|elderly|cant_speak|severe"),
    # A diabetic who is ill and measuring ketones (a stomach bug, a fever): the sick-day rules
    # ask for contact with the diabetes team the same day (ISPAD, Diabetes UK: ketones 0.6 or
    # more when ill); a high reading with vomiting or drowsiness is 112 by the rules above.
    rule("diabetes_ketones_ill", U, "diabetes", "ketone_word",
         "gastro|vomit|diarrhoea|nausea|fever|high_fever|feverish|unwell|abdominal_pain",
         window=40, unless="long_ago"),
    # One ibuprofen or paracetamol tablet too many by mistake, an adult and well: self-care
    # (Giftinformationscentralen, Myrkytystietokeskus: one extra adult dose is harmless); a
    # child, a risky medicine, several days, symptoms or intent keep it for a professional.
    rule("extra_painkiller_dose", S, "extra_painkiller",
         covers="tablet_word|double_dose|otc_painkiller|one_extra_dose|swallowed_substance",
         unless="child|age_child|baby|age_baby|age_infant|newborn|age_under5|overdose_large|"
                "took_all|empty_pack|deliberate|suicide|suicide_passive|self_harm|intent|"
                "high_risk_med|anticoag|alcohol|vomit|nausea|drowsy|confusion|abdominal_pain|"
                "pregnant|age_elderly|elderly|repeated|recurrent|dur_3d|dur_7d|dur_long|"
                "many_count|poison|overdose|heart|diabetes|high_bp|epilepsy"),
    rule("extra_painkiller_check", U, "extra_painkiller",
         "child|age_child|baby|age_baby|age_infant|newborn|age_under5|high_risk_med|anticoag|"
         "heart|diabetes|high_bp|epilepsy|repeated|recurrent|dur_3d|dur_7d|many_count",
         window=30, notes=('poison',)),
    # --- probes 24-25 (fi) ---
    # One arm sinks when both are held up (the FAST arm test): a stroke until shown otherwise
    # (112.fi: aivoinfarktin oireet; NHS: FAST), whatever else makes "both" appear.
    rule("arm_drift", E, "arm_drift",
         unless="long_ago|lay_on_arm|limb_pain|musculoskeletal|sprain|strain|muscle_soreness|"
                "exertion|minor_knock"),
    # Someone collapsed or fell and the writer cannot tell whether they breathe: 112 and
    # guided CPR (112.fi: elvytysohje; NHS: call 999 if not breathing normally).
    rule("collapse_breath_unsure", E, "breath_unsure",
         "collapse|fall|faint|not_moving|on_floor|unresponsive|unconscious|found_outside|drowsy|"
         "cant_get_up|knocked_out|floppy", window=30, unless="long_ago"),
    # Shaking all over and foam at the mouth: a fit (112.fi: a first fit, or one that leaves
    # the person dazed).
    rule("shaking_foam", E, "foam_mouth",
         "shaky|chills|shaking_ongoing|stiff|collapse|fall|drowsy|confusion|unresponsive|"
         "unconscious", window=30, unless="long_ago|first_aid_topic|stress|anxiety"),
    # No urine for hours and the lower belly bulging: acute retention, a catheter now
    # (Päivystyshelppi: virtsaumpi).
    rule("retention_bulge", E, "cant_pee", "belly_bulge", window=30, unless="long_ago|resolved"),
    # Blood in the urine or stool is seen at a booked visit, unless beetroot or berries were
    # eaten (then "food_colour" gives self-care, and pain or a fever keeps it for a visit).
    rule("blood_in_waste", N, "blood_urine|blood_stool", unless="food_dye_eaten"),
    # A migraine "just like always" (aura, then the headache): the migraine plan, self-care.
    rule("migraine_same_as_always", S, "headache", "known_pattern",
         unless="sudden|worst|thunderclap|one_side_weak|slurred|confusion|fever|high_fever|"
                "neck_stiff|vision_loss|double_vision|seizure",
         covers="eye_pain|vision_blur|flashes|eye|nausea|photophobia|headache|pain"),
    # A low sugar treated and the person well again: self-care (Diabetes UK: treat, recheck,
    # then a snack); one that does not come up stays for a professional today.
    rule("hypo_recovered", S, "hypo_recovered", covers="low_sugar|sugar_word|eat_word",
         unless="not_relieved|not_improving|worsening|recurrent|confusion|drowsy|faint|collapse|"
                "vomit|cant_keep_fluids|who_to_contact|wants_check|checkup"),
    rule("low_sugar_persisting", U, "low_sugar", "not_relieved|not_improving|worsening|recurrent",
         window=30),
    # A burn the size of a coin: self-care (NHS: A&E for burns larger than the hand).
    rule("minor_burn_small", S, "burn", "small_size", covers="pain|red|blister|rash|spots",
         unless="baby|age_baby|age_infant|newborn|child|age_child|age_under5|pregnant|diabetes|"
                "elderly|age_elderly|face|groin|vagina|testicle|chemical|electric|palm_blister"),
    # A dose forgotten: self-care advice (the leaflet says when to take it).
    rule("missed_dose", S, "missed_dose", covers="tablet_word",
         unless="symptom|seizure|attack_word|unwell|very_unwell"),
    # Asking for sick leave or a certificate: a booked visit.
    rule("sick_leave_request", N, "sick_leave", topic=None),
    # Tired from shift work, a sleep rhythm out of joint: self-care (Työterveyslaitos, NHS).
    rule("shift_work_sleep", S, "shift_work", covers="tired|insomnia|stress"),
    # --- probes 26-27 (en) ---
    # A tracheostomy that is blocked or out, or the person struggling, blue or drowsy with it:
    # the airway itself is at stake (NHS / GOSH tracheostomy emergencies: 999). A blockage
    # that was cleared and has settled is still seen today.
    rule("trach_alarm", E, "tracheostomy",
         "breathless|cant_breathe|stridor|blue|blue_lips|grey|drowsy|unresponsive|choking",
         window=30),
    rule("trach_blocked", E, "tracheostomy", "tube_blocked|pale", window=30,
         unless="long_ago|past_episode|episode_over|resolved|checkup"),
    rule("trach_blocked_settled", U, "tracheostomy", "tube_blocked", window=30),
    # A fit that starts again before the person has come round: status epilepticus, 112 in
    # known epilepsy too (NHS: 999 when one seizure follows another without recovery).
    rule("seizure_cluster", E, "seizure_repeat", "seizure|epilepsy", window=30,
         unless="long_ago"),
    # Self-harm with a gaping or heavily bleeding wound: 112 (NHS self-harm: 999 for heavy
    # bleeding; Päivystyshelppi: itsetuhoisuus ja vamma).
    rule("self_harm_wound", E, "self_harm", "deep_wound|gaping|heavy_bleed|spurting|wont_stop",
         unless="long_ago|old_wound|bleed_stopped", topic="mind", notes=("crisis",)),
    # Paranoid ideas and barricaded in: a crisis for the person and those around (112.fi).
    rule("psychosis_barricaded", E, "psychosis|voices", "hiding_from", window=40, topic="mind"),
    # A scald over both legs or arms is larger than the hand; white skin in a burn is a deep
    # burn (NHS: A&E for burns larger than the hand or with white or charred skin).
    rule("burn_both_limbs", E, "burn", "both_sides", "leg|thigh|calf|arm|hand|foot|knee",
         window=10, unless="sunburn|small_size|minor|no_blisters|long_ago"),
    rule("burn_white_skin", E, "burn", "white_skin", window=15,
         unless="sunburn|small_size|minor|long_ago|tongue|mouth|lips"),
    # Swollen, itchy insect bites on the legs are the bites (NHS: self-care; spreading redness
    # and fever have their own rules).
    rule("insect_bites_leg_swelling", S, "insect_bite|sting", "calf_swelling", window=6,
         covers="calf_swelling|swelling|leg|calf|itch|red"),
    # A baby bringing up a little milk after feeds (posseting) is normal when they gain weight
    # (NHS: reflux in babies); blood, green sick or a poor feeder is not.
    rule("baby_posseting", S, "posseting", "baby|age_baby|age_infant|newborn|child",
         unless="blood|bile_vomit|it_green|weight_loss|not_feeding|fever|high_fever|drowsy|"
                "floppy|dehydration_severe|cant_keep_fluids"),
    # --- probes 26-27 (fi) ---
    # A threat to kill from someone who has locked the door, will not let the writer out or
    # took the phone: violence under way (112.fi: väkivalta tai sen uhka).
    rule("threat_confined", E, "threat_me", "confined", window=30,
         unless="long_ago", topic="mind"),
    # Not wanting to be a burden to anyone, with a loaded gun or saved pills at hand: suicide
    # risk with a means (Päivystyshelppi: vaaraksi itselleen).
    rule("burden_with_means", E, "burden_talk", "weapon|firearm_ready|suicide_means",
         window=40, topic="mind", notes=("crisis",)),
    # Coughing up blood in quantity (a cupful, "tosi paljon"): massive haemoptysis (112).
    rule("cough_blood_heavy", E, "cough_blood", "heavy", window=6,
         unless="bleed_stopped|long_ago"),
    # Weepy in the first days after a birth, otherwise coping: the baby blues (NHS, THL:
    # self-care; low mood past two weeks or despair have their own rules).
    rule("baby_blues", S, "postpartum", "tearful", window=15, unless="dur_long|recurrent"),
    # Asking for an appointment or for help with a complaint: a booked visit.
    rule("visit_requested", N, "wants_visit", topic=None),
    # Something mostly harmless swallowed (dish soap, a crayon), then vomiting, coughing or
    # wheezing: foam or a bit in the airway, seen today (Myrkytystietokeskus).
    rule("harmless_swallow_then_signs", U, "nontoxic_ingested",
         "vomit|cough|choking|breathless|wheeze|stridor|drowsy|drooling|cant_swallow",
         window=15, unless="resolved|relieved|improving|drinking_well", notes=("poison",)),
    # --- probes 26-27 (sv) ---
    # Dark, purple or blood-filled blisters with fever, spreading or pain out of proportion: a
    # necrotising soft-tissue infection (NHS: necrotising fasciitis → A&E now; 1177: 112).
    rule("dark_blisters_infection", E, "dark_blisters",
         "fever|high_fever|very_high_fever|rigors|chills|spreading|spreading_red|"
         "pain_disproportion|very_unwell", window=40, unless="long_ago|frostbite|burn"),
    # A blood pressure of 140/90 or more in pregnancy or just after: pre-eclampsia is checked
    # the same day (NICE NG133: same-day assessment; 1177: kontakta förlossningen); with a
    # headache, vision signs or a BP of 160/110 the emergency rules apply.
    rule("pregnancy_raised_bp", U, "pregnant|postpartum", "raised_bp", window=40),
    # A febrile convulsion years ago, asked about now: self-care advice (NHS: febrile seizures
    # usually stop by age 6); a fit now has its own rules.
    rule("febrile_seizure_past", S, "febrile_seizure", "long_ago",
         unless="fever|high_fever|feverish|drowsy|floppy|unresponsive|unconscious|recurrent|"
                "seizure_repeat",
         covers="seizure|febrile_seizure"),
    # Light lochia in the weeks after a birth, without fever, smell or pain: normal (NHS, 1177:
    # avslag for up to six weeks); anything more is seen by its own rules.
    rule("lochia_normal", S, "lochia", covers="discharge|lochia_word|bleed|blood",
         unless="fever|high_fever|feverish|chills|rigors|smell|pus|heavy|soaking|wont_stop|"
                "abdominal_pain|pelvic_pain|pain|dizzy|faint|pale|unwell|very_unwell|"
                "worsening|itch|burning|checkup"),
    # A discharge is seen at a booked visit ("see_professional"), except light lochia.
    rule("discharge_visit", N, "discharge", unless="lochia"),
    # --- probes 28-29 (fi) ---
    # Two or more whole packs of tablets swallowed: a large overdose even when the person feels
    # nothing yet (Myrkytystietokeskus: paracetamol harms hours later); not packs taken along.
    rule("packs_swallowed", E, "packs_taken",
         "tablet_word|otc_painkiller|high_risk_med|anticoag|poison|overdose", window=10,
         unless="own_dose|harmless_med|checkup|long_ago|training|carry_along",
         notes=('poison',)),
    # A letter written or messages sent to everyone, with tablets or a weapon laid out at hand
    # or said in despair: a farewell with the means ready (112.fi: itsemurhan vaara).
    rule("letters_means_at_hand", E, "letters_written",
         "tablet_word|weapon|suicide_means|high_risk_med|firearm_ready",
         "at_hand|uncertain|suicide_passive|hopeless|resolve|suicide", window=30,
         unless="long_ago", topic="mind", notes=('crisis',)),
    # A week number past 20 with a severe blood pressure and a headache, flashing lights or pain
    # under the right ribs: pre-eclampsia (NICE NG133, Käypä hoito: 112 / synnytyssairaala).
    rule("week_bp_signs", E, "week_number", "severe_bp",
         "headache|flashes|vision_blur|vision_loss|upper_abdominal_pain|face_swelling",
         window=40),
    rule("week_raised_bp_signs", E, "week_number", "raised_bp",
         "2:headache|flashes|vision_blur|vision_loss|upper_abdominal_pain|face_swelling",
         window=40),
    # A headache that painkillers have not touched for three days, or with vomiting: seen today
    # (Päivystyshelppi: migreenikohtaus yli 72 h; NHS: headache with vomiting, not helped).
    rule("headache_unrelieved", U, "headache", "not_relieved|despite_treatment", "dur_3d|vomit",
         unless="hangover"),
    # Asking whether a medicine's dose should change: a booked contact (not self-care).
    rule("dose_question", N, "dose_question", topic=None),
    # --- probes 28-29 (en) ---
    # A coin, marble or bead swallowed, then drooling, vomiting, pain, trouble swallowing or
    # breathing: it may be stuck in the gullet or airway (NHS: swallowed object → A&E with
    # symptoms); without signs it is seen today (accidental_overdose).
    rule("object_swallowed_signs", E, "object_swallowed",
         "cant_swallow|drooling|vomit|chest_pain|abdominal_pain|breathless|stridor|choking|"
         "cant_breathe|cant_speak|cough|drowsy|unconscious|unresponsive|blood|vomit_blood|"
         "not_feeding|cant_eat|pain",
         window=30, unless="long_ago"),
    # A drooling, gnawing baby who feeds well is teething (NHS: self-care); noisy or hard
    # breathing, blue colour, drowsiness or a high fever with it is not.
    rule("teething_drool_alarm", E, "teething_drool",
         "stridor|breathless|blue|blue_lips|cant_breathe|cant_speak|drowsy|floppy|choking|"
         "muffled|high_fever|very_high_fever", window=40),
    rule("teething_airway_alarm", E, "teething", "drooling",
         "stridor|breathless|blue|blue_lips|cant_breathe|cant_speak|choking|muffled",
         window=40),
    rule("teething_drool", S, "teething_drool", covers="pain|grumpy|feverish|red|drooling"),
    # An animal bite that did not break the skin: wash it, self-care (NHS: animal bites); a
    # bite through the skin is seen today (wound_needs_care).
    rule("animal_bite_care", U, "animal_bite", unless="bite_no_break|insect_bite"),
    rule("bite_skin_intact", S, "bite_no_break",
         covers="animal_bite|skin_intact|skin_unbroken|pain|bruise|red|swelling|hand|arm|leg"),
    # Asking what the signs of an illness are, or what to look out for, with nothing wrong
    # now: information and advice (self-care); any symptom is read by its own rules.
    rule("info_question", S, "info_question",
         unless="symptom|sudden|worsening|now_word|pale|grey|sweat|blue|blue_lips|mottled|"
                "cold_skin|drowsy|confusion|collapse|unresponsive|unconscious|floppy|"
                "fast_pulse|low_pulse|low_bp|low_sat|fast_breathing|tablet_word|poison|"
                "swallowed_substance|head_injury|fall|crash",
         topic=None),
    # A slow pulse (40-49) in a fit runner or at night, with no dizziness, fainting or other
    # sign: athletic bradycardia, self-care (NHS: a resting rate below 60 can be normal in
    # fit people; BHF); under 40, at 50 or over, or with any sign, the other rules read it.
    rule("athlete_slow_pulse", S, "low_pulse", "athlete|at_night",
         unless="slow_pulse|dizzy|faint|collapse|breathless|chest_pain|palpitations|"
                "irregular_heart|confusion|drowsy|pale|grey|sweat|unwell|weakness|tired|"
                "age_over50|elderly|age_elderly|overdose|overdose_large|took_all|poison|"
                "high_risk_med|symptom",
         topic=None),
    # --- probes 28-29 (sv) ---
    # A numb face with a clumsy or weak hand or a dropped cup: a stroke, even on waking and
    # "I must have slept on my arm" (a dead arm does not numb the face; 1177, 112.fi: FAST).
    rule("face_numb_limb_weak", E, "face_numb", "limb_weak|dropped_object", window=30,
         unless="long_ago|recurrent|episodic|panic|tooth|dur_long|dur_7d|both_sides|"
                "cold_exposure"),
    # A plan to take all of one's tablets ("har tänkt ta alla mina sömntabletter i helgen"):
    # a suicide plan (1177, Mind: 112); "all my tablets in the morning" is a dose schedule.
    rule("plan_take_all_pills", E, "plan_take_all",
         "tablet_word|high_risk_med|anticoag|poison|overdose|pill_pack", window=10,
         unless="dose_timing|carry_along|long_ago", topic="mind", notes=("crisis", "poison")),
    # Nearly fainted from the pain of a stubbed toe or a knock: a vasovagal turn (self-care).
    rule("pain_vasovagal", S, "pain_vasovagal", covers="faint|dizzy|nausea|pale|sweat"),
    # A child who only licked a tablet or a chemical and spat it out, and is well: the poison
    # centre's advice today (Giftinformationscentralen: skölj munnen, ring); with any sign after
    # it (cough, drooling, vomiting, drowsy), 112.
    rule("taste_then_signs", E, "taste_only",
         "drowsy|unconscious|unresponsive|seizure|breathless|slow_breathing|confusion|cough|"
         "drooling|vomit|cant_swallow|stridor|hoarse|wheeze|cant_breathe", window=30,
         notes=("poison",)),
    # Frostnip that went back to normal when warmed: self-care (1177: köldskada, ytlig).
    rule("frostnip_rewarmed", S, "frostnip",
         unless="blister|black|blue|purple|frostbite|not_improving|worsening|severe",
         covers="numbness|pale|tingling|white_colour|pain|limb_pain|hand|foot|cold_exposure"),
    # A little dizzy or a headache after a day in the sun, drinking and already better: mild
    # heat exhaustion (1177, NHS: cool down and drink; seek care if no better in 30 minutes).
    rule("heat_mild_recovering", S, "heat_day", "dizzy|headache|nausea|tired|weakness",
         "improving|resolved", window=25,
         unless="confusion|faint|collapse|vomit|drowsy|high_fever|very_high_fever|heat_stroke|"
                "seizure|not_improving|worsening|severe|baby|age_baby|age_infant|elderly|"
                "age_elderly|chest_pain|breathless|slurred",
         covers="dizzy|headache|nausea|tired|weakness|pain|thirst|sweat"),
    # --- probes 30-31 (sv) ---
    # A nail through the foot or a bite, and the tetanus jab in doubt: a booster or
    # immunoglobulin is given within a day (1177 stelkramp; NHS 111: puncture wound).
    rule("tetanus_prone_wound_jab", U, "tetanus_wound|animal_bite", "tetanus_jab", window=30,
         unless="checkup"),
    # --- probes 30-31 (fi) ---
    # A blood ketone reading of 3 mmol/l or more in a diabetic: ketoacidosis, the emergency
    # department now (Diabetesliitto, Diabetes UK sick-day rules: ketones 3+ go to A&E).
    rule("ketone_reading_high", E, "ketone_high", "diabetes|vomit|nausea|abdominal_pain|"
         "high_sugar|drowsy|fast_breathing|deep_breathing|thirst", window=40,
         unless="long_ago"),
    # An older person who suddenly cannot walk or stand: seen today at least (116117,
    # NHS 111: sudden loss of mobility in the elderly); with confusion or weakness on one side
    # the rules above call 112.
    rule("elderly_sudden_immobile", U, "cant_get_up|cant_walk", "sudden",
         "age_elderly|elderly", window=30, unless="long_ago|muscle_soreness"),
    # A little dizzy on standing up quickly, otherwise well (a hot day, too little to drink):
    # a head rush, self-care (1177 yrsel, NHS: sit or lie down, drink); weeks of it, an older
    # person or any warning sign is not.
    rule("head_rush_mild", S, "head_rush", "dizzy", "mild|feel_fine", window=20,
         unless="faint|collapse|chest_pain|palpitations|breathless|dur_long|dur_7d|recurrent|"
                "worsening|age_elderly|elderly|pregnant|postpartum|anticoag|confusion|"
                "headache|vision_loss|double_vision|one_side_weak|vomit|black_stool|blood",
         covers="dizzy|dizzy_standing|heat_day|thirst|mild"),
    # --- probes 30-31 (en) ---
    # Palpitations or an irregular pulse with breathlessness: 112 (NHS 111: palpitations with
    # shortness of breath), but only "a bit breathless on the stairs" is seen the same day.
    rule("palpitations_breathless", E, "palpitations|fast_pulse|irregular_heart", "breathless",
         unless="breathless_exertion"),
    rule("palpitations_breathless_rest", E, "palpitations|fast_pulse|irregular_heart",
         "breathless", "at_rest|cant_speak|severe"),
    # --- probe 32 (sv) ---
    # A skin abscess (boil) with a fever or chills, or with redness spreading from it: seen the
    # same day (NHS: skin abscess with a high temperature; 1177: böld med feber).
    rule("abscess_fever", U, "abscess", "fever|high_fever|feverish|chills|rigors|spreading_red",
         unless="long_ago"),
    # --- probe 32 (en) ---
    # A kidney stone or flank pain with a fever or rigors and faintness, little urine or
    # confusion: an infected, blocked kidney with sepsis (NHS: kidney stones with a high
    # temperature or shivering; 112.fi: sepsis signs).
    rule("kidney_stone_sepsis", E, "kidney_stone|flank_pain",
         "fever|high_fever|very_high_fever|feverish|chills|rigors",
         "faint|collapse|low_urine|cant_pee|confusion|drowsy|low_bp|very_fast_pulse",
         unless="long_ago"),
    # A kidney stone with a fever or rigors: the same day at least (NHS: kidney stones).
    rule("kidney_stone_fever", U, "kidney_stone",
         "fever|high_fever|very_high_fever|feverish|chills|rigors", unless="long_ago"),
    # Safety nets for emergencies described in words no rule above expects.
    rule(
        "several_danger_signs",
        E,
        "2:pale|grey|blue|mottled|collapse|drowsy|confusion|floppy|low_bp|fast_pulse|"
        "fast_breathing|cold_skin|unresponsive|slow_breathing",
    ),
    rule(
        "sudden_severe_pain",
        E,
        "pain|chest_pain|abdominal_pain|headache|testicle_pain",
        "sudden",
        "severe|unbearable|worst",
        window=6,
        unless="musculoskeletal|sprain|strain|minor_knock|fall|waves|period_pain|toothache|tooth|"
               "earache|limb_pain|back_pain",
    ),
    # --- urgent: today (health station's urgent reception; 116117 when closed) ---
    rule("suicidal_thoughts", U, "suicide|self_harm|suicide_passive", topic="mind",
         notes=('crisis',), covers="low_mood|hopeless|insomnia|anxiety|tired"),
    rule("psychosis", U, "voices|psychosis", topic="mind"),
    rule("fever_persisting", U, "fever|high_fever|feverish", "dur_3d|not_relieved",
         unless="low_grade_temp"),  # probe 21 (fi): "kuumetta 37,8"
    rule("very_high_fever", U, "very_high_fever"),
    rule("baby_fever", U, "age_baby|baby", "fever|high_fever|feverish|vomit|diarrhoea",
         unless="drinking_well|teething_low_temp"),  # probe 21 (en): a baby past 3 months,
    # drinking and playing; probes 24-25 (fi): teething with a temperature under 38
    rule("upper_urinary_infection", U, "burning_urination|urinary",
         "fever|high_fever|feverish|flank_pain|back_pain|chills"),
    rule("renal_colic", U, "flank_pain|abdominal_pain|pain", "waves|blood_urine|groin"),
    rule("spreading_redness", U, "red_skin_area", unless="insect_bite|sting|sunburn"),
    rule("spreading_red", U, "spreading_red"),
    rule("bite_spreading", U, "insect_bite|sting", "spreading|hot|fever|high_fever"),
    rule("chest_infection", U, "cough", "fever|high_fever|feverish",
         "breathless|dur_3d|sputum|chest_pain"),
    rule("dental_swelling", U, "toothache|tooth", "swelling|fever|face_swelling"),
    rule("injury_function", U, "cant_bear_weight|deformed|fracture|cant_walk",
         unless="muscle_soreness"),  # probe 15 (sv): stiff legs after a workout
    rule("wound_needs_care", U, "deep_wound|gaping"),  # animal bites: probes 28-29 (en)
    rule("shingles_signs", U, "blister|rash", "band|one_side|shingles",
         unless="burn_blister"),  # probes 26-27 (en): a burn's blister is not shingles
    rule("shingles", U, "shingles"),
    rule("hot_joint", U, "swollen_joint|joint", "red|hot|gout"),
    rule("dehydration", U, "cant_keep_fluids|dehydration_mild|dehydration_severe|dizzy_standing"),
    rule("eye_injury", U, "eye_injury|chemical_eye"),
    rule("eye_vision", U, "eye_pain|red_eye|eye", "vision_blur|contact_lens"),
    rule("urinary_retention", U, "cant_pee"),
    rule("abdominal_fever", U, "abdominal_pain|pelvic_pain", "fever|high_fever|discharge"),
    rule("abdominal_severe", U, "abdominal_pain|pelvic_pain", "severe|unbearable|sudden"),
    rule("diabetic_foot", U, "diabetes", "foot|wound|ulcer|toe",
         "red|swelling|smell|pus|red_skin_area"),
    rule("throat_abscess_signs", U, "sore_throat|throat",
         "cant_open_mouth|muffled|one_side|drooling|cant_swallow"),
    rule("throat_fever", U, "sore_throat", "fever|high_fever",
         "severe|cant_swallow|dur_3d|swallow_pain",
         unless="low_grade_temp"),  # probes 30-31 (fi): a cold's "kuumetta 37,8", day three
    rule("accidental_overdose", U, "double_dose|poison|swallowed_substance|overdose",
         notes=('poison',),  # probe 13 (en): a vitamin taken twice
         unless="harmless_med|extra_painkiller"),  # probes 24-25 (sv): one tablet too many
    rule("earache_severe", U, "earache", "severe|not_relieved|high_fever|ear_discharge|dur_3d"),
    rule("head_injury", U, "head_injury", unless="head_injury_minor|drinking_well"),
    rule("dental_injury", U, "dental_trauma"),
    rule("frostbite", U, "frostbite"),
    rule("palpitations", U, "palpitations|irregular_heart|fast_pulse",
         unless="palp_benign"),  # probe 13 (sv): after coffee and passing, or checked harmless
    rule("back_pain_signs", U, "back_pain", "weakness|urinary|fever|unbearable|numbness|cant_pee"),
    rule("black_stool", U, "black_stool"),
    rule("coughing_blood", U, "cough_blood"),
    rule("pregnancy_pain_or_bleeding", U, "pregnant", "abdominal_pain|pelvic_pain|bleed|blood"),
    rule("testicular_pain", U, "testicle_pain"),
    rule("leg_swelling", U, "calf_swelling",
         unless="bruise|minor_knock|sprain|strain|insect_bite|sting|fall|minor|graze"),
    rule("severe_pain", U, "unbearable"),
    rule("low_sugar", U, "low_sugar", unless="hypo_recovered"),  # probes 24-25 (fi)
    rule("very_high_blood_pressure", U, "very_high_bp"),
    rule("fainting", U, "faint",
         unless="vasovagal|pain_vasovagal"),  # probe 13 (en): a faint at a jab
    rule("facial_swelling", U, "face_swelling", unless="tongue_bite|insect_bite|sting"),

    rule("allergic_reaction", U, "hives", "allergen|allergy|sting"),
    rule("double_vision", U, "double_vision"),
    rule("head_vomit", U, "headache", "vomit", "high_fever|fever|stiff"),
    rule("condition_decline", U, "condition_decline"),
    rule("asthma_attack", U, "asthma_attack|wheeze", unless="croup_mild"),  # probes 22-23 (fi)
    rule("hip_after_fall", U, "hip|limb_pain", "fall", "age_elderly|elderly"),
    rule("hearing_loss_sudden", U, "hearing_loss", "sudden"),
    # --- non-urgent: a booked visit or a contact request ---
    rule("persisting", N, "symptom",
         "dur_long|recurrent|despite_treatment|not_improving|worsening", topic=None,
         unless="known_pattern|in_a_while|overuse_injury|"  # probe 13 (en): a known pattern;
                "breathless_recovering"),  # probes 24-25 (sv): better every day after a cold;
    # probe 15 (sv): "the first workout in years" is not a complaint lasting years;
    # probe 18 (sv): tennis elbow for weeks is still self-care
    rule("dentist", N, "toothache", unless="loose_tooth|teething"),
    rule(
        "mental_health",
        N,
        "low_mood|anxiety|panic|burnout|eating_disorder|addiction|drugs|hopeless|"
        "insomnia_long|psych_help",  # alcohol: "alcohol_use" (probes 24-25, en)
        topic="mind",
        covers="tired|insomnia|stress|lonely|low_mood|anxiety|pressure",
    ),
    rule("loneliness", N, "lonely", topic="mind", covers="low_mood|stress"),
    rule("company", N, "lonely", topic="everyday"),
    rule("everyday_help", N, "everyday_help", topic="everyday"),
    rule(
        "see_professional",
        N,
        "lump|mole_change|weight_loss|memory|tinnitus|incontinence|"  # blood: "blood_in_waste"
        "urinary_frequency|weak_stream|irregular_period|positive_test|high_bp|scaly_rash|"
        "ingrown_nail|grinding|burning_urination|weight_gain|urinary|checkup|"  # discharge: below
        "lyme_rash|thrush|menopause|erectile|hair_loss|fertility|smoking|hearing_loss_gradual|"
        "lethargic",
    ),
    # --- self-care: at home, with advice on when to seek care ---
    rule(
        "cold_symptoms",
        S,
        "runny_nose|sneeze|blocked_nose|cold_illness|sore_throat|cough|hoarse",
        covers="fever|feverish|headache|tired|aches|facial_pressure|pain|itch|sore_throat|"
               "ear_blocked|throat|swallow_pain|nose",
    ),
    rule("hay_fever", S, "hay_fever",
         covers="runny_nose|sneeze|itch|red_eye|blocked_nose|watery_eyes|eye_pain|eye_itch"),
    rule("insect_bite", S, "insect_bite|sting",
         covers="itch|swelling|red|pain|red_skin_area|lump|hives"),

    rule("mild_sprain", S, "sprain", "can_walk|mild|minor",
         covers="swelling|pain|limb_pain|calf_swelling|swollen_joint"),
    rule("headache", S, "headache",
         covers="headache|pain|tired|pressure"),  # probes 24-25 (en): "a band around my head"
    rule("heartburn", S, "heartburn", covers="nausea|bloating|pain|chest_pain"),
    rule("stomach_bug", S, "diarrhoea|gastro",
         covers="vomit|nausea|diarrhoea|gastro|abdominal_pain|pain|fever|feverish"),
    rule("nausea_vomiting", S, "vomit|nausea", covers="vomit|nausea"),
    # A cold sore, and the tingle before one: self-care.
    rule("cold_sore", S, "cold_sore", covers="blister|pain|itch|lips|tingling|numbness|burning"),
    rule("head_lice", S, "lice", covers="itch"),
    # A hangover, thirsty and unwell with it ("huono olo"): self-care.
    rule("hangover", S, "hangover",
         covers="headache|nausea|tired|vomit|dizzy|unwell|thirst|dry"),
    rule("sunburn", S, "sunburn", covers="red|pain|itch|burn"),
    rule("dandruff", S, "dandruff", covers="itch"),
    rule("acne", S, "acne", covers="red|pain"),
    rule("athletes_foot", S, "athlete_foot", covers="itch|rash|peeling"),
    rule("mouth_ulcer", S, "mouth_ulcer", covers="pain"),
    rule("dry_skin", S, "dry_skin", covers="itch|rash|peeling"),
    rule("dry_eyes", S, "dry_eyes", covers="eye_pain|red_eye|tired|itch"),
    rule("earwax", S, "earwax|ear_blocked", covers="hearing_muffled"),
    # Muscle soreness after exercise (or laughing), in a limb, the belly or the back.
    rule("exercise_soreness", S, "muscle_soreness",
         covers="pain|limb_pain|stiff|abdominal_pain|back_pain"),
    rule("bruise", S, "bruise", covers="pain|swelling"),
    rule("graze", S, "graze", covers="pain|wound|bleed"),
    rule("blister", S, "blister", "shoes|friction", covers="pain"),
    rule("splinter", S, "splinter", covers="pain"),
    rule("minor_cut", S, "wound|cut", "minor|bleed_stopped", covers="bleed|pain|blood|pressure"),
    rule("minor_burn", S, "burn", "minor|no_blisters", covers="pain|red|blister|rash|spots"),
    rule("minor_bleeding", S, "bleed|blood", "mild|minor", "scar|scratch|graze|wound|cut",
         covers="bleed|blood|wound|cut"),
    rule("bleeding_stopped", S, "bleed|blood", "bleed_stopped", covers="bleed|blood|pressure"),
    rule("tongue_bite", S, "tongue_bite", covers="bleed|blood|pain|tongue|lips|mouth|swelling"),

    rule("nosebleed_stopped", S, "nosebleed", "bleed_stopped", covers="bleed|blood|pressure"),
    rule("period_pain", S, "period_pain", covers="pain|abdominal_pain|usual"),
    rule("constipation", S, "constipation", covers="bloating|pain|abdominal_pain"),
    rule("overeating", S, "overeat|bloating", covers="nausea|bloating|abdominal_pain|pain|gas"),
    rule("everyday_stress", S, "stress", covers="insomnia|tired|stress"),
    rule("slept_awkwardly", S, "sleep_awkward", covers="neck_stiff|stiff|pain|back_pain"),
    rule("back_pain", S, "back_pain", covers="pain|stiff"),
    rule("back_strain", S, "back_strain", covers="pain|stiff|strain|back|lower_back|back_pain"),
    rule("joint_or_muscle_pain", S, "limb_pain|stiff", covers="pain|limb_pain|stiff"),
    rule("earache", S, "earache", covers="pain|earache|ear_blocked"),
    rule("fever", S, "fever|feverish", covers="fever|feverish|chills|aches|tired|headache"),
    rule("wart", S, "wart", covers="pain|lump"),
    rule("teething", S, "teething", covers="pain|grumpy|feverish|red"),
    rule("sticky_eye", S, "sticky_eye", covers="red_eye|eye_pain|itch|discharge|swelling"),
    rule("hiccups", S, "hiccups"),
    rule("chapped_lips", S, "chapped_lips", covers="pain|lips|dry_skin"),
    rule("threadworms", S, "threadworms", covers="itch"),
    rule("nappy_rash", S, "nappy_rash", covers="rash|red|pain"),
    rule("motion_sickness", S, "motion_sickness", covers="nausea|vomit|dizzy"),
    rule("muscle_strain", S, "strain|sprain", "mild|minor|can_walk",
         covers="pain|limb_pain|swelling|bruise|calf_swelling|swollen_joint"),
    rule("jet_lag", S, "jet_lag", covers="tired|insomnia"),
    rule("stye", S, "stye", covers="red|swelling|eye_pain|pain|red_eye|lump"),
    rule("chickenpox", S, "chickenpox", covers="rash|itch|fever|feverish|blister|spots|red"),
    rule("heat_rash", S, "heat_rash", covers="rash|itch|red|spots"),
    rule("cracked_heels", S, "cracked_heels", covers="pain"),
    rule("minor_knock", S, "minor_knock", "bruise|minor|mild|can_walk",
         covers="swelling|bruise|pain|limb_pain|calf_swelling"),
    rule("head_bump", S, "head_injury_minor", covers="head_injury|pain|bruise|swelling"),
    rule("vaccine_reaction", S, "vaccine_reaction",
         covers="fever|feverish|grumpy|pain|red|swelling|tired|limb_pain"),
    rule("itchy_rash", S, "itch", "rash|spots", unless="fever|high_fever|spreading|blister|hives",
         covers="rash|spots|red|itch"),
    rule("itchy_skin", S, "itch", "skin|dry", unless="fever|high_fever|spreading|blister|hives",
         covers="itch|dry_skin|red|rash"),
    rule("loose_baby_tooth", S, "loose_tooth", covers="pain|toothache|tooth"),
    rule("stiff_neck", S, "neck_stiff|neck_pain",
         covers="neck_stiff|neck_pain|pain|stiff|limb_pain"),
    rule("mild_irritant_rash", S, "rash|itch", "irritant", covers="red|itch|rash"),
    rule("mild_earache_child", S, "earache", "cold_illness|runny_nose", covers="fever|pain"),
)
# fmt: on


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Concepts a word keeps when it is part of a phrase: where it is and how bad, who it is.
PHRASE_KEEPS: frozenset[str] = _words(
    """chest heart arm shoulder jaw neck back lower_back head face mouth lips tongue throat eye
    ear nose tooth abdomen upper_abdomen lower_abdomen flank kidney groin testicle leg calf thigh
    hip knee ankle foot toe wrist hand joint skin anus urine stool vagina severe sudden worst
    pregnant child baby newborn elderly diabetes fever disjunction"""
)

# Symptoms that need a rule to explain them; any other left over means "see a professional".
SYMPTOMS: frozenset[str] = _words(
    """pain pressure breathless wheeze stridor cough fever high_fever feverish chills rash
    hives swelling itch bleed blood vomit nausea diarrhoea dizzy faint weakness numbness
    tingling headache chest_pain abdominal_pain back_pain limb_pain sore_throat earache toothache
    eye_pain red_eye vision_blur double_vision palpitations irregular_heart discharge
    burning_urination blood_urine blood_stool black_stool lump mole_change weight_loss
    weight_gain tired low_mood anxiety panic insomnia memory tinnitus heartburn constipation
    runny_nose sneeze blocked_nose hoarse wound burn bruise blister swollen_joint
    calf_swelling red_skin_area testicle_pain flank_pain neck_stiff stiff thirst
    incontinence urinary_frequency weak_stream irregular_period hearing_muffled unwell
    sprain deformed scaly_rash acne cold_sore lice hangover sunburn dandruff athlete_foot
    mouth_ulcer dry_skin dry_eyes earwax muscle_soreness graze splinter period_pain nosebleed
    hay_fever insect_bite sting wart teething sticky_eye hiccups chapped_lips threadworms
    nappy_rash motion_sickness strain jet_lag stye chickenpox heat_rash cracked_heels
    lethargic hemorrhoids ingrown_nail grinding cough_blood
    face_swelling facial_pressure aches gas bloating peeling stress lonely"""
)
