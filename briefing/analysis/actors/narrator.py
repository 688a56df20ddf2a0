"""The narrator: the outlet telling the story, and the reporter who writes it, are no party to it.

"Wikinews observed the USI exhibit identifies ...", "Wikinews reporters attended the opening",
"The Times has learned": a publication that writes of itself observing, learning or sending its
reporters narrates; it does nothing the story is about. An outlet quoted or acted on ("told the BBC",
"Wikinews spoke with a cosplayer") is judged like anyone else.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from briefing.analysis.actors.model import ActorKind, Candidate
from briefing.analysis.lexicon import NARRATING_VERBS, REPORTER_NOUNS
from briefing.analysis.qa_layout import interviewer_first_names, interviewer_names
from briefing.article import Article

NARRATIONS = 3  # times an outlet narrates before it is taken for the story's own


def narrates(doc: Doc, c: Candidate) -> bool:
    """The subject of observing or learning, or the owner of reporters: 'Wikinews observed',
    'Wikinews reporters attended'."""
    tok = doc[c.start:c.end].root
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in NARRATING_VERBS:
        return True
    return tok.dep_ in ("compound", "poss") and tok.head.lemma_.lower() in REPORTER_NOUNS


def narrator(doc: Doc, kind: ActorKind, cands: list[Candidate]) -> str | None:
    """Three times or more, and most of what it does: an outlet cited once ('The Deseret News observed
    that the hashtag had become a phenomenon') is a source of reported speech, not the narrator."""
    starts = {c.start: c for c in cands}
    told = sum(narrates(doc, c) for c in starts.values())
    if kind == ActorKind.ORGANIZATION and told >= NARRATIONS and told * 2 >= len(starts):
        return "the outlet telling the story: 'Wikinews observed ...', 'Wikinews reporters attended ...'"
    return None


def wrote_it(article: Article, name: str, interviewers: set[str] | None = None,
             first_names: set[str] | None = None) -> bool:
    """'By Tom Mercer': the reporter who writes the story, even where the standfirst names them ('She
    spoke to Tom Mercer about the board'), tells it and is no party to it; so is the interviewer whose
    name labels the questions ('HARTLEY: Can you accept that?')."""
    byline = article.byline
    if byline and re.search(rf"\b{re.escape(name)}\b", byline) is not None:
        return True
    asking = interviewer_names(article) if interviewers is None else interviewers  # found once per article
    if " " not in name and asking and name.lower() in (
            interviewer_first_names(article) if first_names is None else first_names):
        return True  # "Good to be here, Margaret": the interviewer, addressed by first name
    return name.split()[-1].lower() in asking or " " in name and name.split()[0].lower() in asking  # "DANA:"
