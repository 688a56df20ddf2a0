"""The guest's role an interview's headline gives: "'The river is dying and nobody is in charge': a farmer
on the Murray-Darling", "Kenyan climate activist on debt and adaptation". The body may never say what the
guest is; the headline says it once, as a description before "on" and the topic, or before a colon and the
guest's words ("Lithuania's foreign minister: 'Sanctions work ...'")."""

from __future__ import annotations

import re

from briefing.analysis.actors.model import ActorKind
from briefing.analysis.lexicon import CALLING_SUFFIXES, ROLE_HEADS
from briefing.analysis.qa_layout import askers, bold_questions
from briefing.article import Article

# After the headline's quotation (a colon or a dash) or at its start: an optional article, at most five
# words, then "on" and the topic.
_DESCRIBED = re.compile(r"(?:^|[:–—]\s+|\s-\s+)(?:(?:a|an|the)\s+)?(?P<role>[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+on\s+\S",
                        re.IGNORECASE)
# Or the description opening the headline before a colon and the guest's quotation: "Lithuania's foreign
# minister: 'Sanctions work, but only if everyone enforces them'".
_DESCRIBED_SPEAKING = re.compile(r"^(?:(?:a|an|the)\s+)?(?P<role>[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s*:\s*['‘“\"]",
                                 re.IGNORECASE)


def role_from_headline(article: Article, people: list) -> None:  # noqa: ANN001 - drafts
    """In an interview, the person most mentioned who has no role takes the headline's description, when it
    ends on a word for what someone does and names no one ("Serena Okafor on her comeback" names her)."""
    title = article.title or ""
    m = _DESCRIBED.search(title) or _DESCRIBED_SPEAKING.search(title)
    if m is None or not (askers(article) or bold_questions(article)):
        return
    role = m.group("role")
    head = role.split()[-1].lower()
    if not (head in ROLE_HEADS or head.endswith(CALLING_SUFFIXES)):
        return
    if any(re.search(rf"\b{re.escape(w)}\b", title) for p in people if p.kind == ActorKind.PERSON
           for w in p.name.split()):
        return  # the headline names someone: their description is theirs to find elsewhere
    guest = max((p for p in people if p.kind == ActorKind.PERSON), key=lambda p: len(p.spans), default=None)
    if guest is not None and guest.role is None:
        guest.role = role
