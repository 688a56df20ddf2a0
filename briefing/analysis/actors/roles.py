"""Roles: the article's own words for what a person is, read off the text around the name.

An apposition ("Alia Salem, executive director of ..."), the office whose order the person issues
("Kim issued an order of the supreme commander"), or the title an organisation's name hangs from.
Every reader stops where a reader would: at another person's name, a relative clause, a comma. The
title written before a name ("UN Special Rapporteur Francesca Albanese") is read in titles.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors.affiliation import affiliation
from briefing.analysis.actors.titles import is_role_word, one_of, singular
from briefing.analysis.lexicon import (
    AS_OFFICE_VERBS,
    AUTHORING_VERBS,
    CALLING_SUFFIXES,
    FOUNDING_VERBS,
    HONORIFICS,
    LEADING_DETERMINERS,
    OFFICE_GIVING_VERBS,
    OFFICE_VERBS,
    ORDER_NOUNS,
    POST_NOMINALS,
    ROLE_HEADS,
    SERVING_VERBS,
)


def _title_before_apposition(doc: Doc, root: Token, span: Span) -> str | None:
    """'Co-founder of Google, Sergey Brin, ...': the office the name stands in apposition to (the
    parser may hang the name on the last noun of the office: 'The president of Hartwell University, ...')."""
    head, steps = root.head, 0
    while head.dep_ in ("pobj", "prep") and head.head != head and steps < 4:
        head, steps = head.head, steps + 1
    if head.lower_ not in ROLE_HEADS or head.i >= span.start:
        return None
    left = head.i
    while left >= 2 and doc[left - 1].text == "-" and not doc[left - 2].whitespace_ and doc[left - 2].is_alpha:
        left -= 2
    if any(t.ent_type_ == "PERSON" and not is_role_word(t) and not _served(t, head) for t in doc[left:span.start]):
        return None  # a list of people: "councillors Alvin Yeung from ..., Fernando Cheung"
    end = span.start
    while end > head.i + 1 and doc[end - 1].is_title and (doc[end - 1].lower_ in HONORIFICS or is_role_word(doc[end - 1])):
        end -= 1  # "The president of Hartwell University, Dr. Marian Ostrowski": the honorific is hers
    comma = next((t.i for t in doc[head.i + 1:end] if t.text == ","), end)  # "A spokeswoman for the Senate
    words = doc[left:comma].text.strip(" ,")  # Leadership Fund, a super PAC ..., Jessica Alvarez": not the body's
    return words if 0 < len(words.split()) <= 12 else None  # own apposition


def _served(t: Token, office: Token) -> bool:
    """A person the office serves, not one in a list: 'A spokesperson for Johnson, Raj Shah,'."""
    while t.dep_ in ("pobj", "compound", "appos") and t.head.i != t.i:
        t = t.head
        if t.dep_ == "prep" and t.lower_ in ("for", "to") and t.head.i == office.i:
            return True
    return False


def _outer_office(office: Token) -> Token:
    """'A spokesman for the governor, Luis Ortega, ...': the parser hangs the name on the nearer
    office, but it is the spokesman's name, not the governor's; the outermost office is the role."""
    while (office.dep_ == "pobj" and office.head.dep_ == "prep" and office.head.head.pos_ == "NOUN"
           and office.head.head.lemma_.lower() in ROLE_HEADS):
        office = office.head.head
    return office


def contrasted(appos: Token) -> bool:
    """'Congress, not the president, has the power to tax': a contrast, not another name for it."""
    left = appos.left_edge.i
    return appos.doc[left].lower_ == "not" or left > 0 and appos.doc[left - 1].lower_ == "not"


def role_apposition(doc: Doc, span: Span) -> str | None:
    """'Alia Salem, executive director of ...' or 'the Minister of Education, Stefania Giannini'."""
    root = span.root
    if root.dep_ == "compound" and root.head.i == span.end and root.head.lower_.strip(".") in POST_NOMINALS:
        root = root.head  # "His barrister, Simon Lacey KC, told": the letters after the name carry its links
    for child in root.children:
        described = child.lemma_.lower() in ROLE_HEADS or child.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in child.children)
        if (child.dep_ == "appos" and described and child.i >= span.end and not contrasted(child)
                and not _subject_before_verb(child)
                and all(t.is_punct or t.like_num for t in doc[span.end:child.left_edge.i])):
            return phrase(doc, child)  # "Daniel Montalvo, 19, a member of ...", "Kevin Allton, a USI instructor"
    if root.dep_ == "appos" and singular(root.head) in ROLE_HEADS and root.head.i < span.start:
        office = _outer_office(root.head)
        found = phrase(doc, office, stop=span.start)
        if found is not None and found.endswith(office.text):  # "Senators Joe Manchin": a senator
            found = found[: len(found) - len(office.text)] + one_of(office)
        if found is not None and found.startswith("whose "):
            found = _whose(office, found)
        return found
    if root.dep_ == "appos":
        return _title_before_apposition(doc, root, span) or _office_before_comma(doc, span)
    return _office_beside(doc, span) or _described_between_commas(doc, span)


def _office_before_comma(doc: Doc, span: Span) -> str | None:
    """'The shadow work and pensions secretary, Helen Whately, said', 'tabled by the Treasury select committee
    chair, Meg Hillier,': an office's words just before the comma that opens the name, however the parser
    hung them (on "work", or the name on the amendment)."""
    k = span.start - 2
    if k < 0 or doc[k + 1].text != "," or doc[k].pos_ != "NOUN" or singular(doc[k]) not in ROLE_HEADS:
        return None
    j = k
    while j > 0 and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ") and doc[j - 1].ent_type_ != "PERSON" \
            and k - j < 6:
        j -= 1
    while j < k and doc[j].pos_ == "CCONJ":
        j += 1
    return doc[j:k + 1].text


def _described_between_commas(doc: Doc, span: Span) -> str | None:
    """'Feargal Sharkey, the former musician turned clean-water campaigner, said': a description set off
    by commas after the name, naming a calling, where the parser made it a clause of its own."""
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ not in ("the", "a", "an"):
        return None
    close = next((t.i for t in doc[span.end + 2:span.end + 12] if t.text in (",", ".", ";")), None)
    if close is None or doc[close].text != "," or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    words = doc[span.end + 2:close]
    if any(t.ent_type_ == "PERSON" or t.pos_ == "VERB" and t.tag_ != "VBD" for t in words) or not any(
            t.pos_ == "NOUN" and _names_a_calling(t) for t in words):
        return None
    return words.text


def _subject_before_verb(appos: Token) -> bool:
    """'..., Michael O'Leary, the regulator said': no comma closes it, the verb follows: the verb's subject."""
    after = appos.right_edge.i + 1
    return after < len(appos.doc) and appos.doc[after].pos_ in ("VERB", "AUX") and not appos.doc[after].is_punct


def _office_beside(doc: Doc, span: Span) -> str | None:
    """'Their chair, Margaret Doyle, 71, said', 'suspended the MP for Hartlepool East, Dan Whitmore, after':
    an office phrase set off by commas before a name the parser did not hang on it as an apposition."""
    if span.root.dep_ not in ("nsubj", "nsubjpass", "npadvmod", "dobj") or span.start < 2 \
            or doc[span.start - 1].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    office = next((t for t in doc[max(0, span.start - 8):span.start - 1]
                   if singular(t) in ROLE_HEADS and t.right_edge.i in (span.start - 2, span.start - 1)), None)
    return phrase(doc, office, stop=span.start) if office is not None else None


def _whose(office: Token, found: str) -> str | None:
    """'Katie Martin, whose father, Peter, ran a post office': Peter is Katie Martin's father."""
    verb = office.head
    if office.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
        return None
    owner = verb.head
    start = min([c.i for c in owner.children if c.dep_ == "compound" and c.i < owner.i], default=owner.i)
    return f"{owner.doc[start:owner.i + 1].text}'s {found.removeprefix('whose ')}" if owner.pos_ == "PROPN" else None


