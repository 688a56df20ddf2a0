"""Bodies the tagger missed or cut, recovered where only a body's name can stand: a run of capitalised
words ending in a body's word ("the Intrepid Sea-Air-Space Museum"), an acronym before a body's noun
("The RMT union said"), a name an apposition calls a body ("Junts, Puigdemont's party,"), one a
body's common noun introduces ("US team Cloud9"), campaigns named for what they stand for ("Americans
for Prosperity", "Wyoming Right to Life") or by their call ("Save Shepton Maternity said") and bodies the
lexicon knows.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors.model import Candidate
from briefing.analysis.actors.recovery import called_a_body
from briefing.analysis.lexicon import (
    BODY_HEADS,
    BODY_TYPE_NOUNS,
    CAMPAIGN_NAME_VERBS,
    GROUP_NOUNS,
    NAME_LINK_WORDS,
    ORG_HEADS,
    PARTY_NAMES,
    PERSON_WORDS,
    SEATS_OF_POWER,
    SENT_BY_BODY_NOUNS,
)

UNACTING_LABELS = frozenset({"GPE", "LOC", "PERSON", "NORP", "DATE", "FAC", "TIME"})  # "protesters from North Yorkshire"


def _capitalised(t: Token) -> bool:
    return t.is_title and t.pos_ in ("PROPN", "ADJ", "NOUN") and t.is_alpha or t.is_upper and len(t) > 1


def recover_bodies(doc: Doc, taken: list[Candidate]) -> list[Candidate]:
    """Bodies the tagger missed or split, whose name ends in a body's word: 'the Saudi Interior
    Ministry' (tagged NORP + nothing), 'the Intrepid Sea-Air-Space Museum' (nothing). A run of
    capitalised words, hyphens inside a word allowed, ending in an organisation head."""
    orgs = {i for c in taken if c.label == "ORG" for i in range(c.start, c.end)}
    people = {i for c in taken if c.label == "PERSON" for i in range(c.start, c.end)}
    found = []
    i = 0
    while i < len(doc):
        if not _capitalised(doc[i]) or doc[i].is_sent_start:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and (_capitalised(doc[j]) or doc[j].text == "-" and not doc[j - 1].whitespace_
                                and j + 1 < len(doc) and _capitalised(doc[j + 1])):
            j += 1
        end = j
        while end - i >= 2 and doc[end - 1].lower_ not in ORG_HEADS | BODY_HEADS:  # "West Midlands Police"
            end -= 1
        run = range(i, end)
        if end - i >= 2 and not any(k in orgs or k in people for k in run):
            found.append(Candidate(doc[i:end].text, "ORG", i, end))
        i = j
    return found


def recover_described_bodies(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Bodies the tagger missed that an apposition calls one: 'Junts, Puigdemont's party, has said'. A
    sentence's first word is a name only if the text capitalises it elsewhere too ('that Junts would')."""
    found = []
    for word in doc:
        head = word.head
        if word.dep_ != "appos" or head.i > word.i or head.i in covered or head.ent_type_ or not head.is_title \
                or not head.is_alpha or not called_a_body(head, word.i) or head.lower_ in PERSON_WORDS | GROUP_NOUNS:
            continue
        if head.is_sent_start and not any(t.text == head.text and not t.is_sent_start for t in doc):
            continue
        found.append(Candidate(head.text, "ORG", head.i, head.i + 1))
        covered.add(head.i)
    return found


def _named_word(t: Token) -> bool:
    """A word that can be a body's name: capitalised, letters or digits ('Cloud9'), untagged."""
    return t.text[:1].isupper() and t.text.isalnum() and t.pos_ in ("PROPN", "NOUN") and t.ent_type_ == ""


