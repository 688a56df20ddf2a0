"""Affiliation: the state or body a person's role names, so that scope can tell a foreign official
from one at home ("Qatari Prime Minister" is Qatar's, "CAIR director" works for CAIR).
"""

from __future__ import annotations

import re

from briefing.analysis.actors.model import ActorKind, Draft
from briefing.analysis.lexicon import PARTY_TAG, PARTY_TAG_STATE
from briefing.article import Article

# A body a role names only by reference: "spokesman for the company", "its chief executive".
_REFERRED = re.compile(r"\bfor the (?:company|firm|group|union|association|charity|organi[sz]ation|body)\b")


def affiliation(role: str, organisations: list[str], state_for) -> str | None:  # noqa: ANN001
    """The state or body a role names: 'Qatari Prime Minister' -> Qatar, 'CAIR director' -> CAIR.

    'State Department Spokesperson' works for the 'US State Department': a body named after a state.
    """
    if PARTY_TAG.search(role):
        return PARTY_TAG_STATE  # "Senator, D-N.Y.": a member of the US Congress
    for name in organisations:  # "spokeswoman for Americans for Prosperity": the body, not the state its name holds
        if any(state_for(w) for w in name.split()) and re.search(rf"\b{re.escape(name)}\b", role):
            return name
    for word in role.split():
        state = state_for(word.removesuffix("'s").removesuffix("’s"))  # "Ukraine's foreign minister"
        if state:
            return state
        for name in organisations:
            if name == word or word in name.split() and len(word) > 2 and word.isupper():
                return next((o for o in organisations if o != name and word in o.split()  # "White House press
                             and re.search(rf"\b{re.escape(o)}\b", role)), name)  # secretary": not the "House"
    for name in organisations:
        words = name.split()
        if len(words) > 2 and state_for(words[0]) and re.search(rf"\b{re.escape(' '.join(words[1:]))}\b", role):
            return state_for(words[0])
    return None


def referred_affiliations(article: Article, drafts: list[Draft]) -> None:
    """A role that names its body only by reference works for the body named last before it: 'Water UK ... said.
    Its chief executive, David Henderson, said ...', 'Thames Water ... A spokesman for the company, James Bennett'."""
    bodies = sorted((s, d.name) for d in drafts if d.kind == ActorKind.ORGANIZATION for s, _ in d.spans)
    for person in (d for d in drafts if d.kind == ActorKind.PERSON and d.role and not d.affiliation and d.spans):
        first = person.spans[0][0]
        owned = re.search(rf"\b[Ii]ts\s+{re.escape(person.role)},?\s*$", article.text[max(0, first - 150):first])
        before = [name for s, name in bodies if s < first]
        if before and (owned or _REFERRED.search(person.role)):
            person.affiliation = before[-1]