def role_as_author(doc: Doc, span: Span) -> str | None:
    """'Kim issued an order of the supreme commander of the KPA': who issues an office's order holds it."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in AUTHORING_VERBS:
        return None
    offices = (office for obj in root.head.children if obj.dep_ == "dobj" and obj.lemma_.lower() in ORDER_NOUNS
               for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for office in prep.children if office.dep_ == "pobj" and office.lower_ in ROLE_HEADS)
    for office in offices:
        if not any(t.ent_type_ == "PERSON" for t in office.subtree):
            return phrase(doc, office)
    return None


def _names_a_calling(noun: Token) -> bool:
    """A noun for what someone does or holds ("an artist", "a businessperson", "a farmer", "a member"),
    not a figure of speech that rates them ("García Márquez is a giant", "she is a legend")."""
    return singular(noun) in ROLE_HEADS or noun.lower_.endswith(CALLING_SUFFIXES)


def role_as_attribute(doc: Doc, span: Span) -> str | None:
    """'Warhol was both an artist and a businessperson': what the text says a person is (the
    first of the nouns after 'is a'), 'was elected mayor of Ridgeville': the office given, and
    'founded by Dean Kamen': who founded a body."""
    # the parser may cut a given name off as a sentence of its own: the name's head is its last word
    root = next((t for t in reversed(span) if not span.start <= t.head.i < span.end and t.dep_ != "ROOT"), span.root)
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_ == "be":
        for attr in verb.children:
            if attr.dep_ == "attr" and attr.pos_ == "NOUN" and attr.is_lower and _names_a_calling(attr) and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in attr.children):
                return _modified(doc, attr, attr.text)
            if attr.dep_ == "attr" and attr.pos_ == "NOUN" and singular(attr) in ROLE_HEADS and not any(
                    c.dep_ in ("det", "poss") for c in attr.children):
                return phrase(doc, attr)  # "Chris Bishop has been housing minister for a year": an office, no article
            if (office := _the_office(attr)) is not None:
                return office  # "Hale is the city's fire chief"
    if root.dep_ == "nsubj" and verb.lemma_.lower() == "become":  # "Maria Delgado became general secretary of ..."
        office = next((c for c in verb.children if c.dep_ in ("attr", "oprd") and c.pos_ == "NOUN"
                       and singular(c) in ROLE_HEADS), None)
        if office is not None:
            return phrase(doc, office)
    if root.dep_ == "nsubjpass" and verb.lemma_.lower() in OFFICE_GIVING_VERBS:  # "was elected mayor of X"
        office = next((c for c in verb.children if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN"), None)
        if office is not None:
            return phrase(doc, office)
    if root.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in AS_OFFICE_VERBS:  # "sacked as home secretary"
        office = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                       if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() in ROLE_HEADS), None)
        if office is not None:
            return phrase(doc, office)
    if root.dep_ == "pobj" and verb.lower_ == "by" and verb.head.lemma_.lower() in FOUNDING_VERBS \
            and verb.head.tag_ == "VBN":
        return FOUNDING_VERBS[verb.head.lemma_.lower()]
    return _office_held(doc, root)


def _the_office(attr: Token) -> str | None:
    """'is the acting labor secretary', 'is the city's fire chief': the one office someone is said to hold."""
    if attr.dep_ != "attr" or attr.pos_ != "NOUN" or singular(attr) not in ROLE_HEADS or not any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in attr.children):
        return None
    return phrase(attr.doc, attr)


