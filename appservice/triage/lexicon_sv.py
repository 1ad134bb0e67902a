"""Swedish words, stems and phrases for the navigator's concepts (Finland-Swedish included).

Folding makes "svår" and "svar", "år" and "är" look alike; phrases such as "svårt att andas"
claim their words first, and the rules look for concepts near each other, so the ambiguity
rarely matters.
"""

from __future__ import annotations

MACROS = {"NEG": "inte|int|ej|knappt|aldrig|inga|ingen"}


# fmt: off
TERMS: dict[str, tuple[str, ...]] = {
    # --- function words and context ---
    "neg": ("inte", "ej", "ingen", "inget", "inga", "utan", "icke"),
    "neg_list": ("förnekar",),
    "contrast": ("men", "fast", "även om", "dock", "ändå"),
    "disjunction": ("eller",),  # "no fever, cough or rash": the list's last item
    "reported": ("säger", "sa", "sade", "tycker", "tror", "menar", "enligt", "påstår"),
    "uncertain": ("vet inte", "är inte säker", "inte säker", "osäker"),
    "copula": ("är", "ålder", "fyllt", "fyller",
               "kvinna|man|kille|tjej|dam|herre|pojke|flicka|pensionär|mamma|pappa på"),
    "dur_prep": ("i", "sedan", "sen", "under", "på", "för"),
    "age_word": ("gammal", "gamla", "gammalt", "årig", "åring", "årige", "åriga", "åringen",
                 "åringar", "åringarna"),
    "age_default": ("år",),
    "u_minute": ("minut*", "min"),
    "u_hour": ("timm*", "tim", "h", "timme", "halvtimme"),
    "u_day": ("dag", "dagar", "dagen", "dygn*", "dagarna"),  # probes 24-25: "senaste två dagarna"
    "u_week": ("vecka", "veckor", "veckan", "veckorna"),
    "u_month": ("månad*", "mån"),
    "u_year": ("år", "året", "åren", "årig*", "åring*"),
    "u_degree": ("grader", "grad", "c"),
    "temp_word": ("feber*", "temp*", "tempen", "-feberkramp*"),
    "hr_word": ("puls*", "hjärtfrekvens"),
    "sat_word": ("saturation*", "syremättnad*", "mättnad*", "syre*", "sat", "pulsoximet*",
                 "oximet*", "saturationsmät*", "fingermätar*"),  # probe 21 (fi)
    "sugar_word": ("blodsocker*", "socker*", "sockret", "blodsockret"),
    "tablet_word": ("tablett*", "piller", "pillren", "kapsl*", "alvedon*", "panodil*", "ipren*",
                    "panadol*", "pamol*", "burana*"),  # probes 24-25 (sv): Finnish brands
    "num:1": ("en", "ett", "ena"),
    "num:2": ("två", "par"),
    "num:3": ("tre", "några", "flera"),
    "num:4": ("fyra",),
    "num:5": ("fem",),
    "num:6": ("sex",),
    "num:7": ("sju",),
    "num:8": ("åtta",),
    "num:10": ("tio",),
    "num:12": ("tolv",),
    "num:15": ("femton",),
    "num:20": ("tjugo",),
    "num:30": ("trettio",),
    "num:40": ("fyrtio",),
    "num:50": ("femtio",),
    "num:0.5": ("halv", "halvt"),
    "num:1.5": ("halvannan",),  # probes 26-27 (from fi): "halvannan timme"
    "dur_long": ("sedan länge", "länge", "i månader", "flera månader", "i veckor", "flera veckor",
                 "i flera år", "ett halvår", "halvår*", "kronisk*", "långvarig*", "senaste året",
                 "hela året", "i åratal",
                 # probes 22-23 (sv): "värkt sen i våras" is months up to now, not long ago
                 "sen|sedan ~ i ~ våras|höstas|vintras|somras|fjol|julas",
                 "sen|sedan ~ förra ~ året|våren|hösten|vintern|sommaren"),
    "recurrent": ("ofta", "återkommande", "varje vecka", "varje dag", "flera gånger",
                  "gång på gång", "dagligen", "veckovis", "gånger i veckan"),
    "worsening": ("förvärr*", "värre", "sämre", "tilltar", "ökar"),
    "not_improving": ("{NEG} bättre", "går {NEG} över", "{NEG} går över", "går {NEG} bort",
                      "fortfarande", "blir inte bättre",
                      # probe 21 (sv): "smärtan sitter kvar", "håller i sig"
                      "sitter|satt|finns|fanns kvar", "håller|höll ~ i sig",
                      "ger|gav ~ {NEG} ~ med sig",
                      # probes 28-29 (sv): "en vårta som inte går bort med receptfria medel"
                      "{NEG} går|gått|försvinner|försvunnit ~ bort", "{NEG} vill gå bort"),
    "despite_treatment": ("trots",),
    "not_relieved": ("hjälper {NEG}", "hjälpte {NEG}", "{NEG} hjälper", "{NEG} hjälpt",
                     # probes 24-25 (fi): a low sugar that will not come up
                     "sockret|sockervärdet|blodsockret|värdet ~ {NEG} ~ stiger|stigit|upp",
                     "sockret|sockervärdet|blodsockret|värdet|det ~ stiger|stigit ~ {NEG}",
                     "går {NEG} över med", "{NEG} går över med", "sjunker {NEG}", "{NEG} sjunker",
                     "går {NEG} ner", "biter {NEG}",
                     # probe 21 (sv): "värkmedicinen hjälper dåligt"
                     "hjälper|hjälpte|hjälpt|biter ~ dåligt|föga"),
    "improving": ("blir bättre", "bättre", "på bättringsvägen", "det blir bättre",
                  # probes 24-25 (sv): "bättre för varje dag" is getting better, not recurrent
                  "bättre ~ för varje dag", "bättre ~ dag för dag", "bättre och bättre",
                  "bättre ~ för var dag"),
    "relieved": ("hjälpte", "gick över", "lindrade", "släppte"),
    "resolved": ("gick över", "gått över", "försvann", "släppte", "är borta", "återställd*",
                 "återhämta*", "kvicknade till", "mår bra nu", "piggnat till", "pigg igen",
                 # probes 28-29 (sv): "fingrarna blev normala när jag värmde dem"
                 "blev|blivit ~ normal|normala|normalt ~ igen", "blev normala", "blev normal",
                 "normala igen", "som vanligt igen"),
    "episodic": ("ibland", "kommer och går", "periodvis", "då och då"),
    "usual": ("som vanligt", "vanlig*", "som alltid", "som förut"),
    "mild": ("lätt", "lite", "lindrig*", "mild*", "något", "lätta", "lindrigt",
             # probe 21 (sv): "lite diarré fortfarande" is what is left, not "not improving"
             "fortfarande lite|lätt|något|lindrig*", "lite|lätt|något ~ fortfarande"),
    "minor": ("liten", "litet", "små", "ytlig*", "lätt", "lite"),
    "severe": ("kraftig*", "svår", "svåra", "svårt", "stark*", "olidlig*", "fruktansvärd*",
               "hemsk*", "jätteont", "väldigt ont", "värsta", "intensiv*", "enorm*", "jättemycket"),
    "unbearable": ("olidlig*", "outhärdlig*"),
    "sudden": ("plötslig*", "hastig*", "akut*", "med ens", "helt plötsligt", "nyss"),
    "worst": ("värsta", "aldrig haft", "någonsin"),
    "gradual": ("gradvis", "smygande", "successivt"),
    "exertion": ("trappor*", "trappa", "ansträngning", "när jag går", "promenad*", "motion",
                 "tränade", "när jag tränade", "joggade", "joggar", "springer", "på gymmet"),
    "at_rest": ("i vila", "vilar"),
    "at_night": ("på natten", "nätter", "nattetid", "om natten"),
    "both_sides": ("båda", "bägge"),
    "one_side": ("ena", "ena sidan", "vänster*", "höger*", "halva", "ensidig*"),
    # --- people ---
    "child": ("barn*", "son", "sonen", "dotter", "dottern", "pojke*", "pojken", "flicka*",
              "tjej*", "kille*", "tonåring*", "småbarn*", "*åring", "*åringen", "-åring",
              "-åringen", "lillen", "lillkill*", "lilltjej*", "minsting*", "knodd*"),
    "baby": ("bebis*", "baby", "spädbarn*", "bäbis*"),
    "newborn": ("nyfödd*",),
    "elderly": ("mormor", "farmor", "morfar", "farfar", "äldre", "pensionär*", "åldring*",
                "äldreboende*"),
    "pregnant": ("gravid*", "graviditet*", "väntar barn", "positivt graviditetstest",
                 "mensen ~ sen", "mensen ~ uteblivit|utebliven", "utebliven mens"),
    "positive_test": ("graviditetstest*",),
    "postpartum": ("födde", "förlossning*", "efter förlossningen", "fött barn"),
    # --- body ---
    "chest": ("bröst*", "bröstkorg*", "bröstben*"),
    "heart": ("hjärt*",),
    "arm": ("arm", "armen", "armar", "armarna"),
    "shoulder": ("axel", "axeln", "axlar*", "skuldr*"),
    "jaw": ("käk*",),
    "neck": ("nack*", "hals"),
    "back": ("rygg*",),
    "lower_back": ("ländrygg*", "korsrygg*"),
    "head": ("huvud*", "skall*"),
    "face": ("ansikt*", "mungip*", "kind*"),
    "mouth": ("mun", "munnen", "mungip*"),
    "lips": ("läpp*",),
    "tongue": ("tungan",),
    "throat": ("hals*", "svalg*", "strup*"),
    "eye": ("öga", "ögat", "ögon*"),
    "ear": ("öra", "örat", "öron*"),
    "nose": ("näsa", "näsan"),
    "tooth": ("tand", "tänder*", "tanden", "tandkött*", "visdomstand*"),
    "abdomen": ("mag*", "buk*", "navel*", "-mager"),
    "upper_abdomen": ("övre delen av magen", "övre buken", "ovanför naveln", "högt upp i magen",
                      "högt i magen", "övre magen", "uppe i magen"),

    "lower_abdomen": ("nedre delen av magen", "nedre buken", "underliv*", "längst ner i magen",
                      "nedre magen", "bäcken*", "nedtill i magen", "nere i magen",
                      "nedre delen av buken"),
    "right_lower": ("nedre högra", "höger nedre", "höger sida av magen"),
    "flank": ("sidan", "flank*", "sida"),
    "kidney": ("njur*",),
    "groin": ("ljumsk*",),
    "testicle": ("testik*", "pung*"),
    "leg": ("ben", "benet", "benen", "underben*"),
    "calf": ("vad", "vaden", "vader*"),
    "thigh": ("lår*",),
    "hip": ("höft*",),
    "knee": ("knä*",),
    "ankle": ("fotled*", "vrist*", "ankel*"),
    "foot": ("fot", "foten", "fötter*", "häl", "hälen", "hälar*"),
    "toe": ("tån", "tårna", "stortå*"),  # not "tå": folded it is "ta" (take)

    "wrist": ("handled*",),
    "hand": ("hand", "handen", "händer*", "finger", "fingret", "fingrar*", "tumme*"),
    "joint": ("led", "leden", "leder"),
    "skin": ("hud*",),
    "anus": ("ändtarm*", "anus", "stjärt*", "rumpa*"),
    "urine": ("kiss*", "urin*", "urinblås*"),
    "stool": ("avföring*", "bajs*", "blöja", "blöjan", "blöjor", "blöjorna"),
    "vagina": ("slida*", "vagina*"),
}
# fmt: on

# Common words that look like a typo of a known stem but are not one.
NO_FUZZY = (
    "andningen",
    "hostar",
    "sedan",
    "mycket",
    "väldigt",
    "eftersom",
    "fortfarande",
    "någonting",
    "ingenting",
    "morgonen",
    "kvällen",
    "timmar",
    "veckor",
    "månader",
    "mamma",
    "pappa",
    "stramar",  # probe 13 (sv): tight sunburnt skin, not "strålar" (psychosis)
    "stramade",
    "stramt",
)

# Prefixes that only make a word stronger: "jättetrött" is tired, "jätteblek" is pale.
INTENSIFIERS = ("jätte", "skit", "super")
