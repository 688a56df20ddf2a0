"""Bodies and collectives: organisations, authorities, forces, media and groups of people."""

from __future__ import annotations

import re

# Nouns whose referent acts in a story as a collective ("protesters", "hostage families").
# A team is a party of its own when the text says what kind ("a research team", "the all-girl Afghan
# team"); "the Israeli team" alone is its state's delegation.
TEAM_NOUNS = frozenset({"team", "crew"})

GROUP_NOUNS = TEAM_NOUNS | frozenset("""
protester protesters demonstrator demonstrators activist activists family families resident
residents voter voters worker workers supporter supporters critic critics mediator mediators
lawmaker lawmakers legislator legislators union unions student students parent parents teacher
teachers farmer farmers doctor doctors nurse nurses rebel rebels militant militants insurgent
insurgents settler settlers citizen citizens villager villagers victim victims survivor survivors opponent opponents
dissident dissidents community communities
opposition campaigner campaigners advocate advocates environmentalist environmentalists municipality municipalities administration administrations
relative relatives user users pilgrim pilgrims visitor visitors fan fans customer customers consumer consumers
passenger passengers patient patients refugee refugees migrant migrants tourist tourists member members
employee employees shopper shoppers viewer viewers reader readers believer believers
manufacturer manufacturers producer producers retailer retailers backbencher backbenchers
child children schoolchildren pupil pupils delegation delegations delegate delegates diplomat diplomats
donor donors investor investors shareholder shareholders alumnus alumni creditor creditors taxpayer taxpayers
artist artists musician musicians performer performers athlete athletes
""".split())

# A state's people named by their nationality: "two Chinese nationals", "British citizens".
NATIONAL_NOUNS = frozenset("national nationals citizen citizens subject subjects expatriate expatriates".split())

# Bodies a bare definite noun ("the group", "the court", "the study") may stand for.
ANAPHOR_NOUNS = frozenset({"group", "court", "government", "police", "army", "military", "study", "survey",
                           "report", "inquiry", "bank", "airline", "agency", "union", "party", "committee",
                           "council", "ministry", "department", "commission", "authority", "board", "university",
                           "hospital", "foundation", "charity", "church", "museum", "association", "federation",
                           "company", "firm", "festival", "zoo", "regulator", "watchdog", "trust", "utility",
                           "force"})
# Another noun the text calls a body by than the word in its name: "the Metropolitan Police said ... the force
# said" (British usage for a police service).
BODY_NOUN_SYNONYMS = {"police": "force", "constabulary": "force"}
# Of those, "the group" stands for the last body named when no name holds it ("... Anonymous ... the
# group said"); "the company" and "the firm" stand for a named firm too often left untagged to guess.
LAST_BODY_ANAPHORS = frozenset({"group"})
# Words that count two bodies, so that "A and B" tagged as one name is two: "The two groups said".
COUNTED_BODIES = re.compile(r"\b(?:the two|both) (?:groups|organi[sz]ations|bodies|charities|unions|companies|firms|"
                            r"chains|supermarkets|retailers|banks|airlines|carriers|broadcasters)\b",
                            re.I)
# Nouns for a public body the text named before by its name: "the agency", "the regulator", "the watchdog".
PUBLIC_BODY_ANAPHORS = frozenset({"agency", "regulator", "watchdog"})
# "the agency" stands for a public body named with any of these: "The Texas Commission on Environmental
# Quality is investigating ..., a spokesperson for the agency told CNN".
AGENCY_HEADS = frozenset("agency commission department office authority administration service bureau board "
                         "inspectorate regulator".split())
FIRM_ANAPHORS = frozenset({"company", "firm", "utility"})  # no party of their own when a firm is named
# Last words that make a name a firm's beyond doubt: "Northern Energy Partners", "Acme Holdings". When
# the story names exactly one such firm, "the company" is it.
FIRM_NAME_WORDS = frozenset("partners holdings industries technologies pharmaceuticals petroleum motors airlines "
                            "airways enterprises ventures capital brands energy mining water gas telecom foods "
                            "electric".split())
# Last words that make a body's name a firm's, though a surname may end a person's so: "Pacific Crest Power"
# is a firm, "Rachel Power" a person.
FIRM_OR_SURNAME_WORDS = frozenset({"power"})
# Nouns that say a named body is a firm: "the pharmacy chain MedPoint", "Ryanair, the budget airline".
FIRM_NOUNS = frozenset("company firm chain retailer carrier airline bank lender insurer manufacturer maker operator "
                       "supplier distributor utility developer conglomerate giant startup".split())
