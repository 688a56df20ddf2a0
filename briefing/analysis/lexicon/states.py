"""States: names, demonyms and abbreviations, and the short names of international bodies."""

from __future__ import annotations

import re

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
    "Bolivia": "bolivian bolivians",
    "Ecuador": "ecuadorian ecuadorians ecuadorean",
    "Uruguay": "uruguayan uruguayans",
    "Paraguay": "paraguayan paraguayans",
    "Nicaragua": "nicaraguan nicaraguans",
    "Honduras": "honduran hondurans",
    "Guatemala": "guatemalan guatemalans",
    "El Salvador": "salvadoran salvadorans",
    "Panama": "panamanian panamanians",
    "Costa Rica": "costa-rican costa-ricans",
    "Dominican Republic": "dominican dominicans",
    "Jamaica": "jamaican jamaicans",
    "Niger": "nigerien nigeriens",
    "Mali": "malian malians",
    "Chad": "chadian chadians",
    "Burkina Faso": "burkinabe",
    "Senegal": "senegalese",
    "Ghana": "ghanaian ghanaians",
    "Ivory Coast": "ivorian ivorians cote-d'ivoire",
    "Cameroon": "cameroonian cameroonians",
    "Uganda": "ugandan ugandans",
    "Rwanda": "rwandan rwandans",
    "Burundi": "burundian burundians",
    "Democratic Republic of Congo": "congolese drc",
    "Tanzania": "tanzanian tanzanians",
    "Zambia": "zambian zambians",
    "Zimbabwe": "zimbabwean zimbabweans",
    "Mozambique": "mozambican mozambicans",
    "Angola": "angolan angolans",
    "Malawi": "malawian malawians",
    "Madagascar": "malagasy",
    "Eritrea": "eritrean eritreans",
    "South Sudan": "south-sudanese",
    "Mauritania": "mauritanian mauritanians",
    "Kazakhstan": "kazakh kazakhs",
    "Uzbekistan": "uzbek uzbeks",
    "Kyrgyzstan": "kyrgyz",
    "Tajikistan": "tajik tajiks",
    "Turkmenistan": "turkmen",
    "Mongolia": "mongolian mongolians",
    "Cambodia": "cambodian cambodians",
    "Laos": "laotian laotians",
    "Singapore": "singaporean singaporeans",
    "Moldova": "moldovan moldovans",
    "Lithuania": "lithuanian lithuanians",
    "Latvia": "latvian latvians",
    "Estonia": "estonian estonians",
    "Czech Republic": "czech czechs czechia",
    "Slovakia": "slovak slovaks",
    "Slovenia": "slovenian slovenians slovene",
    "Bulgaria": "bulgarian bulgarians",
    "Albania": "albanian albanians",
    "Kosovo": "kosovar kosovars",
    "North Macedonia": "macedonian macedonians",
    "Montenegro": "montenegrin montenegrins",
    "Cyprus": "cypriot cypriots",
    "Iceland": "icelandic icelanders",
    "Benin": "beninese",
    "Togo": "togolese",
    "Guinea": "guinean guineans",
    "Gabon": "gabonese",
    "Liberia": "liberian liberians",
    "Sierra Leone": "sierra-leonean sierra-leoneans",
    "Gambia": "gambian gambians",
    "Namibia": "namibian namibians",
    "Botswana": "botswanan",
    "Djibouti": "djiboutian",
    "Central African Republic": "central-african",
    "Equatorial Guinea": "equatoguinean",
    "Guyana": "guyanese",
    "Suriname": "surinamese",
    "Belize": "belizean",
    "Bahamas": "bahamian bahamians",
    "Barbados": "barbadian",
    "Trinidad and Tobago": "trinidadian trinidadians",
    "Luxembourg": "luxembourgish",
    "Malta": "maltese",
    "Monaco": "monegasque",
    "Vatican": "holy-see",
    "Fiji": "fijian fijians",
    "Papua New Guinea": "papua-new-guinean",
    "Brunei": "bruneian",
    "Bhutan": "bhutanese",
    "Maldives": "maldivian maldivians",
    "East Timor": "timorese timor-leste",
    "European Union": "eu e.u.",
    "Soviet Union": "soviet soviets ussr",
}

STATE_NAMES: dict[str, str] = {}
for _state, _forms in _STATES.items():
    STATE_NAMES[_state.lower()] = _state
    for _form in _forms.split():
        STATE_NAMES[_form.replace("-", " ")] = _state

