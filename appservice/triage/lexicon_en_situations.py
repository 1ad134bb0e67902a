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
    "long_ago": ("as a ~ teenager|teen|youngster|student|kid|toddler|baby|boy|girl|schoolboy|"
                 "schoolgirl",
                 "in ~ his|her|my|their ~ teens|youth|twenties|childhood",
                 "when ~ was|were ~ young|younger|little|small|teenager|teen|student|kid|boy|"
                 "girl|baby|toddler|one|two|three|four|five|six|seven|eight|nine|ten|1|2|3|4|5|"
                 "6|7|8|9|10",
                 # probe 21 (en): "one seizure when I was 12 and never since"
                 "when ~ was|were ~ 11|12|13|14|15|16|17|18|19|eleven|twelve|thirteen|fourteen|"
                 "fifteen|sixteen|seventeen|eighteen|nineteen|teenager|teenagers",
                 "decades ago", "long ago", "a long time ago", "years back",
                 "last year", "last ~ summer|winter|spring|autumn|christmas",
                 "years ago", "year ago", "months ago", "as a child", "in childhood",
                 "when i was a child", "when he was a child", "when she was a child"),

    "farewell": ("goodbye ~ message|messages|post|text|texts|video|email|mail|status",
                 "posted|wrote|sent|left|recorded ~ a|an ~ goodbye", "farewell ~ message|post",
                 "gave|given|giving|give ~ away ~ dog|cat|pet|pets|things|stuff|guitar|books|"
                 "records|clothes",
                 "gave|given|giving ~ dog|cat|pet|pets|belongings|possessions|things ~ away",
                 "rehomed|rehoming ~ dog|cat|pet", "new home for ~ dog|cat|pet",
                 "goodbye letter*", "goodbye note*", "farewell", "suicide note", "letters to my",
                 "letter to my", "written letters", "wrote letters", "wrote a letter to",
                 "said goodbye", "saying goodbye", "giving away my", "gave away my",
                 "given away my", "sorted out my affairs", "put my affairs in order",
                 "giving|gave|given ~ away ~ belongings|possessions",
                 "last letter",
                 # probes 24-25 (en): "texted me goodbye", "messaged to say goodbye"
                 "texted|messaged|emailed|snapchatted|whatsapped|dmed|wrote|sent|posted ~ "
                 "goodbye|goodbyes|farewell"),
    "jump": ("jump", "jumps", "jumping", "jumped", "throw myself", "throw himself",
             "throw herself"),
    "high_place": ("bridge", "roof", "rooftop", "balcony", "cliff", "ledge", "top floor",
                   "multi-storey", "tower block"),
    # On the floor for a long time, not "plays on the floor for hours".
    "long_lie": ("lay|lying|lain ~ floor|ground ~ night|overnight|since",
                 "been on the floor", "lying on the floor ~ since|overnight|all",
                 "on the floor all night", "on the floor overnight", "on the floor since",
                 "was on the floor for", "lay on the floor ~ all|since|overnight",
                 "found ~ on ~ floor|ground", "found lying", "found ~ lying on",
                 # probes 24-25 (sv): "don't know how long she's been lying there"
                 "how long ~ lying|lain|lay ~ there|floor|ground",
                 "how long ~ been ~ on the ~ floor", "how long ~ been ~ down there"),
    "cant_get_up": ("{CANT} ~ get up ~ from|off ~ floor|ground",
                    "{CANT} ~ get up", "will not ~ get up", "{CANT} ~ stand",


                    "{CANT} ~ get ~ up|herself|himself|off"),

    "tongue_bite": ("bit my|his|her ~ tongue|lip|cheek", "bitten ~ tongue|lip|cheek"),
    "adrenaline_used": ("used|gave|given|injected|administered|jabbed|needed ~ auto-injector",
                        "used|gave|given|injected|administered|jabbed|needed ~ epipen|jext|"
                        "emerade|anapen|autoinjector|epinephrine|adrenaline",
                        "epipen|autoinjector|adrenaline ~ used|given|injected|administered",
                        "used ~ epipen|adrenaline|auto-injector", "gave ~ epipen|adrenaline",
                        "injected ~ epipen|adrenaline", "had to use ~ epipen|adrenaline"),
    "cord_prolapse": ("see the cord", "cord is hanging", "cord ~ coming|hanging|visible|out",
                      "umbilical cord ~ out|visible|showing"),
    "static": ("static", "static shock", "static electricity"),
    "kill_word": ("kill", "murder", "stab", "hurt",
                  # probes 30-31 (from sv): "talking about how the neighbours must die"
                  "neighbours|neighbors|neighbour|neighbor|everyone|everybody|people|family|wife|"
                  "husband|kids|mum|mom|dad|police ~ must|should|deserve|deserves|need|needs|"
                  "have|has ~ die",
                  "neighbours|neighbors|neighbour|neighbor|everyone|everybody|people|family|wife|"
                  "husband|kids|mum|mom|dad|police ~ are|is|were|was going ~ die"),
    "submersion": ("under water", "underwater", "went under", "was under for",
                   "under for about", "was under"),
    "scar": ("scar", "scars", "scar tissue"),
    "scratch": ("scratch*", "picked at", "picking at"),

    "chest_pain": ("hand|hands|fist ~ on|over|against|to ~ chest|breastbone|sternum",
                   "clasping|clutched|gripping|grabbed|grips|clasps ~ chest|breastbone|sternum",
                   "clutching ~ chest", "holding ~ chest", "clutches ~ chest",
                   "grabbing ~ chest"),

    # --- probe 8: word families of situations the rules had no word for ---
    "child": ("little brother", "little sister", "baby brother", "baby sister", "grandson",
              "granddaughter", "grandchild*"),
    "pregnant": ("at 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36 weeks",
                 "20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36 weeks pregnant|gone|along",
                 "at 37|38|39|40|41|42 weeks", "37|38|39|40|41|42 weeks gone|along",
                 # probes 22-23 (en): "I'm 37 weeks and..." (first person: how far along)
                 "i am|m 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42 "
                 "weeks|wks",
                 "im 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42 "
                 "weeks|wks",
                 "in|at week|wk 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|"
                 "41|42",
                 "gestation*", "antenatal", "primigravida", "multigravida"),
    "low_temp": ("hypotherm*",),
    # Cold around the person; it takes a sign (confusion, drowsy, a long lie) to mean 112.
    "cold_exposure": ("in snow",
                      "cold house", "cold flat", "unheated", "in the snow", "out in the cold",
                      "outside overnight", "outside all night", "out all night",
                      "night outside", "below freezing", "sub-zero", "icy water",
                      "freezing water"),
    # A number next to these is the weather, the room or the bath, not the body.
    "ambient": ("outside", "outdoors", "indoors", "room temperature", "weather", "heatwave",
                "in the shade", "bath water", "water temperature",
                # probes 24-25 (en): "slipped on the icy steps" is the ground, not cold skin
                "icy|frozen|slippery ~ step|steps|stairs|road|roads|pavement|pavements|path|"
                "paths|driveway|ground|patch|sidewalk|street|streets|yard|porch|deck|pier|car|"
                "parking|pitch",
                "black ice"),
    "high_voltage": ("volt", "volts", "voltage", "kilovolt*", "high voltage", "high-voltage",
                     "kv", "overhead line", "power line", "power lines", "railway line",
                     "lightning"),
    "electric": ("volt", "volts", "voltage", "shock through ~ hand|arm|body|chest",
                 "took a shock", "got a shock from"),
    "neg_back": ("free",),  # "seizure-free", "symptom-free"
    "can_walk": ("can bear weight", "bears weight", "bearing weight", "able to bear weight",
                 "can put weight on", "can stand on it", "walks on it"),
    "deliberate": ("on purpose", "deliberately", "intentionally", "deliberate"),
    "u_piece": ("pcs", "pieces"),
    "tablet_word": ("furosemide", "frusemide", "glimepiride", "glipizide", "ramipril",
                    "lisinopril", "enalapril", "losartan", "candesartan", "spironolactone",
                    "bendroflumethiazide", "atorvastatin", "simvastatin",
                    "metoprolol", "bisoprolol", "atenolol", "digoxin", "verapamil", "diltiazem",
                    "clonidine", "metformin", "gliclazide", "glibenclamide", "iron tablet*",
                    "levothyroxine", "methadone", "buprenorphine", "lorazepam", "clonazepam",
                    "alprazolam", "temazepam", "nitrazepam", "nortriptyline", "dosulepin",
                    "carbamazepine", "lamotrigine", "flecainide", "beta blocker*",
                    "beta-blocker*", "blister pack*", "blister strip*",
                    "heart ~ tablets|pills|medicine|medication",
                    "blood pressure ~ tablets|pills|medicine|medication",
                    "painkiller*", "aspirin", "codeine", "co-codamol", "tramadol", "diazepam",
                    "antidepressant*", "meds"),
    "overdose_large": ("handful|fistful ~ of ~ pills|tablets|paracetamol|painkillers|meds",
                       # probe 18 (en): "took like 20 of her mum's sertraline"
                       "took|swallowed|taken|downed ~ 10|12|15|16|20|24|25|30|40|50|60 ~ of ~ "
                       "her|his|my|their|mum|mom|moms|mums|dad|dads|the",
                       "took|swallowed|taken|downed ~ 10|12|15|16|20|24|25|30|40|50|60 ~ "
                       "pills|tablets|tabs|capsules",
                       # probes 24-25 (en): "took a large number of paracetamol tablets"
                       "took|swallowed|taken|downed|had ~ large|big|huge|massive|great ~ "
                       "number|amount|quantity|lot|load ~ of ~ pills|tablets|tabs|capsules|"
                       "paracetamol|ibuprofen|painkillers|meds|medicine|medication|sleeping",
                       # probes 28-29 (en): "took a whole bunch of pills" (also "took_all")
                       "took|taken|swallowed|ate|eaten|downed ~ load|loads|handful|heap|pile|"
                       "bunch ~ of ~ pills|tablets|painkillers|meds|capsules|tabs"),
    "weapon": ("has a knife", "has a gun", "holding a knife", "waving a knife", "with a knife",
               "hammer", "axe", "machete", "baseball bat", "crowbar", "machete", "sword",
               "carrying a knife", "carries a knife"),
    # Threatening someone, not "this pain is killing me".
    "threat_kill": ("threaten*", "murder*",
                    "kill ~ you|us|them|him|her|me|everyone|everybody|someone|people"),
    # Something burning indoors: carbon monoxide when people feel ill near it.
    "combustion": ("damper", "flue", "woodstove", "kerosene", "camping stove", "portable heater",
                   "patio heater", "gas oven", "barbecue|bbq|grill ~ indoors|inside|tent|garage",
                   "disposable barbecue",
                   "engine running", "exhaust*", "car running",
                   # probe 21 (en): worn out is not a car's exhaust
                   "-exhausted", "-exhaustion*", "-exhausting*",
                   "boiler", "gas fire", "gas heater", "gas leak", "wood burner", "log burner",
                   "stove", "paraffin heater", "generator", "exhaust fumes", "chimney",
                   "fireplace", "charcoal"),
    "several_people": ("all ~ four|three|five|six|two ~ of us|them|members", "all ~ members",
                       "family members", "members of the ~ family|household",
                       "everyone ~ in|at ~ the ~ house|home|cottage|cabin|flat|household",
                       "whole household", "both ~ kids|children",
                       "cat|dog|pet|pets|budgie|bird ~ too|also|lethargic|drowsy|vomiting|sleepy|"
                       "unwell|collapsed|ill",
                       "whole family", "all of us", "both of us", "we all", "everyone in",
                       "family of", "all have", "all feel"),
    "becoming": ("turning", "turned", "going", "went", "gone"),
    "crash": ("crash*", "collision*", "collided", "came off ~ bike|motorbike|moped|horse",
              "thrown from|off", "knocked off ~ bike",
              "fell off ~ bike|bicycle|motorbike|moped|scooter|horse", "handlebar*",
              # probe 17 (en): a cyclist into an opening car door
              "hit|into|struck ~ a|an|the ~ opening ~ car door", "hit|into ~ a|an|the ~ car door",
              "doored", "dooring", "knocked down by ~ a|the ~ car|van|bus|lorry|truck",
              # probes 24-25 (sv): "moped accident, my mate came off"
              "moped|motorbike|motorcycle|bike|car|scooter|quad|traffic|road|cycling accident",
              # probe 32 (from fi): a moose or deer hit on the road
              "hit|struck ~ a|an|the ~ moose|elk|deer|reindeer|boar",
              "ran|drove|crashed into ~ a|an|the ~ moose|elk|deer|reindeer|boar",
              "moose|elk|deer|reindeer|animal strike|collision",
              "car|van ~ rolled|flipped ~ over"),

    # --- probe 9: situations again: CPR under way, a child into someone's tablets, a scald ---
    "cpr": ("cpr", "resuscitat*", "chest compressions", "doing compressions", "defibrillator",
            "defib"),
    "eat_word": ("found with ~ bottle|packet|pack|box|jar|tub|container|blister|strip|"
                 "tablets|pills",
                 "playing with ~ pills|tablets|medicine|medicines|bottle|packet",
                 "swallowed ~ few|some|couple|handful|several ~ beads|granules|crystals|"
                 "balls|pellets", "may|might|could|possibly ~ have ~ swallowed",
                 "ate", "eaten", "eating", "chewed", "chewing", "got into", "sucked on",
                 "helped himself to", "helped herself to"),
    "liquid": ("oil", "fat", "fryer", "chip pan", "coffee", "tea", "soup", "kettle",
               "teapot", "porridge", "milk", "water", "noodles"),  # probes 28-29 (from fi)
    "spill": ("spilled", "spilt", "spill*", "over", "poured", "splashed", "tipped", "onto"),
    "burn_deep": ("leathery", "charred", "full thickness", "full-thickness", "waxy"),
    "training": ("course|courses|training|class|classes|refresher|lesson|lessons|workshop|seminar "
                 "~ on|about|covering|covers|including|includes",
                 "first aid ~ course|courses|class|classes|training|refresher|certificate|lesson|"
                 "lessons",
                 "cpr|resuscitation|lifesaving|lifeguard ~ course|class|training|refresher",
                 "learn|learning|teach|teaching|taught|practise|practice|practising ~ cpr|first|"
                 "resuscitation|heimlich",
                 "course", "training", "refresher", "class", "first aid course"),
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
                  "no urine",
                  # probe 32 (en): "she is hardly passing urine"
                  "hardly|barely|scarcely passing|passed|producing|making ~ urine|water|pee|wee",
                  "hardly|barely|scarcely peeing|weeing|urinating"),
    "asthma_severe": ("inhaler|reliever|puffer|salbutamol|ventolin ~ hourly|constantly|nonstop",
                      "inhaler|reliever|puffer|salbutamol|ventolin ~ every ~ hour|half|15|20|30",
                      "every hour ~ inhaler|reliever|puffer"),
    "not_relieved": ("still wheezy", "still wheezing", "still short of breath",
                     "antacid*|gaviscon|rennie*|omeprazole|indigestion ~ no|not|nothing|didnt|"
                     "didn't|hasn't|hasnt|isn't|isnt ~ help*|work*|touch*",
                     "still breathless", "still struggling to breathe", "barely helps",
                     "only helps for", "helps only for", "wears off",
                     "barely touch*", "hardly touch*", "barely helps", "hardly helps",
                     "did not touch", "still crying despite", "despite ibuprofen",
                     "despite paracetamol", "despite calpol",
                     # probes 30-31 (en): "panadol helps a little but he's still crying"
                     "helps|helped|helping ~ little|bit|slightly ~ but ~ still",
                     "only|barely|hardly ~ helps|helped|helping ~ little|bit"),
    # --- probe 10: clinical vignettes: a slow pulse, a pedestrian hit, paranoia and a weapon ---
    "low_pulse": ("bradycard*", "slow pulse", "slow heart rate", "pulse is slow",
                  "heart rate is slow"),
    "trauma_major": ("car|van|lorry|truck|tractor|vehicle|forklift|pallet|tree|log|beam|wall ~ "
                     "rested|fell|landed|rolled|dropped|collapsed|lay|lying|toppled "
                     "on|onto|across ~ chest|abdomen|belly|pelvis|legs|body|him|her|me|them",
                     "trapped|pinned|crushed ~ under|beneath|between ~ car|van|lorry|truck|"
                     "tractor|vehicle|tree|log|beam|forklift|pallet|rubble",
                     "jack ~ slipped|collapsed|failed|gave",
                     "hit|struck|knocked|run|mown ~ by ~ car|van|bus|truck|lorry|vehicle|tram|"
                     "train|motorbike|motorcycle", "pedestrian ~ hit|struck"),
    "head_injury": ("hit|banged|bumped|struck|knocked|smacked|cracked|whacked ~ back|side|top of ~ "
                    "head",
                    "fell ~ hit|struck|banged|bumped|cracked ~ head",
                    "hit|banged|bumped|struck|knocked|smacked|cracked ~ forehead|temple|skull",
                    "forehead ~ hit|struck|smashed", "fell ~ on ~ head|face|forehead"),
    "head_injury_minor": ("small|little|minor|slight ~ tender|sore|swollen|red ~ bump|lump|bruise|"
                          "egg|swelling",
                          "small|little|minor|slight ~ bump|lump|egg|swelling|bruise",
                          "did not ~ black|pass|knock ~ out", "did not ~ lose ~ consciousness",
                          "no loss of consciousness",
                          "otherwise ~ feels|feeling|seems|acting|behaving ~ normal|fine|normally|"
                          "himself|herself",
                          "cried at once", "cried right away", "cried immediately"),
    "psychosis": ("baby|husband|wife|partner ~ swapped|switched|replaced|impostor|imposter|fake",
                  "tv|television|telly|radio|computer|news ~ sending|sends|sent|talking|speaking|"
                  "gives|giving|controlling ~ messages|signals|her|him|me|to",
                  "sending ~ her|him|me ~ messages|signals",
                  "secret|special|hidden|coded ~ messages|signals",
                  "believes|thinks|convinced|insists ~ poisoning|poisoned|following|watching|"
                  "spying|tracking|plotting|controlling|bugged|implanted",
                  "believes|thinks|convinced ~ out to get", "hearing voices", "voices tell*",
                  # probes 26-27 (from sv): "says someone is out to get them"
                  "someone|somebody|people|they ~ is|are ~ out to get",
                  "someone|somebody|people ~ is|are ~ after ~ us|them|me|him|her|the baby"),
    "others_afraid": ("frightened of him|her|them", "scared of him|her|them",
                      "afraid of him|her|them", "terrified of him|her|them",
                      "fear for our safety", "fear for my safety", "threatening us",
                      "threatened us", "threatening the family"),
    "chemical": ("drain cleaner", "oven cleaner", "bleach", "caustic*", "lye", "ammonia",
                 "lime", "cement", "wet concrete", "mortar", "grout", "descaler",
                 "dishwasher detergent",
                 "dishwasher tablet", "toilet cleaner", "chlorine", "battery acid", "sulphuric",
                 "hydrochloric", "sodium hydroxide"),
    "back_strain": ("strained|pulled|tweaked|hurt ~ back|lower back", "back strain",
                    "lifting ~ sofa|box|boxes|furniture|heavy"),
    "threat_me": ("threatening|threatened|threatens ~ to kill me|us", "going to kill me|us ~ and",
                  "said he would kill me|us", "said she would kill me|us",
                  "says he will kill me|us", "says she will kill me|us", "he'll kill me|us",
                  "he will kill me|us"),
    "under_attack": ("locked myself in", "hiding from him|her|them", "banging on the door",
                     "kicking the door", "trying to break in", "breaking the door", "hit me|us",
                     "beat me|us", "strangled me", "choked me", "hands around my neck",
                     "punched me"),
    "head_first": ("head first", "headfirst", "dived into shallow", "dove into shallow",
                   "landed on his|her|my head", "landed on his|her|my neck", "bent his neck",
                   "neck bent", "dived|dove|diving|dives|jumped ~ into shallow",
                   "hit|struck the bottom"),
    "black": ("black", "jet-black", "jet black", "tar-like", "tarry", "like tar"),
    "worse_walking": ("worse when he|she|I|they ~ jumps|jump|coughs|cough|walks|walk",
                      "hurts to jump", "hurts to cough", "every bump in the car",
                      "bumps in the car",
                      "jolting", "worse on coughing", "worse on jumping"),
    "behaviour_change": ("spent ~ all ~ savings|money", "spending spree", "manic", "mania",
                         # probes 24-25 (sv): answering texts oddly is not confusion
                         "answers|answering|answered|replies|replying|replied ~ strangely|oddly|"
                         "weirdly ~ to ~ texts|messages|emails|text|message|email|snaps",
                         "hypomani*", "reckless spending",
                         "acting strange*", "acting odd*", "acting weird*", "behaving strange*",
                         "behaving odd*", "aggressive", "agitated", "combative",
                         "not making sense", "talking nonsense", "strange and", "weird and",
                         "not himself", "not herself", "reckless*",
                         "drove|driving ~ km|mph|recklessly|dangerously", "dangerous driving",
                         # probes 26-27 (from sv): pressured speech, out barefoot in the snow
                         "talking|talks|talked|talk ~ nonstop|incessantly|non-stop",
                         "talking|talks ~ without ~ stopping|pausing", "can not stop talking",
                         "barefoot ~ snow|cold", "went|ran|walked ~ out ~ barefoot",
                         # probes 28-29 (from sv): out naked in the snow
                         "went|ran|walked|running|runs ~ out|outside ~ naked",
                         "naked ~ snow|cold|outside|outdoors"),
    "confusion": ("behaves|behaving|acting|acts ~ oddly|strangely|weirdly|odd|strange",
                  "mixes|mixing|mixed ~ up ~ words",
                  "unsure|uncertain ~ where ~ he|she|they|i ~ is|are|am|was",
                  "does not know|not know ~ what day|what year|who he|who she",
                  # probe 17 (en)
                  "asked|asks|asking ~ twice|again|repeatedly ~ what day", "what day it is",
                  "what year it is", "where he is", "where she is",
                  "keeps asking the same", "asking the same question*", "repeating himself",
                  "repeating herself", "does not know where he is", "does not know where she is",
                  "does not understand what"),
    "knocked_out": ("out for a few seconds", "out for a moment", "out cold", "was out for",
                    "blacked out"),
    "unresponsive": ("only ~ groans|moans|grunts|groaned|moaned|grunted|mumbles|mumbled ~ "
                     "when|if ~ shake|shakes|shook|shaking|shaken|pinched|nudged|prodded",
                     "only ~ groans|moans|grunts|mumbles|groaned|moaned|grunted|mumbled",
                     "barely|hardly|minimally ~ responsive|responding|rousable|conscious",
                     "responds only to ~ pain|shaking", "only responds to ~ pain|shaking",
                     "{CANT} ~ woken|wakened|awakened|roused|rouse|rousable",
                     "can not wake", "could not wake", "cannot wake", "unable to wake",
                     "can not rouse", "could not rouse", "will not wake"),
    "snoring_unrousable": ("snoring and|but ~ wake|rouse", "snoring loudly ~ wake|rouse"),
    "suicide_means": ("saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|"
                      "kept|keeping ~ every|all|each ~ tablet|tablets|pill|pills|dose|doses",
                      "rope", "noose", "ligature", "saved up ~ tablets|pills",
                      "stockpiled ~ tablets|pills", "collected ~ tablets|pills",
                      # probes 28-29 (en): "has been saving her pills"
                      "saved|saving|stockpiled|stockpiling|hoarded|hoarding ~ her|his|my|their|"
                      "up ~ tablets|pills|meds|painkillers|medication",
                      # probes 30-31 (en): "saving up my mother's sleeping pills"
                      "saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|stashing ~ "
                      "up|away|aside ~ her|his|my|their|mum|mom|mother|dad|father|wife|husband|"
                      "partner|gran|nan|grandma|grandad|sleeping ~ tablets|pills|meds|"
                      "painkillers|medication|sleeping"),
    "resolve": ("not ~ be ~ needing ~ any|anymore|them|those|it|more",
                "decided to", "this|next ~ weekend", "tomorrow", "by the weekend",
                "on ~ friday|saturday|sunday|monday|tuesday|wednesday|thursday",
                "decided", "made up my mind", "tonight", "tonight is the night", "this is it",
                "ready", "no going back", "have it ready", "it is ready"),
    "spurting": ("pulsing", "pulses out", "pumping out", "in spurts", "squirting"),
    "wont_stop": ("despite ~ pinching|pinched|pressing|pressed|pressure|squeezing|holding",
                  "still bleeding after",
                  "despite pressure", "even with pressure", "although we press",
                  "soaking through the towel", "through the towel"),
    "power_tool": ("chainsaw", "circular saw", "angle grinder", "table saw", "band saw",
                   "mitre saw", "miter saw", "saw blade", "lawnmower blade", "hedge trimmer"),
    # --- probe 12 (from en) ---
    # Words for existing concepts that probe 12 found missing (inflections, lay wording).
    "aphasia": ("{CANT} ~ find ~ words|word", "{CANT} ~ get ~ words out", "words would not come",
                "{CANT} ~ get ~ his|her|my ~ words out"),
    "weakness": ("legs|leg ~ feel|feels|felt|feeling|are|went|gone|going ~ heavy|weak|jelly|wobbly|"
                 "useless",
                 "legs|leg ~ giving|buckling|buckled ~ way|under",
                 "would|will|did|does not do what ~ wanted|wants|told", "suddenly clumsy",
                 "hand|arm|leg ~ clumsy",
                 "arm|hand ~ drift|drifts|drifted|drifting",
                 "would|will|did|does not obey", "{CANT} ~ control ~ hand|arm|leg|hands|arms|legs",
                 # probes 24-25 (sv): "my right hand stopped working while signing"
                 "hand|arm|leg|hands|arms|legs|fingers ~ stopped ~ working|obeying|responding",
                 # probe 21 (en): "keeps dropping stuff with his right hand"
                 "keeps|keep|kept ~ dropping ~ stuff|things|everything|cups|objects",
                 "dropping ~ stuff|everything|objects|cups"),
    "droop": ("only one side of ~ face ~ moved|moves|moving|smiled|smiles|lifted|lifts",
              "one side of ~ face ~ not ~ move|moving",
              "crooked smile", "lopsided smile", "wonky smile", "wonky face",
              "smile ~ crooked|lopsided|uneven|wonky", "smile is only on one side",
              "out of ~ corner|side of ~ mouth", "corner of ~ mouth ~ droop*|drop*|hang*|sag*",
              "pulling|pulled|pulls|drawn|twisted ~ to one side", "pulling|pulled ~ sideways",
              "weird|funny|strange|odd|wonky|droopy|floppy ~ on one|1|the ~ side",
              "went|gone|going|looks|looked ~ weird|funny|strange|odd|wonky ~ on one|1 side"),
    "slurred": ("speech ~ thick|thicker|slurry|thickened", "thick speech", "thick-tongued",
                "speaking thickly", "talking thickly",
                "talking|talks|talked|speaking|speaks|spoke|sounds|sounding|sounded ~ like ~ "
                "drunk|drunken|wasted", "talking|speaking|sounds ~ as if ~ drunk",
                "speech|words ~ funny|weird|strange|jumbled|muddled|all wrong",
                # probe 21 (en): "his words are coming out wrong"
                "words|speech ~ coming ~ out ~ wrong|wrongly|funny|weird|strange|jumbled|"
                "muddled|backwards|mixed|garbled",
                "words|speech ~ came|come|comes ~ out ~ jumbled|muddled|garbled|backwards|"
                "nonsense"),
    "vision_loss": ("{CANT} see out of", "{CANT} see ~ with ~ eye|eyes", "{CANT} see anything",
                    "{CANT} see at all", "lost ~ sight|vision ~ in ~ eye",
                    "eye ~ went|gone|turned|goes ~ dark|black|blank",
                    "half of ~ vision ~ gone|missing|black", "{CANT} see ~ left|right ~ side",
                    # probes 30-31 (en): "lost the left half of her field of vision"
                    "half|side|part|quarter|corner ~ field of vision|view",
                    "half|side|part|quarter|corner ~ visual field|fields",
                    "field of vision|view ~ gone|missing|lost|dark|black|blank|cut",
                    "visual field|fields ~ gone|missing|lost|loss|dark|black|blank|cut|defect",
                    "lost|losing|lose|loss ~ field of vision|view", "lost|losing ~ visual field"),
    "fall_height": ("fell|fallen|falling|fall|tumbled ~ from|off|out ~ first|second|third|fourth|"
                    "fifth|sixth|upper|top floor|storey|story|floors|storeys",
                    "fell|fallen|falling|fall ~ three|four|five|six|seven|eight|nine|ten|several ~ "
                    "metres|meters|metre|meter|storeys|stories|floors",
                    "fell|fallen|falling|fall ~ 10|12|15|20|25|30|ten|twelve|fifteen|twenty|"
                    "thirty ~ "
                    "feet|ft", "fell|fallen|falling ~ off|from ~ climbing wall"),
    "voices": ("a voice ~ told|tells|telling|says|said|commands|ordered",
               "voice|voices in ~ head", "voices ~ told|tell"),
    "harm_others": ("will|to|going ~ set ~ on fire", "threaten* ~ set ~ on fire",
                    "threaten* ~ set fire to",
                    "will|to|going ~ burn ~ down", "will|to|going ~ set fire to",
                    "baby|child|children|kids ~ better off ~ gone|dead"),
    "drowsy": ("hard to keep awake", "difficult to keep awake", "sleppy", "slepy", "sleepey",
               "dozes|dozing|dozed|nods|nodding|nodded|drifts|drifting ~ off ~ mid|middle|during",
               "falls|falling|fell ~ asleep ~ mid|middle|during ~ sentence|conversation|talking",
               "mumbles|mumbled|groans|groaned|moans|moaned|grunts|grunted ~ when|if ~ shake|"
               "shakes|shook|shaking|wake|nudged|touched|prodded",
               "only ~ groans|moans|grunts|groaned|moaned|grunted|mumbles|mumbled ~ when|if ~ "
               "shake|shakes|shook|shaking|shaken|pinched|nudged|prodded",
               "only ~ groans|moans|grunts|mumbles|groaned|moaned|grunted|mumbled",
               "barely|hardly|minimally ~ responsive|responding|rousable|conscious",
               "responds only to ~ pain|shaking", "only responds to ~ pain|shaking",
               "mumbles|mumbled|groans|groaned|moans|moaned ~ when|if ~ shaken|woken|roused|"
               "pinched",),
    "suicide": ("wanted to die", "wanting to die", "wanted to end it", "end things",
                "ending things", "end everything",
                "wanted to end his|her|my life",
                "tried to kill ~ himself|herself|myself"),
    "suicide_passive": ("not be a ~ bother|burden|nuisance ~ christmas|anymore|longer|holidays|"
                        "birthday|summer|winter|long|more|soon",
                        "burden ~ much longer", "burden ~ for long", "burden ~ soon|anymore",
                        "burden ~ any more",
                        "no longer be a burden", "better off without me|him|her",
                        "not be around ~ much longer", "not be around ~ for long",
                        "a burden to|on"),
    "drugs": ("syringe|syringes|needle|needles ~ next|beside|near|lying|lies|by",
              "injecting|injected|injects|shooting ~ drugs|heroin|up", "track marks",
              "unknown pill|pills|tablet|tablets|substance|powder", "ecstasy", "mdma", "spiked",
              "ketamine", "ghb", "lsd", "party drug*", "legal high*", "crystal meth", "meth",
              "took ~ pill|pills ~ at ~ festival|party|club|rave"),
    "drooling": ("drool*",
                 "trouble|difficulty|problems|struggling|hard|unable ~ swallowing|swallow ~ "
                 "saliva|spit",),
    "cant_swallow": ("swallowing ~ difficult|hard",
                     "trouble|difficulty|problems|struggling|hard|unable ~ swallowing|swallow ~ "
                     "saliva|spit",),
    "breathless": ("breathing ~ difficult|hard|laboured",
                   # probes 28-29 (from sv): "getting harder to breathe"
                   "harder|tougher|heavier ~ to ~ breathe", "more difficult to breathe",
                   "harder to get ~ air|breath",
                   "breathles*", "breatless*", "brethless*", "short of breth",
                   "shortness of breth", "out of breth",
                   "leaning|leans|sitting|sits|bent|hunched ~ forward to breathe|breath",
                   "tripod position", "tripoding"),
    "very_unwell": ("worse by the hour", "worse ~ by the minute", "worse every hour",
                    "deteriorating ~ quickly|fast|rapidly", "going downhill ~ fast|quickly",
                    "never felt so|this ~ ill|unwell|bad", "never been so|this ~ ill|unwell",
                    "feels|feel|felt ~ like ~ dying", "going to die"),
    "radiate": ("spread*|shoot*|moving|moves ~ into|down", "spread*|shoot*|moving|moves ~ up to"),
    "chest": ("chset", "chets", "cheast", "chesst",
              "middle|centre|center of ~ chest", "in the middle|centre|center of ~ chest"),
    "at_rest": ("while ~ sitting|sat", "sitting ~ knitting|reading|still",
                "watching ~ tv|television|telly", "in front of the ~ tv|television",
                "sitting on the ~ sofa|couch", "while reading", "sitting at ~ desk|computer|table",
                "sitting quietly", "sitting still", "lying still", "even at rest", "when calm",
                "even when calm", "while sitting quietly"),
    "recession": ("between ~ ribs ~ suck*|pull*|draw*|sink*", "ribs ~ suck*|pull* in",
                  "suck*|pull*|draw* in ~ between|under ~ ribs"),
    "stridor": ("whistl*|squeak*|crowing|rasp*|honk*|harsh|strange|funny|odd ~ noise|sound|"
                "noises|sounds ~ breath*|inhal*",
                "noise|sound|noises|sounds ~ when|each|every|with ~ breath*|inhal*",
                "whistl*|squeak* ~ breath*|inhal*",
                "breathing noisily", "noisy breath*", "harsh ~ sound|noise ~ breath*|breathing",
                "high pitched ~ sound|noise|whistle|squeak"),
    "numbness": ("{CANT} ~ feel ~ legs|arms|feet|hands|leg|arm|foot|hand|toes|fingers|anything",),
    "rigid": ("bump|belly|tummy|stomach|abdomen|womb|uterus ~ hard|tense|rigid|tight ~ "
              "all the time",
              "bump|belly|tummy|stomach|abdomen|womb|uterus ~ hard|tense|rigid|tight ~ constantly|"
              "continuously|nonstop",
              "hard as a board", "hard as a rock", "belly|stomach|abdomen|tummy ~ rock hard",
              "rock-hard belly|stomach|abdomen|tummy"),
    "hay_fever": ("birch*", "tree pollen", "grass pollen", "pollen season", "flowering"),
    "sticky_eye": ("sticky ~ discharge", "eyes|eye ~ stuck together", "gummed up",
                   "eyelashes ~ stuck"),
    "checkup": ("pain|symptoms|symptom|problem|problems ~ was|were|been ~ checked ~ "
                "last|years|months|ago|previously|before|spring|summer|autumn|winter|earlier",
                "pain|symptoms|symptom|problem|problems ~ was|were|been ~ checked ~ with ~ "
                "normal",
                "asks|asking|asked|wonders|wondering ~ whether|if ~ may|can|could|should ~ "
                "go|begin|continue|travel|fly|drive|exercise|train",
                "refill*", "restock*",
                # probes 30-31 (from fi): "I need a new EpiPen, the old one expires"
                "need|needs|want|get|order ~ a|new|another ~ epipen*|autoinjector*|jext|"
                "adrenaline|prescription",
                "epipen|epipens|pen|pens|autoinjector|one ~ expires|expiring|expired",
                "out of date", "expiry date",
                # probes 24-25 (sv): "I would like an EpiPen prescribed"
                "epipen|epipens|adrenaline|autoinjector|injector ~ prescribed|prescribing",
                "pain|symptoms|symptom|problem|problems|it ~ was|were|been ~ investigated|examined|"
                "assessed|evaluated",
                "asks|asking|asked|wonders|wondering ~ whether|if ~ may|can|could|should ~ start|"
                "return|resume|restart",
                "want|wants|wanted|like|wish|wishes ~ to discuss",
                "want|wants|wanted|like ~ an|a ~ appointment|review|consultation",
                "ask|asks|asking|asked|request* ~ for an appointment",
                "appointment to ~ discuss|review|talk", "book|booking ~ an appointment",
                "book|booking ~ a ~ review|consultation|check",
                "driving licence|license", "licence", "license", "fit to drive",
                "fitness to drive", "medical certificate", "insurance form",
                "carry|carried|carrying|prescribe*|prescription ~ adrenaline pen",
                "carry|carried|carrying|prescribe*|prescription ~ epipen|autoinjector",
                "carry|carried|carrying|prescribe*|prescription ~ auto-injector",
                "should get ~ adrenaline pen", "should get ~ epipen|autoinjector",
                "should get ~ auto-injector"),
    "asthma_attack": ("peak flow ~ 50|55|60|65|70|75|80|85|90|95|100|half",),
    "no_sleep": ("not slept ~ for ~ days|nights|night|week", "not slept ~ days|nights",
                 "barely|hardly|not ~ slept ~ days|nights|week", "no sleep for ~ days|nights",
                 "awake for ~ days|nights", "not sleeping for ~ days|nights"),
    "saddle_numb": ("back passage ~ numb*", "numb*|tingl*|dead ~ down below",
                    # probes 24-25 (en): "can't feel anything when I wipe"
                    "{CANT} ~ feel ~ when ~ wipe|wiping|wiped",
                    "{CANT} ~ feel ~ the ~ toilet paper|tissue",
                    "numb|numbness ~ when ~ wipe|wiping|wiped",
                    "no feeling ~ when ~ wipe|wiping|wiped",
                    "numb*|tingl* ~ between ~ my|his|her|their|the ~ legs",
                    "numb*|tingl* ~ around|round ~ my|his|her|their|the ~ genitals|privates|"
                    "bum|buttocks|groin"),
    "constipation": ("not ~ had|done|opened ~ poo|stool|bowels|movement", "no poo",
                     "not pooed|pooped",
                     "not opened ~ bowels", "no bowel movement*", "not pooed", "not done a poo"),
    "back_pain": ("middle of ~ back", "mid back", "mid-back", "sciatica", "lumbago",
                  "bad|dodgy back",  # probes 24-25 (en): "bad back for a week"
                  # probes 26-27 (from sv): a slipped disc
                  "slipped|herniated|prolapsed|bulging disc", "disc prolapse|herniation|bulge"),
    "anus": ("back passage", "perineum", "perineal", "genitals", "private parts", "privates"),
    "vomit": ("vommit*", "vomting", "vomiteing",
              "green vomit*", "vomit*|throwing|sick ~ green|bile", "bilious"),
    # "no chest pain or breathlessness": the word after "or" is negated too, however far the
    # first item pushed it from "no" (a clear negation reaches only three words).
    "neg": ("no|not|without ~ breathing ~ problem*|difficult*|difficulty|trouble|issues",
            "never ~ used|needed",
            "breathlessness|dizziness|palpitations|sweating|fainting|syncope|collapse|confusion|"
            "weakness|numbness|drowsiness|wheezing|wheeze|stridor|seizures|fever|rash|swelling|"
            "nausea|headache|tingling|dyspnoea ~ or ~ breathlessness|dizziness|palpitations|"
            "sweating|fainting|syncope|collapse|confusion|weakness|numbness|drowsiness|wheezing|"
            "wheeze|stridor|seizures|fever|rash|swelling|nausea|vomiting|headache|tingling|"
            "dyspnoea",
            "no|not|without|neither|never ~ or breathless*|breathlessness|shortness|sob|"
            "dyspnoea|droop*|weakness|numbness|confusion|confused|drowsiness|drowsy|collapse|"
            "fainting|sweating|sweaty|clammy|vomiting|seizure*|fits|wheez*|stridor|palpitations|"
            "dizziness|dizzy|slurred|blood|bleeding|pain|radiation",
            "no|not|without|neither|never ~ or arm|leg|facial|face|chest|neck|abdominal|any ~ "
            "weakness|numbness|droop*|pain|stiffness|breathless*|breathlessness|shortness"),
    "neg_list": ("denies|denied|denying ~ or breathless*|breathlessness|shortness|sob|dyspnoea|"
                 "droop*|weakness|numbness|confusion|confused|drowsiness|drowsy|collapse|"
                 "fainting|sweating|sweaty|clammy|vomiting|seizure*|fits|wheez*|stridor|"
                 "palpitations|dizziness|dizzy|slurred|blood|bleeding|pain|radiation",
                 "denies|denied|denying ~ or arm|leg|facial|face|chest|neck|abdominal|any ~ "
                 "weakness|numbness|droop*|pain|stiffness|breathless*|breathlessness|shortness"),
    # New situations (their fi/sv words are in the probe 12 (from en) blocks of those lexicons).
    "priapism": ("priapism", "erection ~ not ~ go|going|gone ~ down|away",
                 "erection ~ not ~ subside|subsiding", "erection ~ for|lasting ~ hours|hour",
                 "erection ~ hours", "erection since ~ night|yesterday|morning|evening|hours",
                 "erection ~ overnight"),
    "no_flatus": ("not passed|passing ~ wind|gas", "not ~ passed|passing ~ wind|gas", "no wind",
                  "no flatus", "nor passed|passing wind", "bowels or passed|passing wind",
                  "{CANT} ~ pass ~ wind|gas", "not farted|farting"),
    "hernia_word": ("hernia*", "bulge", "groin lump", "lump|bulge|swelling ~ groin|navel",
                    "lump|bulge|swelling ~ belly button"),
    "not_go_back": ("not ~ go|going|gone|pop|popping|slip|slipping ~ back",
                    "{CANT} ~ push ~ back|in", "stuck out", "stays out"),
    "hernia_stuck": ("incarcerated", "strangulated", "irreducible"),
    "adrenal": ("addison*", "adrenal insufficiency", "adrenal failure", "adrenal crisis",
                "hypoadrenal*", "hypopituitar*", "steroid dependent", "steroid-dependent",
                "hydrocortisone"),
    "jaundice": ("jaundice*", "yellow ~ skin|eyes|sclera*", "whites of ~ eyes ~ yellow*",
                 "eyes|skin ~ look|looks|looking|turned|turning|gone|are|is ~ yellow*",
                 "yellowish", "icteric", "icterus"),
    "asplenia": ("splenectomy", "spleen ~ removed|out", "spleen ~ taken out", "no spleen",
                 "without a spleen", "asplen*"),
    "tonsil_surgery": ("tonsillectomy", "tonsils ~ removed|out", "tonsils ~ taken out",
                       "tonsil operation|surgery"),
    "snake": ("adder*", "viper*", "snake*"),
    "one_side_neglect": ("food ~ left|right|one side of ~ plate", "left|right side of ~ plate",
                         "ignor* ~ left|right ~ side", "only eats from one side",
                         "bump*|walk*|walking ~ into ~ things|objects|people|furniture|doors ~ "
                         "on ~ left|right|one|that ~ side"),
    "confusion_worse": ("more confused", "much more confused", "increasingly confused",
                        "confused than usual", "suddenly confused", "newly confused",
                        "confusion ~ worse|worsened|increased",
                        "picking at ~ air|sheets|bedclothes|covers|nothing", "plucking at",
                        "more muddled", "more disorientated", "more disoriented"),
    "jelly_stool": ("jelly ~ stool|stools|poo|poop|nappy|diaper", "jelly like", "redcurrant jelly",
                    "red currant jelly", "currant jelly"),
    "knees_up": ("draw*|pull*|bring*|drew|brought ~ knees|legs ~ up",
                 "knees ~ up to ~ chest|tummy"),
    "temple": ("temple", "temples", "temporal", "scalp ~ tender|sore|hurts|painful",
               "tender|sore ~ scalp", "brushing ~ hair ~ hurts|painful"),
    "sickle_cell": ("sickle*",),
    "shunt": ("shunt", "shunts", "vp shunt"),
    "jaw_chew": ("jaw ~ ache*|hurt*|pain*|sore ~ chew*|eating", "jaw claudication",
                 "pain* ~ when ~ chewing", "chewing ~ hurts|painful"),
    "deformed": ("turned|turns|rotated|rolled|pointing|points|twisted|lying ~ outwards|outward",
                 "looks|appears|seems|looked ~ shorter",
                 "shorter than ~ the|his|her ~ other|left|right",
                 "at a ~ strange|odd|funny|weird|unnatural|awkward|wrong ~ angle", "visibly bent",
                 "leg ~ shorter|shortened", "shorter leg",
                 "foot|leg ~ turned|turns|pointing|points|rolled|rotated ~ out|outward|outwards",
                 "externally rotated"),
    # English words for concepts the fi/sv probe-12 rules introduced (chemo, wild_mushroom,
    # strangled, bile_vomit, empty_pack): add further English words here, not as a second key.
    "chemo": ("chemo*", "chemotherapy", "cytotoxic*", "neutropeni*", "low white count",
              "low white cells", "low neutrophils"),
    "wild_mushroom": ("wild mushroom*", "picked ~ mushroom*",
                      "mushroom* ~ picked|foraged|gathered|collected|found|forest|woods",
                      "foraged", "toadstool*", "death cap*", "destroying angel", "false morel*",
                      "fly agaric",
                      # probes 24-25 (fi): taken for another kind ("we thought they were
                      # chanterelles")
                      "mushroom*|fungi|toadstool* ~ thought|mistook|mistaken|misidentif*",
                      "thought|mistook|mistaken ~ chanterelle*|cep|ceps|porcini|puffball*|"
                      "morel*|mushroom*|boletus|blewit*"),
    "strangled": ("-strangle", "strangled", "strangling", "strangulation", "throttled",
                  "throttling", "strangled me", "choked me", "hands around my neck",
                  "squeezed|gripped|grabbed|squeezing|gripping|grabbing ~ neck|throat",
                  "choked|choking ~ her|him|me ~ until|till",
                  "hands ~ around|round ~ neck|throat", "chokehold", "choke hold"),
    "bile_vomit": ("green vomit*", "vomit*|throwing|sick ~ green|bile", "bilious"),
    "empty_pack": ("sachet*|pouch*|dosette*|organiser*|organizer*|pillbox*|dispenser* ~ empty|"
                   "emptied|torn|ripped",
                   "empty ~ sachet*|pouch*|dosette*|organiser*|organizer*|pillbox*",
                   "torn|ripped ~ open ~ and ~ empty",
                   "empty ~ packet*|pack|packs|blister*|bottle*|box*|strip*|tub*|jar*|container*",
                   "emptied ~ packet*|pack|packs|blister*|bottle*|box*|strip*"),
    # --- probe 12 (from fi) ---
    # New situations from the fi probe (their fi words: lexicon_fi_situations, from fi).
    "belly_blow": ("kicked|punched|hit|kneed|struck ~ in|on ~ the|his|her|my ~ stomach|belly|"
                   "tummy|abdomen|side|ribs",
                   "handlebar*|seatbelt|steering ~ into|in ~ the|his|her|my ~ "
                   "stomach|belly|tummy|abdomen",
                   "blow|kick|punch ~ to ~ the|his|her|my ~ stomach|belly|tummy|abdomen"),
    "overnight": ("all night", "overnight", "since last night", "since yesterday evening",
                  "since the evening", "until the morning", "till morning", "through the night",
                  "whole night", "for hours"),
    "eye_projectile": ("flew|shot|went|flicked|pinged|bounced ~ into ~ my|his|her|the ~ eye|eyes",
                       "metal|sliver|shard|splinter|chip|fragment ~ in|into ~ my|his|her|the ~ "
                       "eye|eyes"),
    "metalwork": ("grinder", "angle grinder", "hammering", "chiselling", "chiseling", "welding",
                  "metal", "lathe", "steel"),
    "sauna": ("sauna*", "steam room", "hot tub"),
    "found_outside": ("found ~ in|on ~ the|a ~ snow|ditch|ground|road|street|pavement|woods",
                      "lying ~ in|on ~ the|a ~ ditch|snow|road|street|pavement"),
    "unreachable": ("not ~ answered|answering|picked|picking ~ phone|calls|door|texts|messages",
                    "no answer ~ phone|door|calls", "not heard from ~ him|her|them",
                    "{CANT} ~ reach|contact ~ him|her|them",
                    "not replying|responding ~ to ~ messages|texts|calls",
                    "switched|turned ~ off ~ his|her|their ~ phone", "phone is ~ off",
                    "phone is switched off"),
    "not_moving": ("not moving", "isn t moving", "is not moving", "won t move", "doesn t move",
                   "stopped moving"),
    "shaken": ("shook ~ the|my|our|her|his ~ baby", "shaken baby", "baby ~ was|got|been ~ shaken",
               "shaking the baby"),
    "kick_word": ("kicking", "kicks", "kicked", "moving", "wriggling", "squirming"),
    "toxic_mushroom": ("death cap*", "destroying angel*", "fly agaric*", "amanita*", "webcap*",
                       "panther cap*", "deadly mushroom*", "poisonous mushroom*"),
    "means_access": ("locked himself|herself|themselves ~ in",
                     "locked ~ in ~ the ~ bathroom|bedroom|toilet",
                     "going|gone|looking ~ through ~ the ~ pill*|tablets|drawer|drawers",
                     "going|gone|looking ~ through ~ the ~ medicine cabinet",
                     "getting|got|took|fetched ~ the ~ pills|tablets|knife|knives|rope",
                     "in the medicine cabinet"),
    "healing_bruise": ("yellow|yellowish|greenish|green|yellowing ~ bruise*",
                       "bruise* ~ turning|turned|gone|going ~ yellow|green|yellowish",
                       "bruise* ~ fading|faded|healing"),
    "nontoxic_ingested": ("wax crayon*",
                          # probe 21 (fi): a lick of hand sanitiser (not a drink of it)
                          "licked|tasted ~ hand ~ sanitiser|sanitizer|gel",
                          "crayon*|chalk|gum|playdough|plasticine|toothpaste ~ and ~ "
                          "swallowed|swallowing|ate",
                          "chewing gum", "bubble gum",
                          "swallowed|ate|eaten|swallowing|swallows ~ gum|crayon*|chalk|silica|"
                          "playdough|plasticine|toothpaste|sand|soil|dirt",
                          "swallowed|ate|eaten|swallowing|swallows ~ chewing|bubble ~ gum",
                          "swallowed|ate|eaten|swallowing|swallows ~ piece|bit|lump ~ of ~ chewing|"
                          "bubble ~ gum",
                          "silica gel", "silica", "desiccant*", "crayon*", "chalk", "play-doh",
                          "playdough", "play dough", "moisture absorber*"),
    "ingest_unknown": ("not ~ known|clear|certain ~ how many|much", "unknown how many|much",
                       "unclear how many|much", "nobody|no one ~ knows ~ how many|much",
                       "how many ~ are|were|is ~ missing|gone",
                       "not|dont ~ know ~ how many|much", "don t ~ know ~ how many|much",
                       "not sure how many", "unsure how many",
                       "no idea how many", "how many ~ he|she|they ~ ate|took|swallowed"),
    "bulging_fontanelle": ("bulging ~ fontanel*", "bulging ~ soft spot",
                           "fontanel* ~ bulging|bulges|swollen|tense|raised|full",
                           "soft spot ~ bulging|bulges|swollen|tense|raised|full",
                           "fontanel* ~ sticking out", "soft spot ~ sticking out"),
    "shrill_cry": ("high-pitched cry*", "high pitched cry*", "shrill cry*", "weak cry",
                   "cry is ~ weak|shrill|strange|odd", "cry is ~ high-pitched"),
    # --- probe 12 (from sv) ---
    # An implanted defibrillator (ICD) and its shocks; several shocks or symptoms mean 112.
    "icd": ("icd", "implantable defibrillator", "implanted defibrillator",
            "internal defibrillator", "defibrillator in ~ chest|body",
            "my|his|her ~ defibrillator|defib"),
    "device_shock": ("shock", "shocks", "shocked", "zapped", "zap", "zaps", "fired", "firing",
                     "went off", "gone off", "going off", "discharged", "jolt", "jolts", "jolted"),
    "repeated": ("shocks", "several times", "twice", "three times", "four times",
                 "again and again", "repeatedly", "multiple times", "over and over",
                 "more than once", "a second time"),
    # A finger, hand or toe cut off.
    "amputation": ("severed ~ finger|fingers|thumb|toe|toes|hand|foot|fingertip|fingertips",
                   "cut|chopped|sliced|sawn|sawed|torn|ripped|took ~ off ~ finger|fingers|"
                   "fingertip|fingertips|thumb|toe|toes|hand|foot|tip",
                   "finger|fingers|fingertip|fingertips|thumb|toe|toes ~ cut|chopped|sliced|sawn|"
                   "torn|ripped|came|hanging ~ off", "hanging by ~ skin|thread|flap",
                   "traumatic amputation"),
    # A button battery, and one gone missing near a child.
    "button_battery": ("magnet", "magnets", "magnetic ball*", "magnetic bead*",
                       "button batter*", "coin batter*", "coin cell*", "button cell*",
                       "lithium batter*", "watch batter*", "flat round batter*",
                       "round flat batter*", "small round batter*", "hearing aid batter*",
                       # probe 17 (en)
                       "coin|button|disc|disk|round|flat|watch ~ shaped|sized|size|type ~ batter*",
                       "batter* ~ from ~ a|the ~ remote|key|keyfob|fob|scale|scales|watch|"
                       "thermometer|calculator|toy|candle"),
    "missing": ("missing", "{CANT} find", "cannot find", "disappeared", "gone missing",
                "nowhere to be found"),
    # "Took them all": the whole pack, with an empty one found.
    "took_all": ("took|taken|swallowed|ate|eaten ~ all|whole|entire",
                 "took|taken|swallowed ~ the lot",
                 # probe 15 (fi): a heap of tablets
                 "load|loads|handful|heap|pile|bunch|lots ~ of ~ pills|tablets|painkillers",
                 "took|taken|swallowed|ate ~ load|loads|handful|heap|pile|bunch|lots ~ of ~ pills|"
                 "tablets|painkillers"),
    "beating": ("hitting|beating|punching|kicking|attacking|strangling|hurting ~ my|her|him|me|"
                "us|mum|mom|mother|dad|father|kids|children|wife|husband|sister|brother",
                "beating ~ up"),
    # Something "went down the wrong way": choking only with a sign that air is not getting by.
    "choked_on": ("went down the wrong way", "gone down the wrong way",
                  "swallowed ~ the wrong way"),
    # Violence going on as the message is written.
    "happening_now": ("right now", "as we speak", "as I type", "as I write", "at this moment",
                      "happening now", "still going on", "is happening"),
    # A reaction all over the body, away from the sting or the food.
    "whole_body": ("whole body", "all over ~ body|me|skin", "all over", "head to toe",
                   "entire body", "over|across|covering|covers ~ his|her|my|their|the ~ body",
                   "over|across ~ his|her|my|their|the ~ whole|entire ~ body", "spread* ~ body",
                   "rest of ~ body"),
    # Heading for traffic, rails or a height while psychotic or manic.
    "danger_place": ("along|beside|across|crossing|walking ~ motorway|highway|freeway|railway|"
                     "tracks|rails", "hard shoulder",
                     "onto|into|on ~ motorway|highway|freeway|traffic|tracks|railway|railroad|"
                     "rails", "in front of ~ train|trains|car|cars|lorry|truck|bus", "can fly"),
    # Fell off a ladder, a tree or a horse.
    "fall_object": ("ladder", "ladders", "stepladder*", "scaffold*", "off ~ horse|roof|wall",
                    "from|out ~ tree|trees"),
    # A muscle cramp is not a seizure.
    "muscle_cramp": ("charley horse", "leg cramp*", "calf cramp*", "night cramp*",
                     "nocturnal cramp*", "muscle cramp*",
                     "cramp* in ~ calf|calves|foot|feet|toes|thigh|thighs"),
    # Fainting at a blood test, a donation or a jab: a harmless reflex faint.
    "vasovagal": ("vasovagal", "vaso-vagal",
                  "faint*|fainted|fainting ~ blood ~ test|tests|donation|draw|sample",
                  "faint*|fainted|fainting ~ giving blood",
                  "faint*|fainted|fainting ~ jab|injection|vaccination|vaccine|needle|needles",
                  "faint*|fainted|fainting ~ sight of blood"),
    # --- probe 13 (from en) ---
    # Words for existing concepts that probe 13 found missing (lay and clinical wording).
    "postpartum": ("caesarean*", "cesarean*", "caesarian*", "c section",
                   "days|weeks|day|week ~ after|since ~ delivery|birth|giving",
                   "had|delivered ~ baby ~ days|weeks|week|day", "new mum|mom|mother",
                   "c-section|caesarean|cesarean ~ days|weeks|week|day", "since the birth",
                   "since giving birth", "after the birth"),
    # Unable to get up off the floor: a fall, whether or not the word is used.
    "fall": ("rolled off", "rolled ~ off ~ table|bed|sofa|couch",
             "{CANT} ~ get up ~ from|off ~ floor|ground",),
    "smoking": ("smoker", "smokers", "smokes", "heavy smoker", "cigarette*"),
    "exertion": ("shovelling", "shoveling", "shovelled", "shoveled", "clearing snow",
                 "snow clearing", "digging", "mowing", "sprinting", "up the hill", "up a hill",
                 "uphill", "carrying ~ heavy|shopping|boxes|bags"),
    "heavy": ("filled ~ bowl|basin|cup|mug|towel|towels|bucket|sink|bag",
              "half|full ~ a ~ bowl|basin|bucket|sink", "bowlful", "cupful", "cupfuls"),
    "fetal_movement": ("baby|babys|movements|kicks ~ move|moved|moving|moves|kicked|kicking|kick ~ "
                       "less|"
                       "fewer|reduced|weaker|slower|quieter|barely|hardly",
                       "moved|moving|kicked|kicking ~ less than usual",
                       "less movement*", "fewer movement*", "reduced movement*",
                       "movements ~ reduced|slowed|decreased|stopped|changed",
                       "baby ~ quieter|quiet|still ~ than usual",
                       "not ~ felt|feel|feeling ~ baby|kicks|kick|movement*",
                       "{CANT} feel ~ baby ~ move|moving|kick|kicking"),
    "seizure": ("siezure*", "seizur*", "sezure*", "seazure*", "ceasure*",
                "febrile seizure*", "febrile convulsion*", "febrile fit*",  # probe 21 (fi)
                "eyes ~ rolled|rolling|rolls ~ back|up",
                "went stiff ~ and ~ jerk*|shak*|twitch*",
                "stiffened ~ and ~ jerk*|shak*|twitch*", "whole body ~ jerk*|twitch*"),
    # Shaking or jerking that goes on: in a child, a fit lasting minutes (112.fi: kouristelu).
    "shaking_ongoing": ("the|his|her|their ~ shaking|twitching|trembling ~ not ~ "
                        "stopped|stopping|stop",
                        "shaking|twitching|trembling ~ still ~ going",
                        "been ~ shaking|twitching ~ for ~ minutes",
                        "shaking|twitching|trembling ~ continues|continuing",
                        # probes 22-23 (en): "shaking all over and won't stop"
                        "shaking|twitching|trembling ~ will|does|is|has ~ not ~ "
                        "stop|stopping|stopped"),
    "aneurysm": ("aorta", "aortic", "aaa", "bulge|ballooning|widening|swelling ~ aorta|artery"),
    "teething": ("chewing|chews|chewed|gnawing|gnaws|biting|bites ~ everything|toys|fists|fingers|"
                 "hands", "hands|fist|fists|fingers ~ in ~ mouth"),
    # A known, recurring complaint that the usual remedy eases: "like the ones she gets".
    "known_pattern": ("exactly|just ~ like|as ~ always|usual|before|normal|ever",
                      "as ~ she|he|i|they ~ gets|get|does|do|usually|always|normally|often|"
                      "typically",
                      "like ~ she|he|i ~ always|usually|normally ~ gets|get|does|do|has|have",
                      "familiar",
                      "like ~ the ones ~ gets|get|has|had|always",
                      "same as ~ the ones ~ gets|get|has|had|always",
                      "like ~ her|his|my|the ~ usual ~ ones",
                      # probe 32 (en): "like the cold sores she gets a few times a year"
                      "like the ~ she|he|i|they|we ~ gets|get|always|usually|normally",
                      # probes 28-29 (from sv): "a typical attack, as usual"
                      "typical|usual ~ attack|attacks|migraine|migraines|episode|flare"),
    # Vitamins and supplements: a double dose is harmless for an adult.
    "harmless_med": ("vitamin*", "multivitamin*", "fish oil", "cod liver oil", "omega ~ 3|three",
                     "probiotic*", "folic acid", "calcium tablet*", "magnesium", "zinc", "biotin",
                     "glucosamine"),
    # Medicines where a double dose matters (heart, blood pressure, diabetes, opioids, sedatives).
    "high_risk_med": ("glimepiride", "glipizide", "sulfonylurea*", "sulphonylurea*",
                      "metoprolol", "bisoprolol", "atenolol", "propranolol", "digoxin",
                      "verapamil", "diltiazem", "amlodipine", "clonidine", "flecainide",
                      "metformin", "gliclazide", "glibenclamide", "insulin", "lithium",
                      "methadone", "buprenorphine", "oxycodone", "morphine", "tramadol",
                      "codeine", "amitriptyline", "nortriptyline", "quetiapine", "diazepam",
                      "lorazepam", "clonazepam", "zopiclone", "beta blocker*", "beta-blocker*",
                      "heart ~ tablets|pills|medicine|medication",
                      "blood pressure ~ tablets|pills|medicine|medication",
                      "sleeping ~ tablets|pills", "diabetes ~ tablets|pills|medicine"),
    # Only for a moment: a few seconds, a second.
    "brief": ("for a few minutes", "for a couple of minutes", "a minute or two",
              "for a ~ second|moment|few seconds", "few seconds", "a second", "a moment",
              "momentar*", "briefly", "split second"),
    # Grey hair is not a grey face.
    "grey_hair": ("grey|gray|greying|graying ~ hair|hairs|beard|roots",),
    "resolved": ("now fine", "fine again", "all fine now",
                 "feels|feeling|felt ~ fine|well|normal|okay|ok ~ today|now|again|since",
                 "fine today", "fine now", "well today",
                 "settled", "has settled", "now settled", "calmed down", "has passed",
                 "recovered", "has recovered", "came round as usual", "back to normal",
                 "back to himself", "back to herself", "back to his usual self",
                 "back to her usual self"),
    "mild": ("still ~ has|have|had|got ~ mild|slight|little|bit|lingering|small|tickly|"
             "occasional",),
    "pain": ("pian", "painfull",
             "scratchy|tickly|raw|irritated|itchy|rough|prickly ~ throat",
             "throat ~ scratchy|tickly|raw|irritated|rough|prickly"),
    "irregular_heart": ("skipped heartbeat*", "skipping heartbeat*", "missed heartbeat*",
                        "extra heartbeat*", "extra beats", "ectopic*",
                        "heart ~ skips|skipped|skipping|missed|misses ~ beat|beats"),
    "tongue_swelling": ("tongue ~ thick|thicker|fat|big|bigger|huge|enormous|heavy|swollen|"
                        "swelling", "thick|fat|swollen|huge ~ tongue"),
    "allergen": ("amoxicillin", "amoxycillin", "co-amoxiclav", "augmentin", "flucloxacillin",
                 "cefalexin", "cephalexin", "cephalosporin*", "sulfa*", "sulpha*", "septrin",
                 "trimethoprim", "nitrofurantoin", "clarithromycin", "erythromycin",
                 "doxycycline", "first dose"),
    # A choking hazard in a small child's mouth: food or a toy that blocks an airway.
    "small_object": ("grape*", "whole grape*", "peanut*", "nut", "nuts", "popcorn",
                     "sweets", "boiled sweet*", "hard sweet*", "candy", "candies", "lolly",
                     "lollies", "marble", "marbles", "coin", "coins", "lego", "bead", "beads",
                     "small toy", "piece of ~ toy|apple|carrot|sausage|meat", "hot dog",
                     "sausage*", "cherry tomato*", "blueberr*", "raw carrot", "apple slice*"),
    # Methanol or glycol drunk (washer fluid, antifreeze): poisoning even if well at first.
    "toxic_alcohol": ("methanol", "wood alcohol", "washer fluid", "screenwash", "screen wash",
                      "windscreen wash*", "windshield wash*", "de-icer", "deicer", "antifreeze",
                      "ethylene glycol", "glycol", "brake fluid", "methylated spirit*", "meths",
                      "coolant"),
    "drank": ("drank", "drunk from", "drinking from", "swig*", "sip", "sips", "sipped", "gulp*",
              "mouthful", "took a drink", "had a drink of"),
    # "Decided to end things with her boyfriend": a break-up, not a suicide.
    "breakup": ("end|ending|ended ~ things|it ~ with ~ girlfriend|boyfriend|partner|wife|husband|"
                "him|her", "broke up", "break up", "breaking up", "split up"),
    # Lying on the floor or the ground, seen by someone who cannot get to them.
    "on_floor": ("lying|lay|lies|laying|lain|sprawled ~ floor|ground|pavement",
                 "on the floor|ground", "on her|his|the bathroom|kitchen|bedroom floor"),
    "breast": ("breast", "breasts", "nipple", "nipples", "mastitis", "breast abscess"),
    # Dizzy for a moment on standing up quickly: a head rush, self-care when it passes at once.
    "head_rush": ("stood|stand|standing|stands|got|gets|getting|get|sat|sitting|rose ~ up ~ "
                  "quickly|fast|suddenly|abruptly|too", "head rush", "head-rush", "headrush"),
    # A blood test, a jab or a needle: a faint there is a reflex faint.
    "blood_draw": ("blood test*", "blood sample*", "blood draw*", "blood donation",
                   "giving blood", "gave blood", "donating blood", "needle", "needles",
                   "injection", "injections", "jab", "jabs", "vaccination*", "cannula",
                   "having blood taken", "blood taken", "syringe"),
    # --- probe 13 (from fi) ---
    # Words for the concepts the fi probe-13 rules introduced.
    "pinpoint_pupils": ("pinpoint pupils", "pinpoint", "pupils ~ tiny|pinpoint|"
                        "constricted|small|pinned"),
    "opioid": ("fentanyl*", "oxycodone", "oxycontin", "oxynorm", "morphine", "heroin",
               "methadone", "buprenorphine", "subutex", "opioid*", "opiate*", "tramadol",
               "codeine", "co-codamol", "pain patch*", "fentanyl patch*"),
    "firearm_ready": ("loaded ~ gun|rifle|shotgun|pistol|revolver|firearm",
                      "gun|rifle|shotgun|pistol|revolver|firearm ~ loaded|out|ready"),
    "under_vehicle": ("in front of ~ train|trains|car|cars|lorry|truck|bus",
                      "under ~ train|trains|lorry|lorries|truck|trucks|bus|tram",
                      "into ~ a|an|the ~ lorry|lorries|truck|trucks|train|bus|tram|oncoming",
                      "into oncoming traffic", "into ~ a|the ~ bridge|pillar|wall|tree"),
    "steer_into": ("drive", "driving", "steer", "step", "throw myself", "throwing myself",
                   "walk out"),
    "cry_for_help": ("screaming|screams|screamed|shouting|shouts|shouted|yelling|yells|crying|"
                     "cries ~ for help", "calls for help", "calling for help"),
    "labour": ("tightenings", "regular ~ tightening|tightenings|cramps|pains",
               "tightenings|tightening|cramps|pains ~ every ~ minutes|mins|min",
               "fluid|liquid|water ~ trickling|leaking|gushing|dripping|pouring|running",
               "leaking|trickling|gushing ~ fluid|liquid|water",
               "trickle|gush ~ of ~ fluid|liquid|water",
               "contraction*", "in labour", "in labor", "labour pains", "labor pains",
               "gone into labour", "gone into labor", "waters ~ broke|broken|gone",
               "contractions ~ one|two|three|1|2|3|a ~ minute|minutes|mins|min"),
    "birth_imminent": ("contractions ~ one|two|three|1|2|3|a ~ minute|minutes|mins|min",
                       "head ~ showing|crowning|visible|coming", "crowning",
                       "urge to push", "need to push", "needs to push", "wants to push",
                       "baby ~ coming ~ now", "{CANT} make it to ~ hospital"),
    "aura": ("aura", "auras", "zigzag*", "zig-zag*", "shimmering ~ lines|zigzag*|light*"),
    "dog_bark": ("dog|dogs ~ barks|barking|barked|bark", "barking dog*"),
    "tension": ("knots ~ in ~ neck|shoulders", "tight shoulders", "tense shoulders",
                "neck|shoulders ~ tense|tight|knotted"),
    # --- probe 13 (from sv) ---
    # English words for the situations the sv probe-13 rules introduced.
    # A wasp or bee sting inside the mouth or throat: the airway can swell shut.
    "sting_mouth": ("stung ~ mouth|tongue|throat|lip|lips|palate",
                    "sting|stings ~ in|on ~ mouth|tongue|throat|palate",
                    "wasp|bee|hornet|wasps|bees ~ in ~ mouth|drink|can|glass|bottle|throat",
                    "swallowed ~ wasp|bee|hornet"),
    # At the edge of a height: on the railing, over the parapet, a high floor.
    "at_height": ("standing|sitting|stood|sat|climbed|perched ~ on|over ~ railing|railings|"
                  "parapet|guardrail",
                  "wrong side of the ~ railing|railings|barrier|fence|parapet",
                  "fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fifteenth|twentieth "
                  "floor", "floor ~ eight|nine|ten|twelve|fifteen|twenty"),
    # A young person asking that a parent is not told about an injury or an overdose.
    "secrecy": ("do not ~ tell ~ mum|mom|dad|parents|mother|father|anyone|anybody",
                "nobody ~ can ~ know", "no one ~ can ~ know", "please do not tell",
                "keep it secret", "my parents ~ can not ~ know", "my parents ~ can not ~ find out",
                "hiding it from ~ my"),
    # The waters have broken; green or brown water means the baby passed meconium.
    "waters_broken": ("waters ~ broke|broken|gone|went|breaking", "water broke",
                      "membranes ~ ruptured|broke", "ruptured membranes"),
    "meconium": ("green", "greenish", "brown", "brownish", "meconium*", "murky", "stained"),
    # Shaking chills: rigors.
    "rigors": ("rigors", "rigor", "uncontrollable shivering", "shaking uncontrollably",
               "teeth chattering", "shaking with ~ chills|cold|fever", "violent shivering",
               # probe 32 (en): "now has shaking chills"
               "shaking ~ chills|chill|shivers", "shivering fit*", "fits of shivering"),
    "chills": ("uncontrollable shivering", "shaking uncontrollably", "teeth chattering",
               "shaking with ~ chills|cold|fever", "violent shivering",
               "shaking ~ chills|chill|shivers", "shivering fit*", "fits of shivering"),
    # A party, a festival or a club: a pill taken there is a drug.
    "party": ("festival*", "rave*", "nightclub*", "club", "afterparty", "house party"),
    # A known epilepsy (the diagnosis, not a seizure now).
    "epilepsy": ("epilepsy", "epileptic"),
    # Coffee, energy drinks: a harmless cause of a racing heart.
    "caffeine": ("coffee*", "caffeine", "energy drink*", "espresso*", "red bull", "monster",
                 # probes 24-25 (en): "overdosed on coffee lol" is too much coffee, not poison
                 "overdosed|overdose|overdosing|od|oded|odd ~ on ~ coffee|coffees|caffeine|"
                 "espresso|espressos|energy|cola|tea|redbull|monster|preworkout",
                 "poisoned|poisoning ~ coffee|caffeine|espresso|espressos"),
    # Checked by a doctor and found harmless.
    "known_benign": ("normal ~ angiogram|angiography|ecg|ekg|echo|echocardiogram|scan|ct|mri|tests|"
                     "results",
                     "harmless", "benign", "nothing serious", "nothing dangerous",
                     "came back normal", "were normal", "was normal", "all clear"),
    # An accident last year or years ago: a past injury, not a crash now.
    "past_injury": ("accident|crash|collision|whiplash ~ last ~ year|summer|winter|spring|"
                    "autumn|month", "accident|crash|collision|whiplash ~ years|months ~ ago"),
    # "The first session in ages": the first in a long time, not a long illness.
    "in_a_while": ("in ages", "first time in ~ ages|years|months", "in a long while"),
    # --- probe 15 (from en) ---
    # Words for existing concepts that probe 15 found missing (lay, clinical and misspelt).
    "surgery_recent": ("arthroscop*", "keyhole surgery",
                       "after|since ~ operation|op|surgery|procedure|arthroscopy|replacement",
                       "knee|hip ~ replacement|arthroscopy"),
    # "An explosive headache", "like being hit with a bat", "full strength within seconds".
    "headache": ("explosive ~ headache|pain|head", "headach", "hedache", "headake", "headahce"),
    "thunderclap": ("explosive ~ headache|pain|head",
                    "like being ~ hit|struck|kicked|smacked|whacked ~ with|by|on ~ "
                    "bat|hammer|brick|club|baseball|plank|sledgehammer|cricket",
                    "full|maximum|peak|maximal ~ strength|intensity|force ~ within|in ~ "
                    "seconds|second|moments|instantly"),
    "sudden": ("within|in ~ seconds", "in a split second"),
    "bone_visible": ("something white showing|visible|sticking|poking", "bone showing",
                     "bone poking", "bone sticking out", "bone protruding", "protruding bone",
                     "see|seen ~ the ~ bone", "bone through ~ skin", "compound fracture"),
    "arm": ("forearm*", "upper arm"),
    "joint": ("elbow*",),
    "slow_breathing": ("breathing|breathes ~ shallowly", "shallow ~ breaths|breathing",
                       "breathing|breathes ~ 2|3|4|5|6|7|8|two|three|four|five|six|seven|eight ~ "
                       "times a|per minute",
                       "2|3|4|5|6|7|8|two|three|four|five|six|seven|eight ~ breaths ~ a|per|each "
                       "~ minute"),
    "not_feeding": ("refuses|refusing|refused ~ food|meals|meal|dinner|breakfast|lunch",
                    "refuses|refusing|refused ~ to eat",
                    "hardly|barely|not ~ eaten|eating|eat ~ or|and|nor ~ drunk|drank|"
                    "drinking|drink",
                    "nothing to eat or drink",
                    # probes 26-27 (en): "taking less than half her usual feeds"
                    "less than half ~ feeds|feed|feeding|feedings|milk|bottle|bottles|usual|"
                    "normal"),
    # A glucose meter that only shows "HI": above what it can measure.
    "high_sugar": ("meter|glucometer|monitor|sensor|reading|libre ~ shows|says|reads|showing|"
                   "displays|displaying|said|showed|read ~ hi", "reads hi", "shows hi",
                   "showing hi", "too high to ~ read|measure|register", "off the scale"),
    "cold_sore": ("a|the|his|her|my|this cold sore*",),
    "eye": ("eyeball*", "eye socket*"),
    "cant_keep_fluids": ("keep|keeps|keeping|kept ~ down ~ only|just ~ sips|little|small|tiny|"
                         "mouthful*", "keeps|keep|keeping ~ down only",
                         "only ~ keeps|keep|keeping|kept ~ down ~ sips|small|little|tiny|mouthful*",
                         "nothing stays down", "everything comes back up"),
    "dry_skin": ("cracked|chapped|cracking ~ skin|hands|knuckles|fingers|fingertips",
                 "skin ~ dry|cracked|chapped|cracking|flaky", "dry|rough ~ hands|knuckles"),
    "palpitations": ("heart ~ nearly|almost|practically ~ stopped|stop",
                     "heart ~ pounding|pounded|pounds|racing|raced|races|thumping|thumped|"
                     "hammering|hammered|fluttering|fluttered|galloping",
                     "pounding|racing|thumping ~ heart|heartbeat"),
    # A dead arm after sleeping on it.
    "sleep_awkward": ("slept|sleeping|sleeps ~ awkwardly|funny|wrong",
                      "dead arm", "slept|sleeping|lying|lay|lain ~ on ~ arm|hand",
                      "sleeping|slept|lying|lay ~ with ~ it|arm|hand ~ under",
                      "arm|hand ~ fell|went|gone ~ asleep"),
    # Lying on the arm (a dead arm): numbness from pressure on a nerve, not a stroke.
    "lay_on_arm": ("dead arm", "slept|sleeping|lying|lay|lain ~ on ~ arm|hand",
                   "sleeping|slept|lying|lay ~ with ~ it|arm|hand ~ under",
                   "arm|hand ~ fell|went|gone ~ asleep"),
    "faint": ("pass out", "passing out", "feinted", "feinting"),
    "unconscious": ("unconsious*", "unconcious*", "unconscous*", "unconsius"),
    "collapse": ("colapse*", "collaped", "colapsed", "collasped"),
    "nausea": ("nausious", "nauseus", "nausia", "nauseaus", "nausous"),
    "dizzy": ("dizy", "dizey", "dizzey", "dizzyness", "dizyness",
              # probes 22-23 (en): vertigo in lay words
              "room|everything|world|ceiling ~ spinning|spins|spun|whirling|turning",
              "spinning sensation", "the spins"),
    "bleed": ("bleding", "bleeing", "bleedin", "bleedng"),
    "sweat": ("sweting", "swetting", "sweatting", "swet", "drenched", "perspir*"),
    "pressure": ("presure", "preasure", "pressue", "pressur", "pessure"),
    "mottled": ("marbled", "marbling", "marmorata"),
    "purple": ("dusky", "violaceous", "dark purple", "bluish purple"),
    "usual": ("exactly|just ~ like|as ~ always|usual|before|normal|ever",),
    "psych_help": ("nightmares", "flashbacks", "ptsd", "post traumatic", "debrief*",
                   "help with ~ sleep|sleeping|coping", "coping after", "cope with what"),
    "episodic": ("braxton hicks", "practice contractions", "now and then", "every now and then",
                 "once in a while"),
    "swelling": ("swollen shut", "soft|squishy|boggy ~ swelling|bump|lump"),
    # --- New situations of probe 15 (their fi/sv words: the probe 15 (from en) blocks) ---
    # Pregnant before 37 weeks: waters, contractions or bleeding mean a preterm birth.
    "preterm": ("at 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36 weeks",
                "20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36 weeks pregnant|gone|along",
                "20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36 ~ weeks ~ gestation|pregnancy",
                "preterm", "pre-term", "premature ~ labour|labor|contractions|waters|rupture",
                "before 37 weeks",
                # probes 24-25 (sv): "pregnant, 29 weeks", "pregnant, week 29"
                "pregnant ~ 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36 weeks|wks|wk",
                "week|wk 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36"),
    # A whole week's or month's medicines (a dose box, sachets): a large overdose if taken.
    "dose_supply": ("whole|entire|full ~ week|weeks|month|months|fortnight ~ dose|doses|supply|"
                    "worth|medication|medicines|meds|pills|tablets|sachets",
                    "week|weeks|month|months ~ worth of",
                    "all ~ her|his|the|their ~ weekly|monthly ~ doses|medicine|medicines|pills|"
                    "tablets|sachets"),
    # A first-aid course and what it covers (choking, CPR, seizures): a question, not a scene.
    "first_aid_topic": ("course|courses|training|class|classes|refresher|lesson|lessons|workshop|"
                        "seminar ~ on|about|covering|covers|including|includes",
                        "first aid ~ course|courses|class|classes|training|refresher|certificate|"
                        "lesson|lessons",
                        "cpr|resuscitation|lifesaving|lifeguard ~ course|class|training|refresher",
                        "learn|learning|teach|teaching|taught|practise|practice|practising ~ "
                        "cpr|first|resuscitation|heimlich"),
    # A dose box, sachets or a pill organiser, and the word that it is empty.
    "dose_box": ("organiser*", "organizer*", "dosette*", "pillbox*", "pill box*", "dose box*",
                 "sachet*", "pouch*", "blister pack*", "dispenser*", "medicine box*",
                 "weekly box*"),
    "empty_word": ("empty", "emptied", "torn open", "ripped open", "all gone", "nothing left"),
    # Pain far worse than the skin looks: necrotising infection or a compartment syndrome.
    "pain_disproportion": ("far|much|way|lot ~ worse than ~ skin|it|wound|rash|redness|area|cut|"
                           "scratch|bite ~ looks|look|appears|suggests",
                           "more painful than ~ it|skin|wound|rash|area|cut ~ looks|look|appears",
                           "out of proportion", "worse than it looks",
                           # probes 26-27 (from sv): "the pain is unreasonable"
                           "unreasonable|disproportionate ~ pain", "pain ~ is ~ unreasonable|"
                           "disproportionate"),
    # The eye hurts to move or bulges: with a swollen lid and fever, an infection behind the eye.
    "orbital_sign": ("hurts|painful|pain|sore|hurt ~ to|when|on ~ look|looking|looks|move|moving|"
                     "moves ~ eye|eyes|eyeball|eyeballs|sideways|upwards",
                     "pain on eye movement*", "eye movement*|movements ~ hurt*|painful|sore",
                     "bulging eye*",
                     "eye|eyeball ~ bulging|bulges|protruding|protrudes|pushed|sticking",
                     "proptosis"),
    # An eye swollen shut, or it cannot be opened.
    "eye_shut": ("swollen shut", "{CANT} ~ open ~ eye|eyes|eyelid|eyelids",
                 "eye|eyes|eyelid|eyelids ~ swollen|puffed ~ closed"),
    # A known cancer (back pain and weak legs: the spinal cord pressed by a metastasis).
    "cancer": ("cancer*", "tumour*", "tumor*", "malignan*", "metasta*", "carcinoma*",
               "lymphoma*", "myeloma*", "leukaemia*", "leukemia*", "sarcoma*", "oncolog*",
               "secondaries"),
    # Haemodialysis, and a session missed (potassium rises: the heart can stop).
    "dialysis": ("dialysis", "haemodialysis", "hemodialysis", "dialysed", "dialyzed",
                 "dialysis unit", "kidney machine"),
    "missed_word": ("missed", "skipped", "skip", "skipping", "did not attend", "did not go to",
                    "cancelled", "canceled"),
    # Skin coming off in sheets (with fever and blisters: Stevens-Johnson, TEN).
    "skin_detach": ("skin ~ peeling|coming|sloughing|falling|lifting|shedding ~ off|away",
                    "peeling off", "sheets of skin", "skin comes off", "skin came off",
                    "sloughing", "skin ~ detaching|detached"),
    # Beetroot and other foods that colour urine or stool.
    "food_dye": ("beetroot*", "beets", "beet", "blackberr*", "rhubarb", "food colouring",
                 "food coloring", "dragon fruit", "red dye", "blueberr*", "liquorice", "licorice"),
    # A fright (a horror film): a pounding heart that settles is a startle.
    "fright": ("horror ~ film|films|movie|movies|show", "scary ~ film|movie|show|moment",
               "jump scare", "got|had|gave ~ a ~ fright|scare", "startled", "fright",
               "frightened|scared ~ by"),
    # --- probe 15 (from fi) ---
    # English words for the situations the fi probe-15 rules introduced.
    # Clear, watery fluid from the ear or nose after a blow to the head: a skull-base fracture.
    "csf_leak": ("clear|watery ~ fluid|liquid|discharge ~ ear|ears|nose|nostril",
                 "ear|ears|nose|nostril ~ leaking|dripping|running|draining|oozing ~ clear|watery",
                 "clear|watery ~ fluid|liquid ~ dripping|leaking|running|draining|oozing|"
                 "trickling|coming", "csf", "cerebrospinal"),
    # No memory of what happened (the accident, the blow, the fall).
    "amnesia": ("{CANT} remember ~ happened|accident|crash|fall|anything|hitting|impact|how",
                "not ~ remember ~ happened|accident|crash|fall|anything|hitting|impact",
                "no memory of", "memory loss", "lost ~ his|her|my ~ memory"),
    # Seeing things that are not there (new in an older person: delirium).
    "hallucination": ("hallucinat*",
                      "see|sees|seeing|saw|seen ~ things|people|animals|insects|bugs|spiders|"
                      "cats|children|faces ~ that|who|which ~ not",
                      "bugs|insects|spiders|ants|worms ~ walls|ceiling|skin|sheets",
                      # probes 22-23 (en): "seeing bugs crawling on the wall"
                      "bugs|insects|spiders|ants|worms|beetles|snakes|rats|mice ~ wall|ceilings",
                      "things ~ that ~ are|is|were ~ not ~ there"),
    # Alcohol stopped after heavy drinking: withdrawal (delirium tremens, fits).
    "withdrawal": ("stopped|quit|stopping|quitting|stop ~ drinking|alcohol|booze",
                   "alcohol|drink|drinking ~ withdrawal", "withdrawal", "withdrawals",
                   "withdrawing", "detox*", "delirium tremens", "dts"),
    # A bleeding disorder (haemophilia, von Willebrand).
    "bleeding_disorder": ("haemophilia*", "hemophilia*", "haemophiliac*", "hemophiliac*",
                          "willebrand*", "bleeding disorder*", "clotting disorder*"),
    # Scuba diving in the last hours: decompression sickness.
    "diving": ("scuba*", "diving", "dive", "dives", "dived", "diver", "divers", "the bends",
               "decompression*", "surfaced ~ quickly|fast|rapidly|too"),
    # A plaster cast on a limb.
    "cast": ("plaster cast", "back slab", "backslab", "in a cast", "my cast", "the cast",
             "his cast", "her cast", "cast ~ put|fitted|applied|tight|on",
             "arm|leg|wrist|ankle ~ cast|plaster"),
    "foreskin": ("foreskin*", "prepuce"),
    # A slurry pit, silo, sewer or septic tank: toxic gas that fells the rescuers too.
    "gas_pit": ("slurry*", "manure ~ pit|tank|store|lagoon", "silo", "silos", "sewer*",
                "septic tank*", "cesspit*", "cesspool*", "hydrogen ~ sulphide|sulfide",
                "grain bin*", "manhole*"),
    # "I won't come back": said with the means at hand, a suicide plan.
    "no_return": ("not coming back", "not coming home", "never coming back", "never come back",
                  "will not ~ come|be ~ back|home", "not ~ be ~ coming ~ back|home"),
    # Watering eyes (pollen, a cold): no bleeding.
    "watery_eyes": ("watery eyes", "eyes ~ watering|streaming|running", "streaming eyes"),
    # Asleep or passed out (after tablets).
    "asleep": ("asleep", "passed out", "dozed off", "sleeping now", "is sleeping", "now sleeping",
               "fell asleep"),
    # --- probe 15 (from sv) ---
    # English words for the situations the sv probe-15 rules introduced.
    "tetanus_wound": ("rusty", "stepped|trod ~ on ~ nail",
                      "nail ~ through|into|in ~ foot|shoe|sole|heel|hand", "soil in the wound",
                      "puncture wound"),
    "food_stuck": ("stuck ~ in ~ gullet|oesophagus|esophagus|foodpipe", "stuck ~ in ~ food pipe",
                   "food|meat|steak|chicken|bread|bolus ~ stuck", "food bolus"),
    "protruding": ("something ~ hanging|sticking|poking ~ out", "hanging out of ~ vagina|me",
                   "something ~ coming out of ~ vagina", "something in the vagina"),
    "lithium": ("lithium", "priadel", "camcolit", "liskonum"),
    "eye_pierced": ("hook|fishhook|knife|scissors|needle|nail|pencil|dart|arrow|skewer ~ in|into|"
                    "through ~ eye|eyeball|eyelid",
                    "fish hook ~ in|into|through ~ eye|eyeball|eyelid", "through the eyelid",
                    "pierced ~ eye|eyeball", "stabbed in the eye"),
    "pde5": ("viagra", "sildenafil", "cialis", "tadalafil", "levitra", "vardenafil"),
    "nitrate": ("gtn", "nitro", "nitroglycerin*", "glyceryl trinitrate", "isosorbide*",
                "nitrate", "nitrates", "poppers", "amyl nitrite"),
    "injection_injury": ("grease gun", "paint gun", "high pressure ~ injection|gun|hose|line",
                         "pressure washer ~ into|in ~ finger|hand|palm|skin",
                         "injected ~ into ~ finger|hand|palm|skin"),
    "dystonia": ("eyes ~ rolling|rolled|roll|stuck|fixed ~ up|upward|upwards",
                 "neck ~ twisting|twisted|pulling|pulled|turning ~ by itself|involuntarily",
                 "neck ~ twisting|twisted|pulling|pulled|turning ~ on its own", "dystonia",
                 "dystonic", "oculogyric*",
                 "tongue ~ sticking|pushing ~ out ~ by itself"),
    "ascending": ("creeping up", "moving up", "spreading up", "working its way up", "ascending",
                  "up to ~ knees|thighs|hips|waist"),
    "snake_strike": ("struck me|him|her|my|his|our", "strikes me|him|her|my|his|our"),
    "skin_intact": ("no marks", "no bite marks", "no puncture marks", "no fang marks", "missed",
                    "didn't break the skin", "did not break the skin", "skin is intact",
                    "skin ~ not ~ broken",
                    # probes 28-29 (en): a nip that "didn't break the skin", "skin intact"
                    "not ~ break|broken|broke|pierce|pierced|puncture|punctured ~ skin",
                    "skin ~ not ~ broke|pierced|punctured", "skin intact", "skin still intact",
                    "no broken skin"),
    "it_green": ("it|which ~ is|was|looks|looked ~ green|greenish",),
    "height_metres": ("three|four|five|six|seven|eight|nine|ten|fifteen|twenty|several|3|4|5|6|7|"
                      "8|9|10|12|15|20 ~ metres|meters|metre|meter|m|storeys|floors",),
    "dark_urine": ("urine|pee|wee ~ brown|cola|coca|black|tea",
                   "brown|cola|coca ~ urine|pee|wee", "cola coloured", "cola colored",
                   "tea coloured", "tea colored"),
    # --- probe 17 (from en) ---
    "right_lower": ("low on the right", "low down on the right", "bottom right",
                    "right hand side low down"),
    "right_lower_migrating": ("began|started|starting|beginning ~ around|at|near|by ~ the ~ navel|"
                              "belly|tummy|umbilicus",
                              "settled|moved|shifted|gone|went ~ low ~ on the right",
                              "settled|shifted ~ to|into|in ~ the ~ lower right|right"),
    "pale": ("very white", "gone white", "went white", "turned white", "looks white",
             "paler", "palish", "going pale", "gone pale", "turned pale", "pasty", "ashen",
             "ghostly pale", "losing colour", "lost his|her|their|my colour"),
    "diabetes": ("t2dm", "t1dm", "dm2", "dm1", "iddm", "niddm", "t 1|2 dm", "type 1|2 dm",
                 "empagliflozin", "dapagliflozin", "canagliflozin", "ertugliflozin",
                 "jardiance", "forxiga", "invokana", "sglt2*", "sglt 2"),
    "vision_blur": ("sight|vision ~ dimmed|dims|dimming|darkened|greyed",
                    "eye|eyes ~ dimmed|dims|dimming|darkened|greyed", "went|goes|going dim",
                    "dimmed vision", "dim vision", "vision went dark", "sight went dark",
                    # probes 22-23 (sv): "now I see worse" after a chip in the eye
                    "vision|sight|eyesight ~ is|got|has|gotten|getting|become ~ worse|poorer",
                    "{CANT} ~ see ~ properly|clearly", "{CANT} ~ see as well"),
    "cant_pee": ("not|n't|never ~ managed ~ to ~ pee|wee|urinate|piss",
                 "unable ~ to ~ pee|wee|urinate", "nothing comes out when ~ pee|wee|try",
                 "not peed|weed|urinated ~ since|for|all"),
    "airway": ("black|dark|grey|sooty ~ specks|spit|phlegm|mucus|sputum|flecks",
               "coughing|coughs|coughed ~ up ~ black|soot|grey",
               "smoke ~ in|into ~ lungs|chest", "breathed|inhaled|breathing ~ in ~ smoke|fumes"),
    "hot": ("boiled", "just boiled", "freshly boiled", "scalding", "piping hot",
            "steaming hot"),
    "musculoskeletal": ("lift|raise|lifting|raising ~ arm|arms ~ above|over ~ head",
                        "bench press*", "chest wall", "rib cage", "after ~ lifting|weights|gym|"
                        "press*|carrying|moving|workout"),
    "tender_press": ("when ~ he|she|i|you|they ~ press|presses|pressed|pushes|push ~ on",
                     "sore|tender|hurts ~ to ~ press|touch|push", "presses on it",
                     "press on it", "pressing on it"),
    "restless_agitation": ("restless", "restlessness", "agitated", "agitation", "can't settle",
                           "cannot settle", "pacing", "writhing", "thrashing"),
    "eye_hit": ("something|metal|splinter|chip|shard|piece|fragment|sliver|particle|bit|debris|"
                "spark|sparks ~ hit|hits|flew|flying|went|shot|struck|got ~ into|in|his|her|my|"
                "the ~ eye|eyeball",
                "metal ~ in|into ~ eye|eyeball",
                "splinter|shard|fragment ~ in|into ~ eye|eyeball"),
    "gbs_trigger": ("after|since ~ a|the|his|her|my ~ gastro|gastroenteritis|diarrhoea|"
                    "diarrhea|norovirus",),
    # --- probe 17 (from fi) ---
    # An insulin pump that came off or stopped delivering (type 1: ketoacidosis within hours).
    # Something slipped out of the hand by itself (with a speech lapse: a TIA).
    "dropped_object": ("cup|mug|glass|fork|spoon|phone|pen ~ slipped|fell|dropped ~ from|out ~ "
                       "my|his|her|hand",),
    # A count in the tens said in words: with pills taken, a large overdose.
    "many_count": ("dozens", "twenty-odd", "thirty-odd", "a couple dozen", "a dozen"),
    "pump_off": ("pump|cannula ~ disconnected|detached|blocked|occluded|kinked",
                 "pump|cannula ~ stopped ~ working|delivering",
                 "pump ~ has|had ~ come|fallen ~ off|out", "pump ~ was|got ~ disconnected",
                 "pump|cannula ~ came|fell ~ off|out"),
    # --- probe 17 (from sv) ---
    "no_anticoag": ("not on ~ blood thinners|anticoagulants|warfarin", "no ~ blood thinners",
                    "don't|doesn't ~ take ~ blood thinners|anticoagulants|warfarin"),
    "larynx_blow": ("puck|ball|stick|elbow|punch|kick|blow|hit ~ to|in|on ~ the ~ "
                    "throat|larynx|windpipe",
                    "hit|struck|punched|kicked ~ in|on ~ the ~ throat|larynx|windpipe",
                    "took a ~ puck|ball|stick|elbow ~ to ~ the ~ throat"),
    # --- probe 18 (from en) ---
    "fever": ("fevr", "fevar", "feaver", "fver", "fevers"),
    "stiff": ("stif",),
    "neck": ("nek",),
    "cold_skin": ("cold sweat", "cold and clammy"),
    "fast_pulse": ("heart ~ going|beating|pounding|racing ~ fast|crazy",
                   "heart ~ so|crazy|really ~ fast"),
    "unsteady": ("stumbling", "keeps stumbling", "stumbles"),
    # "It hurts to turn his head": the neck, not a headache.
    "neck_pain": ("hurts|painful|sore|agony to turn|move|rotate|tilt ~ head|neck",
                  "hurts|painful|sore ~ when ~ turn|turning|move|moving ~ head|neck",
                  # probes 30-31 (en): "can turn her head with some discomfort"
                  "turn|turning|turns|move|moving|moves|rotate|rotating|tilt|tilting ~ head|neck ~ "
                  "with ~ discomfort|pain|difficulty|twinge|ache"),
    # Blisters on the heels after a long walk: friction from the boots.
    "friction": ("hike", "hikes", "hiking", "hiked", "trek", "trekking", "boots", "rambling",
                 "hiker", "hikers", "long walk", "long walks", "walking holiday", "marathon",
                 "new shoes", "new trainers", "tight shoes", "walked all day"),
    # Found hanged or with a ligature round the neck: an attempted hanging.
    "hanging": ("hanged ~ himself|herself|myself|themselves", "hanging ~ himself|herself|myself",
                "tried to hang", "belt|rope|cable|ligature|noose|flex|wire ~ round|around ~ neck",
                "cut ~ him|her ~ down"),
    # --- probe 18 (from fi) ---
    # A tampon or menstrual cup (left in: toxic shock with fever, rash or faintness).
    "tampon": ("tampon*", "menstrual cup*", "mooncup*", "period cup*"),
    # Hard to wake (a rule-local sign, apart from drowsy).
    "hard_to_wake": ("wakes only briefly", "only wakes briefly",
                     "{CANT} ~ get ~ him|her|them|it ~ to ~ wake|waken|respond",
                     "barely ~ wakes|rousable|rouseable"),
    # --- probe 18 (from sv) ---
    # Overuse of a tendon (tennis or golfer's elbow, mouse arm, jumper's knee): self-care.
    "overuse_injury": ("tennis elbow", "golfer's elbow", "golfers elbow", "golfer elbow",
                       "mouse arm", "repetitive strain*", "rsi", "jumper's knee", "jumpers knee",
                       "runner's knee", "runners knee", "epicondylitis", "tendinitis",
                       "tendonitis", "overuse injury", "shin splints"),
    # A toddler holds the breath when upset and goes blue: a breath-holding spell.
    "breath_holding": ("breath-holding spell*", "breath holding spell*", "breath holding attack*",
                       "holds|held|holding ~ breath ~ when|while ~ angry|upset|crying|cross",
                       "reflex anoxic*"),
    # --- probe 19 (from en) ---
    "double_vision": ("sees|see|saw|seeing ~ double", "seeing two of everything",
                      "sees|see|seeing ~ two of everything", "everything ~ doubled|double"),
    # Deep, sighing (Kussmaul) breathing: the body blowing off acid in ketoacidosis.
    "deep_breathing": ("breathing ~ deeply|deep|sighing|heavy|heavily|laboured|labored",
                       "deep ~ sighing ~ breaths|breathing", "breathes ~ deeply|deep",
                       "taking ~ deep|big ~ breaths ~ all the time", "kussmaul*"),
    # Gums that bleed a little on brushing or flossing: gingivitis, better brushing (1177).
    "gums": ("gums", "gumline", "gum line"),
    # Drinking and weeing far more than usual: the first signs of diabetes.
    "thirst": ("drinking|drinks|drank ~ loads|lots|constantly|gallons|nonstop|litres|liters",
               "drinking|drinks ~ all the time", "drinking ~ so|far|much ~ more|much",
               "drinking|drinks|drank ~ huge|large|big|enormous|massive ~ amounts|quantities",
               "{CANT} stop drinking", "parched", "always wanting ~ drink|drinks"),
    "polyuria": (
        "weeing|peeing|wees|pees|urinating|urinates|wee|pee ~ constantly|loads|lots|nonstop",
        "weeing|peeing|wees|pees|urinating|urinates|wee|pee ~ all the time",
        "weeing|peeing|urinating ~ a lot", "toilet ~ constantly|nonstop", "toilet ~ all the time",
        "going to the toilet ~ constantly|nonstop|lots|loads", "going to the toilet ~ all the time",
        "up ~ all ~ night ~ weeing|peeing|urinating",
        "wetting ~ the ~ bed ~ again",
    ),
    # The same words are frequent urination too (a bladder infection, a prostate).
    "urinary_frequency": (
        "weeing|peeing|wees|pees|urinating|urinates|wee|pee ~ constantly|loads|lots|nonstop",
        "weeing|peeing|wees|pees|urinating|urinates|wee|pee ~ all the time",
        "weeing|peeing|urinating ~ a lot", "toilet ~ constantly|nonstop", "toilet ~ all the time",
        "going to the toilet ~ constantly|nonstop|lots|loads", "going to the toilet ~ all the time",
        "up ~ all ~ night ~ weeing|peeing|urinating",
    ),
    "gum_bleed": ("gingivitis",),
    # The morning after a party or a night out: a hangover.
    "hangover": ("morning|day ~ after ~ a|the ~ party|drinking|drinks|pub",
                 "morning|day ~ after ~ a|the ~ night ~ out",
                 "after ~ a|the|last ~ night out", "after a party", "after the party"),
    # --- probe 19 (from fi) ---
    # Pauses in a baby's breathing (apnoea).
    "breath_pauses": ("pauses ~ in ~ breathing", "pauses ~ in ~ his|her|their|its ~ breathing",
                      "stops breathing for", "keeps ~ stopping ~ breathing", "apnoea*", "apnea*"),
    # A firework or banger to the eye or face.
    "firework_eye": ("firework|rocket|banger|sparkler ~ in|into|to|hit ~ eye|eyes|face",
                     "firework|rocket|banger|sparkler ~ his|her|my|their ~ eye|eyes|face"),
    # Caught in machinery (a power take-off shaft, rollers, an auger).
    "machine_entangle": ("pto shaft", "power take off", "power take-off",
                         "caught|pulled|dragged|trapped ~ in|into ~ machine|machinery|rollers|"
                         "auger|shaft", "entangled ~ in"),
    # Lies in bed all day, does not get up.
    "bedbound": ("lies|lying|lay ~ in ~ bed ~ all ~ day", "just ~ lies|lying ~ in ~ bed",
                 "won't|will not|not ~ get ~ out ~ of ~ bed", "has not ~ been ~ to ~ the ~ toilet"),
    # An intrauterine device (a coil).
    "iud": ("iud", "iuds", "copper coil", "hormonal coil", "the coil", "mirena", "kyleena"),
    # Heartbreak as a figure of speech, not chest pain.
    "heartbreak": ("heartbroken", "heart broken", "broke my heart", "my heart is broken",
                   "heartbreak"),
    # --- probe 19 (from sv) ---
    # A bladder that feels about to burst while nothing comes out (acute urinary retention).
    "bladder_full": ("bladder ~ is|feels ~ going to|about to ~ burst|explode",
                     "bladder ~ bursting|burst|exploding", "bursting ~ to ~ pee|wee|go",
                     "bladder ~ is|feels ~ full|tight|swollen|distended",
                     # probes 22-23 (en): "my bladder is bulging"
                     "bladder ~ bulging|bulges|bulge|distended|swollen|hard"),
    # --- probe 21 (from en) ---
    # Between the shoulder blades or the upper back, where a heart attack can press.
    "shoulder_blade": ("shoulder blade*", "shoulderblade*", "scapula*", "interscapular",
                       "upper back"),
    # A dated episode in the past (last week, days ago), as opposed to one going on now.
    "past_episode": ("last week", "last weekend", "last month", "the other day", "the other week",
                     "days ago", "a week ago", "weeks ago", "earlier this year",
                     "earlier this month"),
    # "since last week" is a duration up to now, not a past episode.
    "dur_days": ("since|from ~ last ~ week|weekend|month", "since ~ the other day"),
    # A symptom that came back or is still there after it eased.
    "returned": ("came|comes|coming|come ~ back", "back again", "returned", "returning",
                 "recurred", "still there", "not gone", "started again", "starting again",
                 # probes 28-29 (from sv): "now it is back" (a pain "again" is derived)
                 "it is back", "it s back", "its back", "it was back"),
    # Now, at this moment.
    "now_word": ("now", "currently", "at the moment", "tonight", "still", "today",
                 "this morning|afternoon|evening"),
    # --- probe 21 (from fi) ---
    # A febrile convulsion (a seizure now; years ago, only history).
    "febrile_seizure": ("febrile seizure*", "febrile convulsion*", "febrile fit*"),
    # The breath and a word for sparse: slow breathing.
    "breath_word": ("breathing", "breaths", "breath", "breathes"),
    "sparse": ("infrequent", "far apart", "few and far between"),
    # Something went down the throat or the windpipe (with no voice or breath: choking).
    "throat_entry": ("went|gone|got ~ down|into ~ his|her|their|the|my ~ windpipe|airway",
                     "stuck in ~ his|her|their|the|my ~ throat|windpipe|airway"),
    # Choking with laughter is a figure of speech, not an airway.
    "laugh_idiom": ("choke|chokes|choking|choked ~ laughter|laughing",),
    # Smashing things, raging (with a threat: violence under way).
    "rampage": ("smashing|breaking|throwing|trashing ~ things|stuff|furniture|plates|windows",
                "smashed|broke|threw|trashed ~ things|stuff|furniture|plates|windows",
                "smashing|smashed|trashing|trashed|wrecking|wrecked ~ the ~ place|flat|house",
                "rampaging", "in a rage", "going berserk"),
    # Hiding or locked in from someone (with a threat: violence under way).
    "hiding_from": ("hiding in|under ~ the|a ~ bathroom|bedroom|closet|wardrobe|toilet|bed",
                    "locked in the ~ bathroom|bedroom|toilet", "behind a locked door",
                    "barricaded"),
    # Old, healed self-harm marks (not a fresh wound).
    "old_wound": ("healed cuts", "old cuts", "cuts are ~ old|healed"),
    # "Earache" in one word; no sound at all from a child who choked.
    "earache": ("earache", "earaches", "ear ache", "ear aches"),
    "cant_speak": ("no sound at all", "not making a sound|noise", "can't make a sound|noise",
                   "cannot make a sound|noise"),
    # --- probe 21 (from sv) ---
    # Angina: with nitro that does not help, a heart attack on its way.
    "angina": ("angina", "angina pectoris", "unstable angina"),
    # Vomit that smells or looks like faeces: a blocked bowel.
    "faecal_vomit": ("vomit*|sick|puke*|throwing ~ smells|smelled|smelling|smelt|smell|stinks|"
                     "stank ~ like|of ~ poo|poop|faeces|feces|stool|stools|sewage",
                     "vomiting|vomited|vomits|throwing up poo|poop|faeces|feces|stool",
                     "faecal|fecal|feculent|faeculent ~ vomit*|vomitus|material|matter"),
    # Which warning signs to watch for, asked as information.
    "symptom_question": ("warning sign*",
                         "symptoms|signs|symptom ~ look|watch|looking|watching ~ out|for",
                         "look|watch ~ out ~ for ~ symptoms|signs",
                         "what ~ symptoms|signs ~ should|to|do|must ~ look|watch|be|know"),
    # A bit of a splinter or a tick still stuck in: a remnant, not "not getting better".
    "remnant": ("piece|bit|part|tip|head ~ still ~ in|stuck|there|left|embedded",),
    # --- probes 22-23 (from en) ---
    # Walking gone: cannot walk straight, falling or veering to one side, walking as if drunk
    # (BE-FAST "balance"; with vertigo, double vision or vomiting, a stroke at the back of the
    # brain until shown otherwise).
    "ataxia": ("{CANT} ~ walk|walking ~ straight|steadily|steady",
               "keep|keeps|kept|keeping ~ falling|veering|leaning|tipping|toppling ~ to|towards|"
               "over ~ right|left|side",
               "falling|veering|leaning|tipping|toppling|drifting|lurching ~ to|towards ~ the ~ "
               "right|left|side",
               "walking|walks|walk|walked|staggering ~ like ~ drunk|drunken",
               "staggering", "staggers", "reeling", "lurching",
               "unsteady on ~ feet|legs", "no balance", "balance ~ gone|completely off"),
    # "400 V", "11 kV": a voltage written as a unit after the number.
    "volt_unit": ("v", "kv"),
    # The baby hardly moving in the womb (with a pregnancy named: not a baby's arm after a fall).
    "baby_moved_less": ("baby|babys|bump ~ hardly|barely|scarcely ~ moved|moving|kicked|kicking|"
                        "kicks|moves|move|kick",
                        "hardly|barely|scarcely ~ felt|feel|feeling ~ baby|kicks|kick|movement*"),
    # --- probes 22-23 (from fi) ---
    # An adrenaline pen given, said after the pen was named ("new EpiPen ... used it just now").
    # (A "|" list holds single words only.)
    "injected_it": ("jabbed|injected|used|stuck ~ it|him|her", "jabbed|injected|used ~ the ~ pen",
                    "jabbed|injected me", "into ~ his|her|my|their|the ~ thigh|leg",
                    "it's been used", "has been used"),
    # A reliever inhaler (not a steroid one), and how many times a day it is needed.
    "reliever": ("reliever", "relievers", "blue inhaler", "blue puffer", "salbutamol",
                 "ventolin*", "albuterol", "terbutaline", "bricanyl", "airomir"),
    "times_a_day": ("times ~ a|per|every ~ day|night", "times ~ daily|today|tonight",
                    "times ~ in ~ a ~ day",
                    # probes 28-29 (en): "my reliever twice a day instead of once a week"
                    "twice ~ a|per|every ~ day|night", "twice daily", "twice today",
                    # probes 30-31 (from sv): "need my ventolin every 4 hours"
                    "every ~ hour|hours", "hourly",
                    "times ~ an|per|every ~ hour"),
    # Croup that settles in cool air and then breathes normally: home care.
    "croup_settles": ("settles|settled|eases|eased|calms|calmed|improves|improved|better ~ "
                      "in|with|outside ~ the ~ cool|cold|fresh|night ~ air",
                      "cool|cold|fresh|night ~ air ~ helps|helped|settles|settled|calms|calmed",
                      "outside|outdoors ~ helps|helped|settles|settled|calms|calmed"),
    # A limb or joint that looks wrong (after a fall: out of joint or broken).
    "looks_odd": ("looks|looked|looking ~ odd|wrong|weird|strange|funny|misshapen|off|squared",
                  "at ~ an|a ~ odd|funny|strange|weird ~ angle", "out of shape"),
    # --- probes 22-23 (from sv) ---
    # Not bleeding much: no bleeding to count (a dog bite that gapes a little is still seen
    # today, but not 999).
    "bleed_little": ("not|never ~ bleeding|bled ~ much|heavily|badly|lot",
                     "hardly|barely ~ bleeding|bled"),
    # A referral (to a physio, a specialist): a booked visit, not self-care.
    "referral": ("referral*", "refer ~ me|him|her|us|them ~ to"),
    # Paralysed with fear or in front of the TV: a figure of speech, not paralysis.
    "paralysis_idiom": ("paralysed|paralyzed|paralysing|paralyzing ~ with|by ~ fear|panic|"
                        "terror|fright|anxiety|nerves|indecision|boredom",
                        "paralysed|paralyzed ~ in front of ~ tv|telly|television|computer|"
                        "screen|phone"),
    # --- probes 22-23 (from en) ---
    # Asking for a complaint to be checked: a booked visit is wanted, not home care alone.
    "wants_check": ("get|have|having|getting ~ it|this|them|that|these ~ checked|examined|looked",
                    "want|wants|wanted|like|should ~ checked|examined",
                    "check ~ if|whether ~ it|its|this|something"),
    # --- probes 24-25 (from en) ---
    # Suicide denied in so many words ("no plan to end her life"): the words after "no" are
    # not a suicide threat (a plain cue reaches only three words clearly).
    "suicide_denied": ("no|without|denies|denied|denying ~ plan|plans|intent|intention|"
                       "intentions|thoughts|wish ~ to|of ~ end|ending|kill|killing|take|taking ~ "
                       "life|herself|himself|myself|themselves|yourself",),
    # Medicines that lower the defences against infection (immunosuppressants, biologics,
    # drugs that can stop the white cells): a fever or sore throat is checked the same day.
    "immunosuppressed": ("methotrexate", "azathioprine", "mycophenolate", "cellcept",
                         "ciclosporin", "cyclosporin*", "tacrolimus", "sirolimus", "leflunomide",
                         "adalimumab", "humira", "etanercept", "enbrel", "infliximab",
                         "rituximab", "tocilizumab", "biologic", "biologics", "immunosuppress*",
                         "immunocompromised", "immune suppress*",
                         "weak|weakened|low|suppressed ~ immune system",
                         "weak|weakened|low|suppressed ~ immunity",
                         "kidney|liver|heart|lung|organ|marrow ~ transplant*",
                         "transplant patient", "carbimazole", "propylthiouracil", "clozapine",
                         "sulfasalazine", "sulphasalazine"),
    # After a meal (a big dinner, a party): a sugar reading that follows it.
    "after_meal": ("after ~ dinner|meal|meals|lunch|feast|buffet|cake|dessert|pudding|"
                   "takeaway|pizza|breakfast|supper|roast|eating|sweets|chocolate|sandwich",
                   "post meal", "postprandial"),
    # Drinking that is a habit or a worry (not one night's drinking and its hangover).
    "alcohol_habit": ("drinks every day", "drinking too much", "drinking problem",
                      "drink|drinks|drinking ~ too much", "alcoholic*", "alcoholism",
                      "every|each ~ day|night|weekend|morning|evening", "daily",
                      "most ~ days|nights|weekends", "my|his|her|their drinking",
                      "cut|cutting ~ down|back", "worried|worry|worrying|concerned ~ drinking",
                      "can not stop drinking"),
    # --- probes 24-25 (from sv) ---
    # Blood from the ear (after a blow to the head or a crash: a skull-base fracture).
    "ear_bleed": ("blood|bleeding|bled ~ from|of ~ ear|ears", "ear|ears ~ bleeding|bled|bleeds",
                  "bloody ~ ear|ears", "blood in ~ ear|ears"),
    # Pain or pressure that does not ease with rest: not a strained muscle.
    "rest_no_relief": ("despite|though|although ~ resting|rested|rest",
                       "rest|resting ~ not ~ help|helping|helped|helps|ease|eased|easing",
                       "not ~ eased|easing|settled|settling|better|gone ~ with|by|after ~ "
                       "rest|resting",
                       "even after ~ resting|rested|rest",
                       "not ~ easing|eased|settling|settled|better|going|gone|improving ~ "
                       "despite|though|although ~ rest|resting|rested"),
    # A whole pack bought or collected (not taken): a purchase, not an overdose.
    "pack_bought": ("bought|buy|buying|got|picked ~ a|an ~ whole|entire|full ~ "
                    "strip|packet|pack|box|bottle|tub|blister",),
    # One tablet too many by mistake ("3 instead of 2"), not an overdose.
    "one_extra_dose": ("instead of ~ one|two|1|2", "one|1 too many", "one|an|1 extra",
                       "one|an|1 ~ extra ~ tablet|pill|dose|capsule"),
    # Common painkillers sold over the counter.
    "otc_painkiller": ("ibuprofen", "paracetamol", "acetaminophen", "nurofen", "panadol",
                       "calpol", "tylenol", "advil", "motrin", "anadin"),
    # Ketones (a reading; the number says whether they are high).
    "ketone_word": ("ketone*", "ketonaemia", "ketonemia"),
    # --- probes 24-25 (from fi) ---
    # One arm sinks when both are held up (the FAST arm test): a stroke sign.
    "arm_drift": ("arm ~ drift|drifts|drifted|drifting|sinks|sank|sinking|sags|sagged|sagging",
                  "arm ~ drops|dropped|dropping|falls|fell|falling|flops|flopped ~ down"),
    # "Can't tell if he's breathing": whether someone who went down is breathing at all.
    "breath_unsure": ("not|t|cannot|cant|unsure|dont|doesnt ~ if|whether ~ breathing|breathes|"
                      "breathin",),
    # Foam or froth at the mouth (with shaking: a fit).
    "foam_mouth": ("foam*|froth* ~ mouth|lips",),
    # Driving into a tree or a wall (said with wanting to die: a method).
    "drive_into": ("drive|drives|driving|drove|driven|crash|crashing|steer|steering|swerve ~ "
                   "into ~ tree|wall|bridge|lorry|truck|oncoming|river|lake|sea|cliff|pillar",
                   "drive|drives|driving|drove ~ off ~ bridge|cliff|pier"),
    # A cleaning product (an oven or drain cleaner is caustic in the eye).
    "cleaning_agent": ("cleaner", "cleaners", "cleaning product*", "cleaning spray*",
                       "cleaning fluid*", "detergent*", "degreaser*"),
    # A belly that bulges (with no urine for hours: a full bladder).
    "bulge_word": ("bulging", "bulges", "bulged", "distended", "distension", "sticking out"),
    # Asking for sick leave or a certificate: a booked visit (being on it already is not).
    "sick_leave": ("sick note*", "sicknote*", "sick leave", "fit note*", "doctor ~ note",
                   "medical certificate*", "signed off ~ work"),
    "on_sick_leave": ("on sick leave", "off sick"),
    # Whom to talk to about it: a contact is wanted.
    "who_to_contact": ("who ~ should|do|can|could ~ i ~ talk|speak|contact|call|ask|see",
                       "who to ~ talk|speak|contact|call|ask"),
    # The palm (a blistered burn there is seen, whatever its size).
    "palm": ("palm", "palms"),
    # "Forgot": with a medicine word, a missed dose.
    "forgot_word": ("forgot", "forgotten", "forget", "forgetting"),
    "med_word": ("medicine*", "medication*", "meds", "dose", "doses", "inhaler*"),
    # An attack or a fit: a forgotten dose is then not a simple question.
    "attack_word": ("attack", "attacks", "episode", "episodes"),
    # Shift work and a sleep rhythm out of joint.
    "shift_work": ("night shift*", "nightshift*", "shift work*", "shiftwork*", "early shift*",
                   "late shift*", "morning shift*", "rotating shift*", "sleep rhythm",
                   "body clock", "sleep schedule", "working nights"),
    # Feeling well again (after a treated low sugar).
    "feel_fine": ("feel|feeling|feels|felt fine|ok|okay|good|normal|well|alright|great",),
    # "Work is killing me": a figure of speech, not a threat or a wish to die.
    "killing_me_idiom": ("work|job|boss|stress|kids|back|knee|head|heat|exams|commute ~ "
                         "killing me",),
    # Small: the size of a coin or a pea (a burn smaller than the palm is treated at home).
    "small_size": ("size ~ coin|pea|penny|fingernail|thumbnail|5p|10p|20p",
                   "coin|pea|penny|fingernail|thumbnail ~ sized|size",
                   "smaller than ~ coin|penny|palm|fingernail|thumbnail|5p|10p"),
    # --- probes 26-27 (from en) ---
    # A breathing tube in the neck (a tracheostomy, or a neck breather after a laryngectomy).
    "tracheostomy": ("tracheostomy", "tracheostomies", "tracheotomy", "trach", "trachs",
                     "trachy", "trachie", "trachi", "trache", "laryngectomy", "laryngectomee",
                     "neck stoma", "neck breather", "breathing tube in ~ neck|throat"),
    # The tube blocked, plugged or out, or the suction catheter will not pass.
    "tube_blocked": ("blocked", "blockage", "clogged", "plugged", "occluded", "mucus plug*",
                     "plug of mucus", "suction|catheter ~ not ~ go|pass|get|going",
                     "fell|fallen|came|come|pulled|popped|slipped ~ out", "dislodged",
                     "displaced"),
    # A seizure that starts again before the person has come round (status epilepticus).
    "seizure_repeat": ("another one ~ started|starting|began|begins|starts|came|coming",
                       "before ~ came|come|woke|coming|waking ~ round|to|up",
                       "not ~ woke|woken|came|come|recovered|waking ~ up|round|to ~ between",
                       "not ~ woke|woken|came|come|recovered|waking ~ in between",
                       "without ~ waking|coming ~ up|round|to ~ between",
                       "one after another", "one after the other", "back to back"),
    # "Haven't felt anything since this morning" (with a kick word: a baby gone quiet).
    "felt_nothing": ("not ~ felt|feel|feeling|noticed|noticing ~ anything|him|her|them since",
                     "not ~ felt|feel|feeling|noticed|noticing ~ anything|him|her|them today",
                     "not ~ felt|feel|feeling|noticed|noticing ~ anything|him|her|them all day",
                     "felt|feeling|noticed ~ nothing ~ since|today|all"),
    # "70 breaths per minute": the number before it is a breathing rate.
    "rr_unit": ("breaths per|a|each|every ~ minute|min", "breaths min", "breaths pm",
                "breaths minute"),
    # A device's reading: "the saturation on the home monitor is 89".
    "reading_word": ("monitor", "monitors", "reading", "readings", "reads", "read out",
                     "readout", "display*", "screen", "showing", "shows", "showed"),
    # Mum, dad, a grandparent or a spouse: "Mum 82 fell" gives her age.
    "age_person": ("mum", "mom", "mother", "dad", "father", "nan", "nana", "gran", "granny",
                   "grandma", "grandmother", "grandad", "granddad", "grandpa", "grandfather",
                   "husband", "wife", "partner", "neighbour", "neighbor", "aunt", "uncle"),
    # A baby bringing up a little milk after feeds (posseting): normal when they gain weight.
    "posseting": ("spits|spit|spitting|brings|bringing|brought ~ up ~ milk|feed|feeds|formula",
                  "spits|spit|spitting ~ up ~ after ~ feed|feeds|feeding|feedings",
                  "possets", "posseting", "posset", "milky sick"),
    # A hot-water bottle or a heat pad: a home remedy, not a burn.
    "heat_pack": ("hot water bottle*", "hot-water bottle*", "heat pad*", "heating pad*",
                  "heat pack*", "wheat bag*", "wheat pack*", "microwave heat*"),
    # Peeling or chopping food: a kitchen task, not peeling skin or passing water.
    "kitchen_task": ("peeling|peel|peeled|chopping|chopped|slicing|sliced|cutting|dicing ~ "
                     "potato|potatoes|spud|spuds|carrot|carrots|apple|apples|onion|onions|veg|"
                     "vegetables|vegetable|fruit|orange|oranges|cucumber|bread|meat",),
    # Blood through towels or several dressings: heavy bleeding (pads are a period's own rule).
    "heavy_bleed": ("bled|bleeding|bleeds|soaked|soaking|seeped|seeping|leaked|leaking ~ through ~ "
                    "towel|towels|bandages|dressings|cloths|shirt|tshirt|jumper|sheets",
                    "gone|going|went|used ~ through ~ towels|bandages|dressings|cloths",
                    "towel|towels ~ soaked|soaking|drenched ~ in|with ~ blood"),
    # "Tried a cold drink": a cold thing, not a cold (the illness).
    "cold_remedy": ("a|some|with cold|iced drink|drinks|glass|juice|compress|flannel|pack|cloth|"
                    "shower",),
    # Oxygen as a treatment at home (a number after it is not a saturation reading).
    "home_oxygen": ("on|home|uses|using|needs ~ oxygen", "oxygen at home", "oxygen concentrator*",
                    "oxygen therapy", "oxygen cylinder*", "oxygen tank*"),
    # White skin in a burn (a deep burn, NHS: A&E for white or charred skin).
    "white_colour": ("white", "whitish", "white-ish", "waxy white"),
    "white_skin": ("white in places", "white in parts", "white in patches",
                   "white in the ~ middle|centre|center"),
    # --- probes 26-27 (from fi) ---
    # Kept in by the one who threatens: the door locked, not let out, the phone taken.
    "confined": ("locked ~ the|me|us ~ door|in|inside",
                 "not|wont|won't|doesnt|doesn't ~ let ~ me|us ~ leave|out|go",
                 "took|taken|hid|hidden|smashed ~ my ~ phone|mobile"),
    # Weepy in the first days after a birth (the baby blues; not low mood or despair).
    "tearful": ("weepy", "teary", "crying ~ for no ~ reason", "cry|crying ~ at ~ everything"),
    # Asking for an appointment or for help with the complaint: a booked visit is wanted.
    "wants_visit": ("can|could|may ~ i|we ~ get|have ~ help|treatment ~ for|with ~ this|it|that",
                    "need|want|like ~ to book|make ~ an|a ~ appointment"),
    # Not wanting to be a burden to anyone (said with a gun or saved pills at hand: a rule).
    "burden_talk": ("burden ~ to|on ~ anyone|anybody|everyone|everybody|family|kids|children|"
                    "others", "be a burden", "being a burden"),
    # --- probes 26-27 (from sv) ---
    # Breastfeeding: a red, hard breast is mastitis, not the chest.
    "breastfeeding": ("breastfeeding", "breast-feeding", "breastfeed*", "breast feeding",
                      "nursing mother", "nursing my baby"),
    # Dark, purple or blood-filled blisters on a red, swollen limb: necrotising infection.
    "dark_blisters": ("dark|black|purple|purplish|dusky|bloody ~ blisters|blebs|bullae",
                      "blood filled ~ blisters|blebs",
                      "haemorrhagic|hemorrhagic ~ blisters|bullae"),
    # Lochia: the bleeding and discharge in the weeks after a birth.
    "lochia_word": ("lochia",),
    # Lives alone: how someone lives, not loneliness.
    "lives_alone": ("lives|living|live ~ alone", "lives|living|live ~ by ~ himself|herself|myself",
                    "lives|living|live ~ on ~ his|her|my ~ own"),
    # --- probes 28-29 (from fi) ---
    # A kettle, teapot or pan pulled or tipped over someone: a scald, whatever the word for burn.
    "burn": ("pulled|knocked|tipped|yanked|dragged ~ kettle|teapot|saucepan|pan|coffeepot|"
             "cafetiere|pot ~ over|onto|on ~ himself|herself|themselves|him|her|me|myself",),
    # A letter written, or messages to everyone: with pills laid out at hand, a farewell.
    "letters_written": ("wrote|written|writing|write ~ messages|texts ~ to ~ everyone|everybody",
                        "letter ~ is ~ written"),
    # A pain that was there last season ("had chest pain in the spring"): history, so the phrase
    # takes the pain word away (a pain now is read apart).
    "past_symptom": ("had ~ pain|pains|symptoms|episode|episodes ~ in|during|over ~ spring|summer|"
                     "autumn|fall|winter",),
    # Laid out within reach ("the pills are here next to me").
    "at_hand": ("next to me", "in front of me", "beside me", "by my bed", "in my hand",
                "here on the table", "laid out", "lined up", "within reach"),
    # Several whole packs swallowed ("took two boxes of paracetamol"): a large overdose.
    "packs_taken": ("took|taken|swallowed|ate|eaten|downed ~ two|three|four|five|several|2|3|4|5 ~ "
                    "packs|packets|boxes|bottles|tubs|strips|blister|blisters|sheets|jars",),
    # Packed for a trip: tablets carried, not swallowed.
    "carry_along": ("with me", "with us", "for the trip", "on holiday", "just in case", "packed",
                    "in my bag"),
    # Asking whether a medicine's dose should change: a question for a professional.
    "dose_question": ("should|could|can|do ~ i|we|she|he ~ change|adjust|reduce|lower|increase|"
                      "raise|alter ~ dose|doses|dosage|insulin|basal|bolus",
                      "change|adjust|reduce|lower|increase|raise|alter ~ the|my|her|his ~ dose|"
                      "dosage|insulin", "dose adjustment", "dose change"),
    # A week number named alone ("Week 33,"): how far along a pregnancy, or a calendar week.
    "week_number": ("week 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42",),
    # --- probes 28-29 (from sv) ---
    # A plan to take all of one's tablets ("I'm planning to take all my sleeping pills").
    "plan_take_all": ("planning|plan|planned|going|intend|intending|decided|gonna ~ take|"
                      "swallow ~ all|every",),
    # A pack of tablets ("all the blister packs"); "take" is also "bring", so only pill packs.
    "pill_pack": ("blister pack*", "pill bottle*", "pill box*", "pillbox*"),
    # When in the day a dose is taken ("all my tablets in the morning"): a schedule.
    "dose_timing": ("in the morning", "in the evening", "with breakfast", "at breakfast",
                    "with food", "with meals", "before meals", "after meals", "instead",
                    "morning and evening", "morning and night"),
    # "How long should she stay home?": a question about time, not a long illness.
    "how_long": ("how long",),
    # "Unlike her usual migraines": not the known pattern.
    "unlike_usual": ("unlike ~ usual|typical|normal", "not usual", "not typical",
                     "not ~ her|his|my|their|the|your ~ usual|typical",
                     "not like ~ usual|normal|before|her|his|my", "different from ~ usual|typical"),
    # "I had chest pain last week": a past tense (with a past episode, derived).
    "had_word": ("had",),
    # Only licked or tasted, then spat out ("licked a dishwasher tablet and spat it out").
    "lick_word": ("licked", "licking", "licks", "tasted", "sucked on", "sucking on"),
    "spat_out": ("spat|spit|spits|spitting ~ out",
                 "took|pulled|got|fished|taken ~ out ~ of ~ mouth"),
    # "Again": near a pain word (derived), the pain has come back.
    "again_word": ("again", "once more"),
    # Seen for it already, or a follow-up wanted ("went to A&E", "book a follow-up").
    "care_visit": ("went|been|was|were|attended|visited ~ a e",
                   "went|been|was|were|attended|visited ~ er|hospital|emergency|casualty|gp|"
                   "doctor|doctors|clinic",
                   # probes 30-31 (en): "went to päivystys last week" (fi/sv words mixed in)
                   "went|been|was|were|attended|visited ~ päivystys*|paivystys*|päivystyk*|"
                   "terveyskeskus*|akuten|akutmottagning*|vårdcentral*|ed|ae",
                   "follow-up", "follow up", "followup", "checked out", "was seen"),
    # Warmed up again: fingers or toes that went white in the cold and came back.
    "rewarmed": ("warmed", "rewarmed", "thawed", "warming them", "warm again",
                 "came ~ in ~ warm|warmth"),
    # "Feeling better already": getting better.
    "improving": ("feeling|feel|feels ~ better", "already better"),
    # "Stubbed my toe": a knock.
    "minor_knock": ("stubbed", "stubbing", "stub ~ my|his|her ~ toe|toes"),
    # A day in the sun or the heat ("after a day in the sun at the beach").
    "heat_day": ("in the sun", "in the heat", "sunbathing", "sunbathed", "at the beach",
                 "on the beach", "heatwave", "hot day", "hot weather", "blazing sun",
                 "scorching"),
    # --- probes 28-29 (from en) ---
    # Gnawing or chewing on things: with drooling in a baby, teething (a derived concept).
    "gnaw": ("gnaw", "gnaws", "gnawing", "gnawed", "chomping", "mouthing"),
    # Asking what the signs of something are, or what to look out for: information, not a
    # complaint (a self-care answer when nothing is wrong now).
    "info_question": ("what ~ signs|symptoms ~ of|to|are|should", "warning signs of",
                      "signs and symptoms of", "what should ~ we|i|you|they ~ look|watch ~ for",
                      "look|looking|watch|watching ~ out ~ for",
                      "how ~ do|can|would ~ we|i|you|they|one ~ recognise|recognize|spot|tell",
                      "how to ~ recognise|recognize|spot"),
    # A runner or other endurance athlete: a slow pulse at rest is usually their fitness.
    "athlete": ("athlete", "athletes", "athletic", "marathon*", "triathlet*", "triathlon*",
                "ultramarathon*", "endurance", "runner", "cyclist",
                "run|running|cycle|cycling|swim|swimming|train|training ~ every day|daily",
                "very fit", "really fit"),
    # Skin not broken by a bite (the same phrases as skin_intact, without "missed").
    "skin_unbroken": ("no marks", "no bite marks", "no puncture marks", "no fang marks",
                      "didn't break the skin", "did not break the skin", "skin is intact",
                      "skin ~ not ~ broken",
                      "not ~ break|broken|broke|pierce|pierced|puncture|punctured ~ skin",
                      "skin ~ not ~ broke|pierced|punctured", "skin intact", "skin still intact",
                      "no broken skin"),
    # --- probes 30-31 (from sv) ---
    # The tetanus jab mentioned with a wound ("not sure when I last had a tetanus shot").
    "tetanus_jab": ("tetanus*", "lockjaw ~ jab|shot|vaccine|booster", "dtap", "tdap"),
    # --- probes 30-31 (from en) ---
    # The poison information line or centre: a service called, not a poison swallowed.
    "poison_centre": ("poison|poisons ~ info|information|centre|center|control|line|helpline|"
                      "hotline|unit|advice", "poison information*", "toxbase"),
    # --- probe 32 (from sv) ---
    # A skin abscess or boil: with a fever it is seen the same day (NHS: skin abscess).
    "abscess": ("abscess*", "a boil", "big|painful|huge|large|infected boil", "boil on|under",
                "boils on|under", "furuncle*", "carbuncle*", "pus-filled lump*",
                "pus filled lump*"),
    # --- probe 32 (from en) ---
    # A kidney or ureter stone (known or suspected): with a fever, an infected blocked kidney.
    "kidney_stone": ("kidney stone*", "renal stone*", "ureteric stone*", "ureter stone*",
                     "renal colic", "kidney colic", "nephrolith*", "urolith*",
                     "stone* in ~ kidney|kidneys|ureter|tube",
                     "kidney|kidneys ~ stone|stones"),
    # So many mornings, afternoons or days a week: how often (next to a symptom, it recurs).
    "per_week": ("mornings|afternoons|evenings|nights|days a|per|every|each week|month",
                 "mornings|afternoons|evenings|nights|days in a week|month"),
}
# fmt: on
