"""Who does a verb: its subject, also where the parser lost it, and whether it can speak.

"Wilkins observed that ..." cut into two sentences, '"...," its executive director, Angela Mills Wade,
said' with the speaker hung on the quotation, "the TUC said the cut would push ... and urged ministers"
with the urging joined to the wrong verb: each is repaired here, once, for quotes and pressure alike.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from briefing.analysis.lexicon import (
    AD_NOUNS,
    DOCUMENT_NOUNS,
    GERUND_TIME_PREPOSITIONS,
    GROUP_NOUNS,
    NAMING_VERBS,
    ORG_HEADS,
    PLACE_NOUNS,
    QUANTIFIERS,
    QUOTE_CLOSERS,
    ROLE_HEADS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    SUBJECT_CONTROL_VERBS,
)
from briefing.analysis.quote_marks import quoted
from briefing.analysis.sentences import sentence_of


def antecedent(rel: Token) -> Token:
    """The noun a relative pronoun ('who', 'that') stands for: the noun its clause hangs on, or, when the
    clause's verb agrees with the noun before "of" and not with the plural after it, that one: in "a coalition
    of 74 districts that has sued the state", the coalition has sued."""
    noun = rel.head.head
    singular = any(t.tag_ == "VBZ" for t in (rel.head, *(c for c in rel.head.children if c.dep_ in ("aux", "auxpass"))))
    if singular and noun.tag_ in ("NNS", "NNPS") and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.tag_ in ("NN", "NNP"):
        return noun.head.head
    return noun


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's own subject; of several before it, the nearest; but not an apposition the parser made a
    second subject: "Han Dong-hoon, the PPP leader, who had pushed Yoon to resign, said" is Han's, and "said the
    group's chair, Helen Marsh" is Marsh's."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    before = [c for c in subjects if c.i < verb.i]
    if before and before[-1].pos_ == "NOUN" and (edge := before[-1].left_edge.i) >= 2 and verb.doc[edge - 1].text == "," \
            and (name := verb.doc[edge - 2]).ent_type_ == "PERSON" and name.head == verb:
        return name  # (the parser made the name a subject or an adverb of the verb)
    after = [c for c in subjects if c.i > verb.i]
    if not before and len(after) >= 2 and after[0].pos_ == "NOUN" and after[1].ent_type_ == "PERSON" \
            and verb.doc[after[1].left_edge.i - 1].text == ",":
        return after[1]  # "said the group's chair, Helen Marsh, a former midwife": the name set beside the office
    return before[-1] if before else next(iter(subjects), None)


