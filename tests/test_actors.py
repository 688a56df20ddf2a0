"""Actors, stage by stage, on real text with the real model: one table row per rule.

Filter rows check both sides: the name is not an actor, and without its rule it would be (so the
row tests that rule and no other).
"""

from __future__ import annotations

import pytest

import briefing.analysis.actors.filters as filters
from briefing.analysis.actors import ActorKind, NameIndex
from briefing.analysis.actors.filters import Name
from briefing.analysis.actors.mentions import state_forms
from briefing.analysis.lexicon import ANAPHOR_NOUNS


def _names(b) -> set[str]:
    """Every name and alias, and 'name/kind' for each actor."""
    return {n for a in b.actors for n in (a.name, *a.aliases)} | {f"{a.name}/{a.kind}" for a in b.actors}


def _actor(b, name):
    found = b.actor(name)
    assert found is not None, f"{name} missing from {[a.name for a in b.actors]}"
    return found


def _without(monkeypatch, rule) -> None:
    table = next(t for t in ("NAME_FILTERS", "BODY_NAME_FILTERS", "ACTOR_FILTERS") if rule in getattr(filters, t))
    monkeypatch.setattr(filters, table, tuple(r for r in getattr(filters, table) if r is not rule))


# (text, a name or "name/kind" that is no actor, the rule that says so)
NOT_ACTORS = [
    ("Wards\n\nThe Health Minister says the recruitment freeze is temporary.\n\nHe has been saying that for a year."
     " Temporary is not a word that means anything to a nurse on a ward.", "Temporary", filters.capitalised_adjective),
    ("Farmers\n\nThousands of farmers drove tractors onto the A12 on Wednesday. Police closed the A12 for hours.",
     "A12", filters.road),  # a road's number
    ("Paris\n\nThousands of protesters gathered on Place de la Concorde for a second night.", "Place de la Concorde",
     filters.site),  # a square named word-first
    ("Funds\n\n\"The Commission has a duty to protect the budget,\" said Dutch Green lawmaker Tineke Strik, one of the"
     " authors of a resolution demanding the case.", "Dutch Green", filters.party_before_title),
    ("Court case\n\nLawyer Tom Reid, QC, said the city had been warned.", "QC", filters.post_nominal),
    ("Vote in Hong Kong\n\nThe Pan-democrat lawmakers said the Pan-democrats would walk out.", "Pan-democrats",
     filters.stance),
    ("Local news\n\nNeighbours said the man had lived on Castlefrank Road for twenty years.", "Castlefrank Road",
     filters.street),
    ("Minister speaks\n\nDefense Minister Yoav Gallant said the army was ready.", "Defense", filters.title_words_only),
    ("Launch set\n\nThe launch is set for noon GMT, the agency said, and GMT is the time the agency uses.", "GMT",
     filters.time_zone),
    ("Power\n\nCritics say utilities are using AI as an excuse to build gas plants. AI needs power.", "AI",
     filters.technology_or_disease),
    ("Ethics\n\nMills denied wrongdoing. \"This is a smear,\" he told X. \"I welcome the review.\"", "X.",
     filters.lone_letter),
    ("Rom-coms\n\nBecause people keep saying the rom-com is dead, and I don't believe it. \"When Harry Met Sally\""
     " and \"Moonstruck\" are about money and class as much as love.", "Harry Met Sally", filters.quoted_title),
    ("Church\n\nA Scientologist said the church had helped him.", "Scientologist", filters.member_word),
    ("Vote\n\nThe bill, known as the Freedom to Vote: John R. Lewis Act, would set national standards for mail"
     " ballots.", "John R. Lewis Act", filters.law),
    ("Talks\n\nNorth and South Korea agreed to hold talks. North and South Korea will meet again.",
     "North and South Korea", filters.list_of_states),
    ("Science fair\n\nA teenager from Ohio won the Google Science Fair on Monday.", "Google Science Fair",
     filters.event_or_idea),
    ("Leaders meet\n\nMuslim leaders met the mayor on Monday to discuss the plan.", "Muslim", filters.adjective_group),
    ("Army presses on\n\nThe army said this Rafah operation would go on.", "Rafah", filters.placelike_person),
    ("Library\n\nLocal MP Neil Carmichael said he would raise the case with the Communities Secretary, Eric Pickles.",
     "Communities", filters.title_words_only),  # a portfolio in a title
    ("Strike\n\nThe union walked out of a meeting with Health Cabinet Secretary Susan Nakhumicha, accusing the ministry"
     " of backtracking.", "Health Cabinet",
     filters.title_words_only),  # a portfolio and the front of a compound title
    ("Books\n\nThe American Library Association said the list included award-winning novels and books by Black and"
     " LGBTQ authors.", "Black", filters.adjective_body),
    ("Vineyards\n\nLast spring a group from Bordeaux offered me twice what the land is worth.", "Bordeaux",
     filters.town_taken_for_a_body),  # people from a place
    ("Prices\n\nSome growers blocked the roads into Haro last month over grape prices.", "Haro",
     filters.town_taken_for_a_body),
    ("Karnataka\n\nModi congratulated Congress on Twitter and said the BJP would serve the people of Karnataka.",
     "Twitter", filters.medium),  # a platform is where words were said, whatever the verb
    ("Outbreak\n\nMalaria, which is common in the region, has not been ruled out as a cause, health officials said.",
     "Malaria", filters.technology_or_disease),
    ("Vance and Walz trade blows\n\nSenator JD Vance and Governor Tim Walz clashed over abortion on Tuesday night.",
     "Vance and Walz", filters.people_named_together),
    ("(CNN) -- A social media influencer accused of defrauding her followers was ordered held without bail on"
     " Tuesday.\n\nU.S. Magistrate Judge Lauren Louis sided with the government. She said Brennan's recent trips to"
     " Dubai and the Cayman Islands raised \"serious concerns.\"", "U.S. Magistrate",
     filters.title_words_only),  # the front of a title
    ("Zoo fined\n\nA keeper was mauled by a Sumatran tiger in an enclosure she was cleaning.", "Sumatran",
     filters.origin_word),
    ("Tuscany\n\nPrivate clinics in Verona, Tuscany, refused to pay the fees.", "Tuscany", filters.place_named_as_person),
    ("Hundreds dead in Hajj stampede\n\nThe stampede happened during the final rites of the Hajj. This is not the"
     " first time stampedes have taken place during the Hajj.", "Hajj", filters.named_with_article),
    ("Internet Explorer loses ground\n\nMozilla Firefox has been increasing its market share while the recently"
     " released Google Chrome is also quickly gaining users.\n\nA blogger concluded, \"Internet Explorer is the #2"
     " browser after Firefox, but it's been #3, nearly tied with Chrome. If Chrome continues to surge, IE could"
     " fall.\"", "Chrome", filters.short_name_of_a_thing),
    ("Search\n\nThe ICI system failed on Monday. Engineers said the ICI system would be fixed.", "ICI",
     filters.names_a_thing),
    ("Paris\n\nThe meeting took place in Paris on Monday, and the ministers left on Tuesday.", "Paris",
     filters.place_that_never_acts),
    ("Pilgrims\n\nA crane fell into Mecca's Grand Mosque on Friday, and Mecca's mosque was closed for a week.",
     "Mecca", filters.place_that_never_acts),  # owning scenery is not acting
    ("Shuttles retire\n\nThe space shuttle Columbia lifted off in 1981.\n\nColumbia was lost in 2003, and"
     " Columbia is remembered by the Kennedy Space Center.", "Columbia", filters.named_as_a_thing),
    ("Pilgrims\n\nThe mosque is Islam's holiest site, and Islam asks every believer to visit it once.",
     "Islam", filters.faith),
    ("Storm\n\nStorm Ciaran hit the coast on Thursday, and Ciaran left 10,000 homes without power, officials"
     " said.", "Ciaran", filters.named_as_a_thing),  # a capitalised introducer, whatever the parse
    ("Shows\n\nThe Netflix series The Crown ended in 2023. The Crown's writer Peter Morgan said he was proud.",
     "Crown", filters.named_as_a_thing),  # "series The Crown": a capital "The" opens the title
    ("Shuttle parts\n\nThe trainer goes to the National Museum of the U.S. Air Force at Wright-Patterson Air Force"
     " Base in Ohio.", "Wright-Patterson Air Force Base", filters.site),
    ("Warhol show\n\nVisitors could wear a wig and have their own Polaroid taken. Warhol's adoption of the"
     " Polaroid camera revealed his process.", "Polaroid", filters.names_a_thing),  # the product, not the firm
    ("Shuttles\n\nThe Museum of Flight in Seattle, Washington was also proposed as a home for a shuttle.",
     "Washington", filters.place_that_never_acts),  # the region after a town only says where it is
    ("Clock\n\nThe boy received support from US President Barack Obama on Wednesday.", "US",
     filters.place_that_never_acts),  # a title before a name: the person acts, not the state
    ("Tourism\n\nTourists visited Paris in record numbers this summer, and many visited Paris twice.", "Paris",
     filters.place_that_never_acts),  # where someone goes is no party
    ("Novel\n\nI had a flat in Brixton and I wrote on the Victoria line every morning, between Brixton and Oxford"
     " Circus.", "Brixton", filters.place_that_never_acts),  # a route has no parties
    ("Novel\n\nThe novel follows a nurse who leaves Kano for Birmingham during the pandemic.",
     "Birmingham", filters.place_that_never_acts),  # nor has a destination
    ("Clock\n\nThe senator tweeted: “Cool clock. We should inspire more kids to like science. It's what makes"
     " America great.”", "America", filters.place_that_never_acts),  # a place in someone's words
    ("Comics\n\nThe comics fair took place at the Metro Toronto Convention Centre this weekend, and thousands"
     " of fans came to the Metro Toronto Convention Centre on Sunday.", "Metro Toronto Convention Centre",
     filters.venue),  # where people gather
    ("Comics\n\nThe 22nd Fan Expo Canada took place at the Metro Toronto Convention Centre this weekend. Fan Expo"
     " Canada drew thousands.", "Fan Expo Canada", filters.event_or_idea),  # an event's word, then where it is held
    ("Charity\n\nThe fans came.\n\nVolunteer organization Comic Corps of Canada collects donations of comics, to"
     " distribute to children and youth in the hospital.", "Volunteer", filters.describes_a_body),
    ("Bail\n\nRepublicans, who are in the minority in both chambers, have largely backed Ms. Hochul's push. The"
     " Senate minority leader, Rob Ortt, said his members would support stricter bail rules \"in a heartbeat\" but"
     " blamed Democrats for the delay.\n\nAdvocacy groups have also weighed in. The Legal Aid Society, which"
     " represents most defendants in New York City, said the changes would lead to more people being jailed before"
     " trial.", "Advocacy", filters.describes_a_body),  # the kind of groups, in the plural
    ("Expo\n\nHamill's schedule included a panel with Kevin Conroy, the voice of Batman in Batman: The Animated"
     " Series. Players tried Batman: Arkham VR.", "Batman", filters.fictional),  # a role played, a work's title
    ("Esports\n\nThe finals saw US team Cloud9 and Immortals, from Brazil, face off in the final. The Brazilian team"
     " won, after a rush of success by the US team.", "United States", filters.place_that_never_acts),  # a named team's home
    ("Markets\n\nThe peso firmed 0.8% against the dollar after the announcement, and the benchmark S&P IPSA stock"
     " index rose 1.2%, according to LSEG data.", "S&P", filters.names_a_thing),  # a label run on to its thing
    ("Bank fined\n\nBritain's watchdog has fined Northbridge Bank £40 million.\n\nDiplomats said Hungary had"
     " delayed the agreement.", "Diplomats",
     filters.common_plural),  # tagged a place
    ("Visit\n\nThe student plans to meet dignitaries at the United Nations headquarters in New York. On"
     " Wednesday he will travel to the United Nations.", "United Nations", filters.venue),  # its premises, where he goes
    ("Strike\n\nThe union's president, Tony Reyes, wrote on Twitter that the deal was dead. Reyes said workers would"
     " strike.", "Twitter", filters.medium),  # only where words were posted
    ("Flood\n\nFamilies were evacuated in Yorkshire town after two days of rain. Rescue teams used boats.", "Yorkshire",
     filters.placelike_person),  # a place's name before its kind
    ("Debate\n\nSenator Elizabeth Warren wrote on X, formerly Twitter, that the bill was a disgrace.", "Twitter",
     filters.former_name),  # a thing's former name
    ("Debate\n\nSenator Elizabeth Warren wrote on X, formerly known as Twitter, that the bill was a disgrace.",
     "Twitter", filters.former_name),
    ("Exhibit\n\nCityPaper reporters attended the opening on Friday. CityPaper observed that the prints were rare."
     " The curator spoke at length. CityPaper observed that many visitors stayed late.", "CityPaper",
     filters.narrator),  # the outlet telling the story
    ("Books\n\nAmara Obi's first novel, The Salt Season, has been shortlisted. Obi spoke about The Salt Season"
     " on Monday.", "Salt Season", filters.named_as_a_thing),  # a work's title after a comma and "The"
    ("Homes\n\nSome council members say your program, Inside Safe, is too expensive. Mayor Karen Bass defended"
     " it.", "Inside Safe", filters.named_as_a_thing),  # a name in apposition to a programme
    ("Chef\n\nIt now has branches in Leeds and Glasgow, and her cookbook, Salt and Sumac, has sold 200,000 copies."
     " Sumac was her mother's word for it.", "Sumac", filters.named_as_a_thing),  # every word of a title set off
    ("Books\n\nNovelist Amara Obi wrote on grief, Lagos and her mother in her debut. She said the book was personal.",
     "Lagos", filters.place_that_never_acts),  # what someone writes on is a topic
    ("Browsers\n\nMicrosoft released Internet Explorer 9 on Monday. Internet Explorer's market share fell this year,"
     " and Internet Explorer lost users to Firefox.", "Internet Explorer", filters.product_with_versions),
    ("Climate\n\nA: That is a way of saying no. A farmer in Nyeri who has lost two harvests to drought cannot wait for"
     " an investor.", "Nyeri", filters.town_taken_for_a_body),
    ("Jets\n\nBoeing's chief apologized for two crashes of its 737 Max jets. The FAA capped production of the 737"
     " Max at 38 planes a month.", "Max", filters.product_with_versions),  # a model after its number
    ("Debt\n\nThe White House quickly dismissed the proposal. Press secretary Karine Jean-Pierre called it \"a ransom"
     " note\" and said the president would not negotiate over the debt limit.", "Press",
     filters.title_words_only),  # a title's common noun, capitalised to open the sentence
    ("Fires\n\nWildfires forced thousands to flee. Officials said the fires were out.", "Wildfires",
     filters.natural_force),
    ("Storm\n\nGov. Paul Landry ordered mandatory evacuations for Cameron, Vermilion and Terrebonne parishes.",
     "Cameron, Vermilion", filters.list_of_names),
    ("Transit\n\nRiders are furious about the slow zones on the Red Line, the mayor said.", "Red Line",
     filters.site),  # a route named by its colour
    ("Tariffs\n\nSen. Chuck Grassley told reporters on Capitol Hill that farmers wanted trade.", "Capitol Hill",
     filters.landform),  # where, not who
    ("Bill\n\nThe bill funds the departments of Defense, Homeland Security and State through September.",
     "Defense, Homeland Security", filters.list_of_names),  # the comma before the conjunct's first word
    ("Books\n\nWhat are you reading now?\n\nI'm rereading Things Fall Apart with my students, and I'm reading a lot"
     " of climate science.", "Things Fall Apart", filters.read_as_a_work),
    ("Protests\n\nStudents demand that officials responsible for the collapse of a concrete canopy in Novi Sad,"
     " which killed 15 people in November, be prosecuted.", "Novi Sad", filters.town_taken_for_a_body),  # two words, only ever where something is
    ("Q&A: The glaciologist who says we have ten years to save the ice\n\nDr. Sofia Brunner has spent 25 years"
     " measuring the retreat of Switzerland's glaciers.", "Q&A", filters.format_label),
    ("Ice\n\nLast summer alone, Swiss glaciers lost about 4 percent of their remaining volume. The Rhone Glacier,"
     " which tourists have visited for a century, has retreated more than a kilometre since I started.",
     "Rhone Glacier", filters.landform),
    ("Texas\n\nA panel ruled 2-1 that the law, known as SB4, likely conflicts with federal authority over"
     " immigration.", "SB4", filters.law_by_name),
    ("Race\n\nAt a town hall at Mesa Arts Center, Laura Benson held up a copy of the plan and told the crowd it would"
     " gut Medicare.", "Mesa Arts Center", filters.venue),  # where a gathering is held
    ("Ad war\n\nThe ad, paid for by a super PAC backing state Sen. Matt Dolan, claims Moreland got rich.", "PAC",
     filters.acronym_as_a_noun),  # a kind of body
    ("Astronauts stay in orbit\n\nBarry \"Butch\" Wilmore and Sunita Williams launched on Starliner's first crewed"
     " flight on June 5. The Starliner capsule will undock in September. \"Butch has been great,\" Williams said.",
     "Starliner", filters.craft_named_as_person),  # a craft, whatever it does
    ("Storm\n\nWe left Grand Isle on a Saturday with the dog and two suitcases. When we came back after Ida, the house"
     " was standing but everything inside was ruined. My neighbour's boat, the Miss Delia, was sitting in our yard.",
     "Miss Delia", filters.craft_named_as_person),  # a boat's name set beside it
    ("Books\n\nWho did you read while you were writing?\n\nJesmyn Ward, always. Salvage the Bones is the great"
     " hurricane novel. I reread it every summer. And I watched a lot of Treme, which gets New Orleans right in a way"
     " most television doesn't.", "Treme", filters.read_as_a_work),  # a show only ever watched
    ("Bin strike to go ahead as council and union fail to agree\n\nBin collections across Sheffield will be disrupted"
     " for at least a fortnight after talks between the city council and the GMB union broke down on Friday.",
     "Bin", filters.opening_modifier),  # a common word capitalised to open a sentence
    ("Crowds\n\nRiot erupted in the capital on Friday.", "Riot", filters.act_word),  # ("Riot police" opens on a
     # modifier too: adjectives.opening_modifier)
    ("U.S., Latin American nations reject Maduro victory as opposition alleges fraud\n\nProtests broke out in several"
     " Caracas neighborhoods on Monday.", "Protests", filters.act_word),  # a plural act, tagged a people
    ("Expo\n\nThe 22nd Fan Expo Canada took place at the Metro Toronto Convention Centre this weekend, attracting"
     " thousands to the event.", "Fan Expo Canada", filters.event_or_idea),  # an event taking place
    ("Gunmen kidnap two Chinese workers in Mali, army says\n\nBAMAKO, March 4 (Reuters) - Gunmen abducted two Chinese"
     " nationals and killed their local driver at a gold mine in southwestern Mali on Monday, the army said, the latest"
     " in a wave of attacks on foreign workers in the Sahel.\n\nThe attackers, who arrived on motorbikes, stormed the"
     " mine near the town of Kéniéba before dawn and set fire to several vehicles, an army statement said. No group has"
     " claimed responsibility.", "Gunmen", filters.act_word),  # the doers of an act, tagged a place
    ("Fines\n\nThe FAA said in a statement that it had hired 1,500 controllers this year. Transportation Secretary Pete"
     " Buttigieg, who was not at the hearing, has threatened to fine carriers.", "Transportation",
     filters.title_words_only),  # a portfolio's word in a title
]


