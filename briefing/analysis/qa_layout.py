"""How a question-and-answer interview is laid out on the page, read from the text alone (no actors,
so the actor stages can ask it too): which paragraphs are labelled turns, which labels ask, and which
paragraphs are questions set in bold.

Interviews published as news mark their turns in one of two ways:

    Q: Why did you decide to run for office now?          HARTLEY: Can you accept that?
    A: I have lived in this town for thirty years ...      RUIZ: No. SNAP feeds 41 million Americans.

or with the questions in bold and the answers plain, the first pair sometimes labelled:

    **Who did you read when you started?**
    Achebe, of course. Things Fall Apart was on every shelf in our house.
"""

from __future__ import annotations

import re

from briefing.analysis.lexicon import HOST_LINE, QUESTION_LABELS, TURN_LABEL
from briefing.article import Article, Block

EMPHASIS = ("**", "__")
MIN_BOLD_QUESTIONS = 2  # bold paragraphs ending with "?" before bold is read as the questions' type
MIN_BARE_QUESTIONS = 3  # question paragraphs, with no bold, before they are read as an interviewer's
MAX_QUESTION_WORDS = 60
# A question someone is quoted asking ('"Why now?" she asked.'), not the interviewer's; a title quoted in
# a question ('How much of "Past Lives" is autobiography?') leaves it the interviewer's.
QUOTED_QUESTION = re.compile(r"\?\s*[\"”]|^\s*[\"“][^\"”]*\?")
ADDRESSED = re.compile(r"\b(?:you|your)\b", re.I)
# A challenge put as others' view, which the interviewee then answers: "The companies say the changes are
# needed to modernise the railway.", "Critics argue the plan is fantasy."
OTHERS_SAY = re.compile(r"^(?:(?:The|Some|Many|Your)\s+)?[A-Za-z’'-]+(?:\s+[A-Za-z’'-]+)?\s+"
                        r"(?:say|says|argue|argues|claim|claims|insist|insists|believe|believes)\b")
MAX_NOTE_WORDS = 25  # an editor's note on the interview is one short line
MAX_PROMPT_WORDS = 30
FIRST_PERSON_OPENING = re.compile(r"(?:I|We|My|Our|Me|Us)\b")
SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[\"“]?[A-Z]")


def label(paragraph: str) -> str | None:
    """The turn's label, by its last word: "Hannah Reyes" and "Reyes" are one interviewer."""
    m = TURN_LABEL.match(paragraph)
    return (m.group(1) or m.group(2) or "").lower().rstrip(".").split()[-1] if m is not None else None


def initials(name: str) -> str:
    """'Mariana Rojas' -> 'mr': the letters a magazine labels her answers with ("MR: If the people want me to.")."""
    return "".join(w[0] for w in name.split() if w[:1].isalpha()).lower()


def full_label(paragraph: str) -> str | None:
    """The label as written: "Hannah Reyes" in "**Hannah Reyes: The novel opens ...**"."""
    m = TURN_LABEL.match(paragraph)
    return (m.group(1) or m.group(2)) if m is not None else None


def emphasised(block: Block) -> bool:
    """A paragraph set wholly in bold: '**Who did you read when you started?**', or a saved page's
    '<p><strong>Who did you read?</strong></p>'."""
    text = block.text.strip()
    return block.emphasised or len(text) > 4 and text.startswith(EMPHASIS) and text.endswith(EMPHASIS)


def _asks(paragraph: str) -> bool:
    return paragraph.strip().rstrip("*_ ").endswith("?")


def bold_questions(article: Article) -> list[Block]:
    """In an interview that sets its questions in bold, every wholly bold paragraph from the first
    question on (a bold one without a "?" is the interviewer's too: '**Critics say the plan is
    fantasy.**'); [] unless at least two bold paragraphs end with a question mark. A copy that lost
    its bold still shows its questions: paragraphs that are one question put to "you", each answered
    by the next ('Who did you read when you started?' / 'Achebe, of course.')."""
    bold = [b for b in article.blocks if b.kind == "paragraph" and emphasised(b)]
    if sum(_asks(b.text) for b in bold) >= MIN_BOLD_QUESTIONS:
        first = next(i for i, b in enumerate(bold) if _asks(b.text))
        return bold[first:]
    return _bare_questions(article)


