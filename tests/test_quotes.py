"""Quotes on real text with the real model: pairing the marks, cues, speakers, reported speech."""

from __future__ import annotations

import pytest

import briefing.analysis.patterns as patterns
from briefing.analysis.quote_marks import quote_spans
from briefing.analysis.quotes import QuoteKind
from briefing.load import parse_bytes

# (a paragraph in a story that writes speech in single marks, the same with its speech marks doubled)
SINGLE_MARKS = [
    ("'We pay our students' fees,' she said.", "“We pay our students' fees,” she said."),  # a plural's apostrophe
    ("'I don't know,' he said.", "“I don't know,” he said."),  # an apostrophe inside a word
    ("He said the '90s were 'a lost decade'.", "He said the '90s were “a lost decade”."),  # an elided century
    ("‘We will not go home,’ said the farmers’ leader.", "“We will not go home,” said the farmers’ leader."),
]


@pytest.mark.parametrize(("text", "doubled"), SINGLE_MARKS, ids=[r[0][:20] for r in SINGLE_MARKS])
def test_speech_in_single_marks(text, doubled):
    from briefing.analysis.quote_marks import as_double_marks

    assert as_double_marks(text) == doubled


def _quote(b, opening: str):
    found = [q for q in b.quotes if q.text.startswith(opening)]
    assert len(found) == 1, f"{opening!r}: {[q.text[:30] for q in b.quotes]}"
    return found[0]


