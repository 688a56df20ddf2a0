"""Each analysis on the sample article and on small real-language texts, with the real model."""

from __future__ import annotations

import pytest

from briefing.analysis.quotes import quote_spans
from briefing.analysis.summary import parse_length
from briefing.load import parse_bytes
from briefing.nlp import chunks, parse


def _actor(b, name):
    found = b.actor(name)
    assert found is not None, f"{name} missing from {[a.name for a in b.actors]}"
    return found


def test_paragraph_breaks_are_sentence_breaks(nlp, sample_article):
    doc = parse(nlp, sample_article)
    title = sample_article.title
    starts = {s.start_char for s in doc.sents}
    for block in sample_article.blocks:
        assert block.start in starts
    assert not any(title in s.text and len(s.text.strip()) > len(title) for s in doc.sents)


def test_chunked_parse_keeps_offsets(nlp):
    paras = [f"Paragraph {i} says the minister met the envoy in the capital on Monday." for i in range(40)]
    article = parse_bytes(("Headline\n\n" + "\n\n".join(paras)).encode())
    pieces = chunks(article, limit=300)
    assert len(pieces) > 5 and "".join(pieces) == article.text
    import briefing.nlp as nlp_module

    old = nlp_module.CHUNK_CHARS
    nlp_module.CHUNK_CHARS = 300
    try:
        doc = parse(nlp, article)
    finally:
        nlp_module.CHUNK_CHARS = old
    assert doc.text == article.text


def test_join_equals_spacy_from_docs(nlp, sample_article):
    from spacy.tokens import Doc

    from briefing.nlp import join

    pieces = chunks(sample_article, limit=800)
    docs = list(nlp.pipe(pieces))
    expected, joined = Doc.from_docs(docs, ensure_whitespace=False), join(docs)
    attrs = list(Doc._get_array_attrs())
    assert len(pieces) > 3 and joined.text == expected.text == sample_article.text
    assert (joined.to_array(attrs) == expected.to_array(attrs)).all()
    assert [str(t.morph) for t in joined] == [str(t.morph) for t in expected]
    assert [s.start for s in joined.sents] == [s.start for s in expected.sents]


def test_actors_on_sample(sample_briefing):
    b = sample_briefing
    lapid = _actor(b, "Yair Lapid")
    assert lapid.kind == "person" and lapid.role == "Opposition leader" and lapid.mentions == 2
    assert _actor(b, "Benjamin Netanyahu").role == "Prime Minister"
    assert "ICJ" in _actor(b, "International Court of Justice").aliases
    assert "Israeli" in _actor(b, "Israel").aliases
    assert _actor(b, "Sheikh Mohammed bin Abdulrahman Al Thani").role == "Qatari Prime Minister"
    assert _actor(b, "Francesca Albanese").role == "UN Special Rapporteur"
    names = {a.name for a in b.actors}
    assert not names & {"Rafah", "Paris", "France", "Doha", "Defense", "The All Israel News Staff"}
    assert b.actors[0].name in ("Israel", "Hamas")
    for actor in b.actors:
        for s, e in actor.spans:
            assert b.article.text[s:e] in {actor.name, *actor.aliases} or s < e


def test_quotes_on_sample(sample_briefing):
    b = sample_briefing
    lapid = [q for q in b.quotes if q.actor == "Yair Lapid" and q.kind == "direct"]
    assert len(lapid) == 2
    official = [q for q in b.quotes if q.text.startswith("At the end of the meeting")]
    assert official and official[0].speaker == "a senior Israeli official" and official[0].cue == "added"
    statement = [q for q in b.quotes if q.text.startswith("[Hamas leader] Sinwar")]
    assert statement and statement[0].speaker == "the Prime Minister's Office"
    axios = [q for q in b.quotes if q.kind == "indirect" and q.speaker == "Axios"]
    assert axios and axios[0].text == "Israel did not present a final and official proposal for Hamas to review"
    for q in b.quotes:
        assert b.article.text[q.start:q.end] == q.text
    assert [q.start for q in b.quotes] == sorted(q.start for q in b.quotes)


