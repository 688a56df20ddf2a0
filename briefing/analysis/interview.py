"""Interviews: a question-and-answer article's answers are the interviewee's words.

An interview published as news is laid out as labelled turns, and no speech verb cues them:

    Q: Why did you decide to run for office now?
    A: I have lived in this town for thirty years ...

or with the speakers' names as labels ("Porter: I have lived ..."). Each turn is a direct quote:
an answer in the interviewee's voice (the most prominent person the article names), a question in
the interviewer's (the byline's author, if the article has one). Named labels are credited to the
actor they name. Turns are only read as such when at least two paragraphs carry answer labels, so a
lone "A: ..." line in ordinary news is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.actors import Actor, ActorKind
from briefing.analysis.lexicon import ANSWER_LABELS, QUESTION_LABELS, TURN_LABEL
from briefing.article import Article

MIN_TURNS = 2  # answers needed before an article is read as an interview


@dataclass(frozen=True)
class Turn:
    """One labelled paragraph: whose turn (`question`, `answer` or an actor) and the words after the label."""

    who: str  # "question", "answer" or a person actor's name
    start: int
    end: int
    actor: Actor | None = None


def _label_kind(label: str, people: dict[str, Actor]) -> tuple[str, Actor | None] | None:
    low = label.lower().rstrip(".")
    if low in QUESTION_LABELS:
        return "question", None
    if low in ANSWER_LABELS:
        return "answer", None
    actor = people.get(low) or people.get(low.split()[-1])  # "Amara Obi:" for "Novelist Amara Obi"
    return (actor.name, actor) if actor is not None else None


def _people(actors: list[Actor]) -> dict[str, Actor]:
    """Each person by full name and by surname, lower-cased (the surname only when no one else has it)."""
    out: dict[str, Actor] = {}
    surnames: dict[str, list[Actor]] = {}
    for actor in actors:
        if actor.kind != ActorKind.PERSON:
            continue
        for name in (actor.name, *actor.aliases):
            out.setdefault(name.lower(), actor)
        surnames.setdefault(actor.name.split()[-1].lower(), []).append(actor)
    for surname, holders in surnames.items():
        if len(holders) == 1:
            out.setdefault(surname, holders[0])
    return out


def _label(paragraph: str) -> str | None:
    """The turn's label, by its last word: "Hannah Reyes" and "Reyes" are one interviewer."""
    m = TURN_LABEL.match(paragraph)
    return (m.group(1) or m.group(2) or "").lower().rstrip(".").split()[-1] if m is not None else None


def askers(article: Article) -> set[str]:
    """Labels whose turns are mostly questions: "Q", and the interviewer's name ("**Reyes:** Why
    start there?", "TOM FIELDING: Do you accept the blame?"). A name label is an asker only when
    at least two of its turns, and most of them, end with a question mark."""
    asked: dict[str, list[bool]] = {}
    for block in article.blocks:
        label = _label(block.text) if block.kind == "paragraph" else None
        if label is not None:
            asked.setdefault(label, []).append(block.text.rstrip(" *_").endswith("?"))
    named = {label for label, marks in asked.items() if sum(marks) >= 2 and sum(marks) * 2 > len(marks)}
    return named | (set(asked) & QUESTION_LABELS)


def is_question(paragraph: str, asking: set[str] | frozenset[str] = QUESTION_LABELS) -> bool:
    """A paragraph labelled as the interviewer's turn ("Q: Has it worked?"): it reports nothing, so a
    summary never takes it, whatever punctuation ends it ("Q: The number barely changed, though.")."""
    return _label(paragraph) in asking


def turns(article: Article, actors: list[Actor]) -> list[Turn]:
    """The labelled turns of an interview, in article order; [] for an article that is not one."""
    people = _people(actors)
    asking = askers(article)
    found: list[Turn] = []
    for block in article.blocks:
        if block.kind != "paragraph":
            continue
        m = TURN_LABEL.match(block.text)
        if m is None:
            continue
        kind = _label_kind(m.group(1) or m.group(2), people)
        if kind is None:
            continue
        if kind[0] != "question" and _label(block.text) in asking:
            kind = ("question", kind[1])  # the interviewer named by the label: her turns are the questions
        end = len(block.text.rstrip().rstrip("*_"))  # "**Q. When did you realize?**"
        if end > m.end():
            found.append(Turn(kind[0], block.start + m.end(), block.start + end, kind[1]))
    answers = sum(t.who != "question" for t in found)
    return found if answers >= MIN_TURNS else []


def interviewee(article: Article, actors: list[Actor]) -> Actor | None:
    """The most prominent person who is not the byline's author."""
    byline = (article.byline or "").lower()
    return next((a for a in actors if a.kind == ActorKind.PERSON and a.name.lower() not in byline), None)


def interviewer(article: Article) -> str:
    byline = (article.byline or "").strip(" *_")  # "*By Dana Lee*" in Markdown
    byline = re.sub(r"^(?:by|interview by|interviewed by)\s+", "", byline, flags=re.I)
    return byline or "the interviewer"
