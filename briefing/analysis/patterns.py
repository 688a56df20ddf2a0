"""Constructions matched: the patterns in `constructions.py`, run once per parse.

A rule that is a surface or dependency shape ("according to X", "blew up", "called on X to",
"will withdraw ... unless ...") is written once, as a pattern, and the analyses ask which tokens
matched which label. Hand walks over the tree stay where a pattern cannot say it (a speaker
resolved across sentences, a subject compared with the reporting verb's subject).

    >>> labels = construction_labels(doc)       # {token index: {"BLOW_UP", ...}}

The anchor of each match is its first token (surface patterns) or its first node (dependency
patterns): "according", "blew", "called", "movement".
"""

from __future__ import annotations

from collections import defaultdict

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, LOWER, MORPH, ORTH, POS, SPACY, TAG
from spacy.matcher import DependencyMatcher, Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from briefing.analysis.constructions import DEPENDENCY, SURFACE, Pattern

_WORD_ATTRS = {"LEMMA": LEMMA, "LOWER": LOWER, "ORTH": ORTH}


def _needs(pattern: Pattern) -> list[tuple[int, frozenset[int]]]:
    """The words a sentence must hold for `pattern` to match: one (token attribute, allowed values) per node
    that names its word ("give" and a span such as "days" for GIVE_DEADLINE). Nodes that name no word
    ({"DEP": "dobj"}) need nothing."""
    needs = []
    for node in pattern:
        for attr, value in node["RIGHT_ATTRS"].items():
            if attr in _WORD_ATTRS and isinstance(value, str):
                needs.append((_WORD_ATTRS[attr], frozenset([get_string_id(value)])))
            elif attr in _WORD_ATTRS and isinstance(value, dict) and set(value) == {"IN"}:
                needs.append((_WORD_ATTRS[attr], frozenset(map(get_string_id, value["IN"]))))
    return needs


class _Constructions:
    """The dependency patterns, one matcher per label, each run only on sentences that hold the words
    one of its patterns needs.

    The token matcher inside spaCy's `DependencyMatcher` tests every node of every pattern on every
    token; over a 400 KB article that is seconds. A sentence without "give" cannot hold "gave the
    military 15 days to return", so GIVE_DEADLINE is not asked there. Each pattern is indexed by its
    most particular word node, so a sentence looks up its own words rather than trying every label."""

    def __init__(self, vocab: Vocab) -> None:
        self.matchers: list[DependencyMatcher] = []
        self.needs: list[list[list[tuple[int, frozenset[int]]]]] = []
        self.always: set[int] = set()
        self.keyed: dict[tuple[int, int], set[int]] = defaultdict(set)
        for n, (label, patterns) in enumerate(DEPENDENCY.items()):
            matcher = DependencyMatcher(vocab)
            matcher.add(label, patterns)
            self.matchers.append(matcher)
            self.needs.append([_needs(pattern) for pattern in patterns])
            for needs in self.needs[-1]:
                if not needs:
                    self.always.add(n)
                    continue
                attr, allowed = min(needs, key=lambda need: len(need[1]))
                for word in allowed:
                    self.keyed[attr, word].add(n)

    def wanted(self, words: dict[int, set[int]]) -> set[int]:
        """The labels that may match in a sentence holding `words` (token attribute -> its values)."""
        candidates = set(self.always)
        for attr, values in words.items():
            for value in values:
                candidates |= self.keyed.get((attr, value), set())
        return {n for n in candidates
                if any(all(not allowed.isdisjoint(words[attr]) for attr, allowed in needs) for needs in self.needs[n])}


_MATCHERS: dict[int, tuple[Vocab, Matcher, _Constructions]] = {}


def _matchers(vocab: Vocab) -> tuple[Matcher, _Constructions]:
    """Built once per vocabulary (one per loaded model)."""
    kept = _MATCHERS.get(id(vocab))
    if kept is None or kept[0] is not vocab:
        surface = Matcher(vocab)
        for label, patterns in SURFACE.items():
            surface.add(label, patterns)
        kept = _MATCHERS[id(vocab)] = (vocab, surface, _Constructions(vocab))
    return kept[1], kept[2]


_KEPT = "briefing.constructions"
_EXCERPT_ATTRS = [SPACY, LEMMA, TAG, POS, MORPH, DEP, HEAD, ENT_IOB, ENT_TYPE]


def _excerpt(doc: Doc, sentences: list[Span]) -> tuple[Doc, list[int]]:
    """The given sentences as one small parsed `Doc`, and where each of its tokens sits in `doc`.

    Copied from one array of the whole parse (`Span.as_doc` would copy the whole array once per
    sentence); heads are relative offsets and stay inside their sentence."""
    places = [i for sentence in sentences for i in range(sentence.start, sentence.end)]
    rows = doc.to_array(_EXCERPT_ATTRS)[places]
    iob, at = _EXCERPT_ATTRS.index(ENT_IOB), 0
    for sentence in sentences:  # an entity cut by a sentence edge starts again at the edge ("B")
        if doc[sentence.start].ent_iob_ == "I":
            rows[at, iob] = 3
        at += len(sentence)
    excerpt = Doc(doc.vocab, words=[doc[i].text for i in places])
    excerpt.from_array(_EXCERPT_ATTRS, rows)
    return excerpt, places


def construction_labels(doc: Doc) -> dict[int, set[str]]:
    """Which constructions each token anchors; matched once per parse (quotes and pressure both ask)."""
    kept = doc.user_data.get(_KEPT)
    if kept is not None:
        return kept
    surface, dependency = _matchers(doc.vocab)
    found: dict[int, set[str]] = defaultdict(set)
    for match_id, start, _end in surface(doc):
        found[start].add(doc.vocab.strings[match_id])
    asked: set[int] = set()
    sentences = []
    columns = list(_WORD_ATTRS.values())
    table = doc.to_array(columns)
    for sentence in doc.sents:
        rows = table[sentence.start:sentence.end]
        words = {attr: set(rows[:, n].tolist()) for n, attr in enumerate(columns)}
        wanted = dependency.wanted(words)
        if wanted:
            asked |= wanted
            sentences.append(sentence)
    if sentences:
        excerpt, places = _excerpt(doc, sentences)
        for n in sorted(asked):
            for match_id, tokens in dependency.matchers[n](excerpt):
                found[places[tokens[0]]].add(doc.vocab.strings[match_id])
    doc.user_data[_KEPT] = found
    return found
