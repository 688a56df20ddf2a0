"""Pressure on real sentences with the real model: triggers and kinds (parties and scope are in
test_pressure_parties.py).

Trigger rows check both sides: the word gets its class with its rule, and a different one
without it (so the row tests that rule and no other).
"""

from __future__ import annotations

import pytest

from briefing.analysis.patterns import construction_labels
from briefing.analysis.pressure import noun_rules, triggers


def _drop_row(monkeypatch, table: str, why: str) -> None:
    module = noun_rules if table == "NOUN_RULES" else triggers
    rows = getattr(module, table)
    kept = tuple(r for r in rows if not r[0].startswith(why))
    assert len(kept) == len(rows) - 1, f"no single row of {table} starts {why!r}"
    monkeypatch.setattr(module, table, kept)


def _drop_construction(monkeypatch, label: str) -> None:
    for table in ("CONSTRUCTION_CLASSES", "FALLBACK_CLASSES"):
        classes = getattr(triggers, table)
        if label in classes:
            monkeypatch.setattr(triggers, table, {k: v for k, v in classes.items() if k != label})
            return
    raise AssertionError(f"no construction {label}")


def _class_of(nlp, text: str, word: str) -> str | None:
    doc = nlp(text)
    labels = construction_labels(doc)
    tok = next(t for t in doc if t.text == word)
    found = labels.get(tok.i, set())
    return triggers.trigger_class(tok, found) or triggers.fallback_class(found)


