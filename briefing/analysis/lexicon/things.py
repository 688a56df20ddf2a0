"""Names that are not actors: events, ideas, things, streets, newspapers and places."""

from __future__ import annotations

import re

# Names that are events or ideas, not bodies that act: "Google Science Fair", "Islamophobia".
EVENT_NOUNS = frozenset("fair festival prize award awards cup games olympics expo championship championships "
                        "marathon tournament show exhibition week".split())
# The last word of a law's or a pact's name: "Freedom to Vote: John R. Lewis Act", "Good Friday
# Agreement", "Second Amendment" ("Law" is left out: "Jude Law" is a person).
LAW_HEADS = frozenset("act bill treaty accord accords amendment agreement doctrine".split())
# Technologies and diseases the tagger takes for places or bodies: "using AI as an excuse", "Covid
# spread", "the 5G rollout". Things, whoever makes or suffers them.
TECHNOLOGIES_AND_DISEASES = frozenset("""
ai a.i. agi llm llms gps 5g 4g vpn vpns nft nfts ev evs ivf dna rna mrna crispr
covid covid-19 sars mers hiv aids ebola mpox zika h5n1 malaria cholera measles dengue polio tuberculosis
""".split())
# Words a title leaves lower-case ("The Long Night of the Soul"); any other lower-case word makes
# quoted words a sentence, not a title ("That is the job of Congress").
TITLE_SMALL_WORDS = frozenset("a an the and but or nor for of in on at to by up as via vs from with into".split())
# Words that give the name someone or something goes by: 'going by the name “The Katherinator”'.
NAMED_AS = re.compile(r"\b(?:name|named|called|known as|nicknamed|dubbed|alias|a\.k\.a\.)\W*$", re.I)
# Disasters named for where they struck: "the Lahaina fire", "the Beirut explosion".
DISASTER_NOUNS = frozenset("fire wildfire blaze flood earthquake quake tsunami eruption landslide mudslide "
                           "explosion blast derailment".split())
# Forces of nature that do things in sentences but never on purpose, so never press anyone and are
# no actors: "Hurricane Delia slammed into the coast", "Wildfires forced thousands to flee".
HAZARD_NOUNS = DISASTER_NOUNS | frozenset("""
storm hurricane typhoon cyclone tornado flooding floodwater surge drought heatwave rain rainfall snow
snowstorm blizzard avalanche wind winds virus pandemic epidemic outbreak wildfires floods storms disruption
""".split())
IDEA_SUFFIX = re.compile(r"(?:ism|phobia)$")
# "Scientologist": a member, not the body.
MEMBER_SUFFIX = re.compile(r"ists?$")
TIME_ZONES = frozenset("gmt utc est edt cst cdt pst pdt cet cest bst ist aest".split())
STREET_NOUNS = frozenset("road street avenue boulevard lane drive square bridge highway".split())
# Squares and streets named word-first, in their own tongue: "Place de la Concorde", "Plaza de Mayo",
# "Piazza del Popolo", "Rue de Rivoli".
SQUARE_WORDS = frozenset("place plaza piazza praça praca rue calle avenida via platz plac".split())
PLACE_LINKS = frozenset("de del della di du des da do dos la le los las of".split())
# Last words of a site's name: where something happens, never who acts ("Wright-Patterson Air Force
# Base", "Dulles International Airport", "Fisht Stadium", "the Grand Mosque").
SITE_NOUNS = STREET_NOUNS | frozenset("airport airfield airbase base stadium arena hotel mosque cathedral temple "
                                      "synagogue racecourse".split())
# A route named by its colour or its compass point is a line trains run on, no body: "the Red Line", "the
# Northern line".
ROUTE_NOUNS = frozenset({"line", "lines"})
ROUTE_MARKS = frozenset("red blue green orange yellow purple silver brown pink grey gray northern southern eastern "
                        "western central".split())
# Last words of the grounds a body runs, after the body's own noun: "Hamerton Zoo Park" is the zoo.
GROUNDS_NOUNS = frozenset("park gardens grounds".split())
# A body's premises: "the United Nations headquarters" is where someone goes, not the body acting.
PREMISES_NOUNS = frozenset("headquarters offices office building campus premises compound".split())
# Words that make a "person" a building, a craft or an object ("Bat Cave", "Space Shuttle Discovery").
THING_NOUNS = frozenset("center centre gallery museum cave station airport stadium arena shuttle spacecraft "
                        "rocket satellite polaroid browser festival award prize".split())
# Last words of newspapers' names ("Edmonton Sun", "The Deseret News").
NEWSPAPER_WORDS = frozenset("sun times post news herald journal tribune gazette press telegraph guardian".split())
# Nouns a broadcaster's or paper's name modifies: "told France Info radio", "said on Fox News channel".
OUTLET_NOUNS = frozenset("radio television tv channel station network broadcaster newspaper paper website "
                         "podcast magazine outlet broadcast".split())
