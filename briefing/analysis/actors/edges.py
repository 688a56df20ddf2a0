"""Where a tagged name starts and ends: the tagger's spans, trimmed of articles and stances ("the",
"Pro-Beijing"), party labels before a chamber ("a Democratic Senate"), post-nominals ("KC") and scores,
and run on where it stopped short ("The Department for Culture, Media and Sport", "Food Standards
Australia New Zealand", "the Samyukt Kisan Morcha")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.actors.names import state_for
from briefing.analysis.lexicon import (
    CHAMBER_NAMES,
    HONORIFICS,
    NAME_EDGE_WORDS,
    PARTY_ADJECTIVES,
    POST_NOMINALS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STANCE_PREFIXES,
)


def listed_remit_end(doc: Doc, start: int, end: int) -> int:
    """'The Department for Culture, Media and Sport': a body 'for' or 'of' a list of things, which the
    tagger cut at the first comma. The list's words are capitalised and name nothing else ('the
    Ministry of Defence, Britain and France' stops at Defence)."""
    if not any(t.lower_ in ("for", "of") for t in doc[start + 1:end]):
        return end

    def words(k: int) -> int:
        while k < len(doc) and doc[k].is_title and doc[k].ent_type_ in ("", "ORG"):
            k += 1
        return k
    k = end
    while k + 1 < len(doc) and doc[k].text == "," and words(k + 1) > k + 1:
        k = words(k + 1)
    if k > end and k + 1 < len(doc) and doc[k].lower_ == "and" and words(k + 1) > k + 1:
        return words(k + 1)  # a list of three or more; "Massachusetts Institute of Technology and Colorado
    return end  # State University" are two bodies


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].lower_ in NAME_EDGE_WORDS or doc[start].is_punct):
        start += 1
    # "Pro-Beijing DAB", "Anti-war Coalition X": a stance glued on the front is not the name
    if end - start > 3 and doc[start].lower_ in STANCE_PREFIXES and doc[start + 1].text == "-":
        start += 3
    if end - start == 2 and doc[start].lower_ in PARTY_ADJECTIVES and doc[start + 1].lower_ in CHAMBER_NAMES:
        start += 1  # "a Democratic Senate": the chamber, with the party that holds it
    if end - start == 1 and doc[start].lower_ in HONORIFICS:
        return start, start  # "Prof Sir Stephen Powis": "Prof" tagged a body on its own is a title
    while end > start and (doc[end - 1].lower_ in NAME_EDGE_WORDS or doc[end - 1].is_currency  # "fined BT £17.5m"
                           or doc[end - 1].is_punct and doc[end - 1].text not in ".)"
                           or doc[end - 1].is_lower and doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")
                           or end - start > 2 and doc[end - 1].lower_.strip(".") in POST_NOMINALS
                           or end - start > 1 and doc[end - 1].like_num and (
                               doc[end - 1].is_lower or any(c in ".," for c in doc[end - 1].text)
                               or end < len(doc) and (doc[end].is_lower and doc[end].like_num or doc[end].is_currency))):
        end -= 1  # "Simon Lacey KC": the letters after a name are no part of it; nor "eleven" in
        # "written to Mrs Hollis eleven times", nor the sum in "fined Apple 1.8 billion euros", "LinkedIn 310 million"
    if end - start > 1 and doc[end - 1].like_num and end + 1 < len(doc) and doc[end].text in ("-", "–", "—") \
            and doc[end + 1].like_num:
        end -= 1  # "putting Sweden 1 – 0 up": a score, not part of the name
    if start >= 2 and start < end and doc[start - 2].lower_ == "the" and _untagged_name_word(doc[start - 1]) \
            and start <= doc[start - 1].head.i < end:
        start -= 1  # "the Samyukt Kisan Morcha": the tagger left the name's first word out
    return start, end


def hyphened_end(doc: Doc, start: int, end: int) -> int:
    """'Han Duck-soo': a given name's second syllable the tagger left out of the name; not 'Trump-backed
    candidate' nor 'Biden-era policies' (a word describing the next noun, not the name's own head)."""
    if end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_lower and doc[end + 1].is_alpha and doc[end + 1].tag_ in ("NNP", "NN") \
            and doc[end + 1].dep_ not in ("compound", "amod", "nmod") and doc[end - 1].head.i == end + 1:
        return end + 2
    return end


def _untagged_name_word(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.ent_type_ == "" and t.lower_ not in ROLE_HEADS \
        and t.lower_ not in HONORIFICS and t.lower_ not in ROLE_MODIFIERS


def binational_end(doc: Doc, end: int) -> int:
    """'Food Standards Australia New Zealand': a body named for one state runs on into the next
    state's name when nothing parts them; the tagger stops at the first."""
    if end < len(doc) and state_for(doc[end - 1].text) and doc[end - 1].whitespace_ == " " \
            and doc[end].ent_type_ == "GPE" and doc[end].ent_iob_ == "B":
        stop = end + 1
        while stop < len(doc) and doc[stop].ent_iob_ == "I":
            stop += 1
        if state_for(doc[end:stop].text):
            return stop
    return end
