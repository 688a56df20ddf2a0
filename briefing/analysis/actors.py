"""Key actors: people, organisations, states and groups, merged across the names the text uses.

spaCy's entities are the raw material, not the answer: titles are peeled off names, names spaCy
missed are recovered from title patterns, demonyms fold into their state, acronyms into their
expansion, and places that never act are left out.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from briefing.analysis.lexicon import (
    ANAPHOR_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_ALIASES,
    ORG_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    STATE_NAMES,
)
from briefing.article import Article

KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "NORP": "place", "group": "group"}
_ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "agent", "iobj", "dative", "attr"}
_ACTING_PREPS = {"with", "against", "by", "between", "among", "on", "upon", "for", "toward", "towards"}
_ACTOR_NOUNS = frozenset("""
government official minister mediator negotiator ministry president leader leaders forces army
military troops police mediators negotiators delegation authorities administration spokesman
spokeswoman diplomats embassy court parliament cabinet regime side team prosecutors envoy navy
""".split())
# Names that are events or ideas, not bodies that act: "Google Science Fair", "Islamophobia".
_EVENT_WORDS = frozenset("fair festival prize award awards cup games olympics expo championship championships "
                         "marathon tournament show exhibition week".split())
_IDEA = re.compile(r"(?:ism|phobia)$")
# Nouns that introduce a body's name ("localist group Civic Passion", "the band Queen").
_BODY_NOUNS = frozenset("group party band company firm organisation organization charity team club "
                        "movement network union association".split())
_MEMBER = re.compile(r"ists?$")  # "Scientologist": a member, not the body
_POST_NOMINALS = frozenset("qc kc sc mp mep md phd jr sr obe mbe cbe esq".split())
_TIME_ZONES = frozenset("gmt utc est edt cst cdt pst pdt cet cest bst ist aest".split())
_STREET_WORDS = frozenset("road street avenue boulevard lane drive square bridge highway".split())
# Words that make a "person" a building, a craft or an object ("Bat Cave", "Space Shuttle Discovery").
_THING_WORDS = frozenset("center centre gallery museum cave station airport stadium arena shuttle spacecraft "
                         "rocket satellite polaroid browser festival award prize".split())
_PAPER_WORDS = frozenset("sun times post news herald journal tribune gazette press telegraph guardian".split())
_PLACE_NOUNS = frozenset("town city village province region district county state island capital "
                         "municipality port area".split())
_ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "la", "des", "du", "&", "to", "at"}
_STRIP_EDGE = {"the", "a", "an", "'s", "’s", "'", "’"}


@dataclass
class Actor:
    """One participant in the story; `spans` are character offsets of its mentions in the text."""

    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    salience: float = 0.0
    quotes: int = 0
    pressure: int = 0

    @property
    def mentions(self) -> int:
        return len(self.spans)

    @property
    def first(self) -> int:
        return min((s for s, _ in self.spans), default=1 << 30)


@dataclass
class _Candidate:
    name: str
    label: str
    start: int  # token indices
    end: int
    role: str | None = None


# ------------------------------------------------------------------------------------- helpers


def _skip_block(article: Article, offset: int) -> bool:
    block = article.block_at(offset)
    return block is not None and block.kind in ("byline", "dateline", "caption", "reference")


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].lower_ in _STRIP_EDGE or doc[start].is_punct):
        start += 1
    # "Pro-Beijing DAB", "Anti-war Coalition X": a stance glued on the front is not the name
    if end - start > 3 and doc[start].lower_ in ("pro", "anti", "pan", "ex", "non") and doc[start + 1].text == "-":
        start += 3
    while end > start and (doc[end - 1].lower_ in _STRIP_EDGE or doc[end - 1].is_punct
                           and doc[end - 1].text not in ".)"):
        end -= 1
    return start, end


def _is_role_word(token: Token) -> bool:
    low = token.lower_
    return low in ROLE_HEADS or low in ROLE_MODIFIERS


def state_for(text: str) -> str | None:
    """The state a name, demonym or abbreviation stands for, if the table knows it."""
    low = text.lower().strip()
    low = re.sub(r"^the\s+", "", low)
    return STATE_NAMES.get(low)


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words if w[0].isalnum()).upper()


def _is_acronym(text: str) -> bool:
    bare = text.replace(".", "")
    return 2 <= len(bare) <= 7 and bare.isalnum() and bare.upper() == bare and any(c.isalpha() for c in bare)


def _names_a_body(token: Token) -> bool:
    """'University' of 'University of Texas', not 'Polaroids' of 'Polaroids of actor Dennis Hopper'."""
    return token.is_title and token.pos_ == "PROPN" and (
        token.ent_type_ in ("ORG", "GPE", "FAC", "NORP") or token.lower_ in ORG_HEADS)


def _extends_title(doc: Doc, j: int, started: bool, floor: int, name_start: int) -> bool:
    """Whether token j, read right to left, still belongs to the title in front of a name."""
    t = doc[j]
    before = doc[j - 1] if j - 1 >= floor else None
    if started and before is not None:
        if t.lower_ == "the" and before.lower_ in ("of", "for", "at"):  # "Chair of the Harbour Trust"
            return True
        if t.lower_ == "and" and _is_role_word(before):  # "Minister and Deputy Leader"
            return True
        if t.lower_ in ("of", "for", "at") and (
                before.lower_ in ROLE_HEADS or t.lower_ == "of" and _names_a_body(before)):
            return True
    if _is_role_word(t) and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
        return True
    if (t.is_title or t.is_upper) and t.pos_ in ("PROPN", "ADJ", "NOUN") and not t.is_punct and len(t) > 1:
        return True
    return started and t.like_num and j + 1 < name_start and "year" in doc[j + 1].lower_  # "14-year-old"


def role_before(doc: Doc, start: int, floor: int) -> str | None:
    """The title written in front of a name: 'UN Special Rapporteur', '[Hamas leader]', 'CIA chief'."""
    run: list[Token] = []
    j = start - 1
    while j >= floor and doc[j].lower_ in HONORIFICS:  # "Undersecretary for Education Mr. Toccafondi"
        j -= 1
    if j >= floor and doc[j].text in "])" and run == []:
        j -= 1
    while j >= floor:
        t = doc[j]
        if t.ent_type_ == "PERSON" and not _is_role_word(t):
            break  # another person's name: "councillors Alvin Yeung from ..., Fernando Cheung"
        if (t.text == ")" and run and j - 2 >= floor and doc[j - 2].text == "("
                and _is_acronym(doc[j - 1].text)):  # "International Criminal Court (ICC) Chief Prosecutor"
            run[:0] = [doc[j - 2], doc[j - 1], t]
            j -= 3
            continue
        if _extends_title(doc, j, bool(run), floor, start):
            run.insert(0, t)
        else:
            break
        j -= 1
    while run and run[0].lower_ in ("and", "of", "for", "at", "the"):
        run.pop(0)
    if not any(t.lower_ in ROLE_HEADS and t.pos_ in ("NOUN", "PROPN") for t in run):
        return None  # "a major influence" names no office
    return doc[run[0].i: run[-1].i + 1].text


def role_apposition(doc: Doc, span: Span) -> str | None:
    """'Alia Salem, executive director of ...' or 'the Minister of Education, Stefania Giannini'."""
    root = span.root
    for child in root.children:
        if (child.dep_ == "appos" and child.lemma_.lower() in ROLE_HEADS and child.i >= span.end
                and all(t.is_punct or t.like_num for t in doc[span.end:child.left_edge.i])):
            return _phrase(doc, child)  # "Daniel Montalvo, 19, a member of ...", right after the name
    if root.dep_ == "appos" and root.head.lemma_.lower() in ROLE_HEADS and root.head.i < span.start:
        return _phrase(doc, root.head, stop=span.start)
    if root.dep_ == "appos":  # "Co-founder of Google, Sergey Brin, ..."
        head, steps = root.head, 0
        while head.dep_ in ("pobj", "prep") and head.head != head and steps < 4:
            head, steps = head.head, steps + 1
        if head.lower_ in ROLE_HEADS and head.i < span.start:
            left = head.i
            while left >= 2 and doc[left - 1].text == "-" and not doc[left - 2].whitespace_ and doc[left - 2].is_alpha:
                left -= 2
            if any(t.ent_type_ == "PERSON" and not _is_role_word(t) for t in doc[left:span.start]):
                return None  # a list of people: "councillors Alvin Yeung from ..., Fernando Cheung"
            words = doc[left:span.start].text.strip(" ,")
            return words if 0 < len(words.split()) <= 12 else None
    return None


_AUTHORING_VERBS = frozenset({"issue", "sign", "give", "deliver", "hand"})
_ORDERS = DOCUMENT_NOUNS | {"order", "decree", "directive", "command", "edict", "proclamation"}


def role_as_author(doc: Doc, span: Span) -> str | None:
    """'Kim issued an order of the supreme commander of the KPA': who issues an office's order holds it."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in _AUTHORING_VERBS:
        return None
    for obj in root.head.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in _ORDERS:
            continue
        for prep in obj.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for office in prep.children:
                if (office.dep_ == "pobj" and office.lower_ in ROLE_HEADS
                        and not any(t.ent_type_ == "PERSON" for t in office.subtree)):
                    return _phrase(doc, office)
    return None