# (text, how the quote opens, its kind, who says it: speaker text or actor name)
SPEAKERS = [
    ("Vote\n\n“We will build it,” Mayor Jane Doe said, “and we will pay for it ourselves.”",
     "and we will pay", "direct", "Jane Doe"),  # a quote split around its cue
    ("Vote\n\nCouncillor John Smith added: “The vote is tomorrow and I expect it to pass easily.”",
     "The vote is tomorrow", "direct", "John Smith"),  # a colon after the cue
    ("Storm\n\nGovernor Maria Lopez wrote on her official account:\n\n“Stay indoors tonight. Help is on the way.”",
     "Stay indoors tonight", "direct", "Maria Lopez"),  # a colon closing the paragraph before
    ("Storm\n\n“Crews were sent to the coast to clear the fallen trees before the morning”, added Reuters.",
     "Crews were sent", "direct", "Reuters"),  # an inverted cue
    ("Bridge\n\n“Nobody listens until something falls down, and then everybody listens.” - Tom Reyes",
     "Nobody listens", "direct", "Tom Reyes"),  # a dash credit
    ("Bridge\n\n“It should never have come to this,” engineer Paula Grant said. “We warned them for years and"
     " the cracks only got wider.”", "We warned them", "direct", "Paula Grant"),  # the voice goes on
    ("Bridge\n\nThe mayor defended the decision, promising a new crossing: “We will have a temporary bridge open"
     " within three months of today.”", "We will have", "direct", "The mayor"),  # any verb handing over
    ("Case\n\nThe boy was in pain, and in the words of the prosecutor, Anna Holt, “he cried every night for months"
     " before anyone took him to a doctor.”", "he cried every", "direct", "Anna Holt"),  # in the words of X
    ("Case\n\nSenator Mark Bell issued a statement on the ruling. “I am disappointed that the court did not go"
     " further today.”", "I am disappointed", "direct", "Mark Bell"),  # a statement issued just before
    ("Strike\n\nUnion leader Sara Okafor told reporters that the strike would last until Friday.",
     "the strike would last", "indirect", "Sara Okafor"),  # a report verb and its clause
    ("Talks\n\nIsrael did not present a final and official proposal for Hamas to review, Axios reported, citing"
     " officials.", "Israel did not present", "indirect", "Axios"),  # the verb after its clause
    ("Flood\n\nAccording to the Associated Press, the town was told to expect a flood by Friday.",
     "the town was told", "indirect", "the Associated Press"),  # according to X
    ("Strike\n\n“When the minister says ‘the army’, he means strike-breakers,” Okafor said after Union leader"
     " Sara Okafor spoke.", "When the minister says", "direct", "Sara Okafor"),  # a quote inside a quote
    ("Museum\n\n“We told them that the roof would fail and nobody listened to us at all,” said curator Ana Ruiz.",
     "We told them", "direct", "Ana Ruiz"),  # a speaker the tagger missed
    ("Repairs\n\nAcme co-founder Tom Baker tweeted and said the company would pay for the repairs.",
     "the company would pay", "indirect", "Tom Baker"),  # a title cut at a hyphen
    ("Town\n\nThe council reasoned, “because the insurers will not pay, the town must pay for everything.”",
     "because the insurers", "direct", "The council"),  # any verb handing over with a comma
    ("Flood\n\nAccording to the Associated Press, quoting the weather service, the town was told to expect a"
     " “once-in-a-century flood” by Friday.", "once-in-a-century flood", "direct",
     "the Associated Press"),  # words quoted inside reported speech
    ("Port\n\nThe harbour authority announced that ferries would be cancelled.", "ferries would be cancelled",
     "indirect", "The harbour authority"),
    ("Port\n\nTransport Minister Paul Ide warned that the army could be called in.", "the army could be called",
     "indirect", "Paul Ide"),
    ("Transit\n\nMayor Jane Porter unveiled the plan on Monday. She described the plan as “the biggest investment"
     " in buses this city has ever seen.”", "the biggest investment", "direct", "Jane Porter"),  # described as
    ("Vote\n\nCouncillor Tom Reyes was unimpressed. He called the proposal “a vanity project for the mayor and"
     " nothing more.”", "a vanity project", "direct", "Tom Reyes"),  # called X "..."
    ("Plant\n\nThe union dubbed the new contract “a betrayal of every worker in this plant.”", "a betrayal",
     "direct", "The union"),  # dubbed
    ("Budget\n\nThe finance minister defended the budget. “This is a budget for working families and for our"
     " children,” she said.", "This is a budget", "direct", "The finance minister"),  # a pronoun for a description
    ("Recall\n\n“We are cooperating fully with the investigation,” said a spokeswoman for Acme, Jane Doe.",
     "We are cooperating", "direct", "Jane Doe"),  # the name after "a spokeswoman for Acme,"
    ("Drought\n\nMost regions said the worst of the drought was over, according to the weather bureau.",
     "Most regions said", "indirect", "the weather bureau"),  # places in general speak for no one
    ("Browser\n\nThe Internet security firm Secunia.com, has said that the browser has 277 known flaws.",
     "the browser has 277", "indirect", "Secunia.com"),  # the name in apposition to the description
    ("Show\n\nSarah Johnson skipped class to see the show. Why did she want to see it so badly? “It is Warhol,"
     " and he is a legend to all of us.”", "It is Warhol", "direct", "Sarah Johnson"),  # the person just before
    ("Museum\n\nThe museum drew 11,000 visitors in 2010, according to curator Elaine Gustafon.",
     "The museum drew", "indirect", "Elaine Gustafon"),  # "according to" a trade and a name: the name
    ("Court\n\nProsecutor Mark Tedeschi spoke for the Crown. Thomas Sam, a homeopath, treated his daughter, and"
     " her skin got worse. Thomas' sister pleaded with him to call a doctor, but he replied \"I am not able to do"
     " that\".",
     "I am not able", "direct", "Thomas Sam"),  # "his daughter", "Thomas' sister": someone else's kin
    ("Iodine\n\nThe results of the National Iodine Nutrition Study, published this week, show that children are"
     " short of iodine. The study has prompted calls for salt to be iodised. They say adding iodine to salt is the"
     " simplest way to prevent deficiency.", "adding iodine", "indirect",
     "National Iodine Nutrition Study"),  # "they" after "the study": its authors, the one study named
    ("Iodine\n\nThe results of the National Iodine Nutrition Study, published this week, show that children are"
     " short of iodine. The report has prompted calls for salt to be iodised. They say adding iodine to salt is the"
     " simplest way to prevent deficiency.", "adding iodine", "indirect",
     "National Iodine Nutrition Study"),  # "the report" of the one study named
    ("Rally\n\nAbout 200 protesters chanted outside. One of them, Kelly Mercer, a nurse from Orlando, said she had"
     " driven four hours to be there.", "she had driven", "indirect", "Kelly Mercer"),  # "One of them" is named
    ("Ozone\n\nColette Heald led the study. As Heald told The Huffington Post, US surface ozone has dropped partly"
     " due to the Clean Air Act.", "US surface ozone", "indirect", "Colette Heald"),  # "As X told Y, ..."
    ("Show\n\nWilkins observed that the 2007 starting date of the donation program, which is part of the Andy Warhol"
     " Foundation for the Visual Arts, coincided with the 20th anniversary of Andy Warhol's death in 1987.",
     "the 2007 starting date", "indirect", "Wilkins"),  # the parser cut "Wilkins" off and lost the clause
    ("Clock\n\nAhmed Mohamed, 14, was arrested at school. The boy's father, Mohamed El-Hassan Mohamed, is a"
     " businessman.\n\nOn Tuesday his father said that the family would leave the town.", "the family would",
     "indirect", "Mohamed El-Hassan Mohamed"),  # the one person with that role, not the possessor
    ("Shuttles\n\nIn a statement, Governor Chris Gregoire said, “The museum put a tremendous amount of effort into"
     " landing a shuttle.\n\nIn 2008, Endeavour and Atlantis await a journey. Image: NASA.\n\n“However, the full"
     " fuselage trainer will soon call the museum home, and visitors will climb aboard.”", "However, the full",
     "direct", "Chris Gregoire"),  # the quote runs on past a caption laid out between its paragraphs
    ("Show\n\nFor Kevin Allton, a USI instructor in English, Warhol was also a legend. He said, “Andy Warhol was the"
     " center of the Zeitgeist for the 20th century and everything since.”", "Andy Warhol was the center", "direct",
     "Kevin Allton"),  # "For X, ...": the sentence gives X's view, so "He said" is X
    ("Ozone\n\nThe U.S. Department of Agriculture notes, \"Ground-level ozone causes more damage to plants than all"
     " other air pollutants combined\", highlighting the importance of air quality.", "Ground-level ozone", "direct",
     "U.S. Department of Agriculture"),  # "notes" tagged a plural noun after the name
    ("Salt\n\nThe World Health Organisation recommends that every country should iodise all edible salt.",
     "every country should", "indirect", "World Health Organisation"),  # a recommendation is reported speech
    ("Senate\n\nSenator Chuck Schumer spoke after the vote.\n\nSchumer: “We will pass this bill before the August"
     " recess, whatever they do.”", "We will pass", "direct", "Schumer"),  # a name alone before the colon
    ("Vote\n\n“He is lying,” said Sen. Elizabeth Warren.\n\nSen. Ted Cruz (R-Texas) put it bluntly: “Democrats have"
     " no message.”", "Democrats have no", QuoteKind.DIRECT, "Ted Cruz"),  # the clause a colon ends, not the last voice
    ("Deal\n\nFormer President Donald Trump, who remains the most influential voice in the party, posted on Truth"
     " Social that Republicans should \"stop giving away the store.\"", "stop giving", QuoteKind.DIRECT,
     "Donald Trump"),  # the parser hung "posted" on the name past its relative clause
    ("Doctors\n\nLabour said the dispute was mishandled.\n\nRishi Sunak's spokesperson said the government had"
     " negotiated in good faith. Asked whether ministers would legislate, he said all options remained under review.",
     "all options", "indirect",
     "Rishi Sunak's spokesperson"),  # "he" is the one described, not the one whose name describes him
    ("Letter\n\nThe home secretary, Suella Braverman, was sacked on Monday.\n\nIn a letter published on"
     " Tuesday, Braverman hit back, accusing Sunak of \"betraying\" voters.\n\n\"You have manifestly failed to deliver,\""
     " she wrote.", "You have manifestly", "direct", "Suella Braverman"),  # a paragraph opening with the quote
    ("Hearing\n\nPete Hegseth faced questions. Senator Kirsten Gillibrand of New York pressed him on whether he still"
     " believed women should not serve in combat. \"You've said women don't make us more effective,\" she said.",
     "You've said women", "direct", "Kirsten Gillibrand"),  # "him" and the "he" after it are someone else
    ("Appeal\n\nMaria Lopez said she would appeal. The 67-year-old said the ruling was \"a disgrace\".",
     "a disgrace", "direct", "Maria Lopez"),  # an age for the one just named
    ("Bill\n\nLord Falconer, who is steering the bill, said he was disappointed. The former lord chancellor warned"
     " that delay would \"cost lives\".", "cost lives", "direct", "Falconer"),  # an office once held
    ("Fine\n\nBrussels is preparing to fine Google after concluding that the company abused its dominance, according"
     " to three people familiar with the matter.", "Brussels is preparing", "indirect",
     "three people"),  # a finding inside what the sources say is theirs to report
    ("Bins\n\n'It's disgusting. You open the door and the smell hits you,' said Karen Price, 41. 'We pay our council"
     " tax and we get nothing.'", "It's disgusting", "direct", "Karen Price"),  # speech in single marks
    ("Bins\n\nThe strike is in its sixth week.\n\nUnite's Sharon Graham said: 'The council can end this strike tomorrow.'\n\nThe council leader said"
     " the offer was 'fair and final'. 'We have made a generous offer,' he said.", "fair and final", "direct",
     "The council leader"),  # a phrase in single marks, where the story writes speech so
    ("Strike\n\nLongtime port worker Luis Ramirez, 58, said he was ready to stay out.\n\n\"My father did this job. My"
     " son does this job,\" he said.", "My father did", "direct", "Luis Ramirez"),  # not a subject inside the quote
    ("Strike\n\nThe union's leader, Harold Daggett, spoke on Monday. Daggett was quoted by the Journal of Commerce as"
     " saying the union would \"never accept machines that take our jobs.\"", "never accept", "direct",
     "Harold Daggett"),  # the one quoted, not the paper quoting him
    ("Arms sale\n\nTaiwan rejected the claim. The State Council met. The Taiwan affairs office of the State Council said the"
     " party was \"colluding with external forces\".", "colluding", "direct", "State Council"),  # the body's office
    ("Arms sale\n\nTaiwan welcomed the sale on Monday. Taiwan's defense ministry said the equipment would \"help"
     " maintain peace\".", "help maintain", "direct", "Taiwan"),  # a state's organ, unnamed
    ("Contempt\n\nThe vote came after Martin Ruiz, who served as deputy chief of staff until March, refused to appear"
     " before the committee. Rep. Diane Costa chairs the committee.\n\nCosta said the committee would consider fining Ruiz"
     " $10,000 a day until he complies.\n\n\"We have tried every avenue,\" she said.", "We have tried", "direct",
     "Diane Costa"),  # the "he" after another man's name says nothing of her
    ("Libraries\n\nThe Save Our Libraries group said it would go to court. The opposition Liberal Democrat group on"
     " the council accused the ruling administration of \"cultural vandalism\".", "cultural vandalism", "direct",
     "The opposition Liberal Democrat group"),  # a group named by its own party, not the group before
    ("Lebanon\n\nIsraeli jets struck Lebanon. The United Nations peacekeeping force in Lebanon, UNIFIL, said one of"
     " its positions had been hit by Israeli fire.", "one of its positions", "indirect", "UNIFIL"),  # named beside
    ("Race\n\nRepublican candidate Tudor Dixon on Monday accused Gov. Gretchen Whitmer of running a dishonest"
     " campaign.\n\nWhitmer's campaign stood by the ad. \"Tudor Dixon has said that she opposes abortion,\" said"
     " spokesperson Maeve Coyle.\n\nThe governor has made abortion the centerpiece of her bid. She appeared Sunday on"
     " NBC, where she said the stakes \"could not be higher.\"\n\nFormer President Donald Trump called Whitmer \"a"
     " disaster for Michigan.\" He is scheduled to hold a rally.", "could not be higher", "direct",
     "Gretchen Whitmer"),  # "He" after the sentence that names her as an object is Trump's
    ("Letter\n\nFaculty members were divided. More than 500 professors signed a letter urging the board to resist what"
     " they called \"political interference,\" while others said the president had failed.", "political interference",
     "direct", "More than 500 professors"),  # "they": the plural subject, not the nearer board
    ("An interview with the rail union's new leader\n\nMaria Delgado became general secretary of the Rail and Transit"
     " Workers Union in March, just as talks with train operators collapsed. The transport secretary has called the"
     " strikes \"reckless\".", "reckless", "direct",
     "The transport secretary"),  # another secretary: the narrowing noun is not in her office
    ("Killings\n\nThe U.N. human rights office called for an inquiry. The attorney general's office said it had"
     " opened an inquiry into the killings.", "it had opened", "indirect",
     "The attorney general's office"),  # another office: its holder narrows it as a noun does
    ("Shutdown\n\nSen. Lisa Murkowski, R-Alaska, said she was embarrassed.\n\nMajority Leader John Thune fired back"
     " minutes later. \"Democrats are holding the government hostage,\" the South Dakota Republican said.",
     "Democrats are holding", "direct", "John Thune"),  # untagged among tagged senators, but just named
    ("Race\n\nSen. John Cornyn, R-Texas, spoke first. Sen. Lisa Murkowski, R-Alaska, said she was embarrassed."
     " \"This is a disgrace,\" the Texas Republican said.", "This is a disgrace", "direct",
     "John Cornyn"),  # the Republican whose tag names Texas, not the nearer one from Alaska
    ("Waiting lists\n\nWes Streeting has been accused of betraying patients.\n\nThe health secretary told MPs that"
     " the goal was \"unachievable\" before 2029.\n\nThe shadow health secretary, Edward Argar, said Labour had broken"
     " a promise.", "unachievable", "direct", "Wes Streeting"),  # an office no one holds, after a name with none;
    # not the shadow secretary's
    ("Ad\n\nThe Harris campaign released a new ad titled \"Real Costs,\" which features a Michigan autoworker saying"
     " the Trump tariffs \"cost me my overtime.\"", "cost me my overtime", "direct",
     "a Michigan autoworker"),  # the one a participle of speech hangs on
    ("Impeachment\n\nHan Dong-hoon, the PPP leader, who had pushed Yoon to resign voluntarily, said he would"
     " respect the vote.", "he would respect", "indirect", "Han Dong-hoon"),  # the apposition is no second subject
    ("Closure\n\n\"They have ignored the people of this town,\" said the group's chair, Helen Marsh, a former midwife.",
     "They have ignored", "direct", "Helen Marsh"),  # the name set beside the office the parser made a subject
    ("Veto\n\nThe council approved the cut last week.\n\nThe local chapter of the American Civil Liberties Union urged"
     " the council to stand firm. In a statement, the group said the city had spent \"decades pouring money into"
     " policing.\"", "decades pouring", "direct", "American Civil Liberties Union"),  # the body the sentence before
    # had as its subject, not the council named last
    ("Ads\n\nLake's campaign released a 30-second spot titled \"Open Borders Ruben,\" which accuses Gallego of voting"
     " \"to let criminals walk free.\"", "to let criminals", "direct", "Lake's campaign"),  # an ad speaks for whoever
    # released it, and its title is no speaker
    ("Ohio race\n\nRepublican Senate candidate Bernie Moreland on Tuesday accused his rival of lying.\n\n\"He's lying"
     " and he knows it,\" Moreland told reporters. \"Matt Dolan has created nothing but excuses.\"\n\nHe added that he"
     " would not take the ad down from his website.", "he would not take", "indirect",
     "Bernie Moreland"),  # a name in someone's quoted words is not who "he" goes on to be
    ("West African bloc threatens force against Niger\n\nThe bloc said it would \"take all measures necessary to"
     " ensure constitutional order\" if its demands were not met.", "take all measures", "direct",
     "West African bloc"),  # a bloc speaks
    ("Ballot\n\nArizona Gov. Katie Hobbs on Monday accused the state's Republican legislative leaders of trying to"
     " \"hijack\" a voter-backed abortion rights measure, dubbing their alternative proposal \"a cynical decoy.\"",
     "a cynical decoy", "direct", "Katie Hobbs"),  # the participle hung on the gerund is still hers
    ("Shoal\n\nThe Philippines summoned China's ambassador on Monday to protest what it called \"aggressive and"
     " dangerous\" actions by Chinese vessels.", "aggressive and dangerous", "direct",
     "Philippines"),  # "it" goes on with the subject's own act, not the possessor nearer to it
    ("Sheriff charged\n\nWhitcomb, 61, was released on bond. His lawyer, Carla Mendes, said he would plead not"
     " guilty. \"We look forward to clearing his name,\" she said.", "We look forward", "direct",
     "Carla Mendes"),  # "he" after "His lawyer, ..." is the client's pronoun, not hers
    ("Ads\n\nA new spot from the Senate Leadership Fund shows footage of a seizure and says Brown \"voted to let"
     " dangerous criminals go free.\"", "voted to let", "direct", "Senate Leadership Fund"),  # who paid for the ad
    ("Tax\n\nHouse Minority Leader Hakeem Jeffries, who spoke for more than eight hours to delay the vote, called it"
     " \"a crime scene.\"", "a crime scene", "direct", "Hakeem Jeffries"),  # the parser made his name an auxiliary
    ("Veto\n\nIn a veto letter sent to lawmakers, Whitfield, a Democrat, wrote that the measure \"drains money from the"
     " public schools that 90 percent of our children attend\" and would cost the state $450 million.", "drains money",
     "direct", "Whitfield"),  # the parser joined the name to the phrase before it ("lawmakers, Whitfield")
    ("Debate\n\nDemocratic Rep. Ruben Gallego and Republican Kari Lake traded attacks.\n\nLake, who launched her campaign in 2023, tied Gallego"
     " to President Joe Biden, accusing him of voting for \"open borders\" that she said had flooded Arizona with"
     " fentanyl.", "had flooded", "indirect", "Kari Lake"),  # "she" in a clause on a thing: the subject known as "she"
    ("Minister\n\nIngrid Solberg grew up on a dairy farm in Trøndelag. Her brother still runs it. \"He doesn't talk to"
     " me about politics any more,\" she says.", "He doesn't talk", "direct", "Ingrid Solberg"),  # "she" is no brother
    ("Arrests\n\nMore than 500 people were arrested, the Metropolitan Police said.\n\nDemonstrators gathered in"
     " Parliament Square.\n\nIn a statement, the force said: \"Officers have been clear.\"", "Officers have been",
     "direct", "Metropolitan Police"),  # "the force" is the police named before
    ("Farms\n\n“They are destroying a way of life,” said Mark van den Oever, the group's leader, standing beside his"
     " tractor.", "They are destroying", "direct", "Mark van den Oever"),  # a name the parser broke at its particles
    ("Mould\n\n“We have reported the mould,” said the association's chair, Yasmin Ali, who lives in a two-bedroom"
     " flat with her three children.\n\n“Nothing has changed. My youngest has been to hospital twice.”",
     "Nothing has changed", "direct", "Yasmin Ali"),  # a paragraph of quotation after the cue closing the last
]


