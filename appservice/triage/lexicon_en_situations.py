"""English words for situations rather than symptoms: what happened and what is at hand.

The safety nets of issue 4 read these: a fall and no getting up, a long lie on the floor, a
jump from a high place, goodbye letters, a cord that shows, an adrenaline pen used, time under
water; and the harmless contexts that keep alarm words out of 112 (long ago, static, a scar).
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
                 "was on the floor for", "lay on the floor ~ all|since|overnight"),
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
}
# fmt: on
