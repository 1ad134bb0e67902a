"""Swedish words for situations rather than symptoms: what happened and what is at hand.

The safety nets of issue 4 read these: a fall and no getting up, a long lie on the floor, a
jump from a high place, goodbye letters, a cord that shows, an adrenaline pen used, time under
water; and the harmless contexts that keep alarm words out of 112 (long ago, static, a scar).
Probe 8 added families for cold exposure, carbon monoxide sources, an armed threat, a deliberate
overdose, a vehicle crash, weather temperatures, choking on an object and "svår att väcka".
"""

from __future__ import annotations

# fmt: off
TERMS: dict[str, tuple[str, ...]] = {
    "long_ago": ("år sedan", "år sen", "månader sedan", "månader sen", "som barn", "som liten",
                 "i fjol", "för länge sedan", "för länge sen"),
    "farewell": ("avskedsbrev*", "breven är skrivna", "brevet är skrivet",
                 "skrivit ~ brev|breven|avskedsbrev", "skrev ~ brev|breven|avskedsbrev",
                 "brev till ~ familjen|barnen|mamma|pappa|frun|mannen", "sagt adjö",
                 "tagit farväl", "tar farväl", "gett bort ~ mina|sina"),
    "jump": ("hoppa", "hoppar", "hoppade", "hoppat", "kasta mig", "kasta sig"),
    "high_place": ("bron", "bro", "broar", "bron över", "taket", "balkong*", "stupet", "stup",
                   "klippan", "översta våningen", "höghus*", "tornet"),
    "long_lie": ("hittade|hittades|hittat ~ på ~ golvet|marken",
                 "legat på ~ golvet|marken", "ligger på golvet ~ sedan|hela|timmar",
                 "hittade|hittades|hittat ~ på golvet|på marken", "låg på golvet"),
    "cant_get_up": ("kan|kunde ~ {NEG} ~ stå", "kommer|kom ~ {NEG} ~ upp",
                    "kan|kunde|orkar ~ {NEG} ~ resa sig", "kan|kunde|orkar ~ {NEG} ~ ta sig upp"),
    "tongue_bite": ("bet mig i ~ tungan|läppen|kinden", "bet sig i ~ tungan|läppen|kinden"),
    "adrenaline_used": ("tog|gav|använde|satte ~ adrenalin*|epipen*",),
    "cord_prolapse": ("ser navelsträngen", "navelsträngen ~ syns|hänger|ute"),
    "static": ("statisk", "statiska", "statisk elektricitet"),
    "kill_word": ("döda", "mörda", "knivhugga", "skada"),
    "submersion": ("under vattnet", "gick under"),
    "scar": ("ärr", "ärret", "ärrvävnad"),
    "scratch": ("kliade", "kliat", "rispa*", "rev mig", "rivit"),
    "airway": ("rökförgift*", "rökskad*", "svedda ~ ögonbryn*|ögonfransar", "sotig*",
               "ögonbrynen ~ svedda|brända", "flammade upp ~ ansiktet", "lågor ~ ansiktet",
               "andats in rök"),
    "chest_pain": ("håller sig om bröstet", "håller ~ om bröstet", "tar sig om bröstet",
                   "tar sig för bröstet"),

    # --- probe 8: word families of situations the rules had no word for ---
    "child": ("lillebror*", "lillasyster*", "barnbarn*"),
    "low_temp": ("nedkyl*", "hypoterm*", "underkyl*"),
    # Cold around the person; it takes a sign (confusion, drowsy, a long lie) to mean 112.
    "cold_exposure": ("element ~ funkar|fungerar|fungerade ~ inte",
                      "elementen ~ funkar|fungerar|fungerade ~ inte", "ingen värme",
                      "iskall|kall|kallt ~ lägenhet|lägenheten|hus|huset|rum|rummet|bostad",
                      "i snön", "i snödrivan", "ute i kylan", "i kylan", "kallt hus",
                      "ute hela natten", "ute i natt", "kallt vatten", "iskallt vatten",
                      "ouppvärmd*", "oeldat"),
    # A number next to these is the weather or the room, not the body.
    "ambient": ("utomhus", "inomhus", "i rummet", "väder*", "värmebölj*", "minusgrader",
                "plusgrader", "i skuggan", "grader ute", "ute är"),
    "electric": ("volt", "volts"),
    "deliberate": ("med flit", "med avsikt", "avsiktligt", "medvetet"),
    "u_piece": ("st", "stycken", "styck"),
    "tablet_word": ("*medicin", "*mediciner", "*medicinen", "*medicinerna",
                    "*tablett*", "sömnmedel", "treo", "citodon", "tramadol*"),
    "overdose_large": ("näve|handfull|nävar ~ tabletter|piller|alvedon|panodil|treo|"
                       "sömntabletter|värktabletter",),
    "double_dose": ("tog ~ två gånger|dubbelt", "dubbel ~ dos|doser|dosen"),
    # Threatening someone, not "smärtan dödar mig".
    "threat_kill": ("mörda*", "hotar", "hotade", "hotat",
                    "döda|dödar ~ oss|dig|honom|henne|alla|någon|barnen|mamma|pappa"),
    # Something burning indoors: carbon monoxide when people feel ill near it.
    "combustion": ("motorn ~ igång|på|gick", "avgas*",
                   "gaspann*", "gasspis*", "gasvärmare", "gasläck*", "kamin*", "braskamin*",
                   "vedspis*", "öppen spis", "spjäll*", "avgas*", "elverk*"),
    "several_people": ("alla i familjen", "hela familjen", "vi alla", "allihop", "båda"),
    "becoming": ("blir", "blev", "blivit", "börjar bli"),
    "crash": ("krasch*", "vurpa*", "kolliderade", "kollision*", "körde av vägen", "voltade"),
    "trauma_major": ("hög fart", "full fart", "höga hastigheter"),
    "graze": ("skrap*", "skrubbade", "skrubbat"),
    "drowsy": ("svår|svårt ~ att väcka", "svår|svårt ~ att hålla vaken"),
    "can_walk": ("kan stå på", "kan belasta", "kan stödja på", "går på den", "kan gå på"),
    "allergy": ("*allergi*", "*allergisk*"),
    # "käka" folds to "kaka": cake, biscuits and tiles are not the jaw.
    "jaw": ("-kaka*", "-kakor*", "-kakel*"),
    "choking": ("fick ~ vindruv*|druv*|godis*|karamell*|nöt*|korvbit*|mynt*|leksak*|bit ~ i halsen",
                "fastnat i halsen", "sitter fast i halsen", "i luftstrupen"),

    # --- probe 9: situations again: CPR under way, a child into someone's tablets, a scald ---
    "cpr": ("hjärt-lungräddning", "hjärtlungräddning", "hlr", "återuppliv*", "hjärtkompression*",
            "defibrillator*", "hjärtstartare*", "gör kompressioner"),
    "eat_word": ("ätit", "åt", "ätt", "smakat", "smakade", "stoppat i sig", "fått i sig",
                 "tuggat", "tuggade"),
    "liquid": ("olja", "oljan", "*olja", "frityr*", "kaffe*", "te", "teet", "soppa*", "fett"),
    "spill": ("rann", "spillde", "spilldes", "spillt", "stänkte", "över", "välte", "hällde",
              "skvätte"),
    "burn_deep": ("läderaktig*", "förkolnad*", "vaxartad*"),
    "training": ("kurs", "kursen", "*kurs", "*kursen", "utbildning*", "*utbildning"),
    "own_dose": ("tar|tog|tagit ~ sin|sina ~ *medicin|*mediciner|*tabletter|medicinen",),
    "slow_speech": ("pratar ~ långsamt", "talar ~ långsamt", "långsamt tal", "sluddrigt"),
    # --- symtomkontrollens fallbeskrivningar: resa, ett barns blodiga diarré, inhalator ofta ---
    "tropical_travel": ("afrika*", "nigeria*", "ghana*", "kenya*", "tanzania*", "uganda*",
                        "kongo*", "kamerun*", "moçambique*", "mocambique*", "zambia*",
                        "malawi*", "gambia*", "malariaområde*", "malaria-område*", "tropik*",
                        "tropisk*"),
    "low_urine": ("{NEG} kissat", "{NEG} ~ kissat|kissa|kissar", "kissar ~ nästan inget|knappt",
                  "väldigt lite urin", "nästan ingen urin", "mycket lite urin", "lite kiss",
                  "kissar väldigt lite"),
    "asthma_severe": ("inhalator* ~ varje timme|varje halvtimme|hela tiden|konstant",
                      "astmamedicin* ~ varje timme|hela tiden", "varje timme ~ inhalator*"),
    "not_relieved": ("fortfarande väsande", "piper fortfarande", "väser fortfarande",
                     "hjälper bara en stund", "hjälper bara kort"),
}
# fmt: on