@pytest.mark.parametrize(("text", "opening", "kind", "who"), SPEAKERS, ids=[r[1] for r in SPEAKERS])
def test_speakers(analyze_text, text, opening, kind, who):
    b = analyze_text(text)
    quote = _quote(b, opening)
    assert quote.kind == kind
    assert who in (quote.speaker, quote.actor)
    assert b.article.text[quote.start:quote.end] == quote.text
    if quote.actor is not None:
        assert next(a for a in b.actors if a.id == quote.actor_id).name == quote.actor


@pytest.mark.parametrize(("label", "text", "opening", "who"), [
    ("IN_THE_WORDS_OF", SPEAKERS[7][0], "he cried every", "Anna Holt"),
    ("ACCORDING_TO", SPEAKERS[11][0], "the town was told", "the Associated Press"),
])
def test_surface_patterns_decide_their_rows(analyze_text, monkeypatch, label, text, opening, who):
    assert who in {x for q in analyze_text(text).quotes if q.text.startswith(opening) for x in (q.speaker, q.actor)}
    monkeypatch.setattr(patterns, "SURFACE", {k: v for k, v in patterns.SURFACE.items() if k != label})
    monkeypatch.setattr(patterns, "_MATCHERS", {})
    assert who not in {x for q in analyze_text(text).quotes if q.text.startswith(opening)
                       for x in (q.speaker, q.actor)}


# (text, the words that must not be a quote or a speaker)
NOT_QUOTES = [
    ("Deal\n\nThe so-called “deal” was mocked. Rock’n’roll isn’t a quote.", "deal"),  # scare quotes
    ("Contract\n\nShe was called in and told that her contract had ended and that she had to leave.",
     "her contract had ended"),  # the one told is not the one telling
    ("Museum\n\n“We told them that the roof would fail and nobody listened to us at all,” said curator Ana Ruiz.",
     "the roof would fail"),  # reported speech inside a quotation
    ("TV\n\nThe network will air “The Long Night of the Soul” next week, its producers said on Tuesday.",
     "The Long Night of the Soul"),  # a title
    ("Rally\n\nProtesters chanted “No justice, no peace” outside the courthouse on Friday night.",
     "No justice, no peace"),  # a slogan
    ('Embed\n\n<blockquote class="twitter-tweet">“We will win this election,” the candidate posted.</blockquote>',
     "twitter-tweet"),  # markup
    ("Fraud\n\nThe charity reported the matter to the police and the Charity Commission opened a statutory inquiry.",
     "opened a statutory inquiry"),  # a thing reported, and a clause the parser lost its "and" for
    ("Rally\n\nHundreds of tenants rallied on the Capitol steps, chanting \"Housing is a right\" and holding"
     " signs.", "Housing is a right"),  # a chanted slogan, with a verb in it
    ("Strike\n\nTeachers carried signs reading \"Our students deserve better\" outside the schools.",
     "Our students deserve better"),  # what a sign reads
    ("Lithium\n\nProtesters carrying banners reading \"Rio Tinto, get out\" and \"We won't give up Jadar\" blocked two"
     " railway stations, police said.", "We won't give up Jadar"),  # the second slogan a banner carries
    ("Speaker\n\nRep. Marjorie Taylor Greene filed a \"motion to vacate\" late Wednesday, calling the agreement \"a"
     " betrayal of every Republican voter.\"", "motion to vacate"),  # a term, a noun after "a"
    ("Bill\n\nSen. Ted Cruz of Texas dubbed it \"the Corrupt Politicians Act\" during an appearance on Fox News's"
     " \"Hannity.\"", "Hannity."),  # a one-word title after its owner's name
    ("Hearing\n\nThe nominee faced sharp questions on Tuesday, as senators pressed him to explain how he would"
     " account for trillions of dollars.", "how he would account"),  # asked for, not said
    ("Audit\n\nThe plan failed in March. Senators asked her to explain why the plan failed.", "why the plan"),  # asked
    ("Ballot\n\nSenate President Warren Petersen fired back on X. He later posted a link to an op-ed titled \"Why"
     " Arizona Needs a Middle Ground.\"", "Why Arizona Needs a Middle Ground."),  # a title, its stop the sentence's
    ("Vote\n\nVenezuela's electoral council declared him the winner of Sunday's vote with 51%.", "him the winner"),
    # a name given, no clause said
    ("Tax\n\nMembers of the so-called \"SALT caucus,\" led by Rep. Mike Lawler of New York, had threatened to sink the"
     " measure.", "SALT caucus"),  # a name others use, after "so-called", whoever threatens in the sentence
    ("Law\n\nGeorgia's parliament passed a law on “foreign influence” on Tuesday that critics say threatens media"
     " freedom.", "foreign influence"),  # what they speak of, named
]


def test_a_bodys_name_with_a_preposition_in_it_is_the_speaker_whole(analyze_text):
    b = analyze_text("Custody death\n\nThe Independent Office for Police Conduct (IOPC) said on Thursday it had referred"
                     " a file to prosecutors.")
    assert _quote(b, "on Thursday it had").speaker == "The Independent Office for Police Conduct"


@pytest.mark.parametrize(("text", "words"), NOT_QUOTES, ids=[r[1] for r in NOT_QUOTES])
def test_not_quotes(analyze_text, text, words):
    assert not any(q.text.startswith(words) and q.kind == QuoteKind.INDIRECT or q.text == words
                   for q in analyze_text(text).quotes)


def test_a_spokesman_for_a_named_person_is_not_that_person(analyze_text):
    b = analyze_text("Bill\n\nSenator Ann Smith opposes the bill. Senator Ann Smith's spokesman said: “The senator"
                     " will not be voting for this bill in its current form.”")
    quote = _quote(b, "The senator will not")
    assert quote.speaker == "Senator Ann Smith's spokesman" and quote.actor is None


def test_a_spokesperson_for_a_named_person_with_no_name_is_not_that_person(analyze_text):
    b = analyze_text("Vote\n\nSen. Joe Manchin met the president. According to a spokesperson for Sen. Joe Manchin,"
                     " the West Virginia Democrat has not decided how he will vote.")
    quote = _quote(b, "the West Virginia")
    assert quote.speaker == "a spokesperson" and quote.actor is None


def test_the_sentence_after_an_uncued_quote_may_name_its_speaker(analyze_text):
    b = analyze_text("Protest\n\nBoeing said it regretted the delays.\n\n\"We are not going anywhere.\" That was the"
                     " message from Mayor Karen Ortiz on Tuesday, as protesters gathered outside City Hall.")
    assert _quote(b, "We are not going").speaker == "Mayor Karen Ortiz"  # not Boeing, the voice before


def test_according_to_a_source_credits_the_quote_it_opens(analyze_text):
    b = analyze_text("Talks\n\nPutin met the envoy. According to a statement from the Kremlin, \"the talks were"
                     " constructive and frank.\"")
    assert _quote(b, "the talks were").actor == "Kremlin"


def test_a_clause_reported_in_a_relative_clause_ends_at_its_comma(analyze_text):
    b = analyze_text("Welfare\n\nThe Conservatives, who have said they will oppose the bill, accused Labour of chaos.")
    assert [q.text for q in b.quotes] == ["they will oppose the bill"]  # not the main verb the parser hung on it


def test_a_spokesperson_for_a_titled_leader_is_not_the_leader(analyze_text):
    b = analyze_text("Senate\n\nA spokesman for Senate Majority Leader John Thune said the full Senate could take it up"
                     " before the recess.")
    quote = _quote(b, "the full Senate")
    assert (quote.speaker, quote.actor) == ("A spokesman", None)
    assert b.actor("John Thune").role == "Senate Majority Leader"  # his own title, not the spokesman's