def test_quote_marks_split_and_multi_paragraph(analyze_text):
    b = analyze_text(
        "Mayor backs plan\n\n"
        "“We will build it,” Mayor Jane Doe said, “and we will pay for it ourselves.”\n\n"
        "Councillor John Smith added: “The vote is tomorrow and I expect it to pass easily.”\n\n"
        "“This is a long quote that opens here and does not close at the end of this paragraph.\n\n"
        "“It goes on here, and only now does it finish,” Smith said.\n\n"
        "The so-called “deal” was mocked. Rock’n’roll isn’t a quote."
    )
    texts = [q.text for q in b.quotes]
    assert "We will build it" in texts and "and we will pay for it ourselves." in texts
    assert all(q.actor == "Jane Doe" for q in b.quotes if "build it" in q.text or "pay for it" in q.text)
    vote = next(q for q in b.quotes if q.text.startswith("The vote is tomorrow"))
    assert vote.actor == "John Smith"
    assert any(t.startswith("This is a long quote") for t in texts)
    assert not any(t == "deal" for t in texts)


def test_speakers_in_hard_places(analyze_text):
    b = analyze_text(
        "Storm hits the coast\n\n"
        "Governor Maria Lopez wrote on her official account:\n\n"
        "“Stay indoors tonight. Help is on the way and the roads are closed.”\n\n"
        "“Crews were sent to the coast to clear the fallen trees before the morning”, added Reuters.\n\n"
        "Acme co-founder Tom Baker tweeted and said the company would pay for the repairs.\n\n"
        "Spokesperson of the Coastal Residents Association Ana Silva said people were angry.\n\n"
        "According to the Associated Press, quoting the weather service, the town was told to expect "
        "a “once-in-a-century flood” by Friday.\n\n"
        "The council reasoned, “because the insurers will not pay, the town must pay for everything.”"
    )
    by_text = {q.text[:20]: q for q in b.quotes}
    assert by_text["Stay indoors tonight"].actor == "Maria Lopez"  # a colon closing the paragraph before
    assert by_text["Crews were sent to t"].speaker == "Reuters"  # '..., added Reuters.'
    assert by_text["the company would pa"].actor == "Tom Baker"  # not "Acme co"
    assert by_text["people were angry"].actor == "Ana Silva"  # a name glued to an organisation
    flood = by_text["once-in-a-century fl"]
    assert flood.speaker == by_text["the town was told to"].speaker == "the Associated Press"
    assert by_text["because the insurers"].speaker == "The council"
    silva = next(a for a in b.actors if a.name == "Ana Silva")
    assert silva.kind == "person" and silva.role and "Spokesperson" in silva.role


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
    find = names.get("Federation of Independent Doctors and Nurses")
    assert find is not None and "FIND" in find.aliases  # one actor though the initials are out of order
    assert "Verona Health Fair" not in names and "Tuscany" not in names
    assert names.get("Facebook") is None or names["Facebook"].kind == "organization"
    assert "private clinics" in names and names["private clinics"].kind == "group"
    assert not any(a.name.endswith("Image") for a in b.actors)
    caption = b.article.text.index("Anna Berti at the clinic")
    assert all(s < caption for a in b.actors for s, _ in a.spans)
    assert [blk.kind for blk in b.article.blocks][-1] == "caption"


def test_role_from_the_office_whose_order_a_person_issues(analyze_text):
    b = analyze_text(
        "Army told to stand ready\n\n"
        "State radio said Omar Haddad signed a decree of the acting president of the transitional council "
        "that all reserve units must report by Monday. Lina Farah read a statement to reporters."
    )
    assert _actor(b, "Omar Haddad").role == "acting president of the transitional council"
    assert _actor(b, "Lina Farah").role is None  # reading a statement holds no office


