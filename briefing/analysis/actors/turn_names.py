"""Names an interview labels its turns with by their initials, which are people's whatever the tagger said:
"She talked to Daniel Price about racism in restaurants", then "DP: When did you first want to cook?"."""

from __future__ import annotations

from briefing.analysis.actors.model import Candidate
from briefing.analysis.lexicon import BODY_HEADS, ORG_HEADS
from briefing.analysis.qa_layout import initials, label
from briefing.article import Article


def people_by_initials(article: Article, found: list[Candidate]) -> None:
    """Relabel as a person each two- or three-word body whose initials label a turn ('AO:' for Ama Owusu)."""
    labels = {lab for b in article.blocks if b.kind == "paragraph" and (lab := label(b.text)) is not None}
    for c in found:
        words = c.name.split()
        if c.label == "ORG" and len(words) in (2, 3) and initials(c.name) in labels and all(
                w[:1].isupper() and w.lower() not in ORG_HEADS | BODY_HEADS for w in words):
            c.label = "PERSON"