# (sentence, trigger word, its class, the rule: "VERB_RULES:<why>", "NOUN_RULES:<why>", a construction
# label from constructions.py, or "obliges")
TRIGGERS = [
    ("The charged particles hit the detector.", "charged", None, "VERB_RULES:a participle used as an adjective"),
    ("Dock workers went on strike at the port of Antwerp.", "strike", "public", "NOUN_RULES:a stoppage"),
    ("The state offered little evidence that the app posed a threat to users' data.", "threat", None,
     "NOUN_RULES:a danger, not a threat made"),
    ("Turkey closed the museum to visitors on Monday.", "closed", None, "VERB_RULES:only the right object"),
    ("The prime minister promised to cut red tape for farmers.", "cut", None, "VERB_RULES:only the right object"),
    ("A man arrested in Paris last year was freed on Friday.", "arrested", None, "VERB_RULES:background, not an event"),
    ("The company insisted its products were safe.", "insisted", None, "VERB_RULES:an assertion"),
    ("Traffic was blocked for hours.", "blocked", None, "VERB_RULES:nothing cut"),
    ("Critics charge that the mayor lied about the budget.", "charge", "voice", "VERB_RULES:a charge in words"),
    ("She was sent to a centre, which the church calls a retreat but critics charge is a forced work camp.",
     "charge", "voice", "VERB_RULES:a charge in words"),  # no object: words, whatever the parse
    ("The senator repeated her call on Tuesday.", "call", None, "NOUN_RULES:a call or demand"),
    ("The goal came from a strike of luck in the last minute.", "strike", None,
     "NOUN_RULES:a show, not a protest: 'a demonstration of"),
    ("The demonstration took visitors through the old town.", "demonstration", None, "NOUN_RULES:a show, not a protest: 'the demonstration took"),
    ("Gallego spoke to reporters after a rally in Tucson.", "rally", None, "NOUN_RULES:a show, not a protest: 'the d"),
    ("Sales fell before the 2014 protests.", "protests", None, "NOUN_RULES:history"),
    ("She sat on the Security Council's sanctions committee for two years.", "sanctions", None,
     "NOUN_RULES:a body's remit or a camp"),
    ("Biden said a strike next month would devastate the economy.", "strike", None, "NOUN_RULES:a supposed act"),
    ("The two ministers clashed over the budget at a cabinet meeting.", "clashed", "voice",
     "VERB_RULES:a clash between officials"),
    ("Republicans rallied around him at a contentious confirmation hearing.", "rallied", None,
     "VERB_RULES:rallying around or behind someone"),
    ("Elissa Slotkin and Mike Rogers clashed over tariffs and abortion in their only debate.", "clashed", "voice",
     "VERB_RULES:a clash between officials"),
    ("The opposition leader accused the government of lying.", "opposition", None, "NOUN_RULES:a body's remit or a camp"),
    ("The court handed down its verdict on Friday.", "verdict", "verdict", "NOUN_RULES:only a court"),
    ("Rebel fighters blew up two bridges on the main road.", "blew", "military", "BLOW_UP"),
    ("The militants held the villagers as human shields.", "held", "military", "HOLD_CAPTIVE"),
    ("The rebel commanders vowed to fight until the capital falls.", "vowed", "threat", "VOW_TO_FIGHT"),
    ("Nurses at the city hospital stopped work on Tuesday.", "stopped", "public", "STOP_WORK"),
    ("The opposition leader called on the government to resign.", "called", "voice", "CALL_ON"),
    ("The mayor asked the minister to reopen the hospital.", "asked", "voice", "ASK_TO"),
    ("The newspaper's campaign forced the minister to resign.", "forced", "voice", "FORCE_TO"),
    ("The senator wore a dark suit to the hearing.", "suit", None, "NOUN_RULES:a case is in court only"),
    ("The governor ordered the National Guard to the border.", "ordered", "military", "VERB_RULES:troops ordered"),
    ("The committee will investigate ways to improve bus services.", "investigate", None,
     "VERB_RULES:looking into how to do something"),
    ("The team's coach blamed the loss on injuries.", "blamed", None, "VERB_RULES:a loss blamed on circumstances"),
    ("Israel forced Hamas into accepting the ceasefire terms.", "forced", "voice", "FORCE_TO"),
    ("A global social movement in support of the students grew quickly.", "movement", "public", "MOVEMENT"),
    ("The union will withdraw its members from the plant unless the company raises wages.", "withdraw", "threat",
     "UNLESS"),
    ("The strikers vowed to stay out until the company restores their pay.", "stay", "threat", "UNTIL"),
    ("Supporters burned effigies of the opposition leader in several cities.", "burned", "public", "BURN_SYMBOL"),
    ("The plan has drawn fire from the unions.", "fire", "voice", "UNDER_FIRE"),
    ("Angry residents set fire to the local police station.", "set", "coerce", "SET_FIRE"),
    ("China will take resolute and forceful measures to defend its sovereignty.", "take", "threat", "TAKE_MEASURES"),
    ("The lawyer made representations on behalf of his client.", "representations", None,
     "NOUN_RULES:representations are a state's complaint"),
    ("Striking doctors defied a government order.", "Striking", "public", "VERB_RULES:a strike by the people"),
    ("Activists chained themselves to the gates of the refinery.", "chained", "public", "CHAIN_SELF"),
    ("The minister said the company must pay the fine.", "said", "voice", "obliges"),
    ("Secretary of State Antony Blinken said the Houthis would face consequences.", "said", "threat",
     "FACE_CONSEQUENCES"),
    ("Mr. Trump's campaign said he would appeal.", "appeal", "lawsuit", "VERB_RULES:an appeal against a decision"),
    ("The president came under fire from his own party over the pardon.", "fire", "voice", "UNDER_FIRE"),
    ("The prime minister faces a confidence vote tabled by the opposition.", "vote", "voice", "NO_CONFIDENCE"),
    ("The government is failing to uphold basic rights, a rights group said.", "said", "voice", "obliges"),
    ("Councilwoman Tiffany Cabán said the mayor had lost the trust of New Yorkers and should step aside.", "said",
     "voice", "obliges"),  # the obliged clause joined to another
    ("The museum recalled the day it first opened.", "recalled", None, "VERB_RULES:only the right object"),
    ("A fire alert sounded in the building.", "alert", None, "NOUN_RULES:an alert is a notice"),
    ("Ahead of the summit, she spoke to Fiona Harvey about finance, protest and why rich countries must pay.",
     "protest", None, "NOUN_RULES:a topic someone speaks about"),
    ("Microsoft launched an aggressive campaign to persuade users to stop using the old browser.", "campaign",
     "public", "CAMPAIGN"),
    ("Residents started a campaign against the new airport runway.", "campaign", "public", "CAMPAIGN"),
    ('The bishop has called the sentence "dangerous" and "ideological".', "called", "voice", "CALL_IT_BAD"),
    ("The charity called the government's response a disgrace.", "called", "voice", "CALL_IT_BAD"),
    ("The health agency recommends that every country should iodise all edible salt.", "recommends", "voice",
     "obliges"),
    ("Human rights groups voiced concern over the treatment of detainees.", "voiced", "voice", "VOICE_CONCERN"),
    ("Turkey said it would not hesitate to use force against the militants.", "hesitate", "threat", "NOT_HESITATE"),
    ("The court declared the law unconstitutional.", "declared", "legal", "DECLARE_UNLAWFUL"),
    ("Gunmen on motorcycles opened fire on a market in northwestern Nigeria.", "opened", "coerce", "OPEN_FIRE"),
    ("Protesters overturned a police car.", "overturned", "coerce", "VERB_RULES:a vehicle overturned"),
    ("The Speaker stripped the congressman of his committee assignments over his remarks.", "stripped", "political",
     "VERB_RULES:a post stripped"),
    ("Union leaders said they would withhold endorsements from any candidate who backs the pension overhaul.",
     "withhold", "political", "VERB_RULES:backing withheld"),
    ("Senate Democrats forced a vote on a resolution to block arms sales to the Gulf monarchy.", "forced", "political",
     "FORCE_VOTE"),
    ("The chief executive was forced out by the board after a row over his pay.", "forced", "political",
     "FORCE_OUT"),  # an office-holder ousted
    ("Tenants at the tower block are withholding rent until the landlord fixes the broken lifts.", "withholding",
     "public", "VERB_RULES:rent withheld"),
    ("Ecuador's president declared a state of emergency in three provinces after a wave of prison riots.", "declared",
     "political", "DECLARE_EMERGENCY"),
    ("Protesters outside the Capitol chanted \"Hands off Medicaid\" as lawmakers arrived.", "chanted", "public",
     "CHANT_SLOGANS"),  # whatever campaigners chant
    ("The Serbian president said he would not take part in the talks unless Kosovo withdrew its police units.",
     "take", "threat", "UNLESS"),  # a refusal on a condition, though denied
    ("North and South Korean athletes marched together at the opening ceremony.", "marched", None,
     "VERB_RULES:a march at a celebration"),
    ("The U.S. ambassador was summoned to the foreign ministry in Pretoria.", "summoned", "diplomatic",
     "VERB_RULES:an envoy summoned"),  # passive
    ("Spain's Supreme Court rejected an appeal by a former minister against his conviction.", "appeal", "lawsuit",
     "NOUN_RULES:an appeal against a ruling"),
    ("The family made an appeal for calm.", "appeal", None, "NOUN_RULES:a wish for calm"),
    ("State Senator Jabari Brisport wrote that the governor was holding schools and hospitals hostage to score"
     " points.", "holding", "voice", "HOLD_CAPTIVE"),  # things held hostage are leverage, no captives
    ("Indian authorities cut mobile internet services across the state.", "cut", "political",
     "VERB_RULES:the internet cut or shut"),
    ("The company cut its broadband prices.", "cut", None, "VERB_RULES:only the right object"),  # no network cut
    ("The group would not allow female aid workers to return until the United Nations changed its position.",
     "allow", "threat", "NOT_ALLOW"),
    ("Ecuador broke off diplomatic relations with Mexico.", "broke", "diplomatic", "BREAK_OFF"),
    ("The army called up 10,000 reservists on Sunday.", "called", "military", "CALL_UP"),
    ("The committee called the chief executive to appear before MPs next week.", "called", "voice", "CALL_TO_TESTIFY"),
    ("Protesters want the prime minister to resign.", "want", "voice", "WANT_TO_YIELD"),
    ("Minnesota's governor activated the National Guard as protests spread.", "activated", "military", "CALL_UP"),
    ("The ruling party expelled two lawmakers who voted against the budget.", "expelled", "political",
     "VERB_RULES:members expelled by a party"),
    ("Students want Vucic to resign.", "want", "voice", "WANT_TO_YIELD"),
    ("The Royal College of Surgeons said the delay was \"deeply disappointing\".", "said", "voice", "SAY_IT_BAD"),
    ("He said he would call BT chief executive Allison Kirkby to give evidence.", "call", "voice", "CALL_TO_TESTIFY"),
    ("Moscow vowed to respond to the expulsion of its diplomats.", "vowed", "threat", "VOW_TO_FIGHT"),
    ("The two states cut ties after the raid.", "cut", "diplomatic", "VERB_RULES:ties or talks cut"),
    ("China summoned the U.S. ambassador over the arms sale.", "summoned", "diplomatic", "VERB_RULES:an envoy summoned"),
    ("Kenya banned imports of Ugandan sugar.", "banned", "economic", "VERB_RULES:trade with a named state"),
    ("Germany lodged a formal protest with Russia.", "protest", "voice", "NOUN_RULES:a complaint lodged"),
    ("The company took action to improve its service.", "action", None, "NOUN_RULES:action presses only"),
    ("The government issued a warning to motorists about ice.", "warning", None, "NOUN_RULES:a warning presses only"),
    ("Trump told supporters at a rally for his campaign in Ohio on Saturday that he would win.", "rally", None,
     "NOUN_RULES:a campaign event"),
    ("Hobbs made the remarks at a rally outside the Capitol.", "rally", None, "NOUN_RULES:a campaign event"),
    ("Bernie Moreno has leaned on the message at rallies.", "rallies", None,
     "NOUN_RULES:a campaign event"),  # a named person doing something at rallies
    ("Lagarde warned that U.S. tariffs posed a growing threat to the economy.", "warned", None,
     "VERB_RULES:a danger foreseen"),
    ("Scientists warned that the glacier was melting faster than expected.", "warned", None,
     "VERB_RULES:a danger foreseen"),  # nature, no one's doing
    ("The prime minister sacked his defence minister after the failed offensive.", "sacked", "political",
     "VERB_RULES:a person fired or suspended"),
    ("The company sacked 300 workers.", "sacked", None, "VERB_RULES:staff laid off"),
    ("No one in the room dared to speak.", "dared", None, "VERB_RULES:daring is a demand only of someone"),
    ("Gov. Katie Hobbs vetoed a bill that would have let parents challenge books in school libraries.", "challenge",
     None, "VERB_RULES:a power a law gives"),
    ("The law allows police to detain suspects for 48 hours without charge.", "detain", None,
     "VERB_RULES:a power a law gives"),
    ("Police searched the area for the missing girl.", "searched", None, "VERB_RULES:a search presses only"),
    ("We hope the government will investigate the accident.", "investigate", None, "VERB_RULES:an act hoped for"),
    ("\"I hope Congress holds hearings,\" she said.", "hearings", None, "NOUN_RULES:an act hoped for"),
    ("The president kept a firm hold on the party.", "hold", None, "NOUN_RULES:a hold presses only placed"),
    ("Protest organisers thanked police for their cooperation.", "Protest", None,
     "NOUN_RULES:a body's remit or a camp"),  # those who organise protests
    ("The school sent a notice of the meeting to parents.", "notice", None, "NOUN_RULES:a notice presses only served"),
    ("The campaign targeted suburban voters with ads.", "targeted", None, "VERB_RULES:only forces, attackers or states"),
    ("Investigators searched the wreckage of the plane.", "searched", None, "VERB_RULES:a search presses only"),
    ("Florida officials issued evacuation orders ahead of the hurricane.", "orders", None,
     "NOUN_RULES:an order presses only as armed forces"),
    ("\"If Ottawa wants to send the RCMP to arrest Albertans for heating their homes, let them try,\" she said.",
     "arrest", None, "VERB_RULES:a condition, not an act"),  # what the supposed one wants to do
    ("The sprinter toppled the world record.", "toppled", None, "VERB_RULES:only a ruler or a government"),
    ("Senate President Warren Petersen fired back on X, writing that the governor was wrong.", "fired", "voice",
     "VERB_RULES:a retort"),
    ("Thousands of dockworkers walked off the job at the port on Monday.", "walked", "public", "WALK_OFF"),
    ("The museum lets children in free of charge on Sundays.", "charge", None,
     "NOUN_RULES:charges are a prosecution only"),
    ("The family wanted the officers suspended while the inquiry was under way.", "suspended", None,
     "VERB_RULES:nothing cut"),
    ("In the case of Italy, the figures were better.", "case", None, "NOUN_RULES:a case is in court only"),
    ("The union struck a deal with the company.", "struck", None, "VERB_RULES:a deal struck"),
    ("Nurses at the hospital extended their strike on Monday.", "strike", "public", "NOUN_RULES:a stoppage"),
    ("Israeli warplanes struck targets across the Gaza Strip.", "struck", "military", "VERB_RULES:strikes on"),
    ("Rising prices are a challenge for families.", "challenge", None, "NOUN_RULES:a challenge is a case"),
    ("Google said it would appeal any penalty.", "appeal", "lawsuit", "VERB_RULES:an appeal against a decision"),
    ("Mali's junta ordered the French ambassador to leave the country.", "ordered", "diplomatic",
     "VERB_RULES:an envoy ordered out"),
    ("The African Union suspended Niger after the coup.", "suspended", "diplomatic", "VERB_RULES:a member state"),
    ("Students gathered outside the embassy, chanting slogans against the West.", "chanting", "public",
     "CHANT_SLOGANS"),
    ("Paxton vowed to take the fight to the Supreme Court.", "vowed", "threat", "VOW_TO_FIGHT_ON"),
    ("Residents have taken the city council to court over the closure.", "taken", "lawsuit", "TAKE_TO_COURT"),
    ("The group filed for a judicial review at the High Court.", "review", "lawsuit", "JUDICIAL_REVIEW"),
    ("Serbian police used tear gas against protesters outside parliament.", "used", "coerce", "USE_FORCE"),
    ("Police used water cannon to disperse the crowd.", "used", "coerce", "USE_FORCE"),
    ("Police used water cannon to push back protesters near the parliament.", "used", "coerce", "USE_FORCE"),
    ("Workers at the plant walked out for three days over wages.", "walked", "public", "WALK_OUT"),
    ("The delegation walked out of the talks on Monday.", "walked", "public", "WALK_OUT"),
    ("A spokesman rejected suggestions that the veto was political.", "rejected", None,
     "VERB_RULES:a claim denied"),
    ("The company said it respected the right to protest.", "protest", None, "VERB_RULES:a right, not an act"),
    ("The pipeline company filed for an emergency injunction in district court.", "injunction", "lawsuit",
     "NOUN_RULES:a ruling asked of a court"),
    ("The new rules would freeze construction across the city.", "freeze", None,
     "VERB_RULES:only the right object"),
    ("Poland summoned Minsk's charge d'affaires after the incident.", "summoned", "diplomatic",
     "VERB_RULES:an envoy summoned"),
    ("Benson accused her opponent of wanting to gut Medicare, seizing on a budget proposal.", "seizing", None,
     "VERB_RULES:seizing on something"),
    ("Senate Majority Leader John Thune visited the state last month to campaign for Kittredge.", "campaign", None,
     "VERB_RULES:campaigning for a candidate"),
    ("Kittredge's campaign dismissed the attack on Monday.", "dismissed", None, "VERB_RULES:a claim denied"),
    ("The delegation stormed out of the meeting.", "stormed", None, "VERB_RULES:storming off"),
    ("Pollard pleaded guilty in March to fraud by abuse of position.", "pleaded", None, "VERB_RULES:a plea in court"),
    ("China and Russia held joint naval exercises in the Sea of Japan.", "exercises", None,
     "NOUN_RULES:exercises are a show of force"),
    ("Turkey's president lashed out at Sweden on Tuesday.", "lashed", "voice", "HIT_OUT"),
    ("The court adjourned the proceedings until May.", "proceedings", None, "NOUN_RULES:proceedings press only"),
    ("Mali's junta suspended two French broadcasters on Monday.", "suspended", "political", "VERB_RULES:outlets suspended"),
    ("Iran's parliament speaker vowed retaliation for the strike on its consulate.", "vowed", "threat", "VOW_REVENGE"),
    ("North Korea said it was ready to use nuclear weapons if its sovereignty was violated.", "use", "threat",
     "READY_TO_USE_FORCE"),
    ("Thousands of Kenyans took to the streets of Nairobi to oppose a tax increase.", "took", "public",
     "TAKE_TO_STREETS"),
    ("The minister rejected the claim that the scheme had failed.", "claim", None,
     "NOUN_RULES:a claim is a case only against someone"),
    ("The nurses' union voted to strike next month if the hospital board refused to reopen talks.", "refused", None,
     "VERB_RULES:a condition, not an act"),
    ("The floods destroyed 300 homes in the valley.", "destroyed", None, "VERB_RULES:a force of nature"),
    ("The National Weather Service warned of flash flooding across the valley.", "warned", None,
     "VERB_RULES:a warning of weather"),
    ("The truck slammed into the barrier on the highway.", "slammed", None, "VERB_RULES:a collision"),
    ("In Lake Charles, some residents refused to leave.", "refused", None, "VERB_RULES:staying put"),
    ("The president threatened to fire the central bank governor.", "fire", "political",
     "VERB_RULES:a person fired"),
    ("The senator said he fires the people who keep this country running.", "fires", None,
     "VERB_RULES:staff laid off"),
    ("Nimbus charged customers a toll to cross the bridge.", "charged", None, "VERB_RULES:a price"),
    ("A federal judge held the company in contempt for ignoring the order.", "held", "legal", "HOLD_IN_CONTEMPT"),
    ("The president ordered troops to the border on Friday.", "ordered", "military", "VERB_RULES:troops ordered"),
    ("The protesters held signs reading \"Audit the Pentagon\".", "held", "public", "HOLD_SIGNS"),
    ("President Donald Trump renewed his attacks on Federal Reserve Chair Jerome Powell.", "attacks", "voice",
     "NOUN_RULES:attacks by one person"),
    ("President Trump attacked Jerome Powell again on Monday.", "attacked", "voice", "VERB_RULES:one person attacking"),
    ("The United States designated the group a foreign terrorist organization.", "designated", "legal",
     "DESIGNATE_TERRORIST"),
    ("Passengers boarded the ferry in Dover.", "boarded", None, "VERB_RULES:boarding presses only"),
    ("Gov. Greg Abbott vowed to take the case to the Supreme Court.", "take", "lawsuit", "TAKE_TO_COURT"),  # a name
    ("Whitaker had called on all three presidents to step down.", "called", "voice", "CALL_ON"),  # "on" a particle
    ("Council member Ray Dominguez has called for the mayor to declare an emergency.", "called", "voice",
     "CALL_ON"),  # "for" parsed as the mark of the act asked for
    ("Whitaker had called on all three university presidents who testified to step down.", "called", "voice",
     "CALL_ON"),  # the act asked for hung on the relative clause
    ("Japan's main opposition party said the government had lost the public's trust.", "opposition", None,
     "NOUN_RULES:a body's remit or a camp"),  # a party's camp, whoever owns the party
    ("The members voted for strikes before the election.", "strikes", "public", "NOUN_RULES:a stoppage"),
    ("The lawyer said she would see the council in court.", "see", "lawsuit", "SEE_IN_COURT"),
    ("The African Union gave the military 15 days to return to their barracks.", "gave", "threat", "GIVE_DEADLINE"),
    ("Israel gave Hamas until Saturday to release the hostages.", "gave", "threat", "GIVE_DEADLINE"),
    ("The court gave the company a week to comply.", "gave", "threat", "GIVE_DEADLINE"),  # the act on the time
    ("Cole had rejected a request to pull back riot units.", "riot", None, "NOUN_RULES:police and gear named for riots"),
    ("Mali's military government, which seized power in a 2021 coup, has expelled French troops.", "seized", None,
     "VERB_RULES:background, not this story:"),
    ("The company withheld evidence from the court.", "withheld", None, "VERB_RULES:only the right object"),
    ("Activists splashed paint on the headquarters of the oil company.", "splashed", "coerce", "THROW_MISSILE"),
    ("Youths threw stones at police in the capital.", "threw", "coerce", "THROW_MISSILE"),
    ("Lawyers for the families filed a complaint with the International Criminal Court.", "complaint", "lawsuit",
     "NOUN_RULES:a court complaint is a case"),
    ("The secretary of state's office has 30 days to check the petitions.", "petitions", None,
     "NOUN_RULES:a petition examined is a document"),
    ("The DJ blasted music all night.", "blasted", None, "VERB_RULES:blasting words take someone"),
    ("Peru's Congress voted to remove President Pedro Castillo from office.", "remove", "political",
     "VERB_RULES:a person fired or suspended"),
    ("Labour has suspended the MP for Hartlepool East after leaked messages.", "suspended", "political",
     "VERB_RULES:a person fired or suspended"),
    ("\"Congress, not the president, has the power to tax,\" Paul said.", "tax", None,
     "VERB_RULES:a power held is no act"),
    ("The government voted to restrict women's rights.", "restrict", "political",
     "VERB_RULES:rights restricted are politics"),
    ("Canada retaliated with tariffs on American whiskey.", "retaliated", "economic",
     "VERB_RULES:striking back with trade"),
    ("\"This is a cynical attack on working families,\" she said.", "attack", None,
     "NOUN_RULES:an attack only words make"),
    ("The senator called the bill an attack on democracy.", "attack", None, "NOUN_RULES:an attack only words make"),
    ("Workers removed the debris from the road.", "removed", None, "VERB_RULES:staff laid off are no one pressed"),
    ("The Met Office warned of further disruption to roads and railways.", "warned", None,
     "VERB_RULES:a warning of weather or disaster"),
    ("The spending deal the speaker struck with Senate Democrats passed.", "struck", None,
     "VERB_RULES:a deal struck is an agreement"),  # the deal the relative clause is on
    ("The senator campaigned in Iowa on Tuesday.", "campaigned", None, "VERB_RULES:campaigning on a record or in a place"),
    ("Senator Rand Paul went further, introducing a resolution that would end the national emergency the president"
     " declared.", "introducing", "voice", "MOVE_TO_UNDO"),
    ("Democrats introduced a bill to block the tariffs.", "introduced", "voice", "MOVE_TO_UNDO"),
    ("The minister said the decision was wrong.", "said", "voice", "SAY_IT_BAD"),
    ("The government had put the region on \"maximum alert\" and sent medicines.", "alert", None,
     "NOUN_RULES:an alert is a notice"),  # a place on alert against an outbreak, no forces
    ("India's main opposition Congress party won a decisive victory in Karnataka on Saturday.", "opposition", None,
     "NOUN_RULES:'the opposition' as a camp"),
    ("Amnesty said the arrests were a disgrace.", "said", "voice", "SAY_IT_BAD"),
    ("A group of parents launched a recall campaign Thursday against three school board members.", "campaign",
     "public", "CAMPAIGN"),  # "against" on the launching verb
    ("A growing number of Senate Republicans are breaking with President Trump over his plan.", "breaking", "voice",
     "BREAK_WITH"),    ("Two Conservative MPs broke ranks on Tuesday, calling the bill unworkable.", "broke", "voice",
     "BREAK_WITH"),  # one's own side dissenting in public
    ("Rep. Ayanna Pressley posted on X that the governor's plan was lazy.", "posted", "voice",
     "SAY_IT_BAD"),  # what is posted of someone's act condemns it
    ("Russian hackers breached the email systems of the foreign ministry.", "breached", "military",
     "BREAK_IN"),  # a break-in to computers
    ("Nuclear inspectors arrived at the Zaporizhzhia plant on Thursday.", "arrived", "legal",
     "INSPECTORS_ARRIVE"),  # an inspection under way
    ("Lawyers for 300 plaintiffs said they would take their cases to trial.", "take", "lawsuit",
     "TAKE_TO_COURT"),  # a trial is a court
    ("Air defences shot down 12 drones over the capital.", "shot", "military", "SHOOT_DOWN"),  # craft downed
    ("Protesters dumped potatoes outside the agriculture ministry.", "dumped", "public",
     "DUMP_OUTSIDE"),  # produce dumped at a building's door
    ("The president inspected the new border fence on Monday.", "inspected", None,
     "VERB_RULES:a leader come to look"),  # a visit, no inspection
    ("The coalition partner pulled out of the government on Friday.", "pulled", "voice",
     "PULL_OUT"),  # a partner quitting to press the others
    ("Israel withdrew from the talks in Doha.", "withdrew", "voice", "PULL_OUT"),  # talks left, no envoy
    ("Russia quit the grain deal in July.", "quit", "voice", "PULL_OUT"),  # an arrangement left
    ("A federal judge dismissed the case for lack of standing.", "dismissed", None,
     "VERB_RULES:a claim denied"),  # a case thrown out presses no one
    ("The bar association said lawyers would stop work for a month.", "stop", "public",
     "STOP_WORK"),  # "work" parsed as a verb
    ("We will support any member disciplined for refusing to cross a picket line.", "picket", None,
     "NOUN_RULES:a picket line crossed"),  # the line, no picket formed
    ("The council has spent millions on agency staff to try to break the strike.", "strike", None,
     "NOUN_RULES:a protest ended or averted"),  # the strikers' act, not the council's
    ("The government has deployed army logistics planners to help the council clear the backlog.", "deployed", None,
     "VERB_RULES:forces sent to help"),  # aid, not a show of force
    ("More than 120 Labour MPs signed an amendment that would kill his plans to cut benefits.", "signed", "voice",
     "MOVE_TO_UNDO"),  # backing a text that would undo another's act
    ("Argentina's president vowed to shut down the state news agency.", "shut", "political",
     "VERB_RULES:outlets suspended, banned or shut"),  # a body shut
    ("Hackers claiming ties to Russia leaked emails from the campaign.", "leaked", "military",
     "HACK_AND_LEAK"),  # papers stolen and leaked as an attack
    ("Residents chased the mining company's surveyors out of the village.", "chased", "coerce",
     "DRIVE_OUT"),  # people driven out of a place
    ('Randi Weingarten called the freeze "a cruel attack on kids".', "called", "voice",
     "CALL_IT_BAD"),  # a name made bad by its adjective
    ('Randi Weingarten called the freeze "a cruel attack on kids".', "attack", None,
     "NOUN_RULES:an attack only words make"),  # the name given, no attack made
    ("Tenants' groups say the council has been too slow to deal with damp.", "say", "voice",
     "SAY_IT_BAD"),  # a body found wanting
    ("Greenpeace activists scaled the roof of the prime minister's house.", "scaled", "public",
     "SCALE_BUILDING"),  # a climb as protest
    ("The United States placed three Chinese firms on its trade blacklist.", "placed", "economic",
     "BLACKLIST"),  # put on a blacklist
    ("The Commerce Department added the company to its entity list.", "added", "economic",
     "BLACKLIST"),  # a list named for sanctions
    ("The watchdog referred the company to prosecutors.", "referred", "legal", "REFER_TO_LAW"),
    ("Moscow declared two Estonian diplomats persona non grata.", "declared", "diplomatic",
     "DECLARE_UNWELCOME"),  # envoys declared unwelcome are expelled
    ("Shareholders voted against the chief executive's pay package.", "voted", "voice",
     "VOTE_AGAINST"),  # a vote cast against someone's act
    ("The goalkeeper intercepted the pass.", "intercepted", None,
     "VERB_RULES:only forces, police or states intercept anyone"),  # sport
    ("The crew shot scenes at the port.", "shot", None, "VERB_RULES:a shot presses only people"),  # a film
    ("Thousands of Georgians formed a human chain across Tbilisi.", "formed", "public", "HUMAN_CHAIN"),
    ("Villagers set up roadblocks to stop logging trucks from entering the forest.", "set", "coerce",
     "SET_UP_ROADBLOCKS"),  # a road blocked, its kind by who blocks it
    ("Pakistani troops exchanged fire with Afghan border guards.", "exchanged", "military", "EXCHANGE_FIRE"),
    ("Militants set off a car bomb outside the police headquarters.", "set", "military", "SET_OFF_BOMB"),
    ("Insurgents planted a roadside bomb near the convoy.", "planted", "military", "SET_OFF_BOMB"),
    ("The Kremlin labelled the newspaper a foreign agent.", "labelled", "legal",
     "DESIGNATE_TERRORIST"),  # a label that silences a critic
    ("A Moscow court declared the foundation extremist.", "declared", "legal", "DESIGNATE_TERRORIST"),
    ("He grilled the steaks on the barbecue.", "grilled", None, "VERB_RULES:only people are grilled"),
    ("The project overran its budget by 20%.", "overran", None, "VERB_RULES:only forces overrun anyone"),
    ("The king dissolved parliament ahead of the election.", "dissolved", None,
     "VERB_RULES:only the right object"),  # routine, no body silenced
    ("The hospital changed its admission procedure.", "procedure", None,
     "NOUN_RULES:proceedings press only against someone"),  # a way of doing things
    ("The council approved a ban on smoking in parks.", "ban", None, "NOUN_RULES:a ban presses only someone"),
    ("Environmental campaigners took the Dutch government to court over its failure to cut emissions.", "took",
     "lawsuit", "TAKE_TO_COURT"),  # the parser's "to court" read as a verb
    ("Protesters interrupted the senator's speech, chanting \"Ceasefire now\".", "interrupted", "public", "DISRUPT"),
    ("Denmark's intelligence service published its annual threat assessment.", "threat", None,
     "NOUN_RULES:a threat named as a measure"),
    ("Protesters plan to gather outside County Hall before the cabinet meeting.", "gather", "public", "GATHER"),
    ("Thousands of protesters gathered outside the parliament building.", "gathered", "public", "GATHER"),
    ("Residents gathered outside the town hall on Monday.", "gathered", "public", "GATHER"),  # outside a seat
    ("\"If they vote to strike, we will walk out,\" she said.", "walk", "public", "WALK_OUT"),  # a union's "we"
    ("The French government invoked a special power to push the budget through without a vote.", "push", "political",
     "FORCE_THROUGH"),  # a law forced past a parliament
    ("The government rammed the bill through parliament.", "rammed", "political",
     "VERB_RULES:a bill rammed through"),  # no vessel rammed
    ("The agency launched an awareness campaign for schoolchildren.", "campaign", None, "_informing"),
    ("Germany's far-right party was placed under surveillance by the domestic intelligence service.", "placed",
     "legal", "PUT_UNDER"),
    ("Uber drivers logged off the app for 24 hours in a dispute over pay.", "logged", "public", "IN_DISPUTE"),
    ("Johnson kept the House out of session for a third week, a move Democrats called an abdication.", "called",
     "voice", "CALL_IT_BAD"),  # the name, the relative clause's only object
    ("Russia said it was ready to respond with \"military-technical measures\" if NATO deployed missiles.",
     "respond", "threat", "READY_TO_USE_FORCE"),  # a threat put as readiness
    ("Rescuers launched an operation to free the trapped miners.", "operation", None,
     "NOUN_RULES:an operation presses only against someone"),
    ("New Zealand's parliament passed a law banning smoking for future generations.", "banning", None,
     "VERB_RULES:a habit banned presses no one"),
    ("Turkey's central bank was ordered by the president to cut interest rates.", "ordered", "voice",
     "VERB_RULES:a ruler's order to act"),  # a demand; only a court's order is law
    ("The Kenyan president fired his entire cabinet after weeks of protests.", "fired", "political",
     "VERB_RULES:a person fired or suspended"),  # dismissed, no shots
    ("Pakistan's army chief vowed a forceful response to any Indian aggression.", "vowed", "threat",
     "VOW_REVENGE"),  # a response vowed with resolve
    ("Canadian railway workers were locked out by the two biggest rail companies.", "locked", "economic",
     "LOCK_OUT"),  # an employer's stoppage
    ("Residents said they would go to court if the council approved the landfill.", "go", "lawsuit", "GO_TO_COURT"),
    ("\"They are destroying a way of life,\" said Mark Smith.", "destroying", None,
     "VERB_RULES:a person destroyed or crushed"),  # ruin in words
    ("Indonesia's anti-graft agency named a former trade minister as a suspect in a sugar import case.", "named",
     "legal", "NAME_SUSPECT"),
    ("The council cancelled the meeting.", "cancelled", None, "VERB_RULES:cancelling presses only papers"),
    ("\"Protest is not a crime,\" its director said.", "Protest", None, "NOUN_RULES:an act named in general"),
    ("Striking dock workers in Antwerp prevented ships from unloading for a third day.", "prevented", "coerce",
     "PREVENT_FROM"),
    ("The European Parliament voted to lift the immunity of two Greek lawmakers.", "lift", "legal", "LIFT_IMMUNITY"),
    ("If the freeze is not lifted, we will ballot every member in the country.", "ballot", "threat",
     "UNLESS"),  # "if not" a concession, as "unless"
    ("Patients' groups worry about the impact of a strike.", "strike", None,
     "NOUN_RULES:an act spoken of as a possibility"),
    ("I don't think the union will call a strike.", "strike", None, "NOUN_RULES:an act hoped for"),  # doubted
    ("A group of hackers leaked the personal data of thousands of Israeli soldiers.", "leaked", "military",
     "HACK_AND_LEAK"),  # hackers named as a group
    ("The Serbian president said the army would be ready to intervene in Kosovo if Serbs were attacked.", "intervene",
     "threat", "READY_TO_USE_FORCE"),  # readiness to intervene in a state
    ("He was charged with assault after the fight.", "assault", None, "NOUN_RULES:an assault is armed only on"),
    ("Chinese warships sailed near the Japanese-controlled islands for a record number of days.", "sailed",
     "military", "SHOW_OF_FORCE"),
    ("The teachers' union said its members would not return to classrooms until their safety was guaranteed.",
     "return", "threat", "UNTIL"),  # until a concession, in the passive
    ("Iraqi militias launched drones at a US base in Syria.", "launched", "military", "LAUNCH_AT"),
    ("Protesters in Tbilisi gathered for a candlelight vigil in memory of the victims of a fire.", "vigil", None,
     "NOUN_RULES:a vigil or a gathering to mourn"),
    ("Protesters in Tbilisi threw fireworks at police outside parliament.", "threw", "coerce", "THROW_MISSILE"),
    ("Indian farmers burned copies of the new farm laws in Punjab.", "burned", "public", "BURN_SYMBOL"),
    ("French police cleared a migrant camp in Calais at dawn.", "cleared", "legal", "CLEAR_CAMP"),  # only an authority
    ("The US State Department designated the Houthis a terrorist organisation.", "designated", "legal",
     "DESIGNATE_TERRORIST"),  # the label set beside the name
    ("The Kremlin labelled a prominent journalist a foreign agent.", "labelled", "legal",
     "DESIGNATE_TERRORIST"),  # a silencing label set beside the name
    ("Hungary branded the charity a foreign agent.", "branded", "legal", "DESIGNATE_TERRORIST"),  # as its object
    ("Russia labelled the human rights group an extremist organisation.", "labelled", "legal",
     "DESIGNATE_TERRORIST"),  # the label's own word marks it
    ("The company executed the plan on time.", "executed", None, "VERB_RULES:executing presses only people"),
    ("\"They executed my son over a taillight,\" his mother said.", "executed", None,
     "VERB_RULES:executing presses only people"),  # no state named
]


