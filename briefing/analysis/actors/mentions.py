"""Mentions: every place the text names an actor, and the bare nouns that stand for one.

One pass of one pattern (longest names first) finds every name, alias, surname and state form, so
a long document costs one scan, not one per name. Then "the government", "the group" and "the
court" are credited to the one actor each can mean.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from spacy.tokens import Doc, Token

from briefing.analysis.actors.candidates import skip_block
from briefing.analysis.actors.model import ActorKind, Draft
from briefing.analysis.lexicon import (
    AGENCY_HEADS,
    ANAPHOR_NOUNS,
    BODY_NOUN_SYNONYMS,
    CORPORATE_SUFFIXES,
    FIRM_ANAPHORS,
    FIRM_NAME_WORDS,
    FIRM_NOUNS,
    FIRM_OR_SURNAME_WORDS,
    GROUNDS_NOUNS,
    INDEFINITE_ARTICLES,
    LAST_BODY_ANAPHORS,
    NAME_KIND_NOUNS,
    PARTY_MEMBERS,
    PARTY_NAMES,
    POST_NOMINALS,
    PUBLIC_BODY_ANAPHORS,
    PUBLIC_BODY_WORDS,
    RESEARCH_NOUNS,
    SHORT_STATE_NAMES,
    STATE_NAMES,
    TURN_LABEL,
    UNNAMED_BODY_NOUNS,
    US_STATES,
)
from briefing.analysis.phrases import hyphened_start
from briefing.analysis.qa_layout import initials, label
from briefing.article import Article


@cache
def state_forms() -> dict[str, str]:
    """Surface forms (capitalised as written) for each state in the table."""
    forms = {}
    for form, state in STATE_NAMES.items():
        if "." in form or len(form) <= 4 and form not in SHORT_STATE_NAMES:
            surface = form.upper()
        else:
            surface = " ".join(w.capitalize() for w in form.split())
        forms[surface] = state
    return forms


def _owners(drafts: list[Draft]) -> dict[str, Draft]:
    """Which actor each written form belongs to: names the text used first, then surnames and
    state forms nobody claimed."""
    owner: dict[str, Draft] = {}
    implied: list[tuple[str, Draft]] = []
    for draft in drafts:
        for form in (draft.name, *draft.aliases):
            if len(form) > 1 and (form[0].isupper() or form[0].isdigit() or form[0].islower()):  # "city council"
                owner.setdefault(form, draft)
        words = [w for w in draft.name.split() if w.lower().strip(".,") not in POST_NOMINALS]
        if draft.kind == ActorKind.PERSON and len(words) > 1:
            implied.append((words[-1], draft))  # "John Smith Jr." is "Smith"
        if draft.kind == ActorKind.PLACE:
            implied += [(form, draft) for form, state in state_forms().items() if state == draft.name]
    for form, draft in implied:
        if len(form) > 1 and form[0].isupper():
            owner.setdefault(form, draft)
    return owner


def count_mentions(article: Article, drafts: list[Draft]) -> None:
    """Every place the text names an actor by any of its names, counted once each."""
    owner = _owners(drafts)
    if not owner:
        return
    names = sorted(owner, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    for m in pattern.finditer(article.text):
        if not skip_block(article, m.start()):
            owner[m.group()].spans.append((m.start(), m.end()))
    for draft in drafts:
        draft.spans.sort()


def count_turn_labels(article: Article, drafts: list[Draft], asking: set[str]) -> None:
    """'KIRBY: We accepted it.': in an interview each answer a person's name labels is that person
    speaking, a mention as much as "Kirby said" (the questions' labels are the interviewer's)."""
    people: dict[str, list[Draft]] = defaultdict(list)
    for draft in drafts:
        if draft.kind == ActorKind.PERSON:
            people[draft.name.split()[-1].lower()].append(draft)
            if len(draft.name.split()) in (2, 3):
                people[initials(draft.name)].append(draft)  # "MR:" for Mariana Rojas
    for block in article.blocks:
        found = label(block.text) if block.kind == "paragraph" else None
        if found is None or found in asking or len(people.get(found, ())) != 1:
            continue
        m = TURN_LABEL.match(block.text)
        group = 2 if m.group(2) else 1
        span = (block.start + m.start(group), block.start + m.end(group))
        draft = people[found][0]
        if not any(s < span[1] and span[0] < e for s, e in draft.spans):
            draft.spans.append(span)
            draft.spans.sort()


def is_firm(draft: Draft) -> bool:
    """A body 'the company' can stand for: not a public one ('the Office of Rail and Road')."""
    return draft.kind == ActorKind.ORGANIZATION and not set(draft.name.lower().split()) & PUBLIC_BODY_WORDS


_UNSET = object()


def _called_a_firm(doc: Doc, draft: Draft) -> bool:
    """'the pharmacy chain MedPoint', 'MedPoint, a pharmacy chain based in Dayton': the text says it."""
    for s, e in draft.spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        if span.start > 0 and doc[span.start - 1].pos_ == "NOUN" and doc[span.start - 1].lemma_.lower() in FIRM_NOUNS:
            return True
        if any(c.dep_ == "appos" and c.lemma_.lower() in FIRM_NOUNS for c in span.root.children):
            return True
    return False


def _the_one_firm(doc: Doc, drafts: list[Draft]) -> Draft | None:
    """'Northern Energy Partners filed for an injunction ... The company said ...': the one body whose
    name says it is a firm ('Partners', 'Holdings', 'Inc.', 'Thames Water'), or that the text calls one;
    none, or two, and "the company" is unknown."""
    firms = [d for d in drafts if d.kind == ActorKind.ORGANIZATION and (
        d.name.lower().rstrip(".").split()[-1] in FIRM_NAME_WORDS | FIRM_OR_SURNAME_WORDS | CORPORATE_SUFFIXES
        or _called_a_firm(doc, d))]
    return firms[0] if len(firms) == 1 else None


def _subjects_body(doc: Doc, drafts: list[Draft], tok: Token) -> Draft | None:
    """'The local chapter of the American Civil Liberties Union urged the council to stand firm. In a statement,
    the group said ...': "the group" as a subject goes on from the one body the sentence before had as its
    subject, not the body named last (the council)."""
    sent = tok.sent
    if tok.dep_ != "nsubj" or sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    subject = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    start, end = doc[subject.left_edge.i].idx, subject.right_edge.idx + len(subject.right_edge)
    bodies = [d for d in drafts if d.kind == ActorKind.ORGANIZATION and any(start <= s and e <= end for s, e in d.spans)]
    return bodies[0] if len(bodies) == 1 else None


def _last_named_body(drafts: list[Draft], before: int) -> Draft | None:
    earlier = [a for a in drafts if a.kind == ActorKind.ORGANIZATION and a.first < before]
    return max(earlier, key=lambda a: max(s for s, _ in a.spans if s < before), default=None)


def _last_body_meant(doc: Doc, drafts: list[Draft], tok: Token) -> Draft | None:
    """'the group', 'the company': the body the sentence before had as its subject, or the last body named; but a
    group the text brought in unnamed is that group ('A group of hard-line House Republicans threatened ... Bacon
    said the group was holding the conference "hostage"'; not a noun that only describes a name, "Acme, a company
    that makes widgets")."""
    if any(t.lower_ == tok.lower_ and t.dep_ not in ("appos", "attr") and _determiner(doc, t).lower_ in INDEFINITE_ARTICLES
           for t in doc[:tok.i]):
        return None
    return _subjects_body(doc, drafts, tok) or _last_named_body(drafts, tok.idx)


def _determiner(doc: Doc, tok: Token) -> Token:
    """The word before the noun, or before one lower-case word of field that narrows a public body's noun
    ('the transport regulator', 'the federal agency'), or before a hyphened modifier ('the Labour-run council';
    but 'the Russian-speaking group' describes a group, which need not be the last body named)."""
    before = doc[tok.i - 1]
    if tok.lower_ in PUBLIC_BODY_ANAPHORS and tok.i >= 2 and before.is_lower and before.is_alpha \
            and before.dep_ in ("compound", "amod"):
        return doc[tok.i - 2]
    if tok.lower_ in LAST_BODY_ANAPHORS:
        return before
    j = hyphened_start(doc, tok.i - 1, floor=3)  # "the Labour-run council": a hyphened modifier says who runs it,
    return doc[j - 1] if j < tok.i - 1 else before  # the noun is still "the council"


def _named_kind(drafts: list[Draft], by_word: dict[str, list[Draft]], tok: Token, named_at: dict[int, int],
                linked: dict[str, Draft]) -> Draft | None:
    """The one body whose name holds the noun ("the court" for the International Court of Justice,
    "the report" for the Study, "the agency" for the one public body named, else the body an earlier "the
    agency" was); 'the party' is the party named last ("Labour has suspended ... The party said")."""
    if tok.lower_ == "party" and (party := _last_named_party(drafts, tok.idx)) is not None:
        return party
    words = RESEARCH_NOUNS if tok.lower_ in RESEARCH_NOUNS else {tok.lower_}
    options = list({id(d): d for w in words for d in by_word.get(w, [])}.values())
    if not options and tok.lower_ in PUBLIC_BODY_ANAPHORS:  # "the agency" for the Texas Commission on ...
        public = [d for d in drafts if d.kind == ActorKind.ORGANIZATION and set(d.name.lower().split()) & AGENCY_HEADS]
        # the one public body named before it, else the one named after ("..., the transport regulator said.
        # The Office of Rail and Road said ...")
        options = [d for d in public if named_at[id(d)] < tok.idx]
        if len(options) != 1:
            earlier = linked.get(tok.lower_)
            options = [earlier] if earlier is not None else options or _named_next(drafts, tok, named_at) or public
        if len(options) == 1:
            linked[tok.lower_] = options[0]  # "the regulator" goes on being the one it was
    return options[0] if len(options) == 1 else None


def _named_next(drafts: list[Draft], tok: Token, named_at: dict[int, int]) -> list[Draft]:
    """'... the industry regulator has said. Ofwat said the company had "fallen well short"': a lede or a
    standfirst that describes a body before naming it names it soon after, as a subject: the first body
    named after it that acts in its sentence (within the next three sentences)."""
    doc, sent = tok.doc, tok.sent
    for _ in range(3):
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
        subjects = [t for t in sent if t.dep_ == "nsubj"]
        found = [d for d in drafts if d.kind == ActorKind.ORGANIZATION and named_at[id(d)] >= sent.start_char
                 and any(t.idx <= named_at[id(d)] < t.idx + len(t) for t in subjects)]
        if found:
            return found
    return []


def _last_named_party(drafts: list[Draft], before: int) -> Draft | None:
    """The party named last before 'the party': "Labour", "the Green Party", "Alternative for Germany (AfD)",
    or its members ("The Conservatives")."""
    parties = [a for a in drafts if a.first < before and (
        a.kind == ActorKind.ORGANIZATION and any(n.lower() in PARTY_NAMES or n.lower().endswith(" party")
                                                 for n in (a.name, *a.aliases))
        or a.kind == ActorKind.GROUP and a.name.lower().removeprefix("the ") in PARTY_MEMBERS)]
    return max(parties, key=lambda a: max(s for s, _ in a.spans if s < before), default=None)


def body_just_named(doc: Doc, drafts: list[Draft], tok: Token) -> Draft | None:
    """'... the British Medical Association (BMA) has announced. The union said ...': a bare 'the union'
    opening a sentence, as its subject, is the one body that is a subject in the sentence before."""
    sent = tok.sent
    if tok.dep_ != "nsubj" or tok.i - sent.start > 2 or sent.start == 0 or tok.lower_ in FIRM_ANAPHORS:
        return None  # "the company" is the one firm named (_the_one_firm), not the last subject
    prev = doc[sent.start - 1].sent
    names = [e.text.removeprefix("the ").removeprefix("The ") for c in prev if c.dep_ in ("nsubj", "nsubjpass")
             for e in prev.ents if e.start <= c.i < e.end and e.label_ == "ORG"]
    bodies = {id(d): d for d in drafts if d.kind == ActorKind.ORGANIZATION
              and any(n == d.name or n in d.aliases for n in names)}  # found before any mention is counted
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _head_words(name: str) -> list[str]:
    """The words a body's name is a kind of: its last word (or the one before the grounds it runs:
    'the zoo' for Hamerton Zoo Park), and the word before its first "of" ('the church' for the Church of Scientology), never one inside ('the government' is not the
    American Federation of Government Employees)."""
    words = name.lower().split()
    heads = words[-1:]
    if len(words) > 2 and words[-1] in GROUNDS_NOUNS:
        heads.append(words[-2])
    if "of" in words[1:]:
        heads.append(words[words.index("of", 1) - 1])
    return heads


def _add_apposed_nouns(doc: Doc, drafts: list[Draft], by_word: dict[str, list[Draft]]) -> None:
    """'The Wisconsin Education Association Council, the state's largest teachers' union,': the noun a
    named body is called in apposition stands for it too ("the union had urged members"); "the group" is
    still the last body named."""
    for tok in doc:
        if tok.lower_ in ANAPHOR_NOUNS - LAST_BODY_ANAPHORS and (body := body_called(doc, drafts, tok)) is not None \
                and body not in by_word[tok.lower_]:
            by_word[tok.lower_].append(body)


def body_called(doc: Doc, drafts: list[Draft], tok: Token) -> Draft | None:
    """The named body a common noun calls, in apposition ("the Wisconsin Education Association Council, the
    state's largest teachers' union") or with the name before it ("Members of the Unite union")."""
    names = [tok.head] if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" else []
    names += [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1
              and tok.lower_ in NAME_KIND_NOUNS]
    written = [next((e.text.removeprefix("the ").removeprefix("The ") for e in doc.ents if e.start <= n.i < e.end), n.text)
               for n in names]  # by name: the stages ask before any mention is counted
    return next((d for w in written for d in drafts if d.kind == ActorKind.ORGANIZATION
                 and (w == d.name or w in d.aliases)), None)


def _home_state(drafts: list[Draft]) -> Draft | None:
    """The story's most named place, if it is a state: "the government" is a state's, not a city's
    (after "march on Delhi", it is India's)."""
    home = max((a for a in drafts if a.kind == ActorKind.PLACE), key=lambda a: (len(a.spans), -a.first), default=None)
    if home is None or home.name in set(state_forms().values()) or US_STATES.fullmatch(home.name):
        return home
    return None


def link_definite_nouns(article: Article, doc: Doc, drafts: list[Draft]) -> None:
    """'the government', 'the group', 'the court': credited to the one actor they can mean.

    A body whose name holds the noun ("the court" for "International Court of Justice"); else "the
    group" is the last body named before it and "the government" the story's most named place.
    """
    by_word: dict[str, list[Draft]] = defaultdict(list)
    for draft in drafts:
        if draft.kind == ActorKind.ORGANIZATION:
            for word in _head_words(draft.name):  # "the airline" for Skyway Airlines, "the force" for a police
                for form in {word, word[:-1] if word.endswith("s") and len(word) > 4 else word,
                             BODY_NOUN_SYNONYMS.get(word, word)}:
                    by_word[form].append(draft)
    _add_apposed_nouns(doc, drafts, by_word)
    home = _home_state(drafts)
    taken = {i for a in drafts for s, e in a.spans for i in range(s, e)}
    firm: Draft | None | object = _UNSET
    linked: dict[str, Draft] = {}
    named_at = {id(d): d.first for d in drafts}  # where each is first named, before any noun is linked to it
    for tok in doc:
        if tok.lower_ not in ANAPHOR_NOUNS or tok.i == 0:
            continue
        det = _determiner(doc, tok)
        if det.lower_ != "the" or tok.idx in taken or skip_block(article, tok.idx):
            continue
        target = _named_kind(drafts, by_word, tok, named_at, linked)
        if target is None and tok.lower_ in LAST_BODY_ANAPHORS:  # "the group", "the company": the last body named
            target = _last_body_meant(doc, drafts, tok)
        if target is None and tok.lower_ in UNNAMED_BODY_NOUNS:
            target = linked.get(tok.lower_) or body_just_named(doc, drafts, tok)  # "The union said ..."
            if target is not None:
                linked[tok.lower_] = target  # and every "the union" after it
        if target is None and tok.lower_ in FIRM_ANAPHORS:
            if firm is _UNSET:
                firm = _the_one_firm(doc, drafts)  # once per article: it reads every body's mentions
            target = firm
        if target is None and tok.lower_ == "government":
            target = home
        if target is not None:
            target.spans.append((det.idx, tok.idx + len(tok)))
            target.spans.sort()