def subject_of(verb: Token) -> Token | None:
    # With several subjects (a misparse such as "co - founder Mark Zuckerberg tweeted"), the one
    # nearest the verb on its left is the real head.
    child = _nearest_subject(verb)
    if child is not None:
        return _written_subject(verb, child)
    controller = _controlling_object(verb)
    if controller is not None:
        return controller
    if verb.dep_ == "conj" and joins_the_reporting_verb(verb):
        return subject_of(verb.head.head)  # "the TUC said the cut would push ... and urged ministers"
    inner = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "conj" and quoted(verb.doc, verb.head.idx) and not quoted(verb.doc, verb.idx) \
            and inner is not None and quoted(verb.doc, inner.idx):
        # 'would not pay for "a war that cannot be won" and accused Brussels': a verb outside a
        # quotation whose clause has its own subject inside is not that clause's conjunct; it joins
        # the nearest verb outside ('Montalvo "walked into the station", and told the police' does)
        outside = next((a for a in verb.ancestors if a.pos_ == "VERB" and not quoted(verb.doc, a.idx)), None)
        if outside is not None:
            return subject_of(outside)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in SPEECH_VERBS:
        # "Morris said members would vote on it, adding: '...'": the one who said, not the members
        reporter = next((a for a in verb.ancestors if a.lemma_.lower() in SPEECH_VERBS and a.i < verb.i), None)
        if reporter is not None and (found := subject_of(reporter)) is not None:
            return found
    if (stray := _stray_subject(verb)) is not None:
        return stray
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.dep_ == "pcomp" \
            and verb.lemma_.lower() in SPEECH_VERBS | NAMING_VERBS:
        # "Hobbs accused the leaders of trying to "hijack" the measure, dubbing their proposal "a cynical
        # decoy"": the parser hangs the speaker's participle on the gerund; the sentence's subject speaks
        finite = next((a for a in verb.ancestors if any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
        if finite is not None:
            return subject_of(finite)
    if verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head != verb:
        # "it was prepared to impose ...": the subject of "was"
        return _shared_passive_subject(verb) or subject_of(verb.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
        quoted_one = next((c for c in verb.head.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
        if quoted_one is not None:  # "Daggett was quoted by the Journal of Commerce as saying ...": Daggett,
            return quoted_one  # not the paper; "The paper quoted him as saying ...": him
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in GERUND_TIME_PREPOSITIONS \
            and verb.lemma_.lower() not in SPEECH_VERBS \
            and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return subject_of(verb.head.head)  # "were arrested after chaining themselves to the gates": the arrested
    return _cut_off_subject(verb) or _stranded_speaker(verb) or _subject_past_its_clause(verb) \
        or _subject_of_a_noun_read_as_clause(verb) or _root_noun_read_as_subject(verb)


def _shared_passive_subject(verb: Token) -> Token | None:
    """'he was disappointed by the ruling and called on the Legislature': an active verb joined to a
    passive one shares its grammatical subject (he calls), not the passive's agent (the ruling)."""
    if verb.dep_ != "conj" or verb.tag_ == "VBN" or verb.head.i > verb.i:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def _stray_subject(verb: Token) -> Token | None:
    """'protests spread to several cities and police fired tear gas': the parser joins 'police' to the
    cities and 'fired' to 'spread'; a finite verb right after a noun that ends a list ('and police') has
    that noun for its subject. So has a finite verb the parser hung on a named subject: "Alderman Anthony
    Napolitano, a former police officer, called on the mayor to ...", or whose subject's name it read as an
    auxiliary."""
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ in ("nsubj", "nsubjpass") \
            and verb.head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return verb.head
    named = next((c for c in verb.children if c.dep_ == "aux" and c.ent_type_ == "PERSON"), None)
    if named is not None:  # "House Minority Leader Hakeem Jeffries, who spoke ..., called it": the parser made the
        return next((e[-1] for e in verb.doc.ents if e.start <= named.i < e.end), named)  # name an auxiliary
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i \
            and verb.doc[noun.i - 1].lower_ in ("and", "but", "while"):
        return noun
    return None


def _root_noun_read_as_subject(verb: Token) -> Token | None:
    """'A coalition of charities called on the government to ...': the parser may root the sentence on
    its subject and hang the main verb on it (or on its 'of' phrase) as a participle. With no agent
    ('a list published by the students'), that noun is the subject."""
    root = verb.sent.root
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i:
        return None
    if any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return None  # "Hospital trust accused of 'cashing in on the sick'": a headline's passive, the accused
    head = verb.head
    on_root = head.i == root.i or head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == root.i
    # "Thousands of Indian farmers on tractors set off for the capital": an active verb on the last noun of
    # the root's phrase
    active = verb.tag_ == "VBD" or any(c.dep_ in ("dobj", "prt") for c in verb.children)  # not "killed in the floods"
    in_phrase = active and head.dep_ == "pobj" and head.head.head.i in {root.i, *(
        p.i for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")}
    return root if on_root or in_phrase else None


def _subject_of_a_noun_read_as_clause(verb: Token) -> Token | None:
    """'Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of the committee, said ...': the parser
    may read the apposition as a clause of its own ('co' a verb, the names its subject) and leave the
    main verb with none. A clause headed by a noun, set off by a comma before the verb, gives its subject."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i < verb.i and clause.tag_ in ("NN", "NNS", "NNP", "NNPS"):
            named = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
            if named is not None:
                return named
    return None


def _subject_past_its_clause(verb: Token) -> Token | None:
    """'Donald Trump, who remains the most influential voice in the party, posted ...', 'The party's
    co-leader, Alice Weidel, called on Scholz to resign': after a name's relative clause or a name in
    apposition, set off by commas, the parser may hang the main verb on the name as a participle.
    The name is its subject."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ != "PROPN" or head.i > verb.i or verb.doc[verb.i - 1].text != ",":
        return None
    clause = any(c.dep_ == "relcl" and c.i < verb.i and any(w.lower_ in ("who", "which") for w in c.children)
                 for c in head.children)
    named = head.dep_ == "appos" and head.head.i < head.i  # "The party's co-leader, Alice Weidel, called on ..."
    return head if clause or named else None


def _written_subject(verb: Token, child: Token) -> Token:
    """The subject as written: the one a number names ("One of them, Kelly Mercer, a nurse from
    Orlando, said ..."), the agent of a passive, else the word itself."""
    if child.pos_ in ("NUM", "DET", "PRON", "ADJ"):
        named = next((c for c in child.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            return named
    if child.dep_ == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if pobj is not None:
            return pobj
    return child


def _controlling_object(verb: Token) -> Token | None:
    """The object that does a subjectless verb: "condemned China for launching drills" (the one
    condemned did it; "accused X of" alleges, and the allegation is no act), "took players to
    investigate" (object control)."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.head.pos_ == "VERB":
        obj = next((c for c in verb.head.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None:
            return obj
    if verb.dep_ == "xcomp" and verb.head != verb:
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and verb.head.lemma_.lower() not in SUBJECT_CONTROL_VERBS:
            return obj
    return None


def joins_the_reporting_verb(verb: Token) -> bool:
    """'The TUC said the cut would push thousands into poverty and urged ministers to reverse it':
    the parser joins 'urged' to 'push', but a past tense cannot share 'would'; it is the TUC that
    urged, the second act of the verb that reports."""
    head = verb.head
    present = ("VBP", "VBZ", "VB")  # "Opposition parties say the investigation has been too slow and want ..."
    if head.dep_ != "ccomp" or not (verb.tag_ == head.head.tag_ == "VBD" or verb.tag_ in present
                                    and head.head.tag_ in present and not any(c.dep_ == "aux" for c in verb.children)):
        return False  # (not "says the issue is complicated and will take time": what will take time is the issue)
    if not any(c.dep_ == "cc" for c in head.children if c.i < verb.i):
        return False  # "told MPs that the goal, last met in 2016, was unachievable": no "and", no second act
    if head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return True
    # "said the officers had followed procedure and warned against ...": a simple past cannot share "had"
    if head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in head.children) \
            and verb.lemma_.lower() in SPEECH_VERBS:
        return True
    # 'said Republicans had "a pattern ..." when ..., and called on Johnson to ...': a comma before "and"
    # ends the reported clause (as reported.py ends it), and a second word act is the reporter's
    cc = next((c for c in head.children if c.dep_ == "cc" and c.i < verb.i), None)
    if cc is not None and verb.doc[cc.i - 1].text == "," and verb.lemma_.lower() in SPEECH_VERBS \
            and head.head.lemma_.lower() in SPEECH_VERBS:
        return True
    # "The party said the change came too late and called on Boric to ...": a change calls on no one
    shared = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    reporter = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return (head.head.lemma_.lower() in SPEECH_VERBS and shared is not None and reporter is not None
            and not can_speak(shared) and can_speak(reporter))


def _cut_off_subject(verb: Token) -> Token | None:
    """'Wilkins observed that ...' parsed as two sentences, 'Wilkins' and 'observed that ...': a verb
    that opens its sentence with no subject takes the name the parser cut off just before it."""
    if verb.dep_ != "ROOT" or verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "ROOT" and before.head.dep_ != "ROOT" or before.pos_ not in ("PROPN", "NOUN") \
            or not before.whitespace_ or "\n" in before.whitespace_:
        return None
    root = before if before.dep_ == "ROOT" else before.head
    return root if root.pos_ in ("PROPN", "NOUN") and root.i == verb.i - 1 else None


CUE_TOKENS = 12  # a speaker's phrase between a closing quotation mark and its verb, at most


def _stranded_speaker(verb: Token) -> Token | None:
    """'"The Commission must now act," its executive director, Angela Mills Wade, said': the parser
    hung the speaker on the quoted clause and left the speech verb with no subject. The speaker is
    the noun just before the verb, after the closing quotation mark."""
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc, j = verb.doc, verb.i - 1
    while j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 1 or doc[j].pos_ not in ("PROPN", "NOUN") or quoted(doc, doc[j].idx):
        return None
    start = sentence_of(verb).start
    closing = next((k for k in range(j - 1, start - 1, -1) if doc[k].is_quote or doc[k].text in QUOTE_CLOSERS), None)
    return doc[j] if closing is not None and j - closing <= CUE_TOKENS else None


_AGE = re.compile(r"\d+-year-old")


def epithet(tok: Token) -> bool:
    """'The 67-year-old said ...', 'The former lord chancellor warned ...': a description standing in
    for someone the story has just named, by age or by an office once held."""
    if tok.tag_ in ("NNS", "NNPS") or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    aged = tok.lower_ == "old" and any(c.lower_ == "year" and any(n.dep_ == "nummod" for n in c.children)
                                       for c in tok.children) or _AGE.fullmatch(tok.text) is not None
    former = tok.lemma_.lower() in ROLE_HEADS and any(c.dep_ == "amod" and c.lower_ == "former" for c in tok.children)
    return aged or former


def can_speak(tok: Token) -> bool:
    """Whether a subject can be someone speaking: a name, a pronoun, a person, a body or a document
    ('the statement said'), not 'the section of the site' or 'Writing'."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or epithet(tok):
        return True
    if tok.pos_ != "NOUN":
        return False
    lemma, low = tok.lemma_.lower(), tok.lower_
    quantified = any(c.lower_ in QUANTIFIERS for c in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ in QUANTIFIERS)  # the parser may cut "Most" off as a sentence
    if tok.tag_ == "NNS" and lemma in PLACE_NOUNS and quantified:
        return False  # "Most regions said ...": places in general speak for no one
    if lemma in AD_NOUNS and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("from", "by") for c in tok.children):
        return True  # "A new spot from the Senate Leadership Fund ... says": the one who paid for it speaks
    return any(w in vocab for w in (lemma, low) for vocab in (
        SPEAKER_NOUNS, DOCUMENT_NOUNS, GROUP_NOUNS, ORG_HEADS, ROLE_HEADS)) or any(
        c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for c in tok.children if c.dep_ in ("compound", "amod", "poss")) or any(
        c.dep_ == "appos" and can_speak(c) for c in tok.children)  # "Junts, Puigdemont's party, said:" (read as a noun)


def subject_set_off(subj: Token, verb: Token) -> Token | None:
    """'In a letter to the airline's chief executive, Michael O'Leary, the regulator said': the name set off
    by commas belongs to the phrase before it; the noun right before the verb, which the parser made the
    name's apposition, is who speaks."""
    doc = subj.doc
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.right_edge.i + 1 == verb.i), None)
    if appos is None or subj.i == 0 or doc[subj.left_edge.i - 1].text != "," or subj.ent_type_ != "PERSON":
        return None
    return appos if appos.pos_ == "NOUN" and any(c.lower_ == "the" for c in appos.children) else None


def _name_joined_before(verb: Token) -> Token | None:
    """'In a veto letter sent to lawmakers, Whitfield, a Democrat, wrote that ...': the parser joined the name
    to the phrase before it ("lawmakers, Whitfield") and left the verb with no subject; the name just before
    the verb, or before its apposition, speaks."""
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    doc, j = verb.doc, verb.i - 1
    if doc[j].text == ",":
        node = doc[j - 1]
        while node.dep_ != "appos" and node.head.i != node.i and node.head.right_edge.i == j - 1:
            node = node.head
        name = node.head if node.dep_ == "appos" and node.right_edge.i == j - 1 else None
    else:
        name = doc[j]
    if name is None or name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.dep_ not in ("conj", "pobj", "appos"):
        return None
    return name


def speaker_of(verb: Token) -> Token | None:
    """The subject of a speech verb, also when inverted after a quote: '"...", added KCNA.'"""
    subj = subject_of(verb)
    if subj is not None and (lost := subject_set_off(subj, verb)) is not None:
        return lost
    if subj is not None or verb.i == 0:
        return subj
    if (lost := _name_joined_before(verb)) is not None:
        return lost
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i == verb.i - 1 \
            and can_speak(verb.head):
        return verb.head  # "an ad which features a Michigan autoworker saying the tariffs ...": the autoworker
    before = verb.doc[verb.i - 1]
    if before.text not in (",", "\"", "”", "’", "'", "»") and not before.is_quote:
        return None
    head = verb.head  # '", added Reuters.' parsed as an adjective on Reuters
    if verb.dep_ in ("amod", "compound") and 0 < head.i - verb.i <= 3 and head.pos_ in ("PROPN", "NOUN"):
        return head
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "dep") and child.i - verb.i <= 4 and (
                child.pos_ in ("PROPN", "NOUN") or child.ent_type_):
            return child
    name = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    # '"...," said Mark van den Oever, the group's leader': a name with particles the parser broke up
    return name if name is not None and name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else None
