"""Pressure, continued: the words that give a trigger its conditions: which objects, subjects,
prepositions and modals make it press or not ("called on X to", "a strike would devastate", "burned
effigies", "held signs reading ..."), after the CAMEO and PLOVER categories."""

from __future__ import annotations

from briefing.analysis.lexicon.bodies import ARMED_NOUNS
from briefing.analysis.lexicon.objects import TIES_NOUNS

# Triggers with their own conditions (see analysis/pressure/triggers.py and noun_rules.py).
CALL_PARTICLES = frozenset({"on", "for"})  # "called on X to", "called for"
ADJECTIVAL_TRIGGERS = frozenset({"order", "rule", "charge", "fire", "strike", "ban", "sentence"})  # "ordered out", "charged particles"
# Nouns that hold acts: "preparing a new package of sanctions", "a wave of strikes", "a series of raids".
BATCH_NOUNS = frozenset("package packages round rounds wave waves series set sets raft batch string spate flurry "
                        "barrage volley slew".split())
# Spells of time that hold acts the same way: "called for a week of nationwide strikes", "a ninth day of strikes".
SPELL_NOUNS = frozenset("hour hours day days night nights week weeks month months".split())
# Modals that make an act a supposition: "a strike would devastate the economy", "sanctions could hurt".
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might"})
# Verbs that say an act goes on or happens, so a modal on them promises it: "the strikes would continue".
OCCURRING_VERBS = frozenset("continue resume start begin go proceed spread escalate intensify happen follow "
                            "last".split())
# Nouns a pressure word names the remit of, not an act: "the sanctions committee", "a strike committee",
# "the protest law", "the EU's sanctions envoy".
REMIT_NOUNS = frozenset("committee committees panel office unit department team envoy chief coordinator expert "
                        "experts law laws".split())
# Exercises are a show of force (PLOVER MOBILIZE) only when held at someone's door: "staged military
# drills around Taiwan", "naval exercises off the coast"; not "a fire drill", "an exercise in futility", nor
# joint exercises (cooperation).
DRILL_NOUNS = frozenset("drill drills exercise exercises manoeuvre manoeuvres maneuver maneuvers".split())
JOINT_MARKS = frozenset({"joint", "combined", "bilateral", "multinational"})
DRILL_PLACES = frozenset({"around", "near", "off", "along"})
# "on high alert", "a state of alert", "on the highest state of combat readiness": forces made ready;
# any other alert is a notice, any other readiness a willingness ("expressed readiness to talk").
# Parties that act on each other when two of them act: "Both countries put their militaries on alert".
MUTUAL_PARTY_NOUNS = frozenset("country countries side sides nation nations state states army armies".split())
ALERT_NOUNS = frozenset({"alert", "readiness"})
ALERT_MARKS = frozenset({"on", "of"})
# Feelings said of a decision: "disappointed with NASA's decision" (PLOVER DISAPPROVE).
DISAPPROVING_ADJECTIVES = frozenset("disappointed dismayed outraged angry furious appalled incensed indignant "
                                    "critical".split())
DISAPPROVAL_PREPOSITIONS = frozenset({"with", "by", "at", "over", "of", "about"})
# Readiness framed as a threat: "prepared to impose new sanctions", "ready to use force" (PLOVER THREATEN).
READINESS_WORDS = frozenset("prepared ready poised willing determined".split())
# Judgements an "it" holds the place of a clause for: "It is simply wrong to charge people ...", "it is vital to
# act" (no one is wrong; but "it was ready to take military action" is the one ready).
EXTRAPOSING_ADJECTIVES = frozenset("wrong right important essential vital necessary crucial unacceptable acceptable "
                                   "unfair fair possible impossible difficult hard easy clear likely unlikely "
                                   "disgraceful shameful outrageous absurd ridiculous appropriate inappropriate "
                                   "better best worth time".split())
# A reported clause saying someone fails: "the government is failing to uphold rights, a group said".
FAILING_VERBS = frozenset({"fail", "neglect"})
# Campaigns that press: "a campaign to persuade users to stop", "a campaign against the law".
CAMPAIGN_AIMS = frozenset("persuade pressure force push urge convince stop end get make free release save ban "
                          "block reverse scrap overturn change recall oust unseat impeach topple".split())
