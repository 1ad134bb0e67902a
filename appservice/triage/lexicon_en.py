"""English words, stems and phrases for the navigator's concepts (clinical and lay wording)."""

from __future__ import annotations

MACROS = {
    "CANT": "can not; could not; unable to; not able to; can barely; can hardly; can only; "
    "struggling to; struggles to; struggled to; will not; not been able to",
}


# fmt: off
TERMS: dict[str, tuple[str, ...]] = {
    # --- function words and context ---
    "neg": ("no", "not", "without", "nor", "neither", "none", "non"),
    "neg_list": ("denies", "denied", "deny", "denying", "negative for", "no history of",
                 "no signs of", "no sign of", "free of"),
    "neg_back": ("absent", "resolved"),
    "contrast": ("but", "although", "though", "however", "yet", "except", "whereas", "while"),
    "disjunction": ("or", "nor"),  # "no fever, cough or rash": the list's last item
    "reported": ("says", "said", "thinks", "thought", "claims", "insists", "believes", "tells me",
                 "told me"),
    "uncertain": ("not sure", "do not know", "not certain"),
    "copula": ("is", "aged", "age", "am",
               # probes 22-23 (en): "I'm 63", "he's 70" (the "m" is not metres)
               "i m", "im", "he s", "she s", "hes", "shes"),
    # probes 28-29 (en): a verb that starts a new clause ends a negation's reach ("no history
    # of epilepsy has had a seizure"; "no pain or drooling and is eating normally").
    "clause_verb": ("is", "was", "are", "were", "has", "have", "presents", "presented",
                    "developed", "develops", "reports", "complains", "complained",
                    # probes 30-31 (en): "no fever or chest pain and feels otherwise well"
                    "feels", "felt", "seems", "seemed", "looks", "remains", "appears"),
    "dur_prep": ("for", "since", "past", "last", "over"),
    "age_word": ("old", "yo", "yr", "y"),
    "u_minute": ("minute*", "min", "mins"),
    "u_hour": ("hour*", "hr", "hrs", "h"),
    "u_day": ("day", "days"),
    "u_week": ("week", "weeks", "wk", "wks"),
    "u_month": ("month", "months"),
    "u_year": ("year", "years", "yr", "yrs"),
    "u_degree": ("c", "degrees", "celsius"),
    "temp_word": ("temperature", "temp", "fever", "febrile", "pyrexia", "t"),
    "hr_word": ("pulse", "hr", "heart rate", "bpm"),
    "rr_word": ("respiratory rate", "breathing rate", "rr"),
    "sat_word": ("saturation*", "sats", "sat", "spo", "oxygen", "oximeter*", "pulse ox",
                 "pulseox*", "sat monitor"),  # probe 21 (fi): a finger oximeter
    "sugar_word": ("sugar", "glucose", "bg", "bm"),
    "tablet_word": ("tablet*", "pill*", "capsule*", "paracetamol", "ibuprofen", "amitriptyline",
                    "sertraline", "citalopram", "escitalopram", "fluoxetine", "mirtazapine",
                    "venlafaxine", "zopiclone", "zolpidem", "quetiapine", "olanzapine", "lithium",
                    "propranolol", "amlodipine", "oxycodone", "morphine", "gabapentin",
                    "pregabalin", "benzodiazepine*", "sleeping tablets|pills"),
    "num:1": ("a", "an", "one"),
    "num:2": ("two", "couple"),
    "num:3": ("three", "few", "several"),
    "num:4": ("four",),
    "num:5": ("five",),
    "num:6": ("six",),
    "num:7": ("seven",),
    "num:8": ("eight",),
    "num:10": ("ten",),
    "num:12": ("twelve",),
    "num:15": ("fifteen",),
    "num:20": ("twenty",),
    "num:30": ("thirty",),
    "num:40": ("forty",),
    "num:50": ("fifty",),
    "num:0.5": ("half",),
    "dur_long": ("for weeks", "for months", "for years", "many weeks", "several weeks",
                 "few weeks", "several months", "few months", "a long time", "for ages",
                 "chronic", "long-standing", "longstanding", "a year", "last year", "past year",
                 "couple of weeks|months|years",  # probe 21 (en)
                 # probes 22-23 (sv): "ached since last spring" is months up to now
                 "since ~ last ~ spring|summer|autumn|fall|winter|year|christmas"),
    "recurrent": ("recurring", "recurrent", "keeps coming back", "several times a week",
                  "times a week", "every week", "most days", "every day", "daily", "repeated",
                  "often", "frequent", "episodes of", "again and again"),
    "worsening": ("worsening", "getting worse", "gets worse", "worse and worse", "increasing"),
    "not_improving": ("not improving", "not getting better", "no better", "not better",
                      "not settling", "not going away", "persistent", "persists", "still has",
                      "still have", "despite",
                      # probes 24-25 (en): "acne that has not improved with creams"
                      "not ~ improved|cleared|shifted|budged|resolved", "no improvement",
                      "not cleared up", "not gone away", "not ~ go|goes|going|gone|went ~ away"),
    "despite_treatment": ("despite", "not helped by", "not helping", "does not help",
                          "did not help", "not responding to", "not responded to",
                          "not ~ improved|cleared|better ~ with|by|on|after",
                          "nothing ~ works|worked|helps|helped"),
    "not_relieved": ("not relieved", "no relief", "not helped", "not helping", "have not helped",
                     # probes 24-25 (fi): a low sugar that will not come up
                     "sugar|sugars|glucose|reading ~ not|won|wont|isn|isnt|doesn|doesnt ~ "
                     "rising|rise|risen|coming|come|going|budge|budging",
                     "sugar|sugars|glucose ~ will|does|is|has ~ not ~ rise|rising|risen|budge|"
                     "budging|come|coming",
                     "has not helped", "does not help", "did not help", "not come down",
                     "not coming down", "not go down", "does not come down", "not respond to",
                     "not responding to", "not responded to", "no effect",
                     # probe 21 (en): "the paracetamol only helps a bit"
                     "only ~ helps|helped|helping|works|worked|working ~ bit|little|"
                     "slightly|partly|briefly",
                     "barely|hardly ~ helps|helped|helping|works|worked|touches|touched"),
    "improving": ("improving", "getting better", "better now", "settling",
                  # probes 24-25 (sv): "better every day" is getting better, not recurrent
                  "better ~ every|each ~ day", "better ~ day by day", "better and better"),
    "relieved": ("went away with", "relieved by", "helped", "eased with", "settled with",
                 "went away"),
    "resolved": ("returned to normal", "back to normal", "now pain-free", "pain free",
                 "pain-free", "passed", "resolved", "settle with rest", "settles with rest",
                 "settle with", "settles",
                 # probe 21 (en): effort pain that "went away with rest" is over (angina)
                 "went|gone|goes|go|eased|eases|stopped|stops|disappeared away|off "
                 "with|after|on rest|resting",
                 "eased|eases|settled|stopped|stops|disappeared with|after|on rest|resting",
                 # probes 24-25 (en): "eases within a couple of minutes of rest"
                 "eased|eases|easing|settled|settles|settling|stopped|stops|passed|passes|"
                 "subsided|subsides|went|goes ~ minutes|minute|mins ~ rest|resting|stopping",
                 "eased|eases|easing|settled|settles|settling|stopped|stops|passed|passes|"
                 "subsided|subsides|went|goes ~ within|in|after ~ minutes|minute|mins ~ "
                 "rest|resting|stopping",
                 "eased|eases|easing|settled|settles|settling|stopped|stops|passed|passes|"
                 "subsided|subsides|went|goes ~ when|once|if ~ rest|rests|rested|stop|stops|"
                 "stopped|sit|sits|sat"),
    "episodic": ("episodes", "comes and goes", "on and off", "intermittent", "at times",
                 "it passes", "passes when", "goes away when", "settles when"),

    "usual": ("usual", "as always", "similar to", "like always", "normal for", "as before",
              "same as before", "like before", "as usual",
              "feels|feel|felt|looks|look ~ the same"),  # probe 21 (sv)
    "mild": ("mild", "mildly", "slight", "slightly", "a little", "a bit", "minor", "small"),
    "minor": ("small", "minor", "tiny", "superficial", "little"),
    "severe": ("severe*", "crushing", "excruciating", "unbearable", "agoni*", "agony", "intense",
               "terrible", "extreme*", "very bad", "very painful", "worst", "massive",
               "really bad", "awful", "very severe", "much more"),
    "unbearable": ("unbearable", "excruciating", "intolerable", "agonising", "agonizing",
                   "agony"),
    "sudden": ("sudden*", "abrupt*", "all of a sudden", "instant*", "out of nowhere",
               "came on quickly", "thunderclap", "acute*"),
    "worst": ("worst", "never had", "never felt", "never experienced"),
    "thunderclap": ("thunderclap",),
    "gradual": ("gradual*", "slowly", "over the years", "over the past year"),
    "exertion": ("exertion*", "on stairs", "stairs", "walking", "climbing", "exercise", "effort",
                 "when active", "on exertion", "when walking", "during exercise",
                 "while exercising", "jogging", "running", "at the gym", "during sex",
                 "while lifting"),
    "at_rest": ("at rest", "while resting", "at night while"),
    "at_night": ("at night", "nights", "nightly"),
    "both_sides": ("both", "bilateral", "each"),
    "one_side": ("one side", "one-sided", "left-sided", "right-sided", "on the left",
                 "on the right", "left", "right", "half of", "unilateral", "side of"),
    # --- people ---
    "child": ("child", "children", "kid", "kids", "son", "daughter", "boy", "girl", "toddler",
              "schoolchild", "teen*", "student"),
    "baby": ("baby", "babies", "infant", "infants"),
    "newborn": ("newborn", "neonat*", "new-born"),
    "elderly": ("elderly", "grandmother", "grandfather", "grandma", "grandpa", "nursing-home",
                "grandad", "granddad", "granny", "gran", "nan", "nana", "grandparent*",
                "nursing home", "care home",
                # probes 30-31 (en): "my friend's farfar" (fi/sv words mixed in)
                "farfar", "farmor", "morfar", "mormor", "mummo", "mummu", "vaari", "ukki"),
    "pregnant": ("pregnan*", "weeks pregnant", "expecting a baby", "positive pregnancy test",
                 "period ~ late", "late period", "missed ~ period",
                 # probes 24-25 (en): "7 weeks since her last period", "no period for 6 weeks"
                 "5|6|7|8|9|10|11|12|five|six|seven|eight|nine|ten weeks ~ since ~ last ~ "
                 "period|menstrual|menstruation|lmp",
                 "no|not ~ period|periods ~ for|in|since ~ 5|6|7|8|9|10|11|12|five|six|seven|"
                 "eight|nine|ten weeks"),
    "positive_test": ("positive pregnancy test", "pregnancy test",
                      # probes 22-23 (en): "positive test last week", "two lines on the test"
                      "positive test", "positive home test", "two|2 ~ lines|stripes ~ on ~ test"),
    # "Positive test for covid": another test (the longer phrase claims the words first).
    "test_other": ("positive test for", "positive home test for"),
    "postpartum": ("gave birth", "after giving birth", "postpartum", "post-partum",
                   "after delivery", "delivered"),
    # --- body ---
    "chest": ("chest", "sternum", "breastbone", "retrosternal", "chest wall"),
    "heart": ("heart",),
    "arm": ("arm", "arms"),
    "shoulder": ("shoulder*",),
    "jaw": ("jaw*",),
    "neck": ("neck",),
    "back": ("back",),
    "lower_back": ("lower back", "low back", "lumbar"),
    "head": ("head",),
    "face": ("face", "facial"),
    "mouth": ("mouth",),
    "lips": ("lip", "lips"),
    "tongue": ("tongue",),
    "throat": ("throat",),
    "eye": ("eye", "eyes", "eyelid*"),
    "ear": ("ear", "ears"),
    "nose": ("nose", "nasal"),
    "tooth": ("tooth", "teeth", "dental", "gum", "gums", "molar"),
    "abdomen": ("abdom*", "belly", "stomach", "tummy", "navel", "umbilic*"),
    "upper_abdomen": ("upper abdomen", "upper belly", "upper abdominal", "epigastr*",
                      "upper stomach", "upper right", "upper left"),
    "lower_abdomen": ("lower abdomen", "lower belly", "lower abdominal", "pelvi*", "lower tummy"),
    "right_lower": ("lower right", "right lower", "right iliac", "right side of the abdomen",
                    "rif", "right iliac fossa"),
    "right_lower_migrating": ("moved to the lower right", "moved to the right",
                              "moving to the lower right"),
    "flank": ("flank", "loin", "side", "kidney area"),
    "kidney": ("kidney*",),
    "groin": ("groin",),
    "testicle": ("testic*", "testes", "scrot*", "balls",
                 # probes 30-31 (en): "pain in his left ball", "my right nut"
                 "left|right ball|nut|bollock", "bollock*", "nutsack", "ballsack",
                 "ball sack", "testis", "teste"),
    "leg": ("leg", "legs", "lower leg", "shin*"),
    "calf": ("calf", "calves"),
    "thigh": ("thigh*",),
    "hip": ("hip", "hips"),
    "knee": ("knee*",),
    "ankle": ("ankle*",),
    "foot": ("foot", "feet", "heel*", "sole"),
    "toe": ("toe", "toes", "big toe", "toenail*"),
    "wrist": ("wrist*",),
    "hand": ("hand", "hands", "palm", "fingers", "finger", "thumb"),
    "joint": ("joint*",),
    "skin": ("skin",
             # probes 24-25 (en): "an itchy patch on my elbow" is a patch of skin
             "patch", "patches"),
    "anus": ("anus", "anal", "bottom", "rectal", "rectum"),
    "urine": ("urin*", "pee*", "wee", "weeing", "bladder", "passing water",
              "-peel*"),  # probes 26-27 (en): "peeling potatoes" is not passing water
    "stool": ("stool*", "poo", "poos", "bowel*", "faec*", "feces"),
    "vagina": ("vagin*",),
}
# fmt: on

# Common words that look like a typo of a known stem but are not one.
NO_FUZZY = (
    "crusting",
    "cooking",
    "looking",
    "booking",
    "checking",
    "breathing",
    "bleeding",
    "sleeping",
    "feeling",
    "morning",
    "evening",
    "walking",
    "playing",
    "drinking",
    "thinking",
    "nothing",
    "something",
    "anything",
    "because",
    "sitting",
    "standing",
    "looking",
    "getting",
    "started",
    "starting",
    "against",
    "between",
    "another",
    "without",
    "having",
    "people",
    "minutes",
)