@pytest.mark.parametrize(("text", "name", "rule"), NOT_ACTORS, ids=[r.__name__ for _, _, r in NOT_ACTORS])
def test_each_filter_rejects_its_row(analyze_text, monkeypatch, text, name, rule):
    assert name not in _names(analyze_text(text))
    _without(monkeypatch, rule)
    assert name in _names(analyze_text(text)), f"{name} is not rejected by {rule.__name__} alone"


@pytest.mark.parametrize(("text", "name"), [
    ("AI\n\n\"We are not going to let a handful of companies decide what is safe for the American people,\""
     " Cantwell said. \"That is the job of Congress.\"", "Congress"),  # a sentence, not a title
    ("Expo\n\nWikinews spoke with a cosplayer going by the name \"The Katherinator\". She was outside the"
     " building in the gardens, waiting for a photographer.", "The Katherinator"),  # the name she goes by
])
def test_names_in_quoted_words_that_are_no_title_are_kept(analyze_text, text, name):
    assert name in _names(analyze_text(text))


# Rules the tagger rarely gives a whole sentence to: judged on the tagged span itself.
# (text, span text, tagged label, usual label, rule, rejected?)
NAME_ROWS = [
    ("Residents of Sydney protested.", "Sydney", "PERSON", "GPE", filters.place_tagged_as_person, True),
    ("Residents of Sydney protested.", "Sydney", "PERSON", "PERSON", filters.place_tagged_as_person, False),
    ("Users of IE6 were told to upgrade.", "IE6", "GPE", "GPE", filters.digits_in_place, True),
    ("Users of Kyiv were told to leave.", "Kyiv", "GPE", "GPE", filters.digits_in_place, False),
    ("Marty Rathbun the Scientology critic spoke.", "Rathbun the Scientology", "ORG", "ORG",
     filters.names_run_together, True),
    ("The Church of Scientology spoke.", "Church of Scientology", "ORG", "ORG", filters.names_run_together, False),
    ("Planes landed at Fairford Air Base.", "Fairford Air Base", "ORG", "ORG", filters.site, True),
    ("The Office of Rail and Road said so.", "Office of Rail and Road", "ORG", "ORG", filters.site, False),
    ("The Yuma County Sheriff, Leon Wilmot, spoke.", "Yuma County Sheriff", "GPE", "GPE", filters.office, True),
    ("The Yuma County police spoke.", "Yuma County", "GPE", "GPE", filters.office, False),
]