CAMPAIGN_MARKS = frozenset({"against", "for"})
# Verbs whose subject runs the campaign ("Microsoft launched a campaign"); one that "inspired" a
# movement or "believed" in it does not.
LAUNCH_VERBS = frozenset("launch start begin lead wage run mount organize organise step escalate".split())
WORDED_CHARGES = frozenset({"charge", "warn", "accuse"})  # "critics charge that ...": words, not court
CAPTIVE_NOUNS = frozenset({"hostage", "shield", "captive", "ransom"})  # "held as human shields", "held for ransom"
# What a side is said to hold hostage for leverage, with no captive in it: "holding schools and hospitals hostage
# to score points", "holding the economy hostage" (beside the institutions: "holding the government hostage").
LEVERAGED_THINGS = frozenset("economy budget education school hospital country nation talks negotiation bill "
                             "legislation funding".split())
VOW_VERBS = frozenset({"vow", "swear", "pledge"})  # "have sworn to fight"
# Making someone act against their will (PLOVER COERCE): "The newspaper's campaign forced the minister to
# resign", "compelled the company to disclose"; who forces decides ("Rising costs forced ..." is no one).
COMPELLING_VERBS = frozenset({"force", "compel", "coerce"})
# What is forced is a matter, not a person made to act: "threatened to force a vote to remove the speaker".
FORCED_MATTERS = frozenset("vote votes election elections referendum debate showdown issue hand change changes "
                           "rethink delay delays closure closures decision".split())
# Verbs whose target is the object of the act they promise: "threatened to impose tariffs on Mexico".
VOWING_VERBS = VOW_VERBS | {"threaten"}
# Speech verbs whose reported "must" clause is a demand: "Russia said Sudan must return ...".
OBLIGING_SPEECH = frozenset({"say", "announce", "state", "conclude", "declare", "insist", "warn", "tell", "add",
                             "recommend", "advise"})
CALL_NOUNS = frozenset({"call", "demand"})  # "its call" is pressure only with what is called for
CAMPAIGN_NOUNS = frozenset({"movement", "campaign"})
INQUIRY_NOUNS = frozenset({"hearing", "inquiry"})
INQUIRY_PREPOSITIONS = frozenset({"into", "on"})
OPENING_VERBS = frozenset({"open", "launch", "start", "begin", "order", "announce", "hold", "convene", "lead", "conduct",
                           "head"})  # "who led the inquiry"
SHOW_NOUNS = frozenset({"demonstration", "march", "strike"})  # "a demonstration of the headset"
GATHERING_NOUNS = frozenset({"demonstration", "march", "rally"})
# Occasions people march at without protesting: "athletes marched together at the opening ceremony".
CELEBRATION_NOUNS = frozenset("ceremony parade festival celebration carnival games olympics funeral commemoration "
                              "anniversary wedding".split())
PROTEST_PREPOSITIONS = frozenset({"against", "over"})
GATHERING_MARKS = frozenset({"against", "over", "for", "outside", "in", "on"})  # "a march on the presidential palace"
STREET_PROTEST_WORDS = frozenset({"mass", "street", "protest"})
HISTORY_PREPOSITIONS = frozenset({"before", "since", "during", "after"})  # "before the 2014 protests"
BEFORE_PREPOSITIONS = frozenset({"before", "since"})
VERDICT_NOUNS = frozenset({"verdict", "ruling", "injunction", "judgment", "sentence"})
# Verbs that ask a court for a ruling, which anyone can: "filed for an emergency injunction", "sought an injunction".
SEEKING_VERBS = frozenset("file apply ask seek request petition move obtain win".split())
POLITICAL_ORDERS = frozenset({"order", "ban"})  # ordered or banned by anyone but a court: political
# Those who order and ban in law though no court: "The regulator ordered the company to suspend operations".
REGULATOR_NOUNS = frozenset("regulator regulators watchdog watchdogs inspectorate ombudsman".split())
TARGET_PREPOSITIONS = frozenset({"on", "against", "upon", "over", "to"})
AGENT_MARKERS = frozenset({"including", "by"})  # "calls ..., including by X"
# Verbs whose subject undergoes, meets or judges an act named as their object, not does it: "faces
# arrest warrants", "it could affect the prosecution", "opposed the sanctions", "lifted the ban", "fines
# just get paid by the customers".
# Speaking of an act, which is not doing it: "declined to comment on the investigation" (but "vowed
# revenge for the strike" is a threat, not a word on it).
COMMENTING_VERBS = frozenset("comment speak talk remark report testify write ask answer".split())
# What a measure "should" do is a forecast, not a demand: "said inflation should fall next year".
FORECAST_VERBS = frozenset("fall rise grow increase decrease decline drop climb improve recover ease slow shrink "
                           "expand peak rebound stabilise stabilize".split())
