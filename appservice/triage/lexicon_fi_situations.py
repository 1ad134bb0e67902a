"""Finnish words for situations rather than symptoms: what happened and what is at hand.

The safety nets of issue 4 read these: a fall and no getting up, a long lie on the floor, a
jump from a high place, goodbye letters, a cord that shows, an adrenaline pen used, time under
water; and the harmless contexts that keep alarm words out of 112 (long ago, static, a scar).
Probe 8 added families for cold exposure, carbon monoxide sources, an armed threat, a deliberate
overdose, a vehicle crash, weather temperatures, "pysyä hereillä" and "juominen onnistuu".
"""

from __future__ import annotations

# fmt: off
TERMS: dict[str, tuple[str, ...]] = {
    "long_ago": ("vuotta sitten", "vuosi sitten", "vuosia sitten", "kuukautta sitten", "lapsena",
                 "nuorena", "vuosikymmen* sitten", "kauan sitten",
                 # probe 18 (fi): last year
                 "viime vuonna", "viime vuoden ~ puolella", "toissa vuonna", "toissavuonna",
                 # probe 19 (fi): last summer, last New Year
                 "viime kesänä|talvena|keväänä|syksynä|uutenavuotena|jouluna|juhannuksena",
                 # probes 26-27 (from sv): "kuumekouristus vauvana, nyt hän on viisi"
                 "vauvana", "taaperona", "pikkulapsena", "teininä", "koululaisena",
                 "kun ~ oli|olin|olit ~ vauva|taapero|teini|yksivuotias|kaksivuotias|"
                 "kolmevuotias|nelivuotias|viisivuotias",
                 "kun ~ oli|olin|olit ~ vuoden|1|2|3|4|5|yhden|kahden|kolmen ~ ikäinen|vanha|"
                 "vuotias"),
    "farewell": ("kirjotin|kirjoitin|kirjottanu*|kirjottanut|kirjoittanu*|kirjoittanut|kirjotti|"
                 "kirjoitti ~ kirjeet|kirjeen|kirjeitä|jäähyväis*",
                 "jäähyväiskirje*", "kirjeet ~ kirjoitettu|kirjotettu|valmiina|kirjoitin|kirjotin",
                 "kirjoittanut ~ kirjeet|kirjeen|jäähyväis*", "kirjottanut ~ kirjeet|kirjeen",
                 "kirjoitin ~ kirjeet|kirjeen", "hyvästel*", "hyvästit", "sanonut hyvästit",
                 "lahjoittanut ~ tavarani|tavaransa", "antanut pois ~ tavarani|tavaransa",
                 "kirjeen ~ perheelle|lapsille|äidille|vaimolle|miehelle",
                 "viimeinen kerta ~ kun ~ näemme|nähdään|näette|näet|näen",
                 "viimeistä kertaa ~ näemme|nähdään|näette", "näette ~ minut|mut ~ viimeistä",
                 "viestin|viesti|tekstarin ~ et|että ~ tää|tämä ~ loppu|tässä",
                 "jäähyväisviesti*", "hyvästiviesti*",
                 "viestin|viestiä ~ et|että ~ rakastaa|anteeksi|hyvästi*|sori"),
    "jump": ("hyppää*", "hypä*", "hyppäsi*", "hyppään", "hypännyt", "heittäytyy",
             "heittäytyä", "heittäydyn"),
    "high_place": ("sillalla", "sillalle", "sillalta", "sillan", "siltaa", "katolle", "katolta",
                   "katon reunalla", "parveke*", "parvekkee*", "kalliolta",
                   "jyrkänteel*", "ylimmästä kerroksesta", "kerroksesta", "tornista"),
    "long_lie": ("makas|makasi|maannu|maannut|makaili ~ lattialla|maassa ~ vuorokau*|yön|yon|"
                 "tunteja|tunnin", "lattialla ~ vuorokau*", "lattialla ~ asti|yöstä",
                 "maannut ~ lattialla", "maannut ~ maassa",
                 "ollut lattialla", "lattialla koko yön",
                 "löyty*|löysin|löydettiin|löytyi ~ lattialta|lattialla", "makasi lattialla",
                 # probes 24-25 (sv): "en tiedä kuinka kauan hän on maannut siinä"
                 "kuinka|miten ~ kauan|pitkään ~ maannut|maannu|makas|makasi|ollut|ollu ~ "
                 "siinä|lattialla|maassa|lumessa"),
    "cant_get_up": ("{NEG} ~ {CAN} ~ seisomaan|seisoa",
                    "{NEG} ~ pääse ~ ylös|pystyyn|lattialta|maasta|nousemaan",
                    "{NEG} ~ pääse ylös", "{NEG} ~ {CAN} ~ nousta|nousemaan",
                    "{NEG} ~ päässy*|päässyt|päässeet ~ ylös|pystyyn|lattialta|maasta"),

    "tongue_bite": ("purin ~ kieleen|kieltä|huuleen|poskeen", "puri ~ kieleen|kieltä|huuleen"),
    "adrenaline_used": ("piikitin|pistin|annoin|käytin|otin ~ adrenaliini*|epipen*",
                        "piikitti|pisti|antoi|käytti ~ adrenaliini*|epipen*"),
    "cord_prolapse": ("narumai*", "naru* ~ tulee|tuli|roikkuu|tuntuu ~ ulos|ulkona",
                      "napanuora ~ näkyy|roikkuu|ulkona|ulos", "näkyy napanuora"),
    "static": ("staattinen", "staattista", "staattisen", "staattisesta"),
    "kill_word": ("tappa*", "tapan", "tappaisi*", "murhaa*", "puukottaa",
                  # probes 30-31 (from sv): "puhuu että naapurit pitää kuolla"
                  "naapuri*|kaikki*|kaikkien|perhe*|vaimo*|mies|miehen|lapset|lasten|äiti*|isä* ~ "
                  "pitää|täytyy|ansaitsee|ansaitsevat|joutuu|joutuvat ~ kuolla|kuolemaan"),
    "submersion": ("naamallaan|kasvoillaan|mahallaan|naama|naamaa|pää ~ vedessä|veteen|altaassa|"
                   "järvessä|ammeessa|kylpyammeessa", "yski*|yskin|oksensi|oksentanut ~ vettä",
                   "veden alla", "veden alle", "pinnan alla", "pinnan alle"),
    "scar": ("arpi", "arven", "arpea", "arvesta", "arpikudo*"),
    "scratch": ("raapa*", "raavin", "raapinut", "rapsutin", "rapsut*", "raapi*"),
    "airway": ("savumyrky*", "hengitti savua", "savua ~ hengittänyt", "noki*",
               "kulmakarvat ~ kärventy*|palaneet|palanut", "kärventy* ~ kulmakarvat|ripset",
               "leimahti ~ kasvoille|naamalle|kasvoihin", "liekit ~ kasvoihin|naamalle",
               "hengitti|hengitin|hengittänyt|hengittäny ~ savua|savukaasu*",
               "yski*|yskin ~ mustaa|nokea|nokista"),
    "chest_pain": ("pitää|pitelee|piteli|pitäen|painaa|painoi ~ kättä|käsiä|kämmentä|kättään|"
                   "käsiään ~ rinnan|rinnalla|rintakehän|rinnallaan|rintansa|rintaa|rintaansa|"
                   "rinnassa|rinnalle",
                   "pitelee ~ rintaansa|rintaa", "puristaa ~ rintaansa", "pitää kiinni rinnasta",
                   "ottaa ~ rinnasta kiinni"),

    # --- probe 8: word families of situations the rules had no word for ---
    "child": ("pikkuveli*", "pikkuveljä*", "pikkusisko*", "pikkusisar*", "lapsenlap*"),
    "low_temp": ("hypoterm*", "alilämpö*", "alilämmö*"),
    # Cold around the person; it takes a sign (confusion, drowsy, a long lie) to mean 112.
    "cold_exposure": ("patterit ~ {NEG} ~ toimi|lämmitä", "lämmitys ~ {NEG} ~ toimi",
                      "pakkase*", "lumessa", "lumihange*", "hangessa", "hankeen", "lumeen",
                      "kylmässä ~ talossa|asunnossa|mökissä|vedessä", "lämmittämättö*",
                      "kylmillään", "ulkona ~ yön|yöllä", "ulkona ~ koko yön", "yön ~ ulkona",
                      "löyty*|löysin|löydettiin|löytyi ~ pihalta|ulkoa|lumesta|hangesta|ojasta"),
    "cold_skin": ("kylmäks", "kylmäksi", "kylmeni", "kylmenny*", "kylmennyt", "kylmänhik*",
                  "kylmähik*", "kylmä hiki", "kylmää hikeä", "kylmässä hiessä",
                  "kylmänä", "kylmiä", "kylmältä", "kylmänkalsea*"),
    # A number next to these is the weather or the room, not the body.
    "ambient": ("ulkona", "ulkolämpö*", "sisälämpö*", "huoneenlämpö*", "helle*", "hellett*",
                "pakkasta", "säätiedot*", "-hellit*"),
    "high_voltage": ("voltin", "voltti*", "volttia", "suurjännit*", "korkeajännit*",
                     "ilmajohto*", "sähkölinja*", "voimalinja*", "salama*"),
    "electric": ("osui|osu|koski|kosketti|nosturilla|puomilla ~ ilmajohtoon|sähkölinjaan|"
                 "voimalinjaan|sähköjohtoon|suurjännitelinjaan",
                 "voltin", "voltti*", "volttia"),
    "deliberate": ("tahallaan", "tarkoituksella", "tahallisesti", "tahallinen"),
    "u_piece": ("kpl", "kappale*", "kappaletta"),
    "tablet_word": ("panadol*", "burana*", "parasetamol*", "paracetamol*", "ibuprofeeni*",
                    "pamol*", "*lääke*", "*lääkke*"),
    "overdose_large": ("kourallise*|kourallinen|kasan|kasa|kasallisen ~ lääk*|pillere*|pilleri*|"
                       "tablet*|panadol*|burana*|unilääk*|särkylääk*",
                       "kourallise*|kourallinen|kasan|kasa|kasallisen ~ lääk*|pillere*|pilleri*|"
                       "tablet*|unilääk*|särkylääk* ~ vodka*|viina*|alkoholi*|kalja*|kanssa",
                       # probes 24-25 (from en): "ottaneensa suuren määrän panadolia"
                       "otti*|otin|ottanu*|ottane*|nieli*|nielai*|söi|söin|syöny*|napsi*|popsi* ~ "
                       "suuren|ison|valtavan|hirveän ~ määrän|kasan|läjän ~ lääk*|pillere*|"
                       "pilleri*|tablet*|panadol*|burana*|unilääk*|särkylääk*|parasetamol*|"
                       "ibuprofeen*",
                       "otti|ottanut|ottanu|söi|syönyt|nieli|nielaisi ~ kaikki ~ äitinsä|isänsä|"
                       "mummonsa|vaarinsa|siskonsa|veljensä|miehensä|vaimonsa|kaverinsa ~ "
                       "*lääk*|*pilleri*|*tablet*"),
    "double_dose": ("otin|otti|ottanut|ottanu ~ kahdesti|tuplana",
                    "otin|otti|ottanut|ottanu ~ kahteen kertaan"),
    # Threatening someone, not "kipu tappaa mut".
    "threat_kill": ("murhaa*", "uhkaa", "uhkailee", "uhkaili*", "uhannut", "uhkasi",
                    "tappaa|tappavansa|tapan|tappaisi ~ meidät|minut|sinut|sut|hänet|kaikki|"
                    "jonkun|lapset|vaimonsa|miehensä|äidin|isän"),
    # Something burning indoors: carbon monoxide when people feel ill near it.
    "combustion": ("*kamiin*", "puulämmit*", "pelti|pellit|pellin|savupelti*|savupellit ~ kiinni|"
                   "suljettu|suljettiin|suljin|sulki|sulkenut|liian|aikaisin|aikasin",
                   "moottori ~ käynnissä|päällä|käymässä", "pakokaasu*",
                   "auto|auton|mopo|aggregaatti ~ käynnissä|käymässä|käyntiin",
                   "kamiina*", "takka*", "takassa", "takan", "puuhella*", "kaasukattila*",
                   "kaasuliesi*", "kaasulämmitin*", "kaasuvuoto*", "pakokaasu*", "aggregaat*",
                   "savupiip*", "pellit ~ kiinni", "pelti ~ kiinni", "savutt*", "savuaa"),
    "several_people": ("koko perhe*", "kaikilla", "meillä kaikilla", "molemmilla",
                       "perheellä", "kaikki meistä",
                       # probes 26-27 (fi): "mökillä koko porukalla päänsärkyä"
                       "koko porukka*", "koko porukalla", "koko porukan", "koko seurue*",
                       "koko jengi*", "kaikki saunojat", "kaikilla saunojilla"),
    "becoming": ("muuttu*", "menee", "meni", "alkaa olla"),
    "crash": ("mopo*|skootteri*|moottoripyör* ~ kaaduttiin|kaatu*|kaadu*",
              "kaaduttiin|kaatui|kaaduin ~ mopo*|skootteri*|moottoripyör*", "kolaroi*", "törmä*",
              "ajoi ~ ojaan|ulos|puuhun", "lensi ~ pyörän|mopon|selästä",
              # probes 24-25 (sv): "mopo-onnettomuus, kaveri lensi mopon selästä"
              "mopo|auto|moottoripyörä|skootteri|mönkijä|moottorikelkka|liikenne "
              "onnettomuus|onnettomuudessa|onnettomuuden", "moottoripyöräonnettomuu*",
              "liikenneonnettomuu*", "pyöräonnettomuu*", "kolari", "kolarissa", "kolarin",
              # probe 32 (fi): a moose or reindeer hit on the road
              "hirvikolari*", "porokolari*", "peurakolari*", "kaurikolari*", "eläinkolari*",
              "ajettiin|ajoin|ajoi|ajoimme|ajoitte|ajettu|ajanut|ajanu|ajoivat ~ hirven|poron|"
              "peuran|kauriin|villisian|hirvi|poro|peura ~ päälle|yli|kylkeen",
              "osuttiin|osuimme|osui|osuin|törmättiin|törmäsimme ~ poroon|peuraan|kauriiseen|"
              "hirviin", "osuttiin|osuimme|törmättiin|törmäsimme ~ hirveen",
              "ajettiin|ajoimme|ajoin ~ ojaan|puuhun|kolari*", "auto ~ meni|pyöri|kierähti ~ "
              "katolleen|ympäri"),
    "trauma_major": ("trukki*|auto*|traktori*|rekka*|rekan|bussi*|juna*|kaivinkone*|mönkijä*|"
                     "moottorikelk* ~ ajoi|ajo|ajanut|ajanu|peruutti* ~ yli|päälle|päältä",
                     "ajoi|ajo|ajanut|ajanu|peruutti ~ jalan|jalkojen|käden|kädet|varpaiden|"
                     "jalkaterän|lapsen|pojan|tytön|miehen|työkaverin ~ yli|päälle",
                     "kovaa vauhtia", "kovalla vauhdilla", "lujaa vauhtia", "ylinopeu*",
                     "jäi|jääny|jäänyt|jäivät ~ alle", "juoksi ~ auton|bussin|rekan ~ eteen",
                     "auto|auton|autoon|traktori*|rekka|bussi|juna|mopo ~ osui|töytäisi|tönäisi"),
    "graze": ("ruvella", "ruvelle", "rupi", "ruvet", "ruvessa", "naarmuilla"),
    "drowsy": ("{NEG} ~ {CAN} ~ pysy* ~ hereillä", "{NEG} ~ pysy* ~ hereillä"),
    "drinking_well": ("juominen ~ onnistuu|sujuu|maistuu", "pystyy|pystyn|jaksaa ~ juomaan"),
    "can_walk": ("liikkuu|taipuu|toimii|koukistuu ~ normaalisti|hyvin",
                 "varaan painoa", "pystyy varaamaan", "voin varata", "kävely sujuu"),
    "allergy": ("*allergi*",),

    # --- probe 9: situations again: CPR under way, a child into someone's tablets, a scald ---
    "cpr": ("elvyttää", "elvyttävät", "elvyttämään", "elvytetään", "elvytti", "elvyttivät",
            "elvytys", "elvytystä", "elvyttämässä", "elvytetty", "elvyttää*", "paineluelvytys*",
            "painelu-puhalluselvytys*", "defibrillaattori*", "sydäniskuri*"),
    "eat_word": ("puraisi*", "puraissut", "puraissu", "pureskeli*", "söi", "syönyt", "syöny",
                 "syöt", "nielaissut", "maistoi", "maistanut",
                 "napsi*", "pureskeli", "imeskeli", "syödä", "söin", "söivät", "syötiin",
                 "popsi*", "otti suuhun", "laittoi suuhun", "pisti suuhun", "joi", "juonut",
                 "juonu"),
    "liquid": ("öljy*", "*öljyä", "*öljy", "kahvi*", "teetä", "teevesi*", "keitto*", "keittoa",
               "friteeraus*", "rasvakeitin*",
               # probes 28-29 (fi): tea water, milk, porridge
               "teevet*", "vesi", "vettä", "veden", "*vesi", "*vettä", "maito*", "maitoa",
               "kaakao*", "puuro*", "kastike*", "glögi*", "paistorasva*"),
    "spill": ("kaatui", "kaatu", "läikkyi", "läikähti", "roiskui", "roiskahti", "valui", "päälle",
              "päälleen", "kaatoi",
              # probes 28-29 (fi): "kaato kuumaa teevettä", "läikytti", "veti ... päälleen"
              "kaato", "kaatanut", "kaatanu", "kaatoivat", "läikytti", "läikyttänyt",
              "läikyttäny", "läikkyny", "läikkynyt", "roiskunut", "roiskuny", "niskaansa",
              "päällensä", "syliin", "syliinsä"),
    "hot": ("kuumaa", "kuumia", "kuumat", "tulikuuma*",
            # probes 28-29 (fi): "kiehuvaa maitoa", "höyryävää teetä"
            "höyryävä*", "kiehuvan", "kiehuvaa"),
    "burn_deep": ("nahkea*", "nahkamai*", "hiiltyn*", "vahamai*"),
    "training": ("ea kurssi*",
                 "kurssi*|koulutu* ~ jossa|joka|josta|aiheena|aiheesta ~ käsitel*|opete*|opitaan|"
                 "harjoitel*|käydään|elvyty*|ensiapu*",
                 "kurssi*", "*kurssi", "*kurssilla", "*kurssille", "koulutus*", "*koulutus",
                 "*koulutuksessa"),
    "own_dose": ("otti|ottaa|ottanut|ottaneet|ottaa ~ lääkkeensä|lääkkeet|lääkkeitään",),
    "slow_speech": ("puhe ~ hidasta|hidas|hidastunut|hidastui", "hidas puhe*", "puhuu hitaasti",
                "hidastunut puhe*"),
    # --- oirearvioiden tapauskuvaukset: matka, lapsen verinen ripuli, avaava tunnin välein ---
    "tropical_travel": ("afrika*", "nigeria*", "ghana*", "kenia*", "keniasta", "tansania*",
                        "uganda*", "kongo*", "kamerun*", "mosambik*", "sambia*", "malawi*",
                        "gambia*", "malaria-alue*", "malaria-alueel*", "malariaalue*",
                        "trooppi*", "tropiik*"),
    "low_urine": ("{NEG} ~ pissannut|pissannu|pissaa|virtsannut|virtsaa|pissaamaan",
                  "virtsaa|pissaa|pissannut ~ tosi|hyvin|tuskin|hädin ~ vähän|tuskin",
                  "pissat loppu*", "virtsaneritys ~ vähent*", "tuskin pissaa*"),
    "asthma_severe": ("avaava*|piippu*|ventoline*|salbutamol*|bricanyl* ~ jatkuvasti",
                      "avaava*|piippu*|ventoline*|salbutamol*|bricanyl* ~ tunnin ~ välein",
                      "avaava*|piippu*|ventoline*|salbutamol*|bricanyl* ~ joka|koko ~ tunti|ajan",
                      "tunnin välein ~ avaava*|piippu*|lääkettä"),
    "not_relieved": ("*lääkkeestä|buranasta|panadolista|pronaxenista|ibuprofeenista|"
                     "parasetamolista|lääkityksestä ~ huolimatta",
                     # probes 24-25 (fi): a low sugar that "ei nouse" (will not come up)
                     "sokeri|sokerit|verensokeri|arvot|lukema ~ {NEG} ~ nouse|noussut|noussu|"
                     "nousse",
                     "vaikka ~ syön|söin|syö|syönyt|syöny|otan|napsin|popsin ~ buranaa|"
                     "panadolia|särkylääkettä|kipulääkettä|lääkettä|pronaxenia|ibuprofeenia|"
                     "parasetamolia|buranoita|lääkkeitä",
                     "silti vinkuu", "vinkuu silti", "vinkuu edelleen", "edelleen vinkuu",
                     "auttaa vain hetken", "auttaa hetkeksi", "vain hetkeksi",
                     "vaikka ~ sai|otti|otin|annoin|annettiin|antanut ~ buranaa|panadolia|"
                     "särkylääkettä|lääkettä|pronaxenia|ibuprofeenia|parasetamolia|kuumelääkettä",
                     "buranasta ~ {NEG} ~ apua", "{NEG} ~ auttanut|auta ~ burana*|panadol*"),
    # --- probe 10: uhka, pää edellä, musta uloste, outo käytös, köysi ja päätös, saha ---
    "threat_me": ("uhkaa|uhkailee|uhkas|uhkasi|uhkaili|uhannut ~ mua|minua|mut|minut|meitä|"
                  "meidät|lapsia|äitiä",
                  "huuta*|uhka*|sano*|lupa*|aikoo ~ tappaa|tappavansa ~ mut|minut|meidät|meiät|"
                  "meidat|meitä", "tappaa mut ~ ja|jos", "tapan sut|sinut", "hengiltä",
                  "hakkaa ~ mut|minut ~ hengiltä"),
    "under_attack": ("lapsi ~ itkee|huutaa ~ isi|iskä|isä|äiti ~ älä",
                     "isi|iskä ~ älä ~ lyö|satuta", "lukitsin itseni", "lukittauduin",
                     "lukitsin oven", "piiloudu*",
                     "potki* ~ ovea|ovee|oveen", "hakka* ~ ovea|ovee", "paukutta* ~ ovea|ovee",
                     "yrittää ~ sisään|murtautua", "murtautu*", "löi ~ mua|minua|mut|minut",
                     "hakkas* ~ mua|minua|mut", "kuristi", "kuristaa", "kuristanut",
                     "kädet ~ kaulalla|kurkulla"),
    "head_first": ("pää edellä", "pääedellä", "sukelsi matalaan", "hyppäsi matalaan",
                   "sukelsi*", "sukelsin", "sukeltanut", "sukeltanu", "sukeltaessa",
                   "hyppäsi|hyppäs|hyppään|hyppäsin ~ matalaan",
                   "hyppäsi|putosi|putos|tippui|kaatui|lensi ~ päälleen|niskalleen|niskoilleen",
                   "laskeutui ~ päänsä|päälleen|niskalleen", "niska ~ taipui|vääntyi"),
    "head_injury": (  # probe 19 (fi): fell off without a helmet
                    "kaatu|kaatui|kaatunut|kaatunu|lensi|lenti|putos|putosi|pudonnut ~ ilman ~ "
                    "kypärää|kypärä",
                    "löi|lyönyt|löin|lyö|kolautti|kolautin|kolauttanut|iski|kopautti|kopsautti|"
                    "paiskasi ~ päänsä|päätään|pään|takaraivo*|otsa*|ohimo*|päähänsä|päänsä",
                    "takaraivo* ~ lattiaan|lavuaariin|pöytään|asfalttiin|jäähän|maahan",
                    "otsa* ~ lattiaan|pöytään|asfalttiin|jäähän|maahan"),
    "black": ("musta*", "pikimusta*", "tervamai*", "tervan*", "mustaa"),
    "worse_walking": ("pahenee ~ hyp*|yski*|käve*|askel*", "sattuu ~ hyp*|yski*|askel*",
                      "hypätessä", "hypätes*", "yskiessä ~ sattuu|pahenee",
                      "auton ~ töyssy*|heilahd*",
                      "töyssyt ~ sattuu"),
    "right_lower_migrating": ("siirty* ~ oikealle|oikeaan", "siirtyny* ~ oikealle|oikeaan",
                              "valunut ~ oikealle|oikeaan", "meni ~ oikealle|oikeaan"),
    "behaviour_change": ("outo", "oudosti", "outona", "oudoks*", "vihai*", "vihanen",
                         # probes 24-25 (sv): answering texts oddly is not confusion
                         "vastaa|vastailee|vastasi|vastaili ~ oudosti|omituisesti|kummallisesti ~ "
                         "viesteihin|viestiin|tekstareihin|sähköposteihin|snäppeihin",
                         "aggressiivi*", "riehu*", "käyttäytyy ~ oudosti|kummallisesti",
                         "kummallise*", "ihan ~ eri ihminen", "ei oo oma ~ itsensä",
                         "ei ole oma ~ itsensä", "kuin ~ kännissä|humalassa|päissään",
                         "humalaisen oloinen", "vaikuttaa humalaiselta",
                         # probes 26-27 (from sv): pressured speech, out barefoot in the snow
                         "puhuu|puhui|pälättää|pälpättää|höpöttää ~ taukoamatta|lakkaamatta|"
                         "tauotta|herkeämättä|nonstop", "paljain jaloin ~ lumessa|lumeen|"
                         "pakkaseen|pakkasessa|hankeen|hangessa|ulos|ulkona",
                         "avojaloin ~ lumessa|lumeen|pakkaseen|pakkasessa|hankeen|hangessa|ulos|"
                         "ulkona",
                         # probes 28-29 (from sv): out naked in the snow
                         "alasti|alastomana|ilkosillaan ~ lumessa|lumeen|pakkaseen|pakkasessa|"
                         "hankeen|hangessa|ulos|ulkona"),
    "confusion": ("sekoil*", "sekoaa", "sekosi", "kysele* ~ samaa|samoja",
                  "kysyy ~ samaa|samoja ~ uudestaan|uudelleen|koko",
                  "ihan pihalla", "pihalla kuin", "{NEG} ~ tunnu ~ ymmärtävän",
                  "{NEG} ~ ymmärrä ~ mitä", "{NEG} ~ tiedä ~ missä ~ on|ollaan",
                  "{NEG} tunnista*"),
    "knocked_out": ("hetken ~ pois|poissa|pimeenä|pimeänä", "oli ihan pois", "taju meni",
                    "sammu* ~ hetkeksi", "meni taju"),
    "unresponsive": ("{NEG} ~ saa|saada ~ hereille|heräämään|hereil*", "{NEG} ~ herää",
                     "{NEG} ~ saa ~ kontaktia", "{NEG} ~ reagoi",
                     # probe 18 (fi): not woken between fits
                     "{NEG} ~ herännyt|heränny|herää|herännyt ~ välissä|välillä|kohtausten|"
                     "kohtauksen|kohtauksien"),
    "suicide_means": ("köysi*", "köyde*", "köyden", "silmuk*", "hirttosilmuk*",
                      "kerännyt ~ lääkkeitä|pillereitä|tabletteja",
                      "säästänyt ~ lääkkeitä|pillereitä|tabletteja"),
    "resolve": ("tuntuu ~ selvältä|oikealta|ainoalta", "ainoa ~ vaihtoehto|ratkaisu|keino|tie",
                "päätös ~ tehty|selvä",
                "päättäny*", "päättänyt", "päätin", "päätös on tehty", "tänä yönä",
                "tänä iltana", "valmiina", "valmis", "joku tietää", "viimeinen ilta",
                "huomenna ~ ohi"),
    "spurting": (# probe 15 (fi): a throbbing splinter ("sykkii") is no pulsing blood
                 "verta|veri|vuoto ~ sykkii|sykki|sykkivät|sykkimällä", "sykkii|sykki ~ verta",
                 "sykkien", "sykkimällä", "pumppaa", "pulpahtel*", "suihkuna"),
    "wont_stop": ("{NEG} ~ lopeta ~ vuota*|vuotamasta|vuotamista",
                  "vaikka ~ puristan|puristanu*|puristanut|puristin|puristettu|puristaa|pidän",
                  "yli tunnin", "yli tunti", "yli puoli tuntia", "yli puolen tunnin", "yli vartin",
                  "vaikka ~ painetaan|painaa|painan|painoin|painettu|paineltu",
                  "pyyhe ~ läpi|kastu*", "pyyhkeen läpi"),
    "power_tool": ("pyörösaha*", "moottorisaha*", "sirkkeli*", "kulmahiom*", "kulmahiomakone*",
                   "kulmahiomakoneella", "vannesaha*", "ruohonleikkur*", "pensasleikkur*",
                   "*saha", "*sahalla", "*sahaan"),
    "chemical": ("pyykinpesukapseli*", "pesukapseli*", "pesuainekapseli*",
                 "putkenavaus*", "viemärinavaaja*", "viemärinavaus*", "lipeä*", "kalkki*",
                 "sementti*", "märkä betoni", "happo*", "emäs*", "valkaisu*", "kloori*",
                 "kloriitti*", "uuninpuhdist*", "astianpesuaine*", "wc-pesuaine*", "vessanpesu*",
                 "kalkinpoist*", "akkuhappo*",
                 # probe 21 (fi): mortar and grout (cement, alkaline), not "laastari"
                 "*laasti", "*laastia", "*laastin", "*laastiin", "*laastissa", "*laastista",
                 "*laastilla", "*laastit", "*laasteja"),
    "psychosis": ("vauva|vauvamme|vauvani|lapsi|lapsemme|lapseni ~ {NEG} ~ oo|ole ~ meidän|meiän|"
                  "mun|minun|oma|oikea",
                  "vauva|vauvamme|vauvani ~ {NEG} ~ oo|ole ~ hänen|heidän|sen|oikea",
                  "vaihdettu|vaihettu|vaihdettiin|vaihtunut|vaihtunu ~ sairaalassa|"
                  "synnytyslaitoksella|synnärillä|synnytyksessä", "vaihdokas*",
                  # probe 19 (fi): a grandiose or demonic delusion
                  "on|olen|olevansa|olevani|oisi|olisi jumala|jeesus|messias|antikristus",
                  "vauva|vauvassa|vauvan ~ on|asuu|sisällä ~ paholainen|paholaisen|saatana|"
                  "saatanan|demoni|demonin|riivattu|riivaaja", "riivattu|riivaaja",
                  "säteit*", "säteil* ~ seinän|seinien", "naapurit ~ vakoil*|myrkyt*|lähettä*|"
                  "seuraa*|kuuntele*|tarkkaile*", "vainoa*", "vainotaan", "harhaluulo*",
                  "mikrosiru*", "ajatuksi* ~ ohjaa*|luke*|varasta*|kuuntele*",
                  "myrkyttää ~ ruoan|ruokaa|veden|vettä", "agentte*", "agentit", "vakooj*",
                  "salaliit*", "paholaise*|saatana*|demoni* ~ lähettämä|lähettänyt|riivaama|"
                  "vallassa", "riivattu", "riivaa*",
                  # probes 26-27 (from sv): someone after them, messages from the tv
                  "joku|jotkut|ne|naapurit ~ on|ovat ~ perässä|perässämme|perässäni|jäljillä",
                  "televisio|televisiosta|telkkari|telkkarista|tv|radio|radiosta ~ lähettää|"
                  "puhuu|viestittää|viestejä ~ viestejä|hänelle|minulle|sille|mulle"),
    "no_sleep": ("{NEG} ~ nukkunut|nukkunu|nukkunu* ~ viikkoon|päiviin",
                 "{NEG} ~ nukkunut|nukkunu|nukkunu* ~ öihin|yöhön|vuorokauteen|vuorokausiin",
                 "{NEG} ~ nukkunut|nukkunu|nukkunu* ~ moneen päivään",
                 "valveilla ~ viikon|päiviä|päivää|vuorokau*|öitä",
                 "viikon|päiviä|päivää|vuorokauden ~ valveilla",
                 # probe 19 (fi)
                 "ollu|ollut|oli|olen|oon ~ viikon|päiviä|päivää|vuorokauden|vuorokausia ~ "
                 "valveilla"),
    "bleed_stopped": ("loppu ku", "loppu kun", "loppui kun", "tyrehty*", "lakkas*"),
    "muscle_soreness": ("pistävä|pistää|pistos*|pisto ~ kylkeen|kylkee|kyljessä ~ juostessa|"
                        "juoksussa|lenkillä|juoksulenkillä|uidessa",
                        "pistävä|pistävää|pistelevä|vihlova ~ kipu|kipua ~ kylkeen|kylkee|"
                        "kyljessä ~ juostessa|juoksussa|lenkillä|juoksulenkillä|uidessa",
                        "*lihakset|*lihaksia|*lihaksissa ~ kipeet|kipeät|arat|arkoja|kipeitä|"
                        "jumissa|hellät|jumittaa", "*treenin|*treenien|*treeneistä ~ jälkeen",
                        "maitohapo*", "reidet|lihakset|pohkeet|käsivarret ~ tukossa|jumissa",
                        "jalkapäiv*", "treenijum*", "treenikipu*",
                        # probes 24-25 (sv): "vatsalihaksiin sattuu naurusta"
                        "vatsalihaks* ~ sattuu|särkee|kipeet|kipeät|arat|kipeinä"),
    # --- probe 12 (from en) ---
    # Finnish words for the concepts the en probe-12 rules introduced.
    "priapism": ("priapism*", "erektio* ~ {NEG} ~ laske|laskenut|laskenu|laannu*|laantu*|lakkaa",
                 "erektio* ~ {NEG} mene ohi", "erektio* ~ tunti*|tuntia|tuntii",
                 "pitkittyny* erektio*", "penis|kalu|pippeli ~ pystyssä|jäykkänä ~ tunti*|tuntia"),
    "no_flatus": ("{NEG} ~ tuu|tullu ~ pieruja|pieru*|ilmoja|kaasuja",
                  "{NEG} ~ tule|tullut|tullu|pääse|päässyt|kulje|kulkenut ~ ilmoja|kaasuja|"
                  "pieruja",
                  "ilmat|kaasut ~ {NEG} ~ kulje|kulkeneet|tule|tulleet|pääse|päässeet",
                  "{NEG} ~ pieras*|pieraissut|pierrä|pierassu"),
    "hernia_word": ("tyrä", "tyrän", "tyrää", "tyrässä", "tyrästä", "*nivustyr*", "*napatyr*",
                    "*arpityr*", "pullistum*", "pullottaa", "pullottava*", "pullahtaa"),
    "not_go_back": ("{NEG} ~ mene|mennyt|menny|palaa|palannut|palaudu|palautunut ~ takaisin|sisään",
                    "{NEG} ~ saa|saanut|saanu ~ takaisin|sisään|painettua",
                    "{NEG} ~ pysty|pystynyt ~ painamaan|työntämään", "jäänyt ulos", "jäi ulos",
                    "jumissa ulkona"),
    "hernia_stuck": ("kuristu* ~ tyrä*", "juuttu* ~ tyrä*", "tyrä* ~ kuristu*|juuttu*|jumissa"),
    "adrenal": ("addison*", "lisämunuai* ~ vajaatoim*|vajaa*|kriisi*", "lisämunuaiskriisi*",
                "aivolisäkkeen vajaatoim*", "hypopituitar*", "kortisolin ~ puute|vajaus"),
    "jaundice": ("ihan|tosi|aivan|iho|naama|silmät ~ keltanen|keltainen|keltaseks|keltaiseksi|"
                 "keltaselta|keltaiselta|keltaisen|keltasen", "keltatau*", "ikterus*",
                 "silmänvalkuai* ~ keltai*|keltas*|kellertäv*",
                 "silmät ~ keltai*|keltaset|kellertäv*", "iho ~ keltai*|keltas*|kellertäv*",
                 "keltaiset silmät", "kellertävä iho", "ihon keltaisuus", "silmien keltaisuus"),
    "asplenia": ("perna* ~ poistet*|poistettiin|leikat*|leikattiin|otettiin|otettu|poisto*",
                 "pernaton", "pernattom*", "splenektomi*", "ilman pernaa"),
    "tonsil_surgery": ("nielurisaleikkau*", "risaleikkau*", "tonsillektomi*",
                       "nielurisat|risat ~ poistettiin|poistettu|leikattiin|leikattu|otettiin",
                       "nielurisojen|risojen ~ poisto*|leikkau*"),
    "snake": ("kyy", "kyyn", "kyytä", "kyyhyn", "kyyltä", "kyynpurem*", "kyykäärme*", "käärme*",
              "käärmeenpurem*"),
    "one_side_neglect": ("lautase* ~ vasemm*|oikea*|oikean|toise* ~ puol*",
                         "vasemm*|oikea*|oikean|toise* ~ puol* ~ lautase*|lautas*",
                         "syö ~ vain ~ toiselta puolelta",
                         "{NEG} ~ huomaa|näe ~ vasemm*|oikea*|oikean ~ puol*"),
    "confusion_worse": ("sekavampi", "sekavammaksi", "sekavampana", "sekavammalta",
                        "tavallista sekavampi", "entistä sekavampi",
                        "sekavuus ~ lisäänty*|paheni|pahentu*",
                        "nyppii|nyppi|kopeloi|poimii|poimi|haroo ~ ilmaa|ilmasta|lakanoita|peittoa",
                        "yhtäkkiä sekava*", "äkisti sekava*", "äkillinen sekavuus"),
    "jelly_stool": ("hyytelö* ~ uloste*|kakka*|vaippa*", "hyytelömäi*", "vadelmahyytelö*",
                    "punaherukkahyytelö*", "hillomai* ~ uloste*|kakka*"),
    "knees_up": ("vetää|veti|vetelee|nostaa|nosti ~ jalat|jalkoja|polvet|polvia ~ vatsa*|mahaa|"
                 "rintaa|koukkuun|ylös", "jalat koukussa", "polvet koukussa"),
    "temple": ("ohimo*", "päänahka* ~ arka|kipeä*|aristaa", "hiuspohja* ~ arka|kipeä*|aristaa"),
    "sickle_cell": ("sirppisolu*",),
    "shunt": ("suntti*", "shuntti*", "likvorisuntti*",
              "aivosuntti*", "aivoshuntti*", "likvorishuntti*"),  # probes 26-27 (fi)
    "jaw_chew": ("leuka*|leuan* ~ pureskel*|syödessä|purressa",
                 "pureskel* ~ sattuu|koskee|kipeä*|särkee|kipua",
                 "syödessä|pureskellessa ~ leuka*|leukaan|leukoihin"),
    "back_pain": ("iskias*", "välilevytyr*", "välilevypullistum*",  # probes 26-27 (from sv)
                  "välilevyn ~ pullistum*|tyrä*|luiskahdu*",
                  # probe 19 (fi): pain between the shoulder blades
                  "lapojen|lapaluiden|lapaluitten|lapaluun|lapaluitte ~ välissä|välistä|väliin|"
                  "välillä|alla"),
    # --- probe 12 (from fi) ---
    # Something went down the wrong way and the child cannot make a sound.
    "choking": ("sai|saanut|saanu ~ henkeen|kurkkuun", "jäi|jääny|jäänyt|juuttui ~ henkeen",
                "kurkkuun|kurkussa|henkeen ~ jäi|jäänyt|jääny|juuttui|juuttunut|juuttunu",
                "jäänyt|jääny|juuttunut|juuttunu ~ kurkkuun|kurkussa",
                "karki*|karkki*|karamel*|nami*|rypäle*|viinirypäle*|pähkinä*|makkara*|nakki*|"
                "lelu*|kolik*|nappi*|nappipari* ~ henkeen|kurkkuun"),
    "cant_speak": ("{NEG} ~ saanu|saanut|saa ~ sanottua|sanotuksi|sanaa|sanoja",
                   "{NEG} ~ kuulu|tule|tuu ~ ääntä*|ääni*", "äänetön", "äänettömänä",
                  "{NEG} ~ saa|saanut|saanu|pysty ~ ääntä*|ääni*",
                   "ääntä|ääni ~ {NEG} ~ tuu|tule|kuulu|lähde|tullut|tullu",
                   "{NEG} ~ saa ~ ääntä ~ ulos"),
    "aphasia": ("sanat ~ {NEG} ~ tullu|tullut|tulleet",
                "vastaa ~ vaan|vain|pelkkää ~ öö*|mmm*|hmm*|ää*", "{NEG} ~ vastaa ~ järkev*",
                "sanat ~ meni|menee|menivät ~ väärin|sekaisin|ristiin", "väärät sanat"),
    "weakness": ("kömpelö*", "kömpelöks*", "kömpelöksi"),
    "tired": ("uninen", "unise*", "uniselta"),
    # A headache like an explosion, or during sex: a bleed until shown otherwise.
    "thunderclap": ("jotain ~ räjähti|räjähtäis*|räjähtäisi|pamahti|napsahti|poksahti",
                    "päässä ~ räjähti|räjähtää|pamahti|napsahti|poksahti", "räjähtävä*",
                    "kuin ~ olisi|ois ~ lyöty|isketty ~ päähän|takaraivoon"),
    "exertion": ("*treeni*", "*treene*", "juoksi", "juoksin", "juoksemassa", "pelatessa",
                 "kesken ~ pelin|ottelun|matsin|harjoitusten|treenien|harkkojen",
                 "kesken ~ seksin|yhdynnän|rakastelun", "seksin|yhdynnän ~ aikana|jälkeen",
                 "orgasmi*", "rakastellessa", "penkkipunner*", "punnerruks*", "nostaessa painoja",
                 "teki|tekee|tehdä|hyppäsi|hyppää|harjoitteli ~ voltin|voltteja|voltti|volttia",
                 "kesken ~ kävelyn|lenkin|juoksun|hiihdon|pelin|treenin|urheilun|kävelylenkin",
                 "kävelyllä", "kävelylenkillä"),
    # Anaphylaxis words: a fish soup, a body red all over.
    "allergen": ("amoksisilliin*", "amoksisillin*", "amoxin*", "amorion*", "kefaleksiin*",
                 "kefexin*", "kefalexin*", "keflex*", "sulfa*", "trimetoprim*", "klindamysiin*",
                 "dalacin*", "doksisykliin*", "doxycyclin*", "ensimmäinen annos", "eka annos",
                 "kala*", "*kalakeit*", "*kalaruo*"),
    "red": ("punane*", "punase*", "punotu*", "punoto*", "punotta*", "punotus"),
    "hives": ("punai*|punane*|punase*|punoittaa|punottaa ~ joka paikasta",
              "kutina|kutiaa|kutisee|kutiasee ~ koko ~ kropassa|kehossa|kropas|iholla|vartalossa",
              "joka paikkaa ~ kutiaa|kutisee", "kutiaa|kutisee ~ joka paikasta",
              "punai*|punane*|punase*|punoittaa|punottaa ~ kauttaaltaan",
              "punai*|punane*|punase*|punoittaa|punottaa ~ koko ~ kropasta|kehosta|iholta",
              "koko ~ kroppa|keho|iho|vartalo ~ punai*|punane*|punoittaa|punottaa|täynnä"),
    "nosebleed": ("nenä*|nenäst*|nenäs* ~ vuota*|vuotanu*|valuu|valunut|valunu|tulee|tullut|"
                  "tullu ~ verta", "nenästä ~ verta", "verta ~ nenästä"),
    "fall": ("putos*", "putoo", "tippu*", "tipahti", "tipahtanut", "tipahtanu", "pudonnu*",
             "pudonnut", "kaatunu"),
    "vomit": ("-laattalatt*", "-laattapin*", "-laatoit*",
              "oksen* ~ vihre*|vihreää|vihreetä ~ lima*|limaa|räkä*|räkää|yskö*"),
    # A blow to the belly (a horse's hoof, a handlebar): a torn spleen or liver bleeds inside.
    "belly_blow": ("potka*|potki*|löi|lyö*|iski|isku*|osui|töni*|tönäisi ~ vatsaan|mahaan|masuun|"
                   "kylkeen|vatsalle|mahalle|ylävatsaan|vatsan",
                   "ohjaustanko*|tanko*|ratti*|turvavyö* ~ vatsaan|mahaan|masuun",
                   "vatsaan|mahaan ~ isku|iskun|potku*|osuma*"),
    # Found on the floor in the morning: a night lying there.
    "overnight": ("koko yön", "yön yli", "illasta asti", "illasta saakka", "eilisillasta",
                  "jo illalla", "jo eilen", "edellisenä iltana", "yöstä asti", "aamuun asti",
                  "tunteja", "tuntikausia", "tuntikaupalla"),
    "deformed": ("kääntyny*|kääntynyt|kiertyny*|kiertynyt|kääntyi|kiertyi|vääntyny* ~ oudosti|"
                 "ulospäin|väärin|väärään|sivulle", "oudossa asennossa", "väärään suuntaan",
                 "lyhyempi ~ ku|kuin ~ toinen",
                 # probe 19 (fi): bent at an odd angle
                 "oudolle|oudossa|väärälle|väärässä|kummalliselle|kummallisessa|luonnottomalle|"
                 "luonnottomassa|hassulle|hassussa|kummalle|kummassa ~ kulmalle|kulmassa|"
                 "asentoon|mutkalle|mutkalla"),
    # A chip of metal from grinding or hammering flying into the eye: it may have gone in.
    "eye_projectile": ("lensi|lensivät|singahti|sinkoutui|sinkos*|ponnahti|sinkoili|"
                       "kimposi|kimpos* ~ silmään|silmiin",
                       "metalli*|lastu*|siru*|sirpale*|metallinsiru* ~ silmään|silmiin"),
    "metalwork": ("hiomalaikka*", "rälläk*", "vasaroin", "vasaroidessa", "taltta*", "hitsa*",
                  "metalli*", "metallinsiru*", "rautaa", "rautalevy*", "teräs*"),
    # Nobody knows how many tablets the child took.
    "ingest_unknown": ("{NEG} ~ tiedä|tiedetä|tiiä|tietä ~ montako|kuinka|paljonko",
                       "montako ~ ehti|söi|syönyt|nielaisi|otti", "kuinka monta ~ ehti|söi|syönyt"),
    # Mushrooms picked in the forest, or a named deadly one: the poison centre and 112.
    "toxic_mushroom": ("*kärpässien*", "*kärpässie*", "kärpässieni*", "valkokärpä*",
                       "myrkkysien*", "*seitikki*", "suippumyrkkyseitik*", "myrkkynääpik*"),
    "wild_mushroom": ("itse ~ kerät*|kerää*|keräi*|keränny* ~ sien*", "herkkutat*",
                      "valkoiset|valkoset|valkeat ~ heltat", "itse poimi* ~ sien*",
                      "poimittu* ~ sien*|sieniä", "metsäsien*",
                      "sien* ~ metsästä", "sien* ~ itse poimi*", "tuntemat* ~ sien*",
                      "sieniä ~ metsästä",
                      # probes 24-25 (fi): taken for another kind ("luultiin kangasrouskuiksi")
                      "sien*|*rousku*|*tatti*|*tatit|kantarel*|*vahvero*|*haper*|*korvasien* ~ "
                      "luul*",
                      "luul* ~ sien*|*rousku*|*tatti*|*tatiksi|*tateiksi|kantarel*|*vahvero*|"
                      "*haper*|*korvasien*"),
    "poison": ("-astianpesuain*", "-tiskiaine*", "*konetiski*", "*tiskikonee*",
               "lamppuöljy*", "lampunöljy*", "paloöljy*", "petroli*", "sytytysneste*",
               "grillinsytytys*", "tärpätti*", "lakkabensiini*", "bensiini*", "metanoli*",
               "glykoli*", "jäähdytinneste*", "lasinpesuneste*", "tuulilasinpesu*", "tuikkuöljy*",
               "joi|juonut|nieli|maistoi ~ bensa*|bensaa", "tiskikoneaine*",
               "*koneaine*", "*konetabl*"),
    "weapon": ("veitse*", "puuko*", "*kivääri*", "*kiväär*", "*haulik*", "*pistool*", "aseella",
               "aseet", "asetta", "käsiase*", "metsästysase*", "pyssy*",
               "kirve*", "kirves", "moukari*", "pesäpallomail*", "sorkkarau*", "haulik*",
               "kivääri*", "pistooli*", "miekka*", "miekan",
               # compounds in every case: "keittiöveistä", "leipäveitsen"
               "*veitsi*", "*veitse*", "*veistä", "*veitsiä",
               "-kirvel*"),  # probes 28-29 (fi): "kirvelee" (it stings) is no axe (kirves)
    "harm_others": ("pitää ~ hoitaa ~ pois", "hoitaa ~ pois päiväjärjestyksestä",
                    "hoidettava pois", "pitää ~ raivata ~ pois"),
    "suicide": ("kerralla ~ niin ~ loppuis|loppuisi|loppuu ~ tää|tämä|kaikki",
                "halu* ~ kuolla", "haluu kuolla",
                "tahtoo kuolla", "haluis kuolla",
                "haluisin kuolla", "tappaa|tapan|tappaisin|tappaisi|tappamaan|tappaa* ~ ittensä|"
                "itteni|itteäni|ittesi|itses|itseni|itsensä",
                # probe 32 (fi): reported speech, "sanoo tappavansa itsensä"
                "tappava*|tappaneensa|tappaakseen|tappamalla ~ ittensä|itteni|itsensä|itseni|"
                "ittensä|itsesi|ittesi"),
    # Locked in alone with the medicine cabinet or a knife, saying they want to die.
    "means_access": ("lukinnu*|lukinnut|lukitsi|lukitsee|lukittautu*|sulkeutu* ~ itsensä|ittensä|"
                     "kylppäriin|vessaan|huoneeseen", "lukittautunut", "lukittautui",
                     "availee|avaa|avasi|penkoo|kaivaa|tonkii|etsii|hakee ~ lääkekaappi*|"
                     "lääkkeitä|lääkkeet|pillereitä|veitsiä|veistä|köyttä"),
    # Hands or an arm round the neck: the airway and the arteries swell up hours later.
    "strangled": ("kuristi", "kuristanut", "kuristanu", "kuristettiin", "yritti kuristaa",
                  "kuristamalla", "kuristusot*", "kädet ~ kaulalla", "kädet ~ kaulan ympärillä",
                  "puristi ~ kaulasta|kurkusta", "kuristi ~ kaulasta|kurkusta"),
    "pregnant": ("rv", "rvk", "raskausvk", "raskausviikolla",
                 # probes 22-23 (en): "oon viikolla 34" (first person: how far along)
                 "oon|olen|ollaan|oot|olet ~ viikolla|viikoilla ~ 20|21|22|23|24|25|26|27|28|29|"
                 "30|31|32|33|34|35|36|37|38|39|40|41|42"),
    "drowning": ("altaan|ammeen|järven|kylpyammeen ~ pohjalta|pohjasta|pohjaan",
                 "pohjalta ~ altaan|järven|ammeen"),
    # Found lying outdoors (snow, a ditch, the road) and not moving: cold, a fall or worse.
    "found_outside": ("löydettiin|löysin|löysimme|löytyi|löyty ~ lumesta|hangesta|ojasta|maasta|"
                      "kadulta|tieltä|metsästä",
                      "makaa|makasi|makaamassa|makoili ~ ojassa|lumessa|hangessa|maassa|kadulla|"
                      "tiellä|pihalla|rappukäytävässä"),
    # Cannot be reached: the phone switched off after a goodbye.
    "unreachable": ("sulki|sulkenut|sulkenu|laittoi|laitto ~ puhelimen|puhelimensa|luurin ~ "
                    "kiinni",
                    "sulki|sulkenut|sulkenu ~ puhelimen|puhelimensa",
                    "puhelin ~ kiinni|suljettu", "puhelin ~ pois päältä"),
    "suicide_method": ("tallissa|autotallissa|talliin ~ autossa|auto ~ moottori|kone|auto ~ "
                       "käynnissä", "autossa ~ moottori ~ käynnissä ~ mietin|miettii",
                       "ajaa|ajan|ajais|ajaisi ~ auton|autolla|autonsa ~ puuhun|kallioon|"
                       "seinään|rekkaa|rekan|päin|jyrkänteeltä|sillalta",),
    "grunting": ("ähki*", "ähkien", "ähkäisee", "voihkien", "narisee hengittäessä"),
    "not_moving": ("{NEG} liiku|liikahda|hievahda|liikkunut|liikkunu|liikahdakaan",),
    "fetal_movement": ("{NEG} ~ vauva|sikiö|masuasukki ~ oo|ole ~ liikkunu*|liikkunut|liikkuny|"
                       "potkinu*|potkinut",
                       "vauva|sikiö|masuasukki ~ oo|ole ~ liikkunu*|liikkunut|liikkuny|potkinu*|"
                       "potkinut",
                       "vauva|sikiö ~ {NEG} ~ liikkunu|liikkuny|liikkunu*|liikahtanu*|potkinu*",
                       "{NEG} ~ liikkunu|liikkuny|liikahtanu*|potkinu* ~ vauva|sikiö"),
    # A baby shaken hard: bleeding inside the head.
    "shaken": ("ravistel*", "ravisti", "ravistanut", "ravistanu", "ravistettiin", "riepottel*"),
    # Sweating and flushed from the sauna is the sauna (the rules' "unless=sauna" had no words).
    "sauna": ("sauna*", "saunoi*", "saunoessa", "saunomas*", "löylyi*", "löylyissä"),
    "faint": ("musta|mustaa ~ meinas|meinasi|meinaa ~ mennä ~ silmissä",
              "meinas|meinasi ~ mennä ~ taju",
              "silmissä ~ mustenee|musteni|mustuu|mustui|pimenee|pimeni|sumenee",
              "mustenee silmissä", "pimenee silmissä",
              "pyörryin", "pyörryit", "pyörrähti", "pyörrähdin", "pyörtyin", "pyörty"),
    "palpitations": ("sydän|sydämeni|syke ~ hakka*|hakkaamaan|jyskyttä*|jyskyttämään|tykyttä*",
                     # probes 24-25 (from en): "sydän lyö vähän nopeasti"
                     "sydän|sydämeni|syke ~ lyö|lyövät|lyönyt|käy|sykkii ~ nopeasti|nopeaa|"
                     "tiheään|lujaa|kovaa"),
    "pain": ("kipu|kivut|särky|kipuja|kipua ~ järkyttäv*",
             "-jälkivuo*",  # probes 26-27 (from sv): "jälkivuoto" (lochia) is no "kivu"
             "järkyttäv* ~ kipu|kivut|särky|kipuja|kipua", "-penkkipu*",
             "koski", "tuskissa*", "tuskasta", "kiemurtel*", "vääntelehti*"),
    "severe": ("tuskissa*", "kiemurtel*", "vääntelehti*"),
    "recession": ("rintakehä|kylkivälit|kaula|kaulakuoppa|solisku* ~ vetää|vetäytyy|painuu ~ "
                  "sisään|kuopalle",),
    "stridor": ("korise*", "korisee", "korina*", "korahtel*"),
    "bloating": ("maha*|vatsa*|mahan|vatsan ~ turpoo*|turpoaa|turpoamaan|turpoomaan|turvoksiin|"
                 "turvotus|pömpöl*",
                 "vatsa|maha|masu|suolisto ~ korisee|korisi|korise*|murisee|kurisee",),
    "one_side": ("puolelle", "puolesta"),
    "pale": ("valkone*", "valkoise*", "valkoinen", "kalvas*", "kalvakk*"),
    "numbness": ("{NEG} ~ tunne ~ jalk*|jalo*|käsi*|käde*|kättä|sormi*|varpa*",),
    "swallowed_substance": ("nielas*", "nielais*", "nielly*", "niellyt",
                            "söi|syöny|syönyt|nielaissut|nielassu ~ magneet*|paristo*|"
                            "nappiparisto*|nappipatter*|neulan|nuppineul*",),
    "large_area": ("kämmentä ~ isompi|suurempi|laajempi",
                   "kämmenen ~ kokoinen|kokoisen|kokoista|kokonen|kokosen"),
    # A baby's soft spot bulging, or a shrill cry that will not settle: pressure in the head.
    "bulging_fontanelle": ("aukile|aukileen|fontanelli ~ pullottaa|pullistuu|pullistunut|"
                           "kohollaan|koholla|pullea|pinkeä|kireä", "pullottava* ~ aukile*"),
    "shrill_cry": ("itkee ~ kimeästi|kimeesti|kirkuen|kiljuen|heikosti",
                   "kimeä itku", "kimeää itkua", "itku ~ kimeää|kimeä|vaimeaa|heikkoa"),
    # A baby vomiting green: a twisted gut until shown otherwise.
    "bile_vomit": ("oksen* ~ vihre*|vihreää|vihreetä", "vihreä*|vihree* ~ oksen*"),
    # Fever during chemotherapy: too few white cells to fight an infection.
    "chemo": ("sytostaat*", "solunsalpaaj*", "solusalpaaj*", "kemoterapi*", "kemohoi*", "kemo",
              "kemoa", "kemon", "kemossa", "syöpähoido*"),
    "unbearable": ("kipu|kivut|särky|kipuja|kipua ~ järkyttäv*",
                   "järkyttäv* ~ kipu|kivut|särky|kipuja|kipua", "järjetö*", "järjettö*",
                   "suhteeto*", "suhteetto*", "helvetillinen"),
    "saddle_numb": ("{NEG} ~ tunnu|tunne|tuntunut ~ mitään|mitn ~ pylly*|pakar*|haarov*|peräauk*|"
                    "alapää*|peppu*|pepu*|takapuol*|istuinalue*",
                    "{NEG} ~ tunnu|tuntunut ~ pylly*|pakar*|haarov*|peräauk*|alapää*|peppu*|"
                    "pepu*|takapuol*", "pylly*|pyly* ~ tunnot*|puutu*|puutunu*|turta*",
                    "{NEG} ~ tunne ~ pakar*|haarov*|haarojen|peräauk*|alapää*|peppu*|pepu*|"
                    "takapuol*", "pakar*|haarov*|alapää*|peräauk* ~ tunnot*|puutu*|puutunu*|turta*",
                    "tunnot*|puutu* ~ pakar*|haarov*|alapää*|peräauk*"),
    "neck_stiff": ("{NEG} ~ leuka*|leukaa ~ rinta*|rintaan", "leuka* ~ {NEG} ~ rinta*"),
    "photophobia": ("valot|valo ~ sattuu|satuttaa|häiritsee|häikäisee|kirvelee|ärsyttää",),
    "spreading": ("levinny*", "levinnee*", "rajan yli", "piirretyn ~ rajan|viivan",
                  "yli ~ rajan|viivan|merkinnän"),
    "pus": ("valuu|vuotaa|tulee|tihkuu ~ keltai*|keltas*|vihreä*|vihree*|märkää|visva*|eritettä",
            "keltai*|keltas*|vihreä* ~ eritettä|vuotoa|visvaa|mönjää"),
    "num:6": ("kuus",),
    "num:5": ("viis",),
    "not_improving": ("{NEG} ~ hellittäny*|hellittänyt|hellinny*|helpottanu*|helpottanut|"
                      "parantunu*|parantunut",),
    # A visit already made for the symptom: history, not a new complaint.
    "checkup": ("kävin|olin|käytiin|oltiin|kävi|oli|kävimme ~ päivystykses*|lääkärissä|"
                "sairaalassa|terveyskeskuksessa|terkkarissa|työterveydessä|ensiavussa ~ "
                "*kivu*|*kipu*|*särky*|*särjen*|*oire* ~ takia|vuoksi",
                "uusinta*", "uusinnan", "uusittava*", "-uusist*",
                "uusia ~ resepti*|lääke*|lääkkee*",
                # probes 24-25 (sv): "haluaisin että minulle kirjoitetaan adrenaliinikynä"
                "kirjoitetaan|kirjoittaa|kirjoittaisi|kirjoittais|kirjoittaisitko|määrätään|"
                "määrätä|määräisi|määräisitkö ~ adrenaliinikynä*|epipen*|adrenaliinikynän",
                "adrenaliinikynä*|epipen* ~ kirjoitettua|määrättyä|kirjoitettavaksi|määrättäväksi",
                # probes 30-31 (fi): "tarviin uuden epipenin, vanha vanhenee"
                "tarvitsen|tarviin|tarvisin|tarvitsisin|tarttisin|haluaisin|hakea|hakemaan ~ "
                "uuden|uudet|uutta|uus ~ adrenaliinikynä*|epipen*|jext*|kynän|kynät|reseptin",
                "vanha|vanhat|kynä|kynän|epipen*|adrenaliinikynä* ~ vanhenee|vanhentuu|"
                "vanhentunut|vanhentunu|vanheni|vanhentumassa", "käyttöpäivä*"),
    "dur_days": ("toinen|toista|toisena|toisen päivä*|vuorokau*|yö*|aamu*|ilta*",),
    "dur_7d": ("toinen|toista viikko*|viikkoa",),
    # A bruise that has gone yellow is healing.
    "healing_bruise": ("keltai*|keltanen|keltas*|kellertäv*|vihertäv*|vihreä*|vihreen* ~ mustelma*",
                       "mustelma* ~ kellastu*|keltai*|keltanen|haalistu*|vaalen*|vihertäv*|"
                       "paranee|parantumassa|haalenee"),
    "vaccine_reaction": ("lämpö*|kuume*|kuumeil* ~ rokotu*|rokottee*|piikin|rokotteen ~ jälkeen",),
    # Harmless things children swallow (Myrkytystietokeskus): silica gel, crayons, chalk.
    "nontoxic_ingested": ("vahingossa ~ hörpyn|huikan|kulauksen|siemauksen|tilkan|hörppäsin|"
                          "hörppäsi",
                          # probe 19 (fi): a fruit stone or seed swallowed whole
                          "nielas|nieli|nielaisi|nielaissut|nielassu|nielaisu|nielly|niellyt|söi ~ "
                          "kirsikan|luumun|omenan|rypäleen|appelsiinin|mandariinin|hedelmän|"
                          "vesimelonin|oliivin|taatelin ~ kiven|kivet|kiviä|siemenen|siemenet|"
                          "siemeniä|siemenä",
                          "kirsikankiv*", "luumunkiv*", "hedelmänkiv*", "oliivinkiv*",
                          "laimea*|laimee* ~ astianpesuaine*|tiskiaine*|saippua*|"
                          "pesuaine*|shampoo*", "saippua*", "käsisaippua*", "shampoo*",
                          "astianpesuaine", "astianpesuainetta", "astianpesuaineen", "tiskiaine*",
                          "käsitiskiain*", "käsiastianpesuain*",  # probes 26-27 (fi)
                          "silikageeli*", "kuivatuspussi*", "kosteudenpoistopussi*",
                          "kuivausainepussi*", "väriliitu*", "vahaliitu*", "liitu*",
                          "muovailuvaha*",
                          "nieli*|nielaisi*|nielaissut|nielassu|söi ~ purukumi*|purkka*|purkan|"
                          "siemen*|kirsikankiv*|luumunkiv*|hedelmänsiemen*"),
    # Words for a baby's kicks; "potkii paljon" (kicks a lot) is a healthy baby (derived).
    "kick_word": ("potkii", "potki*", "potkut", "potkuja", "potkinut", "potkiskelee", "myllertää",
                  "liikkuu", "liikehtii"),
    "sunburn": ("auringo* ~ jäljiltä|jäljeltä|polttama*|polttanut|takia",
                "aurinko ~ polttanut|poltti|polttanu", "palanut|paloi|paloin|palaneet|palanu|"
                "palo|paloivat|palanu ~ auringossa|rannalla|uimarannalla",
                "nukahdin|nukahti|nukahtanut|nukuin|makasin|makoilin ~ aurinkoon|auringossa",
                # probes 24-25 (fi): "auringossa palo olkapäät", "paloin laiturilla"
                "auringo* ~ palo|paloi|paloin|paloivat|palanut|palaneet|palanu",
                "palo|paloi|paloin|paloivat|palanut|palaneet|palanu ~ laiturilla|laiturin|"
                "veneessä|veneellä|järvellä|merellä|mökillä|terassilla|parvekkeella|pihalla|"
                "golfkentällä|festareilla|tunturissa|rinteessä|purjehtiessa|etelässä|helteessä|"
                "lomalla|uimahallin|kalliolla|kallioilla"),
    "grumpy": ("kitis*", "kitisee", "kitinä*",
               "kiukku*", "kiukkune*"),
    "breathless": ("en|ei ~ saa ~ happea", "{NEG} ~ saa ~ happea",
                   "{NEG} ~ saa ~ happea ~ kun ~ kävelen|kävelee|liikun|nousen|kävellessä",
                   "{NEG} ~ saa ~ happea ~ kävellessä|portaissa|liikkuessa|kävelless*",
                   "hengitys|hengittäminen|hengittämi* ~ vaikee*|työläs*|työlää*|raskasta",
                   "vetää|vetäisee|haukkoo|haukkoi|vetää ~ henkeä ~ vaikee*|vaikea*|työläästi|"
                   "vaivalloisesti|vaikeasti",
                   "vaikee|vaikeeta|vaikea ~ hengittää",
                   # probe 18 (fi): "hankala hengittää" and kin
                   "hankala|hankalaa|hankalampi|vaikeaa|vaikeampi|vaikeempi|työläs|työlästä|"
                   "raskas|raskasta ~ hengittää|hengittäminen|hengitellä|hengittämi*|henkeä",
                   "hengittäminen|hengitys ~ hankala*|hankalaa|vaikeutunu*|vaikeutunut|tukala*",
                   # probes 28-29 (from sv): "hengittäminen käy vaikeammaksi"
                   "hengittäminen|hengitys ~ käy|tulee|muuttuu|muuttui ~ vaikeammaksi|vaikeaksi|"
                   "raskaammaksi|työläämmäksi|hankalammaksi"),
    # --- probe 12 (from sv) ---
    # An implanted defibrillator (ICD) and its shocks; several shocks or symptoms mean 112.
    "icd": ("icd", "rytmihäiriötahdistin*", "sisäinen ~ defibrillaattori*|iskuri*|sydäniskuri*",
            "implantoitu* ~ defibrillaattori*|iskuri*|sydäniskuri*",
            "asennettu ~ iskuri*|defibrillaattori*|sydäniskuri*",
            "iskuri* ~ rinnassa|rintakehässä"),
    "device_shock": ("isku", "iskun", "iskuja", "iskut", "iski", "iskenyt", "iskeny", "iskee",
                     "laukesi", "laukes", "laukaisi", "laukeaa", "sähköisku*", "pamautti"),
    "repeated": ("iskuja", "monta kertaa", "useita kertoja", "useamman kerran", "kahdesti",
                 "kaksi kertaa", "kolme kertaa", "kolmesti", "uudestaan", "yhä uudelleen",
                 "toistuvasti", "monesti",
                 # probes 22-23 (fi): the same words as "times_a_day", so both meanings stay
                 "kaksi|kolme|neljä|viisi|kuusi|kymmenen|pari|monta|useita ~ kertaa|kertoja ~ "
                 "päivässä|vuorokaudessa|päivittäin|yössä"),
    # A finger, hand or toe cut off.
    "amputation": ("vei|katkaisi|leikkasi|sahasi|irrotti|katkas|leikkas ~ sormesta|peukalosta|"
                   "varpaasta|sormenpäästä ~ pään|palan|kärjen|palasen",
                   "pala|palan|kärki|sormenpää|sormi|pää ~ pussissa|pussiin|jäissä|jäihin|"
                   "jääpussissa",
                   "irronnut|irronnu|irtosi ~ sormi|sormen|peukalo|varvas|sormenpää",
                   "sormi|sormenpää|peukalo|peukalon|varvas|sormen ~ irtosi|irronnut|irronnu",
                   "sormi|sormen|sormenpää|sormenpään|peukalo|peukalon|varvas|varpaan ~ irti",
                   "irti ~ sormi|sormen|sormenpää|sormenpään|peukalo|peukalon|varvas|varpaan",
                   "katkaisi|leikkasi|sahasi|irrotti ~ sormen|sormet|peukalon|sormenpään|varpaan",
                   "roikkuu ~ ihon|nahan ~ varassa"),
    # A button battery, and one gone missing near a child.
    "button_battery": ("nappiparisto*", "nappipatteri*", "litiumparisto*", "kolikkoparisto*",
                       "kelloparisto*", "nappikenno*", "pyöreä* ~ litteä* ~ paristo*|patteri*",
                       "litteä* ~ pyöreä* ~ paristo*|patteri*"),
    "missing": ("puuttuu", "kadonnut", "kadonnu", "hävinnyt", "hävinny",
                "{NEG} ~ löydy|löydä|löydetä|löytynyt|löytyny"),
    # An empty pack and "took them all".
    "empty_pack": ("tyhjä|tyhjiä|tyhjät|tyhjän ~ purk*|paketti*|paketin|pakkau*|läpipainolevy*|"
                   "dosetti*|dosetin|lääkerasia*|liuska*",
                   "purk*|paketti*|paketin|pakkau*|läpipainolevy*|dosetti*|dosetin|lääkerasia* ~ "
                   "tyhjä|tyhjiä|"
                   "tyhjät|tyhjänä|tyhjennetty"),
    "took_all": ("otti|ott*|nielaisi|nielais*|söi|syö* ~ kaikki|koko",
                 # probe 15 (fi): a heap of tablets ("ihan hirveesti pillereitä")
                 "hirveesti|hirveästi|kauheesti|kauheasti|valtavasti|älyttömästi|kasan|"
                 "kasoittain|läjän ~ pillere*|tablet*|nappe*|unilääk*|särkylääk*|burana*|panadol*|"
                 "lääkkeitä|*lääkkeitä",
                 "otti|otin|ottanu|ottanut|ottaneet|söi|syönyt|syöny|napsi|popsi|nielaisi ~ "
                 "paljon|kasan|läjän|kourallisen|purkillisen|paketillisen|levyllisen ~ *lääk*|"
                 "pillere*|tablet*|burana*|panadol*|nappe*"),
    "beating": ("lyö|lyövät|hakkaa|hakkaavat|potkii|potkivat|pahoinpitelee ~ äitiä|isää|minua|mua|"
                "häntä|lapsia|vaimoa|vaimoaan|miestä|miestään|siskoa|veljeä|meitä|äitii",),
    # Something "went down the wrong way": choking only with a sign that air is not getting by.
    "choked_on": ("laitto|laittoi|pani|pisti|työnsi ~ jotain|jotakin ~ suuhun|suuhunsa",
                  "meni|menny|mennyt ~ väärään kurkkuun", "väärään kurkkuun", "meni henkeen",
                  "vetänyt|veti ~ henkeen"),
    # Violence going on as the message is written.
    "happening_now": ("just nyt", "juuri nyt", "parhaillaan", "tällä hetkellä", "tässä ja nyt",
                      "kirjoitan tätä"),
    # A reaction all over the body, away from the sting or the food.
    "whole_body": ("koko ~ kroppa*|kropan|keho*|kehon|vartalo*|iho", "joka puolella",
                   "joka puolelle", "ympäri ~ kroppaa|kehoa|vartaloa", "kauttaaltaan",
                   "päästä varpaisiin"),
    # Heading for traffic, rails or a height while psychotic or manic.
    "danger_place": ("moottoritielle", "junaradalle", "radalle", "kiskoille", "raiteille",
                     "liikenteen sekaan", "auton|junan|rekan|bussin ~ eteen", "osaa lentää",
                     "voi lentää", "pystyy lentämään"),
    # Fell off a ladder, a tree or a horse.
    "fall_object": ("hoitopöy*", "hoitotaso*", "syöttötuoli*", "kiipeilytelin*", "*telineen",
                    "trampoliini*", "liukumäe*", "liukumäki*", "kerrossängy*", "kerrossänky*",
                    "yläsängy*", "keinu*",
                    "tikkailta", "tikkaat", "tikkaiden", "tikkaista", "tikapuilta", "tikapuut",
                    "rakennustelinee*", "telineeltä", "puusta", "hevosen selästä", "hevoselta"),
    # A muscle cramp is not a seizure.
    "muscle_cramp": ("silmäluomi|luomi|luomet|lihas|lihakset|pohje|pohkeet|peukalo|silmäkulma|"
                     "poski|huuli|reisi ~ nykii|nykivät|nykiä|nytkii|nytkyy|nykinyt|värisee",
                     "silmäluomen|luomen|lihasten|lihaksen ~ nyki*|nykinä|värinä", "lihasnykäy*",
                     "lihasnyki*",
                     "suonenveto*", "suonveto*", "pohjekramp*", "jalkakramp*", "lihaskramp*",
                     "yökramp*",
                     # probes 28-29 (fi): "öisin tulee kramppeja pohkeeseen"
                     "kramp* ~ pohkee*|pohje*|pohkei*|jalka*|jalko*|jalkaa|reite*|reiteen|reisi*|"
                     "varpa*|jalkapohja*|jalkateri*",
                     "pohkee*|pohje*|pohkei*|jalka*|jalko*|reite*|reisi*|varpa*|jalkapohja* ~ "
                     "kramp*"),
    # Fainting at a blood test, a donation or a jab: a harmless reflex faint.
    "vasovagal": ("näin|nähdessä|nähdessäni|nähtyäni ~ veren|verta|neulan",
                  "verikokee*|verinäyt*|rokotukse*|verikoke* ~ pyörr*|pyörty*|heikotti|huippasi",
                  "pyörr*|pyörty* ~ verikokeessa|verikokeissa|rokotuksessa|verinäytteessä",
                  "vasovagaal*",
                  "pyörty*|pyörryin ~ verikoe*|verikokee*|verenluovutu*|rokotu*|piikki*|"
                  "pistokse*|näytteenot*", "veren ~ näkeminen|näkemisestä|nähdessä"),
    # --- probe 13 (from en) ---
    # Finnish words for the situations the en probe-13 rules introduced.
    # A choking hazard in a small child's mouth: grapes, nuts, sweets, a coin, a toy part.
    "small_object": ("viinirypäle*", "rypäle*", "rypäleen", "pähkin*", "maapähkin*", "popcorn*",
                     "paukkumai*", "karkki*", "karkin", "karamelli*", "kolikko*", "kolikon",
                     "lego*", "marmorikuul*", "nakki*", "nakin", "makkaran|makkara ~ pala*",
                     "porkkanan|omenan|lelun ~ pala*|osa*", "kirsikkatomaat*",
                     # probe 21 (fi): "joku palanen", "leipäpala" (not "pala kurkussa")
                     "palanen", "palasen", "palaset", "palasia", "*palanen", "*palasen",
                     "*pala", "*palan", "-pala", "-palan"),
    # Methanol or glycol: washer fluid, antifreeze, de-icer.
    "toxic_alcohol": ("metanoli*", "tuulilasinpesu*", "lasinpesunest*", "jäänesto*",
                      "pakkasnest*", "jäähdytinnest*", "etyleeniglykol*", "glykoli*",
                      "jarrunest*", "sinol*", "denaturoi*",
                      # probe 19 (fi): moonshine may hold methanol
                      "pontik*", "kotipolt*", "kotipolto*", "trokari* ~ viina*|pirtu*"),
    "drank": ("joi", "join", "juonut", "juonu", "joivat", "hörppäs*", "hörppy", "kulaus*",
              "siemais*", "maistoi", "maistanut", "maistanu", "huikan", "huikka"),
    # Ending a relationship, not a life.
    "breakup": ("erosi", "eronnut", "eronnu", "erottiin", "erota ~ tyttöystävä*|poikaystävä*|"
                "kumppani*|puoliso*|vaimo*|miehe*", "suhteen ~ loppu*|lopett*", "jätti minut"),
    # Lying on the floor or the ground.
    "on_floor": ("makaa|makasi|makaamassa|maannut|maannu|retkottaa ~ lattialla|maassa|lattiall*",
                 "lattialla|maassa ~ makaa|makaamassa|makasi|retkottaa"),
    "breast": ("rintarauhas*", "nänni*", "rinnanpää*", "utaretulehdu*", "rintatulehdu*",
               "maitotiehy*", "rintapaise*"),
    # Dizzy for a moment on standing up quickly.
    "head_rush": ("nousin|nousi|nousee|nousta|noustessa|noustua|nousu ~ nopeasti|äkkiä|nopeesti|"
                  "äkillisesti|ripeästi",),
    # A blood test, a jab or a needle.
    "blood_draw": ("verikoe*", "verikokee*", "verinäyt*", "näytteenot*", "verenluovutu*",
                   "verenluovutuks*", "rokotu*", "rokote", "rokotteen", "rokotetta", "piikki*",
                   "pistos", "pistoksen", "pistosta", "neula*", "kanyyli*", "labrassa",
                   "laboratorio*"),
    # Shaking that does not stop (in a child: a fit).
    "shaking_ongoing": ("tärinä|tärisee|tärisi|vapisee|vapina|nytkii|nytkyttää|nykii ~ ei ~ "
                        "lopu|loppunut|loppunu|lakkaa|lakannut|lakannu|hellitä",
                        "tärisee|tärissyt|nytkii|nykii ~ jo ~ minuutti*|min"),
    # A known, recurring complaint: "the same as always".
    "known_pattern": ("samanlai* ~ kuin ~ yleensä|ennenkin|aina|tavallisesti|aiemmin",
                      # probes 28-29 (fi): "samanlainen ku ennenkin"
                      "samanlai*|samallai*|samanlais* ~ ku|kun ~ yleensä|ennenkin|aina|"
                      "tavallisesti|aiemmin|ennen",
                      # probes 28-29 (from sv): "tyypillinen kohtaus"
                      "tyypilli*|tavallinen|tavallista ~ kohtau*|migreeni*|migreenikohtau*|"
                      "päänsär*|puuska*"),
    "harmless_med": ("*vitamiini*", "kalaöljy*", "omega*", "maitohappobakteer*", "probioot*",
                     "foolihappo*", "kalkkitabl*", "magnesium*", "sinkki*"),
    "high_risk_med": ("verenpainelääk*", "sydänlääk*", "beetasalpaaj*", "insuliini*",
                      "diabeteslääk*", "metformiini*", "digoksiini*", "litium*", "metadoni*",
                      "buprenorfiini*", "oksikodoni*", "morfiini*", "tramadoli*", "kodeiini*",
                      "unilääk*", "nukahtamislääk*", "bisoprolol*", "metoprolol*",
                      "amlodipiini*", "ketipiini*", "diatsepaami*", "tsopikloni*",
                      # probes 30-31 (fi): benzodiazepines by trade name ("tenoxeja")
                      "bentso*", "oksatsepaami*", "opamox*", "diapam*", "stesolid*", "tenox*",
                      "tematsepaami*", "alpratsolaami*", "xanor*", "alprox*",
                      "klonatsepaami*", "rivatril*", "loratsepaami*", "temesta*",
                      "imovane*", "zopinox*", "tsolpideemi*", "stilnoct*"),
    "brief": ("hetke*", "sekun*", "hetkeksi", "hetken", "pari sekuntia", "silmänräpäy*"),
    "grey_hair": ("harmaat|harmaita|harmaantu* ~ hiukset|hiuksia|hiukse*|parta*",),
    # --- probe 13 (from fi) ---
    # Word families the fi probe-13 messages used for concepts the lexicon already had.
    "copula": ("äiti", "isä", "mummo", "mummi", "vaari", "ukki", "pappa", "appiukko", "appi",
               "anoppi", "isoäiti", "isoisä", "mies", "vaimo"),  # "äiti (84)": her age
    "insomnia": ("{NEG} ~ saanu|saanut|saaneet|saada|saa|sais|saisi ~ unta",
                 "sais|saisi|saisin|saada|saamaan ~ unta"),
    "sudden": ("eilen ~ normaali|normaalisti|kunnossa|terve|pirteä|hyvävointinen",
               "vielä eilen", "eilen vielä"),
    "hoarse": ("kähee*", "käheäks*", "käheytyn*", "käheyty*",
               "ääni ~ muuttunu*|muuttunut|muuttui ~ käheä*|kähee*|oudoksi|oudoks|kummalliseksi"),
    "cant_swallow": ("nieleminen ~ vaike*|vaikee*|tukal*|työlä*|hankal*",  # probes 26-27 (fi)
                     "vaikea|vaikee|vaikeeta|vaikeaa|hankala ~ niellä", "nieleminen ei onnistu",
                     "{NEG} ~ suostu ~ nielemään|niele*"),
    "eye_injury": ("osu|osui|osunut|osunu|iski|iskeytyi|kopsahti ~ silmään|silmiin|silmää",
                   "silmään|silmiin ~ osu|osui|osunut|osunu|iski",
                   "maila|mailan|pallo|pallon|kiekko|kiekon|oksa|oksan|kyynärpää|kyynärpäästä|"
                   "nyrkki|nyrkillä|lelu|kivi|sulkapallo ~ silmään|silmiin|silmää",
                   "isku|iskun|lyönti|lyönnin ~ silmään|silmiin|silmää",
                   "löi|lyönyt|lyötiin ~ silmään|silmiin|silmää"),
    "vision_blur": ("sumee*", "sumeesti", "sumeasti", "epätarkasti", "utuise*", "utuses*",
                    "sumuise*", "sumuses*", "näkee ~ sumeasti|sumeesti|epäselvästi|utuisesti"),
    "bone_visible": ("pistää|pisti|törröttää|törrötti|työntyy|työntyi|näkyy ~ luu|luun|luunpää",
                     "luu|luun|luunpää ~ ihon|ihosta ~ läpi|ulos",
                     "luu ~ puhkaisi|puhkas|ulkona",
                     "luunpala* ~ näkyy|pistää|törröttää"),
    "self_harm": ("viilsin|viilsi|viiltänyt|viiltäny|viilteli|viiltelin ~ ranteeseen|ranteisiin|"
                  "ranteet|ranteen|ranteensa|ranteeni|käsivarteen|käsivarteensa|reiteen|"
                  "itseäni|itseään|itteäni|ittensä",),
    "wound": ("viilsin|viilsi|viiltänyt|viiltäny|viilteli|viiltelin ~ ranteeseen|ranteisiin|"
              "ranteet|ranteen|ranteensa|ranteeni|käsivarteen|käsivarteensa|reiteen|"
              "itseäni|itseään|itteäni|ittensä",),
    "deep_wound": ("jänne|jänteet|jänteen ~ näkyy|näkyvissä|poikki",
                   "näkyy ~ jänne|jänteet|jänteen",
                   # probe 18 (fi): through the cheek or lip, bone showing
                   "näkee|näkyy|näky|nähdä ~ suuhun|luuhun|luu|luuta|luun|läpi|sisään",
                   "poski|posken|poskesta|huuli|huulen|huulesta ~ läpi|puhki|auki|halki",
                   "reikä|reiän ~ poskessa|poskeen|huulessa"),
    "seizure": ("kohtaus ~ kestäny|kestänyt|kestää|jatkunu*|jatkuu",
                # probes 30-31 (fi): a fit in a fever is a fit too (febrile_seizure has these)
                "kouristel*|kouristi|kouristanut|kouristanu|kouristuks*|kouristus ~ "
                "kuumeessa|kuumeisena|kuumeen|kuumeesta",
                "kuumeessa|kuumeisena ~ kouristel*|kouristi|kouristanut|kouristanu",
                "kohtaus ~ {NEG} ~ lopu|loppu|lakkaa", "nyki*", "nytki*", "nytky*",
                "silmät|silmä ~ pyöri|pyörivät|pyöris|pyörähti|kääntyi|kääntyivät|muljahti|"
                "muljahtivat|nurin ~ ylös|nurin|taakse|ylöspäin|päähän",
                # probe 18 (fi): fits one after another
                "kohtaus|kohtauksen|kohtauksia|kohtausta|kohtauksi* ~ perään|peräkkäin|putkeen|"
                "uudestaan|uusi",
                "kaksi|kaks|kolme|monta|useita|useamman|toisen|toinen ~ kohtausta|kohtauksia|"
                "kohtauksen|kohtaus"),
    "slurred": ("puheessa|puhe ~ jotain|on ~ outoo|outoa|vikaa|sekavaa",
                "sanat ~ {NEG} ~ tuu|tule|löydy|meinaa|irtoa|tahdo",),
    "vision_loss": ("näkyy ~ vaan|vain|pelkkä|pelkästään ~ alaosa|yläosa|puolet|puolikas|reunat",
                    "näkökentä* ~ puuttuu|pimeä|pimee|musta|mustana|pimeänä|pimeenä|katosi|hävisi",
                    "yläosa|alaosa|yläpuolisko|alapuolisko|puolet|puolikas|reuna ~ pimee|pimeä|"
                    "musta|mustana|pimeänä|pimeenä|puuttuu|hävisi",
                    "silmästä|silmällä ~ {NEG} ~ näe|näy", "pimeä|pimee|musta ~ silmässä|silmästä",
                    # probe 32 (fi): colloquial "oikeesta silmästä ei nää mitään"
                    "silmästä|silmällä|silmä|silmään ~ {NEG} ~ nää ~ mitään|mitää|mittää|"
                    "mittään|yhtään|ollenkaan|mitn",
                    "{NEG} ~ nää|näe|näy ~ mitään|mitää|mittää|yhtään|ollenkaan ~ silmästä|"
                    "silmällä|silmään|silmällään|silmästään",
                    # probe 19 (fi): sight went black
                    "näkö|näön ~ musta*|pimeäks*|pimeeks*|pimeni|pimeäksi|sammui"),
    "anus": ("pylly*", "pyly*"),
    "cant_pee": ("pissa|pissaa|virtsa|virtsaa|pissat ~ {NEG} ~ tuu|tule|lähde|meinaa|kulje|tullu",),
    "cant_open_mouth": ("suu|suuta|suuni ~ {NEG} ~ {CAN} ~ auki",
                        "suu|suuta ~ {NEG} ~ aukea|aukee|aukene|aukeudu",
                        # probe 19 (fi)
                        "vaikea|vaikee|vaikeaa|vaikeeta|hankala|hankalaa|vaikeuksia ~ avata ~ "
                        "suuta|suu|suuni|leukoja"),
    "tight_throat": ("kurkku ~ menee|meni|mennyt|menny ~ kiinni|umpeen",
                     "nielu|kurkku|kurkkua|nielua ~ ahdistaa|ahistaa|ahtaalta|umpeutuu|"
                     "sulkeutuu|"
                     "kiristää|turvoksissa|turpoo|turvonnut|turvonnu|umpeen",),
    "despite_treatment": ("*lääkkeestä|buranasta|panadolista|pronaxenista|ibuprofeenista|"
                          "parasetamolista|lääkityksestä ~ huolimatta",
                          "vaikka ~ syön|söin|syö|syönyt|syöny|otan|napsin|popsin ~ buranaa|"
                          "panadolia|särkylääkettä|kipulääkettä|lääkettä|pronaxenia|ibuprofeenia|"
                          "parasetamolia|buranoita|lääkkeitä"),
    "gastro": ("vatsataud*", "oksennustaud*", "mahataud*", "mahatau*", "vatsapöpö*", "mahapöpö*"),
    "cold_illness": ("miesflunss*", "kesäflunss*", "miesflunssa", "-influenssarokot*",
                     "-koronarokot*", "-flunssarokot*"),
    # Neck and shoulders "jumissa" are tense muscles, not the stiff neck of meningitis.
    "tension": ("niska|niskat|hartiat|hartia|niskahartia*|niskahartiaseutu ~ jumissa|jumiutunut|"
                "jumittaa|jumittunut|jumiutunu|kireä|kireät|kireenä|jumit",
                "niskajumi*", "niskahartiajumi*", "hartiajumi*"),
    "tender_press": ("ku painaa", "kun painaa", "ku painan", "ku painetaan", "kun painetaan",
                     "painamalla"),
    # "Rintalihakset kipeet" after the gym; "penkkipunnerrus" is no pain ("penk-kipu-nnerrus").
    "burn": ("uunipelli*|uunipelti*|pellin|pelti|kattila*|paistinpann*|pannun|silitysrau* ~ "
             "paljain|paljaalla|paljaat|paljailla",
             "ilman ~ patakin*|patalap*|patakind*|patakint*|kintaita|hanskoja|patalappua",
             "koski|kosketin|kosketti|koskin|tartuin|tarttui ~ kuuma*|kiukaaseen|hellaan|"
             "liesilevyyn|silitysrautaan",
             # probes 28-29 (fi): a kettle, teapot or pan of something hot pulled over someone
             "veti|vetäisi|vetäs|kiskaisi|kiskas|kaatoi|kaato|kaatanut|kaatanu|tiputti|pudotti ~ "
             "teekannu*|teekannun|kahvikannu*|kahvikannun|vedenkeitin|vedenkeittimen|kattilan|"
             "kattila|kahvinkeitin|kahvinkeittimen|kahvipannun|kahvipannu|paistinpannun ~ "
             "päälleen|päällensä|niskaansa|ylleen|syliinsä|syliin",
             "kuuma|kuuman|kuumaa|kiehuvan|kiehuva ~ teekannu*|teekannun|kahvikannu*|"
             "vedenkeitin|vedenkeittimen|kattila|kattilan|kahvinkeitin|kahvinkeittimen|"
             "kahvipannu*|paistinpannu* ~ kaatui|kaatu|päälleen|päällensä|niskaansa|ylleen|"
             "syliinsä|syliin"),
    # A migraine known for years with its usual aura is the migraine, not a new headache.
    "headache": ("päätä|päässä|pää ~ hakkaa|jyskyttää|jomottaa|jyskyttävä",
                 "jyskyttävä|jyskyttävää|jyskyttää ~ särky|kipu|päänsärky|särkyä",
                 "migreeni*|migree* ~ vuosia|vuosikausia|vuosikaudet|pitkään|nuoruudesta|"
                 "lapsesta",),
    "usual": ("migreeni*|migree* ~ vuosia|vuosikausia|vuosikaudet|pitkään|nuoruudesta|"
              "lapsesta",),
    "aura": ("aura", "auran", "auraa", "aurana", "auraoire*", "aurallinen", "aurallise*",
             "sahalaita*", "siksak*", "zigzag*", "välkky* ~ kuvio*|sahalaita*|reuna*",
             "migreeniaura*"),
    # "Haluaa vaan nukkua": a child who only wants to lie down.
    "lethargic": ("haluu|haluaa|halua|tahtoo ~ vaan|vain|pelkästään ~ nukkua|maata|nukkumaan",),
    "teething": ("hampaat|hampaita|hammas|poskihampaat ~ tulee|tulossa|puhkeaa|puhkeamassa|"
                 "tulemassa",
                 "pureskelee|jyrsii|järsii|nakertaa ~ kaikkea|kaikkee|leluja|sormia|nyrkkiä|"
                 "käsiä",
                 "laittaa|tunkee ~ kaiken|kaikki ~ suuhun",
                 # probes 26-27 (from sv): "voisko olla hampaat?"
                 "olla|ois|olis|oisko ~ hampaat|hampaita|hampaista"),
    "dur_prep": ("jatkunu*|jatkunut|jatkuu|kestänyt|kestäny|kestää ~ kaks|kaksi|pari|yhden|"
                 "vuorokauden|päivän|2|1 ~ päivää|vuorokautta|päivä|pv|vrk",),
    # Pupils pinpoint: an opioid (fentanyl patch, oxycodone, heroin) slowing the breathing.
    "pinpoint_pupils": ("pupillit|pupilli|mustuaiset|mustuainen ~ pienet|pieninä|pienenä|"
                        "pikkuriset|"
                        "pikkuruiset|nuppineulan|pistemäiset|kapeat|supussa|pikkupienet",
                        "nuppineulanpää*", "neulanpää*|nuppineulan ~ pupilli*|kokoiset"),
    "opioid": ("fentanyyl*", "fentanyl*", "oksikodon*", "oxycontin*", "oxynorm*", "targiniq*",
               "morfiin*", "heroiin*", "subutex*", "buprenorf*", "metadon*", "opioid*",
               "opiaat*", "kipulaastari*", "fentanyylilaastari*", "norspan*", "tramadol*",
               "tramal*", "kodeiin*", "panacod*"),
    # "Hirvikivääri on ladattuna": a loaded gun at hand.
    "firearm_ready": ("ladattu*|ladattuna|ladannut|ladannu*|ladattiin|latasi ~ kivääri*|*kivääri*|"
                      "ase|aseen|aseensa|haulikko*|haulikon|*haulik*|pistooli*|pyssy*",
                      "kivääri*|*kivääri*|ase|aseen|aseensa|haulikko*|haulikon|*haulik*|pistooli*|"
                      "pyssy* ~ ladattu*|ladattuna|valmiina|esillä|esiin"),
    # Driving or walking under a lorry or a train: a method when said of oneself.
    "under_vehicle": ("auton|junan|rekan|bussin|ratikan|raitiovaunun|metron|kuormurin ~ "
                      "alle|eteen",),
    "steer_into": ("ajan", "ajaa", "ajais", "ajaisi", "ajaisin", "ajamaan", "ajavansa", "ohjaan",
                   "ohjaisin", "kävelen", "kävelisin", "menen", "meen", "heittäydyn",
                   "heittäytyisin", "heittäytyä"),
    # Someone screaming for help: violence or an accident under way (112.fi).
    "cry_for_help": ("huutaa|huutelee|huutaen|kiljuu|kirkuu|huutavan|huutamassa|huutavat ~ apua",
                     "avunhuu*", "apua ~ huutaa|huutelee"),
    # In labour: contractions, the waters gone; imminent birth: the head showing, the urge to push.
    "labour": ("pää ~ näkyy|näkyvissä", "supistukset", "supistuksia",
               "supistuksien", "supistusten", "supistus",
               "supistuksen", "supistuksi*", "supistelee", "supistelu*", "supparit", "suppareita",
               "supparei*", "synnytys ~ käynnissä|alkanut|alkoi|alkanu|käynnistyi|käynnistyny*",
               "lapsivede*|vedet ~ meni|menivät|menny*|menneet|mennyt|tuli|tulivat|tulleet",
               "supistukset|supistuksia|supparit|supistus ~ yhden|kahden|kahen|kolmen|parin|"
               "1|2|3 ~ välein"),
    "birth_imminent": ("supistukset|supistuksia|supparit|supistus ~ yhden|kahden|kahen|kolmen|"
                       "parin|1|2|3 ~ välein",
                       "pää ~ tulee|tulossa ~ ulos|jo", "pää tulee jo", "pää tulee ulos",
                       "pää ~ näkyy|näkyvissä|ulkona",
                       "ponnistuttaa", "ponnistustarve*", "ponnistamisen tarve", "ponnistusvaihe*",
                       "pitää|pakko|täytyy|tarvii|tarve ~ ponnistaa|ponnistamaan",
                       "{NEG} ~ ehdi* ~ sairaalaan|synnärille|synnytyssairaalaan",
                       "vauva ~ tulee ~ nyt|jo|ulos"),
    "flashes": ("näkee|näen|näin|näki|nähnyt ~ tähtiä|välähdyksiä|salamoita|valonvälähdyksiä",),
    "elderly": ("vanha|vanhan|vanhalla|iäkäs ~ isä|äiti|mies|nainen|ihminen|rouva|herra|setä|täti|"
                "naapuri|isäni|äitini",
                # probe 18 (fi): in-laws and great-grandparents
                "appi*", "appiukko*", "appiuko*", "anoppi*", "anopi*", "appivanhem*",
                "isomummo*", "isovaari*", "isoisovan*"),
    "dog_bark": ("koira|koiran|koirat|koiria|hauva|rakki ~ haukkuu|haukkui|haukkuvat|haukkuminen|"
                 "haukkumiseen|haukku", "haukkuva ~ koira|koiran"),
    # --- probe 13 (from sv) ---
    # Finnish words for the situations the sv probe-13 rules introduced.
    "low_pulse": ("pulssi ~ hidas|matala|harva|heikko|hidastunut",
                  "hidas|matala|harva|heikko ~ pulssi|syke", "syke ~ hidas|matala|laskenut",
                  "sydän ~ lyö ~ hitaasti|harvaan", "bradykardi*"),
    # A wasp or bee sting inside the mouth or throat: the airway can swell shut.
    "sting_mouth": ("pisti|pistänyt|pisto ~ kieleen|suuhun|kurkkuun|nieluun|huuleen|kitalakeen",
                    "ampiai*|mehiläi*|kimalai* ~ suuhun|suussa|kurkkuun|limsa*|juoma*|"
                    "tölkki*|pullo*", "nieli ~ ampiaisen|mehiläisen",
                    "pisto ~ kielessä|suussa|kurkussa"),
    # At the edge of a height: on the railing, a high floor.
    "at_height": ("kaiteella", "kaiteen ~ päällä|yli|ulkopuolella|takana|väärällä",
                  "väärällä puolella ~ kaidetta|kaiteen",
                  "viidennessä|kuudennessa|seitsemännessä|kahdeksannessa|yhdeksännessä|"
                  "kymmenennessä|ylimmässä ~ kerroksessa"),
    # A young person asking that a parent is not told about an injury or an overdose.
    "secrecy": ("älä|älkää ~ kerro ~ äidille|isälle|vanhemmille|kenellekään",
                "ei saa ~ kertoa|tietää", "kukaan ei saa tietää", "äiti ei saa tietää",
                "vanhemmat ei saa tietää", "salaa ~ vanhemmilta|äidiltä|isältä"),
    # The waters have broken; green or brown water means the baby passed meconium.
    "waters_broken": ("lapsivesi|lapsivedet|vedet ~ meni|menivät|tuli|tulivat|mennyt|menneet",
                      "lapsivesi*", "kalvot puhkesi*"),
    "meconium": ("vihreä*", "vihertäv*", "ruskea*", "ruskehtav*", "mekonium*", "sameaa",
                 "samea"),
    # Shaking chills: rigors.
    "rigors": ("horkka*", "vilunväristyskohtau*", "tärisen ~ vilusta|kylmästä",
               "hampaat kalisevat", "tärisee hallitsemattomasti"),
    "chills": ("tärisen ~ vilusta|kylmästä", "hampaat kalisevat", "tärisee hallitsemattomasti"),
    # A party, a festival or a club: a pill taken there is a drug.
    "party": ("festari*", "festivaali*", "bileet", "bileissä", "bilei*", "reiveissä", "reivi*",
              "yökerho*", "klubilla", "jatkoilla", "kotibileissä"),
    # A known epilepsy (the diagnosis, not a seizure now).
    "epilepsy": ("epilepsia", "epilepsiaa", "epilepsian", "epileptikko*"),
    # Coffee, energy drinks: a harmless cause of a racing heart.
    "caffeine": ("kahvi*", "kofeiini*", "energiajuom*", "espresso*", "red bull", "monster",
                 # probes 24-25 (from en): "yliannostin kahvia" is too much coffee, not poison
                 # (caffeine tablets, "kofeiinitabletteja", stay an overdose)
                 "yliannost* ~ kahvi*|kofeiini|kofeiinia|kofeiinin|energiajuom*|espresso*",
                 "kahvi*|kofeiini|kofeiinia|kofeiinin|energiajuom* ~ yliannost*",
                 "myrkyt* ~ kahvi*|kofeiini|kofeiinia|kofeiinin|energiajuom*|espresso*"),
    # Checked by a doctor and found harmless.
    "known_benign": ("vaaraton", "vaarattomia", "vaarattomaksi", "hyvänlaatui*",
                     "ei mitään vaarallista", "ei mitään vakavaa", "normaali tulos",
                     "olivat normaalit", "oli normaali"),
    # An accident last year or years ago: a past injury, not a crash now.
    "past_injury": ("kolari*|onnettomuu*|liikenneonnettomuu*|autokolari* ~ viime ~ vuonna|"
                    "kesänä|talvena|keväänä|syksynä|kuussa",
                    "kolari*|onnettomuu*|liikenneonnettomuu*|autokolari* ~ vuosi|vuotta|"
                    "kuukausi|kuukautta ~ sitten", "viime vuoden ~ kolari*|onnettomuu*"),
    # "The first time in ages": not a long illness.
    "in_a_while": ("pitkästä aikaa", "pitkän tauon jälkeen", "ensimmäistä kertaa vuosiin"),
    # --- probe 15 (from en) ---
    # Finnish words for the situations the en probe-15 rules introduced.
    "preterm": ("rv|rvk|raskausvk|raskausviikolla|raskausviikko|raskausviikon ~ 20|21|22|23|24|25|"
                "26|27|28|29|30|31|32|33|34|35|36",
                "20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36 rv|rvk|raskausviikolla",
                "20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36 ~ viikkoa|vk ~ raskaana",
                "raskaana ~ 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36 ~ viikkoa|vk",
                # probes 24-25 (sv): "raskaana viikolla 29"
                "raskaana ~ viikolla|viikko|vk|rv|rvk 20|21|22|23|24|25|26|27|28|29|30|31|32|33|"
                "34|35|36",
                "ennenaikai*"),
    "dose_supply": ("koko ~ viikon|kuukauden|viikkojen|kuun ~ lääk*|annos*|dosett*|tabl*|pill*|"
                    "annospus*", "viikon|kuukauden ~ lääkkeet|annokset ~ kerralla"),
    "first_aid_topic": ("essee*", "esseetä", "esitelmä*", "opinnäyte*", "opinnäytetyö*",
                        "tutkielma*", "lopputyö*", "kouluesitelmä*", "*ensiapukurssi*",
                        "ea kurssi*", "elvytyskurssi*", "*ensiapukoulutu*",
                        "elvytyskoulutu*", "kurssi*|koulutu* ~ jossa|joka|josta|aiheena|aiheesta ~ "
                        "käsitel*|opete*|opitaan|harjoitel*|käydään|elvyty*|ensiapu*"),
    "lay_on_arm": ("nukku*|nukkui*|nukuin|makasi|makasin|maannut|maatessa ~ käden|käsivarren|"
                   "kätensä|käteni|käsivartensa ~ päällä|päälle",
                   "käsi|käsivarsi ~ meni ~ unteen|nukkumaan",
                   # probes 28-29 (fi): "käsi veltto kun nukuin sen päällä"
                   "nukku*|nukuin|makasi|makasin|maannut|maannu|maatessa ~ sen|niiden ~ "
                   "päällä|päälle"),
    "dose_box": ("*dosett*", "annospus*", "lääkerasia*", "pillerirasia*", "läpipainopakkau*",
                 "lääkepussi*"),
    "empty_word": ("tyhjä", "tyhjänä", "tyhjiä", "tyhjät", "tyhjillään", "tyhjennetty",
                   "tyhjennetyt", "revitty", "revitty auki", "revittyinä", "ei mitään jäljellä"),
    "pain_disproportion": ("suhteeton*", "suhteettoman ~ kova*|voimakas*|kipe*",
                           # probes 26-27 (from sv): "kipu on ihan kohtuuton"
                           "kohtuuton|kohtuutonta|kohtuuttoman ~ kipu|kipua|kova|kipeä|särky",
                           "kipu|kipua|särky ~ kohtuuton|kohtuutonta",
                           "kovempi|pahempi|kipeämpi|kovemmalta|pahemmalta ~ kuin ~ näyttää|"
                           "näyttäisi|voisi|luulisi|odottaisi"),
    "eye_shut": ("turvonnut umpeen", "turvoksissa umpeen", "turpoaa umpeen",
                 "ei saa ~ silmää|silmiä|silmäänsä ~ auki", "silmä ei aukea"),
    "orbital_sign": ("sattuu|koskee|kipeää|kipua|kivulias ~ liikuttaa|liikuttaessa|katsoa|"
                     "katsoessa|kääntää|kääntäessä ~ silmää|silmiä|sivulle|sivuille|ylös",
                     "silmän|silmien ~ liikuttaminen|liikuttelu|liikkeet ~ sattuu|sattuvat|kipe*|"
                     "koskee",
                     "silmä|silmämuna ~ pullottaa|pullistuu|työntyy ~ ulos|eteen",
                     "pullottava silmä", "pullistuva silmä"),
    "cancer": ("*syöpä*", "*syövä*", "*kasvain*", "etäpesäk*", "metastaa*", "lymfoom*", "myeloom*",
               "*leukemi*", "karsinoom*", "sarkoom*"),
    "dialysis": ("*dialyysi*", "munuaiskone*"),
    "missed_word": ("väliin", "jäi väliin", "jätti väliin", "jättänyt väliin", "jäänyt väliin",
                    "ei käynyt", "ei ole käynyt", "peruttiin", "peruuntui", "unohtui",
                    "jättänyt käymättä", "jätti käymättä"),
    "skin_detach": ("iho|ihoa|ihon ~ irtoaa|irtoilee|irtosi|irronnut|irtoavat|irtoaminen|irtoilu|"
                    "kuoriutuu|kuoriutuvat|kuoriutuminen",
                    "iho|ihoa|ihon ~ lähtee|lähti ~ irti|riekaleina|laikuittain",
                    "iho ~ lähtee ~ riekaleina|laikuittain|levyinä"),
    "food_dye": ("punajuur*", "mustikka*", "mustikoi*", "karhunvatu*", "raparper*",
                 "elintarvikeväri*", "lakritsi*"),
    # "Punajuurta en oo syöny": the food denied after it (no rule reads this concept).
    "food_denied": ("punajuur*|mustik*|karhunvatu*|raparper* ~ en|ei|emme ~ oo|ole|ollut ~ "
                    "syöny|syönyt|syöneet|syöty",),
    "fright": ("kauhuelokuva*", "kauhuleffa*", "kauhusarja*", "säikähd*", "säikäht*", "pelästy*",
               "säikähdys", "säikähdyksestä"),
    # --- probe 15 (from fi) ---
    # Finnish words for the situations the fi probe-15 rules introduced.
    # Clear, watery fluid from the ear or nose after a blow to the head: a skull-base fracture.
    "csf_leak": ("korvasta|korvista ~ valuu|vuotaa|tulee|tihkuu|tippuu|valui|vuoti|tuli ~ "
                 "kirkasta|kirkas|vetistä|vesimäistä|nestettä",
                 "nenästä|sieraimesta ~ valuu|vuotaa|tihkuu|tippuu|valui|vuoti ~ "
                 "kirkasta|kirkas|vetistä|vesimäistä ~ nestettä",
                 "kirkasta|vetistä|vesimäistä ~ nestettä|eritettä ~ korvasta|korvista|nenästä|"
                 "sieraimesta", "aivoselkäydinneste*", "selkäydinneste*", "likvori*"),
    # No memory of what happened (the accident, the blow, the fall).
    "amnesia": ("{NEG} ~ muista|muistanut|muistanu|muistaa ~ mitään|mitn|tapahtunutta|tapahtumia|"
                "onnettomuutta|kaatumista|iskua|juttua|miten|mitä|tapahtumasta|onnettomuudesta|"
                "koko|kolarista|kolaria|kaatumisesta",
                "muistikatko*", "muisti ~ katkesi|katkes|pätkii|pätki|meni", "muistinmenety*"),
    # Seeing things that are not there (new in an older person: delirium).
    "hallucination": ("näkee|näki|näen|näin|nähnyt|nähny|näkevänsä|näkevän|näkis ~ "
                      "joita|jota|jotka|mitä ~ {NEG} ~ oo|ole|ollut|ollu|oikeasti|muut|olemassa",
                      "ötököitä|hyönteisiä|muurahaisia|matoja|hämähäkkejä|kärpäsiä|kuoriaisia|"
                      "hiiriä|rottia|käärmeitä ~ seinillä|seinällä|seinässä|katossa|iholla|"
                      "lakanoissa|lakanoilla|peitolla|sängyssä|ihon",
                      "näköharh*", "hallusin*", "aistiharh*", "harhanäk*",
                      # probe 19 (fi): bugs on the walls that are not real
                      "seinillä|seinällä|katossa|iholla|lattialla|sängyssä ~ on|oli|näkyy|"
                      "ryömii|kävelee ~ ötökö*|hyönteis*|muurahais*|matoja|hämähäkk*|kärpäs*",
                      "jotka|joita|mitkä ~ {NEG} ~ oo|ole ~ oikeita|oikeesti|oikeasti|todellisia",
                      "näkee|näki|näkevänsä ~ harhoja|olioita|olentoja|haamuja|aaveita|"
                      "kummituksia|vainajia|kuolleita|ötököitä|hyönteisiä|muurahaisia|"
                      "hämähäkkejä|kärpäsiä|matoja"),
    # Alcohol stopped after heavy drinking: withdrawal (delirium tremens, fits).
    "withdrawal": ("lopetti|lopettanut|lopettanu|lopetin|lopettaneet|lopettivat|jätti|jättänyt|"
                   "jättäny|lopettaa|lopettamisen ~ juomisen|juomista|juomasta|ryyppäämisen|"
                   "ryyppäämästä|dokaamisen|dokaamasta|viinan|alkoholin|kaljan|juopottelun",
                   "vieroitusoire*", "vieroitus*", "katkolla", "katkaisuhoi*", "deliriu*",
                   "juoppohul*", "alkoholivieroitu*"),
    # A bleeding disorder (haemophilia, von Willebrand).
    "bleeding_disorder": ("hemofili*", "verenvuototau*", "verenvuotosairau*", "vuototau*",
                          "willebrand*", "hyytymishäiri*", "verenvuotaja*"),
    # Scuba diving in the last hours: decompression sickness.
    "diving": ("sukellu*", "laitesukel*", "sukeltami*", "sukeltaessa", "sukeltamassa",
               "sukeltanut", "sukeltanu", "sukelsin", "sukelsi", "sukeltaja*", "painekammio*",
               "sukeltajantau*", "nousi|nousin|nousu|noustiin ~ pintaan ~ nopeasti|liian|äkkiä"),
    # A plaster cast on a limb.
    "cast": ("kipsi", "kipsin", "kipsiä", "kipsissä", "kipsiin", "kipsistä", "kipsattu*",
             "kipsattiin", "kipsas*", "kipsilast*", "kipsihoi*", "lastoitettu", "lastoitettiin"),
    "foreskin": ("esinahka*", "esinahan", "esinahas*"),
    # A slurry pit, silo, sewer or septic tank: toxic gas that fells the rescuers too.
    "gas_pit": ("liete*", "lantala*", "lantakaivo*", "virtsakaivo*", "virtsasäiliö*", "siilo*",
                "viemärikaivo*", "jätevesikaivo*", "sakokaivo*", "umpikaivo*", "rikkivety*",
                "lantakuilu*"),
    # "I won't come back": said with the means at hand, a suicide plan.
    "no_return": ("{NEG} ~ tuu|tule|palaa ~ takas|takaisin|kotiin",
                  "{NEG} ~ enää ~ tule|tuu ~ takas|takaisin|kotiin"),
    # Watering eyes (pollen, a cold): no bleeding.
    "watery_eyes": ("silmä*|silmät|silmistä ~ vuotaa|vuotavat|vuoti|valuu|valuvat|vetistää|"
                    "vetistävät", "vetiset silmät", "kyynelehti*"),
    # Asleep or passed out (after tablets).
    "asleep": ("nukkuu", "nukkui", "nukahti", "nukahtanut", "nukahtanu", "sammui", "sammunut",
               "sammunu", "sammu", "simahti", "simahtanut", "nukkumassa", "uinuu"),
    # Word families the fi probe-15 messages used for concepts the lexicon already had.
    "head": ("takaraivo*", "päälaki*", "päälae*", "otsa", "otsaan", "otsassa", "otsasta", "otsaa",
             "otsan", "kallo", "kallon", "kalloon", "kallossa"),
    "right_lower": ("oikea|oikee|oikean|oikeen|oikeaa|oikeeta|oikealla|oikeella|oikeassa|oikeessa|"
                    "oikealle|oikeelle|oikeaan|oikeeseen|oikealta|oikeelta|oikeasta|oikeesta ~ "
                    "alavatsa*|alamaha*|alaviisto*",
                    "alavatsa*|alamaha* ~ oikea|oikee|oikean|oikeaa|oikeeta|oikealla|oikeella|"
                    "oikeassa|oikeessa|oikealle|oikeelle|oikeaan|oikeeseen|oikealta|oikeelta|"
                    "oikeasta|oikeesta|oikeanpuoleinen|oikeanpuoleise*",
                    # probe 19 (fi): the pain moved down to the right
                    "oikealle|oikeelle|oikeaan|oikeeseen|oikeelle ~ alas|alaosaan|alakulmaan|"
                    "nivuseen|nivusiin"),
    # Rainbow rings round lights: acute glaucoma.
    "halos": ("sateenkaar* ~ valo*|valojen|lamppu*|lamppujen",
              "valo*|valojen|lamppu*|lamppujen|katulamppu* ~ ympärillä|ympärille ~ sateenkaar*|"
              "kehä*|kehiä|renkai*|rengas|rinkul*|kehät",
              "näkyy|näen|näkee|näin ~ sateenkaar*"),
    "voices": ("ääne*|äänet|ääni ~ joka|jotka ~ käske*|käski|kehotta*",
               "ääne* ~ käske*|käski|kehotta*",
               "kuulen|kuulee|kuuli|kuulin|kuullut ~ ääniä ~ päässä|päässäni|päässään|jotka|joita|"
               "mitkä",
               "kuolleet|henget|enkelit|jumala|paholainen|vainajat|kuollut ~ puhuu|puhuvat|"
               "käskee|käskevät|kutsuu|kutsuvat",
               "ääne*|ääni|äänet ~ käske*|käski ~ satutta*|tappa*|vahingoitta*|lyö*|lyömään|"
               "puukotta*",
               "ääne*|ääni|äänet ~ joka|jotka|mikä ~ käske*|käski ~ satutta*|tappa*|vahingoitta*|"
               "lyö*|lyömään|puukotta*"),
    "mottled": ("marmorikuvio*", "marmorikuvi*", "marmoroi*", "marmorimai*", "marmorinen",
                "marmoriselta", "marmorise*"),
    "muffled": ("kuuma* ~ peruna*", "peruna ~ suussa",
                "ääni ~ muuttunut|muuttunu|muuttui|muuttu|outo|erilainen|tukkoinen|vaimea"),
    "motion_sickness": ("voi|voin|voivat|voinut|voinu ~ pahoin ~ auto*|bussi*|laiva*|vene*|lento*|"
                        "junassa|matkoilla|matkalla|kyydissä",
                        "auto*|bussi*|laiva*|vene*|lento*|junassa|matkoilla|kyydissä ~ voi|voin|"
                        "voivat ~ pahoin",
                        "automatkoilla|automatkalla|bussimatkoilla|bussimatkalla|laivamatkalla|"
                        "automatka* ~ oksenta*|oksettaa|oksentelee|pahoinvoi*",
                        "autopahoinvoin*", "merisairas*", "matkapahoinvoi*"),
    "athlete_foot": ("varpaiden|varpaan|varpaitten ~ väli*|välissä|välit|väleissä ~ hilseil*|"
                     "halkeil*|kesii|kuoriutu*",
                     "hilseil*|halkeil*|kesii ~ varpaiden|varpaan ~ väli*|välissä|välit"),
    # A blood test is no bleeding.
    "blood": ("-verikok*", "-verinäyt*", "verta|veri|vuoto ~ sykkii|sykki|sykkivät|sykkimällä",
              "sykkii|sykki ~ verta"),
    "swelling": ("pinkeä*", "pinkee*", "pingottu*",
                 "turpoaa|turpoo|turpoo*|paisuu|kasvaa|turpos* ~ silmissä|silmissään|hetkessä"),
    "overdose": ("otti|otin|ottanu|ottanut|ottaneet|söi|söin|syönyt|syöny|napsi|napsin|popsi|"
                 "nielaisi ~ enemmän|liikaa|ylimääräisiä|ylimäärä* ~ *lääk*|pillere*|tablet*|"
                 "burana*|panadol*",
                 "hirveesti|hirveästi|kauheesti|kauheasti|valtavasti|älyttömästi|kasan|"
                 "kasoittain|läjän ~ pillere*|tablet*|nappe*|unilääk*|särkylääk*|burana*|"
                 "panadol*|lääkkeitä|*lääkkeitä",
                 "otti|otin|ottanu|ottanut|ottaneet|söi|syönyt|syöny|napsi|popsi|nielaisi ~ "
                 "paljon|kasan|läjän|kourallisen|purkillisen|paketillisen|levyllisen ~ *lääk*|"
                 "pillere*|tablet*|burana*|panadol*|nappe*",
                 "otti|otin|ottanut|ottanu|ottaneet|nielly*|niellyt|napsinut|popsinut ~ pillere*|"
                 "*pillere*|tabletteja|*tabletteja|nappeja|unilääkkeitä|särkylääkkeitä"),
    "surgery_recent": ("*leikkauksen ~ jälkeen", "*leikkauksesta",
                       "*leikkauksessa ~ viikko|päivää|eilen|toissapäivänä|sitten",
                       "*operaation ~ jälkeen", "*operaatiosta",
                       "kotiuduin|kotiutui|kotiutettiin|kotiutunut ~ leikkauksesta|sairaalasta|"
                       "osastolta",
                       "leikattiin|leikattu ~ eilen|toissapäivänä|viikko|päivää"),
    # --- probe 15 (from sv) ---
    # Finnish words for the situations the sv probe-15 rules introduced.
    "tetanus_wound": ("ruoste*", "astui|astuin|astunut|astuneet ~ naulaan|nauloihin",
                      "naula ~ jalkaan|jalkapohjaan|kenkään|kantapäähän|käteen|meni",
                      "multaa haavassa", "pistohaava*"),
    "food_stuck": ("jäi|juuttui|jumittui|jumissa|tukossa|jumiin ~ ruokatorv*",
                   "ruokatorv* ~ jumissa|tukossa|jäi|juuttui|jumiin"),
    "protruding": ("jotain ~ roikkuu|pullottaa|työntyy ~ ulos", "roikkuu ulos",
                   "pullottaa ulos"),
    "lithium": ("litium*", "lito", "-litiumparisto*", "-litiumakku*"),
    "eye_pierced": ("koukku*|onkikoukku*|kalakoukku*|uistin*|veitsi|veitsen|sakset|saksien|neula*|"
                    "naula*|kynä*|nuoli|nuolen|tikka ~ silmään|silmässä|silmäluomeen|"
                    "silmäluomen|silmämunaan",
                    "silmäluomen läpi", "lävisti ~ silmän|silmäluomen|silmämunan"),
    "pde5": ("viagra*", "sildenafiili*", "cialis*", "tadalafiili*", "levitra*", "vardenafiili*",
             "potenssilääk*"),
    "nitrate": ("nitro*", "nitroglyseriini*", "nitrosuihke*", "isosorbidi*", "imdur*", "ismox*",
                "poppers*"),
    "injection_injury": ("rasvaprässi*", "rasvapuristin*", "maaliruisku*",
                         "painepesuri*|korkeapaine* ~ sormeen|käteen|kämmeneen|ihoon",
                         "ruiskutti|ruiskuttui|ruiskusi ~ sormeen|käteen|kämmeneen",
                         "ruiskutti|ruiskusi ~ ihon alle"),
    "dystonia": ("silmät ~ kääntyvät|kääntyi|kääntyneet|pyörivät|nousevat|kiertyvät ~ ylös|"
                 "ylöspäin",
                 "niska|pää|kaula ~ kääntyy|vääntyy|kiertyy|vetää ~ itsestään|sivulle|taakse",
                 "dystoni*"),
    "ascending": ("nousee ylöspäin", "leviää ylöspäin", "etenee ylöspäin", "ylöspäin",
                  "nousee ~ polviin|reisiin|lantioon|vyötärölle"),
    "snake_strike": ("iski|iskenyt|iskeytyi ~ jalkaan|saappaaseen|kenkään|minua|häntä|nilkkaan|"
                     "käteen|sääreen",),
    "skin_intact": ("ei jälkiä", "ei näy jälkiä", "ei puremajälkiä", "iho ~ ehjä", "meni ohi",
                    "iski ohi",
                    "ei mennyt läpi", "ei mennyt ihon läpi", "ei mennyt saappaan läpi",
                    # probes 28-29 (from en): "iho ei mennyt rikki", "ei rikkonut ihoa"
                    "iho|ihoa|iholla ~ {NEG} ~ rikkoutunut|rikkoutunu|rikki|puhjennut|puhki|"
                    "rikkonut|rikkonu",
                    "{NEG} ~ rikkonut|rikkonu|puhkaissut|puhkassu|lävistänyt ~ ihoa",
                    "ehjä iho"),
    "it_green": ("se|ne ~ on|oli|ovat|olivat ~ vihreää|vihreä|vihreitä|vihertävää|vihreetä",),
    "height_metres": ("kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|useita|"
                      "3|4|5|6|7|8|9|10|12|15|20 ~ metriä|metrin|metristä|m",),
    "dark_urine": ("pissa|virtsa|pissi|pissat ~ kokis*|cokis*|coca*|kola*|kokaco*",
                   "virtsa*|pissa*|pissi* ~ ruskea*|tummanruskea*|kolan*|musta*|mustaa|"
                   "teen*",
                   "ruskea*|tummanruskea*|kolanväri* ~ virtsa*|pissa*|pissi*", "kolanväri*"),
    # --- probe 17 (from en) ---
    "eye_hit": ("jotain|roska|sirpale|siru|metallinsiru|kipina|lastu|metallia ~ lensi|osui|meni|"
                "singahti|ponnahti ~ silmaan|silmiin",
                "silmaan ~ lensi|osui|meni|singahti ~ jotain|roska|sirpale|siru|kipina|lastu|"
                "metalli*", "metallinsiru* ~ silma*", "sirpale* ~ silmaan",
                # probes 24-25 (fi): "sain jääkiekosta silmään", "nyrkillä silmään"
                "kiekko*|kieko*|jääkiekko*|jääkieko*|pallo*|golfpallo*|sulkapallo*|maila*|"
                "nyrkki*|nyrki*|kyynärpää*|kivi|kiven|kivestä|oksa|oksan|oksasta ~ silmaan|"
                "silmiin|silmäkulmaan",
                "silmaan|silmiin ~ kiekko*|kieko*|jääkiekko*|jääkieko*|pallo*|maila*|nyrkki*|"
                "nyrki*|kyynärpää*"),
    "restless_agitation": ("levoton", "levottom*", "rauhaton", "rauhattom*", "kiemurtel*",
                           "vaantelehti*",
                           "ei loyda ~ asentoa", "tuskainen", "tuskaisen*"),
    "gbs_trigger": ("vatsataudin|mahataudin|ripulin|noroviruksen|oksennustaudin ~ jalkeen",),
    # --- probe 17 (from fi) ---
    "positive_test": ("kaks|kaksi ~ viivaa", "testi ~ näytti ~ plussaa|plus*|positiivis*",
                      # probes 30-31 (fi): "positiivinen testi viime viikolla", "plussa testissä"
                      "positiivinen|positiivisen|positiivista|plussa|plussaa ~ testi|testin|"
                      "testissä|testiin|kotitesti*",
                      "testi|testissä|testiin ~ positiivinen|plussaa|plussalla|plus"),
    "irregular_heart": ("sydän|syän|sydan ~ lyö|hakkaa|hyppii|pomppii|muljahtelee ~ oudosti|"
                        "kummallisesti|hassusti|epätasaisesti",),
    "polyuria": ("pissannu*|pissaa|pissannut|virtsannut|pissanut ~ hirvee*|paljon",
                 "pissannu*|pissaa|pissannut|virtsannut|pissanut ~ koko ~ ajan"),
    "thirst": ("juonu|juonut|juo ~ hirvee*|hirveästi", "juonu|juonut|juo ~ tosi ~ paljon",
               "juonu|juonut|juo ~ koko ~ ajan"),
    "fruity": ("henki|hengitys ~ haisee ~ makee*|makealle|makealta|hedelmäiselle|asetonille",
               "ketoni*|ketonit|ketoaine* ~ koholla|korkeal*|korkeet|korkeat|nousseet|nousussa|"
               "plussalla"),
    "fast_breathing": ("hengittää|hengittaa|hengittäny ~ jotenki|jotenkin|tosi|ihan ~ syvään|"
                       "raskaasti|kiivaasti",),
    "suicide_passive": ("ettei|etten|jottei|ettet ~ oo|ole|olis|olisi ~ kenenkään|kellekään|"
                        "kenellekään|muille ~ taakka*|taakkana|riesana",
                        "kenenkään ~ taakka*|taakkana|riesana", "muille ~ taakka*|taakkana"),
    # Something slipped out of the hand by itself (with a speech lapse: a TIA).
    "dropped_object": ("putos|putosi|tippu|tippui|lipesi|luiskahti ~ kädestä|käestä|sormista|"
                       "otteesta",),
    # A count in the tens said in words ("parikymmentä"): with pills taken, a large overdose.
    "many_count": ("parikymmentä", "kolmisenkymmentä", "kymmeniä", "kymmenkunta", "kakskyt",
                   "kolmekyt", "nelisenkymmentä"),
    "mouth_ulcer": ("aftoja", "aftoj*", "aftat", "aftan"),
    "dandruff": ("maitorupi*", "maitorupe*", "maitorup*"),
    "minor_knock": ("sormi|sormen|sormet ~ jäi|jäänyt|jäänyt|meni ~ oven|laatikon|kaapin ~ väliin",
                    "varvas|varpaan|varpaat|pikkuvarvas ~ osui|osu|kolahti|kopsahti ~ sohvan|"
                    "tuolin|"
                    "oven|pöydän|sängyn|kynnykseen|huonekaluun",
                    "löin|lyömä|kolautin ~ varpaan|pikkuvarpaan|varpaani ~ sohvan|tuolin|oven|"
                    "pöydän|"
                    "sängyn|kynnykseen",
                    # probes 28-29 (from sv): "löin varpaan pöydänjalkaan"
                    "löin|kolautin|potkaisin|kopautin ~ varpaan|pikkuvarpaan|varpaani|varvasta"),
    "bruise": ("kynsi|kynnen ~ sinertää|sinertävä|sininen|musta|mustunut|mustuu|tummunut|tummuu",),
    "nausea": ("aamupahoinvoin*", "raskauspahoinvoin*"),
    "pump_off": ("pumppu|insuliinipumppu|pumpun|kanyyli|kanyyl* ~ irti|irronnu*|irronnut|"
                 "irrallaan|tukossa|tukkeutunu*",
                 "pumppu|insuliinipumppu ~ pois ~ päältä",
                 "pumppu|insuliinipumppu ~ {NEG} ~ toiminu*|toiminut|toimi|annostellu*"),
    "orthopnoea": ("nukkua|nukkunut|nukun ~ istuallaan|istuaan|istualtaan",),
    # --- probe 17 (from sv) ---
    "no_anticoag": ("{NEG} ~ ole ~ verenohennus*|verenohennuslääk*|marevan*",
                    "{NEG} ~ käytä|syö ~ verenohennus*|verenohennuslääk*|marevan*"),
    "larynx_blow": ("kiekk*|kiekon|pallo*|maila*|kyynärpää*|isku*|lyönti*|potku* ~ "
                    "kurkkuun|kurkunpäähän|kaulaan|henkitorveen",
                    "sai*|osui* ~ kiekon|pallon|mailan|iskun ~ kurkkuun|kurkunpäähän|kaulaan",
                    "lyötiin|potkaistiin ~ kurkkuun|kurkunpäähän"),
    # --- probe 18 (from en) ---
    "hanging": ("hirttäytyi*", "hirttäyty*", "yritti hirttää", "köysi|vyö|naru|johto ~ kaula*",
                "kaula* ~ köysi|vyö|naru|johto"),
    # --- probe 18 (from fi) ---
    # Tongue or lips "thick": swelling (with a food allergen, anaphylaxis).
    "tongue_swelling": ("kieli|kielen|kieltä|huulet|huulia|kurkku ~ paksu|paksuna|paksuuntu*|"
                        "paksuuntunut|turpea|turpeana|isona|iso|pöhöttynyt|"
                        # probes 26-27 (fi): "kieli tuntuu paksulta"
                        "paksulta|paksuks|paksuksi|turpealta|isolta|turvonneelta|turvoksissa",
                        "paksu|paksuna|turpea ~ kieli|kielen"),
    # Red or brown urine said in words: blood in the urine.
    "blood_urine": ("virtsa|virtsan|pissa|pissat|pissan|pissassa|virtsassa ~ punaista|punainen|"
                    "punaisena|punaiseksi|punertava*|verinen|verta|ruskea|kokispullon",
                    "punaista|punainen|verinen|punertavaa ~ virtsaa|pissaa|virtsa|pissa"),
    # A tampon or menstrual cup (left in: toxic shock with fever, rash or faintness).
    "tampon": ("tampon*", "tamppoon*", "kuukupp*", "kuukuppi*"),
    # Hard to wake (kept apart from drowsy: "vaikea herättää aamulla kouluun" is ordinary).
    "hard_to_wake": ("vaikea|vaikee|vaikeaa|vaikeeta|hankala|hankalaa|hankalampi|"
                     "vaikeempi ~ herättää|herätellä",
                     "herää|heräsi ~ huonosti|vaivoin|tuskin"),
    # --- probe 18 (from sv) ---
    # Overuse of a tendon (tennis or golfer's elbow, mouse arm, jumper's knee): self-care.
    "overuse_injury": ("tenniskyynärp*", "tennisky*", "golfkyynärp*", "hiirikä*", "hiiriolka*",
                       "hyppääjän polv*", "juoksijan polv*", "jännetuppitul*", "jännetulehd*",
                       "rasitusvamm*", "epikondyliit*", "penikkatau*"),
    # A toddler holds the breath when upset and goes blue: a breath-holding spell.
    "breath_holding": ("affektikohtau*", "affektikouristu*", "affektiivi* ~ kohtau*"),
    # --- probe 19 (from en) ---
    "deep_breathing": ("hengit* ~ syvään|syvaan|syvästi|raskaasti|huokaillen",
                       "syvä|syvää|syvaa|raskas ~ hengitys|hengitystä", "kussmaul*"),
    "gums": ("ikene*", "ien", "ienet", "ikeniä", "ikenist*", "ikenii"),
    "gum_bleed": ("ienverenvuoto*", "ientulehdu*"),
    # --- probe 19 (from fi) ---
    # A pain that feels as if something would tear apart (aortic dissection).
    "tearing": ("repeäis*", "repeäisi", "repeää", "repeämässä", "revetä", "revähtäis*",
                "revähtää", "revittäis*", "revitään"),
    # Sitting in a car in a closed garage with the engine running: carbon monoxide.
    "carbon_monoxide": ("autossa|auto|autoon ~ tallissa|autotallissa|tallissa|talliin ~ "
                        "moottori|kone ~ käynnissä|päällä|käymässä|käy",
                        "tallissa|autotallissa ~ moottori|kone|auto ~ käynnissä|käymässä"),
    # Pauses in a baby's breathing (apnoea).
    "breath_pauses": ("taukoja|tauko|taukoa|katkoja|katkoksia|katkoksen ~ hengityksessä|"
                      "hengityksessään|hengittämisessä",
                      "hengitys ~ katkeilee|pysähtelee|pysähtyy|katkeaa|katkee|jää ~ välillä",
                      "hengitystauko*", "hengityskatko*", "apnea*", "apnoe*"),
    # A firework or banger to the eye or face.
    "firework_eye": ("raketti*|rakettia|ilotulit*|paukku*|paukkua|sähikäi*|tähtisadetik*|"
                     "ilotulite* ~ silmään|silmiin|naamaan|kasvoihin|silmä*",),
    # Caught in machinery (a power take-off shaft, rollers, an auger).
    "machine_entangle": ("voimanottoakseli*", "nivelakseli*",
                         "nappas|nappasi|tempasi|tempas|veti|vei|imaisi|kiskaisi ~ hihasta|"
                         "vaatteista|mukaansa|sisään",
                         "jäi|jäänyt|jääny|juuttui ~ koneeseen|koneen|telojen|ruuviin|"
                         "kuljettimeen|akseliin",
                         "koneeseen|akseliin|teloihin|ruuviin ~ jäi|juuttui"),
    # Lies in bed all day, does not get up (in an old person: a decline).
    "bedbound": ("makaa|makaili|maannut|makaillut|makoilee ~ vaan|vain|pelkästään|koko ~ "
                 "sängyssä|sängyllä|petissä|päivän", "{NEG} ~ nouse|noussut|nousu ~ sängystä|ylös",
                 "{NEG} ~ oo|ole ~ käyny|käynyt ~ vessassa|pissalla|pissalla"),
    # An intrauterine device (a coil).
    "iud": ("kierukk*", "hormonikierukk*", "kuparikierukk*", "mirena*"),
    # Colloquial "et" meaning "that" (not "you don't"): "kuorsaan niin et vaimo herää".
    "that_conj": ("niin et", "tuntuu et",
                  "luulen|luulin|mietin|kuulin|huomasin|pelkään|pelkäsin et",
                  "koska et"),
    # Heartbreak as a figure of speech, not chest pain.
    "heartbreak": ("sydän|sydämeni|sydämen ~ särky|särkyi|särkyny|särkynyt|särkyneenä|"
                   "murtui|murtu|murskana|pirstaleina", "särkynyt|särkyny ~ sydän|sydämeni",
                   "sydänsuru*"),
    # --- probe 19 (from sv) ---
    # Rakko tuntuu räjähtävän eikä virtsa tule (äkillinen virtsaumpi).
    "bladder_full": ("rakko ~ räjähtää|räjähtämässä|halkeaa|haljeta|puhkeaa|pakahtuu",
                     "rakko ~ on|tuntuu ~ täynnä|täydeltä|pullollaan|kireä|kireältä",
                     "rakko ~ täynnä", "pissahätä ~ mutta ~ ei ~ tule"),
    # --- probe 21 (from en) ---
    # Lapojen välissä tai yläselässä, missä sydäninfarkti voi painaa.
    "shoulder_blade": ("lapojen", "lapaluu*", "lapaluid*", "lapaluitt*", "yläselk*", "yläselä*",
                       # the same words as back_pain's "lapojen välissä", so both meanings stay
                       "lapojen|lapaluiden|lapaluitten|lapaluun|lapaluitte ~ välissä|välistä|"
                       "väliin|välillä|alla"),
    "pressure": ("paine", "painetta", "paineen", "paineentun*", "paineentunne*"),
    # Mennyt, päivätty kohtaus (viime viikolla, päiviä sitten), ei parhaillaan menossa.
    "past_episode": ("viime ~ viikolla|viikonloppuna|kuussa", "viikko|viikkoa|päivää|päivä ~ "
                     "sitten", "toissapäivänä", "toissa päivänä", "aiemmin ~ tänä ~ vuonna|kuussa"),
    # Oire tuli takaisin tai on yhä, vaikka välillä helpotti.
    "returned": ("tuli|tulee|tullut|tullu|alkoi|alko ~ takaisin|uudestaan|uudelleen|taas",
                 "palasi|palas|palannut|palannu", "on ~ vieläkin|yhä|edelleen"),
    # Nyt, juuri tällä hetkellä.
    "now_word": ("nyt", "tällä hetkellä", "parhaillaan", "tänä iltana", "vieläkin", "tänään",
                 "tänä aamuna", "tänä aamupäivänä|iltapäivänä"),
    # --- probe 21 (from fi) ---
    # A febrile convulsion (a seizure now; years ago, only history).
    "febrile_seizure": ("kuumekouris*", "kuumekramp*",
                        # "kuumekouristus viime kuussa, vauvana": a past one, no seizure now
                        "kuumekouris*|kuumekramp* ~ viime|viimeksi|aiemmin|aikaisemmin|ennen|"
                        "joskus|vauvana|pienenä|taaperona|kerran",
                        # probes 30-31 (fi): "kouristeli lapsena kuumeessa"
                        "kouristel*|kouristi|kouristanut|kouristanu|kouristuks*|kouristus ~ "
                        "kuumeessa|kuumeisena|kuumeen|kuumeesta",
                        "kuumeessa|kuumeisena ~ kouristel*|kouristi|kouristanut|kouristanu"),
    # The breath and a word for sparse ("hengitys korisevalta ja harvalta"): slow breathing.
    "breath_word": ("hengitys", "hengityks*", "hengitystä", "hengittää", "hengittäminen",
                    "henkäy*", "hengenveto*", "hengenvedot"),
    "sparse": ("harva", "harvaa", "harvalta", "harvana", "harvaksi", "harvempaa", "harvempi",
               "harvenee", "harvenevaa", "harventunut", "harventunu", "harvakseltaan",
               "harvoin", "harvaan"),
    # Something went down the throat or the windpipe (with no voice or breath: choking).
    "throat_entry": ("meni|menny|mennyt|joutui|vetäisi|veti|vetäs ~ kurkkuun|henkitorveen",
                     "kurkkuun|henkitorveen ~ meni|menny|mennyt|joutui"),
    # Choking with laughter is a figure of speech, not an airway.
    "laugh_idiom": ("tukehtu*|tukehdu*|tukehtumaisillaan ~ nauruun|naurusta",
                    "nauruun ~ tukehtu*|tukehdu*"),
    # Smashing things, raging (with a threat: violence under way).
    "rampage": ("rikkoo|rikkoi|rikkonut|hajottaa|hajotti|paiskoo|paiskoi|heittelee|heitteli|"
                "paukuttaa ~ paikkoja|tavaroita|huonekaluja|ovia|astioita|kaikkea|ikkunoita",
                "riehuu|riehui|raivoaa|raivosi ~ kännissä|humalassa|päissään|kotona|täällä",),
    # Hiding or locked in from someone (with a threat: violence under way).
    "hiding_from": ("lukkojen|lukon ~ takana", "piilossa", "piilos", "piiloon",
                    "vessaan|vessassa|kylppäriin|kylpyhuoneeseen|kylpyhuoneessa|"
                    "makuuhuoneeseen|makkariin|vaatehuoneeseen ~ lukkoon|lukossa|lukittuna|"
                    "piiloon|piilossa",
                    "lukittauduttiin", "lukitsimme oven", "lukittiin ovi"),
    # Old, healed self-harm marks (not a fresh wound).
    "old_wound": ("haavat|haava|viillot|jäljet ~ vanho*|vanhat|parantune*|parantunu*|"
                  "arpeutune*|arpeutunu*",
                  "vanhoja|vanhat|parantuneita|arpeutuneita ~ haavoja|viiltoja|jälkiä"),
    # --- probe 21 (from sv) ---
    # Angina pectoris (not "angiina", which is tonsillitis): with nitro that does not help, a
    # heart attack on its way.
    "angina": ("angina pectoris", "rasitusrintakipu*", "epästabiili angina"),
    # Vomit that smells of faeces: a blocked bowel.
    "faecal_vomit": ("oksen*|oksu*|yrjö* ~ haisee|haisi|haiseva*|haisu*|haju* ~ kakalle|kakalta|"
                     "kakka|ulosteelle|ulosteelta|uloste|paskalle|paskalta",
                     "ulosteen|kakan|paskan ~ hajui*|haju* ~ oksen*|oksu*",
                     "oksentaa|oksensi|oksentanut ulostetta", "ulosteoksenn*", "miserere"),
    # Which warning signs to watch for, asked as information.
    "symptom_question": ("varoitusmerk*",
                         "mitä|mitkä|millaisia ~ oireita|oireet|merkkejä ~ pitää|pitäisi|"
                         "kannattaa|tulee|täytyy|pitäs ~ seurata|tarkkailla|huomioida|varoa",
                         "mihin ~ oireisiin|merkkeihin ~ pitää|pitäisi|kannattaa|tulee ~ "
                         "kiinnittää|reagoida"),
    # A bit of a splinter or a tick left in: a remnant, not "not getting better".
    "remnant": ("pala|palanen|osa|kärki|pää ~ jäi|jäänyt|on ~ sisään|ihoon|kiinni",),
    # --- probes 22-23 (from fi) ---
    # A gait that will not go straight: falling or pulled to one side, balance gone (with
    # vertigo or a swallowing or speech sign: a stroke in the back of the brain). Not plain
    # "horjuu" (dizzy) or "kaatuilee" (falls often). (A "|" list holds single words only.)
    "ataxia": ("hoiperte*", "hoippu*",
               "tasapaino ~ hukassa|pettää|petti|pettänyt|sekaisin|mennyt|meni",
               "tasapaino* ~ {NEG} ~ pysy|pysyny*|säily|toimi",
               # not "en pysty kävelemään suoraan" alone: bent over with a belly pain too
               "{NEG} ~ {CAN} ~ kävellä|kävelemään|kulkea|kulkemaan ~ viivaa",
               "{NEG} ~ {CAN} ~ kävellä|kävelemään|kulkea|kulkemaan ~ suoraa ~ linjaa",
               "kävely ~ horjuu|huojuu|heittelee|vinoa|holtitonta|hoipertelua",
               "kävelen|kävelee|kävelin ~ kuin ~ humalassa|kännissä|juopunut",
               "kaadun|kaatuu|kallistun|kallistuu|kaatuilen|kaatuilee|vetää|veti|vie ~ "
               "oikealle|vasemmalle|sivulle|kyljelleen",
               "kaadun|kaatuu|kallistun|kallistuu|kaatuilen|kaatuilee ~ toiselle ~ puolelle"),
    # An adrenaline pen given, said after the pen was named ("uusi adrenaliinikynä ... pistin
    # sen äsken").
    "injected_it": ("pistin|piikitin|pisti|piikitti|pistettiin|piikitettiin|käytin|käytti ~ "
                    "sen|kynän|piikin|pistoksen|reiteen|reiteensä|reiteeni",
                    "laitoin|laittoi ~ reiteen|reiteensä|reiteeni",
                    "on|oli|ollaan ~ käytetty", "käytetty|käytettiin ~ just|juuri|äsken|nyt"),
    # A reliever inhaler (not a steroid one), and how many times a day it is needed.
    "reliever": ("avaava*", "avaavaa", "ventoline*", "bricanyl*", "salbutamol*", "airomir*",
                 "buventol*", "terbutali*"),
    "times_a_day": ("kertaa ~ päivässä|vuorokaudessa|päivään|tänään|yössä|päivittäin",
                    # the count too ("kolme kertaa" alone is "repeated", which keeps it)
                    "kaksi|kolme|neljä|viisi|kuusi|kymmenen|pari|monta|useita ~ kertaa|kertoja ~ "
                    "päivässä|vuorokaudessa|päivittäin|yössä",
                    "kertaa ~ yön|päivän ~ aikana", "kertaa per päivä",
                    "useita|monta|monia ~ kertoja ~ päivässä|vuorokaudessa|tänään",
                    "useasti|monesti ~ päivässä|tänään",
                    # probes 30-31 (from sv): "ventolinia neljän tunnin välein"
                    "tunnin välein", "joka ~ tunti|tuntia",
                    "kertaa ~ tunnissa"),
    # Croup that settles in cool air and then breathes normally: home care.
    "croup_settles": ("rauhoittuu|rauhoittui|helpottaa|helpotti|helpottuu|helpottui|paranee|"
                      "parani|tasaantuu|tasaantui|hellittää|hellitti ~ viileässä|viileään|"
                      "ulkoilmassa|ulkona|raittiissa|kylmässä|parvekkeella|pakkasessa",
                      "viileä|viileässä|viileään|kylmä|kylmässä|raitis|raittiissa|ulkoilma|"
                      "ulkoilmassa|ilma|ilmassa ~ auttaa|auttoi|rauhoittaa|rauhoitti|helpottaa|"
                      "helpotti|rauhoittuu|rauhoittui|helpottuu|helpottui",
                      "ulos|ulkona|parvekkeelle|parvekkeella ~ auttaa|auttoi|rauhoittaa|"
                      "rauhoitti|helpottaa|helpotti"),
    # A limb or joint that looks wrong (after a fall: out of joint or broken).
    "looks_odd": ("näyttää|näyttäis|näyttäisi|näytti|näyttävät|näyttänyt ~ oudolta|oudolle|"
                  "kummalliselta|erikoiselta|vinolta|väärältä|epämuodostuneelta|epämuotoiselta|"
                  "kierolta|epänormaalilta|muodottomalta",
                  "oudossa|kummallisessa|luonnottomassa ~ asennossa", "oudon ~ muotoinen",
                  "pullistuma|kuoppa|kyhmy ~ kohdalla|paikalla"),
    # --- probes 22-23 (from sv) ---
    # Not bleeding much: no bleeding to count (a dog bite that gapes a little is still seen
    # today, but not 112).
    "bleed_little": ("ei|eikä ~ vuoda|vuotanut|vuotanu ~ paljon|paljoa|kovin|juurikaan|"
                     "pahasti|runsaasti",),
    # A referral (to a physio, a specialist): a booked visit, not self-care.
    "referral": ("lähete", "lähetteen", "lähetettä", "lähetteellä", "lähetteet", "lähetteitä"),
    # Paralysed with fear or in front of the TV: a figure of speech, not paralysis.
    "paralysis_idiom": ("halvaantunut|halvaantui|halvaannuin|halvaantuu|halvaannun|"
                        "halvaantuneena|halvaantunu ~ pelosta|paniikista|kauhusta|jännityksestä|"
                        "ahdistuksesta|jännitykseen|pelkoon",
                        "halvaantunut|halvaantuneena|halvaantunu ~ telkkarin|television|tv|"
                        "koneen|ruudun ~ eteen|ääreen|edessä|ääressä"),
    # --- probes 22-23 (from en) ---
    # Asking for a complaint to be checked: a booked visit is wanted, not home care alone.
    "wants_check": ("haluan|haluaisin|haluis|vois|voisko|voisiko|pitäiskö|pitäisikö ~ "
                    "tarkistaa|tarkistuttaa|tarkastuttaa|katsottaa|tutkituttaa|näyttää",
                    "käydä ~ näyttämässä|näyttämäs|tarkistuttamassa|katsottamassa",
                    "tarkistuttaa|tarkastuttaa|katsottaa|tutkituttaa"),
    # The baby hardly moving in the womb (a rule asks for a named pregnancy too).
    "baby_moved_less": ("vauva|sikiö|masuasukki|masuasukas ~ tuskin|hädin|juurikaan ~ "
                        "liikkunut|liikkunu|liikkuny|liiku|liikkuu|potkinut|potkinu|potki|potkii",),
    # --- probes 24-25 (from sv) ---
    # Blood from the ear (after a blow to the head or a crash: a skull-base fracture).
    "ear_bleed": ("korvasta|korvista ~ vuotaa|vuoti|vuotanut|tulee|tuli|valuu|valui|tihkuu ~ "
                  "verta", "verta ~ korvasta|korvista", "korva|korvat ~ vuotaa|vuoti ~ verta",
                  "verinen ~ korva|korvat", "korvaverenvuo*"),
    # Pain or pressure that does not ease with rest: not a strained muscle.
    "rest_no_relief": ("vaikka ~ lepäsin|lepäilin|lepään|lepää|lepäsi|levännyt|levänny|"
                       "lepäillyt|lepäilly", "levosta huolimatta",
                       "lepo|lepääminen ~ {NEG} ~ auta|auttanut|auttanu|helpota|helpottanut",
                       "{NEG} ~ helpota|helpottanut|hellitä|hellittänyt ~ levossakaan|levolla",
                       "levossakin"),
    # A whole pack bought or collected (not taken): a purchase, not an overdose.
    "pack_bought": ("ostin|osti|ostanut|ostettiin|hain|haki|hakenut|tilasin|tilasi ~ koko|"
                    "kokonaisen ~ paketin|purkin|pakkauksen|liuskan|levyn|pullon",),
    # One tablet too many by mistake ("3 instead of 2"), not an overdose.
    "one_extra_dose": ("yhden|kahden|1|2 ~ sijaan|asemesta|sijasta", "yhden ylimääräisen",
                       "ylimääräisen ~ tabletin|annoksen|pillerin|kapselin", "yhden liikaa",
                       "yksi liikaa"),
    # Common painkillers sold over the counter.
    "otc_painkiller": ("burana*", "panadol*", "pamol*", "ibuprofeeni*", "parasetamoli*",
                       "ibusal*", "ibumax*", "ibuxin*", "paratabs*"),
    # Ketones (a reading; the number says whether they are high).
    "ketone_word": ("ketoni*", "ketoaine*", "ketonimittari*", "veriketoni*"),
    # --- probes 24-25 (from fi) ---
    # One arm sinks when both are held up (the FAST arm test): a stroke sign.
    # One arm, not both (tired arms after painting a ceiling are not a drift).
    "arm_drift": ("käsi|käsivarsi ~ putoaa|putoo|putosi|putos|vajoaa|vajoo|vajosi|lässähtää|"
                  "lässähti",
                  "käsi|käsivarsi ~ {NEG} ~ pysy|pysyny|pysynyt ~ ylhäällä|ylhääl|koholla"),
    # "En nää hengittääkö se": whether someone who went down is breathing at all.
    "breath_unsure": ("hengittääkö", "hengittäkö", "hengittääks", "hengittäiskö",
                      "hengittäisikö", "hengittikö", "hengittääkään", "hengittävätkö",
                      # the negation belongs to the seeing, not the breathing
                      "{NEG} ~ hengittääkö|hengittäkö|hengittääks|hengittäiskö|hengittäisikö|"
                      "hengittikö|hengittävätkö"),
    # Foam or froth at the mouth (with shaking: a fit).
    "foam_mouth": ("vaahto* ~ suusta|suuhun|suussa|suupielistä|suupielissä|suupieliin",
                   "suusta|suupielistä|suupielissä|suussa ~ vaahto*"),
    # Driving into a tree or a wall (said with wanting to die: a method).
    "drive_into": ("ajaa|ajan|ajais|ajaisi|ajaisin|ajamaan|ajavansa|ajoi|ajanut|ajanu|"
                   "ajaakseen|ohjaa|ohjata|ohjaisi ~ puuhun|kallioon|seinään|betoniseinään|"
                   "kaiteeseen|rekkaan|vastaantulevaan|vastaantulevan|siltaan|"
                   "sillanpylvääseen|mereen|järveen|jokeen|rotkoon|jyrkänteeltä|sillalta|"
                   "kalliolta",),
    # A cleaning product (an oven or drain cleaner is caustic in the eye).
    "cleaning_agent": ("*pesuaine*", "*pesuainee*", "*puhdistusaine*", "*puhdistusainee*",
                       "*puhdistusneste*", "*puhdistussuihke*", "-astianpesuain*",
                       "-tiskiaine*", "-hiustenpesu*", "-käsienpesu*", "-ihonpuhdist*",
                       "-kasvojenpuhdist*"),
    # A belly that bulges (with no urine for hours: a full bladder).
    "bulge_word": ("pullotta*", "pullistu*", "pullollaan", "pömpöttä*", "pömpöllään"),
    # Asking for sick leave or a certificate: a booked visit (being on it already is not).
    "sick_leave": ("sairausloma", "sairauslomaa", "sairausloman", "sairauslomalle",
                   "sairaslomaa", "sairasloman", "sairaslomalle", "saikkua", "saikulle",
                   "sairauslomatodistu*", "sairaslomatodistu*", "lääkärintodistu*",
                   "työkyvyttömyystodistu*"),
    # Whom to talk to about it: a contact is wanted.
    "who_to_contact": ("kenelle ~ soitan|soittaa|soittaisin|puhun|puhua|puhuisin",
                       "kenen ~ kanssa ~ puhun|puhua|puhuisin|jutella",
                       "mihin|minne ~ otan|ottaa|ottaisin|soitan|soittaa ~ yhteyttä",
                       # probes 30-31 (fi): "kenelle tästä kysyisin", "keneen otan yhteyttä"
                       "kenelle|keneltä|keltä ~ kysyn|kysyä|kysyisin|kysyis|kysyy|kannattaa",
                       "keneen ~ otan|ottaa|ottaisin|ottais ~ yhteyttä"),
    # The palm (a blistered burn there is seen, whatever its size).
    "palm": ("kämmen", "kämmene*", "kämmenpohja*", "kämmenselkä*"),
    # "Unohdin": with a medicine word, a missed dose.
    "forgot_word": ("unohdin", "unohtui", "unohtu", "unohtunut", "unohtunu", "unohtuneet",
                    "unohtuivat", "ottamatta"),
    # An attack or a fit ("sain kohtauksen"): a forgotten dose is then not a simple question.
    "attack_word": ("kohtau*",),
    # Shift work and a sleep rhythm out of joint.
    "shift_work": ("yövuoro*", "aamuvuoro*", "iltavuoro*", "vuorotyö*", "kolmivuoro*",
                   "kaksivuoro*", "unirytmi*", "vuorokausirytmi*"),
    # Feeling well again (after a treated low sugar).
    "feel_fine": ("olo hyvä", "olo on hyvä", "olo ihan hyvä", "olo on ihan hyvä", "olo ok",
                  "olo on ok", "olo on ihan ok", "olo normaali", "olo on normaali",
                  "olo on taas hyvä", "olo taas hyvä", "hyvä olo", "voin hyvin",
                  "voin ihan hyvin", "olo on taas normaali", "olo kunnossa",
                  "olo on kunnossa",
                  # probes 30-31 (fi): "muuten ok", "muuten olo hyvä"
                  "muuten ~ ok|okei|hyvä|hyvin|kunnossa|normaali|pirteä"),
    # "Työ tappaa mut": a figure of speech, not a threat or a wish to die.
    "killing_me_idiom": ("työ|duuni|pomo|stressi|selkä|polvi|pää|helle|lapset|kokeet ~ "
                         "tappaa ~ minut|mut|minua|mua",),
    # Small: the size of a coin or a pea (a burn smaller than the palm is treated at home).
    "small_size": ("kolikon|herneen|kynnen|pikkukolikon|euron|sentin|kympin ~ kokoi*",
                   "pienempi ~ kuin ~ kolikko|kämmen|kynsi"),
    # --- probes 24-25 (from en) ---
    # Suicide denied in so many words ("ei ole suunnitelmaa päättää elämäänsä").
    "suicide_denied": ("{NEG} ~ suunnitelma*|aikomus*|aikeita|ajatuksia ~ päättää|lopettaa|"
                       "tappaa|riistää ~ elämä*|henke*|itse*",
                       "{NEG} ~ itsetuhoisia|itsemurha* ~ suunnitelmia|suunnitelmaa|aikeita|"
                       "ajatuksia",
                       "{NEG} ~ itsemurhasuunnitelm*|itsemurha-aikei*|itsetuhosuunnitelm*",
                       # probes 28-29 (fi): "Mitään suunnitelmaa ei oo" (words next to each
                       # other: "suunnitelma on, enkä oo kertonu" is no denial)
                       "mitään|minkäänlaista|mitää suunnitelmaa|suunnitelmia|aikeita|aikomusta",
                       "suunnitelmaa|suunnitelmia ei|en oo|ole|ollu|ollut"),
    # Medicines that lower the defences against infection: a fever or sore throat is checked
    # the same day.
    "immunosuppressed": ("metotreksaat*", "trexan*", "metoject*", "atsatiopriin*", "imurel*",
                         "mykofenola*", "cellcept*", "siklosporiin*", "takrolimuus*",
                         "leflunomid*", "adalimumab*", "humira*", "etanersept*", "enbrel*",
                         "infliksimab*", "rituksimab*", "tosilitsumab*", "immunosupp*",
                         "biologi* ~ lääk*|hoi*|valmist*",
                         "vastustuskyky*|immuunipuolustu* ~ heikko|heikentyn*|alentun*|huono",
                         "elinsiir*", "munuaissiir*", "maksansiir*", "sydämensiir*",
                         "tiamatsol*", "thacapzol*", "klotsapiin*", "leponex*",
                         "sulfasalatsiin*", "salazopyrin*"),
    # After a meal (a big dinner, a party): a sugar reading that follows it.
    "after_meal": ("ruoan|ruuan|aterian|syömisen|ruokailun|joulupöydän|jouluaterian|"
                   "jouluruoan|illallisen|päivällisen|lounaan|aamupalan|juhlien|kakun|pullan|"
                   "karkkien|herkkujen|pizzan ~ jälkeen", "syönnin jälkeen", "syötyä"),
    # Drinking that is a habit or a worry (not one night's drinking and its hangover).
    "alcohol_habit": ("juon joka päivä", "joka ~ päivä|ilta|viikonloppu|aamu", "päivittäin",
                      "useimpina ~ päivinä|iltoina", "alkoholis*",
                      "juomiseni|juomisestani|juomisensa", "vähentää ~ juomista|alkoholia",
                      "juo|juon|juonut|juonu ~ liikaa"),
    # --- probes 26-27 (from fi) ---
    # Kept in by the one who threatens: the door locked, not let out, the phone taken.
    "confined": ("lukinnut|lukinnu|lukitsi|lukitsee|lukitsis|lukkas|lukinneet ~ oven|ovet|minut|"
                 "mut|meidät|meiät",
                 "{NEG} ~ päästä|päästänyt|päästäny ~ mua|minua|meitä|ulos|pois|lähtemään",
                 "vei|vie|otti|ottanut|piilotti ~ puhelimeni|puhelimen|kännykkäni|kännykän"),
    # Weepy in the first days after a birth (the baby blues; not low mood or despair).
    "tearful": ("itkettää", "itkettäny", "itkettänyt", "itkuinen", "itkuisena", "itkuherk*",
                "itkeskel*", "itken ~ välillä|helposti|herkästi", "tirauttele*"),
    # Asking for an appointment or for help with the complaint: a booked visit is wanted.
    "wants_visit": ("tarvitsen|tarviin|tarttisin|tarvitsisin|haluan|haluaisin|haluisin|"
                    "saisinko|saanko|saisko|voisinko ~ ajan|lääkäriajan|lääkäriaika|"
                    "vastaanottoajan|ajanvarauksen",
                    "aika lääkäri*",
                    "aika|aikaa|ajan ~ lääkärille|lääkärin|hoitajalle|vastaanotolle",
                    "varata|varaan|varaisin|varaamaan|varaisin ~ ajan|aika|lääkäriajan",
                    "tähän|tuohon|siihen|näihin|tälle|tuolle ~ saada|saisi|saisin|saako|saisko|"
                    "saisiko ~ apua|hoitoa"),
    # Not wanting to be a burden to anyone (said with a gun or saved pills at hand: a rule).
    "burden_talk": ("kenellekään|kellekään|kenenkään|muille|lapsille|lapsilleen|lapsilleni|"
                    "perheelle|perheelleni ~ taakka|taakaksi|taakkana|riesaksi|riesana",
                    "taakka|taakaksi|taakkana ~ kenellekään|kellekään|muille|lapsille|perheelle"),
    # A baby bringing up a little milk after feeds (posseting; the rule is in probes 26-27, en).
    "posseting": ("pulaut*", "pukla*", "pulauttel*",
                  "maitoa|maitoja ~ tulee|nousee|valuu ~ takaisin|ylös|suusta"),
    # --- probes 26-27 (from sv) ---
    # Imetys: a red, hard breast is mastitis, not the chest ("rinta" is both).
    "breastfeeding": ("imetä*", "imett*", "imetys*", "imetän", "imetin", "imettänyt"),
    # Dark, purple or blood-filled blisters on a red, swollen limb: necrotising infection.
    "dark_blisters": ("tumma*|tummi*|musta*|mustia|sinipunai*|violet*|verinen|verisiä|veriset ~ "
                      "rakkul*|rakkoja|rakot", "verirakkul*"),
    # Jälkivuoto: the bleeding and discharge in the weeks after a birth.
    "lochia_word": ("jälkivuo*",),
    # Asuu yksin: how someone lives, not loneliness.
    "lives_alone": ("asuu|asun|asui|asunut|asuvat ~ yksin|yksinään", "yksinasu*",
                    "yksin asuva*"),
    # --- probes 26-27 (from en) ---
    # Hengitysavanne (trakeostomia) tai kanyyli kaulassa.
    "tracheostomy": ("trakeostom*", "trakeotom*", "trakeakanyyl*", "henkitorviavan*",
                     "hengitysavan*", "laryngektom*",
                     "kaulassa|kaulan ~ kanyyli|kanyyl*|avanne|avanteen|hengitysputki*"),
    # Kanyyli tukossa tai irti, tai imukatetri ei mene.
    "tube_blocked": ("tukossa", "tukkeutu*", "tukkeen*", "tukos", "limatulppa*", "tulppa*",
                     "irronnut", "irronnu", "irtosi", "lähti irti", "tuli ulos", "putosi pois",
                     "imukatetri|katetri|imuletku|imu ~ {NEG} ~ mene|menny|mennyt|uppoa"),
    # Uusi kohtaus ennen kuin edellisestä on herätty (status epilepticus).
    "seizure_repeat": ("uusi|toinen ~ kohtaus ~ alkoi|alkanut|alko|alkaa|tuli",
                       "heti|perään ~ uusi|toinen ~ kohtaus",
                       "kohtaus|kohtauksia ~ toisensa ~ perään|jälkeen",
                       "kohtauksia ~ peräkkäin|putkeen",
                       "ennen kuin ~ heräsi|herää|toipui|virkosi|tokeni",
                       "{NEG} ~ herännyt|heränny|toipunut|toipunu|virkoa ~ välissä|välillä"),
    # "En ole tuntenut mitään aamun jälkeen" (potkusanan kanssa: vauva hiljentynyt).
    "felt_nothing": ("{NEG} ~ tuntunut|tuntunu|tuntenut|tuntenu|tunne|tunnu ~ mitään|yhtään "
                     "aamun|aamusta|eilisen|eilisillasta|illasta|tänään|koko|sen",),
    # "70 hengitystä minuutissa": hengitystiheys.
    "rr_unit": ("hengitystä|hengenvetoa|hengityskertaa|henkäystä minuutissa|min",),
    # Laitteen lukema: "saturaatio kotimittarissa näyttää 89".
    "reading_word": ("mittari*", "monitori*", "näyttö*", "näyttää", "näytti", "lukema*"),
    # Lämpötyyny tai kuumavesipullo: kotikonsti, ei palovamma.
    "heat_pack": ("lämpötyyny*", "kaurapussi*", "vehnätyyny*", "kuumavesipullo*", "lämpöpussi*",
                  "lämpöpullo*"),
    # Perunoiden kuoriminen tai pilkkominen: keittiötyö, ei ihon kesiminen.
    "kitchen_task": ("kuoria|kuorin|kuorinut|kuoriessa|kuorimassa|pilkkoessa|pilkoin|pilkkomassa ~ "
                     "perunoita|perunaa|porkkanoita|porkkanaa|omenaa|sipulia|kasviksia|"
                     "vihanneksia",),
    # Happihoito kotona (luku sen jälkeen ei ole saturaatiolukema).
    "home_oxygen": ("kotihappi*", "kotihapen", "happirikastin*", "happirikastim*",
                    "happihoito|happea|happihoidossa ~ kotona"),
    # Valkoinen iho palovammassa (syvä palovamma).
    "white_colour": ("valkoi*", "valkea*", "valkoise*"),
    "white_skin": ("valkoinen|valkoista|valkoisia|valkea|valkeaa ~ paikoin|paikoitellen|kohdin|"
                   "keskeltä",),
    # Veri läpi pyyhkeiden tai paidan: runsas verenvuoto.
    "heavy_bleed": ("vuotanut|vuotanu|vuoti|vuotaa ~ läpi ~ pyyhkee*|pyyhkeiden|paidan|"
                    "sidetaitoksen|sideharson|lakanan",
                    "pyyhe|pyyhkeet|pyyhkeitä|pyyhkeen ~ verestä ~ märkä|märkiä|märkänä",
                    "kolme|monta|useampi|useita|pari ~ pyyhettä|pyyhkeitä ~ veressä|verisenä|"
                    "verisinä|verisiä|täynnä"),
    # --- probes 28-29 (from fi) ---
    # A letter written, or messages to everyone: with pills laid out at hand, a farewell
    # (letters to the family are "farewell" already, and keep that meaning).
    "letters_written": ("kirje ~ kirjoitettu|kirjotettu|valmiina",
                        "kirjoittanu*|kirjottanu*|kirjoitin|kirjotin|kirjoitettu|kirjotettu|"
                        "kirjoitti|kirjotti ~ viestit|viestin|viestejä ~ kaikille|perheelle|"
                        "läheisille|läheisilleni|lapsille|lapsilleni|vanhemmille|äidille|isälle|"
                        "vaimolle|miehelle|kavereille|ystäville",
                        "viestit ~ kaikille|perheelle|läheisille|lapsille ~ kirjoitettu|"
                        "kirjotettu|valmiina"),
    # A pain that was there last season ("Rintakipua oli keväällä"): the words are history, so
    # the phrase takes the pain word away (a pain now, "nyt taas rintakipua", is read apart).
    "past_symptom": ("*kipua|*kipuja|*kipu|*särkyä|*särky|oireita|oireet|kohtauksia|kohtaus ~ "
                     "oli|olleet|ollut|ollu ~ keväällä|kesällä|syksyllä|talvella",
                     "keväällä|kesällä|syksyllä|talvella ~ oli|olleet|ollut|ollu ~ *kipua|*kipuja|"
                     "*kipu|*särkyä|*särky|oireita|oireet|kohtauksia|kohtaus"),
    # Laid out within reach ("pillerit on tässä vieressä", "tässä pöydällä").
    "at_hand": ("tässä|tossa|tuossa ~ vieressä|pöydällä|edessä|kädessä|sängyllä|sylissä",
                "vieressäni", "edessäni", "kädessäni", "ulottuvilla", "esillä",
                "valmiiksi ~ pöydällä|esillä|vieressä"),
    # Several whole packs swallowed ("otti kaks purkkia panadolia"): a large overdose.
    "packs_taken": ("otti|otin|ottanu|ottanut|ottaneet|ottaneensa|nieli|nielaisi|nielaissut|"
                    "söi|söin|syönyt|syöny|napsi|napsinut|popsi|popsinut ~ kaks|kaksi|kolme|"
                    "neljä|viisi|useamman|monta|2|3|4|5 ~ purkkia|pakettia|levyä|liuskaa|"
                    "pakkausta|rasiaa|purkillista|paketillista|levyllistä|liuskallista|"
                    "pakkauksellista|rasiallista|purkkia|pakettia",
                    "kaks|kaksi|kolme|neljä|useamman ~ purkkia|pakettia|levyä|liuskaa|pakkausta|"
                    "purkillista|paketillista|levyllistä ~ kerralla|kerrallaan|kerrasta|putkeen"),
    # Packed for a trip: tablets carried, not swallowed ("hänen mukaansa" is no packing).
    "carry_along": ("mukaani", "mukaan ~ matkalle|reissuun|mökille|lomalle|laukkuun|kassiin",
                    "matkalle", "matkaa varten", "reissuun", "varalle", "varmuuden vuoksi"),
    # Asking whether a medicine's dose should change: a question for a professional.
    "dose_question": ("pitäiskö|pitäisikö|pitääkö|voiko|voisko|kannattaako|kannattaisko|"
                      "tarviiko|tarvitseeko ~ *annos*|*annok*|lääkity*|lääkettä|insuliini* ~ "
                      "muuttaa|vaihtaa|pienentää|suurentaa|nostaa|laskea|vähentää|lisätä|"
                      "säätää|korjata|muuttaa",
                      "*annos*|*annok*|lääkity* ~ muutettava|muuttaa|pienentää|nostaa|laskea|"
                      "vähentää|säätää ~ pitäiskö|pitäisikö|pitääkö|vai"),
    # A week number named alone ("Viikko 33,"): how far along a pregnancy, or a calendar week.
    "week_number": ("viikko|viikolla|vk|rvk|raskausviikko|raskausviikolla 20|21|22|23|24|25|"
                    "26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42",),
    # Luomet (eyelids) stuck together or swollen: the eye, not a mole.
    "eye": ("luomi|luomet|luomen|luomia|luomia ~ liimau*|liimaantu*|kiinni|turvoksissa|"
            "turvonneet|turvonnu*|turpeat|turpeena|rähm*|rupeutu*|rupi*",
            "silmäluom*"),
    # --- probes 28-29 (from sv) ---
    # A plan to take all of one's tablets ("aion ottaa kaikki unilääkkeeni viikonloppuna").
    "plan_take_all": ("aion|aioin|aikoo|aikonut|suunnittelen|suunnitellut|päätin|päättänyt|"
                      "meinaan|ajattelin ~ ottaa|syödä|napsia|niellä|vetää ~ kaikki|koko",),
    # A pack of tablets: "koko purkin", "koko levyn".
    "pill_pack": ("purkki*", "purkin", "purkit", "levy", "levyn", "levyt", "levyllis*",
                  "purkillis*", "liuska*", "pakkaus*", "pakkauksen", "paketin", "paketillis*"),
    # When in the day a dose is taken ("kaikki tabletit aamulla"): a schedule, not a plan.
    "dose_timing": ("aamuisin", "iltaisin", "aamupalalla", "aamupalan kanssa", "ruoan kanssa",
                    "ruuan kanssa", "ennen ruokaa", "ruoan jälkeen", "aamulla ja illalla",
                    "sijaan", "sijasta"),
    # "Kuinka kauan hänen pitää olla kotona?": a question about time, not a long illness.
    "how_long": ("kuinka kauan", "miten kauan", "kauanko", "kuinka pitkään", "miten pitkään",
                 "kuinka pitkän ajan"),
    # "Erilainen kuin tavallinen kohtaus": not the known pattern.
    "unlike_usual": ("erilai* ~ kuin ~ tavallinen|tavallisesti|yleensä|tyypilli*|normaali*",),
    # "Minulla oli rintakipua viime viikolla": a past tense (with a past episode, derived).
    "had_word": ("oli", "olin"),
    # "Puhuu ihan normaalisti": can speak.
    "can_speak": ("puhuu|puhun|puhui ~ normaalisti|tavallisesti|selvästi",),
    # Only licked or tasted, then spat out ("nuoli astianpesukonetablettia, sylki pois").
    "lick_word": ("nuoli", "nuolaisi", "nuolaissut", "nuollut", "nuolassu", "maistoi",
                  "maistanut", "imeskeli", "imeskellyt"),
    "spat_out": ("sylki|sylkäisi|sylkenyt|sylkäissyt|sylkäs ~ pois|ulos",
                 "otti|otin|otettiin|kaivoin|kaivettiin ~ suusta"),
    # "Taas", "uudestaan": near a pain word (derived), the pain has come back.
    "again_word": ("taas", "uudestaan", "uudelleen", "jälleen", "takaisin"),
    # Seen for it already, or a follow-up wanted ("kävin päivystyksessä", "jälkitarkastus").
    "care_visit": ("kävin|olin|käytiin|oltiin|kävi|oli ~ päivystykses*|lääkärissä|"
                   "terveyskeskuksessa|terkkarissa|sairaalassa|ensiavussa|päivystyksessä",
                   "jälkitarkastu*", "kontrollikäyn*", "seurantakäyn*", "jatkokäyn*",
                   "jälkikäyn*"),
    # Warmed up again: fingers or toes that went white in the cold and came back.
    "rewarmed": ("lämmitin", "lämmittelin", "lämmitettyä", "lämmittämällä", "lämmiteltyä",
                 "lämpenivät", "lämpeni", "lämmenneet", "sulivat", "sulattelin", "lämpimässä"),
    # A day in the sun or the heat ("päivän jälkeen auringossa rannalla").
    "heat_day": ("auringossa", "paahteessa", "helteessä", "helteellä", "hellepäivä*",
                 "rannalla", "aurinkoa ottamassa", "ottamassa aurinkoa", "otin aurinkoa",
                 "kuumuudessa", "helle*"),
    # --- probes 28-29 (from en) ---
    # Jyrsii tai pureskelee kaikkea: kuolaavalla vauvalla hampaiden tulo (johdettu käsite).
    "gnaw": ("jyrsii", "jyrsi", "jyrsiä", "jyrsimään", "jyrsimässä", "järsii", "järsiä",
             "nakertaa", "nakertelee", "pureskelee", "pureskella", "pureskelemaan"),
    # Kysyy, mitkä ovat jonkin oireet tai mihin kiinnittää huomiota: tietoa, ei vaivaa nyt.
    "info_question": ("mitkä|millaiset|millaisia|minkälaiset|minkälaisia ~ oireet|oireita|"
                      "merkit|merkkejä|varoitusmerkit|varoitusmerkkejä",
                      "mistä ~ tunnistaa|tunnistan|tunnistaisi|tunnistais|huomaa|huomaisi",
                      "mihin ~ pitää|pitäisi|pitäis|kannattaa|tulee ~ kiinnittää ~ huomiota",
                      "varoitusmerk*"),
    # Kestävyysurheilija tai juoksija: hidas leposyke on yleensä kuntoa.
    "athlete": ("urheilija*", "kestävyysurheil*", "kilpaurheil*", "maraton*", "maratoon*",
                "ultrajuoks*", "juoksija*", "hiihtäjä*", "pyöräilijä*", "triathlon*",
                "hyväkuntoi*", "huippukunno*"),
    # Purema ei rikkonut ihoa (samat fraasit kuin skin_intact, ilman "meni ohi").
    "skin_unbroken": ("ei jälkiä", "ei näy jälkiä", "ei puremajälkiä", "iho ~ ehjä",
                      "ei mennyt läpi", "ei mennyt ihon läpi",
                      "iho|ihoa|iholla ~ {NEG} ~ rikkoutunut|rikkoutunu|rikki|puhjennut|puhki|"
                      "rikkonut|rikkonu",
                      "{NEG} ~ rikkonut|rikkonu|puhkaissut|puhkassu|lävistänyt ~ ihoa",
                      "ehjä iho"),
    # --- probes 30-31 (from sv) ---
    # Jäykkäkouristusrokote mainittu haavan yhteydessä ("en tiedä milloin viimeksi rokotettu").
    "tetanus_jab": ("jäykkäkouristus*", "tetanus*", "dt-rokot*", "dt-tehoste*", "dtap*"),
    # --- probes 30-31 (from en) ---
    # Myrkytystietokeskus: palvelu, jolle soitettiin, ei nielty myrkky.
    "poison_centre": ("myrkytystieto*", "myrkytyskesku*", "myrkytysneuvon*"),
    # --- probe 32 (from sv) ---
    # Paise tai ajos: kuumeen kanssa arvio samana päivänä (Terveyskylä: ihon paise).
    "abscess": ("paise*", "paisee*", "*paise", "*paiseen", "*paiseet", "*paiseita",
                "*paiseessa", "ajos", "ajokse*", "ajokset", "furunk*", "karbunk*",
                "absessi*", "märkäpesäk*"),
    # --- probe 32 (from en) ---
    # Munuais- tai virtsanjohdinkivi: kuumeen kanssa tulehtunut, tukkeutunut munuainen.
    "kidney_stone": ("munuaiskiv*", "virtsakiv*", "virtsatiekiv*", "virtsanjohdinkiv*",
                     "munuaiskoliik*", "kivikohtau*", "kivikipu*", "kivi|kiven|kiveä ~ "
                     "munuaisessa|munuaisissa|virtsanjohtimessa|virtsateissä"),
    # Niin monena aamuna, iltapäivänä tai päivänä viikossa: kuinka usein (oireen vieressä toistuva).
    "per_week": ("aamuna|aamupäivänä|iltapäivänä|iltana|yönä|päivänä viikossa|kuukaudessa|kuussa",
                 "aamuina|iltapäivinä|iltoina|öinä|päivinä viikossa|kuukaudessa|kuussa"),
}
# fmt: on