# Of those, the ones that are a body someone can press: "revoked the licence of a private television channel".
OUTLET_BODIES = frozenset("channel broadcaster newspaper magazine outlet".split())
# Vehicles, which a crowd overturns or torches: "Protesters overturned a police car".
VEHICLE_NOUNS = frozenset("car cars vehicle vehicles van vans bus buses truck trucks lorry lorries".split())
# The networks an authority cuts to silence people: "cut mobile internet services", "shut down the internet".
NETWORK_WORDS = frozenset("internet broadband telecommunications".split())
# Nouns before "of" and a place's name: "the town of Yeoncheon".
PLACE_NOUNS = frozenset("town city village province region district county state island capital "
                        "municipality port area plains plain mount valley peninsula outskirts suburbs".split())
# Who a place's name after "of" belongs to, which makes it a place whatever the tagger said: "mayor of
# Algemesí", "the people of Algemesí deserve an explanation".
OF_A_PLACE = frozenset("mayor people residents inhabitants citizens".split())
# A road's number, and the words that put something on a road: "drove onto the A12", "closed the M25"
# (not "M23 rebels seized Goma": a name that acts).
ROAD_NUMBER = re.compile(r"^[A-Z]{1,2}-?\d{1,3}$")
ROAD_WORDS = frozenset("on onto along off near via closed blocked".split())
# What is destroyed only in words, never by a blow: "They are destroying a way of life", "destroyed his career".
RUINED_ABSTRACTIONS = frozenset("way life lives livelihood livelihoods career careers reputation trust democracy "
                                "future economy industry jobs credibility hope hopes chance chances culture".split())
# A roman numeral closing a name is part of it ("Elizabeth II"), other capitals are not.
ROMAN_NUMERAL = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})$")
# What an event itself does, which no body behind it need do: "Fan Expo Canada took place at ...",
# "the fair attracted thousands", "the festival features 300 authors".
EVENT_VERBS = frozenset("take host feature attract draw include offer showcase welcome bring celebrate mark open "
                        "close run begin see".split())

# Small words an acronym skips: "International Court of Justice" is ICJ.
ACRONYM_SKIPPED_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "la", "des", "du", "&", "to", "at"})
# Owners' pronouns the tagger may run into a name before its initials: "His Social Democrat (SPD) and Green
# partners" (whose, not the name; "His Majesty's Revenue and Customs (HMRC)" keeps it, its initials say so).
OWNING_PRONOUNS = frozenset({"his", "her", "their", "its"})
# Words and marks trimmed off a name's edges ("the", "'s").
NAME_EDGE_WORDS = frozenset({"the", "a", "an", "'s", "\u2019s", "'", "\u2019"})
# Words that join two names into a list ("North and South Korea").
AND_WORDS = frozenset({"and", "&"})

# Determiners that make a modifier a place ("the Rafah operation").
DEMONSTRATIVES = frozenset({"the", "this", "that"})
# Prepositions that make a name a medium ("posted to Twitter").
MEDIUM_PREPOSITIONS = frozenset({"on", "via", "to"})
# Verbs whose "on" or "via" is where words were posted: "wrote on Twitter", "said on Truth Social".
POSTING_VERBS = frozenset("write post tweet say announce share publish declare add".split())
# Verbs of posting online, which say nothing of a newspaper ("posted on X that ..." is not the Post's).
ONLINE_POSTING_VERBS = frozenset({"post", "tweet"})
POSTED_NOUNS = frozenset("post message video tweet statement".split())  # "said in a post on Instagram"
# Social platforms: "on Twitter" is where something was said, whatever the verb ("congratulated Congress on Twitter").
PLATFORM_NAMES = frozenset({"twitter", "x", "facebook", "instagram", "tiktok", "youtube", "telegram", "threads",
                            "bluesky", "linkedin", "truth social", "weibo", "wechat", "snapchat", "reddit"})
# Prepositions that make a name where something happens ("in Livorno").
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "into"})
# A name only ever after these, on these verbs, is where people go or gather, not who acts
# ("took place at the Convention Centre", "bring it to the White House", "walking from the station").
VENUE_PREPOSITIONS = frozenset({"at", "in", "into", "to", "from", "inside", "outside"})
# Gatherings held somewhere: "a town hall in Mesa", "a rally in Erie".
GATHERING_EVENT_NOUNS = frozenset("hall rally meeting event speech conference summit forum ceremony vigil gathering "
                                  "fundraiser".split())
VENUE_VERBS = frozenset("hold bring go come travel move return walk head fly drive arrive invite gather "
                        "stay live meet stage host".split())
