"""Pressure: the verbs and nouns of demands, threats, protest, coercion and law, after the CAMEO and
PLOVER categories (DEMAND, DISAPPROVE, REJECT, THREATEN, PROTEST, SANCTION, COERCE, MOBILIZE,
INVESTIGATE), and the words that turn a trigger into a concession or history."""

from __future__ import annotations

# lemma -> kind; "voice" becomes diplomatic for foreign states and bodies, political otherwise.
PRESSURE_VERBS: dict[str, str] = {
    # DEMAND and appeals: "urged", "pleaded with him to come home"
    **dict.fromkeys("demand urge press push insist pressure pressurize pressurise lobby appeal petition "
                    "plead beg implore exhort dare".split(), "voice"),  # "dared the prime minister to call an election"
    # DISAPPROVE (criticise, accuse, complain) and REJECT
    **dict.fromkeys("warn condemn criticize criticise denounce accuse blame slam decry censure rebuke "
                    "reject refuse oppose veto protest object challenge dismiss complain lambast lambaste "
                    "assail castigate deplore chide reprimand scold fault allege defy blast berate excoriate "
                    "override overrule overturn revolt rebel annul invalidate nullify quash".split(), "voice"),
    # "investors revolted over his pay", "Republicans overrode the governor's veto", "The Senate voted to overturn
    # the president's emergency declaration"; from a court, law: "Romania's top court annulled the election"
    **dict.fromkeys("threaten".split(), "threat"),
    # removing a leader by vote (PLOVER DEMAND, leadership change): "Congress voted to impeach the president"
    **dict.fromkeys("impeach oust topple unseat depose overthrow".split(), "political"),
    **dict.fromkeys("filibuster".split(), "political"),  # "Pro-democracy lawmakers filibustered the security bill"
    # a body of critics or a devolved one dissolved (only those, OBJECT_BOUND): "dissolved the regional assembly"
    **dict.fromkeys("dissolve".split(), "political"),
    # questioned hard by lawmakers (only a person, VERB_RULES): "Lawmakers grilled the bank's chief executive"
    **dict.fromkeys("grill".split(), "voice"),
    # removing an official from office: "The prime minister sacked his defence minister" (only a person, VERB_RULES)
    **dict.fromkeys("sack remove".split(), "political"),
    **dict.fromkeys("rally march demonstrate picket boycott strike riot campaign pelt heckle".split(), "public"),
    **dict.fromkeys("sanction embargo fine tax blacklist freeze".split(), "economic"),
    # INVESTIGATE and COERCE in law: only an authority does these (see pressure/__init__.py)
    **dict.fromkeys("indict prosecute charge investigate probe subpoena summon arrest convict bar disqualify "
                    "rule order ban jail imprison sentence extradite inspect audit confiscate evict censor revoke strip search cancel "
                    "execute"
                    .split(), "legal"),
    **dict.fromkeys("sue".split(), "lawsuit"),  # anyone can go to court
    **dict.fromkeys("attack bomb shell invade mobilize mobilise deploy retaliate fire raid kidnap abduct shoot overrun "
                    "destroy seize besiege occupy hack detain torture deport reinforce storm ambush target "
                    "conscript pound bombard".split(),  # "Myanmar's junta conscripted thousands of young men into the
    # army", "Russian forces pounded Ukrainian energy facilities with missiles"
                    "military"),
    **dict.fromkeys("suspend prohibit restrict halt cut".split(), "economic"),
    # money kept back or taken back to press: "donors threatened to withhold millions" (only money, GIVEN_MONEY)
    **dict.fromkeys("withhold rescind dock".split(), "economic"),
    **dict.fromkeys("expel sever recall withdraw".split(), "diplomatic"),
    **dict.fromkeys("close shut".split(), "economic"),  # only its borders, airspace or embassy (OBJECT_BOUND)
    **dict.fromkeys("blockade block barricade impose slap levy repress suppress clash ram intercept".split(), "coerce"),  # who
    # clashes decides ("Angry residents barricaded the road with burning tyres")
    # damage done to make a point or in anger: "torched a police vehicle", "ransacked the offices" (who decides)
    **dict.fromkeys("torch ransack vandalise vandalize".split(), "coerce"),
    # homes or camps knocked down (who decides: forces, an authority, a crowd): "An Indian state government bulldozed
    # the homes of people accused of rioting", "Israeli forces demolished the family home"
    **dict.fromkeys("demolish bulldoze raze".split(), "coerce"),
    # boarding a vessel by force or in protest: "Greenpeace activists boarded an oil tanker" (who decides)
    **dict.fromkeys("board".split(), "coerce"),
}
# Irregular past forms of pressure verbs, for a verb the tagger read as a present and left unlemmatised
# ("Kansas Republicans overrode the governor's veto", tagged VBP, lemma "overrode").
IRREGULAR_PASTS = {"overran": "overrun", "overrode": "override", "overridden": "override", "struck": "strike", "froze": "freeze",
                   "frozen": "freeze", "withheld": "withhold", "withdrew": "withdraw", "withdrawn": "withdraw"}