def _office_held(doc: Doc, root: Token) -> str | None:
    """'Maria Lopez, who chairs the Northside Neighbours Association': the office a relative clause
    says she holds ('chair of Northside Neighbours Association'); 'Martin Ruiz, who served as deputy chief
    of staff until March': the office served in."""
    for clause in (c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in SERVING_VERBS):
        office = next((o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
                       for o in p.children if o.dep_ == "pobj" and singular(o) in ROLE_HEADS), None)
        if office is not None:
            return phrase(doc, office)
    for clause in (c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in OFFICE_VERBS):
        if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            continue
        bodies = [c for c in clause.children if c.dep_ == "dobj" and c.pos_ != "PRON"]  # not "who runs it"; the
        # parser may split one name in two:
        if bodies:  # "chairs the environment select committee" as "environment" and "select committee"
            first, last = bodies[0].left_edge.i, bodies[-1].right_edge.i
            first += doc[first].lower_ in LEADING_DETERMINERS
            return f"{OFFICE_VERBS[clause.lemma_.lower()]} of {doc[first:last + 1].text}"
    return None


def role_in_example(doc: Doc, span: Span) -> str | None:
    """'photographers who used the camera, such as Ansel Adams, Chuck Close and ...', 'celebrity
    guests like Stan Lee', 'officials including ...': each name is one of the plural before it."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    prep = root.head
    such_as = prep.lower_ == "as" and prep.i > 0 and doc[prep.i - 1].lower_ == "such"
    if root.dep_ != "pobj" or not (such_as or prep.lower_ in ("like", "including")):
        return None
    # the parser often hangs "such as" on the nearest noun ("the camera"): take the plural before it
    sent_start = max(0, prep.i - 12)
    noun = next((t for t in reversed(doc[sent_start:prep.i]) if t.tag_ == "NNS" and t.is_lower
                 and t.pos_ == "NOUN"), None)
    if noun is None or any(t.ent_type_ == "PERSON" or t.text in ".;" for t in doc[noun.i:prep.i]):
        return None
    return _modified(doc, noun, noun.lemma_)


def _modified(doc: Doc, noun: Token, word: str) -> str:
    """A noun with the lower-case words that qualify it: 'high-ranking defector', 'celebrity guest'."""
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.is_lower and c.lower_ not in ("other", "such")]
    if not mods:
        return word
    start = min(m.left_edge.i for m in mods)
    while start < noun.i and not doc[start].is_lower:
        start += 1
    return (doc[start:noun.i].text + " " + word) if start < noun.i else word


def _ends_phrase(t: Token, head: Token) -> bool:
    """A word after the head that ends the role: a clause, another name, a second phrase."""
    return (t.dep_ in ("relcl", "acl", "npadvmod")  # "a member of X all his life", "... that must report"
            or t.dep_ == "appos" and t.head == head  # "councillor Wilson": the name, not the office
            or t.dep_ == "conj" and t.head == head and not is_role_word(t)  # "... and curator" stays,
            and any(c.dep_ in ("det", "poss", "predet") for c in t.children))  # "... all his life" goes


def phrase(doc: Doc, head: Token, stop: int | None = None) -> str | None:
    """The role a noun heads, cut at commas, clauses and other people's names; at most 14 words."""
    left = head.left_edge.i
    right = head.right_edge.i + 1 if stop is None else stop
    tokens = list(doc[left:right])
    cut = [t.i for t in tokens if t.text in ",;()[]" and t.i > head.i]
    cut += [t.left_edge.i for t in tokens if t.i > head.i and _ends_phrase(t, head)]
    named = [t.i for t in tokens if t.i > head.i and t.ent_type_ == "PERSON" and not is_role_word(t)
             and not (t.dep_ == "compound" and t.head.pos_ == "NOUN")]  # "candidate of the ruling Frelimo party"
    if cut or named:
        tokens = [t for t in tokens if t.i < min(cut + named)]
    while named and min(named) <= min(cut, default=min(named)) and len(tokens) > 1 and (
            tokens[-1].is_title and (is_role_word(tokens[-1]) or tokens[-1].lower_ in HONORIFICS)
            or tokens[-1].pos_ == "ADP"):
        tokens.pop()  # "the lead lawyer in the challenge to a policy under President Donald J. Trump"
    while tokens and (tokens[0].lower_ in LEADING_DETERMINERS or tokens[0].is_punct):
        tokens.pop(0)
    two = next((c.i for c in head.children if c.dep_ == "cc"), None)
    if len(tokens) > 14 and two is not None:  # "the group's general counsel and a former deputy chief counsel
        tokens = [t for t in tokens if t.i < two]  # at the Office of ...": the first of two roles
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    if not tokens or len(tokens) > 14:
        return None
    last = tokens[-1].i
    while last + 2 < len(doc) and doc[last + 1].text == "-" and not doc[last].whitespace_ \
            and not doc[last + 1].whitespace_:
        last += 2  # "the former sub-postmaster whose campaign ...": the parser cut the word at its hyphen
    return doc[tokens[0].i: last + 1].text


