"""Reported speech: the clause a report verb or "according to" introduces, and who reports it.

"Israel did not present a final proposal, Axios reported", "The TUC said the cut would push thousands
into poverty", "According to a spokesperson for Sen. Joe Manchin, the West Virginia Democrat has not
decided". The parse gives the clause; the repairs here undo what it gets wrong (a lost "that"
clause, a subject hung on the source's name, a second act of the reporting verb joined to the
reported one).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from briefing.analysis.lexicon import DOCUMENT_NOUNS, HEARER_VERBS, REPORT_VERBS, SPEECH_VERBS, UNSAID_UNDER
from briefing.analysis.sentences import sentence_of
from briefing.analysis.subjects import can_speak, joins_the_reporting_verb, subject_of, subject_set_off


def rest_of_sentence(doc: Doc, begin: int) -> Span:
    """From token `begin` to its sentence's end, without the punctuation at either edge."""
    if begin >= len(doc):
        return doc[len(doc):]
    sent = sentence_of(doc[begin])
    while begin < sent.end - 1 and doc[begin].is_punct:
        begin += 1
    return doc[begin:sent.end - 1 if doc[sent.end - 1].is_punct else sent.end]


def report_clause(doc: Doc, tok: Token) -> tuple[Span, Token | None] | None:
    """'X said that ...': the reported clause; 'Israel did not present ..., Axios reported': the
    clause the report verb hangs from. Nothing where the report is only asked for or refused:
    'senators pressed him to explain how he would account for ...'."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in UNSAID_UNDER:
        return None
    # "said at a vigil attended by several hundred people": a participle with no subject describes
    # the vigil; nothing was said there
    comps = [c for c in tok.children if c.dep_ == "ccomp" and not (c.tag_ == "VBN" and not any(
        d.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for d in c.children))]
    # "declared him the winner", "named her the new chair": a name given, not a clause (no verb in it)
    comps = [c for c in comps if not (c.pos_ == "NOUN" and not any(d.pos_ in ("VERB", "AUX") for d in c.subtree))]
    # "reported the matter to the police and the Charity Commission opened an inquiry": a verb that
    # reported a thing reports no clause with no subject of its own (the parser lost "and")
    if any(c.dep_ == "dobj" for c in tok.children):
        comps = [c for c in comps if any(d.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") or d.dep_ == "mark"
                                         and d.lower_ == "that" for d in c.children)]
    # "said in a statement that management had offered ...": the parser hangs the clause on "statement"
    comps = comps or [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
                      for d in p.children if d.dep_ == "pobj" and d.lemma_.lower() in DOCUMENT_NOUNS
                      for a in d.children if a.dep_ in ("acl", "relcl")
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)]
    comp = next((c for c in comps if c.i > tok.i), comps[0] if comps else None)
    if comp is not None:
        return _clause_reported(doc, tok, comp)
    marks = (",", "—", "–", "-")
    set_off = tok.left_edge.text in marks or tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text in marks
    if tok.dep_ in ("parataxis", "ccomp") and tok.head.i < tok.i and subject_of(tok) is not None and set_off \
            and tok.head.lemma_.lower() not in REPORT_VERBS:  # "said staff had warned managers": said's, not warned's;
        # "emails showed she was warned by officials that ...": what showed is not what was warned
        return doc[tok.head.left_edge.i: tok.left_edge.i], subject_of(tok)
    if set_off and (around := _set_into(doc, tok)) is not None:
        return around, subject_of(tok)
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark" and subject_of(tok) is not None:
        rest = rest_of_sentence(doc, nxt.i + 1)  # "Wilkins observed that the date ... coincided": the
        if len(rest) > 2:  # parser lost the clause
            return rest, subject_of(tok)
    if tok.dep_ == "advcl" and tok.head.i > tok.i and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return rest_of_sentence(doc, tok.right_edge.i + 1), subject_of(tok)  # "As Heald told The Post, ..."
    return None



def _clause_reported(doc: Doc, tok: Token, comp: Token) -> tuple[Span, Token | None]:
    """The words of the clause `comp` that `tok` reports, trimmed of what is no part of it."""
    left = comp.left_edge.i
    if left < tok.i < comp.i:  # "a shake-up that analysts said signalled continuity": the relative
        left = tok.i + 1  # pronoun before the verb is no part of what was said
    while left < comp.i and doc[left].dep_ in ("mark", "punct"):
        left += 1
    right = comp.right_edge.i + 1
    while right < len(doc) and not doc[right - 1].whitespace_ and doc[right].head.i == tok.i \
            and doc[right].dep_ == "ccomp":  # "he would co-operate": one word the parser split into clauses
        right = doc[right].right_edge.i + 1
    joined = [c.left_edge.i for c in comp.children if c.dep_ == "conj" and joins_the_reporting_verb(c)]
    # "..., adding: '...'": what the reporter adds is not the clause reported
    joined += [c.left_edge.i for c in comp.children if c.dep_ == "advcl" and c.tag_ == "VBG"
               and c.lemma_.lower() in SPEECH_VERBS and c.i > comp.i]
    if joined:  # "... would push thousands into poverty and urged ministers": the urging is not reported
        right = min(joined)
        while right > left + 1 and doc[right - 1].dep_ in ("cc", "punct"):
            right -= 1
    if tok.dep_ == "relcl":  # "The Conservatives, who have said they will oppose the bill, accused Labour":
        right = next((t.i for t in doc[left + 1:right - 1] if t.text == "," and doc[t.i + 1].tag_ == "VBD"
                      and subject_of(doc[t.i + 1]) is None), right)  # the main verb, which the parser lost
    while right > left + 1 and (doc[right - 1].dep_ == "cc" or doc[right - 1].text in (",", ";")):
        right -= 1  # 'said her sacking would "alienate" voters, and the group demanded ...': not ", and"
    subj = subject_of(tok)
    return doc[left: right], (subject_set_off(subj, tok) if subj is not None else None) or subj


def _set_into(doc: Doc, tok: Token) -> Span | None:
    """'High rates, she argued, were driving up rents': the clause a cue is set into between commas, around it."""
    after = tok.right_edge.i + 1
    closed = doc[tok.right_edge.i].text == "," or after < len(doc) and doc[after].text == ","
    if tok.dep_ != "parataxis" or tok.head.i < tok.i or subject_of(tok) is None or not closed \
            or tok.head.left_edge.i >= tok.left_edge.i:
        return None
    right = tok.head.right_edge.i + 1
    while right > after and doc[right - 1].is_punct:
        right -= 1
    return doc[tok.head.left_edge.i: right]


def according_clause(doc: Doc, tok: Token) -> tuple[Span, Token | None] | None:
    """'According to Axios, ...' or '..., according to the Associated Press': the rest of the sentence."""
    pobjs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
    # "according to curator Elaine Gustafon", parsed as two objects: the name, not the trade
    pobj = next((c for c in pobjs if c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")), pobjs[0] if pobjs else None)
    if pobj is None:
        return None
    sent = sentence_of(tok)
    if tok.i > sent.start + 2:
        return doc[sent.start: tok.i], pobj
    begin = doc[tok.i + 1].right_edge.i + 1
    root = sent.root
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        # "According to a spokesperson for Sen. Joe Manchin, the West Virginia Democrat has not
        # decided": the parser hung the clause's subject on the name as its apposition
        appos = [t for t in doc[tok.i + 1].subtree if t.dep_ == "appos" and doc[t.left_edge.i - 1].text == ","]
        if appos and appos[-1].right_edge.i + 1 == begin and appos[-1].i < root.i:
            begin = appos[-1].left_edge.i
    while begin < sent.end and doc[begin].is_punct:
        begin += 1
    if begin < sent.end and doc[begin].tag_ == "VBG":  # ", quoting KCNA, ..."
        comma = next((t.i for t in doc[begin: sent.end] if t.text == ","), None)
        begin = comma + 1 if comma is not None else begin
    return doc[begin: sent.end], pobj


def reported_clause(doc: Doc, tok: Token, according: bool, named: Callable[[Token], bool] = lambda t: False
              ) -> tuple[Span, Token] | None:
    """The clause of reported speech a verb introduces, and who reports it."""
    found = None
    if any(c.dep_ == "neg" for c in tok.children) or any(
            m.dep_ == "mark" and m.lower_ in ("whether", "if") for c in tok.children if c.dep_ == "ccomp"
            for m in c.children):
        return None  # "has not said whether he will bring the bill to the floor": nothing reported
    if tok.lemma_.lower() in REPORT_VERBS | {"demand", "urge"}:
        found = report_clause(doc, tok)
    elif according:
        found = according_clause(doc, tok)
    if found is None or found[1] is None or len(found[0]) < 3 or not (can_speak(found[1]) or named(found[1])):
        return None  # `named`: an actor's name the tagger took for a common noun ("Wilkins" as NNS)
    clause, subj = found
    told = tok.lemma_.lower() in HEARER_VERBS and not any(c.dep_ in ("dobj", "dative", "iobj") for c in tok.children)
    if subj.dep_ == "nsubjpass" and (told or tok.tag_ == "VBN") and not any(c.dep_ == "agent" for c in tok.children):
        return None  # "I was told that ...", "... hauled in and told that ...": the one told is not the one telling
    return clause, subj