def _phrase(doc: Doc, head: Token, stop: int | None = None) -> str | None:
    left = head.left_edge.i
    right = head.right_edge.i + 1 if stop is None else stop
    tokens = [t for t in doc[left:right]]
    cut = [t.i for t in tokens if t.text in ",;()[]" and t.i > head.i]
    cut += [t.left_edge.i for t in tokens if t.i > head.i and (
        t.dep_ in ("relcl", "acl", "npadvmod")  # "a member of X all his life", "... that must report"
        or t.dep_ == "appos" and t.head == head  # "councillor Wilson": the name, not the office
        or t.dep_ == "conj" and t.head == head and not _is_role_word(t)  # "... and curator" stays,
        and any(c.dep_ in ("det", "poss", "predet") for c in t.children))]  # "... all his life" goes
    cut += [t.i for t in tokens if t.i > head.i and t.ent_type_ == "PERSON" and not _is_role_word(t)]
    if cut:
        tokens = [t for t in tokens if t.i < min(cut)]
    while tokens and (tokens[0].lower_ in ("the", "a", "an", "his", "her", "their", "its") or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    if not tokens or len(tokens) > 14:
        return None
    return doc[tokens[0].i: tokens[-1].i + 1].text


# ---------------------------------------------------------------------------------- candidates


def _person_candidate(doc: Doc, start: int, end: int) -> _Candidate | None:
    """Peel titles off the front, extend with name particles ('Al Thani'), drop honorifics."""
    sent_start = doc[start].sent.start
    role = role_before(doc, start, sent_start)
    while start < end - 1 and (doc[start].lower_ in ROLE_HEADS or doc[start].lower_ in ROLE_MODIFIERS):
        start += 1
        role = role_before(doc, start, sent_start) or role
    while start < end - 1 and doc[start].lower_ in HONORIFICS:
        start += 1
    while start - 2 >= sent_start and _untagged_given_name(doc, start - 1):
        start -= 1  # "CEO of the Refugee Council Enver Solomon": the tagger only took "Solomon"
        role = role_before(doc, start, sent_start)
    while end < len(doc) and end < doc[start].sent.end:
        t = doc[end]
        if (t.lower_ in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title
              and doc[end + 1].pos_ == "PROPN"):
            end += 2
        else:
            break
    if doc[start].lower_ in ROLE_HEADS or doc[start].is_lower:
        return None
    if not _reads_as_personal_name(doc[start:end]):
        return None
    return _Candidate(doc[start:end].text, "PERSON", start, end, role)


_ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})$")


def _reads_as_personal_name(name: Span) -> bool:
    """'Doctor Who', 'Batman: Arkham VR', 'IE6': works and products the tagger takes for people."""
    if len(name) == 1 and name[0].is_stop:
        return False
    if any(c.isdigit() for c in name.text) or any(t.lower_ in _THING_WORDS for t in name):
        return False
    last = name[-1].text.replace(".", "")
    return not (len(name) > 1 and len(last) >= 2 and last.isupper() and last.isalpha() and not _ROMAN.match(last))