def role_over(doc: Doc, start: int, end: int) -> str | None:
    """The title an organisation hangs from: 'Executive director' of '... the Council on ...'."""
    outside = [t for t in doc[start:end] if not start <= t.head.i < end]
    head = outside[-1] if outside else doc[start:end].root
    steps = 0
    while head.dep_ in ("pobj", "prep", "compound") and head.head != head and steps < 8:
        head, steps = head.head, steps + 1
    if head.lower_ in ROLE_HEADS and head.i < start:
        return doc[head.left_edge.i: head.i + 1].text
    return None


def roles_from_mentions(doc: Doc, people: list, organisations: list[str], state_for) -> None:  # noqa: ANN001
    """A person with no role yet takes one from any mention (some were never candidates: the tagger
    did not label them, or a repair built the name): the story names 'Margaret Atwood' in a list,
    then writes 'Atwood, a Booker Prize-winner, was there'.
    Only then is the list's own word taken ('celebrity guests like Stan Lee, ...'): what the text
    says of the one person outranks the group it puts them in. `people` are drafts, changed in place."""
    for person in people:
        if person.role is not None:
            continue
        spans = [span for s, e in person.spans if (span := doc.char_span(s, e)) is not None]
        role = next((r for span in spans if (r := role_apposition(doc, span) or role_as_attribute(doc, span))),
                    None) or next((r for span in spans if (r := role_in_example(doc, span))), None)
        if role:
            person.role = role
            person.affiliation = affiliation(role, organisations, state_for)