@pytest.mark.parametrize(("text", "words", "tagged", "usual", "rule", "rejected"), NAME_ROWS)
def test_name_rules_on_a_span(nlp, text, words, tagged, usual, rule, rejected):
    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words))
    assert (rule(Name(doc, span, tagged, usual)) is not None) is rejected


def test_actors_on_sample(sample_briefing):
    b = sample_briefing
    lapid = _actor(b, "Yair Lapid")
    assert lapid.kind == ActorKind.PERSON and lapid.role == "Opposition leader" and lapid.mentions == 2
    assert _actor(b, "Benjamin Netanyahu").role == "Prime Minister"
    assert "ICJ" in _actor(b, "International Court of Justice").aliases
    assert "Israeli" in _actor(b, "Israel").aliases
    assert _actor(b, "Sheikh Mohammed bin Abdulrahman Al Thani").role == "Qatari Prime Minister"
    assert _actor(b, "Francesca Albanese").role == "UN Special Rapporteur"
    names = {a.name for a in b.actors}
    assert not names & {"Rafah", "Paris", "France", "Doha", "Defense", "The All Israel News Staff"}
    assert b.actors[0].name in ("Israel", "Hamas")
    text = b.article.text
    for actor in b.actors:  # every mention is a form of the name, a state form, or "the <body>"
        forms = {actor.name, *actor.aliases, actor.name.split()[-1]}
        forms |= {f for f, state in state_forms().items() if state == actor.name}
        forms |= {f"the {noun}" for noun in ANAPHOR_NOUNS}
        for s, e in actor.spans:
            assert text[s:e] in forms, (actor.name, text[s:e])