@pytest.mark.parametrize(("text", "word", "expected", "rule"), TRIGGERS, ids=[r[3][:40] for r in TRIGGERS])
def test_each_trigger_rule(nlp, monkeypatch, text, word, expected, rule):
    assert _class_of(nlp, text, word) == expected
    if rule == "obliges":
        monkeypatch.setattr(triggers, "OBLIGING_SPEECH", frozenset())
    elif rule.startswith("_"):
        monkeypatch.setattr(triggers, rule, lambda tok: False)  # a check on one construction, switched off
    elif ":" in rule:
        _drop_row(monkeypatch, *rule.split(":", 1))
    else:
        _drop_construction(monkeypatch, rule)
    assert _class_of(nlp, text, word) != expected, f"{rule} is not what decides {word!r}"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The ministry imposed tariffs on imported steel.", "imposed", "economic"),
    ("The U.S. Senate voted 52-48 to overturn the president's emergency declaration.", "overturn",
     "voice"),  # undone by vote, as an override is
    ("The city council voted to withhold the police department's overtime budget until it adopts new rules.",
     "withhold", "economic"),  # a budget is money kept back
    ("Investors revolted over the chief executive's pay.", "revolted", "voice"),  # a revolt of shareholders
    ("The opposition leader dared the prime minister to call an early election.", "dared", "voice"),
    ("He said he would try to topple Prime Minister Justin Trudeau's minority government.", "topple", "political"),
    ("\"Democrats are holding the government hostage to a partisan wish list,\" Thune said.", "holding",
     "voice"),  # a hostage to demands is a figure for leverage
    ("Gunmen held the workers hostage for three days.", "held", "military"),
    ("The FBI searched the home of the former national security adviser.", "searched", "legal"),
    ("The senator placed a hold on the nominee.", "hold", "political"),
    ("The company also faces a separate claim from the family of a man who died.", "claim", "lawsuit"),
    ("The coach called the players to give them the news.", "called", None),  # no evidence given
    ("The company said its sales were disappointing.", "said", None),  # an outcome, no one's decision
    ("I want my son to come home.", "want", None),  # a wish, no one in office asked to give way
    ("Trump wrote that Vance would destroy him on Tuesday.", "destroy", None),  # beaten in a debate, no blow
    ("Ukrainian forces destroyed two Russian tanks near Bakhmut.", "destroyed", "military"),
    ("The two running mates sharpened their attacks a day before their only debate.", "attacks", "voice"),
    ("Rebels intensified their attacks on the city.", "attacks", "military"),
    ("The company activated its emergency plan.", "activated", None),
    ("Norway expelled three diplomats of the embassy on Friday.", "expelled", "diplomatic"),
    ("Fans want the club to return to its old stadium.", "want", None),
    ("The coach said the result was disappointing.", "said", None),
    ("The council served an enforcement notice on the landlord.", "notice", "legal"),
    ("Hackers linked to Iran targeted the campaign's email accounts.", "targeted", "military"),
    ("Russian missiles targeted energy infrastructure overnight.", "targeted", "military"),
    ("Police searched the party's headquarters.", "searched", "legal"),
    ("The Israeli military issued evacuation orders for eastern Khan Younis ahead of an assault.", "orders",
     "military"),
    ("Democrats would force a vote if Republicans continued to block a voting rights bill.", "block",
     "coerce"),  # what they go on doing is done, whatever the "if"
    ("The company broke with tradition and moved its meeting.", "broke", None),  # a split with no one named
    ("The mayor said we were wrong to wait.", "said", None),  # one's own mistake condemns no one else
    ("The minister said inflation should fall next year.", "said", None),  # no one is told to do anything
    ("The minister said farmers would face higher costs.", "said", None),  # a cost foreseen, not threatened
    ("The union said employers must raise wages.", "said", "voice"),  # people named by what they do
    ("The court imposed a curfew on the city.", "imposed", "legal"),
    ("Police charged the mayor with fraud.", "charged", "legal"),
    ("The government cut funding to the schools.", "cut", "economic"),
    ("The company insisted on a recount.", "insisted", "voice"),
    ("Students staged a demonstration against the law.", "demonstration", "public"),
    ("The senator repeated her call for an inquiry on Tuesday.", "call", "voice"),
    ("Washington recalled its ambassador from Moscow.", "recalled", "diplomatic"),
    ("China severed diplomatic ties with the island.", "severed", "diplomatic"),
    ("The United Nations dispatched inspectors to the nuclear site.", "dispatched", "legal"),
    ("The government sent troops to the border region.", "sent", "military"),
    ("A federal judge struck down the state's abortion ban on Friday.", "struck", "legal"),
    ("The government revoked the licence of an independent television station.", "revoked", "legal"),
    ("Opposition supporters torched a police vehicle after the results were announced.", "torched", "coerce"),
    ("The prosecutor's office opened a criminal case against the former defence minister.", "case", "lawsuit"),
    ("The law was largely struck down by the Supreme Court.", "struck", "legal"),
    ("The air force scrambled two jets after the incursion.", "scrambled", "military"),
    ("Officials scrambled to contain the damage.", "scrambled", None),  # in haste, nothing sent
    ("The army put its troops on high alert along the border.", "alert", "military"),
    ("Serbia put its army on the highest state of combat readiness.", "readiness", "military"),
    ("He expressed readiness to negotiate with the rebels.", "readiness", None),  # a willingness
    ("The senator said he was disappointed with the agency's decision.", "disappointed", "voice"),
    ("The company sued the city over the new tax.", "sued", "lawsuit"),
    ("His mother pleaded with him to come home.", "pleaded", "voice"),
    ("The council complained to the ministry about the cuts.", "complained", "voice"),
    ("The company used force to open the gate.", "used", None),  # no one forced
    ("She walked out of the room to answer the phone.", "walked", None),  # no protest
    ("Pope Francis visited Mongolia and called for peace and dialogue.", "called", None),  # a wish, not a demand
    ("Peru's congress voted to impeach the president for moral incapacity.", "impeach", "political"),
    ("Opposition lawmakers staged a sit-in inside the legislature.", "sit", "public"),  # "sit - in"
    ("Mexico extradited the man at Washington's request.", "request", None),  # the reason for an act
    ("The union said it would ballot members on strike action.", "strike", None),  # the action is the trigger
    ("The governor called the state \"ground zero\" for the election.", "called", None),  # a name for it
    ("The union called for a strike at the port.", "strike", "public"),  # a stoppage, not a blow
    ("The unions called a ninth day of nationwide strikes and protests.", "strikes", "public"),  # plural stoppages
    ("Israel carried out strikes and raids across Gaza.", "strikes", "military"),  # blows, beside raids
    ("Israel launched a strike on a weapons depot.", "strike", "military"),  # a state strikes with arms
    ("The air strikes killed twelve people in the town.", "strikes", "military"),
    ("The European Union froze the assets of three officials.", "froze", "economic"),  # what a state freezes
    ("Opposition leaders rejected the government's demand to end the strike.", "rejected", "voice"),  # a demand
    ("The navy imposed a blockade on the port.", "imposed", "coerce"),  # who blockades decides
    ("Activists joined the blockade on Thursday morning.", "blockade", "coerce"),
    ("Troops seized the airport on Monday.", "seized", "military"),  # a place taken
    ("The newspaper campaigned for his release.", "campaigned", "public"),  # a cause, not a candidate
    ("Several city council members joined teachers on the picket line.", "picket", "public"),
    ("Dock workers threatened a nationwide stoppage over automation.", "stoppage", "public"),  # a strike
    ("The march, led by an alliance of farm unions, reached the capital.", "march", "public"),  # who leads it
    ("The march, led by the mayor, went down Main Street.", "march", None),  # a parade
    ("The museum will stay open until the mayor arrives.", "stay", None),  # only a time
    ("Germany froze arms exports to the kingdom.", "froze", "economic"),  # trade stopped
    ("The World Bank froze lending to the country after the law passed.", "froze", "economic"),  # credit stopped
    ("Banks cut lending rates again.", "cut", None),  # a price, not credit withheld
    ("China conducted live-fire drills near the island after the visit.", "drills", "military"),  # "near" on the verb
    ("The lawmakers threatened to force a vote to remove the speaker.", "force", "political"),  # a vote forced on the
    # floor (FORCE_VOTE), though no one is made to act (FORCE_TO); under the threat it is no item of its own
    ("Rioters burned a police car.", "burned", None),  # damage, no symbol
    ("Chinese coast guard ships rammed a Philippine supply vessel.", "rammed", "coerce"),  # who rams decides
    ("The parliament voted to strip two lawmakers of their immunity.", "strip", "legal"),  # a penalty taken away
    ("The workers stripped the paint off the walls.", "stripped", None),  # no penalty
    ("Striking images of the flood spread online.", "Striking", None),  # no one on strike
    ("The doctors defied a government order to return to work.", "defied", "voice"),  # a refusal
    ("China has lodged stern representations with the U.S. side.", "representations", "diplomatic"),  # lodged
    ("The company took measures to cut costs.", "took", None),  # no resolve, no threat
    ("Haitian gangs stormed a prison in Port-au-Prince overnight.", "stormed", "military"),
    ("The European Commission opened formal proceedings against TikTok.", "proceedings", "lawsuit"),
    ("Farmers pelted the European Parliament with eggs.", "pelted", "public"),
    ("Beijing slapped anti-dumping duties on French brandy.", "slapped", "economic"),  # laid on, as imposed
    ("China staged large-scale military drills around Taiwan.", "drills", "military"),  # at someone's door
    ("Pakistan's election commission disqualified the former prime minister.", "disqualified", "legal"),
    ("Officials said the protests could spread to other cities.", "protests", "public"),  # a modal on happening
    ("Russia withdrew its ambassador from Lithuania.", "withdrew", "diplomatic"),  # as recalled
    ("Thousands of protesters clashed with riot police outside parliament.", "clashed", "coerce"),  # not "riot"
    ("The donor said he would rescind a $100 million gift.", "rescind", "economic"),  # money taken back
    ("Major donors threatened to withhold millions of dollars from the school.", "withhold", "economic"),
    ("The police union said it would file a grievance.", "grievance", "voice"),  # a formal complaint
    ("The army fired back at the rebels.", "fired", "military"),  # a force fires back with arms
    ("The artist splashed paint across the canvas.", "splashed", None),  # thrown at no one, by no campaigner
    ("The couple threw a party for their daughter.", "threw", None),  # nothing thrown at anyone
    ("Gunmen ambushed a police convoy in the north.", "ambushed", "military"),  # an attack lying in wait
    ("The residents filed a complaint with the city council.", "complaint", "voice"),  # no court: words
    ("A campaign to recall the governor gathered 220,000 signatures.", "campaign", "public"),  # to remove her
    ("The senator blasted the administration's handling of the border.", "blasted", "voice"),  # someone's act
    ("Critics blasted the decision.", "blasted", "voice"),
    ("Activists campaigned against the pipeline in Iowa.", "campaigned", "public"),  # against something
    ("Several senators were furious that Whitfield had aired the party's disagreements.", "furious",
     "voice"),  # a feeling said of a named person's act
    ("Residents were furious that the heating had failed again.", "furious", None),  # no one's act
    ("The government suspended the broadcasts of two French news outlets.", "suspended",
     "political"),  # outlets silenced, named after "of"
    ("The firm said it had breached the agreement.", "breached", None),  # a rule broken, no one's machines
    ("Election observers arrived in the capital on Sunday.", "arrived", None),  # observers only watch
    ("Senate Republicans shot down the proposal.", "shot", None),  # words rejected, no craft
    ("The minister left the government in 2019 to join a bank.", "left", None),  # a career move
    ("The company shut down its factory in Ohio.", "shut", None),  # a plant closed, no one silenced
    ("The company shut down its website for maintenance.", "shut", None),  # its own outlet, no one silenced
    ("The parliament restricted the use of mobile phones in schools.", "restricted", None),  # a rule, no one pressed
    ("Washington restricted exports of advanced chips to China.", "restricted", "economic"),  # trade
    ("The chief said the officers perceived a threat when he reached toward the console.", "threat",
     None),  # a danger seen, no threat made
    ("The president deployed the army to support the police.", "deployed", "military"),  # force still, helping force
    ("Britain recalled its ambassador from Moscow.", "recalled", "diplomatic"),  # an envoy, still the verb's
    ("Inspectors from the agency inspected the dam.", "inspected", "legal"),  # an inspection
    ("The minister said the banks need to pass on the rate cut.", "said", "voice"),  # "need to", of someone named
    ("Officials said the economy needs to grow faster.", "said", None),  # a hope, no one told
    ("Residents said they had to leave their homes.", "said", None),  # a hardship, not a demand
    ("\"My son needs to be in school,\" said Maria Lopez.", "said", None),  # the speaker's own son, no one pressed
    ("Coe said clean athletes need to know that the rules are enforced.", "said", None),  # reassurance owed
    ("The minister said farmers have to plan for a drier climate.", "said", None),  # advice to the public
    ("Armenia froze its participation in the Russian-led security bloc.", "froze", "diplomatic"),  # membership
    ("The governor said the state needs to attract more investment.", "said", None),  # an aim for a place
    ("The mayor told the transit board they need to raise driver pay.", "told", "voice"),  # "they": the body told
    ("The coach told reporters he needs to rest his players.", "told", None),  # the press hears; "he" is the coach
    ("The union said members were furious that management had cancelled the pay talks.", "furious",
     "voice"),  # the employers' act
    ("The opposition leader posted on X that the election result was a fraud.", "posted", "voice"),  # condemned
    ("The National Farmers' Federation called for the code to be made mandatory.", "called",
     "voice"),  # the thing asked for as the passive's subject
    ("Senate Democrats overrode the mayor's veto.", "overrode", "voice"),  # a veto defeated (CAMEO reject)
    ("State lawmakers overrode the governor's veto of the budget.", "overrode", "voice"),  # tagged a present,
    # left unlemmatised: an irregular past read by its form
    ("The EU froze 1.5 billion euros in funds for Hungary.", "froze", "economic"),  # a sum "in" funds is funds
    ("The government withheld 200 million pounds in aid from the council.", "withheld", "economic"),
    ("The club froze ticket prices for the season.", "froze", None),  # prices, no money kept back
    ("He drove the car out of the garage.", "drove", None),  # a thing, no one driven out
    ("Rising costs were driving companies out of Germany.", "driving", None),  # no one drives them
    ("A whistleblower leaked the memo to reporters.", "leaked", None),  # a leak, no attack
    ("The administration is holding our children's education hostage to score political points.", "holding",
     "voice"),  # someone's thing held hostage is leverage
    ("Hamas is holding the soldier hostage in Gaza.", "holding", "military"),  # a person is a captive
    ("Unions staged a 24-hour general strike against the austerity drive.", "strike", "public"),  # a stoppage
    ("The federation brought the country to a standstill with a 24-hour general strike against President Javier"
     " Milei's austerity drive.", "strike", "public"),  # a stoppage marked as one, whatever it is against
    ("Israel carried out a strike against Hezbollah commanders in Beirut.", "strike", "military"),
    ("She said the water was too cold.", "said", None),  # a thing, no one found wanting
    ("We were too slow, the coach said.", "said", None),  # the speaker's own side
    ("Climbers scaled the peak on Sunday.", "scaled", None),  # sport, no protest
    ("The school added two languages to its list of subjects.", "added", None),  # no blacklist
    ("The doctor referred the patient to a specialist.", "referred", None),  # medicine, not law
    ("The government would dock the pay of public employees who stayed away from work.", "dock",
     "economic"),  # pay docked
    ("The ship docked in Mombasa on Monday.", "docked", None),  # no pay
    ("Angry residents barricaded the road with burning tyres.", "barricaded", "coerce"),  # who barricades decides
    ("The navy intercepted a tanker carrying Iranian oil.", "intercepted", "coerce"),  # who intercepts decides
    ("Pro-democracy lawmakers filibustered the security bill.", "filibustered", "political"),  # a bill obstructed
    ("He declared the meeting open.", "declared", None),  # no one declared unwelcome
    ("She was one of two members of the committee to vote against a cut in interest rates.", "vote",
     None),  # a committee's decision, no one's act opposed
    ("Security forces shot dead three protesters in the capital.", "shot", "military"),  # people shot
    ("Soldiers shot at the crowd.", "shot", "military"),  # shot at
    ("Washington announced visa bans on officials involved in the crackdown.", "bans", "legal"),  # on people
    ("The European Commission opened an infringement procedure against Poland.", "procedure", "lawsuit"),
    ("The two teams exchanged shirts after the match.", "exchanged", None),  # no fire
    ("She formed a chain of shops.", "formed", None),  # no human chain
    ("The speech set off a debate in parliament.", "set", None),  # no bomb
    ("The company planted 10,000 trees.", "planted", None),
    ("Lawmakers grilled the bank's chief executive over the collapse.", "grilled", "voice"),  # questioned hard
    ("Rebel fighters overran an army base in the east of the country.", "overran", "military"),
    ("The central government dissolved the regional assembly and took direct control.", "dissolved", "political"),
    ("Critics labelled the plan a gimmick.", "labelled", None),  # a label, no designation
    ("Hungary has blocked or delayed almost every package of sanctions.", "blocked", "coerce"),  # the object
    # the verb shares with the one joined to it
    ("Students heckled the prime minister at the university.", "heckled", "public"),
    ("The storm disrupted flights across Europe.", "disrupted", None),  # only campaigners disrupt as protest
    ("He interrupted the reporter.", "interrupted", None),
    ("Residents gathered for a memorial service at the harbour.", "gathered", None),  # mourners, not protesters
    ("We walked out of the restaurant.", "walked", None),  # no promise, no stoppage
    ("Chinese vessels rammed a supply boat near the shoal.", "rammed", "coerce"),
    ("Activists launched a campaign against the new law.", "campaign", "public"),
    ("Drivers were stuck in traffic for hours.", "stuck", None),
    ("\"They want to hold the country hostage for their radical agenda,\" Trump wrote.", "hold", "voice"),  # the
    # parser's small clause "the country hostage": a thing held for leverage, no captive
    ("The minister announced a plan that critics called a disgrace.", "called", "voice"),
    ("The Pakistani army launched an operation against militants in North Waziristan.", "operation", "military"),
    ("The U.S. Navy sent a second aircraft carrier to the eastern Mediterranean.", "sent", "military"),  # war craft
    ("The junta banned protests in the capital.", "banned", "legal"),  # a protest banned presses its makers
    ("The prime minister was ordered by the court to release the documents.", "ordered", "legal"),  # a court's
    ("Mali's military government ordered the French ambassador to leave the country.", "ordered", "diplomatic"),
    ("The government pledged a response to the report by spring.", "pledged", None),  # a reply, no resolve
    ("She was locked out of her account.", "locked", None),  # no workforce
    ("If they want to go to court, that's their right.", "go", None),  # a supposition, no act
    ("The Hong Kong government cancelled the passports of six overseas activists.", "cancelled", "legal"),
    ("Bolivian miners detonated dynamite during a march on the presidential palace in La Paz.", "march",
     "public"),  # a march on a seat of power
    ("Thousands joined a march on Sunday afternoon.", "march", None),  # when says no cause
    ("That's their right, but I don't think a judge is going to stop a city from running buses on its own streets.",
     "stop", None),  # doubted, not done
    ("The central bank said it was ready to intervene in the currency market.", "intervene", None),  # in no state
    ("The Ugandan army said it had killed 20 rebels in an assault on their camp.", "assault", "military"),
    ("Tourists sailed around the islands.", "sailed", None),  # no war craft
    ("SpaceX launched a rocket into orbit.", "launched", None),  # into no state
    ("The Israeli government froze the transfer of tax revenues to the Palestinian Authority.", "froze",
     "economic"),  # money's transfer, frozen
    ("Saudi Arabia executed seven men convicted of terrorism offences.", "executed", "legal"),  # people executed
    ("Protesters in Tbilisi gathered for a candlelight vigil in memory of the victims of a fire.", "gathered",
     None),  # mourning
    ("Police declared the victim a foreign national.", "declared", None),  # "foreign" marks only an agent
    ("Myanmar's junta conscripted thousands of young men into the army.", "conscripted", "military"),
    ("Polish farmers dumped grain from Ukrainian trucks at a border crossing.", "dumped", "public"),  # produce
    ("Farmers unloaded grain at the silo.", "unloaded", None),  # work, not dumping
    ("Chile's government invoked a security law against truck drivers.", "invoked", "legal"),  # a law turned on
    ("Riot police used water cannon against the protesters.", "used", "coerce"),  # "against" hung on the cannon
    ("One senator, who asked not to be named, said the pressure had been intense.", "asked", None),  # anonymity
    ("Rep. Don Bacon said the group was holding the conference \"hostage.\"", "holding", "voice"),  # a hostage in
    # quotation marks is someone's figure
    ("The transport secretary says the union is holding the country to ransom.", "holding", "voice"),  # leverage
    ("The kidnappers held him for ransom in the forest.", "held", "military"),  # a captive
    ("\"I will not let the BMA hold patients to ransom,\" he told the BBC.", "hold", "voice"),  # the parser's verb
    ("House Minority Leader Hakeem Jeffries called the conservatives' demands \"extreme\".", "called", "voice"),
    ("The Venezuelan government ordered new equipment for its hospitals.", "ordered", None),  # a purchase
    ("A Greek court ruled in a property dispute between two neighbours.", "ruled", None),  # for no one
    ("The court ruled in the case that the ban was unlawful.", "ruled", "legal"),  # a ruling that finds
    ("The Bangladeshi interim government banned the student wing of the Awami League.", "banned",
     "legal"),  # no habit, whatever the word ends on
    ("An Indian state government bulldozed the homes of people accused of rioting.", "bulldozed", "coerce"),
    ("Developers demolished the old cinema to build flats.", "demolished", None),  # no one lived there
    ("Amnesty International said Iranian security forces had used live ammunition against mourners.", "used",
     "coerce"),
    ("Turkey said it was prepared to launch a new ground operation in northern Syria.", "launch",
     "threat"),  # a threat put as readiness
    ("The company said it was ready to launch a new marketing operation.", "launch", None),  # no armed mark
    ("A UN panel found that Eritrean troops committed war crimes in Tigray.", "found", "voice"),  # accused
    ("Researchers found that the drug violated no safety rules.", "found", None),  # no one who acts
    ("North Korean soldiers crossed the border briefly before retreating.", "crossed", "military"),  # incursion
    ("Migrants crossed the border at night.", "crossed", None),  # no force
    ("A US appeals court upheld a patent ruling in favour of a chipmaker.", "ruling", None),  # for someone, against
    # no one named
    ("A US appeals court upheld the ruling against the former president.", "ruling", "verdict"),
    ("Ukraine's security service placed a former prime minister on a wanted list.", "placed", "legal"),
    ("The emir suspended the constitution.", "suspended", "political"),  # an order of government suspended
    ("Russian forces pounded Ukrainian energy facilities with missiles and drones overnight.", "pounded", "military"),
    ("Greenpeace activists painted a warning on the hull of a tanker carrying Russian oil.", "painted", "public"),
    ("Greenpeace activists painted a mural in a school playground.", "painted", None),  # on no one's property
    ("Students wrote essays on climate change.", "wrote", None),  # on a subject
    ("Romania's top court annulled the first round of the presidential election.", "annulled", "voice"),  # undone
    ("Hungary will not approve the aid package until Brussels unfreezes its funds.", "approve", "threat"),  # held
    # back until another acts
    ("The museum will not open until the council finishes the repairs.", "open", None),  # nothing withheld
    ("The Liberal Democrat spokesperson said the government's response was not good enough.", "said",
     "voice"),  # a decision found wanting
])
def test_triggers_their_rules_let_through(nlp, text, word, expected):
    assert _class_of(nlp, text, word) == expected