def _split_names(doc: Doc) -> Iterator[tuple[Span, Span]]:
    """'Dries Mertens' as ORG 'Dries' + 'Mertens', or as 'Dries' + PERSON 'Mertens': one person.

    The surname must be labelled a person somewhere in the story; the first name must be a lone
    capitalised word that is no place, title or body.
    """
    surnames = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    for i in range(len(doc) - 1):
        tok, nxt = doc[i], doc[i + 1]
        if nxt.text not in surnames or not (nxt.is_title and nxt.is_alpha and tok.is_title and tok.is_alpha):
            continue
        if tok.ent_type_ not in ("", "ORG"):
            continue
        if tok.ent_type_ == "ORG" and not (tok.ent_iob_ == "B" and nxt.ent_iob_ != "I"):
            continue  # only a one-word "organisation" can be a split-off first name
        if nxt.ent_type_ not in ("", "PERSON") or (nxt.ent_type_ == "PERSON" and nxt.ent_iob_ != "B"):
            continue
        before = doc[i - 1] if i > 0 else None
        if (tok.pos_ == "PROPN" and state_for(tok.text) is None and tok.lower_ not in ORG_HEADS
                and not _is_role_word(tok) and tok.lower_ not in HONORIFICS
                and (before is None or before.lower_ not in ("of", "for", "at", "the") and not _is_role_word(before)
                     and before.ent_type_ != "PERSON")):
            yield doc[i:i + 1], doc[i + 1:i + 2]


def _leading_person(doc: Doc, start: int, end: int) -> _Candidate | None:
    """'Lydia Buchtmann for Food Standards Australia': a person the tagger put in front of a body."""
    for size in (2, 3):
        k = start + size
        if k + 1 >= end or doc[k].lower_ not in ("for", "from", "at"):
            continue
        name = doc[start:k]
        if all(t.is_title and t.is_alpha and t.tag_ == "NNP" and t.lower_ not in ORG_HEADS
               and not _is_role_word(t) for t in name):
            return _Candidate(name.text, "PERSON", start, k)
    return None


def _untagged_given_name(doc: Doc, i: int) -> bool:
    """A capitalised word between an office or a body's name and a surname is the first name."""
    t, before = doc[i], doc[i - 1]
    return (t.is_title and t.is_alpha and t.pos_ == "PROPN" and not t.ent_type_
            and not _is_role_word(t) and t.lower_ not in HONORIFICS and t.lower_ not in ORG_HEADS
            and (before.lower_ in ROLE_HEADS or before.lower_ in ORG_HEADS and before.is_title))


def _trailing_person(doc: Doc, start: int, end: int) -> _Candidate | None:
    """The person's name the tagger glued to an organisation: '... Islamic Relations Alia Salem'."""
    for size in (2, 3):
        k = end - size
        if k - start < 2:
            continue
        name = doc[k:end]
        if (doc[k - 1].lower_ in ORG_HEADS and doc[k - 1].is_title
                and all(t.is_title and t.pos_ == "PROPN" and t.is_alpha for t in name)
                and not any(t.lower_ in ORG_HEADS or _is_role_word(t) for t in name)):
            return _Candidate(name.text, "PERSON", k, end, _role_over(doc, start, k))
    return None


def _role_over(doc: Doc, start: int, end: int) -> str | None:
    """The title an organisation hangs from: 'Executive director' of '... the Council on ...'."""
    outside = [t for t in doc[start:end] if not start <= t.head.i < end]
    head = outside[-1] if outside else doc[start:end].root
    steps = 0
    while head.dep_ in ("pobj", "prep", "compound") and head.head != head and steps < 8:
        head, steps = head.head, steps + 1
    if head.lower_ in ROLE_HEADS and head.i < start:
        return doc[head.left_edge.i: head.i + 1].text
    return None


def _recover_titled_names(doc: Doc, covered: set[int]) -> list[_Candidate]:
    """Names spaCy missed but a title announces: 'Rapporteur Francesca Albanese', 'leader] Sinwar'."""
    found = []
    i = 0
    while i < len(doc):
        t = doc[i]
        if t.i in covered or not (t.is_title and t.pos_ == "PROPN") or t.lower_ in ROLE_HEADS | ROLE_MODIFIERS:
            i += 1
            continue
        prev = i - 1
        if prev >= 0 and doc[prev].text in "])":
            prev -= 1
        after_org = (prev >= 0 and doc[prev].lower_ in ORG_HEADS and doc[prev].ent_type_ == "ORG"
                     and doc[prev].ent_iob_ != "B" and t.ent_type_ == "")
        if prev < 0 or (doc[prev].lower_ not in ROLE_HEADS and not after_org) or doc[prev].sent.start != t.sent.start:
            i += 1
            continue
        end = i
        while end < len(doc) and doc[end].is_title and (
                (end not in covered and doc[end].pos_ == "PROPN") or doc[end].ent_type_ == "NORP"):
            end += 1
        cand = _person_candidate(doc, i, end)
        if cand and after_org and end - i < 2:
            cand = None  # one capitalised word after an organisation is more of its name
        if cand:
            org_start = prev
            while after_org and org_start > 0 and doc[org_start].ent_iob_ == "I":
                org_start -= 1  # back to the first word of the organisation's name
            cand.role = cand.role or role_before(doc, i, t.sent.start) or (
                _role_over(doc, org_start, prev + 1) if after_org else None)
            found.append(cand)
        i = max(end, i + 1)
    return found


def _recover_speakers(doc: Doc, covered: set[int]) -> list[_Candidate]:
    """Names the tagger missed where only a person can stand: '..., said curator Ana Ruiz.'"""
    found = []
    for verb in doc:
        if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ != "VERB":
            continue
        for head in verb.children:
            if head.dep_ not in ("nsubj", "dobj", "attr") or head.pos_ != "PROPN" or head.i in covered:
                continue
            if head.dep_ != "nsubj" and head.i < verb.i:
                continue
            left = head.i
            while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].is_title and doc[left - 1].head == head:
                left -= 1
            name = doc[left: head.i + 1]
            if 2 <= len(name) <= 3 and all(t.is_title and t.is_alpha and t.ent_type_ == "" for t in name):
                cand = _person_candidate(doc, left, head.i + 1)
                if cand is not None:
                    found.append(cand)
                    covered.update(range(cand.start, cand.end))
    return found