PRESSURE_NOUNS: dict[str, str] = {
    **dict.fromkeys("protest demonstration rally march strike boycott petition outcry walkout stoppage sit-in vigil picket"
                    .split(), "public"),
    **dict.fromkeys("sanction embargo tariff fine".split(), "economic"),
    **dict.fromkeys("ban".split(), "legal"),  # only on someone (NOUN_RULES): "visa bans on officials"
    **dict.fromkeys("ruling warrant indictment verdict sentence injunction investigation probe subpoena arrest "
                    "prosecution inspection audit inquest crackdown".split(), "legal"),
    **dict.fromkeys("lawsuit suit case challenge proceeding proceedings procedure claim".split(), "lawsuit"),  # as
    # NOUN_RULES say ("opened an infringement procedure against Poland")
    **dict.fromkeys("demand call ultimatum pressure condemnation criticism appeal request resistance "
                    "opposition objection refusal rejection accusation allegation complaint grievance rebuke "
                    "recommendation rebellion revolt mutiny censure"
                    .split(), "voice"),
    **dict.fromkeys("threat".split(), "threat"),
    **dict.fromkeys("attack offensive airstrike strike shelling bombardment mobilization raid kidnapping ambush assault "
                    "curfew deployment reinforcements alert readiness operation".split(), "military"),  # an operation
    # only against someone (NOUN_RULES): "launched an operation against militants in North Waziristan"
    # who blockades decides: "the navy's blockade" is arms, "activists joined the blockade" a protest
    **dict.fromkeys("blockade".split(), "coerce"),
    **dict.fromkeys("riot riots".split(), "public"),
    **dict.fromkeys("drill drills exercise exercises manoeuvre manoeuvres maneuver maneuvers".split(), "military"),
    **dict.fromkeys("suspension".split(), "economic"),
    **dict.fromkeys("expulsion".split(), "diplomatic"),
    **dict.fromkeys("inquiry hearing".split(), "legal"),
    **dict.fromkeys("charge".split(), "legal"),  # only "charges against X", or brought, filed or laid
    **dict.fromkeys("action".split(), "military"),  # only as ACTION_KINDS says (noun_rules.py)
    **dict.fromkeys("warning".split(), "threat"),  # only "a warning to X"
    **dict.fromkeys("order".split(), "military"),  # only armed forces clearing ground ("evacuation orders")
    **dict.fromkeys("hold".split(), "political"),  # only placed on a nominee or a bill (a senator's hold)
    **dict.fromkeys("notice".split(), "legal"),  # only served, or an enforcement or eviction notice
    # a state's formal complaint to another: "has lodged stern representations with the U.S. side"
    **dict.fromkeys("representation representations demarche démarche".split(), "diplomatic"),  # only lodged, made
}
# Verbs whose object a trigger only describes: "accepted demands", "allowed protests", "supports
# a resolution that tightens sanctions" are concessions and support, not pressure (CAMEO/PLOVER); so is
# pressure given up, "dropped its lawsuit", "withdrew the complaint" (PLOVER RETREAT).
YIELDING_VERBS = frozenset("accept agree allow permit support defend welcome endorse back approve grant concede "
                           "comply heed meet lift ease resign end drop withdraw abandon scrap shelve".split())
# Verbs that give pressure up with a particle: "called off the strike".
YIELDING_PHRASES = frozenset({("call", "off")})
# Yielding verbs that decide an act when it is their complement: "agreed to impose sanctions" is the
# sanction, not a concession (PLOVER SANCTION); "agreed to the demands" still yields.
DECIDING_VERBS = frozenset({"agree", "vote"})
# What a yielding verb's cause hangs on: "resigned after weeks of pressure", "amid protests".
CAUSE_PREPOSITIONS = frozenset({"after", "following", "amid", "despite", "under", "because"})
# Verbs that lay a penalty on someone, as "impose" does: "slapped duties on French brandy", "levied a fine".
IMPOSING_VERBS = frozenset({"impose", "slap", "levy"})
# Objects that make "impose" economic ("imposed tariffs"); anything else it imposes is law.
ECONOMIC_OBJECTS = frozenset("sanction sanctions tariff tariffs embargo tax taxes fine fines duty duties aid "
                             "trade loan loans fund funds funding".split())
OBLIGATION_MODALS = frozenset({"must", "should"})
# Verbs that oblige as the modals do, with "to": "the supermarkets need to do better", "he has to go".
OBLIGING_VERBS = frozenset({"need", "have"})
# What someone "needs to" know or feel is reassurance owed to them, no demand on them: "Clean athletes need
# to know that the rules are enforced".
REASSURED_VERBS = frozenset("know feel understand see hear believe trust".split())
# Nouns of a power held, whose infinitive is no act: "Congress has the power to tax", "the authority to remove".
CAPACITY_NOUNS = frozenset("power powers authority ability capacity".split())
# Nouns whose "to" infinitive is a right, not an act: "respected the right to protest".
RIGHT_NOUNS = frozenset("right rights freedom freedoms liberty permission license licence".split())
# Denying what is said about one is no pressure on anyone: "rejected suggestions that the veto was
# political", "dismissed the allegations" (a denial, not PLOVER REJECT of a demand or a proposal); nor
# is a case thrown out ("A federal judge dismissed the case for lack of standing").
DENYING_VERBS = frozenset("reject dismiss deny refute".split())
CLAIM_NOUNS = frozenset("suggestion suggestions claim claims allegation allegations accusation accusations report "
                        "reports attack attacks criticism charge charges speculation rumor rumors rumour rumours "
                        "notion idea characterization characterisation assertion assertions complaint complaints "
                        "account accounts version case cases lawsuit lawsuits suit suits motion indictment"
                        .split())