# Verbs by which a demand is answered: "Congress has not passed the funding request" is no request
# of Congress's; the one who answers is not the one who asks.
ANSWERING_VERBS = frozenset("pass approve grant consider receive ignore heed accept answer meet refuse decline "
                            "satisfy fulfil fulfill honour honor".split())
# Spans of time given to someone to act, which make giving an ultimatum: "gave the military 15 days to
# return to their barracks".
DEADLINE_SPANS = frozenset("day days hour hours week weeks month months year years decade decades deadline ultimatum".split())
# Verbs by which a claim about one is heard or looked into: "he took the allegations seriously", "the
# firm is reviewing the complaints" (the claim is someone else's, not the one who hears it).
CLAIM_HEARING_VERBS = frozenset("take address examine review investigate probe handle answer consider".split())
# What the one pressed does to end the pressure, in "until" clauses: "vowed to stay out until the
# company restores their pay", "will camp on the borders until the government guarantees prices".
CONCEDING_VERBS = ANSWERING_VERBS | frozenset("guarantee restore reinstate withdraw release free drop scrap reverse "
                                              "repeal resign agree listen negotiate allow lift end change".split())
# ("would not release any more hostages until Israel allowed aid trucks into northern Gaza")
# Verbs whose subject suffers, answers or undoes the act its object names, and so is not its doer:
# "feared sanctions", "Hungary vetoed the package of sanctions", "repealed the tariffs", "for defying a
# subpoena".
UNSEEING_VERBS = frozenset("""
pay foot receive absorb shoulder bear brush shrug laugh
see face affect avoid escape evade fear risk survive suffer undergo await hamper hinder impede prevent tolerate
suspend halt stop block cancel delay
complicate delay oppose reject condemn criticise criticize denounce welcome praise lift ease end drop
challenge resist dismiss deny survive report cover describe veto scrap repeal
defy ignore flout disobey violate breach contest reward deplore decry lament regret slam blast lambast lambaste
castigate assail rebuke censure protest question dispute doubt
""".split())
# Who attacks from outside the law: their pressure on the story's home is an adversary's, whoever
# they are ("hackers", "gunmen", "a user" who "launched the attack").
HOSTILE_NOUNS = frozenset("hacker hackers attacker attackers gunman gunmen militant militants terrorist terrorists "
                          "insurgent insurgents rebel rebels raider raiders gang gangs extortionist extortionists "
                          "kidnapper kidnappers".split())
HOSTILE_ACTS = frozenset({"attack", "hack", "bomb", "raid", "kidnap", "abduct", "shell", "ambush"})
# A break-in to computers (PLOVER ASSAULT, cyber): "Chinese hackers breached the networks of several telecoms
# companies"; "breached the agreement" breaks a rule, no one's machines.
BREAK_IN_VERBS = frozenset({"breach", "penetrate", "infiltrate", "compromise"})
COMPUTER_NOUNS = frozenset("network networks system systems server servers database databases computer computers "
                           "email emails account accounts".split())
# What befalls someone, not what they do: "an investigation into Baylor's death", "condemned the
# journalist's killing" press no one on the one it befell.
BEFALLEN_NOUNS = frozenset("death deaths killing killings murder disappearance drowning injury injuries abduction "
                           "kidnapping detention".split())
