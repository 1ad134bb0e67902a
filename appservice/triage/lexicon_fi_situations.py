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
                 "kirjeen ~ perheelle|lapsille|äidille|vaimolle|miehelle"),
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
                    "{NEG} ~ pääse ylös", "{NEG} ~ {CAN} ~ nousta|nousemaan"),

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
               "leimahti ~ kasvoille|naamalle|kasvoihin", "liekit ~ kasvoihin|naamalle"),
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
                "pakkasta", "säätiedot*"),
    "electric": ("voltin", "voltti*", "volttia"),
    "deliberate": ("tahallaan", "tarkoituksella", "tahallisesti", "tahallinen"),
    "u_piece": ("kpl", "kappale*", "kappaletta"),
    "tablet_word": ("panadol*", "burana*", "parasetamol*", "paracetamol*", "ibuprofeeni*",
                    "pamol*", "*lääke*", "*lääkke*"),
    "overdose_large": ("kourallise*|kourallinen|kasan|kasa|kasallisen ~ lääk*|pillere*|pilleri*|"
                       "tablet*|panadol*|burana*|unilääk*|särkylääk*",),
    "double_dose": ("otin|otti|ottanut|ottanu ~ kahteen kertaan|kahdesti|tuplana",),
    # Threatening someone, not "kipu tappaa mut".
    "threat_kill": ("murhaa*", "uhkaa", "uhkailee", "uhkaili*", "uhannut", "uhkasi",
                    "tappaa|tappavansa|tapan|tappaisi ~ meidät|minut|sinut|sut|hänet|kaikki|"
                    "jonkun|lapset|vaimonsa|miehensä|äidin|isän"),
    # Something burning indoors: carbon monoxide when people feel ill near it.
    "combustion": ("moottori ~ käynnissä|päällä|käymässä", "pakokaasu*",
                   "kamiina*", "takka*", "takassa", "takan", "puuhella*", "kaasukattila*",
                   "kaasuliesi*", "kaasulämmitin*", "kaasuvuoto*", "pakokaasu*", "aggregaat*",
                   "savupiip*", "pellit ~ kiinni", "pelti ~ kiinni", "savutt*", "savuaa"),
    "several_people": ("koko perhe*", "kaikilla", "meillä kaikilla", "molemmilla",
                       "perheellä", "kaikki meistä"),
    "becoming": ("muuttu*", "menee", "meni", "alkaa olla"),
    "crash": ("kolaroi*", "törmä*", "ajoi ~ ojaan|ulos|puuhun", "lensi ~ pyörän|mopon|selästä"),
    "trauma_major": ("kovaa vauhtia", "kovalla vauhdilla", "lujaa vauhtia", "ylinopeu*"),
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
                 "napsi*", "pureskeli", "imeskeli"),
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
    "low_urine": ("{NEG} ~ pissannut|pissannu|pissaa|virtsannut|virtsaa|virtsaa tule",
                  "virtsaa ~ tosi vähän|hyvin vähän|tuskin", "pissaa ~ tosi vähän|hyvin vähän",
                  "pissat loppu*", "virtsaneritys ~ vähent*", "tuskin pissaa*"),
    "asthma_severe": ("avaava* ~ tunnin välein|joka tunti|jatkuvasti|koko ajan",
                      "piippu* ~ tunnin välein|joka tunti|jatkuvasti|koko ajan",
                      "tunnin välein ~ avaava*|piippu*|lääkettä"),
    "not_relieved": ("silti vinkuu", "vinkuu silti", "vinkuu edelleen", "edelleen vinkuu",
                     "auttaa vain hetken", "auttaa hetkeksi", "vain hetkeksi"),
}
# fmt: on
