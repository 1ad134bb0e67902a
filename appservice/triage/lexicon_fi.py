"""Finnish words, stems and phrases for the navigator's concepts.

Finnish inflects and compounds: stems end in * and each stem alternant is listed ("rinta*" and
"rinnas*"), and compound parts are written *part* ("*kipu*" finds vatsakipu, rintakipua).
Colloquial forms (mulla, oon, ahistaa, kipeet) and missing ä/ö are covered by folding.
"""

from __future__ import annotations

MACROS = {
    "NEG": "ei|en|et|emme|ette|eivät|eikä|enkä|etkä|ettei|etten|eivät",
    "CAN": "saa|saada|saanut|saa*|pysty*|voi|voida|jaksa*|kykene*|meinaa*|onnistu*|pääse*",
}


# fmt: off
TERMS: dict[str, tuple[str, ...]] = {
    # --- function words and context ---
    "neg": ("ei", "en", "emme", "ette", "eivät", "eikä", "enkä", "etkä", "ettei", "etten",
            "ilman",
            # probes 28-29 (fi): "oli pökerryksissä muttei tajuton" (mutta + ei)
            "muttei", "mutten", "vaikkei", "vaikken"),
    # probe 21 (fi): a clause that ends "... ei ole" / "ei oo" negates the words before it
    # ("kuumetta ei ole", "verenohennuksia ei oo"); see analysis._closes_with_be.
    "be_verb": ("ole", "oo", "ollut", "ollu", "ollenkaan", "yhtään"),
    "such_word": ("tällaista", "tällasta", "tämmöistä", "tämmöstä", "tommosta", "semmoista",
                  "semmosta", "sellaista", "sellasta", "näin", "vastaavaa", "samanlaista",
                  "koskaan", "ikinä", "aiemmin", "ennen", "*mpaa", "*mpää"),
    "contrast": ("mutta", "mut", "vaikka", "kuitenkin", "paitsi", "silti"),
    "disjunction": ("tai", "taikka", "eikä"),  # "no fever, cough or rash": the list's last item
    "reported": ("sanoo", "sanoi", "sanovat", "sanoivat", "luulee", "uskoo", "väittää",
                 "mielestä", "mukaan", "vakuuttaa"),
    "uncertain": ("en tiedä", "en oo varma", "en ole varma", "en osaa sanoa", "ei varmaa",
                  "en tiä"),
    "copula": ("olen", "oon", "on", "ikä", "iältään", "ika", "täytin", "täytän"),
    "dur_prep": ("jo", "ajan", "jatkunut", "kestänyt", "ollut"),
    # probes 26-27 (fi): "pappa 2-tyypin diabeetikko": a diabetes type, not an age of two.
    "type_word": ("tyypin", "tyyppi", "tyyppiä", "tyypiltään"),
    "age_word": ("vuotias*", "vuotiaa*", "ikäinen", "ikäise*", "v", "vee", "kuukautinen",
                 "kuukautiselle", "kuukautisella", "viikkoinen", "viikkoisella"),
    "u_minute": ("minuut*", "min", "minsa"),
    "u_hour": ("tunti*", "tunni*", "tuntia", "h"),
    "u_day": ("päivä*", "päivää", "pv", "vuorokau*", "vrk"),
    "u_week": ("viiko*", "viikk*", "vk"),
    "u_month": ("kuukau*", "kk", "kuukautta"),
    "u_year": ("vuosi", "vuoden", "vuotta", "vuosia", "vuodesta", "vuotias*", "v", "vee"),
    "u_degree": ("astetta", "astee*", "c"),
    "temp_word": ("kuume*", "lämpö*", "lämmö*", "lämpöä", "-kuumekouris*", "-kuumekramp*"),
    "hr_word": ("syke*", "sykkee*", "pulssi*"),
    "sat_word": ("saturaatio*", "happisaturaatio*", "happiarvo*", "sat", "satur*", "happi*",
                 "sormimittar*", "pulssioksimet*", "oksimetr*"),  # probe 21 (fi)
    "sugar_word": ("sokeri*", "verensokeri*", "sokerit"),
    "tablet_word": ("tablet*", "pilleri*", "lääke*", "lääkkei*", "kapseli*", "buranaa",
                    "panadolia", "paracetamolia"),
    "num:1": ("yksi", "yhden", "yhtä", "yks"),
    "num:2": ("kaksi", "kahden", "kaks", "pari", "parin", "paria"),
    "num:3": ("kolme", "kolmen", "kolmatta", "muutama*", "muutaman",
              "monta", "useita", "usean", "useamman"),  # probes 26-27 (fi): "monta kuukautta"
    "num:4": ("neljä", "neljän", "neljättä"),
    "num:5": ("viisi", "viiden", "viidettä"),
    "num:6": ("kuusi", "kuuden"),
    "num:7": ("seitsemän",),
    "num:8": ("kahdeksan",),
    "num:10": ("kymmenen", "kymmenessä"),
    "num:15": ("viisitoista",),
    "num:20": ("kaksikymmentä", "parikymmentä"),
    "num:30": ("kolmekymmentä", "kolmisenkymmentä", "kolmisenkymmentä"),
    "num:40": ("neljäkymmentä", "nelisenkymmentä"),
    "num:50": ("viisikymmentä", "viitisenkymmentä"),
    "num:0.5": ("puoli", "puol", "puolen", "puolta"),
    "num:1.5": ("puolitoista", "puoltoista", "puolentoista"),  # probes 26-27 (fi)
    "dur_long": ("kuukausia", "kuukauden", "viikkoja", "pitkään", "kauan", "vuosia", "vuoden",
                 "puoli vuotta", "kroonin*", "pitkäaikai*", "jo pitkään", "viime vuoden",
                 "parin kuukauden", "kuukauden ajan", "vuoden ajan", "monta viikkoa",
                 # probes 22-23 (sv): "särkenyt viime keväästä asti"
                 "keväästä|kesästä|syksystä|talvesta|joulusta ~ asti|lähtien|saakka",
                 # probes 26-27 (fi): "selkä kipu jo kuukausi"
                 "jo|yli|kohta|melkein|lähes ~ kuukausi|kuukaus", "kuukausi jo"),
    "recurrent": ("usein", "toistuv*", "jatkuvasti", "monta kertaa", "viikottain", "päivittäin",
                  "joka päivä", "joka viikko", "aina välillä", "kerta toisensa",
                  # probes 30-31 (fi): "melkein joka ilta", "joka toinen yö"
                  "joka ~ ilta|yö|aamu", "melkein|lähes|miltei ~ joka|päivittäin",
                  "joka toinen ~ päivä|ilta|yö|viikko"),
    "worsening": ("pahentu*", "pahenee", "paheni", "huonontu*", "yltyy", "lisääntyy", "pahentunut"),
    "not_improving": ("{NEG} ~ parane*", "{NEG} ~ helpota", "{NEG} ~ mene ohi", "{NEG} ~ hellitä",
                      # probes 30-31 (fi): spoken "ei mee ohi", "ei oo menny ohi"
                      "{NEG} ~ mee|menny|mennyt|meinaa ~ ohi",
                      "jatkuu", "jatkunut", "edelleen", "yhä"),
    "despite_treatment": ("huolimatta", "ei auttanut", "ei apua", "vaikka olen"),
    "not_relieved": ("{NEG} ~ auta|auttanut|apua|tehoa|tepsi|laske|laskenut|helpota|hellitä",
                     # probes 22-23 (fi): "kipu jota ei saa hallintaan särkylääkkeillä"
                     "{NEG} ~ saa|saada|saanut|saatu|pysty ~ hallintaan|kuriin|aisoihin",
                     "{NEG} ~ pysy|pysyny|pysynyt ~ hallinnassa|kurissa"),
    "improving": ("paranemaan päin", "paranee", "parempi", "helpottaa", "helpottunut",
                  "paranemassa", "parantumassa", "parempaan päin",
                  # probes 24-25 (sv): "päivä päivältä parempi" is getting better
                  "päivä päivältä ~ parempi|paremmin|paranee|helpottaa",
                  "parempi|paranee|helpottaa ~ päivä päivältä", "joka päivä ~ parempi|paremmin"),
    "relieved": ("auttoi", "helpotti", "lähti", "hävisi"),
    # "meni|mennyt ~ ohi": probe 13 (en), "meni heti ohi".
    "resolved": ("meni ohi", "mennyt ohi", "ohi meni", "hävisi", "loppui", "ohi nyt",
                 "meni|mennyt ~ ohi", "toipui*", "toipunut", "palautui*", "palautunut",
                 "tokeni*", "tokenut", "virkosi", "ihan ok nyt", "nyt ihan ok", "on nyt ok"),
    "episodic": ("välillä", "ajoittain", "tulee ja menee", "kohtauksittain", "menee ohi kun",
                 "helpottaa kun"),

    "usual": ("tavallinen", "tavalliseen tapaan", "niinkuin aina", "niin kuin aina", "kuten aina",
              "normaalit", "entiseen tapaan", "tuttu*", "aina ennenkin",
              "tuntuu|tuntui|näyttää|näytti ~ samalta|samanlaiselta"),  # probe 21 (sv)
    "mild": ("lievä*", "lievästi", "vähän", "hieman", "vähäsen", "pikku", "kevyesti", "kevyt",
             "lievää", "vähäistä"),
    "minor": ("pieni", "pienen", "pikku", "pinnallinen", "kevyesti", "naarmu*", "pieniä"),
    "severe": ("kova*", "kovasti", "kovin", "hirve*", "kauhe*", "sietämät*", "voimaka*",
               "voimakas", "järkyttäv*", "tosi paha", "älyttömän", "valtava*", "kamala*", "pahin",
               "pahimman", "raju*", "tuska*", "tosi kovasti", "ihan hirveästi"),
    "unbearable": ("sietämät*", "kestämät*", "tuskai*"),
    "sudden": ("äkill*", "äkkiä", "yhtäkkiä", "yhtäkkinen", "yhtäkkise*", "yllättäen", "salama*",
               "äsken", "juuri äsken", "yks kaks", "äkisti"),
    "worst": ("pahin", "pahimman", "ikinä", "koskaan", "elämäni",
              # probe 21 (fi): "näin kovaa päänsärkyä ei ole ollut" (never one like this)
              "näin|yhtä|tällaista|tällasta|tämmöistä|tämmöstä|semmoista|semmosta|sellaista ~ "
              "kovaa|kova|kovan|pahaa|paha|pahan|voimakasta|kamalaa|hirveää ~ ei ~ ole|oo"),
    "gradual": ("vähitellen", "pikkuhiljaa", "hiljalleen"),
    "exertion": ("portai*", "portaissa", "rappu*", "rasituk*", "rasitta*", "kävellessä",
                 "liikkuessa", "ylämäe*", "juostessa", "rasituksessa", "kesken lenkin",
                 "lenkillä", "lenki*", "juoksu*", "treeni*", "urheillessa", "salilla",
                 "punnertaessa"),
    "at_rest": ("levossa", "levätessä", "istuessa", "maatessa"),
    "at_night": ("öisin", "yöllä", "yöaikaan"),
    "both_sides": ("molem*", "kumpikin", "kummatkin"),
    "one_side": ("toinen", "toisen", "toiselle", "toisella", "toisessa", "toisesta", "toispuol*",
                 "vasen*", "vasem*", "oikea", "oikean", "oikeaa", "oikeal*", "oikeas*", "oikeaan",
                 "puolella", "puolelta", "toiselta"),
    # --- people ---
    "child": ("lapsi*", "lapse*", "lasta", "lasten", "poika*", "poja*", "tytär*", "tyttä*",
              "tyttö*", "tytö*", "taapero*", "koululai*", "teini*", "poikani", "tyttöni"),
    "baby": ("vauva*", "vauvo*", "imeväi*", "pienokai*"),
    "newborn": ("vastasyntyn*", "vastasyntynyt"),
    "elderly": ("mummo*", "mumm*", "vaari*", "isoäiti*", "isoisä*", "vanhus*", "iäkäs*", "iäkkä*",
                "vanhainkoti*", "hoivakoti*", "ukki*", "isovanhem*", "pappa", "papan", "papalla",
                "pappani", "papalle"),

    "pregnant": ("raskaana", "raskaus*", "raskaude*", "odotan vauvaa", "odottaa vauvaa",
                 "raskausviiko*", "raskaustesti* positiivi*", "menkat ~ myöhässä",
                 "kuukautiset ~ myöhässä", "kuukautiset ~ jääneet", "menkat ~ jääneet",
                 # probes 24-25 (from en): "edellisistä kuukautisista 7 viikkoa"
                 "edellisistä|viimeisistä|edellisist|viimeisist ~ kuukautisista|menkoista ~ "
                 "5|6|7|8|9|10|11|12|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen ~ "
                 "viikkoa|vk|viikko",
                 "5|6|7|8|9|10|11|12|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen ~ "
                 "viikkoa|vk ~ edellisistä|viimeisistä ~ kuukautisista|menkoista",
                 "kuukautis*|menk* ~ {NEG} ~ tullut|tulleet|tullu ~ 5|6|7|8|9|10|11|12|viiteen|"
                 "kuuteen|seitsemään|kahdeksaan|yhdeksään|kymmeneen ~ viikkoon"),
    "positive_test": ("raskaustesti*",),
    "postpartum": ("synnytin", "synnytyksen jälkeen", "synnyttänyt", "synnytyksestä", "synnytti"),
    # --- body ---
    "chest": ("rinta*", "rinnas*", "rinnan*", "rinnal*", "rintaan", "rintakeh*", "rintalast*",
              "-rintaliivi*",
              # probes 30-31 (fi): bilingual messages mix in Swedish ("tryck i bröstet")
              "bröst", "bröstet", "bröstkorg*", "bröstben*"),
    "heart": ("sydä*", "sydän"),
    # Not "kät*": folded to "kat*" it read "katsoa", "katkarapu", "kadulla"-like words as arms.
    "arm": ("käsi", "käde*", "käsivar*", "olkavar*", "kädet", "kättä", "kättäni", "kättään",
            "kätensä", "käteni", "kätesi", "käteen", "käteeni", "käteensä", "kätösen", "kätöset",
            "käsiä", "käsiin", "käsissä", "käsien", "käsillä", "käsistä", "käsiäni", "käsiään"),
    "shoulder": ("olkapää*", "olkapä*", "olka*", "hartia*", "hartio*", "lapaluu*"),
    "jaw": ("leuka*", "leuan*", "leukaa", "leukoi*"),
    "neck": ("niska*", "kaula*"),
    "back": ("selk*", "selä*", "selkää"),
    "lower_back": ("alaselk*", "alaselä*", "ristiselk*", "lanne*"),
    "head": ("pää", "pään", "päähän", "päässä", "päästä", "päätä", "päänsä", "pääni", "päätäni",
             "päähäni"),
    "face": ("kasvo*", "naama*", "suupie*", "poski*", "posk*", "kasvoista"),
    "mouth": ("suu", "suuta", "suussa", "suun", "suuhun", "suupie*"),
    "lips": ("huul*",),
    "tongue": ("kiel*",),
    "throat": ("kurk*", "nielu*", "kita*"),
    "eye": ("silmä*", "silmi*", "silmää"),
    "ear": ("korva*", "korvi*"),
    "nose": ("nenä*",),
    "tooth": ("hammas*", "hampa*", "ien", "ikene*", "viisaudenhamma*"),
    "abdomen": ("vatsa*", "maha*", "napa*", "masu*", "vatsaan", "mahaan"),
    "upper_abdomen": ("ylävatsa*", "ylämaha*", "kylkikaare*"),
    "lower_abdomen": ("alavatsa*", "alamaha*", "lantio*"),
    "right_lower": ("oikealla alhaalla", "oikeassa alavatsassa", "oikea alavatsa*",
                    "oikealle alas"),
    "right_lower_migrating": ("siirtyi oikealle", "siirtynyt oikealle"),
    "flank": ("kylki*", "kylke*", "kyljes*", "kylje*"),
    "kidney": ("munuai*",),
    "groin": ("nivus*",),
    "testicle": ("kives*", "kivek*"),
    "leg": ("jalka*", "jala*", "jalkoi*", "sääri*", "sääre*", "koipi*"),
    "calf": ("pohje*", "pohkee*", "pohje", "pohkeessa"),
    "thigh": ("reisi*", "reide*"),
    "hip": ("lonkka*", "lonkan*", "lonkas*"),
    "knee": ("polvi*", "polve*"),
    "ankle": ("nilkka*", "nilka*", "nilkan*"),
    "foot": ("jalkapoh*", "jalkateri*", "kantapää*", "kantapä*", "jalkapöy*"),
    "toe": ("varvas*", "varpa*", "isovarva*"),
    "wrist": ("ranne*", "rante*"),
    "hand": ("kämmen*", "sormi*", "sorme*", "peukalo*"),
    "joint": ("nivel*",),
    "skin": ("iho*",),
    "anus": ("peräauk*", "peppu*", "takapuol*",
             # probes 26-27 (fi): the saddle area, "haarojen väli on puutunu"
             "väliliha*", "haarojen|jalkojen ~ väli|välissä|välistä|väliin"),
    "urine": ("virtsa*", "pissa*", "pissi*", "pisu*", "virtsarakko*"),
    "stool": ("uloste*", "ulostee*", "kakka*", "kakat", "jätös",
              "vaippa*", "vaipa*"),  # probes 26-27 (fi): "vaipassa veristä limaa"
    "vagina": ("emätin*", "emätti*", "alapää*"),
}
# fmt: on

# Common words that look like a typo of a known stem but are not one.
NO_FUZZY = (
    "hengitys",
    "hengittää",
    "kipeästi",
    "kävellessä",
    "kuukauden",
    "kuukausia",
    "ihan",
    "vaikka",
    "sitten",
    "aamulla",
    "illalla",
    "tänään",
    "huomenna",
    "eilen",
    "koska",
    "minulla",
    "sinulla",
    "hänellä",
    "meillä",
    "jotain",
    "mitään",
    "kanssa",
    "viikolla",
    "päivänä",
    "kertaa",
    "asennossa",
    "ajatellut",
    "miettinyt",
    # probe 15 (fi): "matkalla" (on a trip) is no "mutkalla" (bent).
    "matkalla",
    "matkoilla",
    "matkalle",
    # probes 28-29 (fi): "raskaan ruoan jälkeen" (a heavy meal) is no "raskaana" (pregnant).
    "raskaan",
    "raskasta",
    "raskaat",
)
