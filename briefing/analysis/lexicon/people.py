"""People: the words of titles and offices, honorifics, name particles, pronouns and gender."""

from __future__ import annotations

import re

# Nouns that head a title or role ("Prime Minister", "CIA chief", "Opposition leader").
ROLE_HEADS = frozenset("""
councillor councilor councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman
assemblymember selectman selectwoman comptroller supervisor constable detective
mate challenger incumbent strategist pollster lobbyist organiser organizer
novelist author writer poet playwright artist singer actor actress filmmaker photographer composer chef
president vice-president premier minister chancellor taoiseach secretary undersecretary director chief head
leader chairman chairwoman chair chairperson spokesman spokeswoman spokesperson prosecutor attorney
judge justice rapporteur envoy ambassador commissioner ombudsman ombudswoman governor mayor senator congressman
congresswoman representative lawmaker legislator backbencher frontbencher mp mep general commander admiral colonel major brigadier marshal
lieutenant sergeant captain officer official ruler king queen prince princess emir sultan pope cardinal
bishop archbishop rabbi imam cleric ceo cfo coo cto founder co-founder cofounder creator owner
executive manager coach professor academic analyst economist researcher scientist author writer
editor journalist reporter correspondent columnist activist student adviser advisor aide negotiator
mediator superintendent sheriff inspector auditor treasurer speaker whip ayatollah dean principal
teacher doctor lawyer solicitor barrister counsel father mother son daughter wife husband brother sister uncle aunt
chairman-elect president-elect candidate nominee member founder chief-of-staff administrator
diplomat delegate consul commissioner magistrate marshal superintendent warden pastor priest deputy
boss presenter host actor actress singer artist player striker goalkeeper manager curator musician
photographer publisher historian filmmaker designer architect engineer politician
billionaire tycoon magnate mogul businessman businesswoman entrepreneur banker investor
""".split())  # abbreviated titles are added below, from ROLE_ABBREVIATIONS

# Titles as news abbreviates them before a name ("Michigan Gov. Rick Snyder", "Sen. Debbie Stabenow"),
# and the word each stands for in a role.
ROLE_ABBREVIATIONS = {
    "gov.": "Governor", "sen.": "Senator", "rep.": "Representative", "gen.": "General", "lt.": "Lieutenant",
    "col.": "Colonel", "sgt.": "Sergeant", "capt.": "Captain", "adm.": "Admiral", "supt.": "Superintendent",
    "atty.": "Attorney", "prof.": "Professor", "pres.": "President", "sec.": "Secretary", "amb.": "Ambassador",
    "insp.": "Inspector", "det.": "Detective", "cmdr.": "Commander", "maj.": "Major",
    "sens.": "Senator", "reps.": "Representative", "govs.": "Governor",  # "Sens. Joe Manchin and Kyrsten Sinema"
}
ROLE_HEADS = ROLE_HEADS | frozenset(ROLE_ABBREVIATIONS)
# Endings of nouns for what someone does ("novelist", "historian", "farmer", "sailor", "chairperson",
# "fisherman", "entrepreneur"): "Warhol was an artist" says what he is, "Márquez is a giant" rates him.
CALLING_SUFFIXES = ("ist", "ian", "er", "or", "person", "man", "woman", "eur")
# Abbreviated titles in the plural: one before a list of names is each name's title.
PLURAL_TITLES = frozenset({"sens.", "reps.", "govs."})
# Offices in a state's own politics, government and forces: one of these arrested or charged with no one named
# was so by that state ("Zambia's opposition leader was charged with sedition"); a writer or an aid worker
# may well be held abroad ("An Australian writer was sentenced").
STATE_OFFICES = frozenset("leader president premier minister general colonel commander lawmaker legislator mp "
                          "senator governor mayor official politician candidate chief".split())
# Ranks written as a title straight before the name; after an office ("government spokesman Colonel
# Abdoulaye Maiga") they are how he is addressed, and the office is the role.
MILITARY_RANKS = frozenset("general colonel major lieutenant sergeant captain admiral brigadier commander marshal "
                           "gen. col. lt. maj. capt. sgt. adm. cmdr. brig.".split())
# Words that make one rank with the rank after them: "Detective Sergeant", "Staff Sergeant", "Flight
# Lieutenant", "Police Constable".
RANK_PREFIXES = frozenset("detective staff master lance flight police petty warrant".split())