def test_a_new_spokesperson_is_not_one_named_before_but_speaks_for_the_body(analyze_text):
    b = analyze_text("Sewage\n\nTim Farron, the party's environment spokesperson, said bonuses must end.\n\nA spokesperson"
                     " for Water UK, which represents the industry, said companies were cooperating fully.")
    quote = _quote(b, "companies were")
    assert (quote.speaker, quote.actor) == ("A spokesperson", "Water UK")  # not Tim Farron


def test_the_one_the_standfirst_says_is_told_asks_the_questions(analyze_text):
    b = analyze_text("'Inflation is not beaten yet'\n\nDeputy governor Clare Lombardi tells Tom Reeves why she voted"
                     " against cutting rates\n\nClare Lombardi has spent three decades at the Bank.\n\nQ. You were"
                     " outvoted. Does that bother you?\nA. Not at all. The committee works because people disagree.\n\n"
                     "Q. Why did you want to hold rates?\nA. Services inflation is still running close to 5%.")
    assert b.actor("Tom Reeves") is None and b.actor("Clare Lombardi") is not None


def test_what_showed_a_warning_is_not_what_was_warned(analyze_text):
    """'emails showed she was warned by officials that ...': what showed is not what was warned."""
    b = analyze_text("Home Office\n\nThe home secretary is facing calls to resign after leaked emails showed she was"
                     " warned by officials that asylum hotel contracts would cost taxpayers more than planned.")
    assert not any("emails showed" in q.text for q in b.quotes)


def test_questions_over_answers_with_the_interviewee_named_in_the_headline(analyze_text):
    b = analyze_text("Nadia Haddad: 'I learned more in my grandmother's kitchen'\n\nThe chef behind Beirut Table talks to"
                     " Sam Okoro about closing her first restaurant\n\nNadia Haddad opened Beirut Table in Manchester in"
                     " 2014.\n\nYou grew up in Tripoli. What did you eat?\nEverything my grandmother made. She never"
                     " measured anything.\n\nYour first restaurant closed after a year. What went wrong?\nI was 24 and I"
                     " thought passion was enough. It wasn't.\n\nWhat's next?\nA fourth restaurant, in Bristol, next"
                     " spring.")
    assert [(q.actor, q.text[:12]) for q in b.quotes if q.actor] == [
        ("Nadia Haddad", "Everything m"), ("Nadia Haddad", "I was 24 and"), ("Nadia Haddad", "A fourth res")]
    assert b.actor("Sam Okoro") is None  # the one she talks to asks the questions


@pytest.mark.parametrize("speaker", ["Union leaders", "The union leader"])
def test_an_office_narrowed_or_plural_is_not_the_one_holder(analyze_text, speaker):
    b = analyze_text(f"Rail deal\n\nSenate Minority Leader Mitch McConnell said Congress should act.\n\n{speaker}"
                     " said the deal was unfair.")
    quote = _quote(b, "the deal was unfair")
    assert quote.speaker == speaker and quote.actor is None  # not "Senate Minority Leader" McConnell


def test_a_singular_description_is_not_an_earlier_plural(analyze_text):
    b = analyze_text("Rail\n\nFour of the 12 rail unions voted down the deal. The Teamsters criticized the move. In a"
                     " statement, the union said Congress was \"doing the bidding of the railroads.\"")
    quote = _quote(b, "doing the bidding")
    assert (quote.speaker, quote.actor) == ("the union", None)  # not "the 12 rail unions"


def test_a_word_of_a_role_names_its_holder_only_as_the_office(analyze_text):
    b = analyze_text("Race\n\nIn a statement, campaign spokeswoman Megan Lyle called Benson \"desperate.\"\n\n"
                     "Kittredge's campaign said the congressman had always protected Medicare.")
    assert _quote(b, "the congressman had").actor != "Megan Lyle"  # his campaign is not her "campaign spokeswoman"


def test_a_statement_that_reads_is_speech(analyze_text):
    b = analyze_text("Strike\n\nThe union issued a statement that read: \"We will not be bullied into a bad deal by"
                     " this district.\"")
    assert _quote(b, "We will not be bullied")  # a statement reads; only a sign's words are a slogan


def test_a_headlines_words_describe_no_speaker(analyze_text):
    b = analyze_text("Minister on inflation, unions and the budget\n\nThe Ledger: The teachers' unions say they will"
                     " strike in March. Will you meet them?")
    quote = _quote(b, "they will strike")
    assert (quote.speaker, quote.actor) == ("The teachers' unions", "unions")  # not "unions and the budget"


def test_the_one_spoken_to_after_an_outlets_name_asks(analyze_text):
    b = analyze_text("Q&A: the housing minister\n\nPaula Reid has been housing minister for a year. She spoke to the"
                     " Evening Post's Anna Whyte about rents.\n\nQ: Are rents falling?\n\nA: Yes. Rents fell last quarter."
                     "\n\nQ: Will you cap them?\n\nA: No. Caps reduce supply.\n\nQ: What next?\n\nA: More homes.")
    assert _quote(b, "Are rents falling").speaker == "Anna Whyte"  # the interviewer, named after the outlet's


def test_the_accused_in_a_headlines_passive_is_no_speaker(analyze_text):
    b = analyze_text("Trust accused of 'cashing in on the sick' after doubling fees\n\nCharities condemned the Riverside"
                     " Trust last night, accusing it of 'cashing in on the sick'.\n\n'People with cancer should be able to"
                     " focus on getting better, not on how they will pay to park,' said Karen Ellis, of the charity.\n\n"
                     "'We are calling on the trust to reverse this decision immediately.'")
    headline = min((q for q in b.quotes if q.text.startswith("cashing in")), key=lambda q: q.start)
    assert headline.speaker is None  # the one accused, not the accuser


def test_trades_and_firms_speak(analyze_text):
    b = analyze_text("Flights\n\nIn a statement, the airline said it was sorry for the disruption.\n\nA pilot, speaking"
                     " on condition of anonymity, said staff had warned managers about the ageing system for months.")
    assert [(q.text, q.speaker) for q in b.quotes] == [
        ("it was sorry for the disruption", "the airline"),
        ("staff had warned managers about the ageing system for months", "A pilot")]  # not what staff warned