def test_roles_stop_at_other_names_and_things_are_not_people(analyze_text):
    b = analyze_text(
        "Gallery opens photo show\n\n"
        "Chair of the Harbour Trust Marta Velez opened the show on Friday. The show includes portraits "
        "of actor Paul Reyes and shots of the Dockside Museum. Selenium is used in the prints, and "
        "selenium toning makes them last.\n\n"
        "Councillors Ivo Brandt from the Green Party, Ana Kerr of the Labour Party, and others attended."
    )
    assert _actor(b, "Marta Velez").role == "Chair of the Harbour Trust"  # "Marta" is not part of the title
    assert _actor(b, "Paul Reyes").role == "actor"  # not "portraits of actor"
    kerr = b.actor("Ana Kerr")
    assert kerr is None or kerr.role is None or "Brandt" not in kerr.role
    people = {a.name for a in b.actors if a.kind == "person"}
    assert not people & {"Selenium", "Dockside Museum"}


def test_names_the_tagger_splits_or_glues(analyze_text):
    b = analyze_text(
        "Browser makers drop old versions\n\n"
        "Users of IE6 were told to upgrade.\n\n"
        "Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking at new rules. "
        "Localist group Civic Passion said it would protest. Thousands travelled for the annual Hajj, "
        "and the Hajj ended on Friday.\n\n"
        "Yannick Carrasco and Dries Mertens made early attempts. Dries Mertens scored later, "
        "and Mertens said the team was ready."
    )
    names = {a.name: a for a in b.actors}
    assert names["Lydia Buchtmann"].kind == "person"
    assert not any(n.startswith("Lydia Buchtmann for") for n in names)
    assert "IE6" not in names and "Hajj" not in names
    assert names.get("Civic Passion") is None or names["Civic Passion"].kind == "organization"
    mertens = [a for a in b.actors if "Mertens" in a.name]
    assert len(mertens) == 1 and mertens[0].kind == "person"


def test_no_speaker_from_a_thing_and_no_report_inside_a_quote(analyze_text):
    b = analyze_text(
        "Museum reopens\n\n"
        "The history section of the site says the museum was founded in 1901 by a local doctor.\n\n"
        "“We told them that the roof would fail and nobody listened to us at all,” said curator Ana Ruiz."
    )
    assert not any(q.speaker and "section" in q.speaker for q in b.quotes)
    assert not any(q.kind == "indirect" and q.text.startswith("the roof would fail") for q in b.quotes)
    assert any(q.actor == "Ana Ruiz" and q.text.startswith("We told them") for q in b.quotes)


def test_first_person_pressure_inside_a_quote_is_the_speaker(analyze_text):
    b = analyze_text(
        "Flood talks\n\n"
        "“We urge the governments of the region to open their borders to the families now,” "
        "said Maria Costa, a spokeswoman for the Red Cross."
    )
    assert b.pressure and b.pressure[0].actor == "Maria Costa"


def test_uncued_quotes_keep_the_voice_before_them(analyze_text):
    b = analyze_text(
        "Bridge closes\n\n"
        "“It should never have come to this,” engineer Paula Grant said. “We warned them for years "
        "and the cracks only got wider.”\n\n"
        "The mayor defended the decision, promising a new crossing: “We will have a temporary bridge "
        "open within three months of today.”\n\n"
        "“Nobody listens until something falls down, and then everybody listens.” - Tom Reyes"
    )
    by_start = {q.text[:12]: q for q in b.quotes}
    assert by_start["We warned th"].actor == "Paula Grant"
    assert by_start["We will have"].speaker == "The mayor"
    assert by_start["Nobody liste"].speaker == "Tom Reyes"