def test_salience_is_final_and_ordered(sample_briefing):
    actors = sample_briefing.actors
    assert [a.salience for a in actors] == sorted((a.salience for a in actors), reverse=True)
    assert actors[0].salience == 1.0
    speakers = {q.actor_id for q in sample_briefing.quotes}
    assert all(a.id in {x.id for x in actors} for a in actors if a.id in speakers)


def test_actor_names_the_tagger_gets_wrong(analyze_text):
    b = analyze_text(
        "Town halls press private clinics over unpaid fees\n\n"
        "The Federation of Independent Doctors and Nurses (FIND) said private clinics must pay. "
        "The Regional Administrative Court ordered private clinics to pay the fees. The Court said "
        "the Administrative Court of the region had ruled before. Private clinics in Verona, Tuscany, refused.\n\n"
        "Dr Anna Berti, a surgeon, posted to Facebook and wrote on Facebook that clinics were broke.\n\n"
        "The clinics were invited to the Verona Health Fair, where the FIND spoke to private clinics again.\n\n"
        "Anna Berti at the clinic. Image: Regione Veneto."
    )
    names = {a.name: a for a in b.actors}
    assert "Verona Health Fair" not in names and "Tuscany" not in names
    assert "Facebook/person" not in _names(b)  # a medium, not a person
    assert names["private clinics"].kind == ActorKind.GROUP
    assert not any(a.name.endswith("Image") for a in b.actors)
    caption = b.article.text.index("Anna Berti at the clinic")
    assert all(s < caption for a in b.actors for s, _ in a.spans)
    assert [blk.kind for blk in b.article.blocks][-1] == "caption"