# (text, the opening of a quote, the actor it is credited to): who says a quote the cue does not name
VOICES = [
    ("Kenya\n\nThe Law Society of Kenya said it would sue the police inspector general. Kenya is calm.",
     "it would sue", "Law Society"),  # the body its name holds, not the place that closes it
    ("Kenya\n\nAmnesty International Kenya said police had used live ammunition. Kenya is calm.",
     "police had used", "Amnesty International Kenya"),  # a body's national chapter, one name, not the place
    ("Farm\n\nThe American Farm Bureau Federation said in a letter to lawmakers that exports had fallen. \"Our members"
     " cannot survive another trade war,\" the letter said.", "Our members cannot",
     "American Farm Bureau Federation"),  # a letter speaks for whoever said what was in it
    ("Border\n\nSen. Thom Tillis, R-N.C., told reporters the votes were not there. Sen. Alex Padilla of California"
     " said the deal abandoned immigrants.\n\nOne senator, who asked not to be named, said the pressure had been"
     " \"intense and relentless.\"", "intense and relentless", None),  # an office counted is someone new, not
    # the senator named before
    ("Ads\n\nRepublican Kari Lang released a 30-second ad titled \"Made in America, Sold to China,\" which accuses"
     " her Democratic opponent, Rep. Ruben Gallego, of voting for \"every bad trade deal since 2015.\"",
     "every bad trade deal", "Kari Lang"),  # an ad speaks for whoever released it, not for a name the parser hung
    # on it after its clause
    ("Doctors\n\nDr Robert Laurenson and Dr Vivek Trivedi, co-chairs of the committee, said the government had"
     " \"failed to make a credible offer\".", "failed to make", "Robert Laurenson"),  # apposition read as a clause
    ("Bill\n\nSen. Ted Cruz of Texas dubbed it \"the Corrupt Politicians Act\" during an appearance on Fox News's"
     " \"Hannity.\"", "the Corrupt Politicians Act", "Ted Cruz"),  # the name a speaker gives is his word
    ("Bill\n\n“This bill is dead on arrival,” Senate Majority Leader Chuck Schumer, D-N.Y., said on the Senate"
     " floor. “We will not be held hostage.”", "We will not", "Chuck Schumer"),  # a party tag parts nothing
    ("Fuel\n\nChancellor Rachel Reeves defended the policy. \"We inherited a black hole and we have to make"
     " difficult decisions,\" she said in a statement. \"I will not apologise for fixing the foundations.\"",
     "I will not apologise", "Rachel Reeves"),  # not the "we" inside the quotation before
    ("Housing\n\nMayor Karen Bass said the plan would ease the housing shortage. \"This is the biggest step we have"
     " taken in a decade,\" she said.\n\nCouncilman Tom Ellis, who voted against the plan, warned that roads in the"
     " area could not cope. \"Nobody has explained how people will get to work,\" he said.", "Nobody has explained",
     "Tom Ellis"),  # the sentence before his name says nothing of his gender
    ("Housing\n\nMayor Karen Bass backed the plan.\n\nCouncilman Tom Ellis, whose wife lives near the yards, warned"
     " that roads could not cope. \"Nobody has explained how people will get to work,\" he said.",
     "Nobody has explained", "Tom Ellis"),  # a gendered title says who he is
    ("Prisons\n\nThe shadow home secretary, Paul Dorner, demanded that Ms Ferris publish the figures.\n\n\"The public"
     " deserves an answer,\" he said.", "The public deserves", "Paul Dorner"),  # her title after his name is hers
    ("Prisons\n\nVictims' groups criticised Ms Ferris. Victims say they were not told, and victims' families are"
     " angry.\n\nThe Victims' Commissioner, Dame Rachel Orde, said she had written to Ms Ferris. In a letter, she"
     " said the plan had been \"rushed\".", "the plan had been", "Rachel Orde"),  # the subject named in apposition, not the
    # possessor inside the description nor the woman she wrote to
    ("Parking\n\nTory MP Ann Lyle, whose seat includes the hospital, said she had written to the trust's chief"
     " executive, Tom Reid, demanding an explanation.\n\nShe said: 'It is simply wrong.'", "It is simply wrong",
     "Ann Lyle"),  # a paragraph opening "She said:" goes on from the one before, not the nearest name
    ("Parking\n\nTory MP Helen Grant said she had written to the trust.\n\nOne patient, 64-year-old grandmother"
     " Pauline Webb, from Tonbridge, said she now paid more than £100 a month to park during her treatment.",
     "she now paid", "Pauline Webb"),  # a name in apposition to an apposition
    ("Bill\n\nSen. John Cornyn, R-Texas, said the bill was weak. Sen. Chris Murphy, D-Conn., defended it. \"This is"
     " the toughest bill in a generation,\" the senator said.", "This is the toughest", "Chris Murphy"),  # of two
    # senators, the one named last
    ("Bill\n\nSen. Chris Murphy, D-Conn., defended the bill. Sen. John Cornyn, R-Texas, was unmoved. \"It legalizes"
     " illegal crossings,\" the senator told reporters.", "It legalizes", "John Cornyn"),
    ("Bill\n\nHouse Speaker Mike Johnson opposed the bill. A spokesperson for Johnson, Raj Shah, added that the"
     " speaker had \"made his position clear.\"", "made his position", "Raj Shah"),  # named in apposition
    ("House Republicans Split Over Speaker's Spending Deal\n\nRep. Chip Roy of Texas, a leading conservative, called"
     " the agreement \"a betrayal of everything we campaigned on\" and said he would not support it.\n\n\"We were sent"
     " here to cut spending,\" Roy said in a floor speech.\n\nJohnson defended the deal in a closed-door meeting with"
     " Republicans on Wednesday morning, according to two lawmakers who were in the room. He told them it was \"the"
     " best deal we could get with a Democratic Senate.\"\n\nRep. Marjorie Taylor Greene of Georgia, who has clashed"
     " with Johnson before, wrote on X that the speaker had \"surrendered\" and that she was \"seriously considering\""
     " filing a motion to vacate the chair.", "the best deal", "Johnson"),  # "she" after Johnson, in Greene's
    # sentence, is Greene's
    ("Amnesty\n\nPuigdemont fled in 2017. Junts, Puigdemont's party, said: \"We will not vote for a law that has been"
     " watered down.\" Its spokeswoman warned that Junts would walk out.", "We will not vote", "Junts"),  # a name read
    # as a noun speaks as what its apposition says it is; the owner inside the apposition is someone else
    ("Water\n\nThe environment secretary, Steve Reed, said bonuses were banned. \"The days of impunity are over,\""
     " he said.", "The days of", "Steve Reed"),  # the subject before, named in apposition
    ("Suit\n\nAttorney General Dave Yost filed the suit.\n\nTeresa Hall, whose son died in 2019 after taking pills"
     " bought with a forged prescription, waited years. \"They knew, and they did nothing,\" she said.", "They knew",
     "Teresa Hall"),  # "whose son" is someone else: not a man
    ("Iran\n\n\"Iran must stop its military support for Russia's war,\" the EU's foreign policy chief, Josep Borrell,"
     " told reporters after the meeting. \"Every drone that hits a power station is a drone made in Iran.\"",
     "Every drone", "Josep Borrell"),  # a long cue between two quotations is still only the cue
    ("Google\n\nThe European Publishers Council welcomed the news. \"The Commission must now act decisively,\" its"
     " executive director, Angela Mills Wade, said.", "The Commission must", "Angela Mills Wade"),  # the parser
    # hung the speaker on the quoted clause: the noun before the verb, after the quotation, speaks
    ("Rally\n\nHarris said voters faced \"a choice between the past and the future.\"\n\nPennsylvania's governor,"
     " Josh Shapiro, who introduced Harris, called the state \"ground zero\" for the election.", "ground zero",
     "Josh Shapiro"),  # a relative clause on the apposition names someone else
    ("Border bill\n\nSen. John Cornyn, R-Texas, criticized the bill on Tuesday. \"This is not a serious proposal,\""
     " the Texas Republican said.", "This is not", "John Cornyn"),  # the party member named before
    ("Border bill\n\nSen. John Cornyn, R-Texas, criticized the bill. Sen. Elizabeth Warren, D-Mass., also spoke."
     " \"We need a real plan,\" the Massachusetts Democrat told reporters.", "We need", "Elizabeth Warren"),
    ("Strike\n\nUnion official Kate Morris said members would vote this week, adding: \"Nobody should"
     " underestimate how angry people are.\"", "Nobody should", "Kate Morris"),  # "adding" is hers, not members'
    ("Fraud\n\nGraham Pollard, 61, used the money to pay for holidays and his daughter's wedding.\n\nSentencing him"
     " on Friday, Judge Anne Whitcombe said Pollard had \"betrayed the trust of every family"
     " who ever walked through the hospice's doors.\"\n\n\"You stole from dying children,\" she told him.",
     "You stole", "Anne Whitcombe"),  # the "him" before her name is Pollard's
    ("Strike\n\nAccording to a statement from the Royal College of Nursing, the offer would leave many nurses worse"
     " off.", "the offer would", "Royal College of Nursing"),  # a statement from a body is the body's
    ("Flag\n\nPrime Minister John Key said he believes redesigning the flag now has a \"strong rationale\". Mr Key"
     " promoted the campaign.", "strong rationale", "John Key"),  # a term inside what someone said is their word
    ("Ruling\n\nA federal judge on Tuesday said the Texas law was unconstitutional.\n\nU.S. District Judge Robert"
     " Pitman wrote that the law violated the First Amendment.", "the Texas law", "Robert Pitman"),  # an indefinite
    # description in the lead is the one named after
    ("Sewage\n\nThames Water, the country's biggest supplier, declined to comment on the investigation but said it"
     " was working with the regulator.", "it was working", "Thames Water"),  # a speaker joined to another verb
    ("Race\n\nGov. Gretchen Whitmer is running again. \"We're letting voters hear her own words,\" said campaign"
     " spokesperson Maeve Coyle.\n\nThe governor, who signed an executive order last year, has made the issue the"
     " centerpiece of her bid. She appeared Sunday on NBC, where she said the stakes \"could not be higher.\"",
     "could not be", "Gretchen Whitmer"),  # a pronoun in a clause is the sentence's subject, the office its holder
    ("Report\n\nDowning Street said the prime minister had confidence in her. Asked about the emails, a No 10"
     " spokesperson said: \"The prime minister is focused on fixing the system.\"", "The prime minister is",
     "Downing Street"),  # a spokesperson named for a body speaks for it; No 10 is Downing Street
    ("Report\n\nThe Commerce Department has received 40,000 requests. A Commerce spokeswoman said the department"
     " would respond in due course.", "the department would", "Commerce Department"),
    ("Water\n\nThe Texas Commission on Environmental Quality is investigating the town's water system, a spokesperson"
     " for the agency told CNN.", "The Texas Commission", "Texas Commission on Environmental Quality"),  # the agency
    ("Refunds\n\nThe Civil Aviation Authority has received 4,000 complaints. In a letter to the airline's chief"
     " executive, Michael O'Leary, the regulator said it would act within weeks.", "it would act",
     "Civil Aviation Authority"),  # the regulator speaks, not the man the letter was to
    ("Ferry fined\n\nThe operator of the Island Star ferry has been fined £2.1 million after thousands of passengers"
     " were stranded, the transport regulator said on Monday.\n\nThe Office of Rail and Road said the company had"
     " failed to tell passengers about cancellations.", "The operator of the Island Star", "Office of Rail and Road"),
    # a field's word before "regulator", and the one public body named, after as well as before
    ("Labour suspends MP\n\nLabour has suspended Dan Whitmore after leaked messages. The Conservatives called for him"
     " to resign. The party said it had received complaints.", "it had received", "Conservatives"),
    ("Labour suspends MP\n\nThe Conservatives called for Dan Whitmore to resign. Labour has suspended him. The party"
     " said it had received complaints.", "it had received", "Labour"),  # "the party": the party named last
]


@pytest.mark.parametrize(("text", "opening", "actor"), VOICES, ids=[f"{r[2]}: {r[1]}" for r in VOICES])
def test_voices(analyze_text, text, opening, actor):
    assert _quote(analyze_text(text), opening).actor == actor


# (text, every quote's words): where a reported clause starts and ends
CLAUSES = [
    ("Hearing\n\nSen. Sherrod Brown warned against weakening the rules. Banks, he said, had spent millions lobbying to"
     " water them down.", ["Banks, he said, had spent millions lobbying to water them down"]),  # a cue set into the
    # clause it reports
    ("Sacked\n\nSir John Hayes, a close ally of Braverman, said her sacking would \"alienate\" Conservative voters, and"
     " the New Conservatives group demanded an emergency meeting with Sunak.",
     ["her sacking would \"alienate\" Conservative voters", "alienate"]),  # no trailing ", and"
    ("Fuel\n\nThe Trades Union Congress said the cut would push thousands into poverty and urged ministers to"
     " reverse it before the winter.", ["the cut would push thousands into poverty"]),  # the urging is the TUC's
    ("Chile\n\nBoric named a new finance minister, in a cabinet shake-up that analysts said signalled continuity in"
     " economic policy.", ["signalled continuity in economic policy"]),  # a relative pronoun is no part of it
    ("Vigil\n\n\"Jamal was a good kid,\" his mother, Grace Osei, said at a vigil on Monday attended by several"
     " hundred people.", ["Jamal was a good kid"]),  # a participle describing the vigil was not said
    ("Bill\n\nSenate Majority Leader John Thune has not said whether he will bring the bill to the floor. He said"
     " he would not hurry.", ["he would not hurry"]),  # a negated or open question reports nothing
    ("Strike\n\nUnion official Kate Morris said members would vote this week, adding: \"Nobody should underestimate"
     " how angry people are.\"", ["members would vote this week", "Nobody should underestimate how angry people"
                                  " are."]),  # what she adds is no part of the reported clause
    ("Strike\n\nThe chief executive, Martin Hale, said in a statement that management had offered a 6 percent rise.",
     ["management had offered a 6 percent rise"]),  # the parser hangs the clause on "statement"
    ("Custody\n\nThe Police Federation said the officers had followed procedure and warned against a rush to"
     " judgement.", ["the officers had followed procedure"]),  # a simple past cannot share "had": its own act
    ("Inquiry\n\nHe said he would co-operate fully with the party's investigation.",
     ["he would co-operate fully with the party's investigation"]),  # one word the parser split into clauses
    ("Strike\n\nThe union leader says the dispute is complicated and will take months to resolve.",
     ["the dispute is complicated and will take months to resolve"]),  # a second verb with its own "will" is the
    # clause's, not the speaker's second act
    ("Waiting\n\nThe health secretary told MPs on Tuesday that the goal, last met in 2016, was unachievable before"
     " 2029.", ["the goal, last met in 2016, was unachievable before 2029"]),  # a verb joined with no "and" is
    # the clause's own, after a phrase set off by commas
]


