"""A plain-text file's paragraphs: blank lines part them; inside one, hard-wrapped lines are joined,
except where the lines are an interview's turns or a list ("Residents say rats are roaming streets"
over "Union blames council ...")."""

from __future__ import annotations

import re

# A line that opens an interview's turn ("Q: Why now?", "A: Because ...") starts a paragraph even
# inside a block of lines that blank lines do not part.
_TURN_START = re.compile(r"^[ \t]*(?:Q|A|Question|Answer)[ \t]*[.:][ \t]+\S")


def split_paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs when the file has any; otherwise every line is one. Within
    a paragraph, hard-wrapped lines are joined, except that an interview's turn starts its own."""
    text = text.strip("\n")
    if re.search(r"\n[ \t]*\n", text):
        parts = [[x.strip() for x in part.split("\n") if x.strip()] for part in re.split(r"\n[ \t]*\n+", text)]
        layout = sum(_opens_with_question(lines) for lines in parts) >= 2  # an interview's questions over answers
        paragraphs = [joined for lines in parts for joined in _unwrap(lines, layout)]
    else:
        paragraphs = [line.strip() for line in text.split("\n")]
    return [p.strip() for p in paragraphs if p.strip()]


def _unwrap(lines: list[str], questions_over_answers: bool = False) -> list[str]:
    labelled = any(_TURN_START.match(line) for line in lines)  # "Q: ..." / "A: ...": the labels part the turns
    if not labelled and _opens_with_question(lines) and (questions_over_answers or _question_over_answer(lines)):
        return [lines[0], " ".join(lines[1:])]  # "What went wrong?" / "I was 24 and I thought ...": two turns
    if _listed(lines):
        return ["\n".join(lines)]  # a standfirst in bullet lines ("Residents say rats are roaming streets" /
        # "Union blames council ..."): one block, its items kept apart by their line breaks
    out: list[list[str]] = [[]]
    for line in lines:
        if _TURN_START.match(line) and out[-1]:
            out.append([])
        out[-1].append(line)
    return [" ".join(lines) for lines in out if lines]


_BULLET = re.compile(r"^[-•*–—][ \t]+\S")
MIN_LISTED = 3  # short lines, each capitalised and none closed by a stop, before they are read as a list


def _listed(lines: list[str]) -> bool:
    """Lines that are items, not one wrapped paragraph: hard-wrapped prose runs a sentence on from
    one line to the next, so some line starts small or ends with a stop. Lines that each open with a
    bullet ("- Council says it cannot afford union's pay demands") are items however they end."""
    if len(lines) >= 2 and all(_BULLET.match(line) for line in lines):
        return True
    return len(lines) >= MIN_LISTED and all(
        len(line) <= WRAP_WIDTH and line[:1].isupper() and line.rstrip()[-1:] not in ".!?:;," for line in lines)


def _opens_with_question(lines: list[str]) -> bool:
    return len(lines) >= 2 and lines[0].rstrip("*_”’\"' ").endswith("?")


def _question_over_answer(lines: list[str]) -> bool:
    """An interview printed with each question on its own line over the answer, no blank line between.
    Two such blocks make the layout plain. One alone: hard-wrapped prose breaks lines at a width, so a
    question line well short of its answer's lines, or over lines no one wraps at (longer than 100
    characters), is its own paragraph."""
    widest = max(len(x) for x in lines[1:])
    return widest > WRAP_WIDTH or len(lines[0]) < 0.6 * widest


WRAP_WIDTH = 100  # characters: no one hard-wraps prose wider
