"""Acts of protest, force and sanction named by what is done to what: paint thrown, manure dumped, a roof
scaled, firms put on a blacklist, people driven out of a village, emails leaked by hackers; a law ruled
unconstitutional, a vote forced, a return not allowed. The constructions (`analysis/constructions.py`) match
them; after PLOVER's PROTEST, ASSAULT, COERCE, SANCTION and INVESTIGATE."""

from __future__ import annotations

# Burned as a protest, a symbol of the one opposed: "burned effigies of the opposition leader".
BURNED_SYMBOLS = frozenset("effigy flag portrait poster picture tyre tire copy copies".split())  # "burned copies of
# the new farm laws"
# Thrown at a building, a painting or a person to make a point (PLOVER PROTEST, or COERCE when stones
# fly): "Activists splashed paint on the headquarters", "Protesters pelted the convoy with eggs";
# "threw a party", "sprayed the crops" throw nothing at anyone.
THROWING_VERBS = frozenset("throw hurl splash spray pelt lob daub douse".split())
# Weapons aimed "at" someone say whom they press: "fired rubber bullets at protesters", "shot at the police".
AIMING_VERBS = frozenset("fire shoot aim".split())
THROWN_MISSILES = frozenset("paint egg eggs stone stones rock rocks bottle bottles tomato tomatoes soup milkshake "
                            "projectile projectiles brick bricks molotov firework fireworks flare flares".split())
# Waste or produce dumped outside a building by campaigners is a protest (PLOVER PROTEST): "Farmers dumped
# manure outside the regional parliament".
DUMPING_VERBS = frozenset({"dump", "spill", "tip", "pour", "unload", "spray"})
# Produce farmers dump wherever they protest: "Polish farmers dumped grain from Ukrainian trucks at a border
# crossing", "poured milk on the motorway" ("unloaded grain at the silo" is work, not dumping).
DUMPED_PRODUCE = frozenset("grain milk manure slurry potatoes vegetables produce hay straw beet beets".split())
# Climbing a building or a monument as protest (PLOVER PROTEST): "Greenpeace activists scaled the roof of the
# prime minister's house"; only campaigners ("climbers scaled the peak" is sport).
SCALING_VERBS = frozenset({"scale", "climb"})
# Gathering as protest (PLOVER PROTEST, demonstrate): "Thousands of protesters gathered outside the parliament
# building", "Protesters plan to gather outside County Hall", "Residents gathered outside the town hall"; only
# protesters, or campaigners outside a seat of power ("Residents gathered for a memorial service" is none).
GATHERING_VERBS = frozenset("gather assemble converge congregate".split())
PROTESTER_WORDS = frozenset("protester protesters demonstrator demonstrators".split())
# Watch or custody someone is put under (PLOVER INVESTIGATE, COERCE): "Germany's far-right party was placed under
# surveillance by the domestic intelligence service", "put the opposition leader under house arrest".
UNDER_MEASURES = frozenset("surveillance investigation observation arrest monitoring".split())
# Campaigns that inform, sell or recruit, pressing no one: "launched an awareness campaign for schoolchildren".
INFORMING_CAMPAIGNS = frozenset("awareness information marketing vaccination immunisation immunization recruitment "
                                "fundraising education safety".split())  # (an ad campaign urging MPs presses them)
# Breaking up a speech, a meeting or a hearing as protest (PLOVER PROTEST): "Protesters interrupted the
# senator's speech"; only campaigners ("The storm disrupted flights", "He interrupted the reporter" are not).
DISRUPTING_VERBS = frozenset({"disrupt", "interrupt"})
# Lists a state or a body puts someone on to punish them (PLOVER SANCTION): "placed three Chinese firms on its
# trade blacklist", "added the company to its entity list"; a bare "list" only with one of these words on it.
BLACKLIST_NOUNS = frozenset({"blacklist", "blacklists"})
SANCTION_LIST_MARKS = frozenset({"entity", "sanctions", "sanction", "terror", "terrorist", "watch", "trade", "export"})
LISTING_VERBS = frozenset({"place", "put", "add"})
# Handing a matter to the law (PLOVER INVESTIGATE, refer): "The watchdog referred the company to prosecutors".
PROSECUTING_NOUNS = frozenset("prosecutor prosecutors police court courts prosecution".split())
# Driving people out of a place by force or by hounding (PLOVER COERCE, expel): "Residents chased the mining
# company's surveyors out of the village", "drove the militants out of the town"; only people ("them", a
# name, a plural), not "drove the car out of the garage".
DRIVING_OUT_VERBS = frozenset({"chase", "drive", "hound", "run", "kick", "hunt"})
# Who steals or leaks an opponent's papers as an attack (PLOVER ASSAULT, cyber): "Hackers claiming ties to
# Russia leaked emails from the campaign"; not "a whistleblower leaked the memo".
CYBER_ATTACKERS = frozenset("hacker hackers extortionist extortionists".split())
LEAKING_VERBS = frozenset({"leak", "dump", "steal", "publish"})
# What is shot that is no one: "shot a video", "shot scenes for the film" (a shot at people presses them).
SHOT_THINGS = frozenset("video videos film films scene scenes footage photo photos picture pictures episode episodes "
                        "ad ads commercial commercials hoop hoops basket baskets goal goals round rounds".split())