def test_reported_speech_forms_and_nested_quotes(analyze_text):
    b = analyze_text(
        "Port strike spreads\n\n"
        "Union leader Sara Okafor told reporters that the strike would last until Friday. "
        "The harbour authority announced that ferries would be cancelled. "
        "Transport Minister Paul Ide warned that the army could be called in.\n\n"
        "“When the minister says ‘the army’, he means strike-breakers,” Okafor said."
    )
    indirect = {q.text: q for q in b.quotes if q.kind == "indirect"}
    assert indirect["the strike would last until Friday"].actor == "Sara Okafor"
    assert indirect["ferries would be cancelled"].speaker == "The harbour authority"
    assert indirect["the army could be called in"].actor == "Paul Ide"
    nested = next(q for q in b.quotes if q.kind == "direct")
    assert nested.text == "When the minister says ‘the army’, he means strike-breakers"
    assert nested.actor == "Sara Okafor"


def test_label_votes_and_post_nominals(analyze_text):
    b = analyze_text(
        "Flood reaches Houston\n\n"
        "The river rose in Houston on Monday. Houston closed its schools and Houston police closed roads.\n\n"
        "Lawyer Tom Reid, QC, said the city of Houston had been warned. Reid said the warning came in May."
    )
    names = {a.name: a for a in b.actors}
    assert "QC" not in names
    assert names.get("Houston") is None or names["Houston"].kind == "place"
    assert names["Tom Reid"].kind == "person"


def test_sources_named_before_an_uncued_quote(analyze_text):
    b = analyze_text(
        "Court hears case\n\n"
        "The boy was in pain, and in the words of the prosecutor, Anna Holt, “he cried every night for "
        "months before anyone took him to a doctor.”\n\n"
        "Senator Mark Bell issued a statement on the ruling. “I am disappointed that the court did not "
        "go further today.”\n\n"
        "She was called in and told that her contract had ended and that she had to leave."
    )
    by_start = {q.text[:10]: q for q in b.quotes}
    assert by_start["he cried e"].actor == "Anna Holt"
    assert by_start["I am disap"].actor == "Mark Bell"
    assert not any(q.text.startswith("her contract had ended") for q in b.quotes)


def test_unbalanced_marks_do_not_lose_text(sample_article):
    article = parse_bytes("Title\n\nHe said “never closed and more words here.\n\nNext ” stray » marks.".encode())
    for s, e in quote_spans(article):
        assert 0 <= s < e <= len(article.text)


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
    for p in sample_briefing.pressure:
        assert 0 <= p.start < p.end <= len(text)
    weights = [p.weight for p in sample_briefing.pressure]
    assert weights == sorted(weights, reverse=True)


@pytest.mark.parametrize(("sentence", "source", "kind"), [
    ("The health ministry said hospitals must reopen the northern wards by Monday.", "The health ministry",
     "political"),
    ("Nurses at the city hospital stopped work on Tuesday.", "Nurses", "public"),
    ("The rebel alliance issued a statement demanding that the government release the prisoners.",
     "The rebel alliance", None),
    ("Norway expelled three diplomats of the embassy on Friday.", "Norway", "diplomatic"),
    ("The city council said it will cut funding to the stadium unless the club pays its debts.",
     "The city council", None),
    ("Tens of thousands of dock workers staged mass demonstrations against the pension reform.",
     "dock workers", "public"),
    ("Prisoners rioted at the central jail on Monday over the lack of food.", "Prisoners", "public"),
    ("Rebel fighters blew up two bridges on the main road to the capital.", "Rebel fighters", "military"),
    ("The union reiterated its demand on Tuesday that the company restore the old contracts.",
     "The union", None),
])
def test_pressure_constructions(analyze_text, sentence, source, kind):
    b = analyze_text("Report\n\n" + sentence)
    assert b.pressure, sentence
    item = b.pressure[0]
    assert source in (item.source, item.actor)
    if kind:
        assert item.kind == kind


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