# Inspectors who arrive or visit are an inspection under way (PLOVER INVESTIGATE): "UN nuclear inspectors
# arrived in Tehran to examine the damaged facility"; observers and monitors only watch.
INSPECTING_NOUNS = frozenset({"inspector", "investigator", "auditor"})
ARRIVING_VERBS = frozenset({"arrive", "visit", "land", "enter", "reach"})
# Craft brought down by fire (PLOVER ASSAULT, or a defence against it): "shot down 40 Russian drones";
# "shot down the proposal" rejects words.
DOWNED_CRAFT = frozenset("drone drones missile missiles plane planes jet jets aircraft helicopter helicopters "
                         "balloon balloons bomber bombers".split())
# Offices that see a leader come to look, not an inspection: "Kim Jong Un inspected a new fishing port".
TOURING_OFFICES = frozenset("leader president king queen premier chairman dictator".split())
# An attack made in words: "a cynical attack on working families", "a partisan attack".
WORDED_ATTACK_MARKS = frozenset("cynical partisan political personal verbal rhetorical scathing blistering baseless "
                                "unfounded shameless".split())
# What only words attack: "an attack on democracy", "an attack on free speech", "on working families".
ATTACKED_IDEAS = frozenset("democracy freedom liberty right value constitution speech science truth family worker "
                           "voter taxpayer".split())
# Acts outside the law whoever does them, named or not: "JNIM has carried out similar kidnappings".
CAPTURING_ACTS = frozenset({"kidnap", "abduct", "kidnapping", "abduction"})
# Names for something that condemn it: "called the sentence 'dangerous'", "a disgrace" (PLOVER DISAPPROVE).
CONDEMNING_WORDS = frozenset("""
dangerous ideological unacceptable outrageous shameful disgrace disgraceful illegal unlawful unjust absurd
scandalous scandal wrong irresponsible reckless betrayal insult affront travesty mistake disaster misguided
unconstitutional discriminatory cruel failure stunt sham farce charade hoax overreach hypocrisy slap kick
embarrassment outrage grab whitewash lie lies lazy dishonest cowardly incompetent disgusting pathetic appalling
deplorable insulting offensive callous heartless fraud scam rigged abdication dereliction extreme
""".split())

# What a party wants another to do, making the wish a demand: "want the president to step down", "wants the
# company to reinstate the sacked workers" (not "I want my son to come home").
DEMANDED_ACTS = frozenset("resign quit step apologise apologize reinstate release free withdraw scrap reverse drop "
                          "repeal cancel halt stop resume reopen raise restore return compensate negotiate".split())

# Milder words that condemn only a decision someone made: "said the delay was 'deeply disappointing'".
REGRETTING_WORDS = frozenset({"disappointing", "regrettable", "unhelpful", "unwelcome"})
# What a body or an official is "too" when found wanting: "the council has been too slow to deal with damp".
FAULT_ADJECTIVES = frozenset("slow late weak timid lenient soft complacent secretive".split())
DECIDED_ACTS = frozenset("decision delay offer move ruling plan response proposal verdict handling refusal choice "
                         "announcement cut cuts u-turn".split())

