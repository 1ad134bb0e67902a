"""Swedish words for situations rather than symptoms: what happened and what is at hand.

The safety nets of issue 4 read these: a fall and no getting up, a long lie on the floor, a
jump from a high place, goodbye letters, a cord that shows, an adrenaline pen used, time under
water; and the harmless contexts that keep alarm words out of 112 (long ago, static, a scar).
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
    "long_lie": ("legat på ~ golvet|marken", "ligger på golvet ~ sedan|hela|timmar"),
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
}
# fmt: on
