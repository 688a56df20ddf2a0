"""The extent of a noun phrase and its parts, read off the parse: where "the secretary general of
CEI" begins and ends, what a preposition on it names, and the whole a quantity is part of.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefing.analysis.lexicon import ORG_HEADS, PAST_HOLDER_MARKS, QUANTIFIERS, SHARE_NOUNS


def noun_phrase(doc: Doc, tok: Token) -> Span:
    """The noun phrase a subject token heads, without relative clauses or appositions."""
    left = tok.i
    for child in reversed(list(tok.lefts)):  # nearest first; a comma or quote mark ends the phrase
        clause = child.pos_ == "VERB" and child.dep_ not in ("amod", "compound")  # but "running mate" is one noun
        if child.dep_ in ("punct", "cc", "preconj") or clause:
            if child.text in (",", ";", ":") or child.is_quote or clause:
                break
            continue
        if any(t.text in (",", ";") or t.is_quote for t in doc[child.right_edge.i + 1: left]):
            break
        if any(t.text in ("-", "–", "—") and t.whitespace_ for t in doc[child.i + 1: left]):
            break  # "ABUJA, July 30 (Reuters) - West African leaders": a dateline is no part of the phrase
        if child.dep_ == "nmod" and tok.tag_ == "NNS" and child.tag_ == "NN" and any(
                d.lower_ in ("a", "an") and d.i < child.i for d in (*child.children, *tok.children) if d.dep_ == "det"):
            break  # "layoffs ..., a move federal employee unions have challenged": "a move" is no part of "unions"
        left = min(left, child.left_edge.i)
    # "Facebook co-founder Mark Zuckerberg": the parser often cuts the phrase at a hyphen.
    while left >= 2 and doc[left - 1].text in ("-", "‐") and not doc[left - 1].whitespace_ \
            and not doc[left - 2].whitespace_ and doc[left - 2].is_alpha:
        left = doc[left - 2].left_edge.i if doc[left - 2].left_edge.i < left - 2 else left - 2
    right = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":  # "The head of the Keidanren business lobby, Masakazu
            child_end = next((t.i - 1 for t in child.subtree if t.text == "," and t.i + 1 < len(doc)
                              and doc[t.i + 1].ent_type_ == "PERSON"), child.right_edge.i)  # Tokura,"
            if child_end - tok.i < 8:
                right = max(right, child_end + 1)
                continue
        named = child.dep_ == "prep" and tok.ent_type_ == "ORG" and tok.lower_ in ORG_HEADS and all(  # "the Independent Office for Police Conduct"
            t.ent_iob_ == "I" and t.ent_type_ == tok.ent_type_ for t in child.subtree)
        if child.dep_ in ("compound", "flat", "nummod") or (child.dep_ == "prep" and child.lower_ == "of"
                                                            and child.right_edge.i - tok.i < 8) or child.dep_ == "conj" and child.right_edge.i - tok.i < 12 or named:
            right = max(right, child.right_edge.i + 1)
    while right - 1 > tok.i and doc[right - 1].text in (",", ";", ":"):
        right -= 1  # "Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs ...": the list's comma is not its
    opened = next((t.i for t in doc[left:right] if t.text == "("), None)
    if opened is not None and not any(t.text == ")" for t in doc[opened:right]):
        right = opened  # "The Economic Community of West African States (ECOWAS": no unbalanced bracket
    return doc[left:right]


def hyphened_start(doc: Doc, i: int, floor: int = 2) -> int:
    """Where the word at `i` starts once the pieces hyphened onto it are counted: 'Pro-democracy', 'the
    Labour-run council' (the parser splits them into words and hyphens)."""
    while i >= floor and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return i


def objects_of(tok: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of these prepositions on the word: 'a spokesperson for Water UK' -> Water UK."""
    return [pobj for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in prepositions
            for pobj in prep.children if pobj.dep_ == "pobj"]


def partitive(tok: Token) -> Token | None:
    """'Several of Nimbus's largest customers', 'two of the protesters', '39 percent of respondents': the whole
    they are part of."""
    if tok.lower_ not in QUANTIFIERS | SHARE_NOUNS | {"one"} and not tok.like_num:
        return None
    return next(iter(objects_of(tok, ("of",))), None)


def before_clause(tok: Token) -> int:
    """Where a phrase ends before any clause on it: 'Josh Shapiro, who introduced Harris' ends at Shapiro."""
    clause = [c.left_edge.i for c in tok.children if c.dep_ in ("relcl", "acl") and c.i > tok.i]
    last = tok.doc[min(clause) - 1] if clause else tok.right_edge
    while last.i > tok.i and last.is_punct:
        last = tok.doc[last.i - 1]
    return last.idx + len(last)


def former_holder(tok: Token) -> bool:
    """'a former White House adviser', 'an ex-minister': an office no longer held, whose holder speaks
    for no body."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in PAST_HOLDER_MARKS for c in tok.children)
