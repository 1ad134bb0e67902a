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
                 "nuorena", "vuosikymmen* sitten", "kauan sitten"),
    "farewell": ("jäähyväiskirje*", "kirjeet ~ kirjoitettu|kirjotettu|valmiina|kirjoitin|kirjotin",
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
    "long_lie": ("lattialla ~ asti|yöstä", "maannut ~ lattialla", "maannut ~ maassa",
                 "ollut lattialla", "lattialla koko yön",
                 "löyty*|löysin|löydettiin|löytyi ~ lattialta|lattialla", "makasi lattialla"),
    "cant_get_up": ("{NEG} ~ {CAN} ~ seisomaan|seisoa",
                    "{NEG} ~ pääse ~ ylös|pystyyn|lattialta|maasta|nousemaan",
                    "{NEG} ~ pääse ylös", "{NEG} ~ {CAN} ~ nousta|nousemaan",
                    "{NEG} ~ päässy*|päässyt|päässeet ~ ylös|pystyyn|lattialta|maasta"),

    "tongue_bite": ("purin ~ kieleen|kieltä|huuleen|poskeen", "puri ~ kieleen|kieltä|huuleen"),
    "adrenaline_used": ("piikitin|pistin|annoin|käytin|otin ~ adrenaliini*|epipen*",
                        "piikitti|pisti|antoi|käytti ~ adrenaliini*|epipen*"),
    "cord_prolapse": ("napanuora ~ näkyy|roikkuu|ulkona|ulos", "näkyy napanuora"),
    "static": ("staattinen", "staattista", "staattisen", "staattisesta"),
    "kill_word": ("tappa*", "tapan", "tappaisi*", "murhaa*", "puukottaa"),
    "submersion": ("veden alla", "veden alle", "pinnan alla", "pinnan alle"),
    "scar": ("arpi", "arven", "arpea", "arvesta", "arpikudo*"),
    "scratch": ("raapa*", "raavin", "raapinut", "rapsutin", "rapsut*", "raapi*"),
    "airway": ("savumyrky*", "hengitti savua", "savua ~ hengittänyt", "noki*",
               "kulmakarvat ~ kärventy*|palaneet|palanut", "kärventy* ~ kulmakarvat|ripset",
               "leimahti ~ kasvoille|naamalle|kasvoihin", "liekit ~ kasvoihin|naamalle",
               "hengitti|hengitin|hengittänyt|hengittäny ~ savua|savukaasu*",
               "yski*|yskin ~ mustaa|nokea|nokista"),
    "chest_pain": ("pitelee ~ rintaansa|rintaa", "puristaa ~ rintaansa", "pitää kiinni rinnasta",
                   "ottaa ~ rinnasta kiinni"),

    # --- probe 8: word families of situations the rules had no word for ---
    "child": ("pikkuveli*", "pikkuveljä*", "pikkusisko*", "pikkusisar*", "lapsenlap*"),
    "low_temp": ("hypoterm*", "alilämpö*", "alilämmö*"),
    # Cold around the person; it takes a sign (confusion, drowsy, a long lie) to mean 112.
    "cold_exposure": ("patterit ~ {NEG} ~ toimi|lämmitä", "lämmitys ~ {NEG} ~ toimi",
                      "pakkase*", "lumessa", "lumihange*", "hangessa", "hankeen", "lumeen",
                      "kylmässä ~ talossa|asunnossa|mökissä|vedessä", "lämmittämättö*",
                      "kylmillään", "ulkona ~ yön|yöllä|koko yön", "yön ~ ulkona",
                      "löyty*|löysin|löydettiin|löytyi ~ pihalta|ulkoa|lumesta|hangesta|ojasta"),
    "cold_skin": ("kylmänä", "kylmiä", "kylmältä", "kylmänkalsea*"),
    # A number next to these is the weather or the room, not the body.
    "ambient": ("ulkona", "ulkolämpö*", "sisälämpö*", "huoneenlämpö*", "helle*", "hellett*",
                "pakkasta", "säätiedot*", "-hellit*"),
    "electric": ("voltin", "voltti*", "volttia"),
    "deliberate": ("tahallaan", "tarkoituksella", "tahallisesti", "tahallinen"),
    "u_piece": ("kpl", "kappale*", "kappaletta"),
    "tablet_word": ("panadol*", "burana*", "parasetamol*", "paracetamol*", "ibuprofeeni*",
                    "pamol*", "*lääke*", "*lääkke*"),
    "overdose_large": ("kourallise*|kourallinen|kasan|kasa|kasallisen ~ lääk*|pillere*|pilleri*|"
                       "tablet*|panadol*|burana*|unilääk*|särkylääk*",
                       "kourallise*|kourallinen|kasan|kasa|kasallisen ~ lääk*|pillere*|pilleri*|"
                       "tablet*|unilääk*|särkylääk* ~ vodka*|viina*|alkoholi*|kalja*|kanssa",
                       "otti|ottanut|ottanu|söi|syönyt|nieli|nielaisi ~ kaikki ~ äitinsä|isänsä|"
                       "mummonsa|vaarinsa|siskonsa|veljensä|miehensä|vaimonsa|kaverinsa ~ "
                       "*lääk*|*pilleri*|*tablet*"),
    "double_dose": ("otin|otti|ottanut|ottanu ~ kahteen kertaan|kahdesti|tuplana",),
    # Threatening someone, not "kipu tappaa mut".
    "threat_kill": ("murhaa*", "uhkaa", "uhkailee", "uhkaili*", "uhannut", "uhkasi",
                    "tappaa|tappavansa|tapan|tappaisi ~ meidät|minut|sinut|sut|hänet|kaikki|"
                    "jonkun|lapset|vaimonsa|miehensä|äidin|isän"),
    # Something burning indoors: carbon monoxide when people feel ill near it.
    "combustion": ("moottori ~ käynnissä|päällä|käymässä", "pakokaasu*",
                   "auto|auton|mopo|aggregaatti ~ käynnissä|käymässä|käyntiin",
                   "kamiina*", "takka*", "takassa", "takan", "puuhella*", "kaasukattila*",
                   "kaasuliesi*", "kaasulämmitin*", "kaasuvuoto*", "pakokaasu*", "aggregaat*",
                   "savupiip*", "pellit ~ kiinni", "pelti ~ kiinni", "savutt*", "savuaa"),
    "several_people": ("koko perhe*", "kaikilla", "meillä kaikilla", "molemmilla",
                       "perheellä", "kaikki meistä"),
    "becoming": ("muuttu*", "menee", "meni", "alkaa olla"),
    "crash": ("kolaroi*", "törmä*", "ajoi ~ ojaan|ulos|puuhun", "lensi ~ pyörän|mopon|selästä"),
    "trauma_major": ("kovaa vauhtia", "kovalla vauhdilla", "lujaa vauhtia", "ylinopeu*",
                     "jäi|jääny|jäänyt|jäivät ~ alle", "juoksi ~ auton|bussin|rekan ~ eteen",
                     "auto|auton|autoon|traktori*|rekka|bussi|juna|mopo ~ osui|töytäisi|tönäisi"),
    "graze": ("ruvella", "ruvelle", "rupi", "ruvet", "ruvessa", "naarmuilla"),
    "drowsy": ("{NEG} ~ {CAN} ~ pysy* ~ hereillä", "{NEG} ~ pysy* ~ hereillä"),
    "drinking_well": ("juominen ~ onnistuu|sujuu|maistuu", "pystyy|pystyn|jaksaa ~ juomaan"),
    "can_walk": ("varaan painoa", "pystyy varaamaan", "voin varata", "kävely sujuu"),
    "allergy": ("*allergi*",),

    # --- probe 9: situations again: CPR under way, a child into someone's tablets, a scald ---
    "cpr": ("elvyttää", "elvyttävät", "elvyttämään", "elvytetään", "elvytti", "elvyttivät",
            "elvytys", "elvytystä", "elvyttämässä", "elvytetty", "elvyttää*", "paineluelvytys*",
            "painelu-puhalluselvytys*", "defibrillaattori*", "sydäniskuri*"),
    "eat_word": ("söi", "syönyt", "syöny", "syöt", "nielaissut", "maistoi", "maistanut",
                 "napsi*", "pureskeli", "imeskeli", "syödä", "söin", "söivät", "syötiin",
                 "popsi*", "otti suuhun", "laittoi suuhun", "pisti suuhun", "joi", "juonut",
                 "juonu"),
    "liquid": ("öljy*", "*öljyä", "*öljy", "kahvi*", "teetä", "teevesi*", "keitto*", "keittoa",
               "friteeraus*", "rasvakeitin*"),
    "spill": ("kaatui", "kaatu", "läikkyi", "läikähti", "roiskui", "roiskahti", "valui", "päälle",
              "päälleen", "kaatoi"),
    "hot": ("kuumaa", "kuumia", "kuumat", "tulikuuma*"),
    "burn_deep": ("nahkea*", "nahkamai*", "hiiltyn*", "vahamai*"),
    "training": ("kurssi*", "*kurssi", "*kurssilla", "*kurssille", "koulutus*", "*koulutus",
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
    "not_relieved": ("silti vinkuu", "vinkuu silti", "vinkuu edelleen", "edelleen vinkuu",
                     "auttaa vain hetken", "auttaa hetkeksi", "vain hetkeksi",
                     "vaikka ~ sai|otti|otin|annoin|annettiin|antanut ~ buranaa|panadolia|"
                     "särkylääkettä|lääkettä|pronaxenia|ibuprofeenia|parasetamolia|kuumelääkettä",
                     "buranasta ~ {NEG} ~ apua", "{NEG} ~ auttanut|auta ~ burana*|panadol*"),
    # --- probe 10: uhka, pää edellä, musta uloste, outo käytös, köysi ja päätös, saha ---
    "threat_me": ("huuta*|uhka*|sano*|lupa*|aikoo ~ tappaa|tappavansa ~ mut|minut|meidät|meiät|"
                  "meidat|meitä", "tappaa mut ~ ja|jos", "tapan sut|sinut", "hengiltä",
                  "hakkaa ~ mut|minut ~ hengiltä"),
    "under_attack": ("lukitsin itseni", "lukittauduin", "lukitsin oven", "piiloudu*",
                     "potki* ~ ovea|ovee|oveen", "hakka* ~ ovea|ovee", "paukutta* ~ ovea|ovee",
                     "yrittää ~ sisään|murtautua", "murtautu*", "löi ~ mua|minua|mut|minut",
                     "hakkas* ~ mua|minua|mut", "kuristi", "kuristaa", "kuristanut",
                     "kädet ~ kaulalla|kurkulla"),
    "head_first": ("pää edellä", "pääedellä", "sukelsi matalaan", "hyppäsi matalaan",
                   "sukelsi*", "sukelsin", "sukeltanut", "sukeltanu", "sukeltaessa",
                   "hyppäsi|hyppäs|hyppään|hyppäsin ~ matalaan",
                   "hyppäsi|putosi|putos|tippui|kaatui|lensi ~ päälleen|niskalleen|niskoilleen",
                   "laskeutui ~ päänsä|päälleen|niskalleen", "niska ~ taipui|vääntyi"),
    "head_injury": ("löi|lyönyt|löin|lyö|kolautti|kolautin|kolauttanut|iski|kopautti|kopsautti|"
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
                         "aggressiivi*", "riehu*", "käyttäytyy ~ oudosti|kummallisesti",
                         "kummallise*", "ihan ~ eri ihminen", "ei oo oma ~ itsensä",
                         "ei ole oma ~ itsensä", "kuin ~ kännissä|humalassa|päissään",
                         "humalaisen oloinen", "vaikuttaa humalaiselta"),
    "confusion": ("sekoil*", "sekoaa", "sekosi", "kysele* ~ samaa|samoja",
                  "kysyy ~ samaa|samoja ~ uudestaan|uudelleen|koko",
                  "ihan pihalla", "pihalla kuin", "{NEG} ~ tunnu ~ ymmärtävän",
                  "{NEG} ~ ymmärrä ~ mitä", "{NEG} ~ tiedä ~ missä ~ on|ollaan",
                  "{NEG} tunnista*"),
    "knocked_out": ("hetken ~ pois|poissa|pimeenä|pimeänä", "oli ihan pois", "taju meni",
                    "sammu* ~ hetkeksi", "meni taju"),
    "unresponsive": ("{NEG} ~ saa|saada ~ hereille|heräämään|hereil*", "{NEG} ~ herää",
                     "{NEG} ~ saa ~ kontaktia", "{NEG} ~ reagoi"),
    "suicide_means": ("köysi*", "köyde*", "köyden", "silmuk*", "hirttosilmuk*",
                      "kerännyt ~ lääkkeitä|pillereitä|tabletteja",
                      "säästänyt ~ lääkkeitä|pillereitä|tabletteja"),
    "resolve": ("päättäny*", "päättänyt", "päätin", "päätös on tehty", "tänä yönä",
                "tänä iltana", "valmiina", "valmis", "joku tietää", "viimeinen ilta",
                "huomenna ~ ohi"),
    "spurting": ("sykki*", "sykkien", "pumppaa", "pulpahtel*", "suihkuna"),
    "wont_stop": ("vaikka ~ painetaan|painaa|painan|painoin|painettu|paineltu",
                  "pyyhe ~ läpi|kastu*", "pyyhkeen läpi"),
    "power_tool": ("pyörösaha*", "moottorisaha*", "sirkkeli*", "kulmahiom*", "kulmahiomakone*",
                   "kulmahiomakoneella", "vannesaha*", "ruohonleikkur*", "pensasleikkur*",
                   "*saha", "*sahalla", "*sahaan"),
    "chemical": ("putkenavaus*", "viemärinavaaja*", "viemärinavaus*", "lipeä*", "kalkki*",
                 "sementti*", "märkä betoni", "happo*", "emäs*", "valkaisu*", "kloori*",
                 "kloriitti*", "uuninpuhdist*", "astianpesuaine*", "wc-pesuaine*", "vessanpesu*",
                 "kalkinpoist*", "akkuhappo*"),
    "psychosis": ("säteit*", "säteil* ~ seinän|seinien", "naapurit ~ vakoil*|myrkyt*|lähettä*|"
                  "seuraa*|kuuntele*|tarkkaile*", "vainoa*", "vainotaan", "harhaluulo*",
                  "mikrosiru*", "ajatuksi* ~ ohjaa*|luke*|varasta*|kuuntele*",
                  "myrkyttää ~ ruoan|ruokaa|veden|vettä", "agentte*", "agentit", "vakooj*",
                  "salaliit*", "paholaise*|saatana*|demoni* ~ lähettämä|lähettänyt|riivaama|"
                  "vallassa", "riivattu", "riivaa*"),
    "no_sleep": ("{NEG} ~ nukkunut|nukkunu|nukkunu* ~ viikkoon|päiviin|moneen päivään",
                 "valveilla ~ viikon|päiviä|päivää|vuorokau*|öitä",
                 "viikon|päiviä|päivää|vuorokauden ~ valveilla"),
    "bleed_stopped": ("loppu ku", "loppu kun", "loppui kun", "tyrehty*", "lakkas*"),
    "muscle_soreness": ("maitohapo*", "reidet|lihakset|pohkeet|käsivarret ~ tukossa|jumissa",
                        "jalkapäiv*", "treenijum*", "treenikipu*"),
    # --- probe 12 (from en) ---
    # Finnish words for the concepts the en probe-12 rules introduced.
    "priapism": ("priapism*", "erektio* ~ {NEG} ~ laske|laskenut|laskenu|laannu*|laantu*|lakkaa",
                 "erektio* ~ {NEG} mene ohi", "erektio* ~ tunti*|tuntia|tuntii",
                 "pitkittyny* erektio*", "penis|kalu|pippeli ~ pystyssä|jäykkänä ~ tunti*|tuntia"),
    "no_flatus": ("{NEG} ~ tule|tullut|tullu|pääse|päässyt|kulje|kulkenut ~ ilmoja|kaasuja|pieruja",
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
    "jaundice": ("keltatau*", "ikterus*", "silmänvalkuai* ~ keltai*|keltas*|kellertäv*",
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
    "shunt": ("suntti*", "shuntti*", "likvorisuntti*"),
    "jaw_chew": ("leuka*|leuan* ~ pureskel*|syödessä|purressa",
                 "pureskel* ~ sattuu|koskee|kipeä*|särkee|kipua",
                 "syödessä|pureskellessa ~ leuka*|leukaan|leukoihin"),
    "back_pain": ("iskias*",),
    # --- probe 12 (from fi) ---
    # Something went down the wrong way and the child cannot make a sound.
    "choking": ("sai|saanut|saanu ~ henkeen|kurkkuun", "jäi|jääny|jäänyt|juuttui ~ henkeen",
                "kurkkuun|kurkussa|henkeen ~ jäi|jäänyt|jääny|juuttui|juuttunut|juuttunu",
                "jäänyt|jääny|juuttunut|juuttunu ~ kurkkuun|kurkussa",
                "karki*|karkki*|karamel*|nami*|rypäle*|viinirypäle*|pähkinä*|makkara*|nakki*|"
                "lelu*|kolik*|nappi*|nappipari* ~ henkeen|kurkkuun"),
    "cant_speak": ("ääntä|ääni ~ {NEG} ~ tuu|tule|kuulu|lähde|tullut|tullu",
                   "{NEG} ~ saa ~ ääntä ~ ulos"),
    "aphasia": ("vastaa ~ vaan|vain|pelkkää ~ öö*|mmm*|hmm*|ää*", "{NEG} ~ vastaa ~ järkev*",
                "sanat ~ meni|menee|menivät ~ väärin|sekaisin|ristiin", "väärät sanat"),
    "weakness": ("kömpelö*", "kömpelöks*", "kömpelöksi"),
    "tired": ("uninen", "unise*", "uniselta"),
    # A headache like an explosion, or during sex: a bleed until shown otherwise.
    "thunderclap": ("jotain ~ räjähti|räjähtäis*|räjähtäisi|pamahti|napsahti|poksahti",
                    "päässä ~ räjähti|räjähtää|pamahti|napsahti|poksahti", "räjähtävä*",
                    "kuin ~ olisi|ois ~ lyöty|isketty ~ päähän|takaraivoon"),
    "exertion": ("kesken ~ seksin|yhdynnän|rakastelun", "seksin|yhdynnän ~ aikana|jälkeen",
                 "orgasmi*", "rakastellessa", "penkkipunner*", "punnerruks*", "nostaessa painoja",
                 "teki|tekee|tehdä|hyppäsi|hyppää|harjoitteli ~ voltin|voltteja|voltti|volttia",
                 "kesken ~ kävelyn|lenkin|juoksun|hiihdon|pelin|treenin|urheilun|kävelylenkin",
                 "kävelyllä", "kävelylenkillä"),
    # Anaphylaxis words: a fish soup, a body red all over.
    "allergen": ("kala*", "*kalakeit*", "*kalaruo*"),
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
                 "lyhyempi ~ ku|kuin ~ toinen"),
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
    "wild_mushroom": ("itse poimi* ~ sien*", "poimittu* ~ sien*|sieniä", "metsäsien*",
                      "sien* ~ metsästä|itse poimi*", "tuntemat* ~ sien*",
                      "sieniä ~ metsästä"),
    "poison": ("lamppuöljy*", "lampunöljy*", "paloöljy*", "petroli*", "sytytysneste*",
               "grillinsytytys*", "tärpätti*", "lakkabensiini*", "bensiini*", "metanoli*",
               "glykoli*", "jäähdytinneste*", "lasinpesuneste*", "tuulilasinpesu*", "tuikkuöljy*",
               "joi|juonut|nieli|maistoi ~ bensa*|bensaa", "tiskikoneaine*",
               "*koneaine*", "*konetabl*"),
    "weapon": ("kirve*", "kirves", "moukari*", "pesäpallomail*", "sorkkarau*", "haulik*",
               "kivääri*", "pistooli*", "miekka*", "miekan"),
    "harm_others": ("pitää ~ hoitaa ~ pois", "hoitaa ~ pois päiväjärjestyksestä",
                    "hoidettava pois", "pitää ~ raivata ~ pois"),
    "suicide": ("halu* ~ kuolla", "haluu kuolla", "tahtoo kuolla", "haluis kuolla",
                "haluisin kuolla", "tappaa|tapan|tappaisin|tappaisi|tappamaan|tappaa* ~ ittensä|"
                "itteni|itteäni|ittesi|itses|itseni|itsensä"),
    # Locked in alone with the medicine cabinet or a knife, saying they want to die.
    "means_access": ("lukinnu*|lukinnut|lukitsi|lukitsee|lukittautu*|sulkeutu* ~ itsensä|ittensä|"
                     "kylppäriin|vessaan|huoneeseen", "lukittautunut", "lukittautui",
                     "availee|avaa|avasi|penkoo|kaivaa|tonkii|etsii|hakee ~ lääkekaappi*|"
                     "lääkkeitä|lääkkeet|pillereitä|veitsiä|veistä|köyttä"),
    # Hands or an arm round the neck: the airway and the arteries swell up hours later.
    "strangled": ("kuristi", "kuristanut", "kuristanu", "kuristettiin", "yritti kuristaa",
                  "kuristamalla", "kuristusot*", "kädet ~ kaulalla", "kädet ~ kaulan ympärillä",
                  "puristi ~ kaulasta|kurkusta", "kuristi ~ kaulasta|kurkusta"),
    "pregnant": ("rv", "rvk", "raskausvk", "raskausviikolla"),
    "drowning": ("altaan|ammeen|järven|kylpyammeen|uima-altaan ~ pohjalta|pohjasta|pohjaan",
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
                    "puhelin ~ kiinni|suljettu|pois päältä"),
    "suicide_method": ("ajaa|ajan|ajais|ajaisi ~ auton|autolla|autonsa ~ puuhun|kallioon|"
                       "seinään|rekkaa|rekan|päin|jyrkänteeltä|sillalta",),
    "grunting": ("ähki*", "ähkien", "ähkäisee", "voihkien", "narisee hengittäessä"),
    "not_moving": ("{NEG} liiku|liikahda|hievahda|liikkunut|liikkunu|liikahdakaan",),
    "fetal_movement": ("vauva|sikiö ~ {NEG} ~ liikkunu|liikkuny|liikkunu*|liikahtanu*|potkinu*",
                       "{NEG} ~ liikkunu|liikkuny|liikahtanu*|potkinu* ~ vauva|sikiö"),
    # A baby shaken hard: bleeding inside the head.
    "shaken": ("ravistel*", "ravisti", "ravistanut", "ravistanu", "ravistettiin", "riepottel*"),
    # Sweating and flushed from the sauna is the sauna (the rules' "unless=sauna" had no words).
    "sauna": ("sauna*", "saunoi*", "saunoessa", "saunomas*", "löylyi*", "löylyissä"),
    "faint": ("pyörryin", "pyörryit", "pyörrähti", "pyörrähdin", "pyörtyin", "pyörty"),
    "palpitations": ("sydän|sydämeni|syke ~ hakka*|hakkaamaan|jyskyttä*|jyskyttämään|tykyttä*",),
    "pain": ("koski", "tuskissa*", "tuskasta", "kiemurtel*", "vääntelehti*"),
    "severe": ("tuskissa*", "kiemurtel*", "vääntelehti*"),
    "recession": ("rintakehä|kylkivälit|kaula|kaulakuoppa|solisku* ~ vetää|vetäytyy|painuu ~ "
                  "sisään|kuopalle",),
    "stridor": ("korise*", "korisee", "korina*", "korahtel*"),
    "bloating": ("vatsa|maha|masu|suolisto ~ korisee|korisi|korise*|murisee|kurisee",),
    "one_side": ("puolelle", "puolesta"),
    "pale": ("valkone*", "valkoise*", "valkoinen", "kalvas*", "kalvakk*"),
    "numbness": ("{NEG} ~ tunne ~ jalk*|jalo*|käsi*|käde*|kättä|sormi*|varpa*",),
    "swallowed_substance": ("söi|syöny|syönyt|nielaissut|nielassu ~ magneet*|paristo*|"
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
    "unbearable": ("järjetö*", "järjettö*", "suhteeto*", "suhteetto*", "helvetillinen"),
    "saddle_numb": ("{NEG} ~ tunne ~ pakar*|haarov*|haarojen|peräauk*|alapää*|peppu*|pepu*|"
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
                "uusia ~ resepti*|lääke*|lääkkee*"),
    "dur_days": ("toinen|toista|toisena|toisen päivä*|vuorokau*|yö*|aamu*|ilta*",),
    "dur_7d": ("toinen|toista viikko*|viikkoa",),
    # A bruise that has gone yellow is healing.
    "healing_bruise": ("keltai*|keltanen|keltas*|kellertäv*|vihertäv*|vihreä*|vihreen* ~ mustelma*",
                       "mustelma* ~ kellastu*|keltai*|keltanen|haalistu*|vaalen*|vihertäv*|"
                       "paranee|parantumassa|haalenee"),
    "vaccine_reaction": ("lämpö*|kuume*|kuumeil* ~ rokotu*|rokottee*|piikin|rokotteen ~ jälkeen",),
    # Harmless things children swallow (Myrkytystietokeskus): silica gel, crayons, chalk.
    "nontoxic_ingested": ("silikageeli*", "kuivatuspussi*", "kosteudenpoistopussi*",
                          "kuivausainepussi*", "väriliitu*", "vahaliitu*", "liitu*",
                          "muovailuvaha*",
                          "nieli*|nielaisi*|nielaissut|nielassu|söi ~ purukumi*|purkka*|purkan|"
                          "siemen*|kirsikankiv*|luumunkiv*|hedelmänsiemen*"),
    # Words for a baby's kicks; "potkii paljon" (kicks a lot) is a healthy baby (derived).
    "kick_word": ("potkii", "potki*", "potkut", "potkuja", "potkinut", "potkiskelee", "myllertää",
                  "liikkuu", "liikehtii"),
    "sunburn": ("auringo* ~ jäljiltä|jäljeltä|polttama*|polttanut|takia",
                "aurinko ~ polttanut|poltti|polttanu", "palanut|paloi|paloin|palaneet|palanu ~ "
                "auringossa|rannalla|uimarannalla",
                "nukahdin|nukahti|nukahtanut|nukuin|makasin|makoilin ~ aurinkoon|auringossa"),
    "grumpy": ("kiukku*", "kiukkune*"),
    "breathless": ("hengitys|hengittäminen|hengittämi* ~ vaikee*|työläs*|työlää*|raskasta",
                   "vetää|vetäisee|haukkoo|haukkoi|vetää ~ henkeä ~ vaikee*|vaikea*|työläästi|"
                   "vaivalloisesti|vaikeasti",
                   "vaikee|vaikeeta|vaikea ~ hengittää"),
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
                 "toistuvasti", "monesti"),
    # A finger, hand or toe cut off.
    "amputation": ("sormi|sormen|sormenpää|sormenpään|peukalo|peukalon|varvas|varpaan ~ irti",
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
    "took_all": ("otti|ott*|nielaisi|nielais*|söi|syö* ~ kaikki|koko",),
    "beating": ("lyö|lyövät|hakkaa|hakkaavat|potkii|potkivat|pahoinpitelee ~ äitiä|isää|minua|mua|"
                "häntä|lapsia|vaimoa|vaimoaan|miestä|miestään|siskoa|veljeä|meitä|äitii",),
    # Something "went down the wrong way": choking only with a sign that air is not getting by.
    "choked_on": ("meni|menny|mennyt ~ väärään kurkkuun", "väärään kurkkuun", "meni henkeen",
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
    "fall_object": ("tikkailta", "tikkaat", "tikkaiden", "tikkaista", "tikapuilta", "tikapuut",
                    "rakennustelinee*", "telineeltä", "puusta", "hevosen selästä", "hevoselta"),
    # A muscle cramp is not a seizure.
    "muscle_cramp": ("suonenveto*", "suonveto*", "pohjekramp*", "jalkakramp*", "lihaskramp*",
                     "yökramp*"),
    # Fainting at a blood test, a donation or a jab: a harmless reflex faint.
    "vasovagal": ("vasovagaal*",
                  "pyörty*|pyörryin ~ verikoe*|verikokee*|verenluovutu*|rokotu*|piikki*|"
                  "pistokse*|näytteenot*", "veren ~ näkeminen|näkemisestä|nähdessä"),
}
# fmt: on