def recover_acronym_bodies(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Bodies the tagger missed that an acronym names before a body's noun: 'The RMT union said', 'The SAG-AFTRA
    union said' (acronyms joined by a hyphen are one)."""
    found = []
    for t in doc:
        if t.i + 1 < len(doc) and t.i not in covered and t.is_upper and t.is_alpha and 2 <= len(t) <= 6 \
                and t.ent_type_ == "" and t.dep_ == "compound" and t.head.i == t.i + 1 \
                and t.head.is_lower and t.head.lower_ in BODY_TYPE_NOUNS:
            start = t.i
            while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                    and not doc[start - 2].whitespace_ and doc[start - 2].is_upper and doc[start - 2].is_alpha:
                start -= 2
            found.append(Candidate(doc[start:t.i + 1].text, "ORG", start, t.i + 1))
            covered.update(range(start, t.i + 1))
    return found


def recover_for_names(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Campaigns named for whom and what they stand for, which the tagger cuts to their place or takes
    for a person: 'Airlines for America, the industry's lobby group, said', 'Americans for Prosperity
    said', 'The group, Harmon Families for Public Schools, must collect'; and supporters named for what
    they support, when the text calls them a body ('Friends of Stroud Library, the campaign group she
    helped found, said')."""
    found = []
    for t in doc:
        if not _named_for(doc, t, covered):
            continue
        start, end = t.i, t.i + 2
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i \
                and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and t.i - start < 2:
            start -= 1  # "Harmon Families for Public Schools"
        while end < len(doc) and end - t.i <= 5 and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        if end > t.i + 2:
            found.append(Candidate(doc[start:end].text, "ORG", start, end))
            covered.update(range(start, end))
    return found


def _named_for(doc: Doc, t: Token, covered: set[int]) -> bool:
    """A plural word opening a campaign's name, before "for" (or "of", where the text calls it a body),
    that acts or that a body's noun is called ('The group, Harmon Families for ...')."""
    plural = t.tag_ in ("NNS", "NNPS") or t.tag_ == "NNP" and t.lower_.endswith("s")  # "Airlines" (NNP)
    free = t.i not in covered or t.ent_type_ in ("PERSON", "NORP")  # "Harmon Families", tagged a person; "the group
    # Ukrainian Americans for Democracy", a people
    acts = t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "appos" and t.head.lemma_.lower() in BODY_TYPE_NOUNS or (
        t.dep_ == "pobj" and t.head.lower_ in ("for", "at", "of") and t.head.head.lemma_.lower() in PERSON_WORDS)
    # ("A spokeswoman for Americans for Prosperity, Jenna Cole, said": the body someone works for)
    if not (plural and t.is_title and free and acts and t.i + 2 < len(doc) and doc[t.i + 2].is_title):
        return False
    return doc[t.i + 1].lower_ == "for" or doc[t.i + 1].lower_ == "of" and called_a_body(t, t.i + 2)


def recover_to_names(doc: Doc) -> list[Candidate]:
    """Bodies named for what they stand up for with "to", which the tagger cuts or takes for a person:
    'Wyoming Right to Life said', 'National Right to Work Committee'. The subject's capitalised words
    and the capitalised words after its "to"."""
    found = []
    for t in doc:
        if not (t.pos_ == "PROPN" and t.is_title and t.dep_ in ("nsubj", "nsubjpass")):
            continue
        to = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == t.i + 1), None)
        after = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if after is None or not after.is_title or after.ent_type_ in ("GPE", "LOC", "PERSON", "DATE"):
            continue
        start, end = t.i, after.i + 1
        while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == t.i:
            start -= 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].head.i in (after.i, t.i):
            end += 1
        found.append(Candidate(doc[start:end].text, "ORG", start, end))
    return found


