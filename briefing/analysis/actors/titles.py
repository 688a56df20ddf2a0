"""Titles written in front of a name: "UN Special Rapporteur Francesca Albanese", "union president
Carlos Mendes", "Olympic 800m champion Tomas Eriksen". A reader goes right to left from the name and
stops at another person's name, a date, or a word no title holds.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import (
    HONORIFICS,
    HYPHENED_TITLE_PREFIXES,
    MILITARY_RANKS,
    ORG_HEADS,
    PLURAL_TITLES,
    PRESSURE_VERBS,
    RANK_PREFIXES,
    ROLE_ABBREVIATIONS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
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


def _mixed_initials(t: Token) -> bool:
    """'PiS', 'AfD': a short name of capitals and small letters, the first and another a capital."""
    return 2 < len(t.text) <= 5 and t.is_alpha and t.text[0].isupper() and any(c.isupper() for c in t.text[1:])


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
            after = doc[j + 1:name_start] if before.lower_ in ROLE_HEADS else doc[j + 1:j + 2]
            return not any(w.lower_ in ROLE_HEADS or w.lower_ in ROLE_ABBREVIATIONS for w in after)
            # (nor "A spokesman for Senate Majority Leader John Thune": the leader's title is his own; but
            # "University of Texas Arlington Muslim Student Association president" is one title)
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
    if (t.is_title or t.is_upper or _mixed_initials(t)) and t.pos_ in ("PROPN", "ADJ", "NOUN") and not t.is_punct \
            and len(t) > 1:
        return True  # "PiS leader Jaroslaw Kaczynski": initials in mixed case too
    return started and t.like_num and j + 1 < name_start and "year" in doc[j + 1].lower_  # "14-year-old"


def role_before(doc: Doc, start: int, floor: int) -> str | None:
    """The title written in front of a name: 'UN Special Rapporteur', '[Hamas leader]', 'CIA chief'."""
    run: list[Token] = []
    j = start - 1
    if 0 < floor == start and (doc[floor - 1].lower_ in ROLE_ABBREVIATIONS or doc[floor - 1].is_title
                               and singular(doc[floor - 1]) in ROLE_HEADS):
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
    if not any(singular(t) in ROLE_HEADS and t.pos_ in ("NOUN", "PROPN") for t in run):
        return _descriptor_before(doc, start, floor)  # "a major influence" names no office
    return ("".join(ROLE_ABBREVIATIONS.get(t.lower_, t.text) + t.whitespace_ for t in run[:-1]) + one_of(run[-1])).strip()


def singular(title: Token) -> str:
    """A plural title's word for one, lower-case: the tagger leaves 'Senators' (NNPS) unlemmatised."""
    low = title.lemma_.lower()
    if title.tag_ == "NNPS" and low == title.lower_ and low.endswith("s") and low[:-1] in ROLE_HEADS:
        return low[:-1]
    return low if title.tag_ in ("NNS", "NNPS") else title.lower_


def one_of(title: Token) -> str:
    """'Senators Joe Manchin and Kyrsten Sinema': each is a senator."""
    one = singular(title)
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
                               and singular(doc[k]) in ROLE_HEADS)), None)
            if title is not None:  # "Sens. Joe Manchin of West Virginia and Kyrsten Sinema": a title for each
                return one_of(title)
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


def headline_verb(word: str) -> bool:
    """'slams', 'warns', 'urges', 'presses': a verb of pressure or speech in a headline's present tense, which
    the tagger reads into a name after a title ("Governor Slams Legislature")."""
    stems = {word[:-1], word[:-2]} if word.endswith("s") else set()
    return any(stem in PRESSURE_VERBS or stem in SPEECH_VERBS for stem in stems)