def _bare_questions(article: Article) -> list[Block]:
    body = [b for b in article.blocks if b.kind == "paragraph"]
    asked = [b for i, b in enumerate(body) if _asks(b.text) and len(b.text.split()) <= MAX_QUESTION_WORDS
             and not QUOTED_QUESTION.search(b.text) and label(b.text) is None
             and i + 1 < len(body) and not _asks(body[i + 1].text)]
    to_you = sum(bool(ADDRESSED.search(b.text)) for b in asked)
    # an introduction that says it is an interview ("This interview has been condensed and edited", "He
    # spoke with The Star-Advertiser") needs no question put to "you": "Why was there no water in the hydrants?"
    intro = [b.text for b in body if asked and b.start < asked[0].start]
    said_so = any(INTERVIEW_NOTE.search(t) or TOLD_NAME.search(t) for t in intro)
    if len(asked) < MIN_BARE_QUESTIONS or not (to_you >= MIN_BOLD_QUESTIONS or said_so):
        return []
    # a prompt put as a statement between two answers: "Some Catholics in your diocese say the church
    # should stay out of politics."
    prompts = [b for i, b in enumerate(body) if b.start > asked[0].start and 0 < i < len(body) - 1
               and _prompts(b.text) and not _asks(body[i - 1].text) and not _asks(body[i + 1].text)]
    return sorted(asked + prompts, key=lambda b: b.start)


def _prompts(paragraph: str) -> bool:
    """One short sentence put to "you" or giving others' view ("The companies say the changes are
    needed"), not the speaker's own ("I tell people: you can ...")."""
    text = paragraph.strip()
    return (not _asks(text) and len(text.split()) <= MAX_PROMPT_WORDS
            and (ADDRESSED.search(text) is not None or OTHERS_SAY.match(text) is not None)
            and FIRST_PERSON_OPENING.match(text) is None and SENTENCE_BREAK.search(text) is None
            and label(text) is None and not QUOTED_QUESTION.search(text))


def askers(article: Article) -> set[str]:
    """Labels whose turns are mostly questions: "Q", and the interviewer's name ("**Reyes:** Why
    start there?", "TOM FIELDING: Do you accept the blame?"). A name label is an asker when at least
    two of its turns, and most of them, end with a question mark, when it opens a bold question, or
    when a transcript names it its host ("LEILA FADEL, HOST:", then "FADEL: ...")."""
    asked: dict[str, list[bool]] = {}
    for block in article.blocks:
        found = label(block.text) if block.kind == "paragraph" else None
        if found is not None:
            asked.setdefault(found, []).append(_asks(block.text))
    named = {name for name, marks in asked.items() if sum(marks) >= 2 and sum(marks) * 2 > len(marks)}
    pair = sorted((sum(marks), name) for name, marks in asked.items() if len(marks) >= 2 and name not in QUESTION_LABELS)
    if not named and len(pair) == 2 and pair[1][0] >= 2 and pair[1][0] > pair[0][0]:
        named = {pair[1][1]}  # two people taking turns: the one who asks more asks ("LIU: ... You lobbied against that.")
    in_bold = {found for b in bold_questions(article) if (found := label(b.text)) is not None}
    hosts = {name.lower().split()[-1] for name in host_names(article)}
    return named | in_bold | (set(asked) & QUESTION_LABELS) | (hosts & set(asked))


def host_names(article: Article) -> list[str]:
    """The hosts a broadcast transcript names in full: "LEILA FADEL, HOST:"."""
    return [m.group(1) for b in article.blocks if b.kind == "paragraph" and (m := HOST_LINE.match(b.text))]