# Verbs whose object hears the words; the press hearing them is no target ("told Sky News ...").
AUDIENCE_VERBS = frozenset({"tell", "inform", "assure", "brief"})
PRESS_NOUNS = frozenset({"reporter", "journalist", "press", "newspaper", "interviewer", "audience"})
# Verbs that give a thing its purpose: "a database used by officers to prosecute law-breakers" says
# what it is for, not that anyone prosecuted anyone.
PURPOSE_VERBS = frozenset({"use", "design", "intend", "mean", "build", "develop", "create", "aim"})
# Verbs that give an unnamed party its name: "a user labelled 'Anonymous'", "a group calling itself X".
NAMING_VERBS = frozenset({"label", "call", "name", "dub", "know", "style", "title", "entitle"})
# Nouns for a body of people: "a team of inspectors" is inspectors.
COLLECTIVE_HEADS = frozenset("team group unit delegation mission contingent squad battalion brigade".split())
# Words that make a threat or a demand a legal one: "threatened legal action", "threatened to sue".
LEGAL_THREAT_WORDS = frozenset("legal lawsuit suit sue court courts litigation injunction evict eviction".split())
# Calling people out: troops when a state or a force does it, supporters when a group does
# ("Russia mobilised 300,000 reservists"; "advocacy groups said they would mobilize against the bill").
MOBILIZING_VERBS = frozenset({"mobilize", "mobilise"})
# What an order sends when it deploys: "ordered troops to the border", "ordered the National Guard to the
# border"; not "ordered the force to hand over its records" (the police).
DEPLOYED_FORCES = (ARMED_NOUNS - {"police", "force"}) | {"guard"}
# Violence threatened that is no pressure verb of its own: "threatened to shoot down any spy plane",
# "vowed to crush the rebellion" (PLOVER THREATEN, military mode).
VIOLENT_ACTS = frozenset("shoot kill sink annihilate obliterate crush wipe execute hang behead nuke".split())
# Pronouns that can stand for whom pressure is put on ("begged him to come home").
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Acts of arms that are law enforcement when an authority does them: "police raided the offices",
# "riot police fired tear gas at the crowd".
POLICING_ACTS = frozenset({"raid", "detain", "seize", "search", "fire", "deport"})
# Verbs a stoppage is called with: "went on strike", "called a strike", "voted for strikes" (a labour
# strike, not a blow).
STRIKING_VERBS = frozenset({"go", "call", "stage", "hold", "begin", "start", "launch", "announce", "remain", "stay",
                            "vote", "ballot"})
# Acts that remove or punish someone, who is the one pressed: "called for the impeachment of the
# secretary", "demanded the resignation of the minister" (PLOVER DEMAND, leadership change).
REMOVAL_NOUNS = frozenset("impeachment resignation removal ouster dismissal firing sacking recall prosecution "
                          "arrest extradition expulsion censure dissolution banning".split())
# What a legislature passes: blocking one is politics, not a blockade ("blocked the border bill").
LEGISLATION_NOUNS = frozenset("bill law legislation measure motion nomination nominee resolution amendment budget "
                              "vote appointment passage confirmation".split())
# What a body agrees in words or enacts: blocking one is politics too ("Hungary blocked a joint EU
# statement", "The Greens have blocked the government's signature housing policy in the Senate").
# A lawmaker's move to undo another's act: "introducing a resolution that would end the national
# emergency the president declared", "introduced a bill to block the tariffs", "signed an amendment that
# would kill his plans".
MOVING_VERBS = frozenset("introduce file table propose sponsor unveil sign back".split())
MOVED_TEXTS = frozenset("bill resolution measure amendment motion legislation".split())
UNDOING_VERBS = frozenset("block end overturn repeal reverse halt stop rescind terminate nullify curb bar kill scrap".split())
AGREED_TEXTS = LEGISLATION_NOUNS | frozenset({"statement", "declaration", "communique", "communiqué", "policy",
                                              "policies", "reform", "reforms", "proposal", "proposals", "plan",
                                              "package", "packages"})  # "has blocked almost every package"
# Verbs whose subject bears the pressure named as their object, which came "from" someone: "faced
# mounting pressure from his own party", "drew criticism from unions" (PLOVER DISAPPROVE, DEMAND).
# Orders that clear people from where forces will strike: "The Israeli military issued evacuation orders for
# eastern Khan Younis" (from anyone else, "ahead of the hurricane", no pressure).
CLEARING_ORDERS = frozenset({"evacuation", "displacement", "eviction"})
# Verbs of wishing: what someone hopes another will do is not done ("I hope Congress holds hearings").
HOPING_VERBS = frozenset({"hope", "wish", "pray"})
# Verbs by which a law gives a power: "a bill that would have let parents challenge books" is no challenge.
PERMITTING_VERBS = frozenset({"let", "allow", "permit", "enable", "empower"})
# A workforce named as a whole, which firing lays off: "fires the people who keep this country running",
# "sacked half its staff".
LAID_OFF = frozenset({"people", "staff", "workforce", "personnel"})
# Notices that enforce: "The council served an enforcement notice on the landlord" (not "a notice of the meeting").
ENFORCING_NOTICES = frozenset({"enforcement", "eviction", "deportation", "abatement", "removal", "closure"})
# Writing to someone while pressing them: "six premiers wrote to Ottawa demanding a pause": the one written to.
LETTER_VERBS = frozenset({"write"})
BEARING_VERBS = frozenset("face feel draw attract receive meet".split())
# Pressure named with who it came from, whatever verb it hangs on: "after weeks of pressure from the government".
BORNE_NOUNS = frozenset("pressure criticism backlash condemnation".split())
# Saying one is troubled by what someone did (PLOVER DISAPPROVE): "voiced concern over the
# treatment of detainees", "expressed outrage at the killing".
EXPRESSING_VERBS = frozenset("voice express register raise".split())
CONCERN_NOUNS = frozenset("concern concerns outrage anger dismay alarm indignation displeasure disapproval "
                          "disappointment objection objections opposition".split())