# Words that make an office another one: "the health secretary" is not the "shadow health secretary" nor the
# "deputy health secretary" named in the story.
OTHER_OFFICE_WORDS = frozenset("shadow deputy vice acting interim former assistant junior ex".split())

# Words that may sit inside a title without heading it ("Special", "Deputy", "Defense").
ROLE_MODIFIERS = frozenset("""
emeritus deputy vice acting interim former senior chief special foreign defense defence interior finance
justice health education opposition general supreme executive assistant associate co first prime
state national federal regional local public international top high grand lead principal managing
founding permanent attorney majority minority party house senate security intelligence economy trade
labor labour energy environment culture transport transportation housing veterans treasury
home military army navy air force
police border immigration homeland affairs rights human office
gubernatorial presidential congressional senatorial mayoral parliamentary campaign running
""".split())

# Roles a firm can fill as well as a person: "auditor Deloitte", "owner Meta".
FIRM_ROLES = frozenset("adviser advisor auditor consultant owner founder creator partner sponsor executive "
                       "manager head chief".split())
# Written before a title with a hyphen, and part of it: "co-leader", "vice-chair", "ex-minister".
HYPHENED_TITLE_PREFIXES = frozenset({"co", "vice", "ex", "deputy", "under", "sub"})
# A peer's title, before the name and, in full, a place: "Baroness Finlay of Llandaff".
PEERAGE_TITLES = frozenset("lord lady baroness baron viscount viscountess earl countess marquess marchioness".split())
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
                        "mx", "mx.", "prof", "prof."}) | PEERAGE_TITLES

NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "de", "da", "di", "del", "della", "van",
                            "von", "der", "den", "le", "la", "du", "dos", "das", "abu", "ben", "st", "st."})


# Words that may stand before a name's first letter as a stance, not part of it ("Pro-Beijing DAB").
STANCE_PREFIXES = frozenset({"pro", "anti", "pan", "ex", "non"})

# After a name, these are letters of honour or office, never a name ("Tom Molomby, SC").
POST_NOMINALS = frozenset("qc kc sc mp mep md phd jr sr obe mbe cbe esq".split())

# Words that link the parts of a title: "Chair of the Harbour Trust", "Minister for Education".
TITLE_LINKS = frozenset({"of", "for", "at"})

# Prepositions after a person's name that introduce the body they speak for.
AFFILIATION_PREPOSITIONS = frozenset({"for", "from", "at"})

# A phrase opened by these introduces someone new: "a senior Israeli official".
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# ... and so does an office counted or set apart from one named: "One senator, who asked not to be named, said",
# "Another senator said".
NEW_HOLDER_WORDS = INDEFINITE_ARTICLES | frozenset({"one", "another"})

# Words that open a phrase without belonging to what it names ("the", "his").
LEADING_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your"})

# Pronouns and their gender class, as a reader resolves them.
PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female",
                  "they": "any", "their": "any", "them": "any", "it": "thing", "its": "thing"}
PRONOUNS = frozenset(PRONOUN_GENDER)
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom", "whose"})
# Pronouns that can stand for someone the story named: a source may be "he", not "you".
THIRD_PERSON = frozenset({"he", "she", "they", "it", "his", "their", "its"})
FIRST_PERSON = frozenset({"we", "i", "us", "me", "our", "my"})
SECOND_PERSON = frozenset({"you", "your", "yourself", "yourselves"})  # an interviewer's "you": no one named
# No one in particular: "someone could hack inside".
INDEFINITE_PRONOUNS = frozenset({"someone", "somebody", "anyone", "anybody", "nobody", "everyone", "one"})
# Pronouns that stand for whoever a clause describes: "the prosecution of those who attacked protesters".
DESCRIBED_PRONOUNS = frozenset({"those", "whoever", "whomever"})
# Subjects of a modal clause that oblige nobody else: "we must", "it should".
SELF_OR_THING = frozenset({"we", "i", "it", "this", "that"})
# Determiners that make a subject no one: "No family should have to go through this", "no Republican".
NO_ONE_WORDS = frozenset({"no", "neither"})

# Words near a name that tell a reader its gender.
MALE_WORDS = frozenset({"mr", "mr.", "he", "his", "him", "himself", "father", "son", "king", "brother", "husband",
                        "sir", "man"})