# Words of public bodies, which "the company" never stands for.
PUBLIC_BODY_WORDS = frozenset("office ministry department authority commission council court agency police government "
                              "parliament committee board university regulator".split())
# One piece of research goes by any of these: "the report" of the "National Iodine Nutrition Study".
RESEARCH_NOUNS = frozenset({"study", "survey", "report", "inquiry"})

# Last words of organisation names; a name glued after one is a person the tagger swallowed
# ("the Council on American-Islamic Relations Alia Salem said").
ORG_HEADS = frozenset("""
association council relations committee union party department ministry institute foundation
organization organisation agency bureau commission service court office group company corporation
league federation alliance network center centre university college school times news post church
fund bank board authority society trust coalition movement front museum gallery galleries hospital library
conservancy academy institution consortium caucus tribunal charity cooperative laboratory bloc
""".split())

# The ORG_HEADS no surname shares: a "person" whose name ends in one is a body ("Metropolitan Police").
# Heads of a body's organs: "the United Nations Security Council" is one of the UN's, "Hamas's political
# bureau" one of Hamas's; a name that adds one to another's is a different body.
ORGAN_HEADS = frozenset("council committee commission court tribunal board agency bureau office assembly "
                        "secretariat directorate".split())
BODY_HEADS = frozenset("police ministry department agency commission university council committee institute "
                       "foundation corporation association federation organisation organization authority "
                       "caucus trust society coalition alliance league support".split())  # "Macmillan Cancer Support"
# Saints that schools, hospitals and churches are named for: "St Mary's Primary School", "St Thomas' Hospital".
SAINT_WORDS = frozenset({"st", "st.", "saint", "ste", "ste."})
# Last words of a sports club's name, which no surname is: a "person" named so is a club ("Ashford
# Rovers", "Harlow Town"); only for names tagged as people ("Kansas City" stays a place).
CLUB_HEADS = frozenset("rovers wanderers rangers athletic athletico albion hotspur united town city county fc afc "
                       "f.c.".split())
# Legal forms a firm's name may end in, which its acronym leaves out ("General Motors Co." is GM).
CORPORATE_SUFFIXES = frozenset("co corp inc ltd plc llc lp ag sa nv gmbh company".split())

# Nouns that introduce a body's name ("localist group Civic Passion", "the band Queen").
BODY_TYPE_NOUNS = frozenset("group party band company firm organisation organization charity team club "
                            "movement network union association fund bank lender insurer airline carmaker "
                            "coalition alliance broadcaster federation confederation".split())
# Offices a body can hold as well as a person: "Acme Holdings, the owner of the site" is still a body.
BODY_ROLE_HEADS = frozenset("owner member partner operator sponsor publisher producer maker supplier provider "
                            "founder backer investor shareholder".split())

# A body's arms, which act for it: "Hamas's armed wing", "the party's youth wing".
ARM_NOUNS = frozenset({"wing", "branch", "arm", "division", "unit", "board"})  # "said its board would meet"
# People who come "from" a body, whose capitalised "from" phrase is that body's name: "Campaigners from
# Surfers Against Sewage staged a protest", "volunteers from Friends of the Earth".
SENT_BY_BODY_NOUNS = frozenset("activist activists campaigner campaigners protester protesters demonstrators "
                               "volunteers members supporters".split())
# Small words a body's name may hold between its capitalised words ("Friends of the Earth").
NAME_LINK_WORDS = frozenset("against for of the to".split())
# Words that set a state's people against its government: "Hungary's opposition leader", "Syria's
# rebel forces" act for no state.
COUNTER_STATE_WORDS = frozenset("opposition rebel rebels exiled dissident separatist separatists".split())
# Heads a place's name modifies when the place acts through them ("Israeli government").
ACTING_BODY_NOUNS = frozenset("""
government official minister mediator negotiator ministry president leader leaders forces army
military troops police mediators negotiators delegation authorities administration spokesman
spokeswoman diplomats embassy court parliament cabinet regime side team prosecutors envoy navy
""".split())

# Who belongs to a body, not to a place ("former members of Scientology").
MEMBER_NOUNS = frozenset("member members membership founder founders defector defectors".split())

# Singular collectives that act as a group ("the opposition", "the administration").
COLLECTIVE_SINGULARS = frozenset({"opposition", "administration"}) | TEAM_NOUNS

# Armed bodies: forces, fighters and the police.
ARMED_NOUNS = frozenset("army military troops forces force soldiers rebels guerrillas guerillas militants "
                        "militia militias police fighters gunmen insurgents tank tanks warship warships "
                        "warplane warplanes reservist reservists artillery navy".split())