@pytest.mark.parametrize(("sentence", "source", "kind"), [
    ("The health ministry said hospitals must reopen the northern wards by Monday.", "The health ministry",
     "political"),
    ("Pakistan's army chief vowed a forceful response to any Indian aggression.", "Pakistan's army chief",
     "military"),  # a threat from those who bear arms
    ("Residents of the town petitioned the state governor to halt construction of the landfill.",
     "Residents of the town", "political"),  # the halt is what they ask for, not a second act of theirs
    ("The Farmers Defence Force said it would keep blocking roads until the government dropped its targets.",
     "The Farmers Defence Force", "public"),  # farmers, whatever their name says
    ("The landlord threatened to evict the family.", "The landlord", "legal"),  # an eviction is a legal threat
    ("The Israeli military ordered the evacuation of parts of southern Beirut before air strikes.",
     "The Israeli military", "military"),  # a force's order
    ("The Philippines filed a diplomatic protest over the Chinese coast guard's use of water cannon.",
     "The Philippines", "diplomatic"),  # an act the text calls diplomatic
    ("Tenants have threatened to withhold rent unless the city council repairs the flats.", "Tenants",
     "public"),  # a rent strike threatened
    ("The Mexican president threatened to cut ties with Austria.", "The Mexican president",
     "diplomatic"),  # ties cut, threatened
    ("An investigation by the Guardian found that more than 130,000 carers had been ordered to repay the benefit.",
     "the Guardian", "media"),  # a newspaper's inquiry is journalism
    ("Bolivia cut diplomatic ties with Israel over its military offensive in Gaza.", "Bolivia", "diplomatic"),  # the
    # offensive "its" names is the cause, Israel's, no act of Bolivia's
    ("Turkey said it was prepared to launch a new ground operation in northern Syria.", "Turkey", "military"),
    ("Indonesian authorities deported an Australian tourist for insulting the president.", "Indonesian authorities",
     "legal"),  # an authority's deportation is law enforcement
    ("Congolese protesters attacked Western embassies in Kinshasa.", "Congolese protesters", "public"),  # a riot
    ("Workers attacked the plan as unfair.", "Workers", "political"),  # a plan attacked in words
    ("Hungary blocked the release of 6.6 billion euros in EU military aid for Ukraine.", "Hungary",
     "political"),  # a state's veto, no crowd's
    ("Thousands of Hungarians blocked the bridge in Budapest.", "Hungarians", "public"),  # a crowd's
    ("Romania's top court annulled the first round of the presidential election.", "Romania's top court",
     "legal"),  # a court's undoing is law
    ("Nurses at the city hospital stopped work on Tuesday.", "Nurses", "public"),
    ("An Egyptian court handed a five-year sentence to a human rights lawyer.", "An Egyptian court", "legal"),
    ("The rebel alliance issued a statement demanding that the government release the prisoners.",
     "The rebel alliance", "political"),
    ("Norway expelled three diplomats of the embassy on Friday.", "Norway", "diplomatic"),
    ("The city council said it will cut funding to the stadium unless the club pays its debts.",
     "The city council", "economic"),
    ("Tens of thousands of dock workers staged mass demonstrations against the pension reform.",
     "dock workers", "public"),
    ("Prisoners rioted at the central jail on Monday over the lack of food.", "Prisoners", "public"),
    ("Rebel fighters blew up two bridges on the main road to the capital.", "Rebel fighters", "military"),
    ("The union reiterated its demand on Tuesday that the company restore the old contracts.",
     "The union", "political"),
    ("The opposition leader called on the government to resign.", "The opposition leader", "political"),
    ("The union will withdraw its members from the plant unless the company raises wages.", "The union",
     "political"),
    ("The European Union said it was prepared to impose new sanctions on Iran.", "The European Union",
     "economic"),  # readiness: the subject of "was prepared"
    ("The company sued the city over the new tax.", "The company", "legal"),  # anyone can sue
    ("The sheriff's office is investigating the shooting at the school.", "The sheriff's office", "legal"),
    ("The army put its troops on high alert along the border.", "The army", "military"),
    ("Microsoft launched an aggressive campaign to persuade users to stop using the old browser.", "Microsoft",
     "public"),  # who launched the campaign
    ("The newspaper campaigned for the release of the jailed journalist.", "The newspaper", "media"),
    ("Amnesty International accused the government of torturing prisoners.", "Amnesty International",
     "political"),  # a campaigning body's words are politics wherever it is based
    ("The European Commission accused the government of breaking the rules.", "The European Commission",
     "diplomatic"),  # an international body's words are diplomacy
    ("The National Crime Agency accused the bank of ignoring warnings.", "The National Crime Agency",
     "political"),  # an agency is not the press; a news agency is
    ("Ukraine's foreign minister welcomed the decision but urged the bloc to go further.",
     "Ukraine's foreign minister", "political"),  # a conjunct of "welcomed" is not under it
    ("European Union foreign ministers agreed on Monday to impose new sanctions on Iranian officials.",
     "European Union foreign ministers", "economic"),  # agreeing to sanction decides it
    ("Around 200 students gathered outside the embassy, chanting slogans against the West.",
     "Around 200 students", "public"),
    ("In a statement, Paxton vowed to take the fight to the Supreme Court.", "Paxton", "legal"),
    ("Nigeria's anti-graft agency said it had opened an investigation into the former governor.",
     "Nigeria's anti-graft agency", "legal"),  # "it" is the agency, an authority
    ("Nurses in New Zealand staged a 24-hour strike over pay and staffing.", "Nurses", "public"),  # "staged": "stag"
    ("Israel's defence minister threatened to strike Hezbollah positions deep inside Lebanon.",
     "Israel's defence minister", "military"),  # a threat is of the kind of what it threatens
    ("The president threatened to impose tariffs on Mexico.", "The president", "economic"),
    ("Workers at the plant threatened to strike over pay.", "Workers", "public"),  # a stoppage, not arms
    ("North Korea threatened to shoot down any spy plane that enters its airspace.", "North Korea",
     "military"),  # violence that is no pressure verb of its own
    ("The regulator ordered the company to suspend operations at the mine.", "The regulator",
     "legal"),  # a regulator's order is law, though no court's
    ("Russia banned imports of Moldovan fruit, citing safety concerns.", "Russia",
     "economic"),  # a trade ban, though the tagger reads "Moldovan" as a person
    ("Indian farmers threatened to resume their protest if the government did not honour its promises.",
     "Indian farmers", "public"),  # the protest threatened
    ("Mali's military junta ordered the French ambassador to leave the country within 72 hours.",
     "Mali's military junta", "diplomatic"),  # an envoy ordered out is expelled
    ("The African Union suspended Niger after the coup.", "The African Union", "diplomatic"),  # a member state
    ("Iran's parliament voted to suspend cooperation with the International Atomic Energy Agency.",
     "Iran's parliament", "diplomatic"),  # cooperation is a tie
    ("Greek farmers drove tractors into central Athens to protest against rising energy costs.", "Greek farmers",
     "public"),  # a crowd protests in the street
    ("Brussels is preparing to fine Google as much as 10 percent of its global revenue.", "Brussels",
     "economic"),  # "fine" tagged an adjective after "to"
    ("The U.S. Justice Department is pursuing a similar case against the company.", "The U.S. Justice Department",
     "legal"),  # a case someone pursues is in court
    ("Google has denied wrongdoing and said it would appeal any penalty.", "Google", "legal"),  # an appeal in court
    ("The National Farmers' Union has called a rally outside Parliament next Wednesday.",
     "The National Farmers' Union", "public"),  # a rally called is a protest, not a speech venue
    ("The Countryside Alliance said it would consider a legal challenge if the change went ahead.",
     "The Countryside Alliance", "legal"),  # a challenge in court, by a body that is not the government
    ("In Tel Aviv, thousands of Israelis protested on Saturday night.", "Israelis", "public"),  # its people
    ("The Friends of Riverside Library filed for a judicial review at the High Court on Thursday.",
     "The Friends of Riverside Library", "legal"),  # who filed for it
    ("Serbian police used tear gas against protesters who tried to storm parliament.", "Serbian police",
     "legal"),  # force used by police is law enforcement
    ("The attorney general filed charges against three police officers over the death of a teenager.",
     "The attorney general", "legal"),  # an office in law, though "general" names no authority
    ("KFOR, the NATO-led peacekeeping force, used tear gas to disperse the crowd.", "KFOR",
     "military"),  # a force by what the text calls it
    ("A Kenyan court suspended the deployment of police officers to Haiti.", "A Kenyan court", "legal"),
    ("French farmers dumped manure outside government buildings in protest at new regulations.", "French farmers",
     "public"),  # who acts "in protest"
    ("Unison said it would ballot members on strike action if the closure went ahead.", "Unison",
     "public"),  # strike action is a stoppage, whoever the parser hangs "on strike action" from
    ("The White House said President Joe Biden would veto any bill that included the cuts.",
     "President Joe Biden", "political"),  # vetoing a bill presses the legislature, even from home
    ("The regulator fined the bank 40 million dollars for money laundering failures.", "The regulator",
     "economic"),  # 'fined' lemmatised 'fin' by the tagger
    ("Relatives of the missing sailors urged the navy to resume the search.", "Relatives of the missing sailors",
     "political"),
    ("The Justice Department opened a criminal inquiry on Friday.", "The Justice Department", "legal"),
    ("The secretary general of the bishops' conference, Nunzio Galantino, called the ruling dangerous.",
     "Nunzio Galantino", "political"),  # a body's officer is not foreign to it
    ("The Daily Courier has campaigned for the minister's resignation.", "The Daily Courier", "media"),  # a paper's name
    ("The Daily Mail launched a campaign to free the jailed reporter.", "The Daily Mail", "media"),  # an outlet's
    ("Police raided the offices of the newspaper on Tuesday.", "Police", "legal"),  # law enforcement, not arms
    ("Turkey closed its airspace to Israeli flights on Monday.", "Turkey", "economic"),  # a sanction
    ("The nurses at the city hospital went on strike on Monday.", "The nurses", "public"),  # who went on strike
    ("The group's lawyers threatened legal action unless the council withdraws the plan.", "The group's lawyers",
     "legal"),  # a legal threat
    ("The UN dispatched a team of inspectors to the nuclear plant.", "The UN", "legal"),  # a team of inspectors
    ("Iran said it was ready to take military action if its ships were attacked.", "Iran", "military"),
    ("A federal judge blocked the administration's asylum rule.", "A federal judge", "legal"),  # a court blocks
    ("Israel massed tanks and troops along the border with Gaza.", "Israel", "military"),  # tanks are arms
    ("Beijing imposed export controls on rare earth metals bound for Japan.", "Beijing", "economic"),
    ("Greenpeace activists occupied an oil platform in the North Sea.", "Greenpeace activists", "public"),
    ("The Crown Prosecution Service is considering whether to bring charges against two custody officers.",
     "The Crown Prosecution Service", "legal"),  # charges brought against someone
    ("The opposition party called on the president to cut spending further.", "The opposition party",
     "political"),  # the cut is what was demanded, not an economic act of the party's
    ("Democrats on Tuesday blocked a Republican border security bill in the Senate.", "Democrats",
     "political"),  # blocking a bill is politics, not a blockade
    ("The European Commission warned London that its border checks could breach the trade deal, and threatened to"
     " suspend parts of the agreement.", "The European Commission", "economic"),  # the threat, not inside the warning
    ("Sen. Bernie Sanders said he would block quick passage of the bill in the Senate.", "Sen. Bernie Sanders",
     "political"),  # and so is blocking its passage
    ("Dozens of climate activists joined the blockade at the pipeline site on Thursday.", "climate activists",
     "public"),  # a blockade by people with no arms is a protest
    ("The navy imposed a blockade on the rebel-held port.", "The navy", "military"),
    ("Unions launched a wave of strikes across the country.", "Unions", "public"),  # stoppages by workers
    ("Greenpeace activists boarded a tanker off the Dutch coast to protest against oil exploration.",
     "Greenpeace activists", "public"),  # people protesting in person, whoever they act for
    ("North Korea said it was ready to use nuclear weapons if its sovereignty was violated.", "North Korea",
     "military"),  # readiness to use arms threatens arms
    ("A federal jury ordered Rudy Giuliani to pay $148 million to two election workers he defamed.",
     "A federal jury", "legal"),  # a jury is a court's
    ("Spain's opposition People's Party called a mass rally in Madrid against the amnesty law.", "People's Party",
     "public"),  # parsed as naming ("called X a rally") with nothing named: the party called it
    ("Hungary blocked a joint EU statement condemning China's crackdown in Hong Kong.", "Hungary",
     "political"),  # blocking what a body agrees in words is politics, not a blockade
    ("The Greens have blocked the government's signature housing policy in the Senate for a second time.",
     "The Greens", "political"),  # and so is blocking a policy
    ("The family's solicitor, Matthew Gold, said they were preparing a civil claim against Leicestershire Police.",
     "Matthew Gold", "legal"),  # a claim against someone is a case
    ("China launched an anti-dumping investigation into Australian wine exports.", "China",
     "economic"),  # an inquiry into trade is a trade weapon
    ("The special counsel, Jack Smith, has been pressing to bring the case to trial before the election.",
     "Jack Smith", "legal"),  # what an officer of the law presses for
    ("The European Commission opened infringement proceedings against Hungary.", "The European Commission",
     "legal"),  # "against" hung on the verb
    ("The president threatened to fire the central bank governor if rates did not fall.", "The president",
     "political"),  # a threat of the kind of what it threatens
    ("Republicans called the vote a partisan stunt.", "Republicans", "political"),  # a name that condemns
    ("Vos called the veto \"a slap in the face to thousands of families.\"", "Vos", "political"),  # an insult
    ("Gallego's campaign called the ad \"a pack of lies.\"", "Gallego's campaign", "political"),  # bad after "of"
    ("Democrats called the bill a power grab by the governor.", "Democrats", "political"),
    ("Greenpeace activists boarded an oil tanker in the North Sea.", "Greenpeace activists", "public"),
    ("The Justice Department, which sued Texas in January, welcomed the ruling.", "The Justice Department",
     "legal"),  # a clause about the subject is not under what it welcomed  # a protest at sea
    ("Major donors threatened to withhold hundreds of millions of dollars from the school.", "Major donors",
     "economic"),  # people who give money are a collective that can press
    ("Activists urged the public to boycott the company.", "Activists", "political"),  # asking the public to press
    ("Pakistan said it was prepared to impose a naval blockade if attacks on its shipping continued.", "Pakistan",
     "military"),  # a state blockades with arms
    ("Washington warned Pyongyang against conducting another nuclear test.", "Washington",
     "diplomatic"),  # a state's words to another state, capitals standing for both
    ("Japan lodged a protest with China over the detention of its citizen.", "Japan", "diplomatic"),
    ("Riot police fired tear gas at the crowd.", "Riot police", "legal"),  # law enforcement, not arms
    ("The festival has ended its sponsorship deal with the firm after more than 50 authors threatened to pull out of"
     " this year's event.", "more than 50 authors", "political"),  # the cause of what yielded, in a clause
    ("Hundreds of artists threatened to boycott the festival over its sponsor.", "artists", "public"),
    ("The coalition partner threatened to quit the government over the pension reform.", "The coalition partner",
     "political"),  # a party in government can press it
    ("The court compelled the company to disclose its emails.", "The court", "legal"),  # who compels decides
    ("The American Civil Liberties Union said it would challenge the asylum limits in court.",
     "The American Civil Liberties Union", "legal"),  # words taken to court
    ("Immigrant advocacy groups said they would mobilize against the bill.", "Immigrant advocacy groups",
     "public"),  # supporters called out, not troops
    ("Russia mobilised 300,000 reservists.", "Russia", "military"),
    ("Tenant groups held a rally outside City Hall on Monday.", "Tenant groups", "public"),  # who holds it
    ("Backbenchers staged a revolt against the tax rise.", "Backbenchers", "political"),  # a party's own rebels
    ("Iran warned Israel to stop the strikes.", "Iran", "diplomatic"),  # a state warned is no public advised
    ("The bishops' conference urged Catholics to vote against the referendum.", "The bishops' conference",
     "political"),  # a conference of bishops is a body that can press
    ("Colorado's attorney general, Phil Weiser, filed a separate suit in state court last month.", "Phil Weiser",
     "legal"),  # a suit filed
    ("The United Food and Commercial Workers International Union urged regulators to stop the deal.",
     "The United Food and Commercial Workers International Union", "political"),  # a union's words, not diplomacy
    ("Donors forced the university president to step down.", "Donors", "political"),
    ("Advocates for people in recovery pressed the state to go after distributors.", "Advocates",
     "political"),  # advocates are campaigners
    ("The ombudsman ordered the council to apologise and pay compensation to the family.", "The ombudsman",
     "legal"),  # an ombudsman is an authority
    ("The inspector general opened a probe into the agency's handling of the contracts.", "The inspector general",
     "legal"),  # an office of law
    ("Gov. Mark Gordon, a Republican, said he was disappointed by the ruling and called on the Legislature to put the"
     " question directly to voters.", "Gov. Mark Gordon", "political"),  # he calls, not the ruling that disappointed him
    ("The government said it would send commissioners to run the council's finances.", "The government",
     "legal"),  # commissioners sent in, like inspectors
    ("Thousands of Indian farmers on tractors set off for the capital on Tuesday to press Prime Minister Narendra"
     " Modi's government for a law guaranteeing minimum prices for their crops.", "Indian farmers",
     "political"),  # the verb the parser hung on "tractors" is the farmers'
    ("Rep. Marjorie Taylor Greene of Georgia, who has clashed with Johnson before, wrote on X that the speaker had"
     " surrendered.", "Marjorie Taylor Greene", "political"),  # one person clashes in words
    ("Protesters clashed with police outside parliament.", "Protesters", "public"),  # a crowd in the street
    ("A pensioner who refused to pay her council tax in protest at cuts to her local library has been jailed.",
     "A pensioner", "public"),  # whoever acts "in protest", whatever the verb
    ("Detective Inspector Sam Hale of West Midlands Police, who led the inquiry, said officers had spent two years"
     " tracing the money.", "Sam Hale", "legal"),  # an inquiry led is one opened
    ("Alderman Anthony Napolitano, a former police officer, called on the mayor to \"stop hiding behind his"
     " superintendent\" and said he would introduce an ordinance.", "Anthony Napolitano", "political"),  # a finite
    # verb the parser hung on the named subject
    ("Derek Mallory, 64, was convicted at Birmingham Crown Court last month of eight counts of bribery.",
     "Birmingham Crown Court", "legal"),  # the court where it was done did it
    ("Virginia Foxx said her panel would hold a hearing on the program's cost next month.",
     "her panel", "legal"),  # a committee's panel is an authority
    ("Canada's prime minister threatened to retaliate with tariffs of his own on American whiskey.",
     "Canada's prime minister", "economic"),  # a threat is of the kind of the act threatened
    ("The shadow justice secretary described the releases as a betrayal of victims.",
     "The shadow justice secretary", "political"),  # a justice secretary is a politician, not a court
    ("Fair Schools Kansas, a coalition of 74 districts that has sued the state twice before, said it would meet.",
     "Fair Schools Kansas", "legal"),  # "has" agrees with the coalition, which the body's name is
    ("South Korean trainee doctors resigned en masse in protest at a plan to increase medical school admissions.",
     "South Korean trainee doctors", "public"),  # a yielding done in protest is the protest
])
def test_pressure_constructions(analyze_text, sentence, source, kind):
    b = analyze_text("Report\n\n" + sentence)
    assert b.pressure, sentence
    item = b.pressure[0]
    assert source in (item.source, item.actor)
    assert item.kind == kind
    assert b.article.text[item.start:item.end] == sentence