# Answering in kind, which a vow makes a threat: "vowed to respond to the expulsion" (PLOVER THREATEN).
RETALIATING_VERBS = frozenset("respond retaliate avenge punish".split())
REVENGE_NOUNS = frozenset("retaliation revenge reprisal reprisals vengeance".split())  # "vowed retaliation"
# What someone is told they "would face" when the teller threatens it: "the Houthis would face
# consequences" (PLOVER THREATEN; CAMEO 13x).
CONSEQUENCE_NOUNS = frozenset("consequence repercussion retaliation punishment reprisal sanction".split())
# Cutting ties is diplomatic whatever the verb: "broke off diplomatic relations", "cut ties",
# "suspended talks" (PLOVER SANCTION, reduce relations).
SEVERING_VERBS = frozenset("cut suspend halt break freeze downgrade end".split())
# ("froze its participation in the Russian-led security bloc": a state's membership suspended)
TALKS_NOUNS = TIES_NOUNS | frozenset("talk talks negotiation negotiations dialogue participation membership".split())
# What a state bans or halts to punish trade: "banned imports of Ugandan sugar".
TRADE_NOUNS = frozenset("import imports export exports trade shipment shipments goods".split())
# An inquiry into trade is a trade measure (anti-dumping, anti-subsidy; PLOVER SANCTION, economic).
INQUIRY_WORDS = frozenset("investigate investigation inquiry probe review".split())
# What is looked into when no one is: "will investigate ways to improve bus services", "probe options".
EXPLORED_MATTERS = frozenset("way ways option options idea ideas alternative alternatives".split())
# What a loss or a failure is blamed on when no one is blamed: "blamed the loss on injuries".
BLAMED_CIRCUMSTANCES = frozenset("injury injuries weather rain snow luck fatigue illness conditions".split())
TRADE_REMEDY_WORDS = frozenset("dumping anti-dumping subsidy subsidies tariff tariffs".split())
# Verbs by which an office examines what was submitted to it: "has 30 days to check the petitions" (the
# petitioners' act is history; the check presses no one).
EXAMINING_VERBS = frozenset("check verify count validate certify review examine scrutinise scrutinize".split())
# What is lodged with a court to open a case there, and where: "filed a complaint with the court".
FILED_WITH_COURT = frozenset({"complaint", "petition", "appeal"})
COURT_PREPOSITIONS = frozenset({"with", "in", "before", "at"})
COURT_NOUNS = frozenset({"court", "courts", "tribunal", "tribunals"})
# What a court does to someone, said in the passive with the court as where: "was convicted at Birmingham
# Crown Court", "was sentenced in federal court".
LEGAL_PASSIVES = frozenset("convict sentence jail imprison fine acquit order".split())
# Taking someone into custody or before a court: done by the state, if no one else is named.
CUSTODY_VERBS = frozenset("arrest detain charge indict prosecute jail imprison sentence convict".split())
DISMISSING_VERBS = frozenset("dismiss sack fire remove oust".split())  # an office-holder put out of office
# Verbs for a formal complaint: "lodged a formal protest with Russia" is words, not a street protest.
LODGING_VERBS = frozenset("lodge file register deliver send issue".split())
# "action" presses only as one of these: "ready to take military action", "took legal action".
ACTION_KINDS: dict[str, str] = {"military": "military", "retaliatory": "military", "punitive": "coerce",
                                "legal": "lawsuit", "disciplinary": "legal", "industrial": "public",
                                "strike": "public"}
