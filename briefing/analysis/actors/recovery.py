"""Names the tagger missed, recovered where only a name can stand: after a title ("Rapporteur
Francesca Albanese"), as a speech verb's subject ("..., said curator Ana Ruiz"), a person an
apposition describes ("Valeska Paris, an Australian woman, ..."), after a naming phrase ("a cosplayer
going by the name “The Katherinator”"), or labelling a turn or a headline's quote. Bodies are
recovered in `body_names.py`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors.model import Candidate
from briefing.analysis.actors.person_names import called_he_or_she, person_candidate
from briefing.analysis.actors.roles import contrasted, definite_office, phrase, role_over
from briefing.analysis.actors.titles import is_role_word, role_before
from briefing.analysis.lexicon import (
    AGENT_SUFFIX,
    BODY_TYPE_NOUNS,
    FIRM_NOUNS,
    GROUP_NOUNS,
    HONORIFICS,
    INTERVIEW_VERBS,
    NAMING_VERBS,
    ORG_HEADS,
    PARTY_NAMES,
    PERSON_WORDS,
    ROLE_ABBREVIATIONS,
    ROLE_HEADS,
    SEATS_OF_POWER,
    SPEECH_VERBS,
    TEAM_NOUNS,
    THING_INTRODUCERS,
)
from briefing.analysis.qa_layout import askers, full_label, label
from briefing.analysis.sentences import sentence_of
from briefing.article import Article


def _surname_tagged_a_body(doc: Doc, first: int, i: int) -> bool:
    """'FTC Chair Lina Vasquez said': the tagger left the given name out and took the surname alone
    for a body; the given name hangs on it as part of one name."""
    t = doc[i]
    return t.pos_ == "PROPN" and t.ent_iob_ == "B" and t.ent_type_ in ("ORG", "GPE") and doc[first].head.i == i \
        and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


def _titled_name_at(doc: Doc, i: int, covered: set[int]) -> tuple[Candidate | None, int]:
    """A name announced by the title or body just before token i: 'Rapporteur Francesca Albanese'."""
    t = doc[i]
    prev = i - 1 if doc[i - 1].text not in "])" else i - 2
    after_org = (prev >= 0 and doc[prev].lower_ in ORG_HEADS and doc[prev].ent_type_ == "ORG"
                 and doc[prev].ent_iob_ != "B" and t.ent_type_ == "")
    if prev < 0 or (doc[prev].lower_ not in ROLE_HEADS and not after_org) or sentence_of(doc[prev]).start != sentence_of(t).start:
        return None, i + 1
    end = i
    while end < len(doc) and doc[end].is_title and (
            (end not in covered and doc[end].pos_ == "PROPN") or doc[end].ent_type_ == "NORP"
            or end == i + 1 and _surname_tagged_a_body(doc, i, end)):
        end += 1
    if end < len(doc) and doc[end].ent_type_ == "PERSON" and is_role_word(doc[end - 1]):
        return None, end  # "Chief Cabinet Secretary Hirokazu Matsuno": one title, before the tagged name
    cand = person_candidate(doc, i, end)
    if cand is None or after_org and end - i < 2:
        return None, max(end, i + 1)  # one capitalised word after an organisation is more of its name
    org_start = prev
    while after_org and org_start > 0 and doc[org_start].ent_iob_ == "I":
        org_start -= 1  # back to the first word of the organisation's name
    cand.role = cand.role or role_before(doc, i, sentence_of(t).start) or (
        role_over(doc, org_start, prev + 1) if after_org else None)
    return cand, max(end, i + 1)


def recover_titled_names(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Names spaCy missed but a title announces: 'Rapporteur Francesca Albanese', 'leader] Sinwar'."""
    found = []
    i = 0
    while i < len(doc):
        t = doc[i]
        if i == 0 or t.i in covered or not (t.is_title and t.pos_ == "PROPN") or is_role_word(t):
            i += 1
            continue
        cand, i = _titled_name_at(doc, i, covered)
        if cand:
            found.append(cand)
    return found


