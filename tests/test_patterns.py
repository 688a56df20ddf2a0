"""Constructions as data: the dependency matcher asks only the sentences that hold a pattern's words,
and finds what a plain `DependencyMatcher` over the whole parse finds, at the same token."""

from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher

from briefing.analysis.patterns import DEPENDENCY, SURFACE, _needs, construction_labels

# Real constructions in several sentences, around sentences that hold none; an entity at a sentence's
# start (the excerpt copies entities too).
STORY = (
    "It rained all morning in the capital. "
    "The African Union gave the military 15 days to return to their barracks. "
    "Nigeria's president said nothing. "
    "Opposition leaders called on the prime minister to resign. "
    "Residents have taken the city council to court over the road. "
    "Rebel fighters blew up two bridges near the border, the army said. "
    "The union vowed to stay out until the company restores their pay."
)

ANCHORS = [
    ("gave", "GIVE_DEADLINE"),
    ("called", "CALL_ON"),
    ("taken", "TAKE_TO_COURT"),
    ("blew", "BLOW_UP"),
]


@pytest.fixture(scope="module")
def story(nlp):
    return nlp(STORY)


@pytest.mark.parametrize(("word", "label"), ANCHORS)
def test_a_construction_is_found_at_its_anchor(story, word, label):
    anchor = next(token.i for token in story if token.text == word)
    assert label in construction_labels(story)[anchor]


def test_the_same_matches_as_one_matcher_over_the_whole_parse(nlp, story):
    whole = DependencyMatcher(nlp.vocab)
    for label, patterns in DEPENDENCY.items():
        whole.add(label, patterns)
    expected: dict[int, set[str]] = {}
    for match_id, tokens in whole(story):
        expected.setdefault(tokens[0], set()).add(nlp.vocab.strings[match_id])
    found = {i: labels - set(SURFACE) for i, labels in construction_labels(nlp(STORY)).items()}
    assert {i: labels for i, labels in found.items() if labels} == expected
    assert len(expected) >= len(ANCHORS)


def test_a_sentence_without_the_words_is_not_asked(nlp):
    doc = nlp("The harbour board met again on a grey Monday morning and talked about the channel.")
    assert not construction_labels(doc)


NEEDS = [
    # a node that names its word needs it; a node that names only a relation needs nothing
    ([{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB", "LEMMA": "blow"}},
      {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "up", "RIGHT_ATTRS": {"DEP": "prt", "LOWER": "up"}}], 2),
    ([{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB", "LEMMA": {"IN": ["give", "grant"]}}},
      {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "obj", "RIGHT_ATTRS": {"DEP": "dobj"}}], 1),
    ([{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB", "LEMMA": {"NOT_IN": ["undergo"]}}}], 0),
]


@pytest.mark.parametrize(("pattern", "count"), NEEDS)
def test_needs(pattern, count):
    assert len(_needs(pattern)) == count