@pytest.mark.parametrize(("name", "expected"), [
    ("Israeli", "Israel"), ("the Israeli", "Israel"), ("Netanyahu", "Benjamin Netanyahu"),
    ("ICJ", "International Court of Justice"), ("a spokesman for the International Court of Justice",
                                               "International Court of Justice"),
    ("the weather", None),
])
def test_name_index_finds_who_a_name_means(sample_briefing, name, expected):
    found = NameIndex(sample_briefing.actors).find(name)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Exhibit\n\nThe show, which is located in Evansville, Indiana, runs until March.", "Evansville"),
    ("Pilgrims\n\nPilgrims prayed on the Plains of Arafat on Friday.", "Arafat"),  # tagged a person
    ("Shelling\n\nShells fell near the town of Yeoncheon on Thursday.", "Yeoncheon"),
])
def test_a_name_the_text_calls_a_place_is_one(analyze_text, monkeypatch, text, name):
    """'Evansville, Indiana', 'the Plains of Arafat': a place, so only listed where it acts."""
    assert name not in _names(analyze_text(text))
    _without(monkeypatch, filters.place_that_never_acts)
    assert f"{name}/place" in _names(analyze_text(text))


def test_a_state_acting_through_its_people_in_a_quote_is_kept(analyze_text):
    b = analyze_text("Talks\n\n“Negotiations will be resumed on the basis of new proposals, led by the Egyptian and"
                     " Qatari mediators,” the official added.")
    assert {"Egypt/place", "Qatar/place"} <= _names(b)


def test_a_title_case_headlines_word_glued_to_a_body_name_is_no_name(analyze_text):
    """'Whitmer Rival Calls Ad ...': the body writes "Whitmer", never "Whitmer Rival"."""
    b = analyze_text("Whitmer Rival Calls Ad 'Dishonest' as Michigan Race Tightens\n\nTudor Dixon accused Gov. Gretchen"
                     " Whitmer of dishonesty.\n\nWhitmer's campaign stood by the ad. Whitmer said it was true.")
    assert {a.name for a in b.actors if a.kind == "person"} == {"Gretchen Whitmer", "Tudor Dixon"}
    assert _actor(b, "Gretchen Whitmer").mentions == 4  # the headline's "Whitmer" too


def test_a_headline_word_is_written_in_the_body_only_as_a_word(analyze_text):
    """'... Fire Missiles at Ship ...': the body's "Shipping" does not write "Ship"."""
    b = analyze_text("Houthis Fire Missiles at Ship in Red Sea\n\nThe Houthis fired missiles at a tanker on Tuesday."
                     " Shipping giants have diverted vessels. The Houthis said the attacks would go on.")
    assert not any("Missiles" in a.name for a in b.actors)


def test_a_headline_verb_glued_to_a_name_the_body_writes_is_no_name(analyze_text):
    b = analyze_text("Appeals Court Rejects Trump's Claim of Immunity in Election Case\n\nA federal appeals court ruled on"
                     " Tuesday that former President Donald J. Trump can face trial, rejecting his claim that he is immune."
                     " Mr. Trump's campaign said he would appeal.")
    assert [a.name for a in b.actors if a.kind == "person"] == ["Donald J. Trump"]  # not "Rejects Trump"


def test_a_headline_word_the_body_writes_in_another_form_is_no_name(analyze_text):
    """'... Clears Signature Threshold': the body writes "signatures", so "Signature" is a common word."""
    b = analyze_text("Recall Drive Against Governor Clears Signature Threshold\n\nA campaign to recall Gov. Rachel Dunn"
                     " said it had gathered 220,000 signatures. Dunn said the effort was a stunt.")
    assert [a.name for a in b.actors if a.kind == "person"] == ["Rachel Dunn"]


def test_a_headline_word_before_a_state_is_no_body(analyze_text):
    """'UN Envoy Urges Sudan's Warring Sides ...': not a body "Urges Sudan" named for the state."""
    b = analyze_text("UN Envoy Urges Sudan's Warring Sides to Honour Truce\n\nThe UN envoy urged Sudan's army and the"
                     " paramilitary Rapid Support Forces to respect a truce. Sudan has been at war since April 2023.")
    assert not any("Urges" in a.name for a in b.actors)