# Taking a place, which campaigners do as protest and forces as arms: "Greenpeace activists occupied
# an oil platform" (PLOVER PROTEST), "troops occupied the town" (military).
TAKING_VERBS = frozenset("occupy seize storm besiege".split())
CAMPAIGNER_WORDS = frozenset("activist activists protester protesters demonstrator demonstrators campaigner "
                             "campaigners students workers farmers residents villagers union unions nurses teachers "
                             "doctors staff employees tenants drivers".split())
# Bodies of campaigners, whatever they campaign for: "Tenant groups held a rally outside City Hall".
PROTESTING_BODIES = frozenset("group groups coalition coalitions alliance alliances movement".split())
# Verbs whose object is always someone, whatever the noun: "sentenced the blogger", "fined the
# tech giant", "accused the election commission" (PLOVER ACCUSE, SANCTION; CAMEO 17x).
PERSONAL_OBJECT_VERBS = frozenset("sentence indict prosecute convict jail imprison arrest detain extradite "
                                  "deport fine sue accuse blame charge subpoena".split())
# What is said at a gathering, which makes it a venue: "made the remarks at a rally outside the Capitol".
REMARK_NOUNS = frozenset("remark remarks comment comments speech speeches address statement".split())
# Verbs of speaking to a gathering: "addressed a rally", "spoke at a rally" is a speech, not a protest.
ADDRESSING_VERBS = frozenset("address speak appear headline attend".split())
# Verbs that demand by construction ("called on X to", "asked X to"): what they ask for is no
# second item (PLOVER DEMAND).
ASKING_VERBS = frozenset({"call", "ask"})
# What makes "charges" a prosecution: "bring charges against two officers", "filed charges".
CHARGING_VERBS = frozenset("bring file press lay level".split())
# Verbs that make a case a case in court: "is pursuing a similar case", "brought a case against".
CASE_VERBS = frozenset("bring pursue file build launch lodge win lose open".split())  # "opened a criminal case"
# Verbs that call a protest: "has called a rally outside Parliament", "staged a march".
CALLING_VERBS = frozenset("call stage organise organize".split())
# Verbs whose "of", "for" or "with" phrase is the charge, not part of whom: "accused the government of chaos".
ACCUSING_VERBS = frozenset("accuse blame charge suspect convict fault criticise criticize".split())
# What is struck when nobody is hit: "struck a deal", "struck a balance", "struck a chord".
AGREEMENT_NOUNS = frozenset("deal deals agreement agreements bargain compromise balance chord note tone pose accord "
                            "pact truce".split())
# What a force uses on people: "police used tear gas against protesters" (CAMEO 17x, coerce).
FORCE_NOUNS = frozenset("force gas teargas cannon cannons bullet bullets baton batons truncheon truncheons spray "
                        "grenade grenades weapon weapons ammunition".split())
# What force is used to do to a crowd: "used tear gas to disperse the protesters".
DISPERSING_VERBS = frozenset("disperse quell break suppress crush clear repel scatter push drive".split())  # "to push back"
# What a delegation walks out of in protest: "walked out of the talks".
MEETING_NOUNS = frozenset("talk talks meeting negotiation negotiations session chamber parliament summit hearing "
                          "debate conference assembly".split())
# What a party quits to press its partners (CAMEO 16x, reduce relations): "The coalition partner pulled
# out of the government", "Russia quit the grain deal"; "left the government" may be a career move, so
# leaving takes only the arrangements, not the government.
QUIT_ARRANGEMENTS = frozenset("coalition deal agreement accord pact treaty alliance talk talks negotiation negotiations".split())
QUIT_GOVERNING = QUIT_ARRANGEMENTS | frozenset({"government"})
# What "calling for" wishes for without pressing anyone: "called for peace and dialogue".
PEACE_WISHES = frozenset("peace dialogue calm unity prayer tolerance harmony reconciliation understanding "
                         "cooperation co-operation collaboration partnership coordination".split())