FEMALE_WORDS = frozenset({"mrs", "mrs.", "ms", "ms.", "she", "her", "hers", "herself", "mother", "daughter", "queen",
                          "sister", "wife", "woman", "dame"})
# Before a kinship word, these make it someone else's: "his daughter", "her husband".
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "my", "our", "your", "its"})
# A speaker's own people: "my son needs to be in school" binds no one else.
FIRST_PERSON_POSSESSIVES = frozenset({"my", "our"})
# Words after which a kinship noun is someone else's: "his daughter", "Teresa Hall, whose son died".
OWNER_WORDS = POSSESSIVE_PRONOUNS | {"whose"}
# Words a title never starts with once the name is read back: "of", "and", "the".
TITLE_EDGE_WORDS = TITLE_LINKS | {"and", "the"}

# Nouns that say a name is a person's, in apposition to it: "Valeska Paris, an Australian woman, ...".
PERSON_WORDS = ROLE_HEADS | frozenset("man woman boy girl teenager child resident citizen volunteer "
                                      "survivor victim mother father grandmother grandfather widow "
                                      "pensioner retiree parent daughter son wife husband patient tenant student "
                                      "pupil worker neighbour neighbor landlord oligarch tycoon".split())
# Titles named for a portfolio: the word before them is the portfolio, no body ("the Communities Secretary").
PORTFOLIO_TITLES = frozenset({"secretary", "minister"})
# Words that open a compound title before one of those: "Health Cabinet Secretary Susan Nakhumicha" (Kenya's
# ministers) names no body "Health Cabinet".
TITLE_FRONTS = frozenset({"cabinet"})
# Pronouns that stand for one person ("she", "he"): who an uncued quotation after them may be.
PERSON_PRONOUNS = frozenset({"he", "she"})

# Verbs whose agent made a body or a work: "founded by Dean Kamen" makes him its founder.
FOUNDING_VERBS = {"found": "founder", "co-found": "co-founder", "establish": "founder", "create": "creator"}
# Verbs that give a person an office: "was elected mayor", "was named chief executive".
OFFICE_GIVING_VERBS = frozenset({"elect", "appoint", "name", "nominate", "choose", "make", "crown", "re-elect"})
# Verbs that put someone into or out of an office named after "as": "has been sacked as home
# secretary", "served as ambassador", "resigned as chief executive", "replaces him as chairman".
AS_OFFICE_VERBS = frozenset("appoint name nominate elect re-elect confirm install sack fire dismiss remove oust "
                            "replace succeed serve resign quit retire step stand swear return".split())
# The endings of nouns for someone who does something ("cosplayer", "hacker", "activist",
# "musician", "entrant", "employee"): a name such a noun is given is a person's.
AGENT_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|ent|ee)s?$")
# Verbs for holding an office, as a relative clause says it: "who chairs the association".
# Verbs that hold an office "as" it: "who served as deputy chief of staff", "who works as a nurse".
SERVING_VERBS = frozenset({"serve", "work", "act"})
OFFICE_VERBS = {"chair": "chair", "lead": "leader", "head": "head", "run": "head", "direct": "director",
                "manage": "manager", "own": "owner", "represent": "representative", "coach": "coach"}

# The plural of an acronym names people, not a body: "MPs demanded a wider inquiry", "NGOs", "CEOs".
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# Prepositions whose object is someone else's partner in the act: after "clashed with Johnson" in
# Greene's sentence, "she" is Greene.
OBJECT_PREPOSITIONS = frozenset("with to for against by on at from about of than over".split())
# Nouns for a person someone chose, which a possessor does not own as its holder: "President Trump's pick ...
# senators pressed him" (him is the pick, not Trump).
CHOSEN_PERSON_NOUNS = frozenset({"pick", "choice", "nominee", "appointee"})
# Offices only a body has: "Ofwat's chief executive", "its chairman" (a name the tagger called a place; not
# "board": "California's Public Employment Relations Board" is a state's).
BODY_OWNED_NOUNS = frozenset("executive ceo chairman chairwoman chairperson shareholders".split())
# Offices and people only a place has: "Bristol's mayor", "the city's residents" ("Bristol" is a town,
# whatever the tagger called it).
PLACE_OWNED_NOUNS = frozenset("mayor governor residents inhabitants citizens townspeople population streets "
                              "suburbs outskirts neighbourhoods neighborhoods".split())