# Barriers put up across a road to stop someone passing: "Villagers set up roadblocks", "erected barricades".
ERECTING_VERBS = frozenset({"set", "erect", "build", "put", "mount"})
ROADBLOCK_NOUNS = frozenset("roadblock roadblocks barricade barricades blockade blockades".split())
# Fire traded between forces: "exchanged fire with Afghan border guards", "traded gunfire".
FIRE_NOUNS = frozenset("fire gunfire shot shots".split())
# Bombs set off or planted (PLOVER ASSAULT): "Militants set off a car bomb", "planted a roadside bomb"; not "set
# off a debate", nor a bomb made safe ("Police defused the device").
BOMB_NOUNS = frozenset("bomb bombs explosive explosives grenade grenades mine mines ied ieds".split())
BOMBING_VERBS = frozenset({"detonate", "plant", "explode", "hurl"})
# Unrest a state of emergency is declared against: "declared a state of emergency ... after a wave of prison riots"
# (not "after the floods").
UNREST_NOUNS = frozenset("riot unrest protest demonstration clash violence uprising insurgency rebellion coup gang "
                         "strike attack".split())

# A ruling that something is against the law, and the verbs that give it: "Kenya's High Court declared the
# deployment unconstitutional", "The judge ruled the strike illegal" (a court's or an authority's ruling).
RULING_VERBS = frozenset("declare rule find deem hold".split())
UNLAWFUL_WORDS = frozenset("unconstitutional illegal unlawful invalid void".split())

# Votes a side forces on another: "forced a vote on a resolution", "force a recall election".
FORCED_VOTES = frozenset("vote votes election referendum recall debate".split())

# Permitting verbs whose denial keeps someone from acting: "would not allow female aid workers to return".
BARRING_VERBS = frozenset({"let", "allow", "permit"})
# Those an employer can lock out: "Canadian railway workers were locked out by the two biggest rail companies".
WORKFORCE_WORDS = frozenset("workers employees staff members players miners dockers dockworkers crew crews nurses "
                            "teachers drivers pilots".split())
# How war craft move to show force: "Chinese warships sailed near the Japanese-controlled islands".
CRAFT_MOVING_VERBS = frozenset("sail patrol fly enter circle cross".split())
# Words of mourning, which make a gathering no protest: "a vigil to mourn the dead", "a memorial service".
MOURNING_WORDS = frozenset("mourn memorial commemorate commemoration funeral remembrance".split())
# Arms launched at someone: "launched drones at a US base", "launched rockets into Israel".
LAUNCHED_ARMS = frozenset("missile missiles rocket rockets drone drones torpedo torpedoes".split())
# Camps and protests cleared by force: "French police cleared a migrant camp in Calais", "bulldozed the encampment".
CLEARING_VERBS = frozenset("clear dismantle raze bulldoze evict".split())
CLEARED_SITES = frozenset("camp camps encampment encampments sit-in blockade barricade barricades tent tents".split())
# A law turned on someone (PLOVER COERCE, in law): "Chile's government invoked a security law against truck
# drivers who blocked roads", "used anti-terror powers against the protesters".
INVOKED_LAWS = frozenset("law laws act statute decree power powers provision provisions legislation".split())
INVOKING_VERBS = frozenset({"invoke", "use", "apply", "wield"})
# What an inquiry finds someone did that accuses them (PLOVER ACCUSE): "A UN panel found that Eritrean troops
# committed war crimes in Tigray", "concluded that the company had breached sanctions".
FINDING_VERBS = frozenset({"find", "conclude", "determine", "establish"})
WRONGDOING_VERBS = frozenset("violate breach abuse torture mistreat discriminate".split())
COMMITTED_WRONGS = frozenset("crime crimes abuse abuses atrocity atrocities genocide violation violations fraud offence "
                             "offences offense offenses massacre massacres".split())
# A line forces cross into another's land, sea or sky (PLOVER MOBILIZE, CAMEO 15x, border violation): "North
# Korean soldiers crossed the border briefly", "Russian jets violated Estonian airspace".
INCURSION_VERBS = frozenset({"cross", "breach", "violate", "enter"})
BORDER_NOUNS = frozenset("border borders frontier boundary line airspace waters".split())
# Words or a warning painted on someone's property by campaigners (PLOVER PROTEST): "Greenpeace activists painted a
# warning on the hull of a tanker", "scrawled slogans on the embassy walls" (not "painted a mural in a playground").
PAINTING_VERBS = frozenset({"paint", "spray", "daub", "scrawl", "write"})
# What is written "on" a subject, not on a wall: "Students wrote essays on climate change".
WRITTEN_WORKS = frozenset("essay essays article articles book books paper papers report reports letter letters post "
                          "posts column columns story stories".split())