# Capitals that stand for their state's government in wire copy ("Beijing warned Manila", "Washington
# urged Pyongyang"); used only to tell state from state, never to merge a city into its state.
SEATS_OF_GOVERNMENT: dict[str, str] = {
    "washington": "United States", "beijing": "China", "moscow": "Russia", "kyiv": "Ukraine", "kiev": "Ukraine",
    "tehran": "Iran", "pyongyang": "North Korea", "seoul": "South Korea", "tokyo": "Japan", "manila": "Philippines",
    "london": "United Kingdom", "paris": "France", "berlin": "Germany", "ankara": "Turkey", "jerusalem": "Israel",
    "cairo": "Egypt", "riyadh": "Saudi Arabia", "new delhi": "India", "islamabad": "Pakistan", "kabul": "Afghanistan",
    "damascus": "Syria", "baghdad": "Iraq", "beirut": "Lebanon", "caracas": "Venezuela", "havana": "Cuba",
    "taipei": "Taiwan", "canberra": "Australia", "ottawa": "Canada", "mexico city": "Mexico", "brasilia": "Brazil",
    "buenos aires": "Argentina", "pretoria": "South Africa", "abuja": "Nigeria", "nairobi": "Kenya",
    "addis ababa": "Ethiopia", "khartoum": "Sudan", "tripoli": "Libya", "rome": "Italy", "madrid": "Spain",
    "warsaw": "Poland", "budapest": "Hungary", "minsk": "Belarus", "tbilisi": "Georgia", "yerevan": "Armenia",
    "baku": "Azerbaijan", "hanoi": "Vietnam", "jakarta": "Indonesia", "bangkok": "Thailand", "dhaka": "Bangladesh",
    "doha": "Qatar", "abu dhabi": "United Arab Emirates", "sanaa": "Yemen", "belgrade": "Serbia", "pristina": "Kosovo",
    "athens": "Greece", "stockholm": "Sweden", "oslo": "Norway", "helsinki": "Finland", "copenhagen": "Denmark",
    "niamey": "Niger", "bamako": "Mali", "ouagadougou": "Burkina Faso", "santiago": "Chile", "bogota": "Colombia",
    "lima": "Peru", "vilnius": "Lithuania", "riga": "Latvia", "tallinn": "Estonia", "vienna": "Austria",
    "the hague": "Netherlands", "amman": "Jordan", "algiers": "Algeria", "rabat": "Morocco", "tunis": "Tunisia",
}

ORG_ALIASES = {"un": "United Nations", "u.n.": "United Nations", "nato": "NATO", "who": "World Health Organization",
               # a seat of power's other names: "a No 10 spokesperson" speaks for Downing Street
               "no 10": "Downing Street", "no. 10": "Downing Street", "number 10": "Downing Street"}


# Short state names written capitalised, not as abbreviations, when a text writes them.
SHORT_STATE_NAMES = frozenset({"iraq", "iran", "oman", "cuba", "peru", "chad", "mali", "laos"})

# "The South" may stand for the one state whose name starts so in the story.
COMPASS_WORDS = frozenset({"north", "south", "east", "west"})

# Endings that make a demonym from a place's name ("Gazan" from Gaza).
DEMONYM_SUFFIXES = ("ians", "ian", "ans", "an", "is", "i", "ese", "ish", "s")

# "the country's military", "the nation's leaders": the state last named before.
STATE_ANAPHORS = frozenset({"country", "nation"})

# A name that is a US state as well as a country ("Rep. Marjorie Taylor Greene of Georgia") is the
# state in a story whose home is the United States.
US_STATE_NAMES = frozenset({"georgia"})
US_HOME = "United States"
# The fifty states and the capital's district, and their people ("every Arizonan's rights", "Ohioans",
# "Texans"): a story at home in one of them is at home in the US.
US_STATES = re.compile(r"\b(?:" + "|".join("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware
Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah
Vermont Virginia Washington Wisconsin Wyoming""".split()) + r"|New Hampshire|New Jersey|New Mexico|New York|"
                       r"North Carolina|North Dakota|Rhode Island|South Carolina|South Dakota|West Virginia|"
                       r"District of Columbia)(?:ns?|ans?|ians?)?\b|\bTexans?\b")

# US news tags a member of Congress with party and home state: "Sen. Chuck Schumer, D-N.Y.,",
# "Rep. John Thune (R-S.D.)", "Sen. Bernie Sanders, I-Vt." (AP abbreviations and postal codes).
US_STATE_CODES = frozenset("""
Ala. Alaska Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Hawaii Idaho Ill. Ind. Iowa Kan. Kans. Ky. La. Maine
Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Ohio Okla. Ore. Pa. R.I. S.C.
S.D. Tenn. Texas Tex. Utah Vt. Va. Wash. W.Va. W.Va Wis. Wyo. D.C.
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC
""".split())
# ... or, for a state legislator, the home town, one to three words closed by a comma or bracket ("Sen. Jake
# Hoffman, R-Queen Creek, accused the governor"), never a word like "D-Day" out of that place.
PARTY_TAG = re.compile(r"\b[DRI]-(?:" + "|".join(sorted((re.escape(c) for c in US_STATE_CODES), key=len, reverse=True))
                       + r")(?![\w-])|(?<=, )[DRI]-[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=[,)]|$)")
PARTY_TAG_STATE = "United States"
# States whose names are also given names: a one-word "person" so named stays a person ("Jordan said").
GIVEN_NAME_STATES = frozenset({"jordan", "georgia", "chad", "israel", "india", "kenya", "guinea"})
# What a member of a party is called in place of a name: "the Texas Republican said".
PARTY_MEMBER_WORDS = frozenset({"republican", "democrat", "independent"})