def recover_introduced_bodies(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Bodies the tagger missed that a common noun for a body introduces: 'US team Cloud9 and
    Immortals', 'the band Wet Leg'. Names sharing the introducer through 'and' are bodies too."""
    found = []
    for noun in doc:
        if not (noun.lower_ in BODY_TYPE_NOUNS and noun.is_lower and noun.pos_ == "NOUN"):
            continue
        end = noun.i + 1
        while end < len(doc) and end - noun.i <= 3 and end not in covered and _named_word(doc[end]):
            end += 1
        if end == noun.i + 1 or doc[end - 1].head.i not in range(noun.i, end) and noun.head.i not in range(noun.i, end):
            continue  # the name and its noun must be one phrase
        runs = [(noun.i + 1, end)] + [(c.i, c.i + 1) for c in doc[end - 1].children
                                       if c.dep_ == "conj" and c.i not in covered and _named_word(c)]
        for start, stop in runs:
            found.append(Candidate(doc[start:stop].text, "ORG", start, stop))
            covered.update(range(start, stop))
    return found


def recover_member_bodies(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Bodies the tagger missed that people come from: 'Campaigners from Surfers Against Sewage staged a
    protest'. The capitalised words after "from", small linking words allowed inside; no place or person."""
    found = []
    for t in doc:
        if not (t.lower_ in SENT_BY_BODY_NOUNS and t.i + 3 < len(doc) and doc[t.i + 1].lower_ == "from"):
            continue
        start = end = t.i + 2
        while end < len(doc) and end - start < 6 and (
                _capitalised(doc[end]) or doc[end].is_title and doc[end].is_alpha  # "Just Stop Oil"
                or end > start and doc[end].lower_ in NAME_LINK_WORDS):  # "Friends of the Earth"
            end += 1
        while end > start and not _capitalised(doc[end - 1]):
            end -= 1
        span = doc[start:end]
        if sum(w.is_title for w in span) >= 2 and not any(w.i in covered or w.ent_type_ in UNACTING_LABELS for w in span):
            found.append(Candidate(span.text, "ORG", start, end))
            covered.update(range(start, end))
    return found


def _within_entities(span: Span) -> bool:
    """Whether every name the tagger found in these words lies inside them (none runs on before or after)."""
    doc = span.doc
    return not (span[0].ent_iob_ == "I" or span.end < len(doc) and doc[span.end].ent_iob_ == "I")


def recover_known_bodies(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Parties and seats of power the tagger left untagged: 'Labour accused the government of chaos',
    'Downing Street insisted ...'. Written capitalised, they are the body, whatever the tag."""
    found = []
    firsts = {name.split()[0] for name in PARTY_NAMES | SEATS_OF_POWER}
    for t in doc:
        if t.lower_ not in firsts:
            continue
        for size in (2, 1):
            span = doc[t.i:t.i + size]
            if len(span) < size or not all(w.is_title or w.is_upper or w.is_digit for w in span):  # "No 10"
                continue
            # the tagger may have taken the party's words apart: "The Liberal Democrats" (NORP "Democrats"),
            # "the Christian Democrats" (PERSON "Christian", NORP "Democrats"); not a name that runs on past it
            whole = span[0].ent_iob_ == "B" and all(w.ent_iob_ == "I" for w in span[1:])  # the tagger's own call
            if size == 1 and (t.i in covered or t.ent_type_) or size > 1 and (whole or not _within_entities(span)):
                continue
            if span.text.lower() in PARTY_NAMES | SEATS_OF_POWER \
                    and span.root.dep_ not in ("compound", "amod"):  # "Labour costs rose" is no party
                found.append(Candidate(span.text, "ORG", t.i, t.i + size))
                covered.update(range(t.i, t.i + size))
                break
    return found


def recover_called_campaigns(doc: Doc) -> list[Candidate]:
    """Campaigns named by their call, which the parser takes for a verb and the tagger cuts or calls a
    person: 'Save Shepton Maternity, which has gathered 14,000 signatures, said', 'campaigners from Stop
    Rosebank'. The capitalised verb and the capitalised words after it, where no command can stand: a
    name, or a verb the parser made a subject ('Stop Brexit, the protesters chanted' is a slogan)."""
    found = []
    for t in doc:
        if t.lower_ not in CAMPAIGN_NAME_VERBS or not t.is_title or (
                t.i > 0 and not t.is_sent_start and doc[t.i - 1].is_title and doc[t.i - 1].pos_ == "PROPN"):
            continue  # not inside a name: "Fossil Free Books"
        end = t.i + 1
        while end < len(doc) and end - t.i <= 4 and (doc[end].is_title or doc[end].is_upper and len(doc[end]) > 1) \
                and doc[end].pos_ in ("PROPN", "PRON", "ADJ", "NOUN"):
            end += 1
        if end < len(doc) - 1 and doc[end].lower_ in ("the", "of") and doc[end + 1].is_title:
            end += 2  # "Stop the War Coalition"
            while end < len(doc) and end - t.i <= 6 and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
        said = t.pos_ == "VERB" and t.dep_ not in ("csubj", "nsubj")  # "Stop Brexit, the protesters chanted"
        if end - t.i < 2 or not any(w.pos_ == "PROPN" for w in doc[t.i + 1:end]) or said:
            continue
        found.append(Candidate(doc[t.i:end].text, "ORG", t.i, end))
    return found