def test_a_place_whose_verb_the_parser_hung_on_it_acts(analyze_text):
    """'Egypt, which borders Sudan to the north, called for ...', parsed with 'called' as a clause on Egypt."""
    b = analyze_text("Sudan\n\nThe UAE has denied arming the RSF.\n\nAid groups say more than 10 million people have fled"
                     " their homes since the war began in April 2023. The World Food Programme warned last week that"
                     " parts of Darfur were at risk of famine.\n\nEgypt, which borders Sudan to the north, called for an"
                     " immediate ceasefire and offered to host talks between the two generals. Cairo has close ties with"
                     " the army.")
    assert "Egypt/place" in _names(b)


def test_where_a_crowd_marches_is_no_actor(analyze_text):
    b = analyze_text("Indian farmers march on Delhi again\n\nFarmers set off on Tuesday.\n\nPolice fired tear gas"
                     " at farmers about 200 km north of Delhi.")
    assert "Delhi" not in {a.name for a in b.actors}


def test_the_government_is_a_states_not_a_citys(analyze_text):
    b = analyze_text("Farmers\n\nPolice in Delhi arrested 40 farmers. Delhi banned gatherings on Tuesday.\n\nThe"
                     " government said it was ready to talk.")
    assert _actor(b, "Delhi").mentions == 2  # "the government" is no mention of the city


def test_a_dateline_of_two_words_is_the_storys_home(analyze_text):
    b = analyze_text("Truckers block highways\n\nMEXICO CITY (Reuters) - Mexican truckers blocked highways on Monday"
                     " to protest against rising fuel prices.\n\nThe United States buys most of the fuel. The United"
                     " States said supplies were steady, and the United States expects prices to fall.")
    assert [p.scope for p in b.pressure if p.actor == "Mexico" or "truckers" in p.source] == ["domestic"]


def test_a_participles_clause_in_a_headline_is_no_name(analyze_text):
    b = analyze_text("Judge Blocks State Abortion Ban, Citing Privacy Clause\n\nA Wyoming judge on Friday struck down"
                     " the state's near-total abortion ban.")
    assert not any("Citing" in a.name for a in b.actors)


def test_a_body_named_for_what_it_stands_up_for_is_whole(analyze_text):
    b = analyze_text("Ruling\n\nThe judge struck down the ban. \"This is a huge relief,\" said Julie Burkhart, the"
                     " clinic's president.\n\nAnti-abortion groups denounced the decision. Wyoming Right to Life said"
                     " the judge had \"invented a right\" and urged lawmakers to respond.")
    assert _actor(b, "Wyoming Right to Life").kind == "organization"
    assert not any(a.name == "Wyoming Right" for a in b.actors)


def test_a_noun_a_named_body_is_called_in_apposition_stands_for_it(analyze_text):
    b = analyze_text("Bankrupt\n\nBirmingham City Council, the largest local authority in Europe, has declared"
                     " itself bankrupt.\n\nCouncil leader John Cotton said the authority faced an unprecedented"
                     " challenge.")
    assert not any(a.name == "authority" for a in b.actors)  # no body of its own
    assert _actor(b, "Birmingham City Council").mentions == 3  # "the authority" is the council's


def test_a_bodys_board_is_the_body_not_a_thing(analyze_text):
    b = analyze_text("Transit\n\nQ: The Regional Transportation District cut service last year because it couldn't hire"
                     " drivers. Doesn't that undercut the plan?\n\nA: It's a real problem. I've told RTD's board they need"
                     " to raise driver pay.")
    assert _actor(b, "Regional Transportation District")  # its board is its organ, not a thing it labels


def test_the_utility_is_the_one_firm_named(analyze_text):
    b = analyze_text("Wildfire\n\nPacific Crest Power agreed to pay $1.6 billion. The utility admitted no wrongdoing."
                     " Shares in the company rose.")
    assert _actor(b, "Pacific Crest Power").mentions == 3  # a firm by its name's last word; "the utility" is it


def test_the_trust_is_the_trust_named(analyze_text):
    b = analyze_text("Parking\n\nCritics condemned the Riverside Hospitals NHS Trust. The trust scrapped free parking"
                     " in January. A spokesman for the trust said the charges were needed.")
    assert _actor(b, "Riverside Hospitals NHS Trust").mentions == 3


def test_a_town_the_text_calls_a_place_is_no_person(analyze_text):
    """'on the outskirts of Kadugli': tagged a person, but the text says it is a place."""
    b = analyze_text("Sudan\n\nThe RSF attacked army positions on the outskirts of Kadugli overnight, residents said.")
    assert not [a.name for a in b.actors if a.kind == ActorKind.PERSON]


def test_a_title_case_headline_is_no_name(analyze_text):
    """'Mayor Warns Council Over Budget': every word capitalised, so the tagger sees a person."""
    b = analyze_text("Mayor Warns Council Over Budget\n\nThe mayor of Springfield, Joe Quimby, said the council"
                     " had no idea how deep the hole was this year.")
    assert [a.name for a in b.actors if a.kind == "person"] == ["Joe Quimby"]


@pytest.mark.parametrize("text", [
    "Water crisis\n\nFLINT, Mich. — Senators demanded answers on Tuesday from the state.",
    "Warhol show\n\nEvansville, Indiana, United States - This past week a Warhol show opened at the college.",
])
def test_a_place_dateline_names_no_actor(analyze_text, text):
    b = analyze_text(text)
    assert not [a.name for a in b.actors if a.kind == ActorKind.PLACE]


def test_a_party_tag_names_no_place(analyze_text):
    b = analyze_text("Shutdown\n\n“It's a disgrace,” tweeted Rep. Marjorie Taylor Greene, R-Ga., who has called for"
                     " the impeachment of Homeland Security Secretary Alejandro Mayorkas.")
    assert _actor(b, "Marjorie Taylor Greene").affiliation == "United States"
    assert not {"Ga.", "Georgia"} & _names(b)


