"""Speech: the verbs that introduce quotes and reported speech, and what can be a source."""

from __future__ import annotations

import re

# Words that introduce speech; lemmas.
SPEECH_VERBS = frozenset("""
say tell add announce state declare claim insist warn note explain argue stress emphasize emphasise
write report reply respond answer ask acknowledge admit confirm deny suggest observe comment remark
recall urge demand assert contend maintain predict promise vow pledge threaten complain lament
describe call conclude continue tweet post testify reiterate caution concede estimate indicate
reveal disclose allege accuse criticize criticise charge inform told signal read quip joke boast
recommend advise propose
""".split()) - {"told"}

# Verbs that introduce a quotation though they are not speech ("ordered", "dubbed", "found").
CUE_VERBS = SPEECH_VERBS | {"order", "rule", "term", "label", "dub", "brand", "find", "demand", "vow"}

# Speech verbs whose object is the one who hears: "was told that ..." names the hearer.
HEARER_VERBS = frozenset("tell inform advise warn assure remind notify".split())

# Speech verbs that take a clause of reported speech ("X said that ...").
REPORT_VERBS = SPEECH_VERBS - {"call", "describe", "ask", "read", "continue", "urge", "demand", "accuse",
                                "criticize", "criticise", "charge"}

# Nouns naming a source document that "reads" or "says" ("the statement read").
# Ads a campaign runs, which speak for it: "Lake's campaign released a spot titled 'Open Borders Ruben,' which
# accuses Gallego of ...".
AD_NOUNS = frozenset("ad ads advert adverts advertisement advertisements commercial commercials spot spots".split())
DOCUMENT_NOUNS = frozenset({"statement", "report", "release", "communique", "letter", "ruling",
                            "announcement", "memo", "post", "tweet", "message", "notice", "decision"})
# Papers that act in law and are "it" after: "The lawsuit ... names the district. It asks a judge to ..."
# (the suit asks, not the district it names).
FILED_NOUNS = DOCUMENT_NOUNS | frozenset({"lawsuit", "suit", "complaint", "petition", "filing", "motion", "bill"})


# What a court or an office issues, whose owner speaks through it ("the ruling by the court").
ISSUED_NOUNS = DOCUMENT_NOUNS | {"ruling", "verdict", "judgment", "order"}

# Common nouns that can be the subject of a speech verb: people, bodies, documents, places.
SPEAKER_NOUNS = frozenset("""
people person man woman men women official officials spokesman spokeswoman spokesperson source sources
witness witnesses expert experts analyst analysts police government authorities ministry agency
report reports statement statements news newspaper paper media press website site blog magazine
organisers organizers residents group team party committee council court company firm army military force
city town country state nation region province municipality village capital county district
analysis study research survey poll paper journal
pilot pilots airline airlines carrier insurer operator union staff crew guard guards soldier soldiers nurse
nurses surgeon doctor scientist scientists researcher researchers economist economists lawyer lawyers
regulator regulators watchdog panel board
""".split())

# Verbs whose object-control subject is the promiser, not the object: "promised him to go".
SUBJECT_CONTROL_VERBS = frozenset({"promise", "vow", "pledge", "spend", "waste"})  # "spent millions lobbying"

# Quotation marks: each opener with its closer.
QUOTE_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2039": "\u203a"}
QUOTE_CLOSERS = frozenset({"\u201d", "\u00bb", "\u203a"})

# Who issues, signs or hands over an office's order holds that office.
AUTHORING_VERBS = frozenset({"issue", "sign", "give", "deliver", "hand"})
ORDER_NOUNS = DOCUMENT_NOUNS | {"order", "decree", "directive", "command", "edict", "proclamation"}

# Labels of an interview's turns: "Q: Why now?" / "A: Because ...", "JOHNSON: I have lived ...".
QUESTION_LABELS = frozenset({"q", "question", "interviewer"})
ANSWER_LABELS = frozenset({"a", "answer"})
TURN_LABEL = re.compile(r"^[ \t]*(?:\*\*|__)?(?:(Q|A|Question|Answer)[ \t]*[.:]|"
                        r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?:\*\*|__)?[ \t]*:)(?:\*\*|__)?[ \t]+"
                        r"(?:\*\*|__)?(?=\S)")  # "**A.** In March", "**Q. When ...?**" (Markdown emphasis)

