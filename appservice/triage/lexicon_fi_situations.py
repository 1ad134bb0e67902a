"""Finnish words for situations rather than symptoms: what happened and what is at hand.

The safety nets of issue 4 read these: a fall and no getting up, a long lie on the floor, a
jump from a high place, goodbye letters, a cord that shows, an adrenaline pen used, time under
water; and the harmless contexts that keep alarm words out of 112 (long ago, static, a scar).
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
                 "ollut lattialla", "lattialla koko yön"),
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
}
# fmt: on