def recover_described_people(doc: Doc, taken: list[Candidate]) -> list[Candidate]:
    """Names the tagger took for places, which an apposition says are a person's: 'Valeska Paris,
    an Australian woman and former Scientologist, ...' (tagged GPE 'Valeska' + GPE 'Paris')."""
    people = {i for c in taken if c.label == "PERSON" for i in range(c.start, c.end)}
    found = []
    for word in doc:
        head = word.head
        if word.dep_ != "appos" or word.lemma_.lower() not in PERSON_WORDS or head.pos_ != "PROPN" \
                or head.i > word.i or head.i in people or head.dep_ == "pobj":  # "The governor of New Mexico,
            # a possible presidential candidate, ...": the apposition is the governor's
            continue
        start = head.i
        while start > 0 and head.i - start < 3 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].whitespace_ == " ":  # the parser may hang the given name elsewhere
            start -= 1
        name = doc[start:head.i + 1]
        if len(name) >= 2 and all(t.is_title for t in name) and any(t.ent_type_ in ("GPE", "LOC") for t in name):
            found.append(Candidate(name.text, "PERSON", start, head.i + 1, phrase(doc, word)))
    return found


def called_a_body(root: Token, after: int) -> bool:
    """A name whose apposition (from token `after` on) is a body's noun: 'Healthwatch, a patients'
    watchdog', 'Public Citizen, a watchdog group', 'Entergy Louisiana, the state's largest utility'; not
    'Everett Kelley, president of the American Federation of Government Employees, the largest union of
    federal workers', where the body follows a person's office and describes the body in it)."""
    appositions = [c for c in root.children if c.dep_ == "appos" and c.i >= after]
    if appositions and appositions[0].lemma_.lower() in PERSON_WORDS:
        return False
    return any(c.lemma_.lower() in BODY_TYPE_NOUNS | ORG_HEADS | FIRM_NOUNS | {"watchdog"} for c in appositions)


def called_a_person(root: Token, after: int) -> bool:
    """A name whose apposition (from token `after` on) is a person's noun, or one of some people:
    'Leila Green Little, one of the parents who brought the suit', 'Ana Cruz, a nurse'."""
    people = PERSON_WORDS | GROUP_NOUNS - TEAM_NOUNS - ORG_HEADS - BODY_TYPE_NOUNS
    for c in root.children:
        if c.dep_ != "appos" or c.i < after or contrasted(c):
            continue
        noun = next((p for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for p in prep.children if p.dep_ == "pobj"), None) if c.lower_ == "one" else c
        if noun is not None and noun.lemma_.lower() in people and not noun.ent_type_:
            return True
    return False


def _speech_heads(verb: Token) -> list[Token]:
    """Who may be speaking: the verb's subject or inverted subject, or, for a verb joined to another
    ("Thames Water declined to comment but said ..."), the first verb's subject."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "dobj", "attr") and (c.dep_ == "nsubj" or c.i > verb.i)]
    if not any(c.dep_ == "nsubj" for c in own) and verb.dep_ == "conj":
        own += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return own


def recover_speakers(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Names the tagger missed where only a person can stand: '..., said curator Ana Ruiz.'"""
    found = []
    heads = (head for verb in doc if verb.lemma_.lower() in SPEECH_VERBS and verb.pos_ == "VERB"
             for head in _speech_heads(verb) if head.pos_ == "PROPN")
    for head in heads:
        if head.i in covered:
            continue
        left = head.i
        while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].is_title and (
                left <= doc[left - 1].head.i <= head.i  # "Human Rights Watch": "Human" hangs on "Rights"
                or doc[left - 1].head.i == left - 1 and doc[left - 1].whitespace_ == " "):  # "Maria" cut off
            left -= 1  # as a sentence of its own, the paragraph's first word under a headline
        name = doc[left: head.i + 1]
        if head.lower_ in ROLE_HEADS - ORG_HEADS:
            continue  # an office, not a name: "The Yuma County Sheriff, Leon Wilmot, said"
        if 2 <= len(name) <= 3 and all(t.is_title and t.is_alpha and t.ent_type_ == "" for t in name):
            if left > 0 and doc[left - 1].lower_ == "the":  # "The Fraternal Order of Police Lodge 7 said": no
                end = _of_name_end(doc, head.i + 1)  # person is "the" anyone; a body, named in full
                found.append(Candidate(doc[left:end].text, "ORG", left, end))
                covered.update(range(left, end))
                continue
            if called_a_body(head, head.i + 1):
                found.append(Candidate(name.text, "ORG", left, head.i + 1))  # "Public Citizen, a watchdog group,"
                covered.update(range(left, head.i + 1))
                continue
            cand = person_candidate(doc, left, head.i + 1)
            if cand is not None and cand.start > left and not any(
                    t.lower_ in ROLE_HEADS or t.lower_.rstrip(".") in HONORIFICS for t in doc[left:cand.start]):
                # "Human Rights Watch urged": a person's name drops only a title ("Senator Ann Smith"); a
                # body's name is whole
                cand = Candidate(name.text, "ORG", left, head.i + 1)
            if cand is not None:
                found.append(cand)
                covered.update(range(cand.start, cand.end))
    return found