def test_teams_are_one_per_home(analyze_text):
    b = analyze_text("Robots\n\nThe all-girl Afghan team won a silver medal at the competition. The six-member"
                     " Afghan team was greeted by the mayor. The Syrian refugee team was cheered by the crowd.")
    teams = sorted(a.name for a in b.actors if a.kind == ActorKind.GROUP and a.name.endswith("team"))
    assert len(teams) == 2 and "Syrian refugee team" in teams


def test_a_states_team_alone_is_its_delegation(analyze_text):
    b = analyze_text("Talks\n\nThe Israeli team arrived in Doha on Monday, and the team met Qatari mediators.")
    assert not any(a.kind == ActorKind.GROUP and "team" in a.name for a in b.actors)


def test_an_outlet_cited_once_is_kept(analyze_text):
    b = analyze_text("Clock\n\nThe Deseret News observed that the hashtag had become an international phenomenon."
                     " The Deseret News is based in Utah.")
    assert "Deseret News" in {a.name for a in b.actors}


def test_a_bodys_members_are_no_group_of_their_own(analyze_text):
    b = analyze_text("Law\n\nTwo trade groups whose members include Meta and Google filed the lawsuit.")
    assert "members" not in {a.name for a in b.actors}  # "whose members" are the groups'
    b = analyze_text("Law\n\nTwo trade groups filed the lawsuit. Their members include Meta and Google.")
    assert "members" not in {a.name for a in b.actors}


def test_a_wire_dateline_and_credit_line_name_no_actor(analyze_text):
    b = analyze_text("Chile names minister\n\nSANTIAGO, Aug 23 (Reuters) - Chilean President Gabriel Boric on Wednesday"
                     " named a new finance minister.\n\nThe opposition said the change came too late.\n\n(Reporting"
                     " by Natalia Ramos; Editing by Sandra Maler)")
    assert _actor(b, "Gabriel Boric") and not {"Reuters", "Sandra Maler", "Natalia Ramos"} & _names(b)


def test_the_reporter_in_the_byline_is_no_actor(analyze_text):
    b = analyze_text("Relegation\n\nThe coach could not keep the club up. She spoke to Tom Mercer about the"
                     " board.\n\nBy Tom Mercer\n\nHannah Reid took over in March.\n\nQ: How are you feeling?\n\n"
                     "A: Gutted. Peter Lowe has to listen.")
    assert _actor(b, "Peter Lowe") and b.actor("Tom Mercer") is None  # the coach spoke to the one who writes


def test_only_a_person_holds_a_role(analyze_text):
    b = analyze_text("Poland expels Belarusian diplomats after border incident\n\nForeign Minister Radoslaw Sikorski"
                     " said Belarus was \"deliberately weaponising migration\" and warned that Warsaw was ready to close"
                     " the crossings.\n\nLithuania and Latvia, which also border Belarus, said they had put their"
                     " border guards on high alert. Lithuania's interior minister, Agne Bilotaite, said Vilnius was"
                     " reinforcing its frontier with additional troops.")
    assert _actor(b, "Belarus").role is None  # not "border"


def test_a_person_named_as_a_club_is_the_club(analyze_text):
    b = analyze_text("Football\n\nHannah Reid took over Ashford Rovers with eleven games left. Your old club, Harlow"
                     " Town, tried to bring you back.")
    assert _actor(b, "Ashford Rovers").kind == ActorKind.ORGANIZATION


def test_a_thing_given_a_name_is_no_actor(analyze_text):
    b = analyze_text("Robots\n\nThe team's robot, named \"Better Idea of Afghan Girls,\" scored two points.")
    assert b.actor("Better Idea of Afghan Girls") is None  # a robot is named, but is no one


def test_a_team_after_a_noun_is_not_a_named_thing(analyze_text):
    b = analyze_text("World Cup\n\nIn the late game England beat Tunisia 2-1. England scored twice through Kane.")
    assert _actor(b, "England").kind == ActorKind.PLACE


def test_a_name_the_tagger_took_for_places_is_the_person_its_apposition_says(analyze_text):
    b = analyze_text("Ship\n\nValeska Paris, an Australian woman and former Scientologist, has claimed that the church"
                     " held her on a ship. Paris was born in Switzerland, and Paris says she was forced to work.")
    paris = _actor(b, "Valeska Paris")
    assert paris.kind == ActorKind.PERSON and paris.mentions == 3 and b.actor("Paris") is None


# (text, actor, mentions): a body the story names only by what it is
UNNAMED_BODIES = [
    ("Library\n\nResidents have taken the city council to court over the closure. The council said it would defend"
     " the case.", "city council", 2),  # named by its fullest description; "the council" is it
    ("Rail\n\nThe drivers' union says the company refused to negotiate. We have met the union eleven times, the"
     " company said.", "drivers' union", 2),
    ("Rail\n\nThe drivers' union says the company refused to negotiate. We have met the union eleven times, the"
     " company said.", "company", 2),
]


@pytest.mark.parametrize(("text", "name", "mentions"), UNNAMED_BODIES)
def test_a_body_named_only_by_what_it_is(analyze_text, text, name, mentions):
    actor = next(a for a in analyze_text(text).actors if a.name == name)
    assert (actor.kind, actor.mentions) == ("organization", mentions)


def test_the_company_is_no_party_of_its_own_when_a_firm_is_named(analyze_text):
    b = analyze_text("Cars\n\nOn Monday, carmaker General Motors recalled 100,000 trucks over a faulty brake. The"
                     " company said the fault was rare. The company apologised to customers.")
    assert "company" not in {a.name for a in b.actors} and "General Motors" in {a.name for a in b.actors}


