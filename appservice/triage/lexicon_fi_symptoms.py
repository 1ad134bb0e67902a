"""Finnish symptoms, signs and conditions for the navigator's concepts (see lexicon_fi)."""

from __future__ import annotations

# fmt: off
TERMS: dict[str, tuple[str, ...]] = {
    # --- symptoms ---
    "pain": ("*kipu*", "*kivu*", "*kipe*", "*kipee*", "*särk*", "sattu*", "koske*", "kolott*",
             "jomo*", "vihlo*", "pistä*", "kivist*", "polttel*", "aristaa", "arka", "kramp*",
             "tuska*", "kolotus", "-kivuton*", "-kivuttom*", "-särkylääk*", "-kipulääk*",
             "-särkylääkk*", "-kipulääkk*", "sattuu kävellessä"),
    "discomfort": ("epämukav*", "paha olo", "ikävä tunne", "outo tunne", "epämiellyttävä tunne",
                   "paha tunne", "tuntuu oudolta", "epämukava tunne", "ikävää tunnetta"),
    "pressure": ("purista*", "puristu*", "puristus*", "puristava*", "paina*", "ahdist*", "ahist*",
                 "kiristä*", "raskas olo", "painon tunne", "painaa",
                 "tryck", "trycker",  # probes 30-31 (fi): Swedish mixed in ("tryck i bröstet")
                 "istu* ~ rinnan|rinnalla|rintakehän ~ päällä", "norsu", "paino rinnan päällä",
                 "rautavanne", "vanne",
                 # probes 22-23 (fi): "rinnan päällä on kuin elefantti istuis"
                 "norsu*|elefant* ~ rinnan|rinnalla|rintakehän|rinnassa|rintaa|päällä",
                 "rinnan|rinnalla|rintakehän|rinnassa|rintaa|päällä ~ norsu*|elefant*",
                 "rinnan|rinnalla|rintakehän ~ päällä ~ istu*|istuis"),
    "tearing": ("repivä*", "repii", "repeävä*"),
    "radiate": ("säteil*", "säteile*", "leviä*", "heijastu*", "lähtee käteen"),
    "sweat": ("hikoil*", "hikine*", "hiki*", "hikeä", "kylmähik*", "kylmänhik*", "nihke*",
              "kylma hiki", "kylmä hiki"),
    "nausea": ("pahoinvoi*", "oksettaa", "oksetti", "etoo", "kuvottaa", "paha olo", "huono olo"),
    "vomit": ("oksen*", "oksenn*", "oksent*", "yrjö*", "laatta*", "oksennus*"),
    "breathless": ("{NEG} ~ hengitä ~ kunnolla|normaalisti|kunnon|kunnolla", "hengenahdist*",
                   "hengenveto ~ työn|vaikea*|tuskai*|taistelu*", "henkeä ~ haukko*",
                   # probes 30-31 (fi): "haukkoo henkeä", "haukkoi ilmaa"
                   "haukko*|haukoi*|haukon ~ henkeä|henkee|ilmaa|happea|happee",
                   "hengästy*", "hengitysvaike*", "hengitys vaikea*",
                   "hengittää vaikeasti", "hengittää huonosti", "hengitys on vaikeaa",
                   "henk* ~ ahdist*|ahist*", "hengityksen vaike*", "hengitys kulkee huonosti",
                   "puuskutta*", "huohotta*", "hapenpuut*", "hapen puute*",
                   "vetää henkeä ~ vaikeasti", "vetää henkeä ~ vaivalloisesti",
                   "hengitys ~ raskasta", "hengittää tosi huonosti", "hengittää raskaasti",
                   "hengittää ~ tiheään|nopeasti|tiheästi|kiivaasti|raskaasti",
                   "hengitys ~ vaikea*|raskas*|vaivalloi*",
                   "hengitys ~ tuntuu ~ raskaalta|vaikealta",
                   # probes 22-23 (fi): spoken "vaikeesti", "vaikeeta"
                   "hengittää|hengitys|hengittäminen ~ vaikeesti|vaikeeta|vaikeet|vaikee|"
                   "työläästi|työlästä"),
    "cant_breathe": ("tuskin ~ hengittää|hengitä", "{NEG} ~ {CAN} ~ henke*|happe*|ilma*|hengit*",
                     "hengitys ei kulje",
                     "henki ei kulje", "ilma ei kulje", "happi loppuu"),
    "not_breathing": (# probe 15 (fi): stopped breathing
                      "lakkas|lakkasi|lakannut|lakannu|lopetti|lopettanut ~ hengittämästä|"
                      "hengittämisen",
                      "{NEG} hengitä", "ei enää hengitä", "ei hengittänyt", "hengitys pysähtyi",
                      "hengitys loppui", "elotto*", "eloton", "ei elonmerkkejä",
                      # probe 21 (fi): "ei pulssia eikä hengitystä", "pulssia ei tunnu"
                      "{NEG} hengitystä|pulssia|sykettä",
                      "hengitystä|pulssia|sykettä ~ {NEG} ~ ole|oo|tunnu|kuulu|löydy"),
    "fast_breathing": ("hengittää nopeasti", "hengitys tiheää", "hengittää tiheään",
                       "hengittää kiivaasti", "hengittaa nopeasti",
                       "hengittää ~ tiheään|nopeasti|tiheästi|kiivaasti",
                       # probes 22-23 (fi): spoken "-eesti" and other forms of the verb
                       "hengittää|hengittäny|hengitti|hengittänyt|hengittelee|hengitys ~ "
                       "nopeesti|tiheesti|kiivaasti|tiheästi|nopeasti|tiheään|kiivaasti|"
                       "nopeeta|tiheetä|tiheää|nopeaa"),
    "slow_breathing": ("hengittää harvaan", "hengittää hitaasti", "hengitys harvaa", "harvaan",
                       # probes 30-31 (fi): "hengitys on tosi hidasta", "henkeä harvakseen"
                       "hengitys|hengittää|hengittelee|hengitti|henkeä ~ hidas|hidasta|"
                       "hitaasti|hitaaks|hitaaksi|harvaa|harvakseen|harvoin|harvenee|harventunut",
                       "hengitys|hengittää|hengittelee|henkeä ~ kuorsaava*|korisev*|korahtel*"),
    "wheeze": ("vinku*", "vingu*", "pihis*", "rohi*"),
    "stridor": ("sisäänhengity* vinku*", "kova ääni sisäänhengitykses*",
                "vinkuu sisäänhengitykses*", "kiljuva hengitys"),
    "barking_cough": ("haukkuva*", "haukkuu", "haukkumalla", "kurkunpää*"),
    "cough": ("yskä*", "yski*", "yskii", "köhä*", "köhi*"),
    "sputum": ("yskö*", "limaa", "lima*"),
    "cough_blood": ("yskin verta", "yskii verta", "veriysk*", "veristä yskö*", "verta ysköksissä"),
    "frothy": ("vaahto*",),
    "orthopnoea": ("makuulla", "selällään"),
    "fever": ("kuume*", "korkea kuume", "-kuumeeton", "-kuumekouris*", "-kuumekramp*"),
    "high_fever": ("korkea kuume", "korkeaa kuumetta", "kova kuume", "kovaa kuumetta"),
    "feverish": ("lämpöä", "lämpöilee", "kuumeinen", "kuumeinen olo", "lämpöinen"),
    "chills": ("horkka*", "vilunväristy*", "vilu*", "palelee", "palelu*", "väristy*"),
    "infection": ("tulehdu*", "tulehtu*", "infekti*"),
    "unwell": ("huonovointi*", "paha olo", "huono olo", "sairas", "sairaalta",
               "ei ole oma itsensä"),
    "very_unwell": ("huonokuntoi*", "todella huonossa kunnossa", "tosi huonossa kunnossa",
                    "vointi romahti", "ihan poissa",
                    # probes 26-27 (from sv): too weak to stand
                    "niin heikko|heikkona|voimaton|voimattomana ~ ettei|etten|ettei|en|ei ~ "
                    "pysty|jaksa|kykene ~ seisomaan|seisoa|kävelemään",
                    "liian heikko|voimaton ~ seisomaan|kävelemään|nousemaan"),
    "condition_decline": ("yleisvointi*", "yleiskunto*", "vointi heikentyn*", "huonokuntoi*",
                          "vointi romahti", "{NEG} ~ {CAN} ~ nousemaan sängystä"),
    "rash": ("ihottum*", "näppy*", "pilku*", "täplä*", "läikk*", "laiku*", "pisteitä", "pilkk*",
             "laikk*", "näppylöi*", "näppyl*", "paukamia", "läisk*"),
    "spots": ("pilku*", "täplä*", "pisteitä", "pistemäi*", "pilkk*", "läisk*",
              # probe 32 (fi): "punaiset pisteet ei mene pois"
              "punaiset|pienet|pikkuiset|tummat|violetit|siniset|mustat|tummanpunaiset pisteet",
              "pisteet ~ iholla|ihossa|jaloissa|säärissä|käsissä|vartalolla|mahassa|kyljissä",
              "pistei*"),
    "nonblanch": ("{NEG} ~ häviä ~ painettaessa", "{NEG} vaalene", "{NEG} haalistu", "lasikoe",
                  "verenpurkaum*", "pistemäi*",
                  "{NEG} ~ häviä|katoa|haalistu ~ paina*|lasilla|lasin|lasia",
                  "{NEG} ~ häviä ~ kun ~ paina*",
                  "{NEG} ~ vaalene ~ paina*",
                  # probe 32 (fi): "pisteitä jotka ei lähde painamalla"
                  "{NEG} ~ lähde|lähe|lähteneet|lähtenyt|mene|menneet|vaalene|vaalennu|haalene ~ "
                  "painamalla|painettaessa|painaessa|lasilla|lasin",
                  "{NEG} ~ lähde|lähe|mene|vaalene|haalene ~ kun ~ painaa|painan|painoin|"
                  "painetaan|painoi"),
    "purple": ("violet*", "sinipunai*", "purppura*", "tummanpunai*", "tumm*", "tummanpunai*",
               "mustelmamai*"),
    "hives": ("nokkosihottum*", "nokkosrokko*", "paukam*", "nokkos*"),
    "swelling": ("turpo*", "turvo*", "turvok*", "turvot*", "turvonn*", "ajettu*", "ajetus",
                 "paisu*", "pöhö*", "turpoaa", "turvoksissa"),
    "itch": ("kutia*", "kutin*", "kutis*", "kutiaa", "syyhy*", "kutittaa"),
    "red": ("punoit*", "punai*", "punertav*", "punaise*", "punottaa"),
    "hot": ("kuuma", "kuumottaa", "kuumottava*", "lämmin", "lämpimä*", "kuumalta"),
    "spreading": ("laajene*", "laajen*", "leviä*", "levinnyt", "laajentu*"),
    "bleed": ("vuota*", "vuoto*", "verenvuo*", "vuodo*", "-valkovuoto*"),
    "bleeding_word": ("verenvuo*",),
    "blood": ("veri*", "vere*", "verta", "veris*", "-verenpain*", "-verenohenn*", "-verensokeri*",
              "-verikoe*", "hyytymiä", "hyytymä*"),
    "heavy": (# probe 15 (fi): a lot of blood, said colloquially
              "hirveesti", "kauheesti", "kauheasti", "kamalasti", "sikana", "järkyttävästi",
              "valtoimenaan",
              "raskas", "raskaalta", "painava", "runsa*",
 "valtava*", "paljon", "ison määrän", "suuri määrä", "holtitto*",
              "lammikko", "ihan hirveästi", "ison", "tosi paljon", "hirveästi",
              # probes 26-27 (fi): a cupful ("muki on melkein täynnä")
              "mukillinen", "mukillisen", "kupillinen", "kupillisen", "lasillinen", "lasillisen",
              "kulhollinen", "kulhollisen", "desi|desin|desilitra|desilitran ~ verta",
              "muki|mukin|kuppi|kupin|lasi|kulho|ämpäri|astia|lavuaari ~ "
              "täynnä|täyteen|puolillaan"),
    "spurting": ("suihkua*", "suihkuaa", "pulppua*", "lorisee", "valuu", "valtoime*", "tulvi*",
                 "ryöppy*", "pursu*"),

    "soaking": ("täyttyy", "kastuu", "läpi", "vartissa", "side ~ kastuu|täyttyy|täynnä",
                "siteet ~ kastuu|täyttyy|täynnä"),
    "wont_stop": ("{NEG} lopu*|loppu|lakkaa|tyrehdy*|pysähdy*|asetu", "vuoto jatkuu",
                  "{NEG} ~ saa loppumaan"),
    "bleed_stopped": (# probe 15 (fi): stopped within minutes
                      "loppu|loppui|lakkas|lakkasi|tyrehtyi ~ minuut*|hetke*|itsestään|"
                      "puristamalla|painamalla|viidessä|kymmenessä|muutamassa|parissa",
                      "loppui", "lakkasi", "tyrehtyi", "tyrehdytin", "sain loppumaan",
                      # probes 26-27 (from en): "vuoto on loppunut"
                      "vuoto|verenvuoto|vuotaminen ~ loppunut|loppunu|lakannut|lakannu|seis|"
                      "tyrehtynyt|tyrehtyny"),
    "black_stool": ("musta* ~ uloste*|kaka*|kakka*|jätö*", "tervama*", "tervaulos*",
                    "uloste* ~ musti*|mustaa|musta", "kakka ~ mustaa", "kakka on ihan mustaa"),
    "dizzy": ("huima*", "huimaa", "huimaus*", "pyörryt*", "heikottaa", "horjuu", "huippaa",
              "huimaa seistessä", "huimaa noustessa", "pyörryttää noustessa",
              # probes 22-23 (fi): the room spins (not "päässä pyörii ajatuksia")
              "pää pyörii", "pää pyöri", "pää pyörii ympäri",
              "huone|maailma|kaikki|katto|seinät ~ pyörii|pyöri|pyörivät|pyörivät|keinuu|"
              "heiluu|kieppuu"),
    "dizzy_standing": ("huimaa seistessä", "huimaa noustessa", "pyörryttää noustessa"),
    "faint": ("pyörty*", "pyörtyilen", "meinaan pyörtyä", "mustaa silmissä", "taju meinaa"),
    "collapse": ("lyyhisty*", "kaatui yhtäkkiä", "romahti", "kupsahti", "tuupertu*", "kalpenee",
                 # probes 24-25 (sv): "mies meni kasaan kassalla"
                 "kaatui|kaatu|meni|valahti|lysähti|romahti|putosi|lyyhistyi kasaan"),
    "unconscious": ("{NEG} ~ saa ~ hereille|herätettyä|heräämään", "tajut*", "tajuton",
                    "tajuttomuus", "tajunnan", "tajuntansa", "taju meni",
                    "{NEG} ~ herää", "{NEG} ~ saa hereille", "{NEG} ~ saa herätettyä",
                    "reagoimat*", "{NEG} ~ reagoi", "{NEG} ~ vastaa", "{NEG} ~ saa ~ kontaktia",
                    "{NEG} ~ saa ~ yhteyttä", "{NEG} ~ saa ~ kontaktia", "{NEG} ~ saa ~ yhteyttä",
                    "kontaktia ~ {NEG} ~ saa"),
    "unresponsive": ("{NEG} ~ reagoi", "reagoimat*", "{NEG} ~ vastaa puhutteluun"),
    "seizure": ("kouris*", "kouristu*", "kouristel*", "kramppaa", "epilepsiakoh*", "nykii",
                "nytkyy", "nytkäh*", "kaatumatau*",
                "kuumekouris*", "kuumekramp*"),  # probe 21 (fi): a febrile convulsion
    "confusion": ("sekav*", "sekai*", "sekaisin", "hämmenty*", "desorient*", "harhai*",
                  "poissaoleva*", "poissaolevalta",  # probes 30-31 (fi): "ihan poissaoleva"
                  "houraile*", "{NEG} ~ tunnista*", "{NEG} ~ tiedä missä",
                  "{NEG} ~ puhu ~ järkev*", "puhuu sekavia", "{NEG} ~ ole oma itsensä",
                  "mumisee", "mutisee", "puhuu ~ sekavia|outoja|omiaan",
                  # probes 24-25 (sv): "vastailee oudosti"
                  "vastaa|vastailee|vastasi|vastaili ~ oudosti|omituisesti|kummallisesti|"
                  "sekavasti|hassusti",
                  "{NEG} ~ tolkuissaan|tolkuillaan", "kysyy ~ samoja ~ asioita|kysymyksiä",
                  "kysyy ~ samaa ~ uudestaan|uudelleen",
                  "{NEG} tiedä missä", "{NEG} ~ tiedä mikä päivä",
                  "{NEG} ~ puhu ~ mitään järkevää"),
    "drowsy": ("{NEG} ~ {CAN} ~ pidettyä|pitää ~ hereillä", "{NEG} ~ pysy ~ hereillä",
               "uneli*", "tokkur*", "vaikea herättää", "vaikeasti herätettävä", "nukahtelee",
               "horteinen", "torkku*", "nukahtelee koko ajan", "nukahtelee", "torkahtel*",
               "ei pysy hereillä", "nukkuu tavallista enemmän",
               "nukkuu ~ enemmän kuin ~ tavallisesti|yleensä", "tavallista unisempi"),
    "floppy": ("veltto*", "velto*", "velttou*", "lötkö*",
               "lerppa*", "lerpalla*", "lerpallaan"),  # probes 26-27 (fi): "ihan lerppana"
    "weakness": (# probe 15 (fi): legs or arms giving way, a hand that slips off the mouse
                 "jalat|jalka|kädet|käsi|raajat|lihakset|jalatkin|kädetkin|käsivarret ~ heikent*|"
                 "heikkenee|heikkeni|heikkenevät|heikkoina|voimattomat",
                 "{NEG} ~ pysy ~ hiirellä|kädessä|ylhäällä|otteessa|pystyssä",
                 "heiko*", "heikko*", "voimaton", "voimattom*", "{NEG} voimaa", "heikolta",
                 "raajaheikkou*", "veltto", "lerpallaan", "{NEG} ~ voimaa", "putosi ~ kädestä",
                 "tippui ~ kädestä", "putoaa ~ kädestä", "pudottaa ~ tavaroita",
                 # probes 24-25 (sv): "oikea käsi lakkasi toimimasta"
                 "käsi|käde*|jalka|jalat|sormet ~ lakkasi|lakkas|lakannut|lakannu|lopetti ~ "
                 "toimimasta|tottelemasta"),
    "numbness": ("puutu*", "tunnot*", "tunto* hävi*", "kihelmö*", "pistely*", "tunnoton",
                 "tunnottom*"),
    "tingling": ("kihelmö*", "pistely*", "surina*", "surisee"),
    "paralysis": ("halvau*", "halvaa*", "halvaantu*", "halvaus*"),
    "legs_paralysed": ("{NEG} ~ {CAN} ~ liikutta* ~ jalko*", "jalat ~ {NEG} toimi",
                       "jalat pettää", "jalat pettivät"),
    "droop": ("vinoon", "vinoksi", "roikku*", "lerpa*", "lerppu*", "valahta*", "vino", "vinossa",
              "vinossa",
              "epäsymmetri*"),
    "slurred": (# probe 15 (fi): speaking oddly
                "puhu*|puhunu|puhunut|puhuu|puhui|puhuvat ~ oudosti|omituisesti|sekavasti|"
                "epäselvästi|sössöttäen|sammaltaen|kummallisesti|puuroisesti|hassusti",
                "puhe ~ lähti|katosi|hävisi", "{NEG} ~ saa ~ sanaa ~ suustaan", "puuroutu*",
 "puhe ~ puuro*", "sammalta*", "sössö*", "sönkö*", "puhe ~ epäselv*",
                "{NEG} ~ osaa ~ puhu*", "sanat hukassa", "sanojen löytämi*",
                "{NEG} ~ löydä sanoja", "puhevaike*", "puheen vaike*", "puhe ~ outoa",
                "puhe on sekavaa", "sotku*", "puhe ~ muuttui|outo*|omituis*|sekav*|sotkui*",
                "puhuu ~ outoja|sekavia|omituisia"),
    "cant_speak": ("tuskin ~ puhu*|puhumaan|sanoa", "{NEG} ~ {CAN} ~ puhu*|sanoa|sanomaan",
                   "pari sanaa", "vain pari sanaa", "sana kerrallaan", "sanoja kerrallaan",
                   "yksittäisiä sanoja", "muutaman sanan", "sanan kerrallaan",
                   "{NEG} ~ {CAN} ~ sanottua|puhuttua", "{NEG} ~ saa sanaa suusta"),
    "can_speak": ("pystyn puhumaan", "puhun normaalisti", "pystyy puhumaan", "puhuu normaalisti",
                  "puhe kulkee"),
    "cant_move": ("{NEG} ~ {CAN} ~ liikutta*|nostaa|nostamaan|käyttää|käyttämään",
                  "käsi ~ {NEG} nouse|noussut|totellut|tottele", "{NEG} nouse",
                  "{NEG} noussut", "{NEG} ~ totellut|tottele"),
    "cant_walk": ("{NEG} ~ {CAN} ~ kävel*|seisoa|seisomaan|nousta|nousemaan|liikkumaan",
                  "{NEG} ~ pääse ~ ylös|pystyyn|lattialta|maasta|nousemaan",
                  "{NEG} ~ pääse ylös"),
    "can_walk": ("pystyn kävelemään", "pystyy kävelemään", "kävelen normaalisti",
                 "pystyn liikkumaan", "kävely onnistuu", "pystyn varaamaan",
                 "pystyn liikkumaan normaalisti", "pystyn kävelemään normaalisti",
                 "kävely onnistuu", "kävelen normaalisti", "pystyn kävelemään"),
    "cant_bear_weight": ("{NEG} ~ {CAN} ~ varaa*|astu*", "{NEG} ~ kestä varata",
                         # probes 26-27 (from sv): only a little weight on it
                         "varata|varaamaan|varaa|varaan ~ vain|ainoastaan ~ vähän|hiukan|hieman"),
    "cant_swallow": (# probe 15 (fi): "en saa nieltyä edes sylkeä"
                     "{NEG} ~ {CAN} ~ nielty*|nieltyä|nielemään", "sylkeä|sylki|syljen ~ {NEG} ~ "
                     "{CAN} ~ niele*|nielty*",
                     "{NEG} ~ {CAN} ~ niele*|nielaista", "nielemisvaike*",
                     "nieleminen ei onnistu", "kuolaa"),
    "swallow_pain": ("nieleminen ~ sattuu|koskee|kipeää", "nielemiskipu*", "sattuu niellä"),
    "cant_pee": (# probe 15 (fi): no pee comes
                 "{NEG} ~ tule|tuu|tullut|tullu ~ pissaa|virtsaa|pissoja",
                 # probe 15 (fi): the pee will not come
                 "{NEG} ~ pissa|pissat|virtsa|pisu ~ meinaa|meinannut|tule|tuu|lähde|kulje|tullu|"
                 "tullut",
                 "{NEG} ~ {CAN} ~ pissa*|virtsa*", "virtsa ei tule", "pissa ei tule", "virtsaumpi",
                 # probes 24-25 (fi): "ei oo päässy pissalle 12 tuntiin"
                 "{NEG} ~ päässy|päässyt|päässeet|päässyny ~ pissa*|pissille|virtsa*|kusemaan|"
                 "kusille"),
    "cant_keep_fluids": ("{NEG} ~ {CAN} ~ pitä* ~ nestei*|juoma*|sisällä", "{NEG} pysy sisällä",
                         # probes 30-31 (fi): "eikä pysy mitään sisällä"
                         "{NEG} ~ pysy|pysyny|pysynyt ~ sisällä|sisäl",
                         "kaikki tulee ylös"),
    "cant_open_mouth": ("{NEG} ~ {CAN} ~ suu* ~ auki", "{NEG} ~ {CAN} ~ avaa* ~ suu*",
                        "suu ~ {NEG} aukea"),
    "cant_eat": ("{NEG} ~ {CAN} ~ syö*",),
    "not_feeding": (# probe 15 (fi): has not eaten or drunk
                    "{NEG} ~ oo|ole|ollut ~ syöny|syönyt|juonu|juonut",
                    "{NEG} ~ syöny|syönyt|juonu|juonut", "eikä ~ juonu|juonut|juo|syöny|syönyt",
                    "{NEG} syö", "{NEG} ~ jaksa ~ syö*|syödä|juoda|imeä", "{NEG} juo",
                    "{NEG} juo mitään", "{NEG} ime", "syö huonosti", "ruoka ei maistu",
                    "{NEG} ota maitoa"),
    "muffled": ("ääni ~ puuro*", "kuumaperuna*", "ääni ~ tukkoinen"),
    "drooling": (# probe 15 (fi): the drool runs
                 "kuola|kuolaa ~ valuu|valui|tulee|tippuu|roiskuu", "kuolasi", "kuolaavat",
                 "kuolaa*", "kuolaami*", "sylki valuu"),
    "vision_loss": ("näkö ~ meni|lähti|hävisi|pimeni", "{NEG} ~ näe", "sokea*", "sokeu*",
                    # probes 24-25 (sv): "menetti näön vasemmasta silmästä"
                    "menetti|menettänyt|menettäny|menetin|menettää ~ näön|näkönsä|näköni|"
                    "näkökyvyn|näkökykynsä",
                    "näönmenetys", "musta verho", "näkö meni yhtäkkiä"),
    "vision_blur": (# probe 15 (fi): the sight dims
                    "sumene*",
                    "näkö ~ sumenee|hämärtyy|hämärtyi|heikkenee|heikkeni|huononee|hämärä",
                    "näkö ~ sumea|sumentu*|sumeni|huononi|epätarkka", "sumea*", "sumeni",
                    "sumentu*", "näköhäiri*", "epätarkka*", "sumee"),
    "double_vision": ("kahtena", "kaksoiskuv*", "näen kaksi"),
    "flashes": ("salamoi*", "valonväläh*", "välähdyk*", "välkky*", "lasiaiskellu*"),
    "curtain": ("verho*", "varjo*"),
    "halos": ("valokehä*", "kehiä valojen", "renkaita valojen", "kehät valojen"),
    "headache": ("päänsär*", "pääkipu*", "pääkivu*", "migreen*", "päänkivist*",
                 "päätä ~ särkee|särki|jomottaa|kivistää", "pää ~ kipeä", "päähän sattuu"),
    "stiff": ("jäyk*", "kankea*", "kankeu*", "jumissa", "jumi*", "-jäykkäkouristus*"),
    "neck_stiff": ("niskajäyk*", "niskan jäykky*", "niska ~ jäykkä",
                   "{NEG} ~ {CAN} ~ taivutta*|kääntä* ~ pää*|niska*", "leuka ~ {NEG} mene rintaan"),
    "rigid": ("kova kuin lauta", "lautamai*", "vatsa ~ kova", "maha ~ kova",
              # probe 21 (fi): "vatsa kivikova" (not "kakka kivikovaa": that is constipation)
              "vatsa|maha|masu|vatsanpeitteet ~ kivikova*|kivenkova*|lautakova*"),
    "palpitations": ("sydämentyky*", "tykyttä*", "tykytys*", "hakkaa", "pamppai*", "jyskyttä*",
                     "läpätt*", "laukkaa", "muljahtel*"),
    "irregular_heart": ("epätasai*", "rytmihäiri*", "muljahdu*", "eteisvärinä*",
                        "epäsäännöllise* ~ syke*|sydä*|rytmi*"),
    "pale": ("kalpe*", "kalvakka", "valkoinen kuin lakana"),
    "grey": ("harmaa*", "harmaan*", "oudon värinen", "outo väri", "oudon väriseksi",
             "väri ~ muuttui"),
    "blue": ("sinerty*", "sinise*", "sininen", "siniset", "sinisenä", "sinertävä*", "sinisi*",
             "sinert*", "sinersi", "sinersivät"),  # probe 21 (fi): "huulet sinertää"
    "mottled": ("laikukas", "laikukka*", "marmoroitu*", "kirjava iho"),
    "thirst": ("jano*", "janoinen", "juo paljon",
               # probes 22-23 (fi): "juonu vettä litratolkulla"
               "litratolkulla", "litroittain", "kannutolkulla", "kannuittain",
               "juo|joi|juonu|juonut|juonnut ~ jatkuvasti|herkeämättä|valtavasti|mielettömästi"),
    "polyuria": ("pissaa paljon", "virtsaa paljon", "pissalla koko ajan", "paljon pissaa",
                 "pissattaa koko ajan", "käy koko ajan vessassa",
                 # probes 22-23 (fi): "ramppaa vessassa koko ajan"
                 "ramppaa|ramppaan|ramppasi|rampannut|rampannu|juoksee|juoksen|ravaa|ravaan ~ "
                 "vessassa|vessaan|vessaa|pissalla|pissalle|wc:ssä"),
    "fruity": ("hengitys haisee", "asetoni*", "ketoai*", "hedelmäinen haju", "haisee oudolle",
               "hengitys ~ haisee"),
    "hoarse": ("käheä*", "käheyt*", "käheys", "ääni meni", "ääni käheä"),
    "tight_throat": ("kurkkua kuristaa", "kurkku kuristaa", "kuristaa kurkkua", "kurkku turpoaa",
                     "kurkku menee umpeen", "kurkku tuntuu ahtaalta", "nielu turpoaa",
                     "kuristava tunne", "kurkkua ~ kuristaa",
                     # probes 22-23 (fi): a blocked throat (next to each other: not "kurkku
                     # kipeä ja nenä tukossa")
                     "kurkussa|nielussa tukkoinen|tukkoista|tukos|tukkoisuutta",
                     "kurkku|nielu tukossa|tukkoinen", "kurkku on tukossa",
                     "kurkku|nielu tuntuu tukkoiselta|tukossa|tukkoisalta",
                     "tukkoinen tunne kurkussa|nielussa", "kurkussa on tukkoinen"),
    "discharge": ("valkovuoto*", "eritettä", "erite*", "märkä*", "vuotoa emättimestä",
                  "outo vuoto", "outoa vuotoa"),
    "ear_discharge": ("korvasta vuotaa", "korvavuoto*", "korvasta tulee"),
    "burning": ("kirvel*", "polttel*", "polttaa", "kirvely*", "kirveli"),
    "urinary": ("virtsaamisvaike*", "virtsaamisen kanssa", "pissaamisen kanssa",
                "virtsaamisongelm*", "pissaongelm*", "virtsatie*"),
    "urinary_frequency": ("tihentynyt virtsaamistarve", "tiheä virtsaami*",
                          "monta kertaa pissalla", "yövirtsaisuus", "virtsaamistarve",
                          "öisin ~ pissalla"),
    "weak_stream": ("suihku ~ heikko", "heikko suihku", "virtsasuihku*"),
    "incontinence": ("virtsankarkailu*", "pissa karkaa", "virtsa karkaa", "karkailee",
                     "pidätyskyvyttömyy*", "vuotaa virtsaa"),
    "bladder_loss": ("{NEG} ~ {CAN} ~ pidättä*", "laski alleen", "laskenut alleen", "alleen",
                     "tuli housuun", "alleni", "allesi",  # probes 26-27 (from sv)
                     "housuun|housuihin ~ huomaamatta|huomaamattani|huomaamattaan",
                     # probes 26-27 (fi): the bladder is not felt ("ei tunnu pissahätää")
                     "{NEG} ~ tunnu|tunne|tunnut|tuntunut|tuntunu ~ pissahätä*|pissahäd*|"
                     "vessahätä*|vessahäd*|virtsaamistarve*|virtsaamistarvet*|virtsahätä* ~ "
                     "ollenkaan|yhtään|lainkaan|laisinkaan|enää|vaikka"),
    "saddle_numb": (# probe 15 (fi): cannot feel the bottom when wiping
                    "{NEG} ~ tunne|tunnu|tuntenut|tuntunut|tunnut ~ pylly*|pyly*|pakaroita|"
                    "pakaroissa|haaroissa|peppua|pepussa|takapuolta|takapuolessa|haaroväli*",
                    "pyyhkiessä|pyyhin|pyyhkii ~ {NEG} ~ tunne|tunnu|tunnut",
                    "istuinalue*", "ratsupaikka*", "haaroväli*"),
    "diarrhoea": ("ripuli*", "ripula*", "vetelä*", "vesiripuli*", "juoksuttaa", "vatsa sekaisin",
                  "vatsa löysällä", "löysät ulosteet", "löysä* vatsa*", "vatsa ~ löysä*",
                  "löysää vatsaa"),
    "gastro": ("vatsatauti*", "oksennustauti*", "ruokamyrkytys*", "noro*", "vatsapöpö*"),
    "constipation": ("ummetu*", "ummetus", "vatsa ei toimi"),
    "heartburn": ("närästy*", "närästää", "refluk*", "ruoansulatusvaiv*", "närästys"),
    "heartburn_context": ("ruoan jälkeen", "syömisen jälkeen", "aterian jälkeen"),
    "runny_nose": ("nuha*", "nenä vuotaa", "nenä valuu", "räkä*", "nuhainen"),
    "sneeze": ("aivastel*", "aivastu*", "aivastaa"),
    "blocked_nose": ("tukkoi*", "nenä ~ tukossa", "tukkoisuus"),
    "facial_pressure": ("poskiontelo*", "otsaontelo*", "painon tunne kasvoissa",
                        # probes 24-25 (fi): "paine poskissa"
                        "paine|painetta|paineen|painon|paineentunne* ~ poskissa|poskiin|"
                        "poskilla|otsassa|otsaan|kasvoissa|kasvoihin|nenänjuuressa",
                        "poskissa|otsassa|kasvoissa|nenänjuuressa ~ paine|painetta|"
                        "paineentunne*"),
    "cold_illness": ("flunssa*", "flunssai*", "vilustu*", "influenssa*", "virus*", "räkätauti",
                     "nuhakuume*", "korona*"),
    "hay_fever": ("siitepöly*", "heinänuha*", "allerginen nuha", "koivu*", "kevätallergi*",
                  "siitepölyallergi*"),
    "lump": ("patti*", "patin", "kyhmy*", "möykky*", "pahka*", "kasvain*", "imusolmuke*"),
    "mole_change": ("luomi*", "luome*", "luomen", "syntymämerk*"),
    "weight_loss": ("paino ~ laskenut|pudonnut|laskee|putoaa", "laihtu*", "painonlasku*",
                    "kiloja lähtenyt",
                    # probes 26-27 (fi): weight, not "itkettää ilman syytä"
                    "kilo|kiloa|kiloja|kg ~ ilman syytä"),
    "weight_gain": ("painonnousu*", "lihonut", "liho*", "paino noussut"),
    "tired": ("väsy*", "väsyny*", "voimaton", "jaksamaton", "väsymys",
              "*väsyn*"),  # probes 24-25 (fi): "kuolemanväsyny", "lopenväsynyt"
    "low_mood": ("masennu*", "masentu*", "masis", "alakulo*", "alakuloi*", "apea*", "surullinen",
                 "toivoton*", "ilottom*", "ei kiinnosta mikään", "mieliala*"),
    "hopeless": ("toivoton*", "toivottomuu*", "arvoton"),
    "anxiety": ("ahdist*", "ahist*", "jännittä*", "pelottaa", "ahdistus*"),
    "panic": ("paniik*", "paniikkikohtau*"),
    "stress": ("stressaa", "stressi*", "stressaan", "stressaantu*"),
    "burnout": ("uupumu*", "uupunut", "uuvuksi*", "loppuunpala*", "burnout", "työuupu*"),
    "insomnia": ("unetto*", "uniongelm*", "univaike*", "nukun huonosti", "{NEG} ~ saa unta",
                 "heräilen", "nukun välillä huonosti"),
    "insomnia_long": ("uniongelm*",),
    "lonely": ("yksinäi*", "yksin", "ei ketään kenelle puhua", "eristäytyn*"),
    "psych_help": ("jutella", "juttelemaan", "puhua jonkun kanssa", "keskusteluapu*",
                   "keskustella", "terapia*", "psykologi*", "juttuseura*"),
    "alcohol": ("alkoholi*", "juomi*", "viina*", "kalja*", "humala*", "dokaa*", "ryyppää*",
                "juon joka päivä",
                # probe 21 (fi): "se on kännissä" (not "kännykkä")
                "kännissä", "kännis", "kännissään", "känniin", "kännit", "kännipäissään",
                "päissään", "jurris*", "jurrissa"),
    "drugs": ("huume*", "kannabi*", "amfetamiini*", "pilveä"),
    "addiction": ("riippuvuu*", "addikti*", "peliongelm*"),
    "eating_disorder": ("syömishäiri*", "anoreksi*", "bulimi*", "ahmi*"),
    "memory": ("muisti*", "muistamat*", "unohtel*", "dementi*", "muistisairau*"),
    "suicide": ("lopetan ~ tän|tämän|kaiken", "lopettaa ~ kaiken|tämän",
                "teen lopun", "teen ~ lopun ~ itsestäni", "itsemurh*", "itsetuho*",
                "tappaa itseni", "tappaisin itseni", "tapan itseni",
                "tappaa itsensä", "haluan kuolla", "haluaa kuolla", "{NEG} ~ halua ~ elää",
                "päättää päivä*", "päättää elämä*", "lopettaa elämä*", "riistää henke*",
                "viedä henkeni", "hengiltä", "tappaa itsensä", "tappaa ~ itsensä",
                "ottaa hengen itseltään"),
    "suicide_passive": ("{NEG} ~ jaksa ~ elää", "ei ole mitään järkeä elää",
                        "olisi parempi kuolla", "kuolemantoive*", "toivon että kuolisin",
                        "ajatuksia kuolemasta", "kuolla pois", "en jaksa enää", "ei jaksa enää",
                        "en kestä enää",
                        # probes 28-29 (from en): "haluaa nukkua ikuisesti", "kukaan ei
                        # kaipaisi minua", "kyllästynyt elämään"
                        "haluan|haluaa|halusi|haluais*|haluis* ~ nukkua|nukahtaa ~ ikuisesti|"
                        "pois",
                        "kukaan ~ {NEG} ~ kaipais*|kaipaisi|ikävöis*|ikävöisi",
                        "{NEG} kukaan ~ kaipais*|kaipaisi|ikävöis*|ikävöisi",
                        "kyllästy* ~ elämään|elämiseen", "väsyny* ~ elämään|elämiseen"),
    "self_harm": ("viiltel*",

 "viillän", "satutan itseäni", "satuttaa itseään",
                  "vahingoittaa itseään", "itseään vahingoitta*",
                  # probes 26-27 (from en): "viilsin syvemmälle kuin oli tarkoitus"
                  "viilsin|viilsi|leikkasin|leikkas ~ syvemmälle|syvemmin|syvemmän ~ kuin ~ "
                  "tarkoitus|tarkoitin|halusin|aioin|yleensä"),
    "suicide_plan": ("suunnitel*", "köysi*", "köyde*", "tänä iltana", "tänään", "illalla",
                     "kerännyt", "tiedän ~ miten", "aion", "aikeissa", "sillalta", "jäähyväis*",
                     "hyvästi*", "valmiina", "keinot", "tapa on", "tänä yönä", "yöllä"),
    "suicide_method": ("hirttä*", "hypä* ~ sillalta|junan|parvekkee*|katolta", "hyppää sillalta",
                       "hyppää ~ sillalta|junan|parvekkeelta|katolta", "ampua itseni",
                       "ajaa ~ rekan alle",
                       "ottaa kaikki ~ insuliinit|lääkkeet|pillerit|tabletit",
                       "otan kaikki ~ insuliinit|lääkkeet|pillerit|tabletit"),
    "intent": ("aion", "aikoo", "aikeissa", "meinaan tehdä", "teen sen"),
    "voices": ("ääni* ~ käske*", "kuule* ääniä", "äänet ~ käske*|sanoo|sanovat"),
    "psychosis": ("harhai*", "vainoharh*", "psykoo*", "näkee harhoja",
                  # probes 22-23 (sv): "luulee että joku yrittää myrkyttää hänet"
                  "luulee|väittää|uskoo|sanoo|kuvittelee ~ myrkyttää|myrkyttävät|myrkyttänyt|"
                  "vakoilee|vakoilevat ~ häntä|hänet|minua|minut|meitä|ruokaa|ruoan|ruokaansa"),
    "weapon": ("veitsi*", "veise*", "ase", "aseen", "puukko*", "köysi*"),
    "harm_others": (# probe 15 (fi): a voice that commands harm
                    "ääne*|ääni|äänet|ääniä|äänien ~ käske*|käski ~ satutta*|tappa*|vahingoitta*|"
                    "lyö*|lyömään|puukotta*",
                    "ääne*|ääni|äänet ~ joka|jotka|mikä ~ käske*|käski ~ satutta*|tappa*|"
                    "vahingoitta*|lyö*|lyömään|puukotta*",
                    "tappaa jonkun", "satuttaa muita", "väkivaltai*", "uhkailee", "uhkaa tappaa",
                    "vaaraksi muille", "vaaraksi itselleen"),
    "poison": ("myrky*", "myrkyt*", "myrkyllis*", "kloori*", "valkaisu*", "myrkkysien*",
               "pesukonetablet*", "astianpesu*", "tiskiaine*", "pesuaine*"),
    "carbon_monoxide": ("häkä*", "häkämyrky*", "hiilimonoksid*"),
    "overdose_large": ("koko ~ liuska*|paketi*|purki*|pakkau*|levy* ~ lääk*|pilleri*|tablet*|"
                       "unilääk*|särkylääk*|buraan*|panadol*", "koko ~ purkillisen|paketillisen"),
    "overdose": ("pilleri*|lääk*|tablet*|unilääk* ~ kanssa ~ vodka*|viina*|alkoholi*|kalja*",
                 "lääk*|pilleri*|tablet*|unilääk* ~ vodkan|viinan|alkoholin|kaljan ~ kanssa",
                 "yliannost*",
 "otti ~ pillere*|lääkkei*|tablet*", "söi ~ lääkkei*|pillere*",
                 "otin liikaa", "liikaa lääkettä", "otti jotain"),
    "double_dose": ("kaksinkertai*", "tuplannos*", "tupla annos*", "vahingossa",
                    "liian ison annoksen"),
    "swallowed_substance": ("nieli*", "nielaisi*", "joi pesuainetta"),
    "animal_bite": ("puri", "purema*", "puremahaav*", "koiranpurema*", "kissanpurema*"),
    "insect_bite": ("hyttys*", "itikka*", "mäkärä*", "paarma*", "punkki*", "ötökkä*",
                    "punki*",  # probes 24-25 (fi): "punkin", "punkit" (kk → k)
                    "hyönteisenpisto*", "hyttysen purema*", "hyttysen pisto*", "itika*",
                    "itikanpisto*", "hyttysenpisto*", "hyönteisenpurem*"),
    "sting": ("ampiai*", "mehiläi*", "kimalai*", "pisti", "pistos*", "pisto", "pistosta",
              "herhiläi*", "ampiaisenpisto*"),
    "allergen": ("*pähkin*", "cashew*", "manteli*", "seesami*", "kala", "kalaa", "kalan",
                 "simpuk*", "herhiläi*", "kimalai*", "hyönteisen pisto", "pähkin*",
                 "maapähkin*", "katkarap*", "äyriäi*", "ampiai*", "mehiläi*",
                 "antibioot*", "penisilliin*", "uusi lääke", "allergeen*", "kananmuna*",
                 # probes 30-31 (from sv): "nokkosihottumaa uuden lääkkeen jälkeen"
                 "uusi|uuden|uutta|uudesta|uudet|uusien ~ lääkkeen|lääkettä|lääkkeestä|lääkkeet|"
                 "lääkkeiden|tabletin|tablettien|pillerin|lääkekuurin"),
    "allergy": ("allergi*", "allerginen", "yliherkkyy*"),
    "anaphylaxis": ("anafyla*", "adrenaliinikynä*", "epipen*", "adrenaliini*"),
    "burn": ("palovamm*", "poltin", "poltti", "polttanut", "kärvent*", "kiehuva*", "kuumaa vettä",
             "kuumaa öljyä", "paloi",
             # probe 32 (from en): clothes that caught fire ("housut syttyivät tuleen")
             "syttyi|syttyivät|syttynyt|syttyneet|syttyy ~ tuleen|palamaan|liekkeihin",
             "tuli tarttui", "leimahti ~ tuleen|palamaan", "vaatteet ~ liekeissä|tulessa"),
    "large_area": ("iso alue", "laaja*", "koko", "suuri alue", "isolta alueelta",
                   # probes 26-27 (from sv): "palovammoja puolessa kädessä ja vatsassa"
                   "puoli|puolet|puolessa ~ kädestä|käsivarresta|kättä|kädessä|jalasta|jalkaa|"
                   "jalassa|vatsasta|vatsaa|selästä|selkää|rinnasta|kehosta|kroppaa|reidestä",
                   # probes 30-31 (from sv): "rakkuloita puolessa säärestä"
                   "puoli|puolet|puolessa ~ säärestä|säärtä|sääressä|pohkeesta|pohjetta|"
                   "kyynärvarresta|kyynärvartta|kasvoista|kasvoja|kaulasta|reittä|reidessä"),
    "no_blisters": ("{NEG} rakkuloita", "{NEG} rakkoja", "rakkuloita ~ ei",
                    # probe 21 (fi): "eikä oo rakkuloita", "ei tullut yhtään rakkuloita"
                    "{NEG} oo|ole|tullut|tullu|tule|näy|yhtään rakkul*|rakkoja|rakkoa",
                    "{NEG} oo|ole|tullut|tullu|tule|näy yhtään rakkul*|rakkoja|rakkoa"),
    "chemical": ("kemikaal*", "lipeä*", "emäs*",
                 # probes 24-25 (fi): oven and drain cleaners are caustic
                 "uuninpuhdist*", "uuninpesu*", "grillinpuhdist*", "viemärinavaa*",
                 "viemärinpuhdist*", "kalkinpoist*"),
    "electric": ("*sähköisku*", "salama iski", "sai ~ sähköt|sähköä|sähköiskun",
                 "suurjännit*", "jännitteinen", "jännitteiseen", "voimalinja*",
                 "sähköjohto*", "sähköjohdosta"),
    "wound": ("haava*", "viilto*", "viilsin", "naarmu*", "leikkaushaava*"),
    "cut": ("viilto*", "viilsin", "leikkasin"),
    "deep_wound": ("syvä*", "syvän", "ompel*", "tikit", "tikkejä", "tikattava*", "tikata"),
    "gaping": ("ammotta*", "aukeaa", "ammottava*", "reunat erillään"),
    "bruise": ("mustelm*", "ruhjevamm*", "kuhmu*"),
    "graze": ("ruhje*", "hiertymä*", "raapaisu*", "pieni haava", "pinnallinen haava"),
    "blister": ("rakko", "rakkul*", "rakot", "rakkoja", "rakko*", "rakon"),
    "shoes": ("kengä*", "kenkä*", "kengist*"),
    "friction": ("hiert*", "hankau*"),
    "splinter": ("tikku*", "tikun"),
    "sprain": ("nyrjäh*", "nyrjä*", "vääntyi", "vääntyny*", "venähty*", "venäht*", "kiertyi",
               "meni nurin", "kääntyi", "vääntä*", "nyrjähti"),
    "deformed": (# probe 15 (fi): a leg shorter than the other, crushed fingers
                 "lyhyem* ~ ku|kuin|kun ~ toinen|toista|toisen",
                 "näyttää ~ lyhyemmältä|lyhyemmält*", "murskana", "murskaantu*", "murskautu*",
                 "litistyi", "littana",
                 "vinossa", "väärässä asennossa", "virheasen*", "mutkalla", "kiero"),
    "fracture": ("murtu*", "murtuma*", "poikki", "katkesi", "katkennut"),
    "bone_visible": ("luu ~ näkyy|pistää|törröttää", "näkyy luu", "avomurtum*", "luu tulee läpi"),
    "head_injury": (# probe 15 (fi): a helmet split
                    "kypärä|kypärän ~ halki|rikki|hajosi|haljennut|haljenneena|murtui|säpäleinä|"
                    "lohkesi|lohjennut|kahtia|palasiksi", "kallonmurtu*", "kallo ~ murtu*|halki",
                    "pään ~ lyö*|lyönnin|isku*|kolaut*", "päähän ~ isku|osui|lyötiin",
                    "löi ~ pää*", "löin pääni", "pää osui", "päävamm*", "aivotäräh*",
                    "kolautti ~ pää*", "kolautin pääni", "pää edellä", "iski ~ päänsä|pään",
                    "lyö päänsä", "potki* ~ päähän", "lyöt* ~ päähän", "isku ~ päähän",
                    "pahoinpidel*", "lyötiin", "hakattiin"),
    "fall": ("kaatu*", "kaaduin", "kaatui", "putosi", "putosin", "liukastu*", "kompastu*"),
    "fall_height": (# probe 15 (fi): down a well or a shaft
                    "putosi|putos|tippui|tippu|pudonnut|pudonnu|tippunut|kaatui ~ kaivoon|kuiluun|"
                    "rotkoon|kaivantoon|hissikuiluun|montun|monttuun",
                    "katolta", "parvekkeelta", "korkealta", "ikkunasta", "kerroksesta",
                    "rakennustelin*", "telineiltä", "korkealta", "kerroksen korkeudelta"),
    "trauma_major": (# probe 15 (fi): caught in a machine; a car hit a cyclist
                     "auto|auton|autoon|rekka|bussi|juna|traktori|mopo|moottoripyörä|pakettiauto ~ "
                     "osu|osui|osunut|osunu|törmäs|törmäsi|töytäs|töytäisi|tönäs ~ pyöräilijä*|"
                     "pyörään|pyöräilijään|jalankulkija*|mopoon|mopoilija*|lapseen|poikaan|tyttöön|"
                     "mieheen|naiseen|kylkeen|minuun|muhun|häneen|kävelijä*",
                     "jäi|jääny|jäänyt|juuttui|juuttunut|tarttui|joutui ~ kone*|koneeseen|koneen|"
                     "tela*|telaan|kuljetin*|kuljettime*|prässi*|puristime*|valssi*|hihna*|"
                     "akseli*|sekoitti*|hakkuri*|rullie*|murskai*",
                     "auto-onnettomu*", "kolari*", "jäi auton alle", "auto törmäsi",
                     "liikenneonnettomu*", "moottoripyör*", "suurella nopeudella",
                     "kovassa vauhdissa", "puristuksi*", "jäi puristuksiin", "auto ajoi ~ päälle",
                     "ajoi ~ pyöräilijän|jalankulkijan|lapsen ~ päälle",
                     "jäi ~ auton|rekan|bussin ~ alle", "auton töytäisemä", "auto töytäisi"),
    "stab": ("puukot*", "puukotti", "puukotettu", "puukoniskus*"),
    "gunshot": ("ammuttu", "ampui", "ampuma*", "luoti*"),
    "drowning": ("hukku*", "vedestä ylös", "vedestä tajuttomana",
                 "kasvot ~ alaspäin|alas ~ ammee*|kylpyamme*|vedessä|vedestä|altaassa|järvessä",
                 "nostettiin ~ vedestä|altaasta|järvestä|merestä",
                 "vedettiin ~ vedestä|altaasta|järvestä|merestä",
                 "hukkumaisillaan", "putosi jäihin", "jäihin", "kasvot ~ veteen|vedessä"),

    "choking": ("tukehtu*", "meni henkeen", "jäi kurkkuun", "vierasesine*", "juuttui kurkkuun"),
    "anticoag": ("varfariini*", "marevan*", "verenohennu*", "verenohennus*", "eliquis*",
                 "xarelto*", "pradaxa*", "lixiana*", "waran*", "warfarin*", "apixaban*",
                 "rivaroxaban*", "edoxaban*", "dabigatran*", "klexane*", "fragmin*", "enoksapar*"),
    "diabetes": ("diabee*", "diabete*", "sokeritau*", "ykköstyyp*", "insuliini*"),
    "high_sugar": ("sokerit ~ koholla|korkealla|korkeat", "korkeat sokerit",
                   "sokeri ~ korkea|korkealla|koholla|high", "mittari näyttää hi",
                   # probes 26-27 (fi): "mittari näyttää vaan HI" (over the meter's range)
                   "mittari|mittarissa|sokerimittari|verensokerimittari|lukema|lukemana ~ hi|high",
                   "näyttää|näytti|näyttäny|näyttänyt ~ hi|high",
                   # probes 30-31 (fi): "sokerit hii", "verensokeri HI" (voice-to-text spellings)
                   "sokeri|sokerit|verensokeri|verensokerit|sokerilukema|glukoosi ~ hi|hii|high|"
                   "hai|häi"),
    "low_sugar": ("hypo", "hypossa", "hypoglyk*", "sokerit ~ alhaalla|matalalla",
                  "insuliinishok*", "matala sokeri"),
    "shaky": ("tärise*", "vapise*", "täris*", "vapina*", "tutisee"),
    "asthma": ("astma*", "astmaatik*"),
    "asthma_attack": ("astmakohtau*",),
    "inhaler": ("avaava*", "inhalaat*", "piipu*", "ventoline*", "bricanyl*", "salbutamol*",
                "sumutin*", "avaavaa"),
    "copd": ("keuhkoahtaum*", "copd"),
    "heart_failure": ("sydämen vajaatoim*", "vajaatoimin*"),
    "surgery_recent": ("leikkauksen jälkeen", "leikattiin", "leikkauksesta", "operaation jälkeen",
                       "leikkaushaava*"),  # probes 22-23 (sv): the wound of an operation
    "long_travel": ("pitkän lennon", "lentomatkan jälkeen", "pitkä lento", "pitkän automatkan"),
    "pleuritic": ("hengittäessä", "kun hengitän", "sisäänhengityk*", "syvään hengittäessä"),
    "tender_press": ("painaessa", "painettaessa", "kun painan", "painelu*", "koskettaessa",
                     "kosketusarka"),
    "musculoskeletal": ("nostaessa", "nostin", "nostamisen", "lihasperäi*", "lihaskipu*",
                        "lihasjumi*", "venähd*", "revähd*", "kantaessa", "pihatö*", "kuntosal*",
                        "huonekalu*", "muutto*", "siivotessa"),
    "muscle_soreness": ("lihakset ~ kipeät|kipeet|arat", "salitreeni*", "treenin jälkeen",
                        "lihasarkuu*", "kipeet lihakset", "kipeät lihakset"),
    "hangover": ("krapula*", "kankkune*", "darra*", "juhlimisen jälkeen"),
    "sunburn": ("auringonpolttam*", "palanut auringossa", "paloin auringossa",
                "auringossa palanut"),
    "dandruff": ("hilse", "hilsettä", "päänahka* ~ hilseilee"),
    "lice": ("täitä", "täit", "täiden", "saivar*", "päätäi*"),
    "acne": ("finni*", "finne*", "akne*", "mustapää*"),
    "athlete_foot": ("jalkasilsa*", "silsa*", "varpaiden väli*"),
    "peeling": ("kesii", "kuoriutu*", "hilseil*"),
    "mouth_ulcer": ("afta*", "suuhaava*", "suussa haava"),
    "cold_sore": ("huuliherpe*", "herpe*", "yskänrok*"),
    "dry_skin": ("kuiva iho", "iho ~ kuiva*", "ihon kuivuu*", "kuivaihoi*", "iho kuivuu"),
    "dry_eyes": ("kuivat silmät", "silmät kuivuu", "silmien kuivuu*", "silmät väsyneet"),
    "screen": ("tietokone*", "näyttö*", "ruutu*", "koneella", "kännykkä*"),
    "earwax": ("korvavaik*", "vaikkutulppa*", "vaikku*"),
    "ear_blocked": ("korva ~ tukossa|lukossa",  # probe 15 (fi): "korvat lukossa"
                    "korvat|korvani|korvassa|korvaa|korvia ~ lukossa|tukossa|lukkoon|tukkoon"),
    "hearing_muffled": ("kuulo ~ heikentyn*|huono", "kuulen huonosti"),
    "hearing_loss": ("kuulo ~ meni|lähti", "{NEG} kuule", "kuurou*",
                     "kuulo ~ lähti|meni ~ yhtäkkiä", "lähti kuulo"),
    "tinnitus": ("tinnitu*", "korvat ~ soi|soivat", "korvissa soi", "humina korvissa",
                 "vinkuu korvissa"),
    "nosebleed": (# probe 15 (fi): the nose bled
                  "nenä*|nenästä ~ vuoti|vuos ~ verta|veri*",
                  "nenäverenvuot*", "nenä vuotaa verta", "verta nenästä"),
    "period_pain": ("kuukautiskiv*", "kuukautiskipu*", "menkkakipu*", "menkat"),
    "irregular_period": ("kuukautis* ~ epäsäännöl*", "epäsäännöllise* kuukautise*",
                         "kierto epäsäännöl*"),
    "bloating": ("vatsa ~ turvoks*", "ilmavaiv*", "pöhötty*", "kuplii", "kurisee",
                 "ilmaa vatsassa"),
    "gas": ("ilmavaiv*", "pieru*"),
    "overeat": ("söin liikaa", "syönyt liikaa", "ähky*", "liikaa ruokaa", "mässäil*",
                "söin liikaa papuja"),
    "sleep_awkward": ("huonossa asennossa", "nukuin väärin", "nukkuma-asento*"),
    "irritant": ("uusi pesuaine", "uuden pesuaineen", "pyykinpesuaine*", "uusi saippua"),
    "tension": ("jännityspäänsärky*",),
    "dehydrated": ("nestehuk*", "kuivuminen"),
    "dehydration_severe": (# probe 15 (fi): days without drinking
                           "päivää|päivän|vuorokautta|vuorokauden|vrk ~ juomatta",
                           "juomatta ~ päivää|päivän|vuorokautta|vuorokauden|vrk",
                           "{NEG} ~ märkiä vaippoja", "{NEG} pissavaippoja", "vaipat kuivia",
                           "vaippa kuiva", "{NEG} ole pissannut", "silmät kuopalla",
                           "aukile kuopalla",
                           # probes 24-25 (from en): "aukile on kuopalla", "tosi vähän märkiä
                           # vaippoja"
                           "aukile* ~ kuopalla|kuopassa|painunut|painuksissa|sisäänpäin",
                           "kuopalla|painunut ~ aukile*",
                           "tosi|hyvin|todella|vain|tuskin|enää ~ vähän|muutama|pari|yksi ~ "
                           "märkiä|märkä|pissa*|märkää ~ vaippo*|vaippa|vaippaa"),
    "dehydration_mild": ("pissavaippoja vähemmän", "vähemmän pissavaippoja",
                         "vähemmän märkiä vaippoja", "pissaa vähän", "vähemmän pissaa",
                         "virtsaa vähän", "juo tosi vähän", "juo vähän", "juo huonosti",
                         "pissaa vähän", "pissaa vähemmän"),
    "drinking_well": (# probe 15 (fi): drinks stay down
                      "pysyy|pysyvät ~ juomat|nesteet|juoma|vesi|ruoka|ruuat ~ sisällä",
                      "juomat|nesteet|juoma|vesi ~ pysyy|pysyvät ~ sisällä",
                      "juo hyvin", "juon hyvin", "juo normaalisti", "leikkii", "leikki*",
                      "syö normaalisti", "syö ja juo", "pirteä", "virkeä", "juo ja leikkii"),
    "scaly_rash": ("hilseil*", "psoria*", "ekseema*", "atoopp*"),
    "hemorrhoids": ("peräpukam*", "pukama*"),
    "ingrown_nail": ("kynsivall*", "sisäänkasva*"),
    "grinding": ("narskut*", "kiristel*"),
    "fetal_movement": ("potkii|potkut|liikkuu|liikkeet ~ tavallista vähemmän",
                       "potkii ~ vähemmän|harvemmin", "potkuja ~ vähemmän|harvemmin",
                       "liikkeet ~ vähentyneet", "vauva liikkuu vähemmän", "sikiön liikkeet",
                       "potkut ~ vähentyneet", "{NEG} tunnu liikkeitä",
                       "vauva ~ {NEG} ~ liiku*|liikkunut", "{NEG} ~ tunnu ~ liikkeitä",
                       "liikkeitä ~ {NEG} ~ tunnu", "vauva ~ lakannut liikkumasta",
                       "{NEG} ~ vauva ~ liiku*|liikkunut", "{NEG} ~ vauva ~ ole ~ liikkunut"),
    "gout": ("kihti*",),
    "shingles": ("vyöruusu*",),
    "band": ("vyömäi*", "nauhamai*"),
    "ulcer": ("haavauma*", "säärihaava*"),
    "smell": ("haise*", "haju*"),
    "pus": ("märkä*", "märkii", "märkivä*"),
    "contact_lens": ("piilolins*", "piilarei*"),
    "eye_injury": ("silmään osui", "osui silmään", "silmävamm*", "isku silmään"),
    "chemical_eye": ("silmään roiskui", "kemikaali* silmään"),
    "pelvic_pain": ("lantiokipu*", "lantion kipu*"),
    "waves": ("aaltoina", "aaltomai*", "aaltoilee", "kohtauksittain", "tulee ja menee"),
    "worse_walking": (# probe 15 (fi): bent over, every bump hurts
                      "töyssy*",
                      "{NEG} ~ {CAN} ~ kävele*|kävellä|kävelemään|seisomaan|seisoa ~ suorana|"
                      "suoraan|suorassa",
                      "{NEG} ~ {CAN} ~ suoristaa|suoristamaan ~ selkää|itseään|vartaloa",
                      "kävelee|kävelen|kävellä|kulkee ~ kumarassa|kyyryssä|etukumarassa|köyryssä",
                      "kumarassa", "kyyryssä",
                      "pahenee kävellessä", "sattuu kävellessä", "kävellessä pahenee"),
    "ate_bad": ("söin jotain", "ruoka*"),
    "everyday_help": ("kauppa*", "kaupassa", "ostokse*", "asioinni*", "arjen apu*", "arjessa",
                      "apua kotiin", "saattaja*", "lumityö*", "apua arkeen", "kauppakassi*",
                      "kauppareissu*"),
    "checkup": ("resepti*", "todistus*", "tarkastus*", "kontrolli*",
                "-reseptivapaa*", "-reseptittä"),  # probes 24-25 (sv): over the counter
    "heat_stroke": ("lämpöhalvau*", "auringonpistos*"),
    "aneurysm": ("aneurysm*", "valtimopullistum*"),
    "wart": ("syylä*", "syyliä", "känsä*", "jalkapohjasyylä*"),
    "teething": (# probe 15 (fi): "hampaita tulossa"
                 "hampai*|hammas|hampaat ~ tulossa|puhkeamassa|puhkeaa|puhkeavat",
                 "hampaita tulee", "tulee hampaita", "hampaiden puhkea*", "hammasta pukkaa",
                 "hampaat tulossa", "hampaat puhkeaa", "hammas tulossa"),
    "sticky_eye": ("rähmi*", "rähmä*", "silmätulehdu*", "silmä rähmii", "silmät rähmii",
                   "sidekalvotulehdu*"),
    "hiccups": ("hikka*", "hikotus", "hikottaa",
                "nikotte*", "nikotus*", "nikottaa", "nikotuks*"),  # probes 26-27 (fi)
    "chapped_lips": ("rohtu*", "huulet kuivat", "halkeilevat huulet", "huulet halkeilee",
                     "huulet ~ rohtuneet|halkeilee|kuivat"),
    "threadworms": ("kihomato*", "matoja", "peppu kutisee", "kutisee peppu", "peppua kutittaa"),
    "nappy_rash": ("vaippaihottum*", "vaippaihott*", "vaippa-alue*"),
    "motion_sickness": ("matkapahoinvoin*", "merisairau*", "autossa oksettaa",
                        "bussissa oksettaa", "laivassa pahoinvoin*"),
    "strain": ("venäytin", "venähti", "venähdy*", "venähtänyt", "venäyttänyt", "lihasrevähdy*",
               "lihas venähti"),
    "jet_lag": ("aikaerorasitu*", "jetlag*"),
    "stye": ("näärännäppy*", "luomirakkula*"),
    "chickenpox": ("vesirok*", "enterorok*", "käsi-jalka-suutau*"),
    "heat_rash": ("hikinäppy*", "hikinäpp*"),
    "cracked_heels": ("kantapäät halkeilee", "kantapäät halkeilevat", "halkeilevat kantapäät"),
    "lyme_rash": ("rengasmai*", "rengas ihottuma", "punkin pureman ympärillä"),
    "minor_knock": ("löin ~ säären|polven|käden|kyynärpään|jalan", "kolautin", "kopautin",
                    "törmäsin", "kolhaisin"),
    "exhausted": ("uupunut", "ihan uupunut", "voimat loppu*"),
    "photophobia": ("valonarka*", "valo sattuu", "valo häikäisee", "valoarkuus",
                    "valo sattuu silmiin", "valo ~ sattuu|häiritsee", "valonarkuus"),
    "vomit_blood": ("kahvinporo*", "kahvinpuru*", "oksensin verta", "verioksen*"),
    "u_metre": ("metri*", "metriä", "m"),
    "asthma_severe": ("uupunut",),
    "head_injury_minor": ("itki heti", "pieni kuhmu", "kuhmu otsassa", "kolautti päänsä",
                          # probe 21 (fi): "kuhmu tuli", "pelkkä kuhmu"
                          "kuhmu|kuhmun ~ tuli|nousi|vaan|vain|pelkästään", "tuli|nousi ~ kuhmu",
                          "pelkkä kuhmu"),
    "dental_trauma": ("hammas irtosi", "hammas lohkesi", "hammas katkesi", "hammas lähti"),
    "frostbite": ("paleltuma*", "paleltui"),
    "thrush": ("hiivatulehdu*", "hiiva*"),
    "menopause": ("kuumia aaltoja", "kuumat aallot", "yöhikoilu*", "vaihdevuo*"),
    "erectile": ("erektio*", "potenssi*"),
    "grumpy": ("kiukkui*", "kitinä*", "itkuinen", "levoton", "kiukuttelee"),
    "recession": ("kylkivälit ~ vetää|vetäytyy|vetävät", "kuopalle hengittäessä",
                  "sieraimet laajenee"),
    "grunting": ("ähkii", "ähkinä*", "voihkii"),
    "knocked_out": ("hetken tajuton", "oli tajuton", "taju lähti", "tajunnanmenety*",
                    "menetti tajun*"),
    "cold_skin": ("kylmä", "kylmät", "kylmän", "jääkylmä*"),
    "lethargic": ("vetämätön", "väsähtänyt", "apaattinen", "ei ole oma itsensä"),
    "vaccine_reaction": ("rokotuksen jälkeen", "rokotusten jälkeen", "rokotteen jälkeen",
                         "piikin jälkeen"),
    "loose_tooth": ("maitohamma*", "hammas heiluu", "heiluva hammas"),
    "hair_loss": ("hiukset lähtee", "tukka lähtee", "hiustenlähtö*", "hiuksia lähtee"),
    "fertility": ("yrittäneet raskautta", "lapsettomuu*", "raskaaksi tulo*"),
    "smoking": ("tupakoinnin lopettami*", "lopettaa tupakoinnin", "tupako*", "nikotiini*"),
    "hearing_loss_gradual": ("kuulo ~ huonontunut|heikentynyt", "kuulen huonosti"),
    # --- probe 15 (fi): word families for concepts whose words live in other fi tables ---
    # "Ei syö verenohennuslääkkeitä": not on blood thinners (the "ei syö" phrase kept the cue).
    "neg": ("{NEG} ~ syö|käytä|ota|syönyt|käyttänyt|käyttäny ~ verenohenn*|*verenohennu*|marevan*|"
            "varfariini*|eliquis*|xarelto*|pradaxa*|lixiana*",),
    # Colloquial right ("oikee käsi").
    "one_side": ("oikee", "oikeeta", "oikeella", "oikeelle", "oikeelta", "oikeessa", "oikeesta",
                 "oikeeseen"),
    # Thin spring ice.
    "danger_place": ("jäälle", "jäille", "heikoille|ohuille|heikolle|ohuelle ~ jäille|jäälle",
                     "jää|jäät ~ heikkoa|heikko|ohutta|ohut|hauras|haurasta|heikkoja"),
    # A knee, a fist or a kick into the side.
    "belly_blow": ("sai|saanut|saanu|otti ~ polven|polvesta|nyrkin|nyrkistä|potkun|kyynärpään|"
                   "kyynärpäästä|pallon|pallosta|iskun|tällin|osuman|kavion|sarven ~ kylkeen|"
                   "vatsaan|mahaan|masuun|ylävatsaan|kylkiluihin",
                   "polvi|polvesta|nyrkki|potku|kyynärpää|kavio|sarvi ~ kylkeen|vatsaan|mahaan|"
                   "masuun|ylävatsaan"),
    # At the bottom of the pool.
    "submersion": ("altaan|ammeen|järven|lammen|kylpyammeen ~ pohjalla|pohjaan|"
                   "pohjasta",
                   "pohjalla|pohjaan|pohjasta ~ altaan|ammeen|järven|lammen",
                   "nostettiin|vedettiin|nosti|veti ~ ylös ~ altaasta|vedestä|järvestä|ammeesta|"
                   "pohjasta", "upoksi*", "upposi", "uppos"),
    # The place already chosen.
    "resolve": ("katsonut|kattonu|kattonut|katsoin|katoin|valinnut|valinnu|valitsin|etsinyt|"
                "etsiny ~ paikan|paikankin|paikka|kohdan|sillan|puun",
                "paikka|paikan|paikankin ~ valmiiksi|valmiiks|valittu|katsottu|katottu"),
    # Tablets were in the child's mouth.
    "eat_word": ("oli|olivat|olleet|ollu|ollut ~ suussa|suussaan",
                 "suussa|suussaan ~ oli|olivat|ollut|ollu"),
    # The youngest, the kid.
    "child": ("kuopus*", "kuopukse*", "esikoi*", "muksu*", "mukula*", "kersa*", "skidi*", "natiai*",
              "penska*"),
    # Something like the cord came out.
    "cord_prolapse": ("näyttää|tuntuu|kuin|ku ~ napanuora*",
                      "napanuora* ~ tuli|tullut|tullu|tuntuu|näkyy|ulkona|ulos|emättime*|roikku*|"
                      "pullist*"),
    # Answers only with mumbles.
    "aphasia": ("vastailee|vastaili|vastailevat|vastas|vastasi ~ vaan|vain|pelkkää|pelkästään ~ "
                "öö*|mmm*|hmm*|ää*|mutinalla|mumina*|mutina*",),
    # Tearing at the covers.
    "confusion_worse": ("repii|repi|repivät|riuhtoo|riuhtoi|kiskoo|kiskoi|revi* ~ peittoa|"
                        "peittoja|peitot|lakanoita|lakanat|vaatteita|vaatteitaan|letkuja|kanyylia|"
                        "tippaa",),
    # Toothpaste or sand swallowed.
    "nontoxic_ingested": ("hammastahna*", "hiekkaa", "multaa", "kukkamulta*",
                          "nieli*|nielas*|nielais*|nielaissut|nielassu|nielly*|söi|syönyt|syöny|"
                          "maistoi|maistanut|imeskeli|nuoli ~ hammastahna*|hiekka*|multaa|mullan|"
                          "silikageeli*|väriliitu*|vahaliitu*|liitu*|muovailuvaha*|saippua*|"
                          "shampoo*|kuivatuspussi*",
                          # probe 21 (fi): a lick of hand sanitiser (not a drink of it)
                          "nuoli|nuolaisi|nuolaissut|nuollut|nuolassu|maistoi|maistanut|maistaa ~ "
                          "käsidesi*|desiä|desin", "käsidesi* ~ nuoli|nuolaisi|maistoi"),
    # A first-aid course.
    "training": ("*kurssi*", "-konkurssi*", "-ekskurssi*"),
    # Nothing from the pharmacy helps.
    "despite_treatment": ("{NEG} ~ lähde|lähe|lähtenyt|lähteny|häviä|hävinnyt|hävinny|parane ~ "
                          "millään|mistään|apteekin",
                          "apteekin|reseptivapa* ~ aineilla|aineista|voiteilla|voiteista|"
                          "lääkkeillä|lääkkeistä|tuotteilla|rasvoilla|hoidoilla|hoidoista ~ "
                          "huolimatta",
                          "{NEG} ~ tehoa|auta|auttanut|auttanu|tehonnut ~ apteekin|reseptivapa*|"
                          "itsehoito*|kotikonstit", "itsehoidosta huolimatta",
                          # probes 28-29 (fi): "perusvoiteet ei riitä"
                          "voide|voiteet|*voide|*voiteet|rasvat|*rasvat|*rasva|lääkkeet|hoidot|"
                          "kotikonstit|itsehoito ~ {NEG} ~ riitä|riittäneet|riittänyt|riittäny|"
                          "tehoa|tehoo|tehonneet|auta|auttaneet|auttanut|auttanu"),
    # "lens silmään".
    "eye_projectile": ("lens|lenti|lentänyt|lentäny ~ silmään|silmiin",),
    # Well this morning; swelling before one's eyes.
    "sudden": ("aamulla|illalla|äsken ~ vielä ~ ok|kunnossa|normaali|normaalisti|hyvin|terve|"
               "pirteä|okei",
               "vielä ~ aamulla|illalla|äsken ~ ok|kunnossa|normaali|normaalisti|hyvin|terve|"
               "pirteä|okei",
               "turpoaa|turpoo|turpoo*|paisuu|kasvaa|turpos* ~ silmissä|silmissään|hetkessä"),
    # A foreskin stuck behind.
    "not_go_back": ("jäi|jääny|jäänyt|juuttui|juuttunut|juuttunu ~ taakse",
                    "{NEG} ~ mee|meni|menny|mennyt|mene|palaa|palannut ~ takas|takaisin|"
                    "paikalleen|alas|eteen"),
    # A week now.
    "dur_7d": ("ollu|ollut|kestänyt|kestäny|jatkunut|jatkunu ~ viikon|viikko|viikkoa",
               "viikon ~ ajan", "yli viikon"),
    # The arms going too, spreading upwards.
    "ascending": ("kädetkin|käsetkin|käsiinkin|yläraajatkin|käsivarretkin ~ pettää|heikke*|"
                  "heikent*|alkaa|alkavat|alko|heikot|voimattom*|puutuu|puutuvat",
                  "levinnyt|leviää|nousee|noussut|etenee ~ käsiin|käsiinkin|polviin|reisiin"),
    # Tablets in a compound ("verenpainepillereitä").
    "tablet_word": ("*pilleri*", "*pillere*", "*tablet*"),
    "high_risk_med": ("verenpainepill*", "verenpainetablet*", "sydänpill*", "sydäntablet*",
                      "diabetespill*", "diabetestablet*", "unipill*", "unitablet*"),
    # No pee comes (the same words read as little urine in a child).
    "low_urine": ("{NEG} ~ tule|tuu|tullut|tullu ~ pissaa|virtsaa|pissoja",),
    # Thrown off a bike, a moped or a horse.
    "crash": ("lensi|lensin|lens|lentänyt|lentäny|lensivät ~ pyörältä|pyörän|mopolta|mopon|"
              "moottoripyörältä|hevoselta|hevosen|selästä|tangon",),
    # In the poo.
    "stool": ("kakassa", "kakan", "kakasta", "kakalla", "kakkavaipa*"),
    # Jelly in the nappy.
    "jelly_stool": ("vaipa*|vaippa*|kakassa|kakka|ulosteessa|ulosteen|ulostetta ~ hyytelö*|"
                    "hyytelömäi*|vadelmahyytelö*|punaherukkahyytelö*",),
    "dry": ("kuiva*",),
}
# fmt: on