def _of_name_end(doc: Doc, end: int) -> int:
    """Past an 'of' and the capitalised words and numbers after it: '... Order of Police Lodge 7'."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title:
        end += 1
        while end < len(doc) and (doc[end].is_title or doc[end].like_num and doc[end].is_digit):
            end += 1
    return end


def name_given(tok: Token) -> Span | None:
    """The name someone unnamed goes by: 'a user labelled “Anonymous”', 'a hacker known as
    Mafiaboy', 'a cosplayer going by the name “The Katherinator”'."""
    for acl in (c for c in tok.children if c.dep_ in ("acl", "relcl")):
        if acl.lemma_.lower() in NAMING_VERBS:
            named = next((c for c in acl.children if c.dep_ == "oprd"), None) or next(
                (p for c in acl.children if c.dep_ == "prep" and c.lower_ == "as"
                 for p in c.children if p.dep_ == "pobj"), None)
        elif acl.lemma_.lower() == "go":  # "going by the name X"
            named = next((n for c in acl.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                          for p in c.children if p.dep_ == "pobj" and p.lower_ == "name"
                          for n in p.children if n.dep_ == "appos"), None)
        else:
            named = None
        if named is not None and named.pos_ in ("PROPN", "NOUN") and named.text[:1].isupper() \
                and named.ent_type_ not in ("DATE", "TIME"):  # "called Thursday on Arabs to unite": when
            words = [t for t in named.subtree if not t.is_punct]
            return tok.doc[words[0].i:words[-1].i + 1]
    return None


def _someone(noun: Token) -> bool:
    """Whether a common noun is for someone who can act: a person, a trade, a body, a group."""
    lemma = noun.lemma_.lower()
    return (lemma in PERSON_WORDS or lemma in BODY_TYPE_NOUNS or lemma in GROUP_NOUNS
            or AGENT_SUFFIX.search(lemma) is not None and lemma not in THING_INTRODUCERS)