# A state's own forces, whose raids are no outlaws' ("Venezuelan security forces raided the offices of an opposition
# party"; "Gunmen raided a village" is an outlaw's): their scope is judged by whose they are.
STATE_FORCE_WORDS = frozenset("army military troops soldiers navy security".split())

# Those who act in law: police, courts, prosecutors, governments and their officers.
AUTHORITY_NOUNS = frozenset("police court judge jury prosecutor prosecutors authority authorities government "
                            "ministry agency department committee panel official officials investigator "
                            "investigators officer officers detective detectives regulator regulators "
                            "inspector inspectors commission council state city municipality tribunal "
                            "attorney attorneys lawyer lawyers sheriff sheriffs office crown coroner "
                            "watchdog inspectorate junta body deputy deputies trooper troopers marshal marshals "
                            "guard guards ombudsman ombudsmen".split())  # "football's governing body", "his deputies"

# Institutions that can be on the receiving end of pressure.
INSTITUTION_NOUNS = frozenset("government regime junta administration authorities ministry court police army "
                              "military navy parliament leaders leadership company council officials state city county "
                              "management".split())

# Common nouns that can be a pressure source by what they are ("the union", "the church", "the party's youth wing").
SOURCE_NOUNS = frozenset("movement campaign union party group association council court government conference "
                         "municipality municipalities city state ministry church newspaper broadcaster "
                         "outlet charity watchdog district county company firm employer wing "
                         "partner partners ally allies".split())  # "The coalition partner threatened to quit"

# Words for how many, before the people meant: "tens of thousands of students".
QUANTITY_NOUNS = frozenset("tens hundreds thousands millions dozens scores some many most number crowd "
                           "crowds group groups".split())

# Verbs a campaign is named by, as a call: "Save Shepton Maternity", "Stop Rosebank", "Keep Our NHS Public".
CAMPAIGN_NAME_VERBS = frozenset("save stop keep defend protect free scrap ban reclaim fight".split())

# A court, judge or lawyer in a phrase makes its words legal; a justice secretary, minister or committee
# is a politician's office ("the shadow justice secretary described the releases as a betrayal").
COURT_WORDS = re.compile(r"\b(courts?|judges?|justice(?! (?:secretary|minister|committee|spokes\w+))|prosecutors?|"
                         r"tribunals?|attorneys?|jury|juries)\b", re.I)  # "led judges to block the cuts"
# Offices of the law: whatever their holders press for is a legal matter ("the special counsel, Jack
# Smith, has been pressing to bring the case to trial"); a justice minister's words are politics.
LEGAL_OFFICES = re.compile(r"\b(judge|prosecutor|magistrate|attorney general|district attorney|inspector general|"
                           r"(?:special|independent) counsel|solicitor general|(?:intelligence|security) (?:service|agency))\b",
                           re.I)

# Media words make a phrase's words media pressure.
MEDIA_WORDS = re.compile(r"\b(news|(?:news|press) agency|media|newspaper|broadcaster|tv|radio|times|post|journal|mail|herald|guardian|"
                         r"tribune|gazette|telegraph|chronicle|courier|examiner|inquirer|"
                         r"hashtag|twitter|facebook|loudspeakers?|propaganda)\b", re.I)

# Campaigning bodies: their words are politics wherever they are based, never diplomacy
# ("Campaign group Transparency International urged ministers ...", "Human rights groups condemned ...").
CIVIL_SOCIETY_WORDS = re.compile(r"\b(groups?|campaign|campaigners?|charity|charities|rights|ngos?|activists?|"
                                 r"advocates?|advocacy|foundation|amnesty|watch|workers|trade unions?)\b", re.I)

# International bodies and words that mark a source as international.
INTERNATIONAL_WORDS = re.compile(r"\b(international|united nations|u\.?n\.?|world|global|european|e\.?u\.?|nato|"
                                 r"icc|icj|imf|interpol|amnesty|human rights watch|red cross|unicef|unhcr|security council|"
                                 # bodies of many states: regional unions and blocs, and names "of ... States"
                                 r"ecowas|asean|opec|iaea|oecd|osce|wto|mercosur|sadc|"
                                 r"(?:african|arab|gulf|asian|pacific|nordic|baltic|caribbean|andean|eurasian) "
                                 r"(?:union|league|community|cooperation council|development bank|parliament)|"
                                 r"(?-i:of (?:the )?(?!United States)(?:[A-Z][\w-]* ){1,3}(?:States|Nations|Countries)))\b",
                                 re.I)