def _usual_labels(doc: Doc) -> dict[str, str]:
    """The label the tagger gives a one-word name most often: 'Houston' tagged GPE twice and PERSON
    once is a place; 'Gloria' tagged PERSON twice and ORG once is a person."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ent in doc.ents:
        if len(ent) == 1:
            label = "GPE" if ent.label_ in ("GPE", "LOC", "FAC") else ent.label_
            votes[ent.text][label] += 1
    return {text: max(v, key=lambda k: (v[k], k == "PERSON")) for text, v in votes.items()}


def _candidates(article: Article, doc: Doc) -> list[_Candidate]:
    out: list[_Candidate] = []
    covered: set[int] = set()
    usual = _usual_labels(doc)
    common_words = {t.text for t in doc if t.is_lower and t.is_alpha}
    for _acr, _name, start_char, end_char in _parenthesised_names(article):
        span = doc.char_span(start_char, end_char) if start_char >= 0 else None
        if span is None or _skip_block(article, start_char) or len(span) < 2:
            continue
        if all(t.ent_type_ == "PERSON" for t in span):
            continue
        # the text pairs a name with its acronym: one organisation, whatever the tagger split it into
        out.append(_Candidate(span.text, "ORG", span.start, span.end))
        covered.update(range(span.start, span.end))
    for first, surname in _split_names(doc):  # "Dries" (ORG) + "Mertens" (PERSON)
        cand = _person_candidate(doc, first.start, surname.end)
        if cand is not None and not _skip_block(article, first.start_char):
            out.append(cand)
            covered.update(range(cand.start, cand.end))
    for ent in doc.ents:
        if ent.label_ not in KINDS or _skip_block(article, ent.start_char):
            continue
        if any(i in covered for i in range(ent.start, ent.end)):
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if start >= end:
            continue
        span = doc[start:end]
        label = usual.get(span.text, ent.label_) if len(span) == 1 else ent.label_
        if label == "GPE" and ent.label_ == "PERSON":
            continue  # a place's name, tagged as a person here and there
        if span.text.lower().strip(".") in _POST_NOMINALS:
            continue  # "Tom Molomby, SC,": a title after a name
        if len(span) <= 3 and span[0].lower_ in ("pro", "anti", "pan", "ex", "non") and len(span) > 1 \
                and span[1].text == "-":
            continue  # "Pan-democrat": a stance, not a name
        if ent.label_ == "ORG" and any(t.lower_ == "the" and t.i > span.start
                                       and doc[t.i - 1].pos_ not in ("ADP", "CCONJ") for t in span):
            continue  # "Rathbun the Scientology": two names run together by the tagger
        if ent.label_ == "PERSON" and span[-1].lower_ in _STREET_WORDS:
            continue  # "Castlefrank Road" is where, not who
        if ent.label_ == "PERSON" and len(span) > 1 and span[-1].lower_ in _PAPER_WORDS:
            cand = _Candidate(span.text, "ORG", start, end)  # "Edmonton Sun" is a newspaper
        elif label == "PERSON" and start > 0 and doc[start - 1].lower_ in _BODY_NOUNS:
            cand = _Candidate(span.text, "ORG", start, end)  # "localist group Civic Passion"
        elif ent.label_ == "PERSON" or label == "PERSON":
            cand = _person_candidate(doc, start, end)
            if cand is None:
                continue
            if cand.end - cand.start == 1 and doc[cand.start].lower_ in common_words:
                continue  # "Iodine", "Homeopathy": the story also writes it as a common word
            if cand.role is None:
                span = doc[cand.start:cand.end]
                cand.role = role_apposition(doc, span) or role_as_author(doc, span)
        else:
            if all(_is_role_word(t) for t in span):  # "Defense" in "Defense Minister"
                continue
            if span.text.lower() in _TIME_ZONES:
                continue
            if ent.label_ in ("GPE", "LOC") and any(c.isdigit() for c in span.text):
                continue  # "IE6": no place has a digit in its name
            if ent.label_ == "ORG" and len(span) == 1 and _MEMBER.search(span[0].lower_):
                continue
            if ent.label_ in ("GPE", "NORP") and any(t.lower_ in ("and", "&") for t in span):
                continue  # "North and South Korea" is two actors, each named elsewhere
            if ent.label_ == "ORG" and (span[-1].lower_ in _EVENT_WORDS
                                        or len(span) == 1 and _IDEA.search(span[0].lower_)):
                continue
            if (start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _PLACE_NOUNS
                    and ent.label_ == "ORG"):
                cand = _Candidate(span.text, "GPE", start, end)  # "the town of Yeoncheon"
                covered.update(range(start, end))
                out.append(cand)
                continue
            person = _trailing_person(doc, start, end) if ent.label_ == "ORG" else None
            if person is not None:
                covered.update(range(person.start, person.end))
                out.append(person)
                end = person.start
            person = _leading_person(doc, start, end) if ent.label_ == "ORG" else None
            if person is not None:
                covered.update(range(person.start, person.end))
                out.append(person)
                start = person.end + 1  # past "for" / "from" / "at"
            cand = _Candidate(doc[start:end].text, ent.label_, start, end)
        if not any(c.isalpha() for c in cand.name) or cand.name.islower():
            continue
        covered.update(range(cand.start, cand.end))
        out.append(cand)
    recovered = [c for c in _recover_titled_names(doc, covered) + _recover_speakers(doc, covered)
                 if not _skip_block(article, doc[c.start].idx)]
    for cand in recovered:  # a recovered name swallows the stray NORP it contained ("Albanese")
        out = [c for c in out if c.end <= cand.start or c.start >= cand.end]
    return out + recovered


def _placelike_person(doc: Doc, cands: list[_Candidate]) -> bool:
    """A one-word 'person' only ever used as a modifier ('the Rafah operation') is a place."""
    for c in cands:
        if c.end - c.start > 1 or c.role:
            return False
        tok = doc[c.start]
        if tok.dep_ not in ("compound", "amod", "nmod"):
            return False
        if not any(w.lower_ in ("the", "this", "that") for w in tok.head.lefts):
            return False
    return True


def _alias_order(alias: str) -> tuple[int, str]:
    """Shortest first, ties alphabetical: the same briefing whatever the process's hash seed."""
    return len(alias), alias


