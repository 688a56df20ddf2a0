"""Objects that make a verb press: what is cut, frozen, closed, recalled, stripped, withheld or sent
("recalled its ambassador", "froze the oligarchs' assets", "dispatched inspectors"), after PLOVER's
SANCTION, REDUCE RELATIONS, INVESTIGATE and MOBILIZE."""

from __future__ import annotations

OBJECT_TRIGGERS = frozenset({"cut", "halt", "block", "restrict", "suspend"})  # only with something cut
# Verbs that press only with the right object: "recalled its ambassador", "severed ties",
# "dispatched inspectors" (PLOVER SANCTION, reduce relations; INVESTIGATE; MOBILIZE).
ENVOY_NOUNS = frozenset("ambassador ambassadors envoy envoys diplomat diplomats d'affaires".split())  # chargé
# Envoys a state calls home, with the Commonwealth's: "Nigeria recalled its high commissioner to Ghana".
RECALLED_ENVOYS = ENVOY_NOUNS | frozenset({"commissioner"})
TIES_NOUNS = frozenset("tie ties relation relations contact contacts link links cooperation".split())
# What a state closes to punish (PLOVER SANCTION): "closed its airspace to Israeli flights".
CLOSABLE_NOUNS = frozenset("airspace border borders embassy embassies consulate crossing crossings port ports "
                           "waters".split())
# What a state freezes to punish (PLOVER SANCTION): "froze the oligarchs' assets", not "freeze construction".
FROZEN_NOUNS = frozenset("asset assets fund funds funding account accounts aid property properties holding holdings "
                         "reserve reserves payment payments loan loans export exports sale sales delivery deliveries "
                         "shipment shipments lending credit disbursement disbursements transfer transfers revenue revenues"
                         .split())
# What cutting presses someone with (PLOVER SANCTION, REDUCE): "cut funding to the schools", "cut off gas
# supplies"; not "cut red tape", "cut taxes" or "cut jobs".
CUT_NOUNS = FROZEN_NOUNS | TIES_NOUNS | frozenset("""
funding fund funds aid supply supplies gas oil power electricity water fuel access subsidy subsidies grant grants
import imports export exports trade shipment shipments deliveries delivery allowance allowances payment benefit
benefits
""".split())
# What is stripped from someone as a penalty: "voted to strip two lawmakers of their immunity".
# Posts, of those: "stripped the congressman of his committee assignments" (discipline, not law).
STRIPPED_POSTS = frozenset("assignment assignments post posts chairmanship privileges".split())
STRIPPED_NOUNS = frozenset("immunity citizenship nationality title titles licence license accreditation powers "
                           "membership status honour honours honor honors knighthood passport passports visa visas"
                           .split()) | STRIPPED_POSTS
# Papers held by right, whose cancelling presses their holder: "cancelled the passports of six overseas activists"
# (not "cancelled the meeting").
CANCELLED_PAPERS = frozenset("passport passports visa visas licence licences license licenses permit permits "
                             "accreditation accreditations citizenship registration".split())
# Money given that a giver keeps or takes back to press the one given it: "would rescind a $100 million
# gift", "threatened to withhold hundreds of millions of dollars"; not "withheld evidence".
GIVEN_MONEY = frozenset("donation donations gift gifts pledge pledges contribution contributions money cash "
                        "dollar dollars million millions billion billions budget budgets".split())
# Backing a side gives and can keep back to press a candidate: "would withhold endorsements from any candidate who
# backs the pension overhaul" (politics, not money).
GIVEN_BACKING = frozenset("endorsement endorsements support backing votes".split())
# Bodies an authority shuts to silence or punish them, like an outlet: "vowed to shut down the state news
# agency", "closed two NGOs" (CAMEO 17x, coerce).
CLOSED_BODY_NOUNS = frozenset("agency agencies ngo ngos charity charities party parties union unions foundation "
                              "foundations".split())
# Works an authority bans or restricts, which silences like an outlet shut: "removed or restricted 36 titles",
# "banned the novel" (political, not a trade measure).
CENSORED_WORKS = frozenset("book books title titles novel novels film films song songs play plays".split())
# What a state restricts to press someone: trade, or people's movement and access ("restricted exports of
# chips to China", "restricted access to the site"); not "restricted the use of mobile phones in schools".
RESTRICTED_NOUNS = frozenset("import imports export exports trade shipment shipments goods access entry travel "
                             "visa visas flight flights movement movements investment investments sale sales".split())