# Verbs whose object is where someone goes, not a party: "crossed the Channel", "visited Paris".
CROSSING_VERBS = frozenset("cross visit enter leave reach tour flee traverse sail swim fly".split())
# Verbs whose "on" is where the crowd or the army goes: "farmers march on Delhi", "troops advanced on Kyiv".
MARCHING_VERBS = frozenset("march advance converge descend".split())
# Prepositions whose object takes part in what happens ("talks with Hamas").
ACTING_PREPOSITIONS = frozenset({"with", "against", "by", "between", "among", "on", "upon", "for", "toward",
                                 "towards"})
# Prepositions that make a collective the doer ("attacked by protesters").
AGENT_PREPOSITIONS = frozenset({"by", "with", "from"})

# A picture caption's credit ("Image: Friedrichstrasse."): a caption, never a summary sentence.
CAPTION_CREDIT = re.compile(r"\b(?:Image|Photo|Picture|Photograph|Video|Credit|File photo)\s*:", re.I)

# The commonest English function words: a text with almost none of them is not English.
ENGLISH_FUNCTION_WORDS = frozenset({"the", "and", "of", "to", "a", "in", "is", "that", "for", "on", "was",
                                    "with", "said"})

# A story's format written as a label, which the tagger takes for a body: "Q&A: The glaciologist who ...".
FORMAT_LABELS = frozenset({"q&a", "explainer", "factbox", "fact box", "timeline", "fact check", "editorial",
                           "obituary", "live", "exclusive"})
# Features of the land, whose names the tagger takes for people: "The Rhone Glacier, which tourists have
# visited for a century".
LANDFORM_NOUNS = frozenset("glacier river lake mountain mountains valley sea bay island islands falls canyon "
                           "desert forest peak strait gulf ocean delta creek hill".split())  # "on Capitol Hill"
# What is done to a book and never to a person or a body: "rereading Things Fall Apart".
WORK_VERBS = frozenset("read reread write rewrite publish republish translate watch rewatch".split())
# Nouns that introduce the name of a thing: a craft ("the shuttle Columbia", "Space Shuttle
# Enterprise"), a storm ("Hurricane Katrina") or a work ("the novel Ulysses", "his film Jaws").
CRAFT_NOUNS = frozenset("""
shuttle spacecraft orbiter ship vessel boat yacht ferry carrier submarine destroyer frigate aircraft plane
jet airliner rocket probe satellite rover train locomotive capsule lander telescope
""".split())
THING_INTRODUCERS = CRAFT_NOUNS | frozenset("""
hurricane storm typhoon cyclone tornado
novel book memoir film movie documentary series sitcom album song musical opera painting sculpture poem
cookbook biography autobiography novella anthology podcast
program programme scheme initiative app
""".split())
# Faiths are beliefs, not bodies that act ("Islam's holiest site").
FAITHS = frozenset("islam christianity judaism hinduism buddhism sikhism shinto taoism".split())
# What a place's possessive must own for the place to act: "Mecca's Grand Mosque" is scenery,
# "Israel's response" and "Britain's ambassador" are acts and agents.
ACT_NOUNS = frozenset("""
decision response plan policy move offer proposal approach stance position refusal request demand call
statement announcement warning threat ban sanctions law laws ruling order attack offensive strike bid
""".split())
# Where a story was filed, glued to its first words: "FLINT, Mich. — Senators demanded ...",
# "Evansville, Indiana, United States - This past week ...". Names there are no actors.
PLACE_DATELINE = re.compile(r"(?:[A-Z]{2,}[\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3}|[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3},)"
                            r"(?:[ \t]*(?:[A-Z][\w.'’]*|\d{1,4})(?:[ -](?:[A-Z][\w.'’]*|\d{1,4})){0,3},?){0,3}"
                            r"[ \t]*(?:\([^)\n]{1,30}\))?"  # "SANTIAGO, Aug 23 (Reuters) -"
                            r"[ \t]+[—–-]{1,2}[ \t]+(?=\S)")
# A character is played, voiced or worn, never a party to the news ("the voice of Batman",
# "portrayed Hamlet", "dressed as Black Widow").
PORTRAYING_VERBS = frozenset("portray voice impersonate".split())
CHARACTER_NOUNS = frozenset("voice role character part portrayal costume impersonation".split())
COSTUME_VERBS = frozenset("dress disguise cosplay costume appear pose".split())
# Words that give a thing's former name, which is no party: "X, formerly Twitter", "née Smith".
FORMER_MARKS = frozenset({"formerly", "previously", "née", "nee"})
# Marks of an office no longer held: "a former White House adviser" speaks for no one.
PAST_HOLDER_MARKS = frozenset({"former", "ex", "onetime", "one-time", "erstwhile"})