@pytest.mark.parametrize(("text", "quotes"), CLAUSES, ids=[r[1][0][:30] for r in CLAUSES])
def test_reported_clauses(analyze_text, text, quotes):
    assert [q.text for q in analyze_text(text).quotes] == quotes


INTERVIEW = ("Sarah Johnson on the election\n\nBy Tom Hale\n\nSarah Johnson, the independent candidate for mayor, spoke"
             " to us about her campaign.\n\nQ: Why did you decide to run for office now?\n\nA: I have lived in"
             " this town for thirty years and I have never seen it so divided.\n\nQ: What will you do first?\n\n"
             "A: Fix the roads, reopen the library and lower the parking fees.")


def test_an_interview_answers_in_the_interviewees_voice(analyze_text):
    b = analyze_text(INTERVIEW)
    answers = [q for q in b.quotes if q.text.startswith(("I have lived", "Fix the roads"))]
    questions = [q for q in b.quotes if q.text.startswith(("Why did you", "What will you"))]
    assert [q.actor for q in answers] == ["Sarah Johnson", "Sarah Johnson"]
    assert [q.speaker for q in questions] == ["Tom Hale", "Tom Hale"]
    assert all(b.article.text[q.start:q.end] == q.text and q.kind == "direct" for q in answers + questions)


def test_a_markdown_interview_with_bold_labels(analyze_text):
    md = ("# Sarah Johnson on the election\n\n*By Tom Hale*\n\nSarah Johnson, the independent candidate for mayor,"
          " spoke to us about her campaign.\n\n**Q. Why did you decide to run for office now?**\n\n**A.** I have"
          " lived in this town for thirty years.\n\n**Q. What will you do first?**\n\n**A.** Fix the roads.")
    b = analyze_text(md, fmt="markdown")
    assert [(q.text, q.speaker) for q in b.quotes if q.kind == "direct"] == [
        ("Why did you decide to run for office now?", "Tom Hale"),
        ("I have lived in this town for thirty years.", "Sarah Johnson"),
        ("What will you do first?", "Tom Hale"), ("Fix the roads.", "Sarah Johnson")]
    assert b.actor("Tom Hale") is None  # the byline, in italics, is no actor


def test_answers_after_labelled_questions_are_the_guests(analyze_text):
    """Only the questions carry a label ("Q."); the plain paragraphs after each are the guest's answer, and the
    standfirst names the correspondent who asks ("spoke to our East Africa correspondent, Daniel Otieno")."""
    b = analyze_text("Kenya's opposition leader on the protests\n\nOpposition leader Wanjiru Kamau spoke to our East"
                     " Africa correspondent, Daniel Otieno, in Nairobi.\n\nQ. Who is responsible for the deaths?\n\n"
                     "The government is responsible. The president gave the orders.\n\nQ. Will your party join the"
                     " protests planned for July?\n\nWe will be there.")
    assert [(q.speaker, q.text[:12]) for q in b.quotes] == [
        ("Daniel Otieno", "Who is respo"), ("Wanjiru Kamau", "The governme"), ("Daniel Otieno", "Will your pa"),
        ("Wanjiru Kamau", "We will be t")]


def test_reported_speech_inside_an_answer_is_part_of_it(analyze_text):
    b = analyze_text(INTERVIEW.replace("A: Fix the roads", "A: When I talk to voters, I say that we must fix the"
                                                          " roads"))
    assert [q.kind for q in b.quotes if "fix the roads" in q.text] == [QuoteKind.DIRECT]


def test_turns_on_lines_with_no_blank_between_are_turns(analyze_text):
    """'Q: ...' and 'A: ...' on consecutive lines; the interviewee named only in a title-case headline."""
    b = analyze_text("Q&A: Maria Gomez On Her First Year As Mayor\n\nQ: Why did you run?\nA: I ran because I love"
                     " this town.\nQ: What will you do first?\nA: I will fix the roads. My team is ready.")
    assert [(q.speaker, q.text[:9]) for q in b.quotes] == [
        ("the interviewer", "Why did y"), ("Maria Gomez", "I ran bec"), ("the interviewer", "What will"),
        ("Maria Gomez", "I will fi")]


def test_named_turns_are_their_speakers_and_labels_no_actors(analyze_text):
    b = analyze_text(INTERVIEW.replace("Q: ", "INTERVIEWER: ").replace("A: ", "JOHNSON: "))
    answers = [q for q in b.quotes if q.text.startswith(("I have lived", "Fix the roads"))]
    assert [q.actor for q in answers] == ["Sarah Johnson", "Sarah Johnson"]
    assert [a.name for a in b.actors] == ["Sarah Johnson"]  # neither label is another actor


AUTHOR = ("# \"I wrote the book I needed\": Novelist Amara Obi on grief\n\n*Amara Obi's first novel has been shortlisted"
          " for a prize. She spoke to Hannah Reyes.*\n\n**Hannah Reyes: The novel opens with a funeral. Why start"
          " there?**\n\n**Amara Obi:** Because that is where my own story started.\n\n**Reyes: Your publisher"
          " wanted you to cut the Lagos chapters.**\n\n**Obi:** They did, and I refused.\n\n**Reyes: Is the book"
          " too sad?**\n\n**Obi:** Grief makes people uncomfortable.")


def test_an_interviewer_named_by_her_label_asks_the_questions(analyze_text):
    b = analyze_text(AUTHOR, fmt="markdown")
    assert [(q.actor or q.speaker, q.text[:12]) for q in b.quotes] == [
        ("Amara Obi", "I wrote the "),  # the headline quotes the interviewee
        ("Hannah Reyes", "The novel op"), ("Amara Obi", "Because that"),  # "Amara Obi:" is "Novelist Amara Obi"
        ("Hannah Reyes", "Your publish"), ("Amara Obi", "They did, an"),
        ("Hannah Reyes", "Is the book "), ("Amara Obi", "Grief makes ")]
    assert b.actor("Hannah Reyes") is None  # the reporter asks; she is no party to the story
    assert not any("publisher" in s.text for s in b.with_summary("news", 3).summary.sentences)  # her turn, no "?"


BOLD = ("# Maya Okafor: 'I wrote it on the Tube'\n\n*The novelist's third book is shortlisted. She talked to Daniel"
        " Reyes.*\n\n**Daniel Reyes: The book opens in 1983, the year your family left Nigeria. How much of it is"
        " memoir?**\n\n**Maya Okafor:** Less than people think.\n\n**Who did you read when you started?**\n\nAchebe,"
        " of course. Things Fall Apart was on every shelf in our house.\n\n**Your publisher has pushed the book"
        " hard.**\n\nSales have gone up, which pays the rent.\n\nThe nicest thing was a letter from a teacher.")


def test_bold_questions_and_the_plain_answers_after_them_are_turns(analyze_text):
    b = analyze_text(BOLD, fmt="markdown")
    turns = [(q.speaker, q.actor, q.text[:12]) for q in b.quotes if q.start > b.article.text.index("Daniel Reyes:")]
    assert turns == [
        ("Daniel Reyes", None, "The book ope"), ("Maya Okafor", "Maya Okafor", "Less than pe"),
        ("Daniel Reyes", None, "Who did you "), ("Maya Okafor", "Maya Okafor", "Achebe, of c"),
        ("Daniel Reyes", None, "Your publish"),  # bold, with no "?": still the interviewer's
        ("Maya Okafor", "Maya Okafor", "Sales have g"), ("Maya Okafor", "Maya Okafor", "The nicest t")]
    assert b.actor("Daniel Reyes") is None


def test_an_interviewer_named_only_by_surname_is_the_full_name_written(analyze_text):
    b = analyze_text("Ruiz on the farm bill\n\nSen. Elena Ruiz spoke with Politico's Sam Hartley on Thursday.\n\n"
                     "HARTLEY: Can you accept the cuts?\n\nRUIZ: No. The program feeds 41 million people.\n\nHARTLEY:"
                     " Will you get a bill done?\n\nRUIZ: I think so.")
    assert [(q.speaker, q.actor) for q in b.quotes] == [("Sam Hartley", None), ("Elena Ruiz", "Elena Ruiz")] * 2
    assert b.actor("Sam Hartley") is None


def test_an_interviewer_labelled_in_capitals_is_written_as_a_name(analyze_text):
    b = analyze_text("Transcript: the defense secretary\n\nThe following is a transcript of an interview with Defense"
                     " Secretary Lloyd Austin.\n\nMARGARET BRENNAN: Will Congress pass the aid?\n\nLLOYD AUSTIN: It"
                     " must.\n\nMARGARET BRENNAN: And if it does not?\n\nLLOYD AUSTIN: Ukraine will run short.")
    assert [(q.speaker, q.actor) for q in b.quotes] == [("Margaret Brennan", None), ("Lloyd Austin", "Lloyd Austin")] * 2


def test_an_interviewer_addressed_by_first_name_is_no_actor(analyze_text):
    b = analyze_text("Transcript: the defense secretary\n\nMARGARET BRENNAN: Thank you for being with us.\n\nLLOYD AUSTIN:"
                     " Good to be here, Margaret.\n\nMARGARET BRENNAN: Will Congress pass the aid?\n\nLLOYD AUSTIN: It"
                     " must.\n\nMARGARET BRENNAN: And if it does not?\n\nLLOYD AUSTIN: Ukraine will run short.")
    assert b.actor("Margaret") is None