def roles_from_next_office(doc: Doc, people: list) -> None:  # noqa: ANN001 - drafts
    """'Wes Streeting has been accused of betraying patients ... The health secretary told MPs': a person
    given no office, the subject of one sentence, whose next sentence opens on an office no one in the
    story holds, holds it (UK news names a minister, then calls him by the office). `people` are drafts."""
    held = {p.role.lower() for p in people if p.role}
    for person in people:
        if person.role is not None:
            continue
        for start, end in person.spans:
            span = doc.char_span(start, end)
            if span is None or span.root.dep_ not in ("nsubj", "nsubjpass") or span.root.head.dep_ != "ROOT" \
                    or span.root.sent.end >= len(doc):
                continue
            office = _opening_office(doc[span.root.sent.end].sent) or _office_said_of(doc[span.root.sent.end].sent)
            if office is not None and office.lower() not in held:
                person.role = office
                break


def _office_said_of(sent: Span) -> str | None:
    """'Julie Su called me last week. She's the acting labor secretary.': the office the next sentence says
    "he" or "she" holds."""
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if sent.root.lemma_ != "be" or subj is None or subj.lower_ not in ("he", "she"):
        return None
    return next((office for c in sent.root.children if (office := _the_office(c)) is not None), None)


def _opening_office(sent: Span) -> str | None:
    """'The health secretary told MPs ...': the office that opens a sentence as its subject."""
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    first = next((t for t in sent if not t.is_space), None)
    if subj is None or first is None or subj.left_edge.i != first.i or subj.tag_ != "NN":
        return None  # (a common noun: "The former Lord Chancellor" is a title written as a name)
    return definite_office(subj)


def definite_office(tok: Token) -> str | None:
    """'The Defence Secretary', 'the health secretary': an office spoken of by itself, singular, owned by no
    one and naming no one; its words without the article."""
    first = tok.left_edge
    if first.lower_ != "the" or tok.lemma_.lower() not in ROLE_HEADS or tok.tag_ not in ("NN", "NNP") \
            or any(t.dep_ == "poss" or t.ent_type_ == "PERSON" for t in tok.subtree):
        return None
    return tok.doc[first.i + 1:tok.i + 1].text
