"""Word lists the analyses share: titles, demonyms, speech and pressure verbs.

They describe English news writing in general; nothing here names anything from one article.
"""

from __future__ import annotations

# Nouns that head a title or role ("Prime Minister", "CIA chief", "Opposition leader").
ROLE_HEADS = frozenset("""
councillor councilor councilman councilwoman alderman assemblyman assemblywoman
president vice-president premier minister chancellor secretary undersecretary director chief head
leader chairman chairwoman chair chairperson spokesman spokeswoman spokesperson prosecutor attorney
judge justice rapporteur envoy ambassador commissioner governor mayor senator congressman
congresswoman representative lawmaker legislator mp general commander admiral colonel major
lieutenant sergeant captain officer official king queen prince princess emir sultan pope cardinal
bishop archbishop rabbi imam cleric ceo cfo coo cto founder co-founder cofounder creator owner
executive manager coach professor academic analyst economist researcher scientist author writer
editor journalist reporter correspondent columnist activist student adviser advisor aide negotiator
mediator superintendent sheriff inspector auditor treasurer speaker whip ayatollah dean principal
teacher doctor lawyer counsel father mother son daughter wife husband brother sister uncle aunt
chairman-elect president-elect candidate nominee member founder chief-of-staff administrator
diplomat delegate consul commissioner magistrate marshal superintendent warden pastor priest deputy
boss presenter host actor actress singer artist player striker goalkeeper manager curator musician
photographer publisher historian filmmaker designer architect engineer politician
""".split())

# Words that may sit inside a title without heading it ("Special", "Deputy", "Defense").
ROLE_MODIFIERS = frozenset("""
emeritus deputy vice acting interim former senior chief special foreign defense defence interior finance
justice health education opposition general supreme executive assistant associate co first prime
state national federal regional local public international top high grand lead principal managing
founding permanent attorney majority minority party house senate security intelligence economy trade
labor labour energy environment culture transport treasury home military army navy navy air force
police border immigration homeland affairs rights human office
""".split())

HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady",
                        "mx", "mx.", "prof", "prof."})

NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "de", "da", "di", "del", "della", "van",
                            "von", "der", "den", "le", "la", "du", "dos", "das", "abu", "ben", "st", "st."})

# Demonyms and other names for states; keys are lower-case.
_STATES = {
    "United States": "american americans us u.s. usa u.s.a. america united-states",
    "United Kingdom": "british briton britons uk u.k. britain great-britain english",
    "Israel": "israeli israelis",
    "Qatar": "qatari qataris",
    "Egypt": "egyptian egyptians",
    "Iran": "iranian iranians",
    "Iraq": "iraqi iraqis",
    "Syria": "syrian syrians",
    "Lebanon": "lebanese",
    "Jordan": "jordanian jordanians",
    "Saudi Arabia": "saudi saudis",
    "Yemen": "yemeni yemenis",
    "Turkey": "turkish turks türkiye",
    "Russia": "russian russians russian-federation",
    "Ukraine": "ukrainian ukrainians",
    "China": "chinese prc",
    "Japan": "japanese",
    "North Korea": "north-korean north-koreans dprk",
    "South Korea": "south-korean south-koreans rok",
    "India": "indian indians",
    "Pakistan": "pakistani pakistanis",
    "Afghanistan": "afghan afghans",
    "France": "french",
    "Germany": "german germans",
    "Italy": "italian italians",
    "Spain": "spanish spaniards",
    "Portugal": "portuguese",
    "Netherlands": "dutch holland",
    "Belgium": "belgian belgians",
    "Switzerland": "swiss",
    "Austria": "austrian austrians",
    "Poland": "polish poles",
    "Hungary": "hungarian hungarians",
    "Romania": "romanian romanians",
    "Greece": "greek greeks",
    "Sweden": "swedish swedes",
    "Norway": "norwegian norwegians",
    "Denmark": "danish danes",
    "Finland": "finnish finns",
    "Ireland": "irish",
    "Canada": "canadian canadians",
    "Mexico": "mexican mexicans",
    "Brazil": "brazilian brazilians",
    "Argentina": "argentine argentinian argentinians",
    "Venezuela": "venezuelan venezuelans",
    "Colombia": "colombian colombians",
    "Cuba": "cuban cubans",
    "Australia": "australian australians",
    "New Zealand": "new-zealander",
    "Nigeria": "nigerian nigerians",
    "South Africa": "south-african south-africans",
    "Kenya": "kenyan kenyans",
    "Ethiopia": "ethiopian ethiopians",
    "Sudan": "sudanese",
    "Libya": "libyan libyans",
    "Tunisia": "tunisian tunisians",
    "Algeria": "algerian algerians",
    "Morocco": "moroccan moroccans",
    "Somalia": "somali somalis",
    "Palestine": "palestinian palestinians",
    "Kuwait": "kuwaiti kuwaitis",
    "Bahrain": "bahraini bahrainis",
    "Oman": "omani omanis",
    "United Arab Emirates": "emirati emiratis uae u.a.e.",
    "Indonesia": "indonesian indonesians",
    "Malaysia": "malaysian malaysians",
    "Philippines": "filipino filipinos philippine",
    "Thailand": "thai",
    "Vietnam": "vietnamese",
    "Myanmar": "burmese burma",
    "Bangladesh": "bangladeshi bangladeshis",
    "Sri Lanka": "sri-lankan",
    "Nepal": "nepalese nepali",
    "Taiwan": "taiwanese",
    "Serbia": "serbian serbs",
    "Croatia": "croatian croats",
    "Bosnia": "bosnian bosnians",
    "Georgia": "georgian georgians",
    "Armenia": "armenian armenians",
    "Azerbaijan": "azerbaijani azeri",
    "Belarus": "belarusian belarusians",
    "Chile": "chilean chileans",
    "Peru": "peruvian peruvians",
    "Haiti": "haitian haitians",
    "European Union": "eu e.u.",
    "Soviet Union": "soviet soviets ussr",
}