# A broadcast transcript names its host once, in a line of its own or before the first turn: "LEILA
# FADEL, HOST:", then labels the host's turns by surname ("FADEL: Why say no?").
HOST_LINE = re.compile(r"^[ \t]*(?:\*\*|__)?([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}),[ \t]+"
                       r"(?:HOST|CO-HOST|ANCHOR|INTERVIEWER|[Hh]ost|[Cc]o-host|[Aa]nchor|[Ii]nterviewer)(?:\*\*|__)?[ \t]*:")

# Verbs that put a name on something ("called the ruling 'dangerous'", "described it as a betrayal").
DESCRIBING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "dub", "denounce"})

# Words that make a plural general: "most regions", "many towns".
QUANTIFIERS = frozenset("most many some all several few both various other".split())
# Shares of a people, who speak as the people: "39 percent of respondents said they would blame Republicans",
# "a majority of voters".
SHARE_NOUNS = frozenset("percent cent majority minority half third quarter proportion share fraction".split())

# What an outlet does when it narrates its own story ("Wikinews observed ...", "The Times has learned")
# and whom it sends ("Wikinews reporters attended the opening").
NARRATING_VERBS = frozenset("observe learn witness notice understand reveal".split())
REPORTER_NOUNS = frozenset("reporter correspondent journalist staff crew".split())

# Slogans, not speech: what is chanted, or what a sign reads ("chanting “Housing is a right”", "signs
# reading “Our students deserve better”", "the slogan “Stop the cuts”").
CHANTING_VERBS = frozenset({"chant", "sing"})  # "shouted “Get out!”" is one person's words
READING_VERBS = frozenset({"read", "say", "proclaim", "declare", "emblazon", "bear"})
DISPLAY_NOUNS = frozenset("sign signs banner banners placard placards poster posters slogan slogans t-shirt shirt "
                          "shirts billboard billboards graffiti hashtag".split())

# Before a gerund whose doer is the clause's subject: "were arrested after chaining themselves", "by
# blocking the road"; not "accused Republicans of holding ..." or "fined him for refusing".
GERUND_TIME_PREPOSITIONS = frozenset({"after", "before", "while", "by", "without", "upon", "since"})
# Verbs under which a speech verb in the infinitive was not spoken: "pressed him to explain how ...",
# "declined to say whether he would run", "was asked to say why".
UNSAID_UNDER = frozenset("ask press urge push pressure challenge dare refuse decline want plan hope expect fail "
                         "invite demand tell order beg".split())

# Words that say the quotation after them is a title: "an op-ed titled “Why Arizona Needs a Middle Ground.”"
TITLING_WORDS = re.compile(r"\b(?:titled|entitled|headlined|headed)$", re.I)
# Verbs whose "that" clause names who must act, someone other than the speaker: "wrote to the regulator
# demanding that it use its powers" ("it" is the regulator, not the one who wrote).
DEMANDING_VERBS = frozenset({"demand", "insist", "urge", "request"})
# Nouns for what a quotation was, in the sentence after it that names its speaker: '"We are not going
# anywhere." That was the message from Mayor Karen Ortiz', '... Those were the words of Sen. Bernie Sanders'.
SAYING_NOUNS = frozenset("message words word verdict warning view response reaction assessment plea promise "
                         "vow pledge".split())
# What an interview's guest does in its introduction: "The Defence Secretary spoke to Laura Kuenssberg".
INTERVIEW_VERBS = frozenset({"speak", "talk", "tell", "join", "sit"})
# What a source asks not to be, to stay unnamed: "who asked not to be named", "not to be identified".
UNNAMING_VERBS = frozenset({"name", "identify", "quote"})
# What a decision is said not to be when it is found wanting: "the government's response was 'not good enough'",
# "not acceptable".
SUFFICING_WORDS = frozenset("good enough acceptable adequate sufficient".split())
