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
    "long_ago": (# probe 15 (sv): an overdose a year ago is a past event, not a poisoning now.
                 "överdos*|överdoserade|överdoserat ~ för ~ år|månader ~ sedan|sen",
                 "överdos*|överdoserade|överdoserat ~ i ~ fjol|somras|vintras|våras|höstas",
                 "överdos*|överdoserade|överdoserat ~ förra ~ året|sommaren|vintern|våren|hösten",
                 "år sedan", "år sen", "månader sedan", "månader sen", "som barn", "som liten",
                 "i fjol", "för länge sedan", "för länge sen",
                 "förra sommaren|vintern|våren|hösten|året",
                 "i somras", "i vintras", "i höstas", "i våras", "för flera år",
                 # probe 13 (sv): weeks ago, and an accident last summer (not a crash now)
                 "tre|fyra|fem|sex|sju|åtta|3|4|5|6|7|8 ~ veckor ~ sedan|sen",
                 "en månad ~ sedan|sen", "förra månaden",
                 "bilolycka*|trafikolycka*|olycka|olyckan|krock*|krockade|kollision*|påkörd|"
                 "motorcykelolycka*|cykelolycka*|whiplash* ~ i ~ somras|vintras|"
                 "våras|höstas|fjol",
                 "bilolycka*|trafikolycka*|olycka|olyckan|krock*|krockade|kollision*|påkörd|"
                 "motorcykelolycka*|cykelolycka*|whiplash* ~ förra ~ året|"
                 "sommaren|vintern|våren|hösten",
                 "bilolycka*|trafikolycka*|olycka|olyckan|krock*|krockade|kollision*|påkörd|"
                 "motorcykelolycka*|cykelolycka*|whiplash* ~ för ~ år|månader ~ "
                 "sedan|sen",
                 # probes 26-27 (sv): "feberkramp när hon var ett år, nu är hon fem"
                 "när|då ~ var ~ liten|små|ung|yngre|barn|bebis|baby|spädbarn|tonåring|tonåren|"
                 "ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|1|2|3|4|5|6|7|8|9|10 ~ år|årig|åring",
                 "när|då ~ var ~ liten|små|ung|yngre|barn|bebis|baby|spädbarn|tonåring",
                 "som bebis|baby|spädbarn|tonåring|småbarn"),
    "farewell": ("avskedsbrev*", "breven är skrivna", "brevet är skrivet",
                 "skrivit ~ brev|breven|avskedsbrev", "skrev ~ brev|breven|avskedsbrev",
                 "brev till ~ familjen|barnen|mamma|pappa|frun|mannen", "sagt adjö",
                 "tagit farväl", "tar farväl", "gett bort ~ mina|sina",
                 # probes 24-25 (from en): "sms:ade hejdå till mig"
                 "sms|smsade|smsat|messade|messat|skickade|skickat|skrev|skrivit ~ hejdå|"
                 "adjö|farväl"),
    "jump": ("hoppa", "hoppar", "hoppade", "hoppat", "kasta mig", "kasta sig"),
    "high_place": ("bron", "bro", "broar", "bron över", "taket", "balkong*", "stupet", "stup",
                   "klippan", "översta våningen", "höghus*", "tornet",
                   # probe 13 (sv): the same words as at_height, which claims them
                   "står|sitter|klättrat|klättrade|stod|satt ~ på|vid|över|utanför ~ räcket|"
                   "kanten|broräcket|balkongräcket|takkanten|stupkanten|klippkanten|bron|taket",
                   "femte|sjätte|sjunde|åttonde|nionde|tionde|elfte|tolfte|översta|högsta ~ "
                   "våningen|våning"),
    "long_lie": ("hittade|hittades|hittat ~ på ~ golvet|marken",
                 "legat på ~ golvet|marken", "ligger på golvet ~ sedan|hela|timmar",
                 "hittade|hittades|hittat ~ på golvet|på marken", "låg på golvet",
                 # probe 13 (sv): "har legat där sen igår kväll"
                 "legat där ~ sen|sedan|hela|över|i ~ natten|igår|timmar|kvällen|"
                 "morgonen|natt|flera",
                 # probes 22-23 (sv): "vet inte hur länge hon legat där"
                 "hur länge ~ legat där|så", "hur länge ~ legat på ~ golvet|marken|backen",
                 "hur länge ~ han|hon|hen ~ låg där"),
    "cant_get_up": ("kan|kunde ~ {NEG} ~ stå", "kommer|kom ~ {NEG} ~ upp",
                    "kan|kunde|orkar ~ {NEG} ~ resa sig", "kan|kunde|orkar ~ {NEG} ~ ta sig upp",
                    # probe 21 (sv): "orkar plötsligt inte stå upp alls"
                    "orkar|orkade ~ {NEG} ~ stå"),
    "tongue_bite": ("bet mig i ~ tungan|läppen|kinden", "bet sig i ~ tungan|läppen|kinden"),
    "adrenaline_used": ("tog|gav|använde|satte ~ adrenalin*|epipen*",),
    "cord_prolapse": ("ser navelsträngen", "navelsträngen ~ syns|hänger|ute",
                      "navelsträng* ~ ut|utanför|kommit|kommer|sticker|framfall",  # probe 13
                      "navelsträngsframfall*"),
    "static": ("statisk", "statiska", "statisk elektricitet"),
    "kill_word": ("döda", "mörda", "knivhugga", "skada",
                  # probes 30-31 (sv): "pratar om att grannarna ska dö" (said by someone psychotic)
                  "grannarna|grannen|grannar|alla|dom|folk|familjen|frun|mannen|barnen|mamma|"
                  "pappa|polisen ~ ska|skall|måste|förtjänar|borde ~ dö"),
    "submersion": ("under vattnet", "gick under",
                   "föll|ramlade|trillade|halkade ~ i ~ vattnet|sjön|havet|poolen|ån|älven|"
                   "bassängen",
                   "låg i vattnet", "under ytan", "flöt ~ med ansiktet|livlös"),
    "scar": ("ärr", "ärret", "ärrvävnad"),
    "scratch": ("kliade", "kliat", "rispa*", "rev mig", "rivit"),
    "airway": ("rökförgift*", "rökskad*", "svedda ~ ögonbryn*|ögonfransar", "sotig*",
               "ögonbrynen ~ svedda|brända", "flammade upp ~ ansiktet", "lågor ~ ansiktet",
               "andats in rök",
               "fick i mig ~ rök|röken|brandrök", "andades|andats ~ in ~ rök|röken|brandrök",
               "svarta|sotigt|sotiga ~ slem|loskor|upphostningar",
               "rök ~ i ~ lungorna",
               "andades|andats|andas|andat ~ in ~ rök|röken|brandrök|sot|brandröken",
               "rökinandning*", "svart|sotigt|sotig|grått slem|snor",
               "sot i ~ näsan|munnen|slemmet",
               "hostar ~ upp ~ sot"),
    "chest_pain": ("håller sig om bröstet", "håller ~ om bröstet", "tar sig om bröstet",
                   "tar sig för bröstet", "håller|höll|tar|tog|hållit ~ sig för|om bröstet|hjärtat",
                   "håller|höll|trycker|tryckte ~ handen|händerna|handflatan ~ mot|på|över ~ "
                   "bröstet|hjärtat"),

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
                "plusgrader", "i skuggan", "grader ute", "ute är", "-vaden", "-vaderna", "-vadens"),
    "high_voltage": ("volt", "volts", "voltsk*", "kilovolt*", "blixt*", "högspänning*",
                     "kraftledning*", "luftledning*", "kontaktledning*"),
    "electric": ("volt", "volts", "fått en stöt", "fått en elstöt", "fått ström",
                 "kraftledning*", "stöt från ~ eluttag*|uttaget|ledning*|sladd*|kabel*|elen"),
    "deliberate": ("med flit", "med avsikt", "avsiktligt", "medvetet"),
    "u_piece": ("st", "stycken", "styck"),
    "tablet_word": ("*medicin", "*mediciner", "*medicinen", "*medicinerna",
                    "*tablett*", "sömnmedel", "treo", "citodon", "tramadol*", "dosett*",
                    "stesolid*", "oxascand*", "sobril*", "imovane*", "zopiklon*", "propavan*",
                    "atarax*", "lyrica*", "pregabalin*", "oxycontin*", "oxynorm*", "morfin*",
                    "kodein*", "citalopram*", "sertralin*", "paracetamol*", "ibuprofen*",
                    "diazepam*", "lergigan*", "theralen*", "bensodiazepin*", "voltaren*",
                    "medicinask*", "tablettask*",
                    "antidepressiv*", "lugnande", "sömnpiller", "neuroleptik*", "litium*"),
    "overdose_large": (  # probe 17 (sv): "tog typ 10 av mammas sömntabletter"
        "10|12|14|15|16|20|25|30|tio|tolv|femton|tjugo|trettio ~ av ~ *tabletter|"
        "*tabletterna|*piller|*pillren|*medicin|tabletter|piller",
# probe 15 (sv): "druckit hela flaskan med sömnmedicin"
                       "druckit|drack|tagit|tog|svalt|svalde|ätit|åt|tömde|tömt ~ hela ~ flaskan|"
                       "burken|kartan|asken|förpackningen|paketet|dosetten|tuben",
                       "näve|handfull|nävar ~ tabletter|piller|alvedon|panodil|treo|"
                       "sömntabletter|värktabletter",
                       # probes 24-25 (from en): "tog en stor mängd alvedon och ipren"
                       "tog|tagit|svalde|svalt|åt|ätit|käkade|knaprade ~ stor|stort|stora|"
                       "väldig|väldigt|jättestor|massa ~ mängd|antal|mängder|massa ~ *tablett*|"
                       "piller|pillren|alvedon|ipren|panodil|treo|*medicin*|paracetamol|"
                       "ibuprofen|sömnmedel|värktabletter",
                       "tagit|tog|ta|svalt|svalde|ätit|åt ~ allt|alla|hela ~ på en gång",
                       "tagit|tog|svalt|svalde ~ allt|alla|hela ~ på en och samma gång",
                       "tagit|tog|svalt|svalde|ätit ~ alla ~ sömntablett*|sömnpiller|värktablett*|"
                       "alvedon*|panodil*|stesolid*|*tabletterna|pillren",
                       # probe 13 (sv): "tog alla mina antidepressiva"
                       "tagit|tog|svalt|svalde|ätit ~ alla ~ mina|sina|hennes|hans ~ "
                       "antidepressiv*|*tabletter|*tabletterna|piller|pillren|*mediciner|"
                       "*medicinerna|lugnande|sömnpiller"),
    "double_dose": ("tog ~ två gånger|dubbelt", "dubbel ~ dos|doser|dosen"),
    # Threatening someone, not "smärtan dödar mig".
    "threat_kill": ("mörda*", "hotar", "hotade", "hotat",
                    "döda|dödar ~ oss|dig|honom|henne|alla|någon|barnen|mamma|pappa"),
    # Something burning indoors: carbon monoxide when people feel ill near it.
    "combustion": ("motorn ~ igång|på|gick", "avgas*",
                   "gaspann*", "gasspis*", "gasvärmare", "gasläck*", "kamin*", "braskamin*",
                   "vedspis*", "öppen spis", "spjäll*", "avgas*", "elverk*", "gasol*", "fotogen*",
                   "grillen|grill|kolgrill* ~ inne|inomhus", "luktar gas", "gaslukt*",
                   "grillat|grillade|grilla|grillar ~ inne|inomhus",
                   "lukt av gas", "gasläcka"),
    "several_people": ("alla i familjen", "hela familjen", "vi alla", "allihop", "båda",
                       "alla", "flera av oss",
                       "alla i ~ stugan|huset|lägenheten|bilen|rummet", "hela sällskapet"),
    "becoming": ("blir", "blev", "blivit", "börjar bli"),
    "crash": ("krasch*", "vurpa*", "kolliderade", "kollision*", "körde av vägen", "voltade",
              "cyklade|åkte|körde ~ omkull|ikull",
              "ramlade|föll|vurpade ~ med ~ cykeln|mopeden|motorcykeln|sparkcykeln|elsparkcykeln",
              "styret ~ i ~ magen|bröstet|sidan",
              # probes 24-25 (sv): "mopoolycka, min kompis åkte av"
              "mopoolyck*", "mopedolyck*", "moppeolyck*", "cykelolyck*", "bilolyck*",
              "motorcykelolyck*", "mcolyck*", "trafikolyck*", "skoterolyck*", "snöskoterolyck*",
              "fyrhjulingsolyck*", "sparkcykelolyck*", "elsparkcykelolyck*",
              "mc|moped|moppe|mopo|bil|cykel|trafik olycka|olyckan", "mopedkrasch*",
              "moppekrasch*", "mopokrasch*", "cykelkrasch*", "mckrasch*", "bilkrasch*",
              "åkte|flög|for|ramlade|trillade ~ av ~ mopeden|moppen|mopon|cykeln|motorcykeln|"
              "skotern|sparkcykeln|elsparkcykeln|fyrhjulingen"),
    "trauma_major": (  # probe 17 (sv)
        "rullade|körde|backade ~ över ~ benet|ben|foten|honom|henne|barnet|lillebror*|"
        "lillasyster*|sonen|dottern", "överkörd*", "blev påkörd*", "påkörd av", "hög fart",
        "full fart", "höga hastigheter", "krosskad*",
                     "krossad|krossades|krossats|mosad|mosades ~ arm|armen|ben|benet|handen|foten|"
                     "bröstkorgen|bäckenet",
                     "armen|benet|handen|foten|bröstkorgen|bäckenet ~ krossad|krossades|krossats|"
                     "mosad|mosades",
                     "fick|fastnade ~ armen|handen|benet|foten|håret ~ i ~ maskinen|valsen|kvarnen|"
                     "pressen|transportbandet|maskin|maskinen"),
    "graze": ("skrap*", "skrubbade", "skrubbat"),
    "drowsy": ("svår|svårt ~ att väcka", "svår|svårt ~ att hålla vaken",
               "{NEG} ~ vill vakna ordentligt", "vaknar {NEG} ordentligt",
               "svår|svårt ~ att få vaken",
               "sover ~ så ~ djupt ~ att"),  # probe 13 (sv)
    "can_walk": ("kan stå på", "kan belasta", "kan stödja på", "går på den", "kan gå på"),
    "allergy": ("*allergi*", "*allergisk*"),
    # "käka" folds to "kaka": cake, biscuits and tiles are not the jaw.
    "jaw": ("-kaka*", "-kakor*", "-kakel*"),
    "choking": ("fick ~ vindruv*|druv*|godis*|karamell*|nöt*|korvbit*|mynt*|leksak*|bit ~ i halsen",
                # probe 13 (sv): "har fått en nöt i halsen"
                "fått|får ~ vindruv*|druv*|godis*|karamell*|nöt*|korvbit*|mynt*|leksak*|bit|"
                "köttbit* ~ i halsen|luftstrupen",
                "fastnat i halsen", "sitter fast i halsen", "i luftstrupen",
                "fastnade ~ i halsen|luftstrupen"),

    # --- probe 9: situations again: CPR under way, a child into someone's tablets, a scald ---
    "cpr": ("hjärt-lungräddning", "hjärtlungräddning", "hlr", "återuppliv*", "hjärtkompression*",
            "defibrillator*", "hjärtstartare*", "gör kompressioner"),
    # "ätt" folds to "att" (to), the commonest word there is: not an eating word.
    "eat_word": ("ätit", "åt", "smakat", "smakade", "stoppat i sig", "fått i sig",
                 "tuggat", "tuggade"),
    "liquid": ("olja", "oljan", "*olja", "frityr*", "kaffe*", "te", "teet", "soppa*", "fett",
               # probes 28-29 (from fi): hot water, milk, porridge, a teapot or a kettle
               "vatten", "vattnet", "*vatten", "mjölk*", "gröt*", "tekann*", "vattenkokar*"),
    "spill": ("rann", "spillde", "spilldes", "spillt", "stänkte", "över", "välte", "hällde",
              "skvätte"),
    "burn_deep": ("läderaktig*", "förkolnad*", "vaxartad*"),
    "training": ("hlr ~ kurs*|utbildning*", "första hjälpen ~ kurs*|utbildning*",
                 "kurs*|utbildning* ~ i|om ~ första|hlr|hjärt|livräddning",
                 "kurs", "kursen", "*kurs", "*kursen", "utbildning*", "*utbildning"),
    "own_dose": ("tar|tog|tagit ~ sin|sina ~ *medicin|*mediciner|*tabletter|medicinen",),
    "slow_speech": ("pratar ~ långsamt", "talar ~ långsamt", "långsamt tal", "sluddrigt"),
    # --- symtomkontrollens fallbeskrivningar: resa, ett barns blodiga diarré, inhalator ofta ---
    "tropical_travel": ("afrika*", "nigeria*", "ghana*", "kenya*", "tanzania*", "uganda*",
                        "kongo*", "kamerun*", "moçambique*", "mocambique*", "zambia*",
                        "malawi*", "gambia*", "malariaområde*", "malaria-område*", "tropik*",
                        "tropisk*"),
    # probe 21 (sv): "inga domningar och kissar normalt" is not "no peeing": "inga/ingen" go
    # with a noun, so only the verb negations reach over other words to the verb.
    "low_urine": ("{NEG} kissat", "inte|int|ej|knappt|aldrig ~ kissat|kissa|kissar",
                  "kissar ~ nästan ~ inget",
                  "kissar knappt",
                  "väldigt lite urin", "nästan ingen urin", "mycket lite urin", "lite kiss",
                  "kissar väldigt lite"),
    "asthma_severe": ("inhalator*|astmamedicin*|ventoline*|bricanyl* ~ varje ~ timme|halvtimme",
                      "inhalator*|astmamedicin*|ventoline*|bricanyl* ~ hela tiden|konstant*",
                      "varje timme ~ inhalator*"),
    "not_relieved": ("fortfarande väsande", "piper fortfarande", "väser fortfarande",
                     "hjälper bara en stund", "hjälper bara kort",
                     "fast ~ fått|tagit|gett|fick|tog ~ ipren|ibuprofen|alvedon|panodil|"
                     "värktablett*|febernedsättande|smärtstillande",
                     "trots ~ ipren|ibuprofen|alvedon|panodil|värktablett*"),
    # --- probe 10: hot, huvudet före, svart avföring, konstigt beteende, rep och beslut ---
    "threat_me": ("ta kål på mig|oss", "döda mig|oss", "slå ihjäl mig|oss", "mörda mig|oss",
                  "hotar ~ döda|ihjäl", "ska ~ döda ~ mig|oss"),
    "under_attack": (# probe 15 (sv): kicking or banging on the door
                     "dörren|ytterdörren ~ sparkar|bankar|hamrar|rycker|slår",
                     "sparkar|bankar|hamrar|rycker ~ på ~ dörren|ytterdörren|fönstret",
                     "låst in mig", "låste in mig", "låst in oss", "gömmer mig", "gömde mig",
                     "bankar på dörren", "sparkar på dörren", "bankar på", "bryta sig in",
                     "försöker ta sig in", "slog mig", "slår mig", "misshandla*", "ströp mig",
                     "stryptag", "händerna runt halsen", "tog strypgrepp",
                     "slår|sparkar|misshandlar ~ mamma|pappa|mig|oss|henne|honom|barnen|barnet|"
                     "fru|frun|hustrun|mannen|sambon|flickvännen|pojkvännen|systern|brodern|"
                     "lillebror|lillasyster",
                     # probe 13 (sv): someone thrown against the wall next door
                     "kastas|kastades|kastar|slängs|slängdes|slänger ~ mot|i ~ väggen|golvet|"
                     "dörren|väggarna", "skriker|skrek ~ på hjälp"),
    "head_first": (# probe 15 (sv): dived into shallow water, head into the bottom
                   "dök|dykte|hoppade ~ grundare|grund", "huvudet|pannan|skallen ~ i ~ botten|"
                   "bottnen|sjöbotten|bassängbotten",
                   "huvudet före", "huvudet först", "med huvudet före", "dök ~ grunt|grunda",
                   "landade ~ på ~ huvudet|nacken"),
    "head_injury": ("slog|slagit|slår|dunkade|bankade ~ i ~ bakhuvudet|pannan|tinningen|skallen",
                    "slog ~ bakhuvudet|skallen|tinningen", "bakhuvudet ~ i ~ golvet|asfalten|"
                    "bordet|isen|marken|handfatet"),
    "black": ("svart*", "kolsvart*", "becksvart*", "tjärlik*", "tjärig*", "som tjära"),
    "worse_walking": ("ondare när ~ hoppar|hostar|går", "värre när ~ hoppar|hostar|går",
                      "ont att hoppa", "ont att hosta", "gör ont ~ när ~ hoppar|hostar",
                      "varje gupp", "vill|kan|vågar ~ {NEG} ~ hoppa",
                      "går ~ framåtböjd|böjd|framåtlutad|hopkrupen", "framåtböjd",
                      # probes 22-23 (sv): "kan inte räta på mig", "går dubbelvikt"
                      "kan|kunde|orkar ~ {NEG} ~ räta ~ på ~ mig|sig|kroppen",
                      "kan|kunde ~ {NEG} ~ stå ~ rak|rakt|upprätt",
                      "dubbelvikt ~ av ~ smärta|smärtan|värk|värken", "går ~ dubbelvikt"),
    "right_lower_migrating": ("flyttat ~ ner ~ höger", "flyttade ~ ner ~ höger",
                              "flyttat ~ till ~ höger", "vandrat ~ höger", "flyttat sig ~ höger"),
    "behaviour_change": ("konstig", "konstigt", "beter sig ~ konstigt|märkligt|underligt",
                         "aggressiv*", "arg och", "förvirrad och arg", "inte sig själv",
                         "inte som vanligt", "märklig", "underlig",
                         # probes 24-25 (sv): answering texts oddly is not confusion
                         "svarar|svarade ~ konstigt|knasigt|rörigt|luddigt|underligt|märkligt ~ "
                         "på ~ sms|meddelanden|meddelandet|mejl|mejlet|mail|snap|chatten|"
                         "whatsapp",
                         # probes 26-27 (sv): pressured speech, out barefoot in the snow
                         "pratar|pratade|talar|talade|pladdrar ~ oavbrutet|nonstop|oupphörligt|"
                         "forcerat", "pratar|pratade|talar ~ utan ~ uppehåll|paus",
                         "pratar|pratade ~ non stop", "barfota ~ i ~ snön|kylan|snö|minusgrader",
                         "gått|gick|springer|sprang ~ ut ~ barfota",
                         # probes 28-29 (sv): "sprang ut naken i snön"
                         "gått|gick|springer|sprang|rusade|springa ~ ut ~ naken|naket|nakna",
                         "naken|naket|nakna ~ i ~ snön|kylan|minusgrader|snö"),
    "confusion": (  # probe 17 (sv)
        "vet {NEG} ~ vilket ~ år|årtal|datum|dag ~ det ~ är", # probe 15 (sv): talking nonsense
                  "prata|pratar|pratade|pratat|säger|sa ~ nonsens|goja|rappakalja|smörja|svammel|"
                  "galenskaper", "svamlar", "svamlade",
                  "frågar ~ samma ~ sak|fråga", "upprepar ~ sig", "förstår ~ {NEG} ~ vad",
                  "vet ~ {NEG} ~ var ~ han|hon|hen ~ är", "känner {NEG} igen", "helt borta",
                  "helt väck", "konfys*",
                  "samma ~ mening|meningen|fras|frasen|fråga|frågan|sak|saken flera|många|tre|fyra "
                  "gånger", "samma ~ mening|meningen|fras|frasen|fråga|frågan|sak|saken om och om",
                  "{NEG} ihåg|minns ~ var ~ han|hon|hen|jag|vi är|befinner",
                  "{NEG} ihåg|minns ~ vem|vilka ~ jag|vi|hon|han|du är"),
    "knocked_out": ("borta en stund", "borta några sekunder", "var borta", "däckade", "däckad",
                    "slocknade", "tuppade av"),
    "unresponsive": ("får {NEG} liv i", "får {NEG} ~ liv", "går {NEG} att väcka",
                     "{NEG} ~ gå ~ att väcka", "vaknar {NEG}", "får {NEG} kontakt",
                     "går ~ {NEG} ~ att väcka", "kan ~ {NEG} ~ väcka", "lyckas ~ {NEG} ~ väcka",
                     "får ~ {NEG} ~ vaken"),
    "suicide_means": ("rep", "repet", "snara*", "snaran", "samlat ~ tabletter|piller|mediciner",
                      "sparat ~ tabletter|piller|mediciner",
                      # probe 13 (sv): "sparat alla mina sömntabletter"
                      "sparat|samlat|samlar|sparar|gömt|gömmer|hamstrat|hamstrar ~ *tabletter|"
                      "*tabletterna|*tablett|piller|pillren|*mediciner|*medicinen|sömnmedel|"
                      "insulin*"),
    "resolve": ("bestämt mig", "bestämde mig", "i natt", "inatt", "ikväll", "i kväll", "redo",
                "klart", "någon vet", "sista kvällen",
                # probes 22-23 (sv): "det är dags nu"
                "dags nu", "stunden är inne", "tiden är inne"),
    "spurting": ("pulserar", "pumpar ut", "sprutar", "i stötar"),
    "wont_stop": ("trots ~ tryck|att vi trycker|att jag trycker", "genom handduken",
                  "handduken ~ genomblöt|dyblöt"),
    "power_tool": ("motorsåg*", "cirkelsåg*", "vinkelslip*", "bandsåg*", "gräsklippar*",
                   "häcksax*", "*sågen", "*sågklinga"),
    "chemical": (# probe 15 (sv): dishwasher and laundry capsules
                 "diskmaskinskaps*", "diskmaskinstablett*", "disktablett*", "diskkaps*",
                 "tvättkaps*", "tvättmedelskaps*", "tvättkudd*", "tvättmedelskudd*",
                 "propplösare*", "avloppsrens*", "avloppsrengör*", "lut", "luten", "kalk",
                 "cement", "våt betong", "murbruk*", "fogbruk*", "putsbruk*", "syra", "frätande",
                 "klorin*", "klor", "ugnsrengör*",
                 "maskindiskmedel*", "toalettrengör*", "avkalk*", "batterisyra*"),
    "psychosis": (  # probe 17 (sv)
        "säger|sa|tror|trodde ~ att ~ hon|han|jag ~ kan ~ flyga", "kan flyga", "strålar",
        "strålning ~ genom|från", "styr ~ tankar|tankarna",
                  "grannarna ~ förgiftar|spionerar|styr|avlyssnar|förföljer|övervakar",
                  "förföljd", "förföljer ~ honom|henne|mig", "mikrochip*", "avlyssnad",
                  "övervakad", "förgiftar ~ maten|vattnet",
                  "tror att ~ han|hon|hen|jag ~ är ~ gud|jesus|messias|profet*|utvald*|odödlig",
                  "är gud", "besatt av ~ djävulen|demoner|onda", "onda andar",
                  "bebisen|barnet|bäbisen|babyn ~ är ~ besatt|ond|djävul*|förhäxad",
                  # probes 22-23 (sv): "tror att någon försöker förgifta honom"
                  "tror|trodde|säger|sa|påstår|inbillar|övertygad ~ förgifta|förgiftar|"
                  "förföljer|övervakar|spionerar|avlyssnar ~ honom|henne|hen|mig|oss|dem|maten",
                  # probes 26-27 (sv): the baby swapped, someone after them, messages from the tv
                  "bebisen|barnet|bäbisen|babyn|bebis ~ är|blivit|har ~ utbytt|utbytta|"
                  "förväxlad|förväxlat|utbytt",
                  "bytt ut ~ bebisen|barnet|bäbisen|babyn",
                  "någon|nån|några|nåra|folk|grannarna|polisen|maffian ~ är ~ ute efter ~ "
                  "mig|oss|dem|dom|honom|henne|hen|barnet|bebisen",
                  "meddelanden|signaler|budskap ~ från|via ~ tv|teven|tvn|radion|nyheterna",
                  "tv|teven|tvn|radion ~ pratar|talar|skickar ~ med|till ~ henne|honom|mig|hen"),
    "no_sleep": ("{NEG} ~ sovit ~ på ~ dagar|dygn|nätter|veckor|vecka|veckan",
                 "{NEG} sovit ~ en vecka", "vaken|uppe ~ i ~ dagar|dygn|nätter",
                 "{NEG} ~ sovit ~ på ~ dagar|dygn", "sover ~ {NEG} alls",
                 "{NEG} sovit ~ alls|en blund", "{NEG} ~ sover ~ alls|något|nånting"),
    "bleed_stopped": ("har slutat", "slutat helt", "slutat blöda"),
    # --- probe 12 (from en) ---
    # Swedish words for the concepts the en probe-12 rules introduced.
    "priapism": (  # probe 17 (sv)
        "stånd ~ sedan|i|på ~ tre|fyra|fem|sex|flera|många ~ timmar",
        "stånd ~ som ~ inte ~ går ~ ner|över", # probe 15 (sv): "haft stånd i fem timmar"
                 "stånd som ~ {NEG} ~ går|gått|gick ~ ner|över|bort",
                 "ståndet ~ går {NEG} ~ över|ner|bort",
                 "priapism*", "erektion* ~ {NEG} ~ går|gått|gick ~ ner|över|bort",
                 "erektion* ~ timmar|timme", "långvarig* erektion*",
                 "ståndet ~ {NEG} ~ går|gått|gick ~ ner|bort", "ståndet ~ timmar"),
    "no_flatus": (  # probe 17 (sv)
        "bajsat|bajsa|bajsar|kakat ~ eller ~ släppt|släppa|fisat|fisa ~ väder|gaser",
        "inte ~ fisat|fisa|fiser", "{NEG} ~ släppt|släppa|släpper ~ väder|gaser",
                  "{NEG} ~ fisat|pruttat|fisa|prutta",
                  "gaser|väder ~ {NEG} ~ går|gått|kommer|kommit", "inga gaser"),
    "hernia_word": ("bråck", "bråcket", "*ljumskbråck*", "*navelbråck*", "*ärrbråck*",
                    "utbuktning*"),
    "not_go_back": ("går {NEG} ~ tillbaka|in", "går {NEG} att ~ trycka|skjuta|få ~ tillbaka|in",
                    "kan {NEG} ~ trycka|skjuta|få ~ tillbaka|in", "fastnat ute", "sitter fast"),
    "hernia_stuck": ("inklämt bråck", "inklämd*", "fastklämt bråck"),
    "adrenal": ("addison*", "binjurebarksvikt", "binjuresvikt", "binjurebarkinsufficiens",
                "binjure* ~ svikt|insufficiens|kris", "addisonkris*", "kortisolbrist",
                "hypofyssvikt", "hypopituitar*"),
    "jaundice": (# probe 15 (sv): a very yellow newborn
                 "jättegul|gul|gula|gulaktig|gulaktiga ~ ända|ner ~ benen|magen|fötterna|kroppen|"
                 "bröstet", "ser ~ gul|gulaktig ~ ut", "gul i ~ huden|ansiktet|ögonen",
                 "gulsot", "ikterus", "ikterisk*",
                 "gul|gula|gulaktig|gulaktiga ~ ögonvitor|ögonvitorna|hud|huden|ögon|ögonen",
                 "ögonvit* ~ gul|gula|gulaktig*", "huden ~ gul|gulaktig|gulnat", "gulfärgad*"),
    "asplenia": ("mjälte* ~ borttagen|bortopererad|opererad|bort", "saknar mjälte",
                 "utan mjälte", "splenektomi*", "har ingen mjälte"),
    "tonsil_surgery": ("halsmand* ~ opererade*|opererats|borttagna|bort|tagna|togs|tagits",
                       "halsmandeloperation*", "tonsillektomi*", "tonsilloperation*",
                       "opererade bort halsmandlarna"),
    "snake": ("huggorm*", "orm", "ormen", "ormar", "ormbett*", "*ormbett"),
    "one_side_neglect": ("tallrik* ~ vänstra|högra|ena ~ sidan|halvan",
                         "vänstra|högra|ena ~ sidan|halvan ~ tallrik*",
                         "ser {NEG} ~ vänstra|högra ~ sidan",
                         "struntar i ~ vänstra|högra ~ sidan"),
    "confusion_worse": ("mer förvirrad", "förvirrad än vanligt", "allt mer förvirrad",
                        "plötsligt förvirrad", "förvirringen ~ ökat|värre|förvärrats",
                        "plockar ~ i luften|lakanet|täcket", "plockar i tomma luften"),
    "jelly_stool": ("gelé* ~ avföring|bajs|blöja*", "geléaktig*", "geléliknande",
                    "vinbärsgelé*", "hallongelé*",
                    # probe 13 (sv): blood and mucus in the nappy
                    "blod och slem", "slem och blod", "blodigt slem", "slemmigt blod",
                    "blodslem*"),
    "knees_up": ("drar|drog|dra ~ upp ~ benen|knäna", "knäna ~ mot ~ magen|bröstet",
                 "benen mot magen"),
    "temple": ("tinning*", "hårbotten ~ öm|ömmar|ont"),
    "sickle_cell": ("sicklecell*", "sickelcell*", "sickle*"),
    "shunt": ("shunt", "shunten", "shuntar", "shuntad"),
    "jaw_chew": ("käk* ~ tugg*", "tugg* ~ ont|värk*|smärt*", "ont ~ tugga|tuggar"),
    "back_pain": ("ryggskott*", "ischias*",
                  "diskbråck*", "diskprolaps*"),  # probes 26-27 (sv): a slipped disc
    # --- probe 12 (from fi) ---
    # New situations from the fi probe (their fi words: lexicon_fi_situations, from fi).
    "overnight": ("hela natten", "över natten", "sedan i går kväll", "sedan igår kväll",
                  "sedan igårkväll", "sedan kvällen", "till morgonen", "natten igenom",
                  "sedan i natt", "i timmar", "flera timmar",
                  "sen i går kväll", "sen igår kväll", "sen igårkväll", "sen kvällen",
                  "sen i natt"),  # probe 13 (sv)
    "eye_projectile": (  # probe 17 (sv)
        "metallflisa*|metallflisor*|metallspån*|metallbit*|järnflisa*|flisa|flisan|flisor|skärva|"
        "skärvan|splitter ~ i ~ ögat|ögonen|öga",
        "fick ~ metallflisa*|metallflisor*|metallspån*|metallbit*|järnflisa*|flisa|flisan|flisor|"
        "skärva|skärvan|splitter|skräp|spån|något ~ i ~ ögat|ögonen|öga",
        "flög|for|sprätte|studsade|hamnade ~ in i ~ ögat|ögonen",
                       "flög|for|sprätte|studsade ~ i ~ ögat|ögonen",
                       "metallflisa*|flisa|flisan|splitter|metallbit*|spån ~ i ~ ögat|ögonen"),
    "metalwork": ("vinkelslip*", "rondell*", "hamrade", "svetsa*", "metall*", "mejslade", "stål*",
                  "-ställ*"),  # probe 13 (sv): "ställer mig" folds to "staller", not steel
    "means_access": (# probe 15 (sv): the key to the gun cabinet
                     "vapenskåp*", "gevärsskåp*", "nyckel*|nyckeln ~ till ~ vapenskåp*|gevärsskåp*",
                     "vet var ~ vapnen|geväret|pistolen|nyckeln|tabletterna|medicinerna ~ finns|är",
                     "låst in sig", "låste in sig", "låser in sig", "stängt in sig",
                     "stängde in sig", "letar ~ i ~ medicinskåpet|medicinlådan",
                     "tar|tog|hämtar|hämtade ~ fram ~ tabletterna|pillren|kniven|repet",
                     "tar|tog|tagit|hämtar|hämtade|hämtat|plockat|plockade ~ fram ~ "
                     "*tabletter|*tabletterna|pillren",  # probe 13 (sv), and a weapon:
                     "tar|tog|tagit|hämtar|hämtade|hämtat|plockat|plockade ~ fram ~ rakblad*|"
                     "rakhyvel*|kniv*|rep|repet|vapnet|geväret|pistolen",
                     "i medicinskåpet"),
    "healing_bruise": ("gult|gulaktigt|grönt|gulgrönt ~ blåmärke*",
                       "blåmärket|blåmärkena ~ har ~ gulnat|bleknat",
                       "blåmärket|blåmärkena ~ blivit ~ gult|grönt|gulgrönt",
                       "blåmärket|blåmärkena ~ gulnar|bleknar|läker"),
    "found_outside": ("hittades|hittade|hittat ~ i|på ~ snön|diket|marken|vägen|gatan|skogen",
                      "ligger|låg ~ i|på ~ diket|snön|vägen|gatan|marken"),
    "strangled": ("ströps", "ströpts", "stryptes", "försökte strypa"),
    "deformed": ("utåtvrid*", "utåtroter*", "benet ~ är ~ kortare", "kortare ~ än ~ det andra"),
    "unreachable": ("stängt|stängde ~ av ~ telefonen|mobilen", "telefonen ~ är ~ avstängd"),
    "not_moving": ("rör sig inte", "rör inte på sig", "rör sig {NEG}", "ligger helt stilla"),
    "shaken": ("skakade|skakat|skakar ~ bebisen|barnet|babyn|bäbisen",
               "bebisen|barnet|babyn ~ skakades|skakats|blev skakad"),
    "sauna": ("bastu*", "bastade", "basta", "bastat", "badade bastu"),
    "kick_word": ("sparkar", "sparkat", "sparkas", "sprattlar", "rör sig",
                  "sparka", "sparkade", "sprattla", "sprattlade"),  # probes 26-27 (from en)
    "ingest_unknown": ("vet {NEG} ~ hur många|mycket", "ingen aning ~ hur många|mycket",
                       "oklart hur många", "hur många ~ han|hon|de ~ åt|tog|svalde"),
    "bulging_fontanelle": ("fontanell* ~ buktar|putar|spänd|svullen|utåt",
                           "fontanell* ~ står ut",
                           "buktande fontanell*", "spänd fontanell*"),
    "shrill_cry": ("gäll* ~ gråt|skrik", "skriker gällt", "gråter gällt", "svag gråt",
                   "gråter svagt", "konstig* gråt", "gnyr svagt"),
    # --- probe 12 (from sv) ---
    # Word families the sv probe-12 messages used for concepts the lexicon already had.
    "faint": ("svartnar|svartnade|svartnat ~ för ögonen", "det svartnade", "det svartnar",
              "allt blev svart", "blev svart för ögonen"),
    "irregular_heart": ("hjärtat ~ slog|slår|slagit|bankade|bankar ~ konstigt|oregelbundet|"
                        "ojämnt|hoppigt|fel|udda|knasigt", "hoppig*", "hjärtat hoppar",
                        "hjärtat fladdrar", "hjärtat krånglar", "hjärtat ~ stannar och"),
    "slurred": (  # probe 17 (sv)
        "lät ~ full|berusad|packad|onykter ~ fast|trots|men ~ inte ~ dricker|druckit",
        "skrev|skriver|pratar|pratade|sa ~ bara ~ rappakalja|nonsens|svammel|goja",
        "kunde|kan|kunnat|lyckades ~ {NEG} ~ hitta ~ orden|ord|ordet",
                "hittade {NEG} ~ orden|ord", "svarar ~ bara ~ med ~ ljud|läten|grymtningar",
                "får|fick ~ {NEG} ~ fram ~ ord|orden|något|nåt", "orden ~ kom|blev ~ fel",
                "blandar ihop ~ orden|ord", "obegriplig*", "säger ~ bara ~ konstiga ljud",
                "kunde|kunnat ~ {NEG} ~ prata|tala ~ ordentligt|tydligt|rent"),
    "weakness": (# probe 15 (sv): a hand that will not obey
                 "hand|handen|arm|armen|armarna|ben|benet|benen|fot|foten|fingrarna ~ vill {NEG} ~ "
                 "lyda", "hand|handen|arm|armen|ben|benet|fot|foten ~ lyder {NEG}",
                 "klumpig*", "fumlig*",
                 "tappar|tappade|tappat ~ *kopp|*koppen|glas|glaset|saker|grejer|gaffeln|skeden|"
                 "besticken|pennan|mobilen ~ hela|ur|från|gång",
                 "tappar|tappade|tappat ~ greppet",
                 "armen|armarna|handen|benet|foten ~ hänger|dinglar",
                 "armen|armarna|handen|benet|foten ~ lyder {NEG}",
                 "tappar|tappade|tappat ~ koppen|glaset|gaffeln|kniven|skeden|mobilen|pennan|"
                 "saker|tandborsten",  # probe 13 (sv)
                 "hänger ~ slapp|slappt|slak|livlös",
                 # probes 24-25 (sv): "min högra hand slutade lyda"
                 "hand|handen|arm|armen|armarna|ben|benet|benen|fot|foten|fingrarna ~ "
                 "slutade|slutat|slutar ~ lyda|fungera|funka"),
    "dizzy": ("går ~ snett|vingligt|ostadigt", "vinglar", "raglar", "tappar balansen",
              "snurrig*", "virrig i huvudet",  # probe 13 (sv)
              "tappade balansen", "dålig balans", "kan {NEG} gå rakt",
              # probe 13 (sv): the same phrases as dizzy_standing, which claims them
              "yr|snurrig|snurrar ~ när ~ jag|han|hon ~ ställer|reser|står",
              "yr|snurrig ~ när ~ ställer|reser ~ mig|sig"),
    "one_side": ("högra", "vänstra", "högersidan", "vänstersidan", "ena halvan"),
    "cant_move": ("{NEG} ~ kunnat|klarat|orkat|lyckats ~ röra|lyfta|använda|flytta|greppa",
                  "kan|kunde ~ {NEG} ~ greppa", "kan|kunde ~ {NEG} ~ hålla i",
                  "får {NEG} upp ~ armen|handen|benet"),
    "double_vision": ("såg|ser|se|sett ~ dubbelt", "allt är dubbelt", "dubbelt seende"),
    "sting": ("stucken", "stungen", "stuckit", "stuckits"),
    "tingling": (# probe 15 (sv): "sticker det i båda armarna"
                 "sticker|stack|pirrar|pirrade ~ i ~ fingrarna|händerna|armarna|armen|benen|benet|"
                 "fötterna|foten|tårna|handen|läpparna",
                 "sticker i ~ fingrarna|fingrar|händerna|handen|fötterna|foten|tårna|armen|"
                 "armarna|benen|benet|läpparna", "sticker och bränner"),
    "right_lower": ("längst ner till höger", "ner till höger", "nere till höger",
                    "nere på höger sida", "nere på högra sidan", "nere i högra", "nedre högra",
                    "högra nedre", "nedtill till höger", "nedtill på höger sida"),
    "fruity": ("luktar|luktade|lukt|lukten|doftar|doftade ~ nagellack*|aceton*|frukt*|sött|päron*",
               "nagellackslukt*", "nagellacksdoft*"),
    "breathless": ("andas djupt och ~ tungt|snabbt|fort|ansträngt",
                   "stanna|stannar|stannade ~ hämta|hämtar|hämtade ~ andan",
                   "stanna|stannar|stannade ~ och pusta|pustar|flåsa|flåsar",
                   "tappar andan", "blir andfådd", "flåsar", "flåsa", "flåsig*", "pustar",
                   # probe 18 (sv): "det blir trångt att andas när jag ligger ner"
                   "trångt|tungt|jobbigt|svårt|kämpigt|trögt ~ att ~ andas|andas",
                   # probes 28-29 (sv): "blir svårare att andas"
                   "svårare|tyngre|jobbigare|kämpigare|trängre ~ att ~ andas",
                   "svårare|tyngre|jobbigare|kämpigare ~ att få luft",
                   "trång|tung|tungt|ansträngd ~ andning|andningen"),
    "fast_breathing": ("andas djupt och ~ tungt|snabbt|fort|ansträngt",),
    "halos": ("regnbåg* ~ runt|kring ~ lamp*|ljus*|lampor|lamporna",
              "ringar|ring|cirklar ~ runt|kring ~ lamp*|ljus*|lampor|lamporna"),
    "eye_pain": ("ögat|ögonen ~ känns|är ~ hårt|hård|stenhårt",),
    "ear_discharge": ("rinna|rinner|rann|runnit|läcker|läckte|kommer|kom ~ ur ~ örat|öronen",
                      "var ur örat", "vätska ur örat"),
    "dehydration_severe": ("blöjorna|blöjan|blöjor ~ torra|torr", "torr blöja",
                           # probes 24-25 (from en): "insjunken fontanell", "få blöta blöjor"
                           "insjunk*|nedsjunk*|gropig ~ fontanell*",
                           "fontanell* ~ insjunk*|sjunkit|sjunker|gropig|nedsjunk*",
                           "väldigt|mycket|knappt|bara ~ få|någon|en|två ~ blöt|blöta ~ "
                           "blöja|blöjor",
                           "gråter utan tårar", "utan tårar", "inga tårar",
                           "{NEG} ~ haft ~ blöt|blöta ~ blöja|blöjor", "ingen blöt blöja",
                           "{NEG} ~ blöt|blöta ~ blöja|blöjor|blöjan"),
    "postpartum": ("fick barn", "fått barn", "har fött", "nyförlöst*", "nyss fött",
                   "fick en bebis", "fått en bebis", "nybliven mamma", "nyförlösta"),
    "pregnant": ("är i vecka 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36",
                 "mens|mensen ~ är|var|har ~ sen|försenad|försenat|utebliven|uteblivit",
                 # probes 24-25 (from en): "7 veckor sedan senaste mens", "ingen mens på 6 veckor"
                 "5|6|7|8|9|10|11|12|fem|sex|sju|åtta|nio|tio veckor ~ sedan|sen ~ senaste|sista ~ "
                 "mens|mensen|menstruation*",
                 "{NEG} ~ mens|mensen ~ på|sedan|sen ~ 5|6|7|8|9|10|11|12|fem|sex|sju|åtta|nio|"
                 "tio ~ veckor",
                 "gravidtest* ~ positiv*|plus", "plussat",
                 # probes 22-23 (sv): "plussade för 2 veckor sen"
                 "plussade", "plussa", "fick plus", "plus på ~ stickan|testet|gravidtestet",
                 # probe 13 (sv): "jag är i vecka 34"
                 "är i vecka", "i graviditetsvecka", "graviditetsvecka*", "gravidvecka*",
                 "gått över tiden", "beräknad förlossning",
                 # probes 22-23 (en): "vecka 34. svullen i ansiktet" (as "preterm" reads it)
                 "vecka|graviditetsvecka|gravidvecka 20|21|22|23|24|25|26|27|28|29|30|31|32|33|"
                 "34|35|36|37|38|39|40|41|42"),
    "age_word": ("månaders",),
    "drinking_well": ("kan hålla nere ~ vatten|vätska|maten|mat|dryck",
                      "håller nere ~ vatten|vätska|maten|mat", "behåller ~ vatten|vätska|maten"),
    "sudden": ("-akuten", "-akutmottagning*", "-akutens"),
    "collapse": ("-kollat*", "-kollad*", "-kollar*"),
    "pain": ("ömt", "ömma", "hugger", "det ~ högg|hugger ~ i", "-grönt",
             # probes 24-25 (sv): "plötslig vansinnig smärta i magen" is still a pain (the
             # same phrases as pain_disproportion, which would otherwise take the word away)
             "galen|vansinnig|sinnessjuk ~ smärta",
             "smärtan|värken ~ är ~ helt ~ galen|sjuk|vansinnig|overklig|sinnessjuk"),
    "blood": ("-blodgiv*", "blod och slem", "slem och blod", "blodigt slem", "slemmigt blod"),
    "bleed": ("-blodgiv*",),
    "checkup": ("*intyg*",  # probe 18 (sv): a new adrenaline pen before the old one expires
                "behöver|behövde|önskar|beställa|hämta ~ ny|nytt|nya ~ adrenalinpenna|"
                "adrenalinpennor|epipen*|penna|pennor|recept|förskrivning",
                "vill ha ~ ny|nytt|nya ~ adrenalinpenna|adrenalinpennor|epipen*|recept",
                "går|gick ~ ut ~ nästa|snart|om|i", "utgångsdatum*", "utgången|utgånget|utgångna",
                # probes 24-25 (sv): "jag vill ha en adrenalinpenna utskriven"
                "adrenalinpenna|adrenalinpennan|adrenalinpennor|epipen*|jext*|penna|pennan|"
                "recept|receptet ~ utskriven|utskrivet|utskrivna|förskriven|förskrivet|förskrivna",
                "skriva|skriver|skrivit|skrev ~ ut ~ adrenalinpenna|adrenalinpennor|epipen*|jext*"),
    "drowning": ("igenom isen", "gick ~ genom|igenom ~ isen", "föll ~ genom|igenom ~ isen",
                 "i isvaken", "isvak*"),
    "reported": ("skriker|skrek|ropar|ropade|vrålar|vrålade|skrikit att",),
    "palpitations": ("hjärtat ~ slår|slog|bankar|rusar|dunkar|bultar|pickar ~ fort|snabbt|"
                     "jättefort|jättesnabbt|hårt|vilt|galet", "hjärtrusning*"),
    "stab": ("kniv* ~ i ~ magen|bröstet|ryggen|halsen|sidan|låret|buken", "knivhuggen",
             "knivhuggit", "stack|stuckit|huggit|högg ~ honom|henne|mig ~ med ~ kniv*",
             "stucken|huggen ~ med ~ kniv*"),
    "voices": ("hör|hört|hörde ~ röster", "röster ~ i huvudet", "röster säger|sa"),
    "overdose": ("tagit|tog|svalt|svalde|ätit ~ alla ~ sina ~ tabletter|piller|mediciner",),
    "cut": ("sågade|sågat|skar|skurit ~ mig|sig ~ i",),
    "vomit": ("kräk*|spy*|spytt|spydde ~ grönt|grön|gröna|gallgrönt|galla|gallfärgat",
              "grönt|gröna|gallgrön* ~ kräk*|spy*", "gallkräk*"),
    # New situations (with en/fi words in their own files' probe-12 sv blocks).
    # Something "went down the wrong way": choking only with a sign that air is not getting by.
    "choked_on": ("satte|sätta|satt ~ i halsen|luftstrupen|vrångstrupen",
                  "fick ~ i vrångstrupen", "i fel strupe"),
    "icd": ("icd", "icdn", "inopererad* ~ defibrillator*|hjärtstartare*",
            "implanterad* ~ defibrillator*|hjärtstartare*",
            "inbyggd* ~ defibrillator*|hjärtstartare*",
            "defibrillator*|hjärtstartare* ~ i ~ bröstet|kroppen|mig"),
    "device_shock": ("stöt", "stötar", "stöten", "stötarna", "chock*", "slog till", "löste ut",
                     "utlöste", "smäll", "smällar", "smällen", "smällde", "smällt", "slagit till",
                     "slår till", "löst ut", "laddade ur", "laddat ur"),
    "repeated": ("stötar", "flera gånger", "två gånger", "tre gånger", "fyra gånger",
                 "gång på gång", "om och om igen", "igen och igen", "upprepade", "upprepat"),
    "amputation": (  # probe 17 (sv)
        "hänger|hängde ~ bara ~ i ~ huden|skinnet|tråd", "hänger ~ i ~ en ~ hudflik|tråd",
        "hänger löst ~ i ~ huden", "avsågad*", "avslit*", "avhuggen", "avhuggna", "avklippt*",
        "avskuren",
                   "avskurna", "finger|fingret|fingertopp*|tummen|tån ~ hänger ~ löst|i",
                   "fingertopp*|fingret|fingrar|fingrarna|tummen|tån|tårna|handen|foten ~ "
                   "är|åkte|ramlade|sågades|klipptes|slets|höggs av",
                   "sågade|sågat|klippte|klippt|högg|huggit|slet|kapade|kapat|kapa ~ av ~ "
                   "fingret|fingrarna|tummen|fingertopp*|handen|tån|tårna"),
    "button_battery": ("knappcell*", "knappbatteri*", "*knappcell*", "litiumbatteri*",
                       "klockbatteri*", "platt* ~ rund* ~ batteri*", "rund* ~ platt* ~ batteri*"),
    "missing": ("saknas", "fattas", "försvunnit", "hittar ~ {NEG}", "kan {NEG} hitta"),
    "took_all": ("tog|tagit|svalde|svalt|ätit|åt ~ alla|allt|hela|samtliga",
                 # probe 15 (fi): a heap of tablets
                 "massor|massa|hög|näve|handfull|drös ~ tabletter|piller|tabletterna|pillren",
                 "tog|tagit|svalde|svalt|ätit|åt ~ massor|massa|hög|näve|handfull|drös ~ "
                 "tabletter|piller|tabletterna|pillren",
                 # probes 24-25 (sv): "tog en hel karta" (the brand may come before)
                 "tog|tagit|svalde|svalt|ätit|åt|knaprade|knaprat ~ hel|helt|hela ~ karta|kartan|"
                 "burk|burken|ask|asken|förpackning|förpackningen|kartong|kartongen|paket|paketet|"
                 "remsa|remsan|blisterkarta|blisterkartan|tub|tuben"),
    "beating": ("slår|sparkar|misshandlar ~ mamma|pappa|mig|oss|henne|honom|barnen|barnet|"
                "fru|frun|hustrun|mannen|sambon|flickvännen|pojkvännen|systern|brodern|lillebror|"
                "lillasyster", "misshandlar", "misshandlas", "blir slagen", "blir misshandlad"),
    "happening_now": ("just nu", "i detta nu", "i denna stund", "medan jag skriver", "pågår",
                      "precis nu", "håller på att ~ slå|misshandla|sparka"),
    "whole_body": ("hela kroppen", "över hela kroppen", "överallt på kroppen", "på hela kroppen",
                   "över hela mig", "överallt"),
    "danger_place": ("ut på ~ motorvägen|vägen|rälsen|spåret|spåren|järnvägen|tågspåret",
                     "framför ~ tåget|bilarna|bilar|lastbil*", "ut i trafiken", "mitt i vägen",
                     "kan flyga"),
    "fall_object": ("stege", "stegen", "stegar", "stegarna", "arbetsstege*", "utdragsstege*",
                    "från|ur ~ trädet|träd", "från|av ~ hästen|hästryggen",
                    "från ställningen", "från muren", "hängrännan"),
    "muscle_cramp": ("kramp|kramper|krampen ~ i ~ vaden|vaderna|foten|fötterna|tårna|tån|låret|"
                     "låren|smalbenet|vadmuskeln", "vadkramp*", "sendrag", "muskelkramp*",
                     "benkramp*"),
    "vasovagal": ("svimm* ~ blodgivning*|blodprov*|provtagning*|vaccin*|sprutan|sprutor|"
                  "åsynen",
                  "svimm* ~ synen av blod", "svimm* ~ se blod|blodet", "tål {NEG} att se blod",
                  # probe 13 (sv): "svimmade en gång när jag tog blodprov"
                  "svimm* ~ när ~ blodprov*|blodprovet|vaccin*|sprutan|provtagning*|"
                  "blodgivning*|vaccinering*|sprutor"),
    # --- probe 13 (from en) ---
    # Swedish words for the situations the en probe-13 rules introduced.
    # A choking hazard in a small child's mouth: grapes, nuts, sweets, a coin, a toy part.
    "small_object": ("vindruv*", "druv*", "jordnöt*", "nötter", "nöten", "cashewnöt*",
                     "popcorn", "godis*", "karamell*", "kola", "mynt*", "lego*", "kula", "kulor",
                     "glaskul*", "prinskorv*", "korvbit*", "morotsbit*", "äppelbit*",
                     "körsbärstomat*", "leksaksdel*", "bit av ~ leksak*|korv*|äpple*|morot"),
    # Methanol or glycol: washer fluid, antifreeze, de-icer.
    "toxic_alcohol": (  # probe 17 (sv)
        "hembränt", "hembränd*", "hemkört", "hembryggd sprit", "svartsprit", "okänd sprit",
        "metanol*", "spolarvätsk*", "glykol*", "kylarvätsk*", "frostskydd*",
                      "bromsvätsk*", "t-sprit", "rödsprit", "denaturerad sprit", "avisning*"),
    "drank": ("drack", "druckit", "klunk*", "smuttade", "smakade på", "svepte", "en slurk",
              "slurk*"),
    # Ending a relationship, not a life.
    "breakup": ("göra|gjorde|gjort|gör ~ slut ~ med", "separera*", "skilja sig", "skilsmässa*",
                "har skilt oss", "lämnade mig"),
    # Lying on the floor or the ground.
    "on_floor": ("ligger|låg|liggande|legat ~ på ~ golvet|marken|backen|golv",
                 "på golvet ~ ligger|låg"),
    "breast": ("bröstvårt*", "mjölkstas*", "mastit*", "bröstinflammation*", "bröstböld*",
               "bröstkört*"),
    # Dizzy for a moment on standing up quickly.
    "head_rush": ("reste|ställde|stod|resa|ställa|reser|ställer ~ snabbt|hastigt|fort|plötsligt",),
    # A blood test, a jab or a needle.
    "blood_draw": ("blodprov*", "provtagning*", "blodgivning*", "gav blod", "ge blod",
                   "lämnade blod", "spruta", "sprutan", "sprutor", "nålen", "nålar", "nålstick*",
                   "vaccin*", "kanyl*"),
    # Shaking that does not stop (in a child: a fit).
    "shaking_ongoing": ("skakar|skakningarna|skakningar|darrar|darrningarna ~ inte ~ slutat|"
                        "slutar|upphört|upphör|avtar",
                        "skakat|darrat ~ i ~ minuter|minut"),
    # A known, recurring complaint: "the kind I always get".
    "known_pattern": ("likadan|likadana|samma ~ som ~ jag|hon|han ~ brukar",
                      "som ~ jag|hon|han ~ brukar få",
                      # probe 18 (sv): "hon har gjort så förut" (the "så" is not "sa", said)
                      "gjort|gör|hänt|händer|fått ~ så|samma|likadant ~ förut|tidigare|innan|"
                      "ofta|ibland",
                      # probes 28-29 (sv): "ett typiskt anfall som vanligt"
                      "typisk|typiskt|typiska ~ anfall|anfallet|attack|attacken|migrän*|"
                      "migränanfall*|huvudvärk*|skov|skovet"),
    "harmless_med": ("*vitamin*", "fiskolja*", "omega*", "probiotik*", "mjölksyrabakterie*",
                     "folsyra", "kalcium*", "magnesium*", "zink*"),
    "high_risk_med": ("blodtrycksmedicin*", "blodtryckstablett*", "hjärtmedicin*",
                      "betablockerare", "insulin*", "diabetesmedicin*", "metformin*", "digoxin*",
                      "litium*", "metadon*", "buprenorfin*", "oxykodon*", "morfin*", "tramadol*",
                      "kodein*", "sömntablett*", "sömnmedel*", "bisoprolol*", "metoprolol*",
                      "amlodipin*", "kvetiapin*", "diazepam*", "zopiklon*"),
    "brief": ("sekund*", "en stund", "ett ögonblick", "kort stund", "ett par sekunder",
              "några sekunder", "kort"),
    "grey_hair": ("grå|gråa|grått|gråhårig ~ hår|hårstrån|skägg|hårbotten",),
    # --- probe 13 (from fi) ---
    # Words for the concepts the fi probe-13 rules introduced.
    "pinpoint_pupils": ("knappnålsstora pupiller", "knappnålspupiller",
                        "pupillerna|pupiller ~ små|pyttesmå|knappnålsstora|sammandragna|mini"),
    "opioid": ("fentanyl*", "oxikodon*", "oxycontin*", "oxynorm*", "morfin*", "heroin*",
               "metadon*", "buprenorfin*", "subutex*", "opioid*", "opiat*", "tramadol*",
               "kodein*", "citodon*", "smärtplåster*", "fentanylplåster*"),
    "firearm_ready": (  # probe 17 (sv)
        "plockat|plockade|plockar|tagit|tog|tar|hämtat|hämtade|hämtar ~ fram ~ *studsare*|"
        "*studsaren|*gevär|*geväret|bössa*|vapnet|pistol*|revolver*",
        # probe 15 (sv): sitting with the rifle
                      "sitter|satt|står|stod|gick|ligger|låg ~ med ~ gevär*|jaktgevär*|hagelgevär*|"
                      "pistol*|revolver*|vapnet|bössa*",
                      "laddat|laddad|laddade|laddade ~ gevär*|vapn*|vapen|pistol*|hagelgevär*|"
                      "jaktgevär*|bössa*",
                      "gevär*|vapn*|vapen|pistol*|hagelgevär*|jaktgevär*|bössa* ~ laddat|laddad|"
                      "laddade|framme|redo"),
    "under_vehicle": (# probe 15 (sv): driving into a lorry, a tree or a rock face
                      "in i ~ lastbil|lastbilen|långtradare|långtradaren|buss|bussen|tåg|tåget|"
                      "mötande|träd|trädet|bergvägg*|brofäste*|pelare|pelaren|viadukt*",
                      "framför|under ~ tåget|tåg|bilen|bil|bussen|buss|lastbilen|lastbil|"
                      "spårvagnen|långtradaren",),
    "steer_into": ("ställa", "ställer", "lägga", "lägger", "springa", "springer",  # probe 15
                   "köra", "kör", "köra in", "gå", "kliva", "kasta mig", "slänga mig", "styra"),
    "cry_for_help": ("skriker|skrek|ropar|ropade|skrika|ropa|vrålar ~ på hjälp",
                     "hjälprop*", "rop på hjälp"),
    "labour": ("värkar", "värkarna", "värkarbete*", "sammandragningar", "sammandragningarna",
               "förlossning* ~ igång|startat|börjat|satt igång",
               "värkar|värkarna|sammandragningar* ~ varannan|varje ~ minut",
               "värkar|värkarna|sammandragningar* ~ två|en|tre ~ minuters ~ mellanrum"),
    "birth_imminent": ("värkar|värkarna|sammandragningar* ~ varannan|varje ~ minut",
                       "värkar|värkarna|sammandragningar* ~ två|en|tre ~ minuters ~ mellanrum",
                       "huvudet ~ syns|kommer|ute|tittar", "krystvärk*", "krystbehov*",
                       "krystningsbehov*", "behov att krysta", "måste krysta", "vill krysta",
                       "hinner {NEG} ~ till ~ sjukhuset|förlossningen|bb"),
    "aura": ("aura", "auran", "sicksack*", "flimmerskotom*", "synaura*"),
    "dog_bark": ("hund|hunden|hundar|hundarna ~ skäller|skällde|skällande|skäll",
                 "skällande hund*"),
    "tension": ("spänd|spända|spänningar ~ i ~ nacken|axlarna|skuldrorna",
                "nacken|axlarna ~ spänd|spända|låsta|låst"),
    # --- probe 13 (from sv) ---
    # Word families the sv probe-13 messages used for concepts the lexicon already had.
    "radiate": ("upp|ut|ner|bak ~ i|mot|till ~ käken|käkarna|käke|halsen|nacken|axeln|axlarna|"
                "skuldran|skulderbladen|armen|armarna|vänsterarmen|tänderna",
                "rakt igenom ~ till|mot|i ~ ryggen|bröstet|skulderbladen",
                "igenom ~ till|mot ~ ryggen|bröstet|skulderbladen", "genom till ryggen"),
    # "Det river i bröstet": a tearing chest (not "det river i halsen", a sore throat).
    "tearing": (  # probe 17 (sv)
        "slets|slits|revs|rivs|slitits ~ sönder", "som om ~ något ~ slets|revs|brast",
        "river|rev|sliter|slet|rivs|slits ~ i ~ bröstet|bröstkorgen|bröst|ryggen",
                "river|rev|sliter|slet|rivs|slits ~ rakt igenom",
                "som om ~ något|nåt ~ rivs|slits|brister ~ i ~ bröstet|bröstkorgen",
                "bröstet|bröstkorgen ~ slits|rivs|river|sliter|spricker ~ itu|sönder|isär"),
    "low_pulse": ("pulsen ~ långsam|långsamt|låg|lågt|svag|sakta|segt|seg|under",
                  "långsam|låg|svag ~ puls", "hjärtat ~ slår|slog|går ~ långsamt|sakta|segt",
                  # probe 18 (sv): "hjärta slår mycke långsamt"
                  "hjärta|hjärtat|hjärtan|hjärtet ~ slår|slog|går|gick|bultar|dunkar|tickar ~ "
                  "långsamt|långsam|sakta|sakt|segt|långsammt|långsamare|långsammare",
                  "långsam|långsamma|låg ~ hjärtrytm|hjärtrytmen|hjärtfrekvens|hjärtslag",
                  "bradykardi*", "hjärtfrekvensen ~ låg|långsam"),
    "numbness": (# probe 15 (sv): "säger att han inte känner benen"
                 "känner|kände ~ {NEG} ~ benen|armarna|fötterna|händerna|kroppen",
                 "{NEG} ~ känner|kände ~ benen|armarna|fötterna|händerna|kroppen",
                 "känner|kände ~ {NEG} ~ ratten|handen|foten|fingrarna|tårna|armen|benet|"
                 "ansiktet|tungan|läppen|läpparna|kinden|golvet|hand|fot|arm|ben|ansikte|"
                 "fingrar|ansiktshalva",
                 "{NEG} ~ känner|kände ~ ratten|handen|foten|fingrarna|tårna|armen|benet|"
                 "ansiktet|tungan|läppen|läpparna|kinden|golvet|hand|fot|arm|ben|ansikte|"
                 "fingrar|ansiktshalva",
                 "känner|kände|känns ~ den|dem|dom|foten|handen|benet|armen ~ knappt",
                 "tappat|tappade|tappar ~ känseln", "känseln ~ borta|försvann|försvunnen|"
                 "försvunnit"),
    "pale": ("*blek", "*bleka", "*blekt", "kritvit*", "likblek*", "vit och kall", "kall och vit",
             "vita och kalla", "kalla och vita", "vit i ~ ansiktet|läpparna",
             "foten|handen|benet|armen|tårna|fingrarna|tån|fingret ~ är|blev|blivit|ser ~ "
             "vit|vita|vitt|likblek|gråvit"),
    "cold_skin": ("vit och kall", "kall och vit", "vita och kalla", "kalla och vita"),
    "knee": ("-knak*", "-knapp*",),  # "knappt" folds to "knappt": barely, not the knee
    "calf": ("-vad",  # "vad" is "what"; the calf is "vaden"
             # probes 26-27 (sv): "vänster vad gör ont"
             "vänster|höger|vänstra|högra ~ vad"),
    "back": ("skulderblad*", "mellan skulderbladen"),
    "shoulder": ("skulderblad*",),
    "upper_abdomen": ("överbuk*", "övermag*", "övre ~ buken|magen", "under revbenen",
                      "under ~ vänstra|högra ~ revbenen|revbensbågen"),
    "severe": ("fruktansvärt", "förfärlig*", "förskräcklig*", "vansinnig*", "vidrig*", "extrem*",
               "hemskt", "svårt att"),  # "svårt att" folds to "svart att": hard to, not black
    "intent": ("tänker ta ~ dem|dom|alla|allihop|hela", "ska ta ~ dem|dom|alla|allihop|hela"),
    "harm_others": (  # probe 17 (sv)
        "viftar|viftade|hotar|hotade|springer ~ med ~ en ~ kniv|yxa|pistol|machete|kniven",
        "viftar ~ med ~ kniv|kniven|yxa|yxan|pistol|vapen",
        "ska|skall|tänker|hotar ~ döda|mörda ~ sin|sina|frun|mannen|henne|honom|"
                    "barnen|dem|dom|någon|nån|grannen|familjen",
                    "ska|skall|tänker|hotar ~ slå ihjäl ~ sin|sina|frun|mannen|henne|honom|"
                    "barnen|dem|dom|någon|nån",
                    "ska|skall|tänker|hotar|hotade|hotat ~ bränna ~ ner ~ huset|lägenheten|stugan|"
                    "oss|hela",
                    "ska|skall|tänker|hotar|hotade|hotat ~ tända|sätta ~ eld ~ på ~ huset|"
                    "lägenheten|stugan|oss|mig|henne|honom|dem|barnen"),
    "weapon": (  # probe 17 (sv)
        "*studsare*", "*studsaren", "*gevär", "*geväret", "*gevären", "hagelbössa*", "jaktvapn*",
        "bössa*", "tar|tog|tagit|hämtar|hämtade|hämtat|plockat|plockade ~ fram ~ rakblad*|"
               "rakhyvel*|kniv*|rep|repet|vapnet|geväret|pistolen",
               "basebollträ*", "slagträ*", "tillhygge*", "yxa", "yxan", "yxor", "hammare*",
               "järnrör*", "kofot*", "machete*", "svärd*", "gevär*", "bössa", "bössan",
               "hagelgevär*", "jaktgevär*", "batong*", "knogjärn*"),
    "positive_test": ("positivt test", "positivt på testet", "plus på testet",
                      "två streck på testet", "testet ~ var|är|visade ~ positivt"),
    "seizure": (  # probe 17 (sv)
        "anfall ~ i ~ rad", "anfall ~ efter ~ varandra",
        "{NEG} ~ vakna|vaknar|vaknat|vaknade ~ emellan|mellan ~ anfallen",
        "ryckte|rycker|ryckt|ryckningar|ryckig* ~ i ~ armen|armarna|benet|benen|"
                "ansiktet|kroppen|handen|hela", "ryckte okontrollerat", "ryckte till och från",
        # probe 21 (sv): "blev stel och ryckte med armarna"
        "ryckte|rycker|ryckt|ryckningar|ryckig* ~ med ~ armen|armarna|benet|benen|ansiktet|"
        "kroppen|hela",
        "blev|blir|var ~ stel|stela|stelt ~ och ~ ryckte|rycker|ryckig*"),
    "unconscious": ("{NEG} ~ får|fick ~ kontakt", "får|fick ~ {NEG} ~ kontakt",
                    "{NEG} ~ får|fick ~ kontakt med ~ honom|henne|hen"),
    "hot": ("glödhet*", "brännhet*", "kokhet*", "stekhet*", "glödande het"),
    "pus": ("rinner|rann|kommer|kom|läcker|läckte ~ gult|grönt|gulgrönt|gulaktigt|var|sekret ~ "
            "ur|från",),
    "memory": ("glömma|glömmer|glömt|glömde ~ saker|namn|ord",
               "glömma|glömmer|glömt|glömde ~ bort saker",
               "börjat glömma", "glömsk*", "minnet ~ sviktar|sämre|svikta"),
    "dur_long": ("senaste månaderna", "de senaste månaderna", "sista månaderna",
                 "senaste halvåret", "i flera månader"),
    "insomnia": ("klarvaken", "ligger vaken",  # probe 15 (sv)
                 "svårt att somna", "svårt att sova", "svårsomnad", "har svårt att somna",
                 "somnar dåligt", "sover dåligt"),
    "teething": ("första ~ tand|tanden|tänderna|tänder", "tandar", "tandas", "tandning*",
                 "tand|tanden|tänder ~ på ~ väg|gång",
                 # probe 21 (sv): "tror tänderna är på väg", "tanden bryter fram"
                 "tänderna|tandet ~ på ~ väg|gång",
                 "tand|tanden|tänder|tänderna ~ bryter|spricker|tränger ~ fram|igenom",
                 # The writer's own guess ("tror tänderna är på väg"): Swedish "tror" is also
                 # "he thinks", so the phrase takes it out of reported speech.
                 "tror|misstänker ~ tand|tanden|tänder|tänderna ~ på ~ väg|gång",
                 "tror|misstänker ~ tand|tanden|tänder|tänderna|tandsprickning*|tandning*|"
                 "tandar|tandas",
                 # probes 26-27 (sv): "biter på allt ... kan det vara tänderna?"
                 "biter|tuggar|gnager ~ på ~ allt|allting|saker|leksaker|händerna|fingrarna|"
                 "nävarna|knytnävarna", "vara|nog|väl ~ tänderna|tänder"),
    "relieved": ("går över", "går över efter", "försvinner efter", "går över av sig själv",
                 "lägger sig efter", "går över ~ efter ~ stund|stunden|tag|minut*"),
    "head_injury_minor": ("fick en bula", "en bula", "bulan", "bula ~ i|på ~ huvudet|pannan|"
                          "bakhuvudet"),
    "nontoxic_ingested": (# probe 15 (sv): soap licked or swallowed
                          "handtvål*", "tvål", "tvålen", "duschtvål*", "flytande tvål", "schampo*",
                          "handdiskmedel*", "handdisk",  # probe 21 (sv): not machine detergent
                          "slickade|smakade ~ på ~ handsprit*",  # probe 21 (fi): a lick
                          "tandkräm*",
                          "gammal|sur|surnad|utgången|utgånget|dålig|möglig ~ mjölk|mjölken|"
                          "fil|filen|yoghurt|yoghurten|grädde|grädden",
                          "mjölk|mjölken|fil|yoghurt|grädde ~ var ~ sur|gammal|utgången|dålig",
                          "mögligt|möglig ~ bröd|ost|brödet|osten", "bäst före",
                          "efter bäst före", "utgångsdatum*"),
    "deep_wound": ("ser ~ gult ~ fett", "gult fett", "fettet ~ syns|sticker",
                   "ser ~ fettet|fettvävnaden|senan|senor|senorna", "fettvävnad*"),
    "usual": ("kissar|kissat ~ som vanligt|normalt", "kissar bra", "äter och dricker normalt",
              # probe 21 (sv): "inte ont och kissar normalt" (longer, so it wins the words)
              "och|men|samt ~ kissar|kissat|kissade ~ normalt|bra|obehindrat|som vanligt",
              "likadant", "känns likadant", "samma som ~ förut|innan|då|sist|vanligt"),
    "headache": ("*huvudvärk*",),
    "back_strain": ("ryggen ~ låste|låst|låser|låsts|hakade", "ryggskott*", "låsning i ryggen",
                    "sträckte ~ ryggen", "lyfte ~ fel|snett ~ och ~ ryggen"),
    # An accident last summer or years ago: a past injury, not a crash now (with long_ago).
    "past_injury": ("bilolycka*|trafikolycka*|olycka|olyckan|krock*|krockade|kollision*|påkörd|"
                    "motorcykelolycka*|cykelolycka*|whiplash* ~ i ~ somras|vintras|våras|"
                    "höstas|fjol",
                    "bilolycka*|trafikolycka*|olycka|olyckan|krock*|krockade|kollision*|påkörd|"
                    "motorcykelolycka*|cykelolycka*|whiplash* ~ förra ~ året|sommaren|"
                    "vintern|våren|hösten",
                    "bilolycka*|trafikolycka*|olycka|olyckan|krock*|krockade|kollision*|påkörd|"
                    "motorcykelolycka*|cykelolycka*|whiplash* ~ för ~ år|månader ~ sedan|sen"),
    "constipation": ("hård mage", "hård i magen",  # probe 15 (sv)
                     "svårt att ~ bajsa|bajs", "svårt att tömma tarmen", "svårt att få ~ ut|bajsa",
                     "svårt att gå på toa"),  # not "svart" (black) stool
    "tight_throat": ("trång|trånga|trångt ~ halsen|hals|strupen", "trångt i halsen",
                     "halsen|strupen ~ känns ~ trång|tjock|igensvullen|stängd",
                     "halsen|strupen ~ sluter|stänger ~ sig"),
    "vision_loss": (  # probe 17 (sv)
        "ser ~ bara ~ halva", "halva ~ synfältet|världen|bilden ~ borta|försvunnen|svart",
        "allt ~ till ~ vänster|höger ~ är ~ borta", "svart ~ på|i ~ ena|vänstra|högra ~ ögat|öga",
        "helt svart ~ på|i ~ ögat", "ser|såg ~ inget|ingenting ~ på|med ~ ögat|ögonen|öga",
                    "ögat|ögonen ~ ser ~ inget|ingenting", "blind på ~ ena|ögat"),
    "tongue_swelling": ("svullen|svullna|tjock|uppsvälld ~ tunga|tungan",
                        "tunga|tungan ~ svullen|svullnar|svullnat|svällt|sväller|tjock|stor"),
    "suicide_passive": (  # probe 17 (sv)
        "ingen idé att leva", # probe 15 (sv): "lika bra att han försvinner"
                        "lika bra att ~ försvinner|dör|försvinna|dö",
                        "vore bäst om ~ försvann|dog",
                        # probe 15 (sv): "ingen kommer att sakna honom"
                        "ingen ~ sakna ~ mig|honom|henne|hen|oss", "bättre utan ~ mig|honom|henne",
                        "ingen bryr sig om ~ mig|honom|henne",
                        "{NEG} orkar|vill leva", "{NEG} orkar leva ~ längre|mer",
                        "vill {NEG} vakna", "vill bara ~ försvinna", "vill bara sova för alltid",
                        # probes 28-29 (from en): "vill sova för evigt", "trött på livet"
                        "vill|ville ~ sova|somna ~ för ~ alltid|evigt",
                        "somna ~ och ~ aldrig ~ vakna", "trött|less på ~ livet",
                        "trött|less på att leva", "fått nog av ~ livet", "fått nog av att leva"),
    "hr_word": ("slår", "slog", "pulsen", "hjärtat slår|slog", "slag i minuten", "slag per minut"),
    "heat_stroke": ("slutat svettas", "har slutat svettas", "slutat att svettas",
                    "svettas {NEG} längre", "överhettad*", "värmeslag*", "värmeutmatt*"),
    "not_improving": ("{NEG} försvinner ~ sen|sedan|på|efter|trots",
                      "{NEG} ~ gått|släppt ~ över", "{NEG} ~ släppt", "sitter ~ fortfarande ~ kvar",
                      "släpper|släppte {NEG}", "{NEG} släpper",  # probes 22-23 (sv)
                      "försvinner {NEG} ~ sen|sedan|på|efter|trots"),
    "cant_pee": ("utan att kissa", "{NEG} ~ kunnat ~ kissa|urinera", "kissar {NEG} fast"),
    "rigid": ("hård|stenhård ~ som ~ en ~ bräda", "brädhård*",  # probes 22-23 (sv)
              "magen ~ är|känns ~ spänd|jättespänd|hård|stenhård|bräd*",
              "buken ~ är|känns ~ spänd|hård|stenhård"),
    "suicide_method": ("skjuta|hänga|dränka ~ sig|mig ~ själv", "skjuta sig", "hänga sig",
                       "dränka sig", "skjuta ihjäl ~ sig|mig"),
    "suicide": ("skjuta|hänga|dränka ~ sig|mig ~ själv", "skjuta sig", "hänga sig",
                "dränka sig", "skjuta ihjäl ~ sig|mig"),
    # New situations, with en/fi words in their own files' probe-13 sv blocks.
    # A wasp or bee sting inside the mouth or throat: the airway can swell shut.
    "sting_mouth": ("stack|stuckit|stucken|stungen|stungit|stacks ~ mig|honom|henne|"
                    "hen|sig ~ i|på ~ tungan|munnen|halsen|svalget|läppen|gommen",
                    "stack|stuckit|stucken|stungen|stungit|stacks ~ i|på ~ tungan|munnen|"
                    "halsen|svalget|gommen",
                    "geting*|bi|biet|humla|humlan ~ i ~ munnen|halsen|läsken|drickan|burken|"
                    "flaskan|glaset|saften",
                    "getingstick*|bistick*|stick ~ i|på ~ tungan|munnen|halsen|svalget|gommen"),
    # Standing at the edge of a height: a railing, a ledge, a bridge, a high balcony.
    "at_height": ("står|sitter|klättrat|klättrade|stod|satt ~ på|vid|över|utanför ~ räcket|"
                  "kanten|broräcket|balkongräcket|takkanten|stupkanten|klippkanten|bron|taket",
                  "på fel sida om räcket", "utanför räcket", "över räcket",
                  "femte|sjätte|sjunde|åttonde|nionde|tionde|elfte|tolfte|översta|högsta ~ "
                  "våningen|våning",
                  "balkong* ~ högt upp", "högt upp på ~ taket|bron|balkongen"),
    # A young person asking that a parent is not told: a secret injury or overdose.
    "secrecy": ("säg|berätta|säger|berättar ~ {NEG} ~ till|för ~ mamma|pappa|föräldrarna|"
                "någon|nån|föräldrar",
                "{NEG} ~ säg|berätta ~ till|för ~ mamma|pappa|föräldrarna|någon|nån",
                "säg|berätta ~ inget|ingenting ~ till|för ~ mamma|pappa|föräldrarna|någon|nån",
                "ingen får veta", "ingen vet om det", "mina föräldrar får inte veta",
                "mamma får inte veta", "pappa får inte veta", "döljer det"),
    # The waters have broken; with green or brown water the baby has passed meconium.
    "waters_broken": (  # probe 17 (sv)
        "rinner|rann|sipprar|forsar ~ vatten|vätska ~ ur ~ mig|slidan",
        "vatten|vätska ~ rinner|rann|sipprar ~ ur ~ mig|slidan",
        "vattnet|fostervattnet|vattnen ~ gick|gått|går",
                      "vattnet|fostervattnet|vattnen ~ har ~ gått",
                      "vattenavgång*", "fostervatten*", "vattnet har gått", "vattnet gick"),
    "meconium": ("det|den|dom|de ~ är|var|blir|blev ~ grönt|gröna|grön|gallgrönt|gallgrön|"
                 "grönaktigt|gulgrönt|mörkgrönt",  # probe 15 (sv): the same words as it_green
                 "grönt", "grön", "gröna", "grönaktig*", "grönbrun*", "brunt", "brun",
                 "brunaktig*", "missfärgat", "mekonium*", "grumligt"),
    # Shaking chills: rigors, the body fighting bacteria in the blood.
    "rigors": ("skakfrossa*", "frossbrytning*", "skakar|skakade|skakat ~ av ~ frossa|köld|kyla",
               "skakar okontrollerat", "tänderna skallrar", "huttrar okontrollerat",
               "frossa ~ så ~ jag ~ skakar"),
    "chills": ("skakfrossa*", "frossbrytning*", "skakar|skakade|skakat ~ av ~ frossa|köld|kyla",
               "skakar okontrollerat", "tänderna skallrar", "huttrar okontrollerat",
               "frossa ~ så ~ jag ~ skakar"),
    # A party, a festival or a club: a pill taken there is a drug.
    "party": ("festival*", "fest", "festen", "efterfest*", "förfest*", "rejv*", "rave*",
              "nattklubb*", "klubben", "krogen", "party*"),
    # A known epilepsy (the diagnosis, not a seizure now).
    "epilepsy": ("epilepsi", "epileptiker", "har epilepsi", "epilepsidiagnos"),
    # Coffee, energy drinks: a harmless cause of a racing heart.
    "caffeine": ("kaffe*", "koffein*", "energidryck*", "espresso*", "nocco*", "red bull",
                 "kaffekoppar", "koppar kaffe",
                 # probes 24-25 (from en): "överdoserade kaffe" is too much coffee, not poison
                 # (caffeine tablets, "koffeintabletter", stay an overdose)
                 "överdos* ~ kaffe*|koffein|koffeinet|energidryck*|nocco*|espresso*",
                 "kaffe*|koffein|koffeinet|energidryck* ~ överdos*"),
    # Checked by a doctor and found harmless.
    "known_benign": ("ofarlig*", "ofarligt", "godartad*", "harmlös*", "inget farligt",
                     "inget allvarligt", "var normalt", "var normal", "såg normalt ut",
                     "allt var bra", "kollades ~ och ~ var ~ bra|normalt|ofarligt"),
    # "Första passet på länge": the first in a long time, not a long illness.
    "in_a_while": ("på länge", "på ett tag", "på flera år", "på ett bra tag",
                   "första gången på länge", "första gången på ~ år|månader|tag|flera"),
    "dizzy_standing": ("yr|snurrig|snurrar ~ när ~ jag|han|hon ~ ställer|reser|står",
                       "yr|snurrig ~ när ~ ställer|reser ~ mig|sig"),
    # --- probe 15 (from en) ---
    # Swedish words for the situations the en probe-15 rules introduced.
    "preterm": ("vecka|graviditetsvecka|gravidvecka ~ 20|21|22|23|24|25|26|27|28|29|30|31|32|33|"
                "34|35|36",
                "är i vecka 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36",
                "20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36 ~ veckor|v ~ gravid|graviditet",
                "för tidig|tidigt ~ förlossning|värkar|vattenavgång|födsel",
                "förtidig* ~ förlossning|värkar|vattenavgång|födsel",
                "prematur ~ förlossning|värkar",
                # probes 24-25 (sv): "gravid v 29", "gravid i vecka 29"
                "gravid|gravida|graviditet ~ v|vecka|veckan|gv 20|21|22|23|24|25|26|27|28|29|30|"
                "31|32|33|34|35|36", "gv 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36"),
    "dose_supply": ("hela ~ veckans|månadens|veckodosettens ~ medicin*|dos*|tablett*|piller|"
                    "dosett*|påsar|läkemedel",
                    "en ~ veckas|månads ~ medicin*|dos*|tablett*|piller|läkemedel|förbrukning"),
    "first_aid_topic": ("hlr ~ kurs*|utbildning*", "första hjälpen ~ kurs*|utbildning*",
                        "kurs*|utbildning* ~ i|om ~ första|hlr|hjärt|livräddning",
                        "sjukvårdskurs*", "livräddningskurs*", "hlr-kurs*"),
    "lay_on_arm": ("sov|sovit|sovde|låg|legat|ligger ~ på ~ armen|handen|armarna",
                   "armen|handen ~ somnade|somnat", "död arm"),
    "dose_box": ("*dosett*", "dospås*", "apodos*", "blisterförpackning*", "tablettask*",
                 "medicinask*", "pillerask*"),
    "empty_word": ("tom", "tomma", "tomt", "tömd", "tömda", "tömt", "uppriven", "upprivna",
                   "upprivet", "inget kvar"),
    "pain_disproportion": (  # probe 17 (sv)
        "smärtan|värken ~ är ~ helt ~ galen|sjuk|vansinnig|overklig|sinnessjuk",
        # probes 26-27 (sv): "smärtan är helt orimlig"
        "smärtan|smärta|värken|ont ~ orimlig|orimligt|oproportionerlig|oproportionerligt",
        "orimlig|orimligt ~ ont|smärta|smärtan|värk|värken|smärtsamt",
        "galen|vansinnig|sinnessjuk ~ smärta", "oproportionerlig*", "ur proportion",
                           "värre|ondare ~ än ~ det|huden|såret|hudén|rodnaden ~ ser ut",
                           "mer ont än ~ det|huden|såret|rodnaden ~ ser ut",
                           "mer|värre ~ än ~ det|huden|såret|rodnaden ~ ser ut"),
    "eye_shut": ("svullet igen", "svullen igen", "svullna igen", "svullnat igen",
                 "kan {NEG} ~ öppna ~ ögat|ögonen|ögonlocket"),
    "orbital_sign": ("ont ~ att|när ~ röra|titta|tittar|rör|vrida|vrider ~ ögat|ögonen|sidan|upp",
                     "ögonrörelser* ~ ont|smärtar|värker", "smärta vid ögonrörelser",
                     "ögat|ögongloben ~ buktar|står|trycks|sticker ~ ut|fram", "utstående öga"),
    "cancer": ("cancer*", "*cancer*", "tumör*", "*tumör*", "metastas*", "dottersvulst*", "lymfom*",
               "myelom*", "*leukemi*", "elakartad*", "malign*", "karcinom*", "sarkom*"),
    "dialysis": ("*dialys*",),
    "missed_word": ("missade", "missat", "missa", "hoppade över", "hoppat över", "uteblev",
                    "ställdes in", "inställd", "skippade", "skippat", "gick {NEG} på"),
    "skin_detach": ("huden|hud|hudbitar ~ lossnar|lossnat|släpper|släppt|lossnade|släppte",
                    "huden|hud ~ flagnar|flagnat|flagnade ~ av|bort|sjok|flak",
                    "hudlossning", "hudavlossning"),
    "food_dye": ("rödbet*", "blåbär*", "björnbär*", "rabarber*", "livsmedelsfärg*",
                 "karamellfärg*", "lakrits*"),
    "fright": ("skräckfilm*", "skräckserie*", "skrämd*", "vettskrämd*", "blev ~ rädd|skrämd|skraj",
               "hoppade till",
               # probe 19 (sv): a near miss in traffic is a fright, not an injury
               "nästan|nära ~ påkörd|överkörd|påkörda", "nära ~ att ~ bli ~ påkörd|överkörd",
               "höll på att ~ bli ~ påkörd|överkörd"),
    # --- probe 15 (from fi) ---
    # Swedish words for the situations the fi probe-15 rules introduced.
    # Clear, watery fluid from the ear or nose after a blow to the head: a skull-base fracture.
    "csf_leak": ("klar|genomskinlig|vattnig ~ vätska ~ örat|öronen|näsan|näsborren",
                 "rinner|läcker|droppar|sipprar ~ klar|genomskinlig|vattnig ~ ur|från ~ örat|"
                 "näsan", "örat|näsan ~ rinner|läcker|droppar|sipprar ~ klar|genomskinlig|"
                 "vattnig", "klar|genomskinlig|vattnig ~ vätska ~ rinner|läcker|droppar|sipprar|"
                 "kommer", "likvor*", "ryggmärgsvätska*", "cerebrospinalvätska*"),
    # No memory of what happened (the accident, the blow, the fall).
    "amnesia": ("minns ~ {NEG} ~ vad|olyckan|fallet|något|smällen|händelsen|hur",
                "kommer ~ {NEG} ~ ihåg", "minnesluck*", "minnesförlust*"),
    # Seeing things that are not there (new in an older person: delirium).
    "hallucination": (  # probe 17 (sv)
        "prata|pratar|pratade|pratat|talar|talade ~ med ~ döda|döde ~ fru|man|mamma|pappa|vänner|"
        "mor|far ~ som om", "ser ~ folk|personer|djur ~ som ~ inte ~ finns", "hallucin*",
        "synvilla", "synvillor",
                      "ser ~ saker|djur|insekter|kryp|folk|människor|katter|barn|spindlar|myror ~ "
                      "som ~ {NEG}",
                      "kryp|insekter|myror|spindlar|maskar ~ väggarna|väggen|taket|huden|lakanen"),
    # Alcohol stopped after heavy drinking: withdrawal (delirium tremens, fits).
    "withdrawal": ("slutade|slutat|sluta|slutar ~ dricka|supa|spriten|alkoholen",
                   "abstinens*", "avgiftning*", "delirium*", "alkoholabstinens*"),
    # A bleeding disorder (haemophilia, von Willebrand).
    "bleeding_disorder": ("blödarsjuk*", "hemofili*", "willebrand*", "blödningsrubbning*",
                          "koagulationsrubbning*"),
    # Scuba diving in the last hours: decompression sickness.
    "diving": ("dykning*", "dykare", "dykaren", "dykarsjuk*", "dyktur*", "sportdyk*",
               "tryckfallssjuk*", "tryckkammare*", "dykpass*", "dykresa*", "dyk", "dyket",
               "dykningen", "kom upp ~ för ~ fort|snabbt"),
    # A plaster cast on a limb.
    "cast": ("gips", "gipset", "gipsat", "gipsad", "gipsade", "gipsades", "gipsskena*",
             "i gips"),
    "foreskin": ("förhud*",),
    # A slurry pit, silo, sewer or septic tank: toxic gas that fells the rescuers too.
    "gas_pit": ("gödselbrunn*", "gödselbehållare*", "gödselstad*", "flytgödsel*", "urinbrunn*",
                "silo", "silon", "siloer", "tornsilo*", "avloppsbrunn*", "septitank*",
                "slamavskiljare*", "svavelväte*", "gödselkällare*"),
    # "I won't come back": said with the means at hand, a suicide plan.
    "no_return": ("kommer ~ {NEG} ~ tillbaka|hem", "{NEG} ~ komma ~ tillbaka|hem",
                  "aldrig ~ komma|kommer ~ tillbaka|hem"),
    # Watering eyes (pollen, a cold): no bleeding.
    "watery_eyes": ("rinnande ögon", "ögonen ~ rinner|tåras|tåre*", "tårögd*", "rinner ~ ögonen"),
    # Asleep or passed out (after tablets).
    "asleep": ("sover", "somnade", "somnat", "däckade", "däckat", "slocknade", "slocknat",
               "sov"),
    # --- probe 15 (from sv) ---
    # Word families the sv probe-15 messages used for concepts the lexicon already had.
    # "Som en älg står på bröstet": a weight on the chest is a pressure.
    "pressure": ("står|stod|sitter|satt ~ på ~ bröstet|bröstkorgen", "skruvstäd*",
                 "älg|häst|ko|elefant ~ på ~ bröstet|bröstkorgen", "band runt bröstet",
                 "snörs|snör|kramas ~ ihop|åt"),
    # Finland-Swedish grandparents, and the possessive forms.
    "elderly": ("fammo*", "mommo*", "faffa*", "moffa*", "mormor*", "farmor*", "morfar*",
                "farfar*", "gammelmor*", "gammelfar*", "gamlingen"),
    "arm": ("armbåg*", "underarm*", "överarm*"),
    # Numb where one wipes after the toilet, or between the legs: the saddle area.
    "saddle_numb": ("känner {NEG} ~ när ~ torkar", "{NEG} ~ känner ~ när ~ torkar",
                    "kan ~ {NEG} ~ känna ~ när ~ torkar",
                    "domn*|bortdomn*|känsellös*|känslolös* ~ mellan ~ benen|låren|skinkorna",
                    "domn*|bortdomn*|känsellös*|känslolös* ~ i ~ skrevet|grenen|underlivet|"
                    "rumpan|stjärten|baken|ändtarmen",
                    "känner ~ {NEG} ~ toapappret|pappret|torkpappret",
                    "känner ~ {NEG} ~ när ~ torkar",
                    "känner|kände ~ inget|ingenting ~ när ~ torkar"),
    # A horse's or anyone's kick in the belly ("fick en hästspark i magen").
    "belly_blow": (  # probe 17 (sv)
        "föll|ramlade|halkade|trillade ~ på ~ magen|buken", "föll ~ rakt ~ på ~ magen",
        "*spark|*sparken|slag|slaget|stöt|stöten ~ i|mot|på ~ magen|buken|sidan|"
                   "magtrakten|mellangärdet", "hästspark*",
                   "knä|knät|knytnäve|knytnäven|armbåge|armbågen|fot|foten ~ i ~ magen|buken",
                   "puck|pucken|klubba|klubban|skott|bollen ~ i|mot ~ magen|buken|sidan"),
    # The bone showing: something white sticking out through the skin.
    "bone_visible": (  # probe 17 (sv)
        "sticker|stack ~ ut ~ något ~ vitt", "något vitt ~ sticker|stack ~ ut",
        "vitt ben ~ syns|sticker", "ut ~ genom ~ huden|skinnet",
        "sticker|stack|stuckit ~ ut ~ ben|benet|"
                     "benbit*|skelettet", "benbit* ~ syns|sticker", "öppet benbrott",
                     "syns ~ benet|skelettet|benbit*|benpipan ~ genom|i ~ såret|huden",
                     "benet|benpipan|benbiten ~ genom ~ såret|huden|skinnet",
                     "öppen benbrott"),
    # Heard a crack when it happened.
    "fracture": (  # probe 17 (sv)
        "öm|ömt|ömmar|ont|smärta ~ på|över|vid ~ benknölen|fotknölen|ankelknölen|malleolen|"
        "knölen", "hörde ~ knak|knakade|knäck|knäpp|krasch|brak|smäll", "det knakade",
                 "knakade till"),
    # "Kan inte få ner ens vatten", "vill inte svälja", spitting out saliva.
    "cant_swallow": ("vill {NEG} ~ svälja", "vägrar ~ svälja",
                     "kan ~ {NEG} ~ få ~ ner|ned ~ vatten|mat|maten|något|nåt|ens|dricka|saliv*|"
                     "tabletten|drycken",
                     "får {NEG} ~ ner|ned ~ vatten|mat|maten|något|nåt|ens|dricka|saliv*",
                     "kan ~ {NEG} ~ svälja ~ saliv*|saliven|spottet|spott"),
    "drooling": ("spottar|spotta ~ ut ~ saliv*|saliven|spott|spottet", "saliven rinner",
                 "kan ~ {NEG} ~ svälja ~ saliv*|saliven|spottet|spott"),
    # Food dropping out of one corner of the mouth: a drooping face.
    "droop": ("tappar|tappade|rinner|rann|läcker|läckte|trillar|faller ~ mat|maten|kaffet|kaffe|"
              "vatten|vattnet|dryck|drycken|drickan|saliv|saliven|soppan ~ ur|från ~ mungip*|"
              "munnen",
              "mat|maten|vatten|vattnet|kaffe|kaffet|saliv|saliven|dregel|soppan ~ rinner|rann|"
              "trillar|faller|läcker ~ ur ~ mungip*|munnen"),
    # A baby who will not suck or take the breast.
    "not_feeding": ("vill {NEG} ~ suga|amma", "suger {NEG}", "orkar {NEG} ~ suga|amma",
                    "tar {NEG} ~ bröstet|flaskan|nappflaskan", "vill {NEG} ta ~ bröstet|flaskan"),
    # A pulsating belly: the aorta ("känner det pulsera i magen").
    "aneurysm": ("pulserar|pulsera|pulserande|bultar|bulta|bultande|dunkar|dunka ~ i ~ magen|"
                 "buken|naveln", "pulserande ~ knöl|klump|mage|buk|utbuktning", "bukaorta*",
                 "kroppspulsåder*"),
    # "Kan inte gapa": the mouth will not open.
    "cant_open_mouth": ("kan ~ {NEG} ~ gapa", "svårt att gapa", "kan ~ {NEG} ~ öppna ~ käken",
                        "käken ~ låst|låser|låste|låsts", "låst käke"),
    # Flew home across time zones.
    "jet_lag": ("tidsskillnad*", "tidsomställning*", "tidszon*",
                "kom|kommit|flög|flugit|kommer ~ hem ~ från ~ japan|kina|usa|amerika|thailand|"
                "australien|asien|indien|kanada|brasilien|mexiko|singapore|vietnam|korea|"
                "filippinerna|bali|indonesien|kalifornien|florida"),
    "long_travel": ("kom|kommit|flög|flugit|kommer ~ hem ~ från ~ japan|kina|usa|amerika|"
                    "thailand|australien|asien|indien|kanada|brasilien|mexiko|singapore|"
                    "vietnam|korea|filippinerna|bali|indonesien|kalifornien|florida",),
    "dry_skin": ("torra|torr|spruckna|sprucken ~ händer|händerna|hud|huden|fingrar|fingrarna|"
                 "knogar|knogarna",),
    "minor_knock": ("slog|stötte|sparkade|dunkade ~ tån|tårna|lilltån|stortån|fingret|tummen|"
                    "armbågen|knät|smalbenet|foten|benet|handen",),
    # A baby vomiting, "och det är grönt": with the vomiting a few words back, bile.
    "it_green": ("det|den|dom|de ~ är|var|blir|blev ~ grönt|gröna|grön|gallgrönt|gallgrön|"
                 "grönaktigt|gulgrönt|mörkgrönt",),
    # "Nyss" is just now, "skalade potatis" is peeling, "handsprit" is hand gel.
    "swelling": ("sväller", "svällt", "svällde", "svullnat"),
    # "Jag tror" is the writer's own guess, not a third party's reassurance ("he thinks").
    "uncertain": ("jag tror", "tror jag", "jag tror att"),
    # "Nu är allt bra": it has passed.
    "resolved": ("nu är allt bra", "allt är bra nu", "allt är bra igen", "är bra igen",
                 "mår bra igen", "har lagt sig", "är borta nu"),
    # An erection ("stånd"), not "i stånd att" (able to).
    "erectile": ("ståndet", "haft stånd", "har stånd", "fått stånd", "fick stånd", "får stånd",
                 "stånd som"),
    "poison": ("rengöringsmedel*", "allrengöring*", "städmedel*", "fönsterputs*",
               "kalkborttag*"),
    # Running, a match, a hard workout.
    "exertion": ("sprang", "springa", "sprungit", "löpning*", "löprund*", "löppass*",
                 "fotbollsmatch*", "innebandymatch*", "hockeymatch*", "under matchen",
                 "spelade ~ fotboll|innebandy|hockey|basket|tennis|padel", "crossfit*",
                 "maraton*", "spinning*", "intervall*",
                 "skottade|skottat|skotta|skottar|skottning ~ snö|snön|uppfarten|taket",
                 "snöskott*",
                 # probes 22-23 (sv): "svimmade mitt under löpträningen"
                 "löpträning*", "*löpträningen", "träningspass*",
                 "under ~ träningen|loppet|passet|löpningen|joggingen|gympan|idrotten"),
    "musculoskeletal": ("muskl*",),
    # Urine dark brown like cola (after a hard workout or a long lie): muscle breakdown.
    "dark_urine": ("kissar|kiss|kisset|urin|urinen ~ mörkbrun*|brun|brunt|bruna|colafärgad*|"
                   "cola|svartbrun*|svart|svarta",
                   "mörkbrun*|colafärgad*|colabrun* ~ urin|urinen|kiss|kisset", "colafärgad*"),
    "copula": ("e",),  # Finland-Swedish "han e 2" (är)
    "sneeze": ("-nyss",),
    "burn": ("-skala*",
             # probes 28-29 (from fi): a kettle or teapot pulled over someone is a scald
             "drog|drar|välte|vräkte|slet ~ vattenkokaren|tekannan|kastrullen|kaffepannan|"
             "kaffekannan|grytan|stekpannan ~ över ~ sig|honom|henne|mig"),
    "alcohol": ("-handsprit*",),
    "psych_help": ("terapeut*", "psykoterapeut*"),
    # Fall height in words: "kanske fyra meter".
    "height_metres": ("tre|fyra|fem|sex|sju|åtta|nio|tio|femton|tjugo|flera|3|4|5|6|7|8|9|10|"
                      "12|15|20 ~ meter|metrar|m",),
    # New situations, with en/fi words in their own files' probe-15 sv blocks.
    # A rusty nail or a puncture in soil: tetanus when the jaw then stiffens.
    "tetanus_wound": ("rostig*", "trampade|klev|trampat|klivit ~ på ~ spik*",
                      "spik|spiken ~ i|genom|igenom ~ foten|handen|skon|sulan|hälen",
                      "jord i såret", "spik* ~ gick|gått ~ in|igenom"),
    # Something stuck in the gullet (a piece of meat) and nothing goes down.
    "food_stuck": ("fastnade|fastnat|fastnar|sitter|satt|kört|körde ~ i ~ matstrup*",
                   "matstrup* ~ stopp|blockerad|tilltäppt|igensatt",
                   "*bit|*biten|maten|mat|köttet ~ fastnade|fastnat|fastnar"),
    # Something hanging out down there after the waters broke: the cord or a limb.
    "protruding": ("nåt|något ~ hänger|sticker|tittar ~ ut", "det ~ hänger ~ ut",
                   "hänger|sticker|kommer ~ ut ~ ur|från ~ slidan|underlivet",
                   "hänger|sticker ~ ut ~ därnere|nertill|nedtill", "något i slidan"),
    # Lithium: diarrhoea or a new drug, then tremor, unsteadiness and confusion is toxicity.
    "lithium": ("litium*", "lithionit*", "-litiumbatteri*", "-litiumjon*"),
    # A sharp object through the eyelid or into the eye.
    "eye_pierced": ("fiskekrok*|krok|kroken|kniv*|sax*|saxen|pinne*|pinnen|spik*|nål*|nålen|"
                    "glasbit*|glassplitter|penna|pennan|pil|pilen ~ i|in|genom ~ ögat|"
                    "ögonlocket|ögongloben|ögonen",
                    "genom ögonlocket", "gått|gick|trängt|trängde|borrat ~ in i ~ ögat",
                    "stack|stuckit|stuckits|stacks ~ i|in ~ ögat|ögongloben",
                    "ögat|ögonlocket ~ fiskekrok*|kroken",
                    # longer than "fick ~ i ögat" (eye_injury), so it claims the words first
                    "fick|fått|får|åkte|gick|for|flög ~ fiskekrok*|krok|kroken|kniv*|sax|saxen|"
                    "nål|nålen|pil|pilen|glasbit*|glassplitter|grillspett*|spett|stickning* ~ "
                    "i|in|genom ~ ögat|ögonlocket|ögongloben|ögonen"),
    # A potency pill (sildenafil) and a nitrate spray or tablet: blood pressure collapses.
    "pde5": ("viagra", "sildenafil*", "cialis", "tadalafil*", "levitra", "vardenafil*",
             "potensmedel*", "potensmedicin*", "potenspiller", "potenstablett*"),
    "nitrate": ("nitro", "nitron", "nitroglycerin*", "glyceryl*", "nitrospray*", "nitromex*",
                "nitrolingual*", "isosorbid*", "imdur*", "ismo", "poppers"),
    # Grease or paint shot into a finger under high pressure.
    "injection_injury": ("fettspruta*", "fettsprutan", "smörjspruta*", "färgspruta*",
                         "högtrycks* ~ in|i|mot ~ fingret|handen|handflatan|huden",
                         "sprutade|sprutat|sprutades|sköt ~ in ~ i ~ fingret|handen|huden"),
    # The neck twisting by itself, the eyes rolling up: an acute dystonic reaction.
    "dystonia": ("vrider|vrids|dras|drar ~ nacken|huvudet|halsen ~ sidan|bakåt|snett",
                 "nacken|huvudet|halsen ~ vrider|vrids|dras|drar ~ sidan|bakåt|snett",
                 "ögonen ~ rullar|vrids|vänds|åker|går ~ uppåt|upp|bakåt",
                 # probe 21 (sv): past tense, "ögonen rullade upp"
                 "ögonen ~ rullade|rullat|vreds|vändes|vände|åkte ~ uppåt|upp|bakåt",
                 "vrider sig ~ av sig själv", "dystoni*", "tungan ~ trycks|skjuts ~ ut"),
    # Weakness or numbness creeping up from the feet: Guillain-Barré.
    "ascending": ("uppåt", "kryper uppåt", "sprider sig uppåt", "stiger uppåt",
                  "upp mot ~ knäna|låren|höfterna|midjan|magen"),
    # A snake struck (not "bet"), and a strike that left no mark on the skin.
    "snake_strike": ("högg|huggit|hugget|hugger mig|honom|henne|hen|sonen|dottern|barnet|"
                     "hunden|oss|pappa|mamma|frun|mannen",),
    "skin_intact": ("inga ~ märken|bitmärken|hål|sår", "inget ~ bitmärke|märke|hål|sår",
                    "gick {NEG} igenom", "{NEG} ~ igenom ~ huden|stöveln|skon|byxan",
                    "huden ~ är ~ hel", "missade",
                    # probes 28-29 (from en): "huden gick inte sönder"
                    "huden ~ {NEG} ~ trasig|sönder|bruten|skadad", "gick {NEG} hål", "hel hud"),
    # --- probe 17 (from en) ---
    "eye_hit": ("nagot|flisa|skarva|splitter|metallbit|metallflisa|gnista|gnistor|span|bit ~ flog|"
                "for|gick|traffade|skots|sprutade ~ ogat|ogonen",
                "metallflis*|metallsplitter|metallspan ~ ogat|ogonen", "fick ~ nagot ~ i ~ ogat"),
    "restless_agitation": ("rastlos*", "agiterad*", "kan inte ligga still", "vrider sig",
                           "oro i kroppen", "orolig i kroppen"),
    "gbs_trigger": ("efter ~ magsjuk*|maginfluensa*|vinterkrak*|diarre*|kraksjuk*",),
    # --- probe 17 (from fi) ---
    # An insulin pump that came off or stopped delivering (type 1: ketoacidosis within hours).
    # Something slipped out of the hand by itself (with a speech lapse: a TIA).
    "dropped_object": ("koppen|glaset|muggen|gaffeln|skeden|mobilen|pennan ~ föll|gled|"
                       "ramlade ~ ur|från ~ handen",),
    # A count in the tens said in words: with pills taken, a large overdose.
    "many_count": ("tjugotal*", "ett tjog", "trettiotal*", "dussintals", "tiotals", "dussin"),
    "pump_off": ("pumpen|insulinpumpen|kanylen|nålen ~ lossnade|lossnat|ramlade|ramlat|"
                 "stopp|tilltäppt|slutade",
                 "pumpen|insulinpumpen|kanylen ~ har ~ lossnat|ramlat",
                 "pumpen|insulinpumpen ~ har ~ inte ~ fungerat|funkat|gett"),
    # --- probe 17 (from sv) ---
    # "äter inga blodförtunnande": the negation belongs to the blood thinner, not to eating.
    "no_anticoag": ("äter|tar|står ~ {NEG} ~ blodförtunnande*|waran*|eliquis|xarelto|trombyl",
                    "inga|inte ~ blodförtunnande*"),
    "hopeless": ("ingen idé ~ längre", "inte ~ någon ~ idé ~ längre", "ingen mening ~ längre",
                 "ingen mening med något"),
    "recession": ("sugs in ~ mellan ~ revbenen|revbenet", "huden ~ sugs|dras ~ in", "indrag*",
                  "gropar ~ mellan ~ revbenen", "magen ~ pumpar",
                  "drar ~ in ~ i ~ gropen|halsgropen", "gropen ~ ovanför|ovan ~ bröstbenet",
                  "halsgropen ~ drar|dras|sugs ~ in"),
    "fetal_movement": ("bebisen|bäbisen|barnet ~ konstigt|ovanligt|helt ~ stilla|lugn|tyst",
                       "{NEG} ~ känt ~ några ~ sparkar|rörelser", "slutat ~ sparka|röra sig"),
    "paralysis": ("ligger|hänger ~ bara ~ i ~ knät|knäet", "handen|armen ~ ligger ~ livlös|slapp",
                  "kan {NEG} ~ lyfta ~ armen|handen"),
    "gunshot": ("hagelsvärm*", "hagelskott*", "blev ~ skjuten|skjutet", "skottskada*",
                "fick ~ hagel ~ i ~ låret|benet|armen|magen|ryggen|sig"),
    "heavy_bleed": ("byta|byter|bytt ~ binda|bindor|bindan ~ varje|var ~ kvart|halvtimme|timme",
                    "blöder|blött ~ igenom ~ en|binda|bindan|bindor|handduk",
                    "igenom ~ binda ~ på ~ en ~ kvart|timme",
                    "klumpar ~ stora ~ som ~ en ~ handflata|knytnäve|citron|plommon"),
    "carbon_monoxide": ("garaget och ~ bilen|motorn ~ går|gick|igång",
                        "motorn ~ går|igång ~ i ~ garaget",
                        "låst in sig ~ i ~ garaget ~ med ~ bilen|motorn"),
    "baby": ("lillen", "vår|min ~ lilla|lillan", "vår|min ~ bebis|bäbis|nyfödda"),
    "animal_bite": ("hund|hunden|hundar ~ bet|bitit",
                    "bet ~ min|mitt|vår ~ dotter|son|barn|dotter|pojke|flicka ~ i"),
    "larynx_blow": ("puck|pucken|klubba|klubban|boll|bollen|slag|spark|armbåge ~ på|i|"
                    "mot ~ struphuvudet|strupen|adamsäpplet",
                    "struphuvudet|strupen|adamsäpplet ~ träffad|träffades|fick ~ en ~ smäll|slag|"
                    "puck",
                    "slag ~ mot ~ halsen|strupen",
                    "fick en ~ puck|boll|klubba|smäll ~ mot|i|på ~ halsen|strupen|struphuvudet"),
    "hoarse": ("rösten ~ är ~ borta", "rösten ~ försvann|försvunnen|borta", "tappade rösten",
               "rösten ~ försvinner|försvinna|sviker", "hesare", "hesa", "hesig*",
               "kan {NEG} ~ prata", "får {NEG} fram ~ ett ~ ljud"),
    # --- probe 18 (from en) ---
    "hanging": ("hängt sig", "hängde sig", "försökte hänga sig",
                "bälte|rep|snara|sladd ~ runt ~ halsen"),
    # --- probe 18 (from fi) ---
    # A tampon or menstrual cup (left in: toxic shock with fever, rash or faintness).
    "tampon": ("tampong*", "tampon*", "menskopp*", "menskopp"),
    # Hard to wake (a rule-local sign, apart from drowsy).
    "hard_to_wake": ("svår att få vaken", "vaknar knappt"),
    # --- probe 18 (from sv) ---
    # A "hot potato" voice: a throat abscess or epiglottitis swelling behind the tongue.
    "muffled": ("het|varm|kokhet|kokande|stor ~ potatis|potät ~ i ~ munnen|halsen",
                "potatis|potät ~ i ~ munnen|halsen", "*potatisröst*", "låter som ~ potatis",
                "låter ~ som om ~ munnen ~ full", "talar|pratar|låter ~ grötigt|grumligt"),
    # Overuse of a tendon (tennis or golfer's elbow, mouse arm, jumper's knee): self-care.
    "overuse_injury": ("tennisarmbåg*", "tennisarmbåge*", "tennisarmbog*", "tennisarm*",
                       "golfarmbåg*", "golfarmbåge*", "musarm*", "hopparknä*", "löparknä*",
                       "epikondylit*", "överbelastning*", "överansträngd ~ sena|senan|senor",
                       "senskideinflammation*", "seninflammation*"),
    # A toddler holds the breath when upset and goes blue, then breathes again: a breath-holding
    # spell (1177: affektanfall), harmless once the doctor has recognised it.
    "breath_holding": ("affektanfall*", "affektkramp*", "affekt ~ anfall|kramp",
                       "höll|håller ~ andan ~ när ~ arg|ledsen|skrek|skriker|gråter|grät"),
    # "nu andas han inte": the subject between the verb and the negation.
    "not_breathing": ("andas ~ han|hon|hen|barnet|bebisen|pojken|flickan|den|det ~ {NEG}",),
    # --- probe 19 (from en) ---
    "deep_breathing": ("andas ~ djupt|tungt|suckande|ansträngt", "djupa ~ andetag|andetagen",
                       "djup ~ andning", "kussmaul*"),
    "gums": ("tandkött*",),
    "gum_bleed": ("tandköttsblödning*", "tandköttsinflammation*", "gingivit"),
    # --- probe 19 (from fi) ---
    # Pauses in a baby's breathing (apnoea).
    "breath_pauses": ("andningsuppehåll*", "andningspaus*", "pauser ~ i ~ andningen",
                      "slutar ~ andas ~ ibland|stunder|stundvis",
                      "slutar ~ andas ~ en ~ stund", "apné*"),
    # A firework or banger to the eye or face.
    "firework_eye": ("raket|raketen|smällare|smällaren|fyrverkeri*|tomtebloss ~ i ~ ögat|ögonen|"
                     "ansiktet", "fick ~ raket|smällare|fyrverkeri ~ i ~ ögat|ansiktet"),
    # Caught in machinery (a power take-off shaft, rollers, an auger).
    "machine_entangle": ("kraftuttag*", "kardanaxel*",
                         "fastnade|fast|drogs|dragen|dragits ~ i|in ~ maskinen|valsarna|axeln|"
                         "skruven"),
    # Lies in bed all day, does not get up.
    "bedbound": ("ligger ~ bara ~ i ~ sängen", "ligger ~ i ~ sängen ~ hela ~ dagen",
                 "kommer ~ {NEG} ~ ur ~ sängen"),
    # An intrauterine device (a coil).
    "iud": ("spiral", "spiralen", "kopparspiral*", "hormonspiral*", "mirena*"),
    # Heartbreak as a figure of speech, not chest pain.
    "heartbreak": ("hjärtesorg*", "krossat hjärta", "hjärtat ~ krossat|krossades|brast",
                   "hjärtat ~ gick ~ sönder", "krossade ~ mitt ~ hjärta"),
    # --- probe 19 (from sv) ---
    # A bladder that feels about to burst while nothing comes out (acute urinary retention).
    "bladder_full": ("blåsan|urinblåsan ~ sprängs|sprängas|spricka|spricker|exploderar|"
                     "explodera|brister", "sprängande ~ känsla|tryck ~ i ~ blåsan|urinblåsan",
                     "blåsan|urinblåsan ~ är ~ full|proppfull|jättefull|spänd",
                     "blåsan|urinblåsan ~ känns ~ full|proppfull|spänd"),
    # Croup: a barking cough "like a seal".
    "barking_cough": ("låter ~ som ~ en ~ säl", "sälhosta*", "sälskall*",
                      "skäller ~ som ~ en ~ hund|säl"),
    "purple": ("mörklila", "mörklilla", "lilasvart*", "blåsvart*", "lilafärg*"),
    # Shellfish sandwiches and other allergy foods not already listed.
    "allergen": ("räkmack*", "räksmörgås*", "räksallad*", "räkcocktail*", "kräftor", "kräftskiva*",
                 "hummer", "krabba", "krabbor", "jordnötssmör*"),
    # --- probe 21 (from en) ---
    # Mellan skulderbladen eller övre ryggen, där en hjärtinfarkt kan trycka.
    "shoulder_blade": ("skulderblad*", "*skulderblad*", "övre ryggen", "övre delen av ryggen",
                       "mellan skulderbladen"),
    # En daterad episod som är över (förra veckan, för några dagar sedan), inte nu.
    "past_episode": ("förra ~ veckan|helgen|månaden", "häromdagen", "häromveckan",
                     "dagar|veckor|vecka ~ sedan|sen", "tidigare ~ i år|månaden"),
    # "sedan förra veckan" är en tid fram till nu, inte en episod som är över.
    "dur_days": ("sedan|sen ~ förra ~ veckan|helgen|månaden", "sedan|sen ~ häromdagen"),
    # Ett besvär som kom tillbaka eller sitter kvar.
    "returned": ("kom|kommit|kommer ~ tillbaka", "återkom*", "började|börjat ~ igen",
                 "sitter|finns ~ kvar",
                 # probes 28-29 (sv): "nu är det tillbaka" (a pain "igen" is derived)
                 "det|den ~ är ~ tillbaka"),
    # Nu, just nu.
    "now_word": ("nu", "just nu", "för närvarande", "ikväll", "i kväll", "idag", "i dag",
                 "i morse", "imorse", "i eftermiddag"),
    # --- probe 21 (from fi) ---
    # Feberkramp (kramp nu; för flera år sedan bara en historia).
    "febrile_seizure": ("feberkramp*",
                        # "feberkramp förra månaden, som bebis": en tidigare, ingen kramp nu
                        "feberkramp* ~ förra|tidigare|förut", "feberkramp* ~ som ~ bebis|liten"),
    # Andningen och ett ord för gles: långsam andning.
    "breath_word": ("andning", "andningen", "andetag*", "andas", "andades"),
    "sparse": ("gles", "glest", "glesa", "sällan"),
    # Något åkte ner i halsen eller luftstrupen (utan röst eller andning: kvävning).
    "throat_entry": ("åkte|gick|hamnade|fastnade ~ ner ~ i ~ halsen|luftstrupen",
                     "hamnade|fastnade ~ i ~ halsen|luftstrupen"),
    # Kvävas av skratt är ett talesätt, inte luftvägen.
    "laugh_idiom": ("kvävas|kvävs|kvävdes|storknar|storknade|sätter ~ av ~ skratt",
                    "skrattade ~ ihjäl"),
    # Slår sönder saker, rasar (med ett hot: pågående våld).
    "rampage": ("slår|slog|kastar|kastade|krossar|krossade ~ sönder ~ saker|möbler|allt|"
                "lägenheten|fönster", "kastar|kastade ~ saker|möbler|tallrikar",
                "slår sönder", "härjar", "rasar ~ och ~ slår"),
    # Gömmer sig eller har låst in sig (med ett hot: pågående våld).
    "hiding_from": ("gömmer|gömde ~ oss|mig ~ i|på ~ badrummet|toaletten|sovrummet|garderoben",
                    "inlåst|inlåsta ~ i|på ~ badrummet|toaletten|sovrummet",
                    "bakom låst dörr", "barrikader*"),
    # Gamla, läkta självskadesår (inte ett färskt sår).
    "old_wound": ("gamla sår", "läkta sår", "såren är ~ gamla|läkta"),
    # Inget ljud alls från ett barn som satt något i halsen.
    "cant_speak": ("inget ljud alls", "kommer inget ljud", "får inte fram ~ ett|något ~ ljud"),
    # --- probe 21 (from sv) ---
    # Kärlkramp (angina pectoris; bara "angina" är ofta halsfluss): med nitro som inte hjälper,
    # en hjärtinfarkt på väg.
    "angina": ("kärlkramp*", "angina pectoris", "instabil angina"),
    # Kräks något som luktar eller ser ut som bajs: tarmvred (miserere).
    "faecal_vomit": ("kräk*|spy*|spydde|spytt ~ luktar|luktade|stinker|stank|lukt ~ bajs|"
                     "avföring",
                     "kräks|kräktes|kräkts|kräker|spyr|spydde|spytt bajs|avföring",
                     "bajsluktande|avföringsluktande ~ kräk*|spy*", "fekal* ~ kräk*|spy*",
                     "miserere"),
    # En bit av en sticka eller en fästing som sitter kvar: en rest, inte "går inte över".
    "remnant": ("bit|bitar|del|delen|delar|rest|resten|flisa|flisan|stickan|taggen|spetsen|"
                "huvudet ~ sitter|satt ~ kvar",),
    # En fråga om vilka tecken man ska hålla koll på (inga egna symtom nämnda).
    "symptom_question": ("varningstecken*", "varningssignal*",
                         "vilka|vad ~ symtom*|symptom*|tecken ~ ska|bör|borde|måste ~ man|jag|vi",
                         "symtom*|symptom*|tecken ~ att ~ hålla koll|utkik|reagera|se upp",
                         "symtom*|symptom*|tecken ~ man|jag|vi ~ ska|bör|borde ~ hålla|reagera|"
                         "vara|se"),
    # --- probes 22-23 (from fi) ---
    # En gång som inte går rakt: faller eller dras åt ena sidan, balansen borta (med yrsel
    # eller svårt att svälja eller tala: en stroke i lillhjärnan eller hjärnstammen). Inte
    # "vinglar", "ostadig", "kan inte gå rakt" eller "tappar balansen", som redan är yrsel.
    # (En "|"-lista rymmer bara enstaka ord.)
    "ataxia": ("stapplar", "stapplade", "balansen ~ är ~ borta",
               "balansen ~ {NEG} ~ fungerar|funkar|finns",
               "går|gick ~ som ~ full|berusad|packad|fyllo",
               "faller|föll|drar|drog|lutar|lutade|tippar|dras|drogs ~ åt ~ höger|vänster|sidan",
               "faller|föll|drar|drog|lutar|lutade|tippar|dras|drogs ~ åt ~ ena ~ sidan"),
    # En adrenalinpenna tagen, sagt efter att pennan nämnts ("ny adrenalinpenna ... tog den nyss").
    "injected_it": ("använde|stack|injicerade ~ den|pennan|sprutan",
                    "stack|satte|tog ~ i ~ låret", "har använts", "är ~ använd|förbrukad"),
    # Luftrörsvidgande (inte kortison), och hur många gånger om dagen den behövs.
    "reliever": ("luftrörsvidgande", "vidgande", "ventoline*", "bricanyl*", "salbutamol*",
                 "airomir*", "buventol*", "terbutalin*", "blå|blåa ~ inhalator*|spray*|pump*"),
    "times_a_day": ("gånger ~ dagligen|idag|dygnet|dygn|natten|natt",
                    "gånger ~ om|per|i|varje ~ dagen|dag|dygn|dygnet|natt|natten",
                    # probes 30-31 (sv): "behöver ventolin var 4e timme" (singular: not "det var
                    # 4 timmar sen")
                    "var 1|2|3|4|andra|tredje|fjärde|halvtimme|halvtimma ~ timme|timma|tim",
                    "varannan|varje|vareviga ~ timme|timma|halvtimme|halvtimma", "var halvtimme",
                    "gånger ~ i ~ timmen"),
    # Krupp som lugnar sig i kall luft och sedan andas normalt: egenvård.
    "croup_settles": ("lugnar|lugnade|lättar|lättade ~ i|ute|utomhus ~ kall|kalla|sval|svala|"
                      "frisk|friska|kylan|luften",
                      "bättre|över ~ i|ute|utomhus ~ kall|kalla|sval|svala|frisk|friska|kylan|"
                      "luften",
                      "kall|kalla|sval|svala|frisk|friska ~ luft|luften|nattluft|nattluften ~ "
                      "hjälper|hjälpte|lugnar|lugnade",
                      "ute|utomhus|balkongen ~ hjälper|hjälpte|lugnade|bättre"),
    # En arm, ett ben eller en led som ser fel ut (efter ett fall: ur led eller bruten).
    "looks_odd": ("ser|såg ~ konstig|konstigt|skum|skumt|fel|sned|snett|deformerad|onormal ~ ut",
                  "konstig|onaturlig ~ ställning|vinkel"),
    # --- probes 22-23 (from sv) ---
    # Blöder inte mycket: ingen blödning att räkna med (ett hundbett som gapar lite är ändå en
    # akut tid, men inte 112).
    "bleed_little": ("blöder|blödde|blött ~ {NEG} ~ mycket|särskilt|speciellt|nämnvärt|kraftigt",
                     "{NEG} blöder ~ mycket|särskilt|kraftigt"),
    # En remiss (till fysioterapeut, specialist): en bokad tid, inte egenvård.
    "referral": ("remiss", "remissen", "remisser", "remisserna", "remitterad*", "remittera*"),
    # Förlamad av skräck eller framför tv:n: ett talesätt, inte en förlamning.
    "paralysis_idiom": ("förlamad|förlamade|förlamas|förlamande ~ av ~ panik|paniken|skräck|"
                        "rädsla|ångest|nervositet|nerver|stress|trötthet|tristess|tentaångest",
                        "förlamad|förlamade ~ framför ~ tv*|teve*|dator*|skärm*|mobil*|serier*"),
    # --- probes 22-23 (from en) ---
    # Asking for a complaint to be checked: a booked visit is wanted, not home care alone.
    "wants_check": ("vill|ville|borde|bör ~ kolla|kollat|undersöka|undersökt|titta|tittat",
                    "få det ~ kollat|undersökt|tittat"),
    # The baby hardly moving in the womb (a rule asks for a named pregnancy too).
    "baby_moved_less": ("bebisen|bäbisen|barnet|magen ~ knappt|nästan ~ rört|rör|sparkat|sparkar",),
    # --- probes 24-25 (from sv) ---
    # Blod ur örat (efter ett slag mot huvudet eller en olycka: en skallbasfraktur).
    "ear_bleed": ("blöder|blödde|blött|blödning|blod|blodet|blodig|blodigt ~ ur|från ~ örat|öronen",
                  "örat|öronen ~ blöder|blödde|blött", "blod i ~ örat|öronen",
                  "blödning* ~ ur|från ~ örat|öronen"),
    # Ont eller tryck som inte släpper fast man vilar: inte en sträckt muskel.
    # ("vilar" alone stays "at_rest": the phrases here are the past and the noun.)
    "rest_no_relief": ("fast|fastän|trots|även ~ vilat|vilade|vila|vilan",
                       "trots vila", "vila|vilan ~ hjälper|hjälpte|hjälpt ~ {NEG}",
                       "{NEG} ~ bättre|över ~ av|med|i ~ vila|vilan",
                       "hjälper|hjälpte ~ {NEG} ~ att vila"),
    # En hel förpackning köpt eller hämtad (inte tagen): ett inköp, ingen överdos.
    "pack_bought": ("köpte|köpt|köper|köpa|hämtade|hämtat|hämta|beställde|beställt ~ en|ett ~ "
                    "hel|helt ~ karta|burk|ask|förpackning|kartong|paket|flaska|tub",),
    # En tablett för mycket av misstag ("3 st istället för 2"), inte en överdos.
    # (The medicine's name is left outside the phrase: "en ~ extra" keeps "alvedon" a tablet.)
    "one_extra_dose": ("istället för ~ 1|2|en|ett|två", "en|ett|1 ~ för mycket",
                       "en|ett|1 ~ extra"),
    # Vanliga receptfria värktabletter.
    "otc_painkiller": ("ibuprofen*", "paracetamol*", "alvedon*", "panodil*", "ipren*", "ibumetin*",
                       "burana*", "panadol*", "pamol*", "pinex*"),
    # Ketoner (en mätning; siffran avgör om det är högt).
    "ketone_word": ("keton*", "blodketon*", "ketonmätar*", "ketonstick*"),
    # --- probes 24-25 (from en) ---
    # Självmord förnekat i klartext ("ingen plan att ta sitt liv").
    "suicide_denied": ("{NEG} ~ plan|planer|planen|avsikt|avsikter|tankar ~ ta ~ liv|livet",
                       "{NEG} ~ plan|planer|avsikt|avsikter|tankar ~ döda|avsluta ~ sig|sitt|"
                       "liv|livet",
                       "{NEG} ~ självmordsplan*|självmordsavsikt*|självmordstank*"),
    # Läkemedel som sänker infektionsförsvaret: feber eller halsont kollas samma dag.
    "immunosuppressed": ("metotrexat*", "methotrexat*", "azatioprin*", "imurel*",
                         "mykofenolat*", "cellcept*", "ciklosporin*", "sandimmun*",
                         "takrolimus*", "prograf*", "leflunomid*", "adalimumab*", "humira*",
                         "etanercept*", "enbrel*", "infliximab*", "remicade*", "rituximab*",
                         "tocilizumab*", "immunsupprim*", "immunsuppress*", "immunhämm*",
                         "biologisk|biologiska|biologiskt ~ läkemedel*|behandling*|medicin*",
                         "nedsatt|svagt|försvagat|dåligt ~ immunförsvar*",
                         "transplanterad*", "njurtransplant*", "levertransplant*",
                         "hjärttransplant*", "tiamazol*", "thacapzol*", "klozapin*", "leponex*",
                         "sulfasalazin*", "salazopyrin*"),
    # Efter en måltid (en stor middag, en fest): ett sockervärde som följer den.
    "after_meal": ("efter ~ maten|middagen|julbordet|julmaten|julmiddagen|måltiden|lunchen|"
                   "frukosten|festen|kalaset|tårtan|fikat|godiset|pizzan|buffén|middag|lunch",
                   "efter att ha ätit", "efter jag ätit", "efter att jag ätit", "efter måltid*"),
    # Drickande som är en vana eller en oro (inte en kvälls fylla och bakfyllan).
    "alcohol_habit": ("dricker för mycket", "dricker|dricka ~ för mycket",
                      "varje|var ~ dag|kväll|helg|morgon", "dagligen", "de flesta ~ dagar|kvällar",
                      "alkoholist*", "mitt|hans|hennes|deras ~ drickande",
                      "dra|drar ~ ner ~ på", "dricka mindre", "sluta dricka",
                      "orolig* ~ drickande*"),
    # --- probes 24-25 (from fi) ---
    # Ena armen sjunker när båda hålls uppe (FAST-testet): ett tecken på stroke.
    "arm_drift": ("arm|armen|handen ~ sjunker|sjönk|sjunkit|sackar|sackade|glider|gled ~ ner|"
                  "neråt|nedåt",
                  "arm|armen ~ sjunker|sjönk|sjunkit|sackar|sackade"),
    # "Ser inte om han andas": om den som föll ihop andas alls.
    "breath_unsure": ("{NEG} ~ om ~ andas|andades", "osäker ~ om ~ andas|andades"),
    # Fradga eller skum om munnen (med skakningar: ett krampanfall).
    "foam_mouth": ("fradga*", "skum*|skummade|skummar|lödder ~ munnen|mun|mungipan|mungiporna|"
                   "läpparna"),
    # Köra in i ett träd eller en vägg (sagt med att vilja dö: en metod).
    "drive_into": ("köra|kör|körde|kört|krascha|kraschar|kraschade|styra|styr ~ träd|trädet|"
                   "väggen|bergvägg|bergväggen|mötande|räcket|brofästet|bropelaren|stupet|"
                   "sjön|havet|älven",),
    # Ett rengöringsmedel (ugns- och avloppsrengöring är frätande i ögat).
    "cleaning_agent": ("*rengöringsmed*", "*tvättmed*", "ugnsrengör*", "avfettning*",
                       "-diskmedel*", "-handtvål*"),
    # En mage som putar ut (utan urin på timmar: en full urinblåsa).
    "bulge_word": ("putar", "putade", "buktar", "buktade", "utspänd*", "utputande"),
    # Frågar efter sjukskrivning eller intyg: en bokad tid.
    "sick_leave": ("sjukskrivning*", "sjukskriva*", "bli|blir|bliva ~ sjukskriven|sjukskrivna",
                   "sjukintyg*", "läkarintyg*"),
    # Vem man ska prata med: en kontakt önskas.
    "who_to_contact": ("vem|vilka ~ ska|bör|kan|skulle ~ jag ~ prata|tala|kontakta|ringa|vända|"
                       "fråga",  # probes 30-31 (from fi): "vem ska jag fråga"
                       "vart ~ ska|bör|kan ~ jag ~ vända|ringa"),
    # Handflatan (en brännskada med blåsa där ska ses, oavsett storlek).
    "palm": ("handflat*",),
    # "Glömde": med ett läkemedelsord, en missad dos.
    "forgot_word": ("glömde", "glömt", "glömmer", "glömma"),
    "med_word": ("dos", "dosen", "doser", "doserna", "inhalator*"),
    # Ett anfall: en glömd dos är då inte en enkel fråga.
    "attack_word": ("anfall*", "attack*", "krampanfall*"),
    # Skiftarbete och en dygnsrytm i olag.
    "shift_work": ("nattpass*", "nattskift*", "skiftarbete*", "skiftjobb*", "treskift*",
                   "tvåskift*", "morgonpass*", "kvällspass*", "dygnsrytm*", "sömnrytm*",
                   "nattjobb*", "jobbar natt"),
    # Mår bra igen (efter ett behandlat lågt socker).
    "feel_fine": ("mår bra|fint|okej|ok|normalt|prima", "känner mig bra|fin|okej|ok|pigg|normal"),
    # "Jobbet tar livet av mig": ett talesätt, inte självmordstankar.
    "killing_me_idiom": ("jobbet|arbetet|chefen|stressen|plugget|skolan|ungarna|barnen|värmen|"
                         "tentan|tentorna|ryggen|huvudvärken|magen|knät|migränen|pendlingen ~ "
                         "tar|tog livet av mig",),
    # Litet: som ett mynt eller en ärta (en brännskada mindre än handflatan sköts hemma).
    "small_size": ("stor|storlek|storleken ~ enkrona|femkrona|tiokrona|mynt|ärta|nagel|"
                   "tumnagel|tumnageln", "myntstor*", "ärtstor*",
                   "mindre än ~ mynt|enkrona|femkrona|handflata|handflatan|nagel"),
    # --- probes 26-27 (from sv) ---
    # Ammar: "bröstet" is then the breast, not the chest (a red, hard breast is mastitis).
    "breastfeeding": ("ammar", "ammade", "ammat", "amma", "ammning*", "ammande", "helammar",
                      "delammar", "nattamning*", "amningen"),
    # Dark, purple or blood-filled blisters on a red, swollen limb: necrotising infection.
    "dark_blisters": ("mörka|mörklila|svarta|lila|blålila|blåsvarta|blodfyllda ~ blåsor|"
                      "blåsorna|bulor|bullor",),
    # Lochia after a birth ("avslag"): normal for weeks when light and without fever.
    "lochia_word": ("avslag", "avslaget", "avslagsblödning*"),
    # Bor ensam: how someone lives, not loneliness.
    "lives_alone": ("bor|bodde ~ ensam|själv", "ensamboende"),
    # --- probes 26-27 (from fi) ---
    # Inlåst av den som hotar: dörren låst, släpps inte ut, telefonen tagen.
    "confined": ("låst|låste|låser ~ dörren|dörrarna|ytterdörren", "låst|låste|låser in ~ mig|oss",
                 "släpper ~ inte ~ ut ~ mig|oss", "släpper inte ut",
                 "låter ~ mig|oss ~ inte ~ gå|lämna|åka", "låter ~ mig|oss ~ inte gå ut",
                 "tagit|tog|gömt|gömde ~ min ~ telefon|mobil",
                 "tagit|tog|gömt|gömde ~ telefonen|mobilen"),
    # Gråtmild dagarna efter en förlossning (babyblues; inte nedstämdhet eller hopplöshet).
    "tearful": ("gråtmild*", "gråtig*", "tårögd*", "gråter ~ för ingenting",
                "gråter ~ utan anledning", "gråter ~ lätt|ibland"),
    # Ber om en tid eller om hjälp med besväret: ett bokat besök önskas.
    "wants_visit": ("tid hos ~ läkare|läkaren|doktor|doktorn|sköterska|sköterskan|vårdcentralen",
                    "boka ~ en ~ tid|läkartid", "boka tid", "få en tid", "få ~ läkartid",
                    "kan|kunde ~ jag|man ~ få ~ hjälp ~ med|för ~ det|detta"),
    # Vill inte vara en börda för någon (med ett vapen eller sparade tabletter: en regel).
    "burden_talk": ("börda ~ för ~ någon|nån|alla|andra|barnen|familjen|er",
                    "vara en börda", "vill|ville ~ inte ~ vara|bli ~ en börda",
                    "vara|bli ~ till besvär för ~ någon|nån|alla|andra|barnen",
                    "ligga ~ någon|nån|er|barnen|familjen ~ till last"),
    # --- probes 26-27 (from en) ---
    # Trakeostomi: en andningskanyl i halsen.
    "tracheostomy": ("trakeostomi*", "trakeotomi*", "trakealkanyl*", "trach", "halskanyl*",
                     "laryngektomi*", "kanyl|kanylen|röret|tuben i halsen"),
    # Kanylen blockerad eller ute, eller sugkatetern går inte ner.
    "tube_blocked": ("blockerad*", "igensatt*", "tilltäppt*", "slemplugg*", "stopp i",
                     "åkt|ramlat|glidit|trillat|åkte|ramlade|gled|trillade ~ ut",
                     "lossnat", "lossnade",
                     "sugkatetern|katetern|sugen ~ {NEG} ~ går|gick|kommer|kom ~ ner|in|igenom"),
    # Ett nytt anfall innan personen vaknat efter det förra (status epilepticus).
    "seizure_repeat": ("ett|nytt|annat ~ anfall|krampanfall|kramp ~ började|startade|kom",
                       "innan ~ hon|han|hen|de ~ vaknat|vaknade|kvicknat|kvicknade|kommit",
                       "vaknade|vaknat|kvicknade|kvicknat ~ {NEG} ~ emellan|mellan",
                       "utan att ~ vakna|kvickna ~ emellan|mellan", "tätt efter varandra"),
    # "Har inte känt något sedan i morse" (med ett sparkord: barnet har blivit stilla).
    "felt_nothing": ("{NEG} ~ känt|känner|märkt|märker ~ något|nåt|några sedan|sen|idag",
                     "{NEG} ~ känt|känner|märkt|märker ~ något|nåt på hela"),
    # "70 andetag per minut": andningsfrekvensen.
    "rr_unit": ("andetag|andningar|andetagen per|i|på ~ minut|minuten|min",),
    # En mätares värde: "saturationen på mätaren hemma visar 89".
    "reading_word": ("mätare*", "mätaren", "visar", "visade", "skärm*", "display*",
                     "monitor*", "övervakning*"),
    # Mamma, pappa, en mor- eller farförälder: "mamma 82 ramlade" ger hennes ålder.
    "age_person": ("mamma", "mamman", "pappa", "pappan", "mormor", "farmor", "morfar",
                   "farfar", "maken", "frun", "hustrun", "sambon", "grannen"),
    # Värmedyna eller varmvattenflaska: huskur, inte en brännskada.
    "heat_pack": ("värmedyn*", "vetekudd*", "värmekudd*", "varmvattenflask*", "värmeflask*",
                  "värmepåse*"),
    # Skala eller hacka potatis: köksarbete (inte skakningar eller fjällande hud).
    "kitchen_task": ("skalade|skalar|skala|skalat|hackade|hackar|hacka|skar ~ potatis|"
                     "potatisen|potatisar|morötter|morot|äpple|äpplet|lök|löken|grönsaker|"
                     "bröd|brödet",),
    # Syrgas som behandling hemma (ett tal efter det är inte ett saturationsvärde).
    "home_oxygen": ("hemsyrgas", "syrgas ~ hemma", "syrgaskoncentrator*", "syrgasbehandling*",
                    "syrgastub*"),
    # Bebisen gulpar lite mjölk efter maten: normalt när den går upp i vikt.
    "posseting": ("gulpa*", "gulpar", "gulpade", "gulpat",
                  "kräks|kräker|spottar|spyr ~ upp ~ lite ~ mjölk|mat|ersättning",
                  "mjölk|mjölken ~ kommer ~ upp|tillbaka"),
    # Vit hud i en brännskada (djup brännskada).
    "white_colour": ("vit", "vita", "vitt", "vitaktig*", "vitnat", "vitnade"),
    "white_skin": ("vit|vitt|vita ~ på sina ställen", "vit|vitt|vita ~ fläckvis|ställvis",
                   "vit|vitt|vita i mitten"),
    # --- probes 28-29 (from sv) ---
    # A plan to take all of one's tablets ("har tänkt ta alla mina sömntabletter i helgen").
    "plan_take_all": ("tänkt|tänker|planerar|planerat|bestämt|bestämde ~ ta|svälja ~ alla|"
                      "allihop|samtliga|hela",),
    # A pack of tablets: "hela burken", "hela kartan".
    "pill_pack": ("burk", "burken", "karta", "kartan", "blisterkart*", "tablettkart*",
                  "tablettask*", "pillerburk*", "medicinburk*", "förpackningen"),
    # When in the day a dose is taken ("alla tabletterna på morgonen"): a schedule, not a plan.
    "dose_timing": ("på morgonen", "på morgnarna", "på kvällen", "på kvällarna",
                    "till frukost*", "till maten", "med maten", "före maten", "efter maten",
                    "i stället", "istället", "morgon och kväll"),
    # "Hur länge ska hon vara hemma?": a question about time, not a long illness.
    "how_long": ("hur länge", "hur lång tid",
                 # probes 30-31 (sv): "hur länge håller det här i sig" asks, it does not report
                 "hur länge brukar|kan|ska ~ hålla|sitta ~ i sig",
                 "hur länge håller|höll|sitter|satt ~ i sig",
                 "hur länge håller|sitter ~ kvar"),
    # "Inte som mina vanliga migränanfall", "olikt ett typiskt anfall": not the known pattern.
    "unlike_usual": ("olik|olikt|annorlunda|annan ~ än|mot ~ vanligt|vanliga|typiskt|typisk|"
                     "typiska|brukligt",),
    # "Hade ont i bröstet förra veckan": a past tense (with a past episode, derived).
    "had_word": ("hade",),
    # Only licked or tasted, then spat out ("slickade på en diskmaskinstablett, spottade ut").
    "lick_word": ("slickade", "slickat", "slickar", "slicka", "sög på", "sugit på", "sugde på",
                  "smakade på", "smakat på"),
    "spat_out": ("spottade|spottat|spottar|spotta|spottats ~ ut",
                 "tog|fick|plockade|plockat|tagit ~ ut ~ ur ~ munnen"),
    # "Igen", "tillbaka": near a pain word (derived), the pain has come back.
    "again_word": ("igen", "åter", "tillbaka"),
    # Seen for it already, or a follow-up wanted ("var på akuten", "boka en uppföljning").
    "care_visit": ("var|varit|åkte|åkt|kom|sökte|besökte ~ akuten|akutmottagningen|jouren|"
                   "närakuten|vårdcentralen|sjukhuset|läkaren|läkare|vc",
                   "uppföljning*", "återbesök*", "efterkontroll*", "blev undersökt",
                   "undersöktes"),
    # Warmed up again: fingers or toes that went white in the cold and came back.
    "rewarmed": ("värmde", "värmt", "värmts", "värmdes", "tinade", "tinat", "tinats",
                 "kom in i värmen", "varma igen", "varm igen"),
    # A day in the sun or the heat ("efter en dag i solen på stranden").
    "heat_day": ("i solen", "i solgasset", "i gassen", "i värmen", "i hettan", "i solskenet",
                 "solade", "solat", "solbadade", "solbadat", "solbad", "på stranden",
                 "värmebölj*", "hetta", "hettan", "stekande sol*"),
    # --- probes 28-29 (from fi) ---
    # Ett brev skrivet, eller meddelanden till alla: med tabletter framme, ett avsked.
    "letters_written": ("skrivit|skrev|skrivna ~ meddelanden|sms ~ till ~ alla|familjen|barnen|"
                        "föräldrarna",),
    # Ont som fanns förra säsongen ("hade ont i bröstet i våras"): historia, så frasen tar bort
    # smärtordet (ont nu läses för sig).
    "past_symptom": ("hade ~ ont|smärta|smärtor|besvär|symtom ~ i ~ våras|somras|höstas|vintras",
                     "bröstsmärt*|*smärta|*smärtor|besvär ~ i ~ våras|somras|höstas|vintras"),
    # Framme inom räckhåll ("tabletterna ligger här bredvid mig").
    "at_hand": ("bredvid mig", "framför mig", "här på bordet", "i handen", "framlagda",
                "framtagna", "uppradade", "inom räckhåll"),
    # Flera hela förpackningar svalda ("tog två burkar alvedon"): en stor överdos.
    "packs_taken": ("tog|tagit|svalde|svalt|åt|ätit|käkat ~ två|tre|fyra|fem|flera|2|3|4|5 ~ "
                    "förpackningar|paket|kartor|kartorna|burkar|askar|flaskor|tablettkartor",),
    # Packat för en resa: tabletter med sig, inte svalda.
    "carry_along": ("med mig", "med oss", "till resan", "på resan", "på semestern",
                    "för säkerhets skull", "packade", "packat", "i väskan"),
    # Frågar om dosen ska ändras: en fråga till vården.
    "dose_question": ("ska|skall|borde|bör|behöver|kan ~ jag|vi|hon|han ~ ändra|justera|sänka|"
                      "höja|minska|öka ~ dosen|doseringen|*insulinet|*dosen|dos|medicineringen",
                      "ändra|justera|sänka|höja|minska|öka ~ dosen|doseringen|*dosen|*insulinet",
                      "dosjustering*", "dosändring*"),
    # Ett veckonummer för sig ("Vecka 33,"): hur långt gången, eller en kalendervecka.
    "week_number": ("vecka|v 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|"
                    "42", "graviditetsvecka 20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|"
                    "37|38|39|40|41|42"),
    # --- probes 28-29 (from en) ---
    # Gnager eller tuggar på allt: hos en dreglande bebis tandsprickning (härlett begrepp).
    "gnaw": ("gnager", "gnaga", "gnagde", "gnagt", "tuggar", "tugga", "tuggade"),
    # Frågar vilka tecknen är eller vad man ska hålla utkik efter: information, inget besvär nu.
    "info_question": ("vilka ~ är ~ tecknen|symtomen|varningstecknen",
                      "vilka ~ tecken|symtom|varningstecken ~ ska|bör|finns|är",
                      "hur ~ känner ~ man|jag|vi|du ~ igen", "hålla utkik efter",
                      "vara uppmärksam|uppmärksamma på", "varningstecken", "varningssignal*"),
    # En löpare eller annan uthållighetsidrottare: låg vilopuls är oftast konditionen.
    "athlete": ("idrottare", "idrottar", "elitidrott*", "maraton*", "ultralöp*", "löpare",
                "triathlon*", "cyklist", "längdskidåkare", "vältränad", "vältränade",
                "uthållighetsidrott*", "motionär*"),
    # Bettet gick inte igenom huden (samma fraser som skin_intact, utan "missade").
    "skin_unbroken": ("inga ~ märken|bitmärken|hål|sår", "inget ~ bitmärke|märke|hål|sår",
                      "gick {NEG} igenom", "{NEG} ~ igenom ~ huden|stöveln|skon|byxan",
                      "huden ~ är ~ hel",
                      "huden ~ {NEG} ~ trasig|sönder|bruten|skadad", "gick {NEG} hål", "hel hud"),
    # --- probes 30-31 (from sv) ---
    # Stelkrampsvaccinet nämnt vid ett sår ("vet int när jag fick stelkrampsvaccin senast").
    "tetanus_jab": ("stelkramp*", "tetanus*", "dtp", "dtp-vaccin*", "di-te*"),
    # --- probes 30-31 (from en) ---
    # Giftinformationscentralen: en tjänst man ringt, inte ett gift man svalt.
    "poison_centre": ("giftinformation*", "giftinfo*", "giftcentral*", "giftlinje*"),
    # --- probe 32 (from sv) ---
    # En böld (abscess, furunkel): med feber bedöms den samma dag (1177: böld och feber).
    "abscess": ("böld*", "*böld", "*bölden", "*bölder", "abscess*", "*abscess", "furunk*",
                "karbunk*", "varknöl*", "varfylld* knöl*"),
    # --- probe 32 (from en) ---
    # En njur- eller uretärsten: med feber en infekterad, stängd njure.
    "kidney_stone": ("njursten*", "uretärsten*", "urinvägssten*", "urinledarsten*",
                     "njurstensanfall*", "njurkolik*", "stenanfall*",
                     "sten|stenen|stenar ~ i ~ njuren|njurarna|urinledaren|uretären"),
    # Så många morgnar, eftermiddagar eller dagar i veckan: hur ofta (vid ett symtom, återkommande).
    "per_week": ("morgnar|förmiddagar|eftermiddagar|kvällar|nätter|dagar i|per veckan|vecka|"
                 "månaden|månad",),
}
# fmt: on
