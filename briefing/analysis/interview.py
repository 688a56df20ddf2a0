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
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.actors import Actor, ActorKind
from briefing.analysis.lexicon import ANSWER_LABELS, QUESTION_LABELS, TURN_LABEL
from briefing.analysis.qa_layout import (
    INTERVIEW_NOTE,
    MAX_NOTE_WORDS,
    askers,
    bold_questions,
    emphasised,
    full_label,
    host_names,
    initials,
    label,
    told_names,
)
from briefing.article import Article, Block

MIN_TURNS = 2  # answers needed before an article is read as an interview
# A paragraph that opens on someone's name as the writer speaks of them: "Kroll, a career diplomat, ...",
# "Kate Barker's new book ...", "Ruiz, 58, is in her second term."
_NARRATION = re.compile(r"^(?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+(?:['’]s\b|,\s+(?:a|an|the|\d))")


@dataclass(frozen=True)
class Turn:
    """One labelled paragraph: whose turn (`question`, `answer` or an actor) and the words after the label."""

    who: str  # "question", "answer" or a person actor's name
    start: int
    end: int
    actor: Actor | None = None
    name: str | None = None  # the interviewer's name as the label writes it ("Hannah Reyes")


def _label_kind(label: str, people: dict[str, Actor]) -> tuple[str, Actor | None] | None:
    low = label.lower().rstrip(".")
    if low in QUESTION_LABELS:
        return "question", None
    if low in ANSWER_LABELS:
        return "answer", None
    actor = people.get(low) or people.get(low.split()[-1]) or people.get(f"#{low}")  # "Amara Obi:" for
    # "Novelist Amara Obi"; "MR:" for Mariana Rojas
    return (actor.name, actor) if actor is not None else None



def _people(actors: list[Actor]) -> dict[str, Actor]:
    """Each person by full name, by surname and by given name, lower-cased (a surname or a given name
    only when no one else has it): a podcast labels its turns "RUTH:" for Mayor Ruth Okafor."""
    out: dict[str, Actor] = {}
    parts: dict[str, list[Actor]] = {}
    for actor in actors:
        if actor.kind != ActorKind.PERSON:
            continue
        for name in (actor.name, *actor.aliases):
            out.setdefault(name.lower(), actor)
        words = actor.name.lower().split()
        for part in {words[-1], words[0]}:
            parts.setdefault(part, []).append(actor)
    for part, holders in parts.items():
        if len(holders) == 1:
            out.setdefault(part, holders[0])
    by_initials: dict[str, list[Actor]] = {}
    for actor in actors:
        if actor.kind == ActorKind.PERSON and len(actor.name.split()) in (2, 3):
            by_initials.setdefault(f"#{initials(actor.name)}", []).append(actor)
    for key, holders in by_initials.items():
        if len(holders) == 1:
            out.setdefault(key, holders[0])
    return out


def turns(article: Article, actors: list[Actor]) -> list[Turn]:
    """The turns of an interview, in article order; [] for an article that is not one. Labelled
    paragraphs are turns; so, where the questions are set in bold, is each bold question and each
    plain paragraph after one (the interviewee's answer)."""
    people = _people(actors)
    asking = askers(article)
    found: list[Turn] = []
    labelled: set[int] = set()
    for block in article.blocks:
        if block.kind != "paragraph":
            continue
        m = TURN_LABEL.match(block.text)
        if m is None:
            continue
        written = m.group(1) or m.group(2)
        kind = ("question", None) if label(block.text) in asking else _label_kind(written, people)
        if kind is None:
            continue
        end = len(block.text.rstrip().rstrip("*_"))  # "**Q. When did you realize?**"
        if end > m.end():
            name = written if kind[0] == "question" and written.lower() not in QUESTION_LABELS else None
            found.append(Turn(kind[0], block.start + m.end(), block.start + end, kind[1], name))
            labelled.add(block.start)
    guest = interviewee(article, actors, found)
    found += _continued_answers(article, found, guest.name.split() if guest is not None else [])
    found += _answers_to_labels(article, found, guest.name.split() if guest is not None else [])
    found += _bold_turns(article, labelled, guest.name.split() if guest is not None else [])
    found.sort(key=lambda t: t.start)
    answers = sum(t.who != "question" for t in found)
    return found if answers >= MIN_TURNS else []


def _of_the_guest(text: str, guest: list[str]) -> bool:
    """'Landsbergis is due to meet his counterparts in Brussels on Monday.', "Daggett's union represents about
    45,000 workers": a paragraph opening on the guest's own name is the writer speaking of them, not their
    answer going on."""
    first = re.match(r"[A-Z][\w-]+", text)  # "Daggett's union represents about 45,000 workers": his, the writer's
    return first is not None and first.group() in guest


def _no_answer(block: Block, guest: list[str]) -> bool:
    """A paragraph that ends an answer: a question, a label, a bold line, "(SOUNDBITE OF MUSIC)", the writer
    speaking of the guest by name ("Lombardi's term ends next year"), an editor's note."""
    text = block.text.rstrip()
    return not text or text.rstrip("*_").endswith("?") or TURN_LABEL.match(block.text) is not None \
        or emphasised(block) or text[0] in "([" or _of_the_guest(text, guest) \
        or INTERVIEW_NOTE.search(text) is not None and len(text.split()) <= MAX_NOTE_WORDS