# What makes a strike a blow, not a stoppage: "air strikes", "a missile strike", "launched a strike".
ARMED_STRIKE_WORDS = frozenset("air missile drone military nuclear artillery rocket precision pre-emptive preemptive "
                               "retaliatory airstrike israeli russian american us u.s. targeted".split())
LAUNCHING_VERBS = frozenset("launch carry conduct order authorize authorise threaten".split())

# Verbs by which a threat is a danger someone or something is, not one they make: "posed a threat to
# users' data", "represents a threat to the region"; or one someone saw: "the officers perceived a threat".
DANGER_VERBS = frozenset("pose present represent constitute remain become perceive sense see fear".split())

# A state's warning that it will act: "China will take resolute and forceful measures to defend its
# sovereignty" (CAMEO 13x, threaten); "took measures to cut costs" is no threat.
RESOLVE_WORDS = frozenset("resolute forceful firm strong decisive tough necessary countermeasures".split())
MEASURE_NOUNS = frozenset("measure measures step steps countermeasure countermeasures action".split())
# Leaving a place, which refusing to do stays put and presses no one: "some residents refused to leave".
STAYING_VERBS = frozenset("leave evacuate go move relocate".split())
# The public as an authority or a provider advises it: "asked patients to attend appointments unless told
# otherwise", "urged residents to stay indoors" press no one (unless what is asked presses: "urged the
# public to boycott the firm").
ADVISED_PUBLIC = frozenset("patient patients resident residents driver drivers motorist motorists passenger "
                           "passengers commuter commuters traveller travellers traveler travelers public customer "
                           "customers visitor visitors witness witnesses shopper shoppers holidaymaker holidaymakers "
                           "household households homeowner homeowners people".split())
# Told what they "have to" or "need to" do, the public and those who work the land are advised, not pressed:
# "farmers have to plan for a drier climate" (but "urged the farmers to return to the table" presses protesters).
ADVISED_TO_ADAPT = ADVISED_PUBLIC | frozenset("farmer farmers consumer consumers citizen citizens".split())
# What a place "needs to" do is an aim for it, not a demand: "the state needs to attract more investment" (a
# state named, "Israel needs to let aid trucks in", is pressed).
AIMED_FOR_PLACES = frozenset("town city village province region district county state country nation".split())
ADVISING_VERBS = frozenset({"ask", "call", "urge", "advise", "encourage", "remind", "tell", "warn"})
# What a seller charges, which makes "charge" a price and not a count in court: "charged exit fees".
PRICE_NOUNS = frozenset("fee fees toll tolls price prices rate rates interest premium premiums rent fare fares "
                        "commission surcharge".split())
# What befalls the subject, not what the subject does to anyone: "will miss the Games unless his
# appeal succeeds" is no threat.
UNDERGOING_VERBS = frozenset("miss lose forfeit face suffer die fail".split())
# What a government does with a vote of confidence in itself: "he would seek a vote of confidence".
CONFIDENCE_SEEKING_VERBS = frozenset("seek win hold pass request".split())
# Subjects that name no one, so whose act is none: "nobody has protested", "none of them objected".
NOBODY_WORDS = frozenset("nobody none noone no-one".split())
# Signs held up at a protest, and the verbs that hold them: "held signs reading 'Audit the Pentagon'".
PROTEST_SIGNS = frozenset("sign signs banner banners placard placards poster posters".split())
HOLDING_UP_VERBS = frozenset("hold carry wave raise brandish unfurl".split())
# Verbs by which a state lists a group as terrorist: "designated the group a foreign terrorist organization".
DESIGNATING_VERBS = frozenset("designate list declare blacklist proscribe".split())
# The labels a state hangs on critics to silence them, and the verbs that hang them: "labelled the newspaper a
# foreign agent", "declared the foundation extremist", "branded the group undesirable".
STIGMA_VERBS = frozenset({"label", "brand"})
STIGMA_LABELS = frozenset({"extremist", "extremists", "undesirable"})
# Prepositions after "from" that say the pressure comes from inside a body: "calls to resign from within her own party".
INSIDE_PREPOSITIONS = frozenset({"within", "inside", "among"})