def test_a_call_on_someone_the_parser_took_for_a_name_given(analyze_text):
    """'called on the department's inspector general to open ...': the parser hangs "general" on
    "called" as the name given (oprd) and leaves "on" bare; it is still a call on them to act."""
    b = analyze_text("Tariffs\n\nSen. Elizabeth Warren said the hearing showed \"a pay-to-play operation dressed up as"
                     " trade policy.\" She called on the department's inspector general to open an inquiry.")
    assert [(p.actor, p.kind) for p in b.pressure] == [("Elizabeth Warren", "political")]


def test_a_question_reports_no_act(analyze_text):
    b = analyze_text("Fire\n\nHawaiian Electric has been sued by hundreds of families. Hawaiian Electric denies blame."
                     " Should the utility have cut power that morning?")
    assert [p.source for p in b.pressure] == ["families"]  # the suit, not the cut asked about
    b = analyze_text("Hackers\n\nCritics of the church were critical of the attacks, with one poster writing \"How can"
                     " people look at both sides if one side is gone?\"")
    assert [p.source for p in b.pressure] == ["Critics of the church"]  # a statement ending on a quoted question


def test_online_words_are_no_newspapers(analyze_text):
    b = analyze_text("Book\n\nRep. Ayanna Pressley posted on X that the governor's plan was lazy.")
    assert [(p.source, p.kind) for p in b.pressure] == [("Rep. Ayanna Pressley", "political")]  # not the Post's