def test_the_company_is_the_one_firm_whose_name_says_so(analyze_text):
    text = ("Pipeline\n\nNorthern Energy Partners filed for an injunction against the activists, and Northern Energy"
            " Partners asked the sheriff to act. The Water Keepers Alliance said it would fight on. The company said"
            " it respected the right to protest.")
    assert _actor(analyze_text(text), "Northern Energy Partners").mentions == 3
    two = text.replace("The Water Keepers Alliance", "Lakeland Holdings")  # two firms: which one is unknown
    assert _actor(analyze_text(two), "Northern Energy Partners").mentions == 2


# (text, the firm "the company" is): a name that says so, or words that call the body a firm
CALLED_FIRMS = [
    ("Sewage fine\n\nYorkshire Water has been fined £10m by the regulator for sewage spills. The company said it would"
     " appeal.", "Yorkshire Water"),  # tagged a person, but a firm's word ends the name
    ("Opioids\n\nThe state sued the pharmacy chain MedPoint on Thursday. The Ohio Nurses Association backed the suit."
     " The company said it had complied with the law.", "MedPoint"),  # a firm's noun before the name
    ("Opioids\n\nThe state sued MedPoint, a pharmacy chain based in Dayton, on Thursday. The Ohio Nurses Association"
     " backed the suit. The company said it had complied with the law.", "MedPoint"),  # in apposition
]


@pytest.mark.parametrize(("text", "firm"), CALLED_FIRMS, ids=[r[1] + str(i) for i, r in enumerate(CALLED_FIRMS)])
def test_the_company_is_the_body_called_a_firm(analyze_text, text, firm):
    assert _actor(analyze_text(text), firm).mentions == 2


def test_the_regulator_describes_a_named_body(analyze_text):
    b = analyze_text("Bank fined\n\nThe Financial Conduct Authority fined the bank on Monday. The regulator said the"
                     " bank had ignored warnings. The regulator said more fines would follow.")
    assert "regulator" not in {a.name for a in b.actors}


def test_a_regulator_described_before_it_is_named_is_the_body_named_next(analyze_text):
    b = analyze_text("Water bills\n\nThe regulator has ordered the company to return £104m.\n\nThames Water has been"
                     " ordered to cut bills, the industry regulator has said.\n\nOfwat said the company had fallen"
                     " short. David Black, Ofwat's chief executive, said the regulator would act.\n\nAccording to"
                     " figures published by the Environment Agency, sewage spills rose.")
    assert _actor(b, "Ofwat").kind == "organization"  # a "place" with a chief executive is a body
    assert _actor(b, "Ofwat").mentions == 5  # each "the regulator", not the agency named last
    assert _actor(b, "Environment Agency").mentions == 1


def test_a_body_named_once_or_never_acting_is_no_actor(analyze_text):
    b = analyze_text("Library\n\nResidents met at the library on Monday. They wrote to the council, and the mayor"
                     " wrote to the council too.")
    assert "council" not in {a.name for a in b.actors}  # never a subject
    b = analyze_text("Library\n\nThe Riverside City Council closed the library. The council said it had no money.")
    assert "council" not in {a.name for a in b.actors}  # "the council" is the named body's


def test_a_groups_proper_adjective_keeps_its_capital(analyze_text):
    b = analyze_text("Mali\n\nThe army said it had repelled the assault. Islamist militants attacked an army post near"
                     " the border on Sunday, killing eight soldiers.")
    assert _actor(b, "Islamist militants").kind == "group"  # the name, not only an alias as written


def test_a_body_that_says_it_is_no_person_for_a_he_after_it(analyze_text):
    b = analyze_text("Jets\n\nTom Ward ran the plant for a decade. Boeing said it regretted the delays. He added that"
                     " the plant would reopen.")
    assert _actor(b, "Boeing").kind == "organization"


def test_a_groups_hyphened_kind_is_written_whole(analyze_text):
    b = analyze_text("Hong Kong\n\nPro-democracy activists in Hong Kong were jailed for subversion.")
    assert _actor(b, "pro-democracy activists").kind == "group"  # not "- democracy activists"


def test_a_group_is_named_without_its_quantifier(analyze_text):
    b = analyze_text("Fuel\n\nLabour MP Rachael Maskell and other backbenchers have urged the chancellor to think again.")
    assert _actor(b, "backbenchers").kind == "group"  # not "other backbenchers"


def test_a_name_never_runs_over_a_line_break(analyze_text):
    b = analyze_text("House votes to hold adviser in contempt of Congress\n\nWASHINGTON (AP) — The House voted on"
                     " Wednesday to hold a former adviser in contempt of Congress.")
    assert not [a.name for a in b.actors if "\n" in a.name]
    assert "Congress" in _names(b)


def test_a_chamber_named_by_one_word_acts_apart_from_the_white_house(analyze_text):
    b = analyze_text("Contempt\n\nThe House voted 216-209 to hold him in contempt. The White House did not respond."
                     " House Speaker Mike Johnson said the House would vote again.")
    assert {"House", "White House"} <= _names(b)
    assert "House" not in next(a for a in b.actors if a.name == "White House").aliases


def test_an_apposition_after_a_place_of_an_office_is_the_offices(analyze_text):
    b = analyze_text("Reyes on the border\n\nThe governor of New Mexico, a possible presidential candidate, sat down"
                     " with TIME in Santa Fe last week.")
    assert "New Mexico/person" not in _names(b)


def test_a_bare_body_noun_after_a_named_body_is_that_body(analyze_text):
    b = analyze_text("Strike\n\nResident doctors in England will walk out for five days from Friday after talks broke"
                     " down, the British Medical Association (BMA) has announced.\n\nThe union said the health"
                     " secretary had failed to make a credible offer. Ministers accused the union of walking away.")
    assert "union" not in _names(b)
    assert [q.actor for q in b.quotes if q.speaker == "The union"] == ["British Medical Association"]


def test_a_state_keeps_its_capital_in_a_headline_group(analyze_text):
    b = analyze_text("Mozambique opposition calls for strike as unrest spreads\n\nMozambique's main opposition"
                     " candidate called for a week-long national strike on Monday.")
    assert [a.name for a in b.actors if a.kind == "group"] == ["Mozambique opposition"]