def _lone_word(doc: Doc, cands: list[_Candidate]) -> str | None:
    """The word every mention is, when each is one word; None for a longer name."""
    return doc[cands[0].start].text if all(c.end - c.start == 1 for c in cands) else None


def _named_with_article(doc: Doc, cands: list[_Candidate]) -> bool:
    """'the Hajj', 'the Joker': a one-word 'person' the story mostly writes with 'the' is a thing.

    Either every mention tagged a person has 'the', or half the word's uses do, tagged or not, out of
    at least two; a use as a modifier does not count ("the Trump administration" says nothing of Trump).
    """
    def with_the(i: int) -> bool:
        j = i - 1
        while j >= 0 and doc[j].pos_ in ("ADJ", "NUM") and i - j <= 3:  # "the annual Hajj", "the 1991 Hajj"
            j -= 1
        return j >= 0 and doc[j].lower_ == "the"

    word = _lone_word(doc, cands)
    if word is None or any(c.role for c in cands):
        return False
    if all(with_the(c.start) for c in cands):
        return True
    uses = [t.i for t in doc if t.text == word and t.dep_ != "compound"]
    return len(uses) >= 2 and 2 * sum(with_the(i) for i in uses) >= len(uses)


def _short_name_of_a_thing(doc: Doc, cands: list[_Candidate]) -> bool:
    """'Chrome' after 'Google Chrome', 'Firefox' after 'Mozilla Firefox': the short name of a product
    or a body, which the tagger took for a person when it stood alone."""
    word = _lone_word(doc, cands)
    return word is not None and any(e.label_ in ("ORG", "PRODUCT") and len(e) > 1 and e[-1].text == word for e in doc.ents)


def _names_a_thing(doc: Doc, cands: list[_Candidate]) -> bool:
    """An organisation name only ever used to label a thing ('the ICI system', 'a Google doodle')."""
    for c in cands:
        root = doc[c.start:c.end].root
        head = root.head
        if root.dep_ != "compound" or head.pos_ != "NOUN":
            return False
        if head.lower_ in _ACTOR_NOUNS or head.lemma_.lower() in _ACTOR_NOUNS or head.lower_ in ROLE_HEADS \
                or head.lemma_.lower() in ROLE_HEADS or head.lemma_.lower() in GROUP_NOUNS:
            return False
    return True


def _place_named_as_person(doc: Doc, cands: list[_Candidate]) -> bool:
    """'in Livorno, Tuscany': a one-word 'person' standing beside or inside places is a place."""
    for c in cands:
        if c.end - c.start > 1 or c.role:
            return False
        tok = doc[c.start]
        beside_place = tok.dep_ in ("appos", "conj", "npadvmod") and tok.head.ent_type_ in ("GPE", "LOC")
        located = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "from", "into")
        if not (beside_place or located):
            return False
    return True


def _platform_named_as_person(doc: Doc, cands: list[_Candidate]) -> bool:
    """'posted to Twitter', 'on Twitter': a one-word 'person' mostly written as a medium is an organisation."""
    if any(c.end - c.start > 1 or c.role for c in cands):
        return False
    medium = sum(1 for c in cands if doc[c.start].dep_ == "pobj" and doc[c.start].head.lower_ in ("on", "via", "to"))
    return medium * 2 > len(cands)


def _acts(doc: Doc, cands: list[_Candidate]) -> bool:
    """Whether a place does something in the story rather than being where something happens."""
    for c in cands:
        root = doc[c.start:c.end].root
        tok = root
        while tok.dep_ in ("conj", "appos") and tok.head != tok:
            tok = tok.head
        if tok.dep_ in _ACTING_DEPS:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in _ACTING_PREPS:
            return True
        if c.label == "NORP" or tok.dep_ in ("amod", "compound"):
            head = tok.head
            while head.dep_ in ("amod", "compound", "conj") and head.head != head and head.pos_ != "NOUN":
                head = head.head
            if head.lemma_.lower() in _ACTOR_NOUNS or head.lower_ in _ACTOR_NOUNS or head.ent_type_ == "ORG":
                return True
    return False


# ------------------------------------------------------------------------------------- merging


def _canonical(c: _Candidate) -> tuple[str, str]:
    """(kind, name) after folding demonyms and abbreviations into the state they stand for."""
    if c.label in ("GPE", "NORP"):
        state = state_for(c.name)
        if state:
            return "place", state
        if c.label == "NORP":
            return "group", c.name
        return "place", c.name
    if c.label == "PERSON" and len(c.name.split()) > 1 and c.name.split()[-1].lower() in _PAPER_WORDS:
        return "organization", c.name  # "The Deseret News observed ...": a newspaper, not a person
    if c.label == "ORG":
        low = c.name.lower()
        if low in ORG_ALIASES:
            return "organization", ORG_ALIASES[low]
        state = state_for(c.name)
        if state and _is_acronym(c.name):
            return "place", state
        return "organization", c.name
    return KINDS.get(c.label, "organization"), c.name


