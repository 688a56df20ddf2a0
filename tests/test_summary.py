"""Summaries on real text with the real model: lengths, what a summary may use, the news ranker."""

from __future__ import annotations

import pytest

from briefing.analysis.summary import ALGORITHMS, body_sentences, parse_length


@pytest.mark.parametrize(("value", "body", "expected"), [
    (None, 10, 3),  # a short article: three sentences
    (None, 40, 8),  # a long one: a fifth of the body
    ("40%", 10, 4),
    ("2", 10, 2),
    (50, 10, 10),  # never more than the body
    (None, 0, 0),
])
def test_summary_lengths(value, body, expected):
    assert parse_length(value, body) == expected


@pytest.mark.parametrize("value", ["0", "0%", "120%", -1])
def test_bad_lengths_are_refused(value):
    with pytest.raises(ValueError):
        parse_length(value, 10)


# (text, a sentence a summary may never use): body_sentences keeps them out
NOT_SUMMARY = [
    ("Tram line approved\n\nThe city council approved a new tram line to the airport on Monday.\n\n"
     "The new tram at the depot. Image: City of Lyon.", "The new tram at the depot."),  # a caption
    ("Tram line approved\n\nThe city council approved a new tram line to the airport on Monday.\n\n"
     "Monday, March 3.", "Monday, March 3."),  # a fragment with no verb
    ("Tram line approved\n\nThe city council approved a new tram line to the airport on Monday.\n\n"
     "It was approved.", "It was approved."),  # under four words
    ("Tram line approved\n\nThe city council approved a new tram line to the airport on Monday.\n\n"
     "Why did the council wait so long to approve the line?", "Why did the council"),  # a question
    ("The mayor on homes\n\nQ: You opened twenty shelters last year.\n\nA: We did, and we will open more this"
     " year.\n\nQ: The number of people on the streets barely changed, though.\n\nA: That is true, and I am not"
     " satisfied with it.", "The number of people on the streets"),  # an interviewer's turn, full stop or not
    ("The mayor on homes\n\nQ: You opened twenty shelters last year.\n\nA: We did, and we will open more this"
     " year.\n\nQ: The number of people on the streets barely changed, though.\n\nA: That is true, and I am not"
     " satisfied with it.", "A: We did"),  # an answer's label: the answer starts after it
    ("Families evacuated as river bursts its banks in Yorkshire town\n\nDozens of homes flooded after two days of"
     " heavy rain\n\nFamilies evacuated as river bursts its banks in Yorkshire town after two days of torrential"
     " rain.\n\nRescue teams used boats to carry residents from their homes on Tuesday.", "Families evacuated as"),
    ("Rail fares to rise 4.6% in March, government confirms\n\nTransport: Rail fares to rise 4.6% in March, the"
     " government has confirmed.\n\nRegulated fares in England will rise by 4.6% on 2 March, the Department for"
     " Transport said on Wednesday.", "Transport: Rail fares"),  # the headline again, reworded ("has confirmed")
    ("The nurses' leader on the strike\n\nBonnie Castillo has led the union since 2015. This week 12,000 of its"
     " members walked off the job. The interview has been edited for length and clarity.\n\n**Why strike?**\n\n"
     "It's about staffing.", "The interview has been edited"),  # the editor's note on an interview
]


def test_a_quotation_the_parser_split_is_one_summary_sentence(analyze_text):
    b = analyze_text("Opioid suit\n\nThe state sued a drug distributor on Tuesday.\n\n\"They saw the numbers. They knew"
                     " what those numbers meant,\" the attorney general said at a news conference.\n\n\"Doctors are"
                     " leaving every week. Nobody wants this.\n\n\"We will keep going,\" he said.")
    texts = [s.text.strip() for s in body_sentences(b.article, b.doc)]
    assert texts[1].startswith("\"They saw the numbers. They knew")  # never its second half alone
    assert "\"Doctors are leaving every week." in texts  # a quotation running past its paragraph stays split


@pytest.mark.parametrize(("text", "sentence"), NOT_SUMMARY,
                         ids=["caption", "no verb", "short", "question", "interviewer", "label", "headline and standfirst",
                              "headline again", "editor's note"])
def test_what_a_summary_never_uses(analyze_text, text, sentence):
    b = analyze_text(text)
    assert all(sentence not in s.text for s in body_sentences(b.article, b.doc))
    assert all(sentence not in s.text for s in b.with_summary("news", 3).summary.sentences)


def test_summary_on_sample(sample_briefing):
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


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_summary_algorithm_runs(sample_briefing, algorithm):
    s = sample_briefing.with_summary(algorithm, 4).summary
    assert s.algorithm == algorithm and len(s.sentences) == 4


TRAM = ("Council approves new tram line\n\n"
        "The city council approved a new tram line to the airport on Monday.\n\n"
        "The tram line, which councillors said had been discussed in one form or another since the"
        " early nineteen-nineties, when a previous council first commissioned a study of the route"
        " that was later shelved because of its cost and because of objections from residents along"
        " the old canal, will now be built by a consortium of local and foreign firms over the next"
        " six years.\n\n"
        "The council said the tram line would cost 900 million euros.\n\n"
        "Construction of the tram line to the airport starts in March.\n\n"
        "Residents near the airport welcomed the decision of the council.")


# (text, length, words that must open a chosen sentence, words that must not): the news ranker's rules
NEWS_RANKER = [
    (TRAM, 1, "The city council approved", "The tram line, which"),  # one sentence: a run-on loses
    (TRAM, "40%", "The tram line, which", "Residents near"),  # a long summary keeps the long central one
    (TRAM, 1, "The city council approved", "Construction of the"),  # one sentence: the lead
    ("Council approves new tram line\n\n"
     "The city council approved a new tram line to the airport on Monday.\n\n"
     "The city council approved the new tram line to the airport on Monday night.\n\n"
     "The tram line will cost 900 million euros, the council said.", 2, "The tram line will cost",
     "The city council approved the new"),  # a near-repeat is skipped
    ("Council approves new tram line\n\n"
     "The city council approved a new tram line to the airport on Monday.\n\n"
     "“It is a great day, a great day for all of us,” one resident said at the meeting.\n\n"
     "Construction of the tram line to the airport starts in March next year.\n\n"
     "The tram line will carry ten thousand passengers a day between the city and the airport.\n\n"
     "The council will choose the builders of the tram line in January.", 2, "The city council approved",
     "“It is a great day"),  # a quote-only sentence loses to a fact
    ("Council approves new tram line to the airport after long debate\n\n"
     "A link from the city centre to the airport, in service by 2030.\n\n"
     "Transport: council approves the new tram line to airport after a long debate\n\n"
     "The city council approved a new tram line to the airport on Monday.\n\n"
     "Construction of the tram line to the airport starts in March next year.", 1, "The city council approved",
     "Transport: council"),  # the headline again at the top of the body, behind a section label
]


@pytest.mark.parametrize(("text", "length", "chosen", "passed_over"), NEWS_RANKER,
                         ids=["run-on", "long central", "lead", "near-repeat", "quoted", "headline again"])
def test_news_ranker(analyze_text, text, length, chosen, passed_over):
    sentences = [s.text for s in analyze_text(text).with_summary("news", length).summary.sentences]
    assert any(s.startswith(chosen) for s in sentences), sentences
    assert not any(s.startswith(passed_over) for s in sentences), sentences