def is_question(paragraph: str, asking: set[str] | frozenset[str] = QUESTION_LABELS) -> bool:
    """A paragraph labelled as the interviewer's turn ("Q: Has it worked?"): it reports nothing, so a
    summary never takes it, whatever punctuation ends it ("Q: The number barely changed, though.")."""
    return label(paragraph) in asking


def interviewer_names(article: Article) -> set[str]:
    """The interviewer's names as the labels write them ("hartley" for "HARTLEY:", "reyes" for
    "**Daniel Reyes: ...?**"), lower-cased last words; "Q" and its like are no one's name."""
    asking = askers(article)
    if not asking and not bold_questions(article):
        return set()
    told = {name.split()[-1].lower() for name in told_names(article)}  # "Clare Lombardi tells Tom Reeves why ..."
    return asking - QUESTION_LABELS | told


def interviewer_first_names(article: Article) -> set[str]:
    """The first names of the interviewer's full labels and of the one spoken to, lower-cased: an
    answer's "Good to be here, Margaret" addresses "MARGARET BRENNAN"."""
    asking = askers(article) - QUESTION_LABELS
    labels = {full for b in article.blocks if b.kind == "paragraph" and label(b.text) in asking
              and (full := full_label(b.text)) is not None}
    named = labels | set(told_names(article)) | set(host_names(article))
    return {name.split()[0].lower() for name in named if " " in name}


def told_names(article: Article) -> list[str]:
    """Whom the interviewee talks to, as the standfirst or the introduction before the first turn
    writes it: "... she spoke to Fiona Harvey about finance, protest and why rich countries must pay"."""
    found: list[str] = []
    for block in article.blocks:
        if block.kind == "paragraph" and label(block.text) is not None:
            break  # the turns have begun
        if block.kind in ("subtitle", "paragraph"):
            found += [m.group(1) for m in TOLD_NAME.finditer(block.text) if not _first_person_told(block.text, m.start())]
    return found


def _first_person_told(text: str, at: int) -> bool:
    """'we spoke to Priya Raman, a senior fellow ...': the publication asks, so the one spoken to answers."""
    before = text[:at].split()
    return bool(before) and before[-1].lower() in FIRST_PERSON_TELLERS


# An introduction's note that what follows is an interview.
INTERVIEW_NOTE = re.compile(r"\binterview (?:has|was) been (?:lightly )?(?:edited|condensed)|\b(?:edited|condensed) for "
                            r"(?:length|clarity|brevity)"
                            r"|\b(?:is|are) (?:published|out) (?:by|from|now|on)\b", re.I)  # "Salt Houses is published
# by Knopf on 3 June": the editor's credit for the guest's book
# In an interview's standfirst, the one told or spoken to is the interviewer: "Deputy governor Clare
# Lombardi tells Tom Reeves why she voted against cutting rates".
# "we spoke to Priya Raman": the one the publication speaks to is its guest, not its interviewer.
FIRST_PERSON_TELLERS = frozenset({"we", "i"})
# (an outlet's name may come between: "He spoke to the Dominion Post's Anna Whyte about rents")
TOLD_NAME = re.compile(r"\b(?:tells|told|talks to|talked to|speaks to|spoke to|speaks with|spoke with|"
                       r"sits down with|sat down with)\s+"
                       r"(?:(?:the\s+)?(?:[A-Z][\w-]+\s+){0,3}?[A-Z][\w-]+['’]s?\s+)?"  # "the Times' Daniel Ortiz"
                       r"(?:(?:(?:our|its|the|their)\s+)?(?:[A-Z][\w-]+\s+){0,3}"
                       r"(?:reporter|correspondent|editor|writer|columnist|host),?\s+)?"
                       # "sat down with City Desk reporter Amir Haddad": the reporter, not the desk; "spoke to our
                       # East Africa correspondent, Daniel Otieno"
                       r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")