def _continued_answers(article: Article, labelled: list[Turn], guest: list[str]) -> list[Turn]:
    """'A. Because I was being asked to decide people's lives in twenty minutes.' and the plain paragraph
    after it ('I've had asylum seekers in front of me ...'): an answer goes on, unlabelled, until the next
    label; not a question, and not an editor's note."""
    starts = {t.start: t for t in labelled}
    out: list[Turn] = []
    answer: Turn | None = None
    for block in article.blocks:
        turn = next((t for s, t in starts.items() if block.start <= s < block.end), None)
        if turn is not None or block.kind != "paragraph":
            answer = turn if turn is not None and turn.who != "question" else None
            continue
        text = block.text.rstrip()
        if answer is None or _no_answer(block, guest) or _NARRATION.match(text):
            answer = None  # "Kroll, a career diplomat, ...": the writer's again
            continue
        out.append(Turn(answer.who, block.start, block.start + len(text), answer.actor, answer.name))
    return out


def _answers_to_labels(article: Article, labelled: list[Turn], guest: list[str]) -> list[Turn]:
    """'Q. Will your party join the protests planned for July?' / 'We will be there.': where only the questions
    carry a label, the plain paragraphs after each are the interviewee's answer, up to the next label, a
    question, an editor's note or the writer speaking of the guest by name."""
    if any(t.who != "question" for t in labelled) or len(labelled) < MIN_TURNS:
        return []
    starts = {t.start for t in labelled}
    out: list[Turn] = []
    answering = False
    for block in article.blocks:
        if any(block.start <= s < block.end for s in starts):
            answering = True
            continue
        if block.kind != "paragraph" or _no_answer(block, guest):
            answering = False
            continue
        if answering:
            out.append(Turn("answer", block.start, block.start + len(block.text.rstrip())))
    return out


def _bold_turns(article: Article, labelled: set[int], guest: list[str]) -> list[Turn]:
    """'**Who did you read when you started?**' and the plain paragraphs that answer it, up to an editor's
    note or the writer speaking of the guest by name."""
    questions = {b.start for b in bold_questions(article)}
    if not questions:
        return []
    out: list[Turn] = []
    answering = False
    for block in article.blocks:
        if block.kind != "paragraph" or block.start < min(questions):
            continue
        if block.start in labelled:
            answering = True  # "**Daniel Reyes: ... memoir?**": what follows answers it
            continue
        text = block.text.rstrip()
        if block.start in questions:
            answering = True
            lead = len(text) - len(text.lstrip("*_ "))
            out.append(Turn("question", block.start + lead, block.start + len(text.rstrip("*_ "))))
        elif INTERVIEW_NOTE.search(text) and len(text.split()) <= MAX_NOTE_WORDS or _of_the_guest(text, guest):
            answering = False  # "This interview has been edited for length and clarity.": the editor's
        elif answering and not emphasised(block):
            m = TURN_LABEL.match(text)  # "**Maya Okafor:** Less than ...", a name no actor holds
            begin = m.end() if m is not None else 0
            if len(text) > begin:
                out.append(Turn("answer", block.start + begin, block.start + len(text),
                                name=full_label(text) if m is not None else None))
    return out


def interviewee(article: Article, actors: list[Actor], found: Sequence[Turn] = ()) -> Actor | None:
    """The one person whose name labels answers ("**Maya Okafor:** Less than people think"), else the
    most prominent person who is not the byline's author."""
    labelled = {t.actor.name: t.actor for t in found if t.who not in ("question", "answer") and t.actor is not None}
    if len(labelled) == 1:
        return next(iter(labelled.values()))
    named = answer_name(found)
    if named is not None:  # "**Maya Okafor:**", a name the tagger missed: no actor, so no one else is her
        return next((a for a in actors if a.kind == ActorKind.PERSON and a.name.split()[-1] == named.split()[-1]),
                    None)
    byline = (article.byline or "").lower()
    people = [a for a in actors if a.kind == ActorKind.PERSON and a.name.lower() not in byline]
    # the introduction names the guest in full: "Maui's former fire chief, Bradford Ventura, retired in June"
    # (a one-word "person" the tagger misread may be named more often: "Lahaina")
    first = min((t.start for t in found), default=None)
    introduced = [a for a in people if " " in a.name and first is not None and any(s < first for s, _ in a.spans)]
    return next(iter(introduced or people), None)


def answer_name(found: Sequence[Turn]) -> str | None:
    """The one name the answers' labels write, when the tagger gave it no actor."""
    named = {t.name for t in found if t.who == "answer" and t.name}
    return next(iter(named)) if len(named) == 1 else None


def interviewer(article: Article, found: Sequence[Turn] = ()) -> str:
    """Who asks: the name the question labels write longest ("Hannah Reyes", then "Reyes"), else the byline's."""
    named = sorted((t.name for t in found if t.who == "question" and t.name), key=len, reverse=True)
    told = told_names(article)  # "she spoke to Fiona Harvey about ...", with "Q:" labels
    if named and (by_initials := next((n for n in told if initials(n) == named[0].lower()), None)):
        return by_initials  # "DW:" for "She spoke to Daniel Webb."
    if named:  # "HARTLEY:" or "TOM FIELDING:", as the standfirst writes it ("Politico's Sam Hartley")
        host = next((h for h in host_names(article) if h.lower().split()[-1] == named[0].lower()), None)
        if host is not None:  # "LEILA FADEL, HOST:", then "FADEL:"
            return host.title() if host.isupper() else host
        first = "" if " " in named[0] else r"[A-Z][\w'’-]+ "
        full = re.search(rf"\b{first}{re.escape(named[0].title())}\b", article.text) or (
            re.search(rf"\b{re.escape(named[0].title())} [A-Z][\w'’-]+\b", article.text) if first else None)  # "DANA:"
        return full.group() if full else named[0].title() if named[0].isupper() else named[0]  # "MARGARET BRENNAN:"
    if told:
        return told[0]
    byline = (article.byline or "").strip(" *_")  # "*By Dana Lee*" in Markdown
    byline = re.sub(r"^(?:by|interview by|interviewed by)\s+", "", byline, flags=re.I)
    return byline or "the interviewer"