# Saying "no": pressure from outside the government, resistance from within it.
REFUSAL_VERBS = frozenset("oppose reject refuse dismiss veto object challenge".split())
# Modifiers that make "movement" or "campaign" a public campaign ("a global social movement").
MOVEMENT_MODIFIERS = frozenset("social protest grassroots mass popular global online national boycott".split())
# Words that make a sentence part of an armed conflict: its actors there are adversaries.
CONFLICT_WORDS = frozenset("war attack terror terrorist terrorists militant militants enemy hostage hostages "
                           "fire shelling provocation troops strike rocket rockets invasion clashes".split())
# Words of making peace: a party to efforts for them is no party to the fighting.
PEACE_WORDS = frozenset("truce ceasefire cease-fire talks negotiations mediation peace".split())
# Nouns whose "of X" is who does it ("the request of the municipalities"); with "rejection of",
# "criticism of" and the like, X is the one on the receiving end.
OF_SOURCE_NOUNS = frozenset("request demand call resistance opposition appeal".split())
# Verbs that end or stop a protest someone else holds: "spent millions on agency staff to try to break the
# strike" (the council does not strike), "to avert a walkout".
ENDING_PROTEST_VERBS = frozenset("break end avert prevent halt stop settle resolve".split())
# What a deployment is for when it helps, not presses: "deployed army planners to help the council clear
# the backlog" (PLOVER AID, not MOBILIZE).
HELPING_VERBS = frozenset("help assist support aid rescue relieve".split())
# Whom force sent to help still presses with: "deployed the army to support the police" (against protesters),
# "deployed National Guard troops to help federal agents" (at the border).
ENFORCING_NOUNS = frozenset("army military troops forces soldiers police agent agents officer officers guard guards "
                            "patrol patrols".split())
# Nouns for a kind of body that the body's name may stand before: "Members of the Unite union" (Unite is
# the union); not "a Congress government" or "the Senate committee", which belong to the name's body.
NAME_KIND_NOUNS = frozenset("union party company firm charity bank airline group network carmaker broadcaster".split())
# Verbs that punish someone "for" what they did: the act is the punished one's, as the punisher has it, no
# item of its own ("The commission fined Apple 500 million euros for blocking music-streaming rivals").
PUNISHING_VERBS = frozenset("fine punish sanction penalise penalize discipline suspend".split())
# What makes plural strikes stoppages, not blows: "nationwide strikes", "rolling strikes", "strikes and
# protests".
# Kinds of act a doer does "with" a noun of them: "brought the country to a standstill with a general strike",
# "retaliated with sanctions"; not an inquiry or a case ("cooperated with the investigation" is another's).
DONE_WITH_KINDS = frozenset({"public", "military", "economic", "coerce"})
STOPPAGE_MARKS = frozenset("nationwide national general rolling wildcat indefinite coordinated".split())
# A stoppage's length: "a 24-hour strike", "a two-day strike" (the parser hangs "hour" or "day" on it).
STOPPAGE_SPANS = frozenset("hour day week".split())
PROTEST_KIN = frozenset("protest demonstration walkout rally march stoppage picket boycott".split())
# Verbs of belief, whose denied clause is doubted, not done: "I don't think a judge is going to stop a city".
BELIEVING_VERBS = frozenset({"think", "believe", "expect"})
# Verbs whose passive lays a penalty on their subject "with" it: "was hit with US sanctions", "was slapped with a fine".
LAID_ON_VERBS = frozenset({"hit", "slap"})
# Nouns that speak of an act as a possibility, not as done: "Patients' groups worry about the impact of a strike".
SPOKEN_OF_NOUNS = frozenset("impact effect effects cost costs prospect risk possibility likelihood consequences".split())
# Papers an act is done "by", which name no doer: "was dismissed by presidential decree".
DECREE_NOUNS = frozenset("decree decrees order orders law statute".split())
# Military nouns that are armed only when marked so: "prepared to launch a new ground operation" threatens arms,
# "ready to launch a new marketing operation", "a state of alert", "a curfew" or "drills" need their marks.
ARMED_ONLY_IF_MARKED = frozenset("operation exercise exercises drill drills alert readiness curfew deployment "
                                 "reinforcements manoeuvre manoeuvres maneuver maneuvers mobilization".split())
ARMED_OPERATION_MARKS = frozenset("ground military air naval land amphibious cross-border special".split())
