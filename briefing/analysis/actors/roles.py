"""Roles: the article's own words for what a person is, read off the text around the name.

A title before the name ("UN Special Rapporteur Francesca Albanese"), an apposition ("Alia Salem,
executive director of ..."), the office whose order the person issues ("Kim issued an order of the
supreme commander"), or the title an organisation's name hangs from. Every reader stops where a
reader would: at another person's name, a relative clause, a comma.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors.affiliation import affiliation
from briefing.analysis.lexicon import (
    AS_OFFICE_VERBS,
    AUTHORING_VERBS,
    FOUNDING_VERBS,
    HONORIFICS,
    HYPHENED_TITLE_PREFIXES,
    LEADING_DETERMINERS,
    MILITARY_RANKS,
    OFFICE_GIVING_VERBS,
    OFFICE_VERBS,
    ORDER_NOUNS,
    ORG_HEADS,
    PLURAL_TITLES,
    RANK_PREFIXES,
    ROLE_ABBREVIATIONS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    TITLE_EDGE_WORDS,
    TITLE_LINKS,
)


def is_role_word(token: Token) -> bool:
    low = token.lower_
    return low in ROLE_HEADS or low in ROLE_MODIFIERS


def is_acronym(text: str) -> bool:
    bare = text.replace(".", "")
    return 2 <= len(bare) <= 7 and bare.isalnum() and bare.upper() == bare and any(c.isalpha() for c in bare)


def _names_a_body(token: Token) -> bool:
    """'University' of 'University of Texas', not 'Polaroids' of 'Polaroids of actor Dennis Hopper'."""
    return token.is_title and token.pos_ == "PROPN" and (
        token.ent_type_ in ("ORG", "GPE", "FAC", "NORP") or token.lower_ in ORG_HEADS)


def _extends_title(doc: Doc, j: int, started: bool, floor: int, name_start: int) -> bool:
    """Whether token j, read right to left, still belongs to the title in front of a name."""
    t = doc[j]
    if t.ent_type_ in ("DATE", "TIME"):
        return False  # "On Tuesday Gov. Alan Pierce": a day is no part of a title
    if t.lower_ in ("elect", "designate") and j - 2 >= floor and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ \
            and is_role_word(doc[j - 2]):
        return True  # "President-elect Donald Trump": the office-to-be
    before = doc[j - 1] if j - 1 >= floor else None
    if started and before is not None:
        if t.lower_ == "the" and before.lower_ in TITLE_LINKS:  # "Chair of the Harbour Trust"
            return True
        if t.lower_ == "and" and is_role_word(before):  # "Minister and Deputy Leader"
            return True
        if t.lower_ in TITLE_LINKS and (
                before.lower_ in ROLE_HEADS or t.lower_ == "of" and _names_a_body(before)):
            # "a spokesperson for Sen. Joe Manchin": a title after the link is the person's own,
            # and what comes before it is someone else's ("Minister for Health" stays whole)
            return not (doc[j + 1].lower_ in ROLE_HEADS or doc[j + 1].lower_ in ROLE_ABBREVIATIONS)
    if is_role_word(t) and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
        return True
    if started and t.lower_ in ("'s", "’s") and before is not None and before.ent_iob_ in ("B", "I") \
            and doc[j + 1].ent_iob_ == "I":
        return True  # "International Longshoremen's Association president": a possessive inside one name
    if started and t.text == "-" and not t.whitespace_ and before is not None and not before.whitespace_ \
            and (before.is_title or before.is_upper or before.lower_ in HYPHENED_TITLE_PREFIXES):
        return True  # "Secretary-General", "co-leader", "vice-chair": one title, written with a hyphen
    if started and t.is_lower and t.pos_ in ("NOUN", "PROPN") and t.dep_ == "compound" and is_role_word(doc[j + 1]):
        return True  # "union president Carlos Mendes", "police chief Ana Ruiz": whose office it is
    if (t.is_title or t.is_upper) and t.pos_ in ("PROPN", "ADJ", "NOUN") and not t.is_punct and len(t) > 1:
        return True
    return started and t.like_num and j + 1 < name_start and "year" in doc[j + 1].lower_  # "14-year-old"


def role_before(doc: Doc, start: int, floor: int) -> str | None:
    """The title written in front of a name: 'UN Special Rapporteur', '[Hamas leader]', 'CIA chief'."""
    run: list[Token] = []
    j = start - 1
    if 0 < floor == start and (doc[floor - 1].lower_ in ROLE_ABBREVIATIONS or doc[floor - 1].is_title
                               and _singular(doc[floor - 1]) in ROLE_HEADS):
        floor = doc[floor - 1].sent.start  # "Gov. Alan Pierce": the parser ended a sentence on the title's
        # point, or on a paragraph's first word ("President | Joe Biden met ...")
    while j >= floor and doc[j].lower_ in HONORIFICS:  # "Undersecretary for Education Mr. Toccafondi"
        j -= 1
    if j >= floor and doc[j].text in "])":
        j -= 1
    while j >= floor:
        t = doc[j]
        if t.ent_type_ == "PERSON" and not is_role_word(t):
            break  # another person's name: "councillors Alvin Yeung from ..., Fernando Cheung"
        if (t.text == ")" and run and j - 2 >= floor and doc[j - 2].text == "("
                and is_acronym(doc[j - 1].text)):  # "International Criminal Court (ICC) Chief Prosecutor"
            run[:0] = [doc[j - 2], doc[j - 1], t]
            j -= 3
            continue
        if not _extends_title(doc, j, bool(run), floor, start):
            break
        run.insert(0, t)
        j -= 1
    while run and run[0].lower_ in TITLE_EDGE_WORDS:
        run.pop(0)
    ranks = len(run)
    while ranks > 0 and run[ranks - 1].lower_ in MILITARY_RANKS and run[ranks - 1].text[:1].isupper():
        ranks -= 1
    if ranks < len(run) and run[ranks].lower_ in ("general", "gen."):
        ranks = len(run)  # "Attorney General", "Secretary-General", "director General": an office's word
    if 0 < ranks < len(run) and any(t.lower_ in ROLE_HEADS - MILITARY_RANKS for t in run[:ranks]) \
            and run[ranks - 1].lower_ not in RANK_PREFIXES:  # "Detective Sergeant Lee Carter": one rank
        run = run[:ranks]  # "government spokesman Colonel Abdoulaye Maiga": the spokesman
    if not any(_singular(t) in ROLE_HEADS and t.pos_ in ("NOUN", "PROPN") for t in run):
        return _descriptor_before(doc, start, floor)  # "a major influence" names no office
    return ("".join(ROLE_ABBREVIATIONS.get(t.lower_, t.text) + t.whitespace_ for t in run[:-1]) + _one_of(run[-1])).strip()


def _singular(title: Token) -> str:
    """A plural title's word for one, lower-case: the tagger leaves 'Senators' (NNPS) unlemmatised."""
    low = title.lemma_.lower()
    if title.tag_ == "NNPS" and low == title.lower_ and low.endswith("s") and low[:-1] in ROLE_HEADS:
        return low[:-1]
    return low if title.tag_ in ("NNS", "NNPS") else title.lower_