def _demonym_stem_match(name: str, places: set[str]) -> str | None:
    low = name.lower()
    for suffix in ("ians", "ian", "ans", "an", "is", "i", "ese", "ish", "s"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            stem = low[: len(low) - len(suffix)]
            hits = [p for p in places if p.lower().startswith(stem)]
            if len(hits) == 1:
                return hits[0]
    return None


_PAREN_NAME = re.compile(r"((?:[A-Z][\w'’\-]*\s+)(?:(?:of|the|and|for|on|de|di|del|della|[A-Z][\w'’\-]*|\d+)\s+)*?"
                         r"[A-Z][\w'’\-]*)\s+\(([A-Z][A-Za-z0-9.&]{1,9})\)")


def _initials_fit(name: str, acronym: str) -> bool:
    """The acronym's letters are the name's initials, in order or not ('UAAR' for the Union of
    Rationalist Atheists and Agnostics, an Italian word order)."""
    initials = sorted(_acronym(name))
    letters = sorted(acronym.replace(".", "").upper())
    return len(letters) >= 2 and initials == letters


def _parenthesised_names(article: Article) -> list[tuple[str, str, int, int]]:
    """'International Court of Justice (ICJ)': (acronym, name, start, end) where the text pairs them."""
    found = []
    for m in _PAREN_NAME.finditer(article.text):
        name, acr = m.group(1), m.group(2)
        words = name.split()
        # the shortest tail of the phrase whose initials give the acronym, else the whole phrase
        best = None
        for k in range(len(words)):
            tail = " ".join(words[k:])
            if tail.split()[0].lower() in _ACRONYM_SKIP:
                continue
            if _acronym(tail) == acr.replace(".", "").upper() or _initials_fit(tail, acr):
                best = tail
                break
        if best is None:
            found.append((acr, name, -1, -1))
            continue
        end = m.start(1) + len(name)
        found.append((acr, best, end - len(best), end))
    return found


def _parenthesised_acronyms(article: Article) -> dict[str, str]:
    return {acr: name for acr, name, _, _ in _parenthesised_names(article)}


def extract_actors(article: Article, doc: Doc) -> list[Actor]:
    """All actors, most salient first."""
    cands = _candidates(article, doc)
    groups: dict[tuple[str, str], list[_Candidate]] = defaultdict(list)
    for c in cands:
        groups[_canonical(c)].append(c)
    for key in [k for k in groups if k[0] == "person"]:
        if _platform_named_as_person(doc, groups[key]):
            groups[("organization", key[1])].extend(groups.pop(key))

    places = {name for (kind, name) in groups if kind == "place"}
    # Demonyms the table does not know: "Gazan" -> Gaza when the text names Gaza.
    for key in [k for k in groups if k[0] in ("group", "place") and k[1] not in places]:
        target = _demonym_stem_match(key[1], places - {key[1]})
        if target:
            groups[("place", target)].extend(groups.pop(key))

    # Persons: a lone surname or first name joins the one full name it fits.
    persons = [k for k in groups if k[0] == "person"]
    full = [k for k in persons if len(k[1].split()) > 1]
    for key in persons:
        if len(key[1].split()) != 1:
            continue
        word = key[1]
        fits = [f for f in full if f[1].split()[-1] == word or f[1].split()[0] == word]
        if fits:
            fits.sort(key=lambda f: min(c.start for c in groups[f]))
            groups[fits[0]].extend(groups.pop(key))
    # A one-word name spaCy mislabelled elsewhere ("Mohamed" as ORG) that is a person's name.
    full_persons = [k for k in groups if k[0] == "person" and len(k[1].split()) > 1]
    for key in [k for k in groups if k[0] != "person" and len(k[1].split()) == 1]:
        fits = [f for f in full_persons if key[1] in (f[1].split()[0], f[1].split()[-1])]
        if fits:
            fits.sort(key=lambda f: min(c.start for c in groups[f]))
            groups[fits[0]].extend(groups.pop(key))
    # A full name that extends another ("Sheikh Mohammed bin Abdulrahman" + "... Al Thani").
    for key in sorted([k for k in groups if k[0] == "person"], key=lambda k: len(k[1])):
        longer = [k for k in groups if k[0] == "person" and k != key and k[1].startswith(key[1] + " ")]
        if len(longer) == 1:
            groups[longer[0]].extend(groups.pop(key))

    # Organisations: acronyms to expansions; "War Cabinet" into "Israeli War Cabinet".
    paren = _parenthesised_acronyms(article)
    orgs = [k for k in groups if k[0] == "organization"]
    for key in orgs:
        if key not in groups:
            continue
        name = key[1]
        target = None
        if _is_acronym(name):
            bare = name.replace(".", "").upper()
            expansion = paren.get(name) or paren.get(bare)
            options = [k for k in groups if k[0] == "organization" and k != key
                       and (k[1] == expansion or (len(k[1].split()) > 1 and _acronym(k[1]) == bare))]
            target = options[0] if len(options) == 1 else None
        else:
            longer = [k for k in groups if k[0] == "organization" and k != key and len(name.split()) > 1
                      and k[1].endswith(" " + name)]
            if not longer:  # "Court" and "Supreme Court" in "Italian Supreme Court of Cassation"
                longer = [k for k in groups if k[0] == "organization" and k != key
                          and re.search(rf"(?<!\S){re.escape(name)}(?!\S)", k[1]) and len(k[1]) > len(name)]
                longest = [k for k in longer if not any(o != k and k[1] in o[1] for o in longer)]
                longer = longest if all(k[1] in longest[0][1] for k in longer) and len(longest) == 1 else []
            target = longer[0] if len(longer) == 1 else None
        if target:
            groups[target].extend(groups.pop(key))

    actors: list[Actor] = []
    for (kind, name), members in groups.items():
        if kind == "group" and not any(doc[c.end - 1].tag_ in ("NNPS", "NNS") for c in members):
            continue  # "Muslim" as an adjective is not a group that acts
        if kind == "person" and (_placelike_person(doc, members) or _place_named_as_person(doc, members)
                                 or _named_with_article(doc, members) or _short_name_of_a_thing(doc, members)):
            continue
        if kind == "organization" and _names_a_thing(doc, members):
            continue
        if kind == "place" and not _acts(doc, members):
            continue
        if kind == "person":
            name = _usual_full_name(members) or name
        role = next((c.role for c in sorted(members, key=lambda c: c.start) if c.role), None)
        forms = {c.name for c in members}
        forms |= {acr for acr, expansion in paren.items() if expansion == name}
        words = name.split()
        if kind == "organization" and len(words) > 2 and state_for(words[0]):
            forms.add(" ".join(words[1:]))  # "Israeli War Cabinet" is also "War Cabinet"
        aliases = sorted(forms - {name}, key=_alias_order)
        actor = Actor(name=name, kind=kind, role=role, aliases=aliases)
        if kind == "person" and role:
            actor.affiliation = _affiliation(role, groups)
        actors.append(actor)

    _add_groups(doc, actors)
    _add_headline_groups(article, doc, actors)
    _merge_groups(actors)
    _count_mentions(article, actors)
    _link_definite_nouns(article, doc, actors)
    actors = [a for a in actors if a.spans]
    score_salience(article, actors)
    return actors


def _usual_full_name(members: list[_Candidate]) -> str | None:
    """The multi-word form written most often (then first): not the longest, which may be a tagging slip."""
    counts: dict[str, list[int]] = defaultdict(list)
    for c in members:
        if len(c.name.split()) > 1:
            counts[c.name].append(c.start)
    if not counts:
        return None
    return max(counts, key=lambda n: (len(counts[n]), -min(counts[n])))


def _affiliation(role: str, groups: dict[tuple[str, str], list[_Candidate]]) -> str | None:
    for word in role.split():
        state = state_for(word)
        if state:
            return state
        for kind, name in groups:
            if kind == "organization" and (name == word or word in name.split() and len(word) > 2 and word.isupper()):
                return name
    for kind, name in groups:  # "State Department Spokesperson" works for the "US State Department"
        words = name.split()
        if kind == "organization" and len(words) > 2 and state_for(words[0]) and re.search(
                rf"\b{re.escape(' '.join(words[1:]))}\b", role):
            return state_for(words[0])
    return None


def _add_groups(doc: Doc, actors: list[Actor]) -> None:
    """Unnamed collectives that act ('protesters rallied', 'hostage families demanded')."""
    known = {a.name.lower() for a in actors}
    found: dict[str, Actor] = {}
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.lower_ not in GROUP_NOUNS or root.dep_ not in ("nsubj", "nsubjpass", "pobj", "conj"):
            continue
        if root.tag_ not in ("NNS", "NNPS") and root.lower_ not in ("opposition", "administration"):
            continue  # "a local doctor" is one person, not a collective
        if root.dep_ == "pobj" and root.head.lower_ not in ("by", "with", "from"):
            continue
        if any(t.ent_type_ in ("NORP", "GPE", "ORG") for t in chunk):
            continue  # "Qatari mediators" are Qatar
        words = [t for t in chunk if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.dep_ != "poss"]
        words = [t for t in words if t.i >= root.i - 2]
        name = " ".join(t.lower_ for t in words) or root.lower_
        if name in known:
            continue
        actor = found.setdefault(name, Actor(name=name, kind="group"))
        actor.aliases = sorted(set(actor.aliases) | {chunk.text}, key=_alias_order)
    actors.extend(found.values())


def _merge_groups(actors: list[Actor]) -> None:
    """'local municipalities' and 'several municipalities' are one collective: one entry per head noun."""
    first: dict[str, Actor] = {}
    for actor in list(actors):
        if actor.kind != "group":
            continue
        keep = first.setdefault(actor.name.split()[-1].lower(), actor)
        if keep is not actor:
            keep.aliases = sorted(set(keep.aliases) | set(actor.aliases) | {actor.name}, key=_alias_order)
            actors.remove(actor)


def _add_headline_groups(article: Article, doc: Doc, actors: list[Actor]) -> None:
    """A plural the headline names and the story keeps returning to ('religious schools') is a
    party to the story even without a group noun or a name."""
    title = next((b for b in article.blocks if b.kind in ("title", "subtitle")), None)
    if title is None:
        return
    known = {a.name.lower() for a in actors} | {x.lower() for a in actors for x in a.aliases}
    body_chunks = []
    for chunk in doc.noun_chunks:
        block = article.block_at(chunk.start_char)
        if block is not None and block.kind == "paragraph":
            body_chunks.append(chunk)
    for chunk in doc.noun_chunks:
        if not title.start <= chunk.start_char < title.end:
            continue
        root = chunk.root
        mods = [t for t in chunk if t.dep_ in ("amod", "compound") and t.i < root.i and t.ent_type_ == ""]
        if root.tag_ != "NNS" or root.ent_type_ or not mods:
            continue
        name = " ".join(t.lower_ for t in [*mods, root])
        if name in known or root.lower_ in known:
            continue
        same = [c for c in body_chunks if c.root.lemma_ == root.lemma_ and c.root.tag_ == "NNS"
                and any(t.lower_ == mods[-1].lower_ for t in c if t.i < c.root.i)]
        if len(same) >= 2:
            actor = Actor(name=name, kind="group", aliases=sorted({c.text for c in same} - {name}, key=_alias_order))
            actors.append(actor)
            known.add(name)


def _count_mentions(article: Article, actors: list[Actor]) -> None:
    """Every place the text names an actor by any of its names, counted once each.

    One pass of one pattern (longest names first), so a long document costs one scan, not one per name.
    """
    owner: dict[str, Actor] = {}
    implied: list[tuple[str, Actor]] = []
    for actor in actors:
        for form in (actor.name, *actor.aliases):  # names the text used for this actor come first
            if len(form) > 1 and (form[0].isupper() or actor.kind == "group"):
                owner.setdefault(form, actor)
        if actor.kind == "person" and len(actor.name.split()) > 1:
            implied.append((actor.name.split()[-1], actor))
        if actor.kind == "place":
            implied += [(form, actor) for form, state in _state_forms().items() if state == actor.name]
    for form, actor in implied:  # then surnames and state forms nobody claimed
        if len(form) > 1 and form[0].isupper():
            owner.setdefault(form, actor)
    if not owner:
        return
    names = sorted(owner, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    for m in pattern.finditer(article.text):
        if not _skip_block(article, m.start()):
            owner[m.group()].spans.append((m.start(), m.end()))
    for actor in actors:
        actor.spans.sort()


_STATE_FORM_CACHE: dict[str, str] = {}


def _state_forms() -> dict[str, str]:
    """Surface forms (capitalised as written) for each state in the table."""
    if not _STATE_FORM_CACHE:
        for form, state in STATE_NAMES.items():
            if "." in form or len(form) <= 4 and form not in ("iraq", "iran", "oman", "cuba", "peru", "chad"):
                surface = form.upper()
            else:
                surface = " ".join(w.capitalize() for w in form.split())
            _STATE_FORM_CACHE[surface] = state
    return _STATE_FORM_CACHE


def _link_definite_nouns(article: Article, doc: Doc, actors: list[Actor]) -> None:
    """'the government', 'the group', 'the court': credited to the one actor they can mean."""
    by_word: dict[str, list[Actor]] = defaultdict(list)
    for actor in actors:
        if actor.kind == "organization":
            for word in actor.name.lower().split():
                by_word[word].append(actor)
    home = max((a for a in actors if a.kind == "place"), key=lambda a: (len(a.spans), -a.first), default=None)
    taken = {i for a in actors for s, e in a.spans for i in range(s, e)}
    for tok in doc:
        if tok.lower_ not in ANAPHOR_NOUNS or tok.i == 0:
            continue
        det = doc[tok.i - 1]
        if det.lower_ != "the" or tok.idx in taken or _skip_block(article, tok.idx):
            continue
        options = by_word.get(tok.lower_, [])
        target = options[0] if len(options) == 1 else None
        if target is None and tok.lower_ == "group":
            earlier = [a for a in actors if a.kind == "organization" and a.first < tok.idx]
            target = max(earlier, key=lambda a: max(s for s, _ in a.spans if s < tok.idx), default=None) \
                if earlier else None
        if target is None and tok.lower_ == "government" and home is not None:
            target = home
        if target is not None:
            target.spans.append((det.idx, tok.idx + len(tok)))
            target.spans.sort()


def score_salience(article: Article, actors: list[Actor]) -> None:
    """Rank by what makes an actor central: mentions, the headline, early entry, speaking, pressing."""
    heads = [b for b in article.blocks if b.kind in ("title", "subtitle")]
    length = max(1, len(article.text))
    for actor in actors:
        if not actor.spans:
            actor.salience = 0.0
            continue
        in_head = sum(1 for s, _ in actor.spans for b in heads if b.start <= s < b.end)
        early = 1.0 - actor.first / length
        score = math.log1p(len(actor.spans)) * 2.0 + in_head * 1.5 + early * 1.5
        score += 0.8 * math.log1p(actor.quotes) + 1.2 * math.log1p(actor.pressure)
        if actor.role:
            score += 0.5
        if actor.kind == "group":
            score *= 0.6
        actor.salience = score
    top = max((a.salience for a in actors), default=1.0) or 1.0
    for actor in actors:
        actor.salience = round(actor.salience / top, 4)
    actors.sort(key=lambda a: (-a.salience, a.first))


def find_actor(actors: list[Actor], name: str | None) -> Actor | None:
    """The actor a name refers to, by full name, alias, surname or state form."""
    if not name:
        return None
    low = re.sub(r"^(the|a|an)\s+", "", name.lower().strip())
    state = state_for(low)
    for actor in actors:
        names = {actor.name.lower(), *(a.lower() for a in actor.aliases)}
        if low in names or (state and actor.name == state):
            return actor
    for actor in actors:
        if actor.kind == "person" and low.split() and low.split()[-1] == actor.name.lower().split()[-1]:
            return actor
    if low in ("north", "south", "east", "west"):  # "the South" for South Korea, South Sudan, ...
        places = [a for a in actors if a.kind == "place" and a.name.lower().startswith(low + " ")]
        if len(places) == 1:
            return places[0]
    for actor in actors:
        if actor.kind == "organization" and len(low) > 3 and re.search(rf"\b{re.escape(actor.name.lower())}\b", low):
            return actor
    return None


class MentionIndex:
    """Every mention of every actor, sorted by position, for look-ups that do not scan them all.

    Built once the mentions are final; `at` answers with the most salient actor that has a mention
    inside the range.
    """

    LONGEST = 300  # characters: no mention is longer

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = actors
        self.items = sorted((s, e, i) for i, a in enumerate(actors) for s, e in a.spans)
        self.starts = [s for s, _, _ in self.items]

    def at(self, start: int, end: int) -> Actor | None:
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        best = min((i for _, e, i in self.items[lo:hi] if e <= end), default=None)
        return None if best is None else self.actors[best]

    def before(self, pos: int) -> Iterator[tuple[int, Actor]]:
        """(start, actor) of the mentions that start before `pos`, nearest first."""
        for k in range(bisect_left(self.starts, pos) - 1, -1, -1):
            s, _, i = self.items[k]
            yield s, self.actors[i]

    def ending_at(self, end: int) -> list[tuple[int, Actor]]:
        lo, hi = bisect_left(self.starts, end - self.LONGEST), bisect_left(self.starts, end)
        return [(s, self.actors[i]) for s, e, i in self.items[lo:hi] if e == end]

    def overlapping(self, start: int, end: int, kind: str | None = None) -> Actor | None:
        """The most salient actor (of `kind`) with a mention overlapping [start, end)."""
        lo, hi = bisect_left(self.starts, start - self.LONGEST), bisect_left(self.starts, end)
        best = min((i for s, e, i in self.items[lo:hi] if s < end and start < e
                    and (kind is None or self.actors[i].kind == kind)), default=None)
        return None if best is None else self.actors[best]


class NameIndex:
    """`find_actor` with dictionaries instead of a pass over every actor per question."""

    def __init__(self, actors: list[Actor]) -> None:
        self.rank = {id(a): i for i, a in enumerate(actors)}
        self.exact: dict[str, Actor] = {}
        self.by_name: dict[str, Actor] = {}
        self.surname: dict[str, Actor] = {}
        self.orgs: dict[str, Actor] = {}
        self.direction: dict[str, list[Actor]] = defaultdict(list)
        for a in actors:
            self.by_name.setdefault(a.name, a)
            for n in (a.name, *a.aliases):
                self.exact.setdefault(n.lower(), a)
            if a.kind == "person":
                self.surname.setdefault(a.name.lower().split()[-1], a)
            if a.kind == "organization":
                self.orgs.setdefault(a.name.lower(), a)
            if a.kind == "place" and " " in a.name:
                self.direction[a.name.lower().split()[0]].append(a)

    def find(self, name: str | None) -> Actor | None:
        if not name:
            return None
        low = re.sub(r"^(the|a|an)\s+", "", name.lower().strip())
        state = state_for(low)
        hits = [a for a in (self.exact.get(low), self.by_name.get(state) if state else None) if a is not None]
        if hits:
            return min(hits, key=lambda a: self.rank[id(a)])
        words = low.split()
        if words and words[-1] in self.surname:
            return self.surname[words[-1]]
        if low in ("north", "south", "east", "west") and len(self.direction.get(low, [])) == 1:
            return self.direction[low][0]
        if len(low) > 3:
            tokens = re.findall(r"\S+", low)
            found = [self.orgs[g] for n in range(1, min(len(tokens), 12) + 1)
                     for g in (" ".join(tokens[k:k + n]) for k in range(len(tokens) - n + 1)) if g in self.orgs]
            if found:
                return min(found, key=lambda a: self.rank[id(a)])
        return None