def test_a_transcripts_host_asks_whatever_ends_the_turns(analyze_text):
    b = analyze_text("The governor on his veto\n\nLEILA FADEL, HOST:\n\nUtah Governor Spencer Cox vetoed the bill last week. He joins"
                     " us now.\n\nSPENCER COX: Good morning, Leila.\n\nFADEL: Why say no?\n\nCOX: Because it was"
                     " badly written.\n\nFADEL: Apple has said that would be unworkable.\n\nCOX: Apple says a lot of"
                     " things.\n\nFADEL: Governor, thanks for your time.\n\nCOX: Thank you.")
    assert [(q.speaker, q.actor) for q in b.quotes] == [("Spencer Cox", "Spencer Cox")] + [
        ("Leila Fadel", None), ("Spencer Cox", "Spencer Cox")] * 3  # one question in three ends with "?"
    assert b.actor("Leila") is None


def test_a_guest_named_only_in_capitals_by_the_label_answers(analyze_text):
    b = analyze_text("Transcript: Defence Secretary on troops to Estonia\n\nThe Defence Secretary spoke to Laura"
                     " Kuenssberg on Sunday.\n\nLAURA KUENSSBERG: Why send more troops now?\n\nJOHN HEALEY: Because"
                     " the threat has changed.\n\nKUENSSBERG: Are you worried about escalation?\n\nHEALEY: What would"
                     " be provocative is for Britain to stand back.")
    assert [(q.speaker, q.actor) for q in b.quotes] == [("Laura Kuenssberg", None), ("John Healey", "John Healey")] * 2
    assert b.actor("John Healey").role == "Defence Secretary"  # the office the introduction gives the guest


def test_an_answer_goes_on_in_the_paragraphs_after_it(analyze_text):
    b = analyze_text("The judge who quit\n\nDana Leigh Marks served as an immigration judge until last month.\n\n"
                     "Q. Why did you resign?\n\nA. Because I was asked to decide lives in twenty minutes.\n\nYou cannot"
                     " hear a torture survivor properly in twenty minutes.\n\nQ. What happens now?\n\nA. I hope Congress"
                     " holds hearings.\n\nMarks, 61, now teaches law in Oakland.\n\nThis interview has been edited for"
                     " length.")
    assert [(q.text[:12], q.actor) for q in b.quotes] == [
        ("Why did you ", None), ("Because I wa", "Dana Leigh Marks"), ("You cannot h", "Dana Leigh Marks"),
        ("What happens", None), ("I hope Congr", "Dana Leigh Marks")]  # not the writer's closing line about
    # her, nor the editor's note


def test_a_books_publication_line_is_the_editors(analyze_text):
    b = analyze_text("The novelist who rebuilt her town\n\nTamsin Rourke's new novel, Salt Houses, follows three"
                     " families through a storm season. She spoke to Malik Osei about FEMA and insurance.\n\n**Your"
                     " novel opens with the evacuation. Was that your own experience?**\n\nAlmost exactly. We left on"
                     " a Saturday.\n\n**How long did it take to rebuild?**\n\nTwo years. FEMA sent an inspector"
                     " after six weeks.\n\nSalt Houses is published by Knopf on 3 June.")
    assert [q.text[:12] for q in b.quotes if q.actor == "Tamsin Rourke"] == ["Almost exact", "Two years. F"]
    # she is a person though the tagger called her a body: the standfirst goes on with "She"


def test_the_one_a_guest_sat_down_with_asks(analyze_text):
    b = analyze_text("Q&A: Mayor Karen Bass on the transit strike\n\nLos Angeles Mayor Karen Bass sat down with the"
                     " Times' Daniel Ortiz on Monday. The conversation has been edited for length.\n\nQ: Are you"
                     " going to intervene in the strike?\n\nA: I have been talking to both sides every day.\n\nQ:"
                     " Will the city be ready for the Olympics?\n\nA: Yes. The Olympics will be transit-first.")
    assert [q.speaker for q in b.quotes if q.text.endswith("?")] == ["Daniel Ortiz", "Daniel Ortiz"]
    b = analyze_text("Q&A: Mayor Lena Ortiz on rents\n\nMayor Lena Ortiz took office in January. She sat down with"
                     " City Desk reporter Amir Haddad. The conversation has been condensed.\n\nQ: Are you behind on the"
                     " mandate?\n\nA: We are behind, yes.\n\nQ: Will you run again?\n\nA: I will.")
    assert [q.speaker for q in b.quotes if q.text.endswith("?")] == ["Amir Haddad", "Amir Haddad"]  # not the desk


def test_the_writers_line_on_the_guest_ends_bare_answers(analyze_text):
    b = analyze_text("'We can shut every port': the dockworkers' leader\n\nHarold Daggett has led the union for two"
                     " decades. He spoke with Nina Alvarez.\n\nHow close are you to a deal?\n\nNot close. The"
                     " carriers come to us with an offer that doesn't cover inflation.\n\nWould you accept a federal"
                     " order to keep working?\n\nIf the president invokes the law, my members will go back to"
                     " work.\n\nWhat do you say to the retailers?\n\nCall the carriers and tell them to settle.\n\n"
                     "Daggett's union represents about 45,000 workers. The alliance did not respond.")
    assert [q.text[:12] for q in b.quotes if q.actor == "Harold Daggett"] == ["Not close. T", "If the presi",
                                                                               "Call the car"]


def test_a_paragraph_opening_on_the_guests_name_is_the_writers(analyze_text):
    b = analyze_text("Lithuania's foreign minister: 'Sanctions work, but only if everyone enforces them'\n\nGabrielius"
                     " Landsbergis has pressed for tougher measures. We spoke to him in Vilnius.\n\nQ. Have sanctions"
                     " failed?\n\nA. No. They have made the war more expensive.\n\nQ. What do you want from"
                     " Washington?\n\nA. Consistency.\n\nLandsbergis is due to meet his counterparts in Brussels on"
                     " Monday.")
    assert [q.text[:12] for q in b.quotes if q.actor == "Gabrielius Landsbergis"] == ["No. They hav", "Consistency."]
    assert b.actor("Gabrielius Landsbergis").role == "Lithuania's foreign minister"  # the headline's description
    # before its colon and the guest's words


def test_a_title_in_a_capitals_label_is_the_guests_role(analyze_text):
    b = analyze_text("Transcript: the senator on the budget\n\nMARGARET BRENNAN: Will Democrats accept that?\n\nSEN."
                     " JANE ROEBUCK: No. It is already illegal.\n\nMARGARET BRENNAN: Will there be a shutdown?\n\n"
                     "SEN. JANE ROEBUCK: I hope not.")
    assert [(a.name, a.role) for a in b.actors if a.kind == "person"] == [("Jane Roebuck", "Senator")]
    assert [q.actor for q in b.quotes] == [None, "Jane Roebuck"] * 2


def test_the_one_an_introduction_says_is_spoken_to_asks_labelled_questions(analyze_text):
    b = analyze_text("'We are not asking for charity'\n\nElizabeth Wathuti founded a charity at 21. Ahead of the summit,"
                     " she spoke to Fiona Harvey about finance.\n\nQ: What do you expect?\n\nA: I expect the rich"
                     " countries to keep their word.\n\nQ: Will you protest?\n\nA: I will speak in the rooms.")
    assert [(q.speaker, q.actor) for q in b.quotes] == [
        ("Fiona Harvey", None), ("Elizabeth Wathuti", "Elizabeth Wathuti")] * 2
    assert b.actor("Fiona Harvey") is None  # the reporter is no party to the story


def test_the_one_we_spoke_to_answers(analyze_text):
    b = analyze_text("An economist on the port strike\n\nAs dockworkers enter the second week of their strike, we"
                     " spoke to Priya Raman, a senior fellow at the Peterson Institute, about prices.\n\nQ. How much"
                     " does a strike cost?\n\nA. Estimates vary. Harold Daggett has been very clear.\n\nQ. Who has the"
                     " upper hand?\n\nA. Right now the union does.")
    assert [q.actor for q in b.quotes] == [None, "Priya Raman"] * 2  # the publication asks, its guest answers


def test_turns_labelled_by_initials_are_the_people_named(analyze_text):
    b = analyze_text("Mariana Rojas: 'Every election here is a referendum on water'\n\nThe mayor of Valparaiso has"
                     " fought droughts and wildfires. She spoke to Daniel Webb.\n\nDW: What went wrong?\n\nMR:"
                     " Everything that could go wrong did.\n\nDW: Will you run again?\n\nMR: If the people want me to.")
    assert [q.speaker for q in b.quotes] == ["Daniel Webb", "Mariana Rojas"] * 2
    assert b.actors[0].name == "Mariana Rojas" and b.actors[0].mentions == 3  # the headline and her two answers


def test_a_saved_pages_bold_questions_are_turns(analyze_text):
    from tests.test_load import QA_PAGE

    b = analyze_text(QA_PAGE.replace("</article>", "<p><strong>Will fares go up?</strong></p><p>Not this year.</p>"
                                     "</article>"), fmt="html")
    assert [(q.actor, q.text[:12]) for q in b.quotes] == [
        (None, "Why not meet"), ("Lena Ortiz", "Because the "), (None, "The union sa"), ("Lena Ortiz", "That is simp"),
        (None, "Will fares g"), ("Lena Ortiz", "Not this yea")]
    assert not any("refused" in s.text for s in b.with_summary("news", 3).summary.sentences)  # a question


BARE = ("Mayor Lena Ortiz on the transit strike\n\nBy Chris Dale\n\nThe buses have not run for nine days. Mayor Lena"
        " Ortiz spoke to the Herald on Tuesday.\n\nWhy not meet the union's demands?\n\nBecause the money is not"
        " there.\n\nDo you accept that riders are suffering?\n\nOf course. My own staff take the bus.\n\nWhat would"
        " you say to the drivers?\n\nCome back to the table.")


def test_question_paragraphs_put_to_you_are_an_interviewers_with_no_bold(analyze_text):
    b = analyze_text(BARE)
    assert [(q.speaker, q.text[:10]) for q in b.quotes] == [
        ("Chris Dale", "Why not me"), ("Lena Ortiz", "Because th"), ("Chris Dale", "Do you acc"),
        ("Lena Ortiz", "Of course."), ("Chris Dale", "What would"), ("Lena Ortiz", "Come back ")]