def test_an_act_deplored_is_not_the_deplorers(analyze_text):
    b = analyze_text("Media\n\nThe French foreign ministry said it \"deplored\" the suspension and summoned Burkina"
                     " Faso's charge d'affaires in Paris.")
    assert [p.source for p in b.pressure] == ["The French foreign ministry"]
    assert b.pressure[0].kind != "economic"  # the suspension deplored is not its act


def test_a_body_reporting_others_acts_did_not_do_them(analyze_text):
    b = analyze_text("Media\n\nThe Committee to Protect Journalists said at least 12 journalists had been detained"
                     " since the coup.")
    assert b.pressure == []  # detained by others: a name that only starts with "Committee" is no authority


def test_an_it_holding_a_clauses_place_is_no_one(analyze_text):
    b = analyze_text("Parking\n\nThe MP said the Riverside Trust had doubled its fees.\n\nShe said: 'It is simply wrong"
                     " to charge people who are fighting for their lives.'")
    assert not any(p.kind == "legal" for p in b.pressure)  # no one charges anyone in court
    b = analyze_text("Licence\n\nThe regulator said it was prepared to revoke the broadcaster's licence.")
    assert [p.source for p in b.pressure] == ["The regulator"]  # but the one ready is no placeholder


@pytest.mark.parametrize("sentence", [
    "The government accepted the demands of the striking nurses on Thursday.",
    "The minister allowed opposition leaders to protest outside parliament.",
    "Hungary said it will support a resolution that aims to tighten sanctions on the regime.",
    "The company insisted its products were safe.",
    "The game took players to investigate the murder of a famous detective.",
    "Someone could hack the system, engineers said.",
    "The voters delivered their verdict on the flag in March.",
    "If someone shut the system down, it could affect the prosecution of the polluters.",  # undergoes, not does
    "The database is used by officers to track and prosecute environmental law-breakers.",  # what it is for
    "Congress passed a bill that cut funding for the program.",  # a bill cuts nothing by itself
    "The coach said he would not hesitate to start the young striker.",  # no force in it
    "We will not allow this to happen, the minister said.",  # no one kept from anything
    "The governor declared a state of emergency after the floods.",  # against no one
    "Investigators found illegal dumping at the site.",  # no ruling that anything is against the law
    "The storm forced residents out of their homes.",  # no one forced them (FORCE_OUT takes a doer)
    "FIFA said the former president had breached its code. He has ten days to appeal.",  # time given, no act
    "The minister expressed concern for the victims' families.",  # sympathy, not disapproval
    "The store halted shipments of the recalled toy.",  # no state's trade
    "A spokesman for the governor rejected suggestions that the veto was political.",  # a denial
    "The company said in a statement that it respected the right to protest.",  # a right, not an act
    "The governor wrote that the bill would freeze construction across the state.",  # nothing a state freezes
    "\"Fines just get paid by the customers,\" the campaigner said.",  # who pays a fine does not impose it
    "The company dropped its lawsuit against the city after the council approved the permit.",  # given up
    "The union called off the strike on Friday.",
    "Germany and France called for closer cooperation on defence spending.",  # a wish, as for peace
    "\"Farmers in Iowa are paying for these tariffs,\" the senator said.",  # who pays for tariffs does not impose them
    "The Environment Agency declined to comment on the investigation.",  # words about it, not the inquiry
    "Speaker Mike Johnson brushed off the threat on Thursday.",  # the one threatened, not the one threatening
    "Congress has not passed the supplemental funding request for Ukraine.",  # who answers a request is not its maker
    "The minister did not condemn the attack.",  # words not said
    "The trade minister said Canberra had sought talks with Beijing but that his calls had gone unanswered.",  # phoned
    "The prisoner is serving a five-year sentence for fraud.",  # a sentence no court is handing down here
    "The 27-year-old Norwegian, who won gold in Paris last summer, will miss the next Olympic Games unless his appeal"
    " to the Court of Arbitration for Sport succeeds.",  # his own fate, no threat
    "Hurricane Delia slammed into the Louisiana coast early Thursday as a Category 3 storm.",  # no one
    "Tusk said he would seek a vote of confidence in parliament to show his coalition remained united.",  # its own
    "Halvorsen needs a simple majority to be confirmed, and no Republican has publicly opposed him.",  # no one
    "President Donald Trump has said he has no plans to fire Powell.",  # no plan
    "Stuart Andrew said the government had rewarded strikes with more strikes.",  # who rewards does not strike
    "Police asked drivers to avoid the motorway.",  # advice to the public
    "Doctors warned patients to drink plenty of water in the heat.",  # a warning that advises
    "NHS England asked patients to attend appointments unless told otherwise.",
    "Kishida told a news conference he took the allegations seriously.",  # the one who hears a claim is not its maker
    "Japan's main opposition party said the government had lost the public's trust.",  # a camp, no act
    "The pandemic put enormous pressure on the health service.",  # no one
    "The FAA rejected the airlines' account.",  # a denial
    "Rising costs forced the company to close two factories.",  # no one forces
    "The senator held a rally in Ohio on Monday.",  # a campaign rally
    "The injury forced him to miss the final.",
    "Hurricane Delia forced thousands of residents to flee.",
    "The Environment Agency urged people in low-lying streets to leave immediately.",  # advice to people
    "\"We are not here to destroy anything. We are here because we cannot live from our work,\" said Morgan Ody.",
    # an act a negated "be here to" disowns
    "Texas Gov. Greg Abbott and Houston Mayor John Whitmire traded accusations on Thursday over flood relief.",
    "Senator JD Vance and Governor Tim Walz clashed over abortion and immigration on Tuesday night.",  # each with
    # the other
    "North and South Korea exchanged artillery fire yesterday.",  # each with the other, the two named as one
    "Nats apologised for the failure. The company blamed it on a single flight plan containing two waypoints with the"
    " same name.",  # a cause found, no one blamed
    "\"No family should have to go through what her family has been through,\" a council spokesman said.",  # a rule
    # for everyone, said of no one
    "Serbia's president blamed the storm for the power cuts.",  # a cause found, no one blamed
])
def test_concessions_support_and_opinion_are_not_pressure(analyze_text, sentence):
    assert analyze_text("Report\n\n" + sentence).pressure == []


