"""A person's gender as the text gives it, for the pronouns that stand for them: the pronouns,
titles and kinship words around the first mentions, counted ("Mr", "she", "his wife" say so;
"his daughter" after the name says nothing female of him).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.actors import Actor
from briefing.analysis.lexicon import FEMALE_WORDS, HONORIFICS, MALE_WORDS, OBJECT_PREPOSITIONS, OWNER_WORDS
from briefing.article import Article


def _own_sentence_before(text: str, start: int) -> str:
    """Up to 40 characters before a mention, from its own sentence only: '"...," she said.
    Councilman Tom Ellis' says nothing of Ellis. A pronoun there is someone else: 'Sentencing him on
    Friday, Judge Anne Whitcombe said' says nothing male of the judge; a title ('Mrs') still speaks."""
    before = text[max(0, start - 40):start]
    cut = max(before.rfind(c) for c in ".!?\n")
    return re.sub(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", " ", before[cut + 1:].lower())


def _role_gender_words(role: str | None) -> list[str]:
    """'Councilman', 'chairwoman', 'spokesman': a gendered title says as much as a pronoun."""
    words = re.findall(r"[a-z]+", (role or "").lower())
    return ["he" if w.endswith("man") and not w.endswith(("woman", "human")) else "she"
            for w in words if w.endswith(("man", "woman")) and w not in ("human", "roman", "german")]


def _until_another(after: str, other_at: int | None = None) -> str:
    """The words after a mention up to another man named as an object, or another person named: in
    "Senator Kirsten Gillibrand pressed him on whether he still believed ...", "him" and the "he"
    after it are someone else; so is "he" in "Costa said the committee would consider fining Ruiz
    until he complies"."""
    other = re.search(r"\bhim\b", after)
    cut = min(other.start() if other else len(after), len(after) if other_at is None else other_at)
    if cut < len(after):  # "Robert Kane ... demanded that Ms Marsh publish": her title is hers, not his
        return _TITLE_AT_END.sub(" ", after[:cut])
    return after[:cut]


_TITLE_AT_END = re.compile(r"\b(?:" + "|".join(sorted((re.escape(t.rstrip(".")) for t in HONORIFICS), key=len, reverse=True))
                           + r")\.?\s*$")


def _to_sentence_end(text: str, start: int, end: int) -> str:
    """Up to 80 characters after a mention; only to its sentence's end unless the mention opens the
    sentence: in 'Trump called Whitmer "a disaster." He is scheduled to ...', "He" is the subject's."""
    after = text[end:end + 80].lower()
    if _own_sentence_before(text, start).strip():
        stop = re.search(r"[.!?][\"”’']?\s", after)
        after = after if stop is None else after[:stop.start()]
    return after


_DESCRIBED_BY_ANOTHER = re.compile(r"\b(his|her) [\w -]{1,30}, $")
_PRONOUNS_OF = {"his": r"\b(?:he|him|his|himself)\b", "her": r"\b(?:she|her|hers|herself)\b"}


def _without_possessor(text: str, start: int, after: str) -> str:
    """'His lawyer, Carla Mendes, said he would plead not guilty': a person described through another
    ("his lawyer", "her husband") is followed by that other's pronouns, which say nothing of her."""
    other = _DESCRIBED_BY_ANOTHER.search(text[max(0, start - 40):start].lower())
    return re.sub(_PRONOUNS_OF[other.group(1)], " ", after) if other else after


def gender_of(actor: Actor, article: Article, people: Sequence[tuple[int, int]] = ()) -> str | None:
    """From the words around the first mentions, counted. A kinship word after a possessive names
    someone else: "Thomas Sam ... treat his daughter himself" says nothing female of him. `people`
    are the other persons' mentions, where the words about this one stop."""
    def next_person(end: int) -> int | None:
        starts = [s for s, _ in people if end < s < end + 80]
        return min(starts) - end if starts else None

    def after(s: int, e: int) -> str:
        """'Rep. Marjorie Taylor Greene, who has clashed with Johnson before, wrote that she was ...': after
        a mention in a preposition's object, with another person's name before it in its sentence, a
        pronoun is theirs (but in 'Brooks said that Lang ... lie her way', "her" is Lang's)."""
        text = article.text
        opening = max(max(text.rfind(c, max(0, s - 300), s) for c in ".!?\n") + 1, s - 300, 0)
        word = re.search(r"(\w+)\W*$", text[opening:s])
        if word is not None and word.group(1).lower() in OBJECT_PREPOSITIONS and any(opening <= p < s for p, _ in people):
            return ""
        return _without_possessor(text, s, _until_another(_to_sentence_end(text, s, e), next_person(e)))

    window = " ".join(_own_sentence_before(article.text, s) + article.text[s:e].lower() + after(s, e)
                      for s, e in actor.spans[:4])
    words = re.findall(r"[a-z.’']+", window) + _role_gender_words(actor.role)
    own = [w for i, w in enumerate(words) if not (i and (words[i - 1] in OWNER_WORDS
                                                         or words[i - 1].endswith(("'s", "’s", "'", "’"))))]
    male, female = sum(w in MALE_WORDS for w in own), sum(w in FEMALE_WORDS for w in own)
    if male > female:
        return "male"
    if female > male:
        return "female"
    return None