# Verbs that keep money back from someone: "withheld 200 million pounds in aid from the council", "froze
# funds for Hungary" (whom it was "from" or "for" is whom it presses).
MONEY_KEEPING_VERBS = frozenset({"withhold", "freeze", "cut", "rescind", "suspend", "dock"})
# Pay docked from workers who strike or stay away (PLOVER SANCTION): "would dock the pay of public employees who
# stayed away from work"; "docked" nothing else presses ("the ship docked").
PAY_NOUNS = frozenset("pay wage wages salary salaries".split())
# Bodies dissolved to silence or take over (PLOVER COERCE): "dissolved the regional assembly", "dissolved the
# opposition party"; not "dissolved parliament" before an election.
DISSOLVED_BODIES = CLOSED_BODY_NOUNS | frozenset({"assembly", "assemblies", "council", "councils"})
OBJECT_BOUND: dict[str, frozenset[str]] = {
    "dissolve": DISSOLVED_BODIES,
    "dock": PAY_NOUNS, "withhold": CUT_NOUNS | GIVEN_MONEY | PAY_NOUNS | GIVEN_BACKING, "rescind": GIVEN_MONEY, "cut": CUT_NOUNS, "recall": RECALLED_ENVOYS,
    "withdraw": RECALLED_ENVOYS, "sever": TIES_NOUNS, "close": CLOSABLE_NOUNS, "shut": CLOSABLE_NOUNS,
    "freeze": FROZEN_NOUNS | TIES_NOUNS, "strip": STRIPPED_NOUNS, "restrict": RESTRICTED_NOUNS,
}
# Sending these is an inquiry or a show of force: "the UN dispatched inspectors", "sent troops",
# "Taiwan scrambled fighter jets" (PLOVER MOBILIZE); "scrambled to respond" sends nothing.
SENT_INQUIRERS = frozenset("inspector inspectors investigator investigators monitor monitors observer "
                           "observers auditor auditors commissioner commissioners".split())
SENDING_VERBS = frozenset({"dispatch", "send", "station", "mass", "move", "scramble", "deploy"})
# What a court sentences someone to: "sentenced a theatre director and a playwright to six years in prison".
SENTENCE_TERMS = frozenset("year month week day prison jail death life".split())
# Verbs of command: what forces are ordered to do says whom they press ("ordered the army to neutralise criminal
# gangs").
COMMANDING_VERBS = frozenset({"order", "instruct", "direct", "command", "tell"})
# War craft, sent like troops: "scrambled fighter jets", "sent bombers over the peninsula".
WAR_CRAFT = frozenset("jet jets bomber bombers drone drones gunboat gunboats carrier carriers destroyer destroyers "
                       "frigate frigates submarine submarines cruiser cruisers warship warships warplane warplanes"
                       .split())  # "sent an aircraft carrier"
# Places raided, stormed or searched stand for whose they are: "raided the offices of an opposition party",
# "searched the home of the former president" press the party and the president.
ENTERED_PREMISES = frozenset("headquarters offices office premises compound home homes house houses residence".split())
# What is ordered when an order is a purchase, no command: "ordered new equipment for its hospitals", "50 jets".
BOUGHT_GOODS = frozenset("equipment supplies vaccine vaccines dose doses aircraft jet jets plane planes train trains bus "
                         "buses computer computers copies machinery".split())
# What a court rules "in" when it names no side: "ruled in a property dispute between two neighbours".
DISPUTE_NOUNS = frozenset("dispute case row matter quarrel".split())
# Where people live or camp, whose knocking down presses them: "bulldozed the homes of people accused of rioting".
LIVED_IN_PLACES = frozenset("home homes house houses camp camps encampment encampments village villages settlement "
                            "settlements shelter shelters tent tents shack shacks slum slums dwelling dwellings".split())
# A state's order of government, suspended by a ruler (PLOVER COERCE, restrict political freedoms): "suspended parts
# of the constitution", "suspended parliament for four years", "suspended civil liberties".
SUSPENDED_ORDER = frozenset("constitution parliament legislature liberties rights elections election".split())