def test_pressure_on_sample(sample_briefing):
    items = {p.actor or p.source: p for p in sample_briefing.pressure}
    icj = items["International Court of Justice"]
    assert (icj.scope, icj.kind, icj.target) == ("international", "legal", "Israel")
    assert items["Yair Lapid"].scope == "domestic"
    assert items["protesters"].kind == "public" and items["protesters"].scope == "domestic"
    assert items["Karim Khan"].scope == "international" and items["Karim Khan"].kind == "legal"
    adversary = [p for p in sample_briefing.pressure if p.scope == "adversary"]
    assert adversary and all(p.actor in {"Hamas", "Sinwar", "Yahya Sinwar"} for p in adversary)
    assert not any(p.actor == "Hamas" and "attack" in p.description for p in sample_briefing.pressure)  # history
    text = sample_briefing.article.text
    by_id = {a.id: a for a in sample_briefing.actors}
    for p in sample_briefing.pressure:
        assert 0 <= p.start < p.end <= len(text) and (p.start, p.end) in p.evidence
        assert p.actor is None or by_id[p.actor_id].name == p.actor
    assert sum(p.actor is not None for p in sample_briefing.pressure) >= 3
    weights = [p.weight for p in sample_briefing.pressure]
    assert weights == sorted(weights, reverse=True)