def recover_given_names(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Names a naming phrase gives, which the tagger missed or took for a title: 'a cosplayer going
    by the name “The Katherinator”' is a person; 'a group calling itself Anonymous' is a body."""
    found = []
    for tok in doc:
        span = name_given(tok) if tok.pos_ == "NOUN" else None
        if span is None or any(i in covered for i in range(span.start, span.end)) or not _someone(tok):
            continue  # "the team's robot, named “Better Idea”" is a thing
        body = tok.lower_ in BODY_TYPE_NOUNS or tok.tag_ == "NNS" or any(
            w.lower_ in ("itself", "themselves") for w in tok.subtree)
        role = None if body else phrase(doc, tok, tok.i + 1)  # "a cosplayer going by the name ...": a cosplayer
        found.append(Candidate(span.text, "ORG" if body else "PERSON", span.start, span.end, role))
        covered.update(range(span.start, span.end))
    return found


def recover_untagged_people(doc: Doc, covered: set[int]) -> list[Candidate]:
    """A two- or three-word name the tagger missed, subject of its sentence, that the next sentence goes
    on with as "she" or "he": "Carmen Ibarra took over her family's vineyard ... Two decades later she
    runs one of the few women-led bodegas"."""
    found = []
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" or tok.ent_type_ or tok.i in covered:
            continue
        start = tok.i
        while start > tok.i - 2 and start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
                and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
            start -= 1
        span = doc[start:tok.i + 1]
        if any(i in covered for i in range(span.start, span.end)) or any(is_role_word(t) for t in span) \
                or not called_he_or_she(span):
            continue
        found.append(Candidate(span.text, "PERSON", span.start, span.end))
        covered.update(range(span.start, span.end))
    return found


def recover_answer_labels(article: Article, doc: Doc, covered: set[int]) -> list[Candidate]:
    """'**Maya Okafor:** Less than people think.': in an interview (a label asks), a full name that
    labels a turn and does not ask is the interviewee, a person, whether or not the tagger saw one."""
    asking = askers(article)
    if not asking:
        return []
    found = []
    for block in article.blocks:
        written = full_label(block.text) if block.kind == "paragraph" else None
        if written is None or label(block.text) in asking or len(written.split()) < 2 or not (
                written.istitle() or written.isupper()):
            continue
        at = block.start + block.text.index(written)
        words, role = written.split(), None
        while len(words) > 2 and (words[0].lower() in ROLE_ABBREVIATIONS
                                  or words[0].lower().rstrip(".") in ROLE_HEADS | HONORIFICS):
            title = words.pop(0)  # "SEN. AMY KLOBUCHAR:": the title is her role, not her name
            role = role or ROLE_ABBREVIATIONS.get(title.lower()) or (title.title() if title.lower() in ROLE_HEADS else None)
            at, written = at + len(title) + 1, written[len(title) + 1:]
        span = doc.char_span(at, at + len(written))
        if span is not None and not any(t.i in covered for t in span):  # a transcript's "JOHN HEALEY:" is John Healey
            found.append(Candidate(written.title() if written.isupper() else written, "PERSON", span.start, span.end,
                                   role or _introduced_as(article, doc, block.start)))
            covered.update(range(span.start, span.end))
    return found


def _introduced_as(article: Article, doc: Doc, first_turn: int) -> str | None:
    """The office an interview's introduction gives its unnamed guest: 'The Defence Secretary spoke to Laura
    Kuenssberg on Sunday' before 'JOHN HEALEY: ...' (only an office, spoken of as the one who talks)."""
    for block in article.blocks:
        if block.start >= first_turn or block.kind not in ("subtitle", "paragraph"):
            continue
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        for tok in span if span is not None else ():
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in INTERVIEW_VERBS and (office := definite_office(tok)):
                return office  # "Defence Secretary"
    return None


# "Nadia Haddad: 'I learned more in my grandmother's kitchen'": a headline led by a full name and a
# colon before a quotation gives the words to that person.
HEADLINE_SPEAKER = re.compile(r"^([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}):\s+['‘\"“]")


def recover_headline_speaker(article: Article, doc: Doc, covered: set[int]) -> list[Candidate]:
    """The person a headline quotes by name, wherever the text writes the full name and the tagger
    missed it or split it ('Nadia' tagged a place). Not a seat of power or a party. The name swallows
    any stray name inside it."""
    title = article.title or ""
    m = HEADLINE_SPEAKER.match(title)
    if m is None or m.group(1).lower() in PARTY_NAMES | SEATS_OF_POWER or any(
            w.lower() in ORG_HEADS for w in m.group(1).split()):
        return []
    name, found = m.group(1), []
    words = name.split()
    titled = 0  # "Bishop Mark Seitz: '...'": the title is her role, not part of the name
    while len(words) - titled > 2 and words[titled].lower().rstrip(".") in ROLE_HEADS | HONORIFICS:
        titled += 1
    for hit in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", doc.text):
        span = doc.char_span(hit.start(), hit.end())
        if span is not None:
            found.append(Candidate(" ".join(words[titled:]), "PERSON", span.start + titled, span.end,
                                   " ".join(words[:titled]) or None))
            covered.update(range(span.start, span.end))
    return found