def test_a_prompt_put_as_a_statement_between_answers_is_the_interviewers(analyze_text):
    b = analyze_text(BARE.replace("\n\nWhat would", "\n\nSome riders in your city say the strike is your fault."
                                                  "\n\nI understand that. But the budget is the budget.\n\nWhat would"))
    assert [(q.speaker, q.text[:10]) for q in b.quotes][4:6] == [
        ("Chris Dale", "Some rider"), ("Lena Ortiz", "I understa")]


def test_a_challenge_put_as_others_view_between_answers_is_the_interviewers(analyze_text):
    b = analyze_text(BARE.replace("\n\nWhat would", "\n\nThe drivers say the offer is an insult."
                                                  "\n\nI understand that. But the budget is the budget.\n\nWhat would"))
    assert [(q.speaker, q.text[:10]) for q in b.quotes][4:6] == [
        ("Chris Dale", "The driver"), ("Lena Ortiz", "I understa")]


def test_the_editors_note_after_the_last_answer_is_no_ones_turn(analyze_text):
    b = analyze_text(BARE + "\n\nThis interview has been edited for length and clarity.")
    assert [q.speaker for q in b.quotes][-1] == "Lena Ortiz"
    assert not any(q.text.startswith("This interview") for q in b.quotes)


def test_of_two_people_taking_turns_the_one_who_asks_more_asks(analyze_text):
    b = analyze_text("Transcript: Airline chief on refunds\n\nUnited chief executive Scott Kirby sat down with reporter"
                     " Dana Liu on Tuesday.\n\nLIU: The FAA fine was the largest ever. Was it fair?\n\nKIRBY: We"
                     " accepted it.\n\nLIU: Disability groups say fines change nothing.\n\nKIRBY: I have met with"
                     " them.\n\nLIU: Your pilots have threatened to picket. Is a strike coming?\n\nKIRBY: No.\n\nLIU:"
                     " Buttigieg wants automatic refunds. You lobbied against that.\n\nKIRBY: We lobbied for a rule"
                     " that works.")
    assert [q.actor for q in b.quotes] == [None, "Scott Kirby"] * 4  # two questions in four end with "?"
    assert b.actor("Dana Liu") is None
    assert b.actor("Scott Kirby").mentions == 5  # each answer he gives is his name again


def test_a_title_quoted_in_a_question_leaves_it_the_interviewers(analyze_text):
    b = analyze_text("Celine Song: 'I Wanted to Make a Film About Love'\n\nHer new film opens on Friday. She talked to"
                     " Kyle Buchanan.\n\nYou were born in Seoul. How much of \"Past Lives\" is autobiography?\n\nThe premise is mine.\n\n\"Materialists\""
                     " is a romantic comedy. Why that genre?\n\nBecause I love it.\n\nYou started in theatre. Do you miss"
                     " it?\n\nEvery day.")
    assert [(q.speaker, q.text[:10]) for q in b.quotes] == [
        ("Kyle Buchanan", "You were b"), ("Celine Song", "The premis"), ("Kyle Buchanan", "\"Materiali"),
        ("Celine Song", "Because I "), ("Kyle Buchanan", "You starte"), ("Celine Song", "Every day.")]


def test_an_introduction_saying_it_is_an_interview_needs_no_question_to_you(analyze_text):
    b = analyze_text("The Fire Chief Who Saw It Coming\n\nMaui's former fire chief, Bradford Ventura, retired in June,"
                     " ten months after the Lahaina fire killed 102 people. This interview has been condensed and"
                     " edited.\n\nWhen did Lahaina's danger become clear?\n\nAround three in the afternoon. The winds"
                     " came back.\n\nWhy was there no water in the hydrants?\n\nThe system was never built for that."
                     "\n\nWhat has changed since?\n\nThe department has more tankers now. But Lahaina still has one"
                     " road out.")
    # the guest is the one the introduction names in full, not a town the tagger took for a person
    assert [(q.speaker, q.text[:10]) for q in b.quotes][1::2] == [
        ("Bradford Ventura", "Around thr"), ("Bradford Ventura", "The system"), ("Bradford Ventura", "The depart")]


def test_turns_labelled_by_given_names_are_the_people_named(analyze_text):
    b = analyze_text("Transcript: How a Small-Town Mayor Took On a Chemical Giant\n\nThis week host Dana Perez talks with"
                     " Mayor Ruth Okafor of Millbrook, Ohio, whose town sued Vantex Chemicals.\n\nDANA: Mayor, take me"
                     " back to that morning. What did you see?\n\nRUTH: The river was orange.\n\nDANA: When did Vantex"
                     " get in touch?\n\nRUTH: Three days later.")
    assert [(q.actor, q.text[:10]) for q in b.quotes][1::2] == [("Ruth Okafor", "The river "),
                                                                ("Ruth Okafor", "Three days")]
    assert b.quotes[0].speaker == "Dana Perez"  # the interviewer's given name, written in full
    assert "Dana Perez" not in {a.name for a in b.actors}  # who asks is no party to the story


def test_a_storys_own_questions_make_no_interview(analyze_text):
    b = analyze_text("Budget\n\nThe council met on Monday.\n\nWhat happens to the library?\n\nNobody knows yet.\n\nWho"
                     " pays for the roads?\n\nThe county, officials said.\n\nAnd what of the pool?\n\nIt will close.")
    assert b.quotes == []  # no question is put to anyone


def test_a_label_no_actor_holds_still_asks(analyze_text):
    b = analyze_text("Varga on the budget\n\nFinance Minister Elena Varga spoke to The Ledger.\n\n**The Ledger:** Has the"
                     " bank been too slow?\n\n**Elena Varga:** The bank is independent.\n\n**The Ledger:** The unions say"
                     " they will strike in March. Will you meet them?\n\n**Elena Varga:** My door is open.",
                     fmt="markdown")
    assert [(q.speaker, q.text[:10]) for q in b.quotes] == [
        ("The Ledger", "Has the ba"), ("Elena Varga", "The bank i"),
        ("The Ledger", "The unions"), ("Elena Varga", "My door is")]  # the unions' words are in the question


def test_one_labelled_line_is_not_an_interview(analyze_text):
    b = analyze_text("Quiz night\n\nThe pub held its quiz on Friday.\n\nA: The answer to the last question was"
                     " Paris, and nobody in the room knew it.")
    assert b.quotes == []


def test_no_speaker_from_a_thing(analyze_text):
    b = analyze_text("Museum reopens\n\nThe history section of the site says the museum was founded in 1901 by a"
                     " local doctor.")
    assert not any(q.speaker and "section" in q.speaker for q in b.quotes)


def test_as_expected_is_no_report(analyze_text):
    assert analyze_text("Ozone\n\nAs expected, the ozone level dropped in the summer.").quotes == []


def test_places_in_general_speak_for_no_one(analyze_text):
    """'Most regions said ...': the parser cuts 'Most' off as a sentence of its own here."""
    b = analyze_text("Floods\n\nMost regions said they were ready. Days after the storm, “nobody has come to help"
                     " us at all,” said resident Omar Aziz.")
    assert [q.speaker for q in b.quotes] == ["resident Omar Aziz"]


def test_a_quote_over_two_paragraphs(analyze_text):
    b = analyze_text(
        "Vote\n\n“This is a long quote that opens here and does not close at the end of this paragraph.\n\n"
        "“It goes on here, and only now does it finish,” Smith said."
    )
    quote = _quote(b, "This is a long quote")  # one quotation, each paragraph reopening it
    assert quote.text.endswith("only now does it finish") and quote.speaker == "Smith"
    assert [q.text[:10] for q in b.quotes] == ["This is a "]


def test_a_quote_reopened_in_three_paragraphs_is_one_quote(analyze_text):
    b = analyze_text("Senator speaks\n\n“We were promised a clean bill,” Lopez said. “What we got was a list of favors"
                     " for donors.\n\n“It cuts funding for rural hospitals by a third.\n\n“I will not vote for it.”\n\n"
                     "Her office did not respond.")
    assert [q.text.split()[:2] for q in b.quotes] == [["We", "were"], ["What", "we"]]
    assert b.quotes[1].text.endswith("I will not vote for it.") and b.quotes[1].speaker == "Lopez"


def test_a_quote_closing_in_the_next_paragraph_is_one_quote(analyze_text):
    b = analyze_text(
        'Match\n\nAfter the match, coach Hernan Gomez said, "I think we have learned a lot from today\'s game.\n\n'
        'It was a very emotional day for all of us." The team flies home on Monday.')
    quote = _quote(b, "I think we have learned")
    assert quote.text.endswith("for all of us.") and quote.actor == "Hernan Gomez"


def test_quotes_on_sample(sample_briefing):
    b = sample_briefing
    lapid = [q for q in b.quotes if q.actor == "Yair Lapid" and q.kind == QuoteKind.DIRECT]
    assert len(lapid) == 2
    official = _quote(b, "At the end of the meeting")
    assert official.speaker == "a senior Israeli official" and official.cue == "added"
    assert _quote(b, "[Hamas leader] Sinwar").speaker == "the Prime Minister's Office"
    axios = [q for q in b.quotes if q.kind == QuoteKind.INDIRECT and q.speaker == "Axios"]
    assert axios and axios[0].text == "Israel did not present a final and official proposal for Hamas to review"
    for q in b.quotes:
        assert b.article.text[q.start:q.end] == q.text
    assert [q.start for q in b.quotes] == sorted(q.start for q in b.quotes)


@pytest.mark.parametrize("text", [
    "Title\n\nHe said “never closed and more words here.\n\nNext ” stray » marks.",
    "Title\n\n“ ” “”\n\n\" \" '",
    "Title\n\n«Nested “inner” words» and „low“ marks ‹and› more.",
])
def test_unbalanced_marks_do_not_lose_text(text):
    article = parse_bytes(text.encode())
    spans = quote_spans(article)
    for s, e in spans:
        assert 0 <= s < e <= len(article.text) and article.text[s:e].strip() == article.text[s:e]


def test_a_former_holder_speaks_for_no_body(analyze_text):
    b = analyze_text("Bill\n\nThe White House sent the bill back. A White House adviser said the bill was dead. A former"
                     " White House adviser said it was not.")
    assert [(q.speaker, q.actor) for q in b.quotes] == [("A White House adviser", "White House"),
                                                          ("A former White House adviser", None)]
