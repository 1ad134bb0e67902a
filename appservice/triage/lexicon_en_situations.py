"""English words for situations rather than symptoms: what happened and what is at hand.

The safety nets of issue 4 read these: a fall and no getting up, a long lie on the floor, a
jump from a high place, goodbye letters, a cord that shows, an adrenaline pen used, time under
water; and the harmless contexts that keep alarm words out of 112 (long ago, static, a scar).
Probe 8 added families for cold exposure, carbon monoxide sources, an armed threat, a deliberate
overdose, a vehicle crash, pregnancy weeks, weather temperatures and "can bear weight".
"""

from __future__ import annotations

# fmt: off
TERMS: dict[str, tuple[str, ...]] = {
    "long_ago": ("years ago", "year ago", "months ago", "as a child", "in childhood",
                 "when i was a child", "when he was a child", "when she was a child"),

    "farewell": ("goodbye letter*", "goodbye note*", "farewell", "suicide note", "letters to my",
                 "letter to my", "written letters", "wrote letters", "wrote a letter to",
                 "said goodbye", "saying goodbye", "giving away my", "gave away my",
                 "given away my", "sorted out my affairs", "put my affairs in order",
                 "last letter"),
    "jump": ("jump", "jumps", "jumping", "jumped", "throw myself", "throw himself",
             "throw herself"),
    "high_place": ("bridge", "roof", "rooftop", "balcony", "cliff", "ledge", "top floor",
                   "multi-storey", "tower block"),
    # On the floor for a long time, not "plays on the floor for hours".
    "long_lie": ("been on the floor", "lying on the floor ~ since|overnight|all",
                 "on the floor all night", "on the floor overnight", "on the floor since",
                 "was on the floor for", "lay on the floor ~ all|since|overnight",
                 "found ~ on ~ floor|ground", "found lying", "found ~ lying on"),
    "cant_get_up": ("{CANT} ~ get up", "will not ~ get up", "{CANT} ~ stand",


                    "{CANT} ~ get ~ up|herself|himself|off"),

    "tongue_bite": ("bit my|his|her ~ tongue|lip|cheek", "bitten ~ tongue|lip|cheek"),
    "adrenaline_used": ("used ~ epipen|adrenaline|auto-injector", "gave ~ epipen|adrenaline",
                        "injected ~ epipen|adrenaline", "had to use ~ epipen|adrenaline"),
    "cord_prolapse": ("see the cord", "cord is hanging", "cord ~ coming|hanging|visible|out",
                      "umbilical cord ~ out|visible|showing"),
    "static": ("static", "static shock", "static electricity"),
    "kill_word": ("kill", "murder", "stab", "hurt"),
    "submersion": ("under water", "underwater", "went under", "was under for",
                   "under for about", "was under"),
    "scar": ("scar", "scars", "scar tissue"),
    "scratch": ("scratch*", "picked at", "picking at"),

    "chest_pain": ("clutching ~ chest", "holding ~ chest", "clutches ~ chest",
                   "grabbing ~ chest"),

    # --- probe 8: word families of situations the rules had no word for ---
    "child": ("little brother", "little sister", "baby brother", "baby sister", "grandson",
              "granddaughter", "grandchild*"),
    "pregnant": ("gestation*", "antenatal", "primigravida", "multigravida"),
    "low_temp": ("hypotherm*",),
    # Cold around the person; it takes a sign (confusion, drowsy, a long lie) to mean 112.
    "cold_exposure": ("cold house", "cold flat", "unheated", "in the snow", "out in the cold",
                      "outside overnight", "outside all night", "out all night",
                      "night outside", "below freezing", "sub-zero", "icy water",
                      "freezing water"),
    # A number next to these is the weather, the room or the bath, not the body.
    "ambient": ("outside", "outdoors", "indoors", "room temperature", "weather", "heatwave",
                "in the shade", "bath water", "water temperature"),
    "electric": ("volt", "volts", "voltage", "shock through ~ hand|arm|body|chest",
                 "took a shock", "got a shock from"),
    "neg_back": ("free",),  # "seizure-free", "symptom-free"
    "can_walk": ("can bear weight", "bears weight", "bearing weight", "able to bear weight",
                 "can put weight on", "can stand on it", "walks on it"),
    "deliberate": ("on purpose", "deliberately", "intentionally", "deliberate"),
    "u_piece": ("pcs", "pieces"),
    "tablet_word": ("painkiller*", "aspirin", "codeine", "co-codamol", "tramadol", "diazepam",
                    "antidepressant*", "meds"),
    "overdose_large": ("handful|fistful ~ of ~ pills|tablets|paracetamol|painkillers|meds",),
    "weapon": ("has a knife", "has a gun", "holding a knife", "waving a knife", "with a knife"),
    # Threatening someone, not "this pain is killing me".
    "threat_kill": ("threaten*", "murder*",
                    "kill ~ you|us|them|him|her|me|everyone|everybody|someone|people"),
    # Something burning indoors: carbon monoxide when people feel ill near it.
    "combustion": ("engine running", "exhaust*", "car running",
                   "boiler", "gas fire", "gas heater", "gas leak", "wood burner", "log burner",
                   "stove", "paraffin heater", "generator", "exhaust fumes", "chimney",
                   "fireplace", "charcoal"),
    "several_people": ("whole family", "all of us", "both of us", "we all", "everyone in",
                       "family of", "all have", "all feel"),
    "becoming": ("turning", "turned", "going", "went", "gone"),
    "crash": ("crash*", "collision*", "collided", "came off ~ bike|motorbike|moped|horse",
              "thrown from|off", "knocked off ~ bike"),

    # --- probe 9: situations again: CPR under way, a child into someone's tablets, a scald ---
    "cpr": ("cpr", "resuscitat*", "chest compressions", "doing compressions", "defibrillator",
            "defib"),
    "eat_word": ("ate", "eaten", "eating", "chewed", "chewing", "got into", "sucked on",
                 "helped himself to", "helped herself to"),
    "liquid": ("oil", "fat", "fryer", "chip pan", "coffee", "tea", "soup", "kettle"),
    "spill": ("spilled", "spilt", "spill*", "over", "poured", "splashed", "tipped", "onto"),
    "burn_deep": ("leathery", "charred", "full thickness", "full-thickness", "waxy"),
    "training": ("course", "training", "refresher", "class", "first aid course"),
    "own_dose": ("takes|took|taking ~ her|his|their|my ~ tablets|pills|medicine|meds",),
    "slow_speech": ("slow speech", "speech is slow", "speaking slowly", "talking slowly",
                "slowed speech"),
    # --- symptom-checker vignettes: travel, a child's bloody diarrhoea, a reliever every hour ---
    "tropical_travel": ("africa*", "nigeria*", "ghana*", "kenya*", "tanzania*", "uganda*",
                        "congo*", "cameroon*", "mozambique*", "sierra leone", "gambia*",
                        "malawi*", "zambia*", "malaria area", "malaria region", "malarial",
                        "the tropics", "tropical", "papua new guinea", "amazon*"),
    "low_urine": ("very little urine", "hardly any urine", "barely any urine", "little urine",
                  "not peed", "has not peed", "not weed", "barely peed", "hardly peed",
                  "not passed urine", "passed very little urine", "stopped peeing",
                  "no urine"),
    "asthma_severe": ("inhaler ~ every hour|hourly|every half hour|every 15|every 20|every 30|"
                      "constantly|nonstop|non-stop", "every hour ~ inhaler|reliever|puffer",
                      "reliever ~ every hour|hourly|constantly"),
    "not_relieved": ("still wheezy", "still wheezing", "still short of breath",
                     "still breathless", "still struggling to breathe", "barely helps",
                     "only helps for", "helps only for", "wears off"),
}
# fmt: on