# Many states named together from outside: "Western powers pressed Pristina and Belgrade", "foreign
# governments", "the West", "West African leaders", "the West African bloc" (a source from abroad,
# whichever state is home).
OUTSIDE_POWERS = re.compile(r"\b(?:western|foreign|regional|(?:west|east|north|central) african|european|arab|gulf|"
                            r"latin american|asian|nordic|baltic) (?:powers|governments|countries|nations|states|allies|"
                            r"partners|donors|leaders|diplomats|bloc|neighbours|neighbors)\b|(?-i:\bthe West\b)", re.I)

# Titles of those who govern: their refusals resist pressure rather than apply it.
GOVERNING_TITLES = re.compile(r"\b(prime minister|president|chancellor|premier|government|cabinet)\b", re.I)
# A town's or region's government named for it: "the Municipality of Bogliasco", "the Province of
# Genoa" are bodies that act, whatever the tagger calls them.
LOCAL_GOVERNMENT_NOUNS = frozenset("municipality commune prefecture province county borough council "
                                   "government administration".split())

# Bodies news names by a single word or a place, which the tagger takes for people or streets:
# parties ("Labour accused the government of chaos") and seats of power that speak for a
# government ("Downing Street insisted ...", "the Kremlin said").
PARTY_NAMES = frozenset("""
labour likud fidesz afd cdu csu spd fdp bjp anc snp ukip dup plaid syriza podemos morena
""".split()) | {"sinn fein", "sinn féin", "plaid cymru", "lib dems", "liberal democrats", "christian democrats",
                "free democrats", "social democrats", "sweden democrats", "green party", "reform uk"}
# A legislature's chamber named by one word that also modifies titles ("House Speaker", "Senate
# Majority Leader"): where it stands alone it is the chamber that acts ("The House voted 216-209").
CHAMBER_NAMES = frozenset("house senate congress assembly".split())
# The parties whose adjective describes a chamber they hold ("a Democratic Senate"), or a thing of theirs
# ("a Republican stopgap spending bill", "the Democratic demands"), named by their members.
PARTY_ADJECTIVE_MEMBERS = {"democratic": "Democrats", "republican": "Republicans", "gop": "Republicans"}
PARTY_ADJECTIVES = frozenset({"democratic", "republican"})
# Parties written both by initials of their own tongue's name and by their English name; one party
# only where a text writes both ("Germany's Social Democrats ... SPD co-leader Lars Klingbeil").
PARTY_ENGLISH_NAMES = {"spd": "social democrats", "cdu": "christian democrats", "csu": "christian social union",
                       "fdp": "free democrats", "afd": "alternative for germany", "pis": "law and justice",
                       "psoe": "socialists", "pp": "people's party", "bjp": "bharatiya janata party",
                       "anc": "african national congress", "snp": "scottish national party",
                       "dup": "democratic unionist party", "ldp": "liberal democratic party"}
SEATS_OF_POWER = frozenset({"downing street", "number 10", "no 10", "no. 10", "white house", "kremlin", "elysee",
                            "élysée", "elysee palace", "élysée palace", "pentagon", "whitehall", "blue house",
                            "zhongnanhai", "quai d'orsay", "capitol hill", "foggy bottom"})
# Bodies a story may name only by what they are ("the city council", "the company"); the state's own
# ("the government", "the army", "the police") stand for the state and are linked to it instead.
UNNAMED_BODY_NOUNS = frozenset("council committee board union company firm agency commission authority university "
                               "hospital school department ministry bank court".split())
# Nouns that call the name they stand before or beside a body: "the industry regulator Ofwat",
# "Ofwat, the water regulator" (a "place" the states table does not know, so described, is a body).
BODY_CALLING_NOUNS = UNNAMED_BODY_NOUNS | FIRM_NOUNS | frozenset("regulator watchdog group organisation organization "
                                                                 "charity broadcaster party agency station network "
                                                                 "channel newspaper".split())
# ("the company" and "the firm" are a party of their own only when no firm is named; "the regulator" and
# "the watchdog" describe a body the story names, so they are never one.)

# A party's nickname names the same members the story calls by the party's name: "House GOP" and
# "House Republicans", "the Tories" and "the Conservatives".
PARTY_NICKNAMES = {"gop": "republicans", "tories": "conservatives", "tory": "conservatives", "dems": "democrats"}
# A party's members named as a group, which "the party" can stand for: "The Conservatives called for ...
# Kemi Badenoch, the party's leader".
PARTY_MEMBERS = frozenset({"republicans", "democrats", "conservatives", "liberals", "greens", "socialists",
                           "liberal democrats", "social democrats", "christian democrats"})