@pytest.mark.parametrize("sentence", [
    "The minister urged the European Union to impose sanctions on Iran.",  # the sanctions are what is urged
    "The president asked Congress to step in and impose a labor agreement on the railroads.",  # and conjuncts
    "The students demanded that prosecutors release the documents and charge those responsible.",  # a that-clause's
    "The minister wrote to the regulator demanding that it use its new powers to block the payments.",  # the means
])
def test_an_act_demanded_is_not_a_second_item(analyze_text, sentence):
    assert [p.source for p in analyze_text("Report\n\n" + sentence).pressure] == [sentence.split(" urged")[0].split(
        " asked")[0].split(" demanded")[0].split(" wrote")[0]]


def test_an_event_that_sparks_protests_is_not_their_source(analyze_text):
    b = analyze_text("Kinshasa\n\nThe arrest of the opposition leader by security forces sparked protests across the"
                     " country.")
    assert sorted((p.source, p.kind) for p in b.pressure) == [("protesters", "public"), ("security forces", "legal")]


def test_a_noun_restating_an_act_is_its_doers(analyze_text):
    b = analyze_text("Doctors\n\nJunior doctors in England will walk out for six days in January, the longest strike in"
                     " the history of the NHS, after talks with the government broke down.")
    assert [(p.source, p.actor) for p in b.pressure] == [("Junior doctors", "Junior doctors")]  # not "protesters"


def test_an_act_a_speaker_says_another_must_do_is_not_theirs(analyze_text):
    b = analyze_text("Migration\n\nThe European Union must immediately suspend its migration deal with Tunisia, Amnesty"
                     " International said on Thursday.")
    assert [(p.actor, p.target) for p in b.pressure] == [("Amnesty International", "European Union")]


def test_what_is_sent_is_the_senders_own_not_its_target(analyze_text):
    b = analyze_text("Nuclear plant\n\nThe International Atomic Energy Agency sent a team of inspectors to the"
                     " Zaporizhzhia plant after drones struck a training centre nearby.")
    iaea = next(p for p in b.pressure if p.actor == "International Atomic Energy Agency")
    assert iaea.target != "a team of inspectors"


def test_a_verb_whose_subject_the_parser_lost_is_its_quotes_speaker(analyze_text):
    b = analyze_text("MP suspended\n\nLabour has suspended Dan Whitmore after leaked messages showed him mocking"
                     " constituents.\n\nSpeaking to the BBC's Today programme on Monday, the health secretary, Wes"
                     " Streeting, said the comments were \"completely unacceptable\".")
    assert "Wes Streeting" in [p.actor for p in b.pressure]


def test_a_source_is_never_bare_punctuation(analyze_text):
    b = analyze_text("Refunds\n\nConsumer group Which? said the airline had \"a long history of treating passengers"
                     " with contempt\" and urged the government to give the regulator the power to fine airlines.")
    assert all(any(ch.isalnum() for ch in p.source) for p in b.pressure)


def test_first_person_pressure_inside_a_quote_is_the_speaker(analyze_text):
    b = analyze_text(
        "Flood talks\n\n"
        "“We urge the governments of the region to open their borders to the families now,” "
        "said Maria Costa, a spokeswoman for the Red Cross."
    )
    assert b.pressure and b.pressure[0].actor == "Maria Costa"


def test_sources_list_and_shows_are_not_the_story(analyze_text):
    b = analyze_text(
        "Museum opens VR wing\n\n"
        "The museum opened a virtual reality wing on Saturday, drawing large crowds to the old harbour.\n\n"
        "The demonstration took visitors to investigate a famous painting theft from 1990.\n\n"
        "Curator Ana Lima said the wing cost two million euros to build.\n\n"
        "Sources\n\n"
        "“Mayor calls for probe into museum spending” — City Post, May 2, 2021"
    )
    assert b.pressure == []
    assert not any("probe" in q.text for q in b.quotes)
    assert [blk.kind for blk in b.article.blocks][-2:] == ["reference", "reference"]
    assert all(a.name != "City Post" for a in b.actors)


@pytest.mark.parametrize(("text", "expected"), [
    ("protests against the government", "protests against the government"),  # short: whole
    ("warrants against Israeli Prime Minister Benjamin Netanyahu and Defense Minister Yoav Gallant for war crimes"
     " and crimes against humanity", "warrants against Israeli Prime Minister Benjamin Netanyahu and Defense"
     " Minister Yoav Gallant for war crimes…"),  # at a word, never mid-word
    ("ruling by the International Court of Justice (ICJ) on Friday, which ordered Israel to halt its"
     " offensive in Rafah at once", "ruling by the International Court of Justice (ICJ) on Friday…"),  # a clause
    ("held placards reading 'Books not bars'.\n\n", "held placards reading 'Books not bars'"),  # no paragraph break
])
def test_descriptions_are_cut_at_words_or_clauses(text, expected):
    from briefing.analysis.pressure.describe import shorten

    assert shorten(text) == expected


def test_a_description_never_ends_mid_word(sample_briefing):
    protest = next(p for p in sample_briefing.pressure if p.source == "protesters")
    assert protest.description.endswith("were re-energized")