STATE_NAMES: dict[str, str] = {}
for _state, _forms in _STATES.items():
    STATE_NAMES[_state.lower()] = _state
    for _form in _forms.split():
        STATE_NAMES[_form.replace("-", " ")] = _state

ORG_ALIASES = {"un": "United Nations", "u.n.": "United Nations", "nato": "NATO", "who": "World Health Organization"}

# Nouns whose referent acts in a story as a collective ("protesters", "hostage families").
GROUP_NOUNS = frozenset("""
protester protesters demonstrator demonstrators activist activists family families resident
residents voter voters worker workers supporter supporters critic critics mediator mediators
lawmaker lawmakers legislator legislators union unions student students parent parents teacher
teachers farmer farmers doctor doctors nurse nurses rebel rebels militant militants insurgent
insurgents settler settlers citizen citizens villager villagers victim victims survivor survivors
opposition campaigner campaigners municipality municipalities administration administrations
""".split())

# Bodies a bare definite noun ("the group", "the court") may stand for.
ANAPHOR_NOUNS = frozenset({"group", "court", "government", "police", "army", "military"})

# Words that introduce speech; lemmas.
SPEECH_VERBS = frozenset("""
say tell add announce state declare claim insist warn note explain argue stress emphasize emphasise
write report reply respond answer ask acknowledge admit confirm deny suggest observe comment remark
recall urge demand assert contend maintain predict promise vow pledge threaten complain lament
describe call conclude continue tweet post testify reiterate caution concede estimate indicate
reveal disclose allege accuse criticize criticise charge inform told signal read quip joke boast
""".split()) - {"told"}

# Speech verbs that take a clause of reported speech ("X said that ...").
REPORT_VERBS = SPEECH_VERBS - {"call", "describe", "ask", "read", "continue", "urge", "demand", "accuse",
                                "criticize", "criticise", "charge"}

# Nouns naming a source document that "reads" or "says" ("the statement read").
DOCUMENT_NOUNS = frozenset({"statement", "report", "release", "communique", "letter", "ruling",
                            "announcement", "memo", "post", "tweet", "message", "notice", "decision"})

# Last words of organisation names; a name glued after one is a person the tagger swallowed
# ("the Council on American-Islamic Relations Alia Salem said").
ORG_HEADS = frozenset("""
association council relations committee union party department ministry institute foundation
organization organisation agency bureau commission service court office group company corporation
league federation alliance network center centre university college school times news post church
fund bank board authority society trust coalition movement front
""".split())