def _one_of(title: Token) -> str:
    """'Senators Joe Manchin and Kyrsten Sinema': each is a senator."""
    one = _singular(title)
    if one != title.lower_ and one in ROLE_HEADS:
        return one.capitalize() if title.is_title else one
    return ROLE_ABBREVIATIONS.get(title.lower_, title.text)


def _modifies_descriptor(t: Token, first: int, last: int) -> bool:
    """'Olympic 800m champion Tomas Eriksen', 'World champion ...': a capitalised word or a figure that
    modifies the descriptor is part of it; a date or another person is not."""
    return t.dep_ in ("compound", "amod", "nmod", "nummod") and first <= t.head.i <= last \
        and t.ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL") and not t.is_punct \
        and not (t.like_num and t.is_alpha)  # "Two pan-democratic veteran politicians": how many, not who


def _descriptor_before(doc: Doc, start: int, floor: int) -> str | None:
    """The common noun written against a name, whatever the trade: 'singer-songwriter Carly Simon',
    'author Truman Capote', 'photographers Nat Finkelstein, ...'. Only a lower-case noun glued to the
    name (its compound, or the noun the name stands in apposition to) describes the person."""
    last = start - 1
    name = doc[start]
    root = name
    while root.dep_ == "compound" and root.head.i > root.i:
        root = root.head
    # "photographers" is sometimes tagged a verb (VBZ) while parsed as the name's compound
    noun_like = doc[last].pos_ == "NOUN" or doc[last].tag_ == "VBZ" and doc[last].dep_ == "compound"
    glued = last >= floor and noun_like and doc[last].is_lower and (
        doc[last].head.i >= start and doc[last].dep_ in ("compound", "amod", "nmod")
        or name.dep_ == "appos" and name.head.i == last or name.head.i == last and name.dep_ == "compound")
    if not glued:
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:  # "photographers Nat Finkelstein, Christopher
            first = first.head  # Makos and ...": the nearest name up the list that has the plural before it
            if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.ent_type_ == "PERSON":
                first = first.head.head  # "Sens. John Fetterman of Pennsylvania and Catherine Cortez Masto": the
                # parser hangs the second name on the first one's state
            first_start = min([first.i] + [c.i for c in first.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
            title = next((doc[k] for k in (first_start, first_start - 1) if k >= floor
                          and (doc[k].lower_ in PLURAL_TITLES or doc[k].tag_ in ("NNS", "NNPS") and doc[k].is_title
                               and _singular(doc[k]) in ROLE_HEADS)), None)
            if title is not None:  # "Sens. Joe Manchin of West Virginia and Kyrsten Sinema": a title for each
                return _one_of(title)
            if first_start - 1 >= floor and doc[first_start - 1].tag_ in ("NNS", "VBZ"):
                return _descriptor_before(doc, first_start, floor)
        return None
    j = last
    while j - 1 >= floor and (doc[j - 1].is_lower and doc[j - 1].pos_ in ("NOUN", "ADJ")
                              or doc[j - 1].text == "-" and not doc[j - 1].whitespace_
                              or _modifies_descriptor(doc[j - 1], j, last)):
        j -= 1
    while j < last and (doc[j].text == "-" or doc[j].pos_ == "ADJ" and doc[j].lower_ in ("other", "such")):
        j += 1
    if doc[last].tag_ in ("NNS", "VBZ"):  # one of the "photographers": a photographer
        return (doc[j:last].text + doc[j:last][-1].whitespace_ if j < last else "") + doc[last].lemma_
    return doc[j:start].text.strip()


def _title_before_apposition(doc: Doc, root: Token, span: Span) -> str | None:
    """'Co-founder of Google, Sergey Brin, ...': the office the name stands in apposition to."""
    head, steps = root.head, 0
    while head.dep_ in ("pobj", "prep") and head.head != head and steps < 4:
        head, steps = head.head, steps + 1
    if head.lower_ not in ROLE_HEADS or head.i >= span.start:
        return None
    left = head.i
    while left >= 2 and doc[left - 1].text == "-" and not doc[left - 2].whitespace_ and doc[left - 2].is_alpha:
        left -= 2
    if any(t.ent_type_ == "PERSON" and not is_role_word(t) for t in doc[left:span.start]):
        return None  # a list of people: "councillors Alvin Yeung from ..., Fernando Cheung"
    words = doc[left:span.start].text.strip(" ,")
    return words if 0 < len(words.split()) <= 12 else None


def _outer_office(office: Token) -> Token:
    """'A spokesman for the governor, Luis Ortega, ...': the parser hangs the name on the nearer
    office, but it is the spokesman's name, not the governor's; the outermost office is the role."""
    while (office.dep_ == "pobj" and office.head.dep_ == "prep" and office.head.head.pos_ == "NOUN"
           and office.head.head.lemma_.lower() in ROLE_HEADS):
        office = office.head.head
    return office


def role_apposition(doc: Doc, span: Span) -> str | None:
    """'Alia Salem, executive director of ...' or 'the Minister of Education, Stefania Giannini'."""
    root = span.root
    for child in root.children:
        described = child.lemma_.lower() in ROLE_HEADS or child.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in child.children)
        if (child.dep_ == "appos" and described and child.i >= span.end
                and all(t.is_punct or t.like_num for t in doc[span.end:child.left_edge.i])):
            return phrase(doc, child)  # "Daniel Montalvo, 19, a member of ...", "Kevin Allton, a USI instructor"
    if root.dep_ == "appos" and _singular(root.head) in ROLE_HEADS and root.head.i < span.start:
        office = _outer_office(root.head)
        found = phrase(doc, office, stop=span.start)
        if found is not None and found.endswith(office.text):  # "Senators Joe Manchin": a senator
            found = found[: len(found) - len(office.text)] + _one_of(office)
        if found is not None and found.startswith("whose "):
            found = _whose(office, found)
        return found
    if root.dep_ == "appos":
        return _title_before_apposition(doc, root, span)
    return None


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


def role_as_attribute(doc: Doc, span: Span) -> str | None:
    """'Warhol was both an artist and a businessperson': what the text says a person is (the
    first of the nouns after 'is a'), 'was elected mayor of Ridgeville': the office given, and
    'founded by Dean Kamen': who founded a body."""
    # the parser may cut a given name off as a sentence of its own: the name's head is its last word
    root = next((t for t in reversed(span) if not span.start <= t.head.i < span.end and t.dep_ != "ROOT"), span.root)
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_ == "be":
        for attr in verb.children:
            if attr.dep_ == "attr" and attr.pos_ == "NOUN" and attr.is_lower and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in attr.children):
                return _modified(doc, attr, attr.text)
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


def _office_held(doc: Doc, root: Token) -> str | None:
    """'Maria Lopez, who chairs the Northside Neighbours Association': the office a relative clause
    says she holds ('chair of Northside Neighbours Association')."""
    for clause in (c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in OFFICE_VERBS):
        if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            continue
        body = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if body is not None:
            words = [t for t in body.subtree if not (t.i == body.left_edge.i and t.lower_ in LEADING_DETERMINERS)]
            return f"{OFFICE_VERBS[clause.lemma_.lower()]} of {doc[words[0].i:words[-1].i + 1].text}"
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
    named = [t.i for t in tokens if t.i > head.i and t.ent_type_ == "PERSON" and not is_role_word(t)]
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