@pytest.mark.parametrize("sentence", [
    "The government accepted the demands of the striking nurses on Thursday.",
    "The minister allowed opposition leaders to protest outside parliament.",
    "Hungary said it will support a resolution that aims to tighten sanctions on the regime.",
    "The company insisted its products were safe.",
    "The game took players to investigate the murder of a famous detective.",
])
def test_concessions_and_support_are_not_pressure(analyze_text, sentence):
    assert analyze_text("Report\n\n" + sentence).pressure == []


def test_summary_on_sample(sample_briefing):
    from briefing.analysis.summary import body_sentences

    s = sample_briefing.summary
    n = len(body_sentences(sample_briefing.article, sample_briefing.doc))
    assert s.algorithm == "news" and len(s.sentences) == parse_length(None, n) >= 3
    starts = [x.start for x in s.sentences]
    assert starts == sorted(starts)
    body = sample_briefing.article.body
    for x in s.sentences:
        assert any(b.start <= x.start < b.end for b in body)  # never the title, dek or byline
        assert sample_briefing.article.text[x.start:x.end] == x.text
    assert sorted(x.rank for x in s.sentences) == list(range(1, len(s.sentences) + 1))


def test_every_summary_algorithm_runs(sample_briefing):
    from briefing.analysis.summary import ALGORITHMS

    for algorithm in ALGORITHMS:
        s = sample_briefing.with_summary(algorithm, 4).summary
        assert s.algorithm == algorithm and len(s.sentences) == 4


def test_summary_lengths():
    assert parse_length(None, 10) == 3
    assert parse_length(None, 40) == 8
    assert parse_length("40%", 10) == 4
    assert parse_length("2", 10) == 2
    assert parse_length(50, 10) == 10
    assert parse_length(None, 0) == 0


def test_news_summary_passes_over_a_run_on_sentence(analyze_text):
    """A 60-word sentence spends a short summary on one point: shorter, equally central ones win."""
    b = analyze_text(
        "Council approves new tram line\n\n"
        "The city council approved a new tram line to the airport on Monday.\n\n"
        "The tram line, which councillors said had been discussed in one form or another since the"
        " early nineteen-nineties, when a previous council first commissioned a study of the route"
        " that was later shelved because of its cost and because of objections from residents along"
        " the old canal, will now be built by a consortium of local and foreign firms over the next"
        " six years.\n\n"
        "The council said the tram line would cost 900 million euros.\n\n"
        "Construction of the tram line to the airport starts in March.\n\n"
        "Residents near the airport welcomed the decision of the council."
    )
    s = b.with_summary("news", "40%").summary
    assert len(s.sentences) == 2
    assert not any("nineteen-nineties" in x.text for x in s.sentences)


def test_a_word_mostly_written_with_the_is_no_person(analyze_text):
    """'Hajj' tagged a person in a headline and once in the body; the story writes 'the Hajj'."""
    b = analyze_text(
        "Hundreds dead in Hajj stampede\n\n"
        "The Plains of Arafat on the day of Hajj\n\n"
        "According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed in a stampede"
        " during the annual Hajj pilgrimage near Mecca, Saudi Arabia.\n\n"
        "The stampede happened during the final rites of the Hajj.\n\n"
        "This is not the first time deadly stampedes have taken place during the Hajj, with the deadliest"
        " stampede during the 1991 Hajj, in which 1,426 pilgrims were trampled."
    )
    assert "Hajj" not in {a.name for a in b.actors}


def test_a_products_short_name_is_no_person(analyze_text):
    b = analyze_text(
        "Internet Explorer loses ground\n\n"
        "Mozilla Firefox, its main rival, has been actively increasing its market share while the recently"
        " released Google Chrome is also quickly gaining users.\n\n"
        'A blogger concluded, "Usually, Internet Explorer is the #2 browser after Firefox, but over the past'
        " 30 days it's been #3, nearly tied with Chrome. If Chrome continues to surge, IE could fall.\""
    )
    people = {a.name for a in b.actors if a.kind == "person"}
    assert not people & {"Chrome", "Firefox"}, people
