"""Key actors: people, organisations, states and groups, merged across the names the text uses.

`extract_actors` is the list of stages, in order. The order matters: candidates must be repaired
before they are filtered (a title peeled off "Prime Minister Netanyahu" leaves a person to judge),
filtered per mention before they are merged (a street tagged as a person must not join a real
person's surname), merged before whole actors are judged (whether a place ever acts is a question
about all of its mentions), and mentions counted last, once every name and alias is known.
Prominence orders the result; salience is computed at the end of the briefing (`salience.py`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.actors.acronyms import parenthesised_names
from briefing.analysis.actors.affiliation import affiliation, referred_affiliations
from briefing.analysis.actors.candidates import candidates
from briefing.analysis.actors.filters import rejects_actor
from briefing.analysis.actors.groups import (
    add_groups,
    add_headline_groups,
    add_unnamed_bodies,
    fold_party_nicknames,
    merge_groups,
)
from briefing.analysis.actors.headline_roles import role_from_headline
from briefing.analysis.actors.index import MentionIndex, NameIndex
from briefing.analysis.actors.mentions import count_mentions, count_turn_labels, link_definite_nouns
from briefing.analysis.actors.model import Actor, ActorKind, Draft, alias_order
from briefing.analysis.actors.names import Groups, forms, merge, state_for, usual_full_name
from briefing.analysis.actors.narrator import wrote_it
from briefing.analysis.actors.roles import roles_from_mentions, roles_from_next_office
from briefing.analysis.actors.salience import by_prominence, by_salience
from briefing.analysis.qa_layout import interviewer_first_names, interviewer_names
from briefing.analysis.quote_marks import quote_index
from briefing.article import Article

__all__ = ["Actor", "ActorKind", "MentionIndex", "NameIndex", "by_salience", "extract_actors", "state_for"]


def _drafts(doc: Doc, groups: Groups, paren: dict[str, str]) -> list[Draft]:
    """One draft per merged actor that passes the filters, with its name, role and aliases."""
    organisations = [name for kind, name in groups if kind == ActorKind.ORGANIZATION]
    drafts = []
    for key, members in groups.items():
        kind, name = key
        if rejects_actor(doc, kind, members) is not None:
            continue
        if kind == ActorKind.PERSON:
            name = usual_full_name(members) or name
        # only a person holds a role: "Latvia, which also borders Belarus" gives Belarus none ("border")
        role = next((c.role for c in sorted(members, key=lambda c: c.start) if c.role), None) \
            if kind == ActorKind.PERSON else None
        aliases = sorted(forms(key, name, members, paren) - {name}, key=alias_order)
        draft = Draft(name=name, kind=kind, role=role, aliases=aliases)
        if kind == ActorKind.PERSON and role:
            draft.affiliation = affiliation(role, organisations, state_for)
        drafts.append(draft)
    return drafts


def _one_line(role: str | None) -> str | None:
    """A role never runs over a line break: 'Transport Correspondent' from a byline paragraph."""
    return role.split("\n")[0].strip() or None if role else None


def _freeze(drafts: list[Draft]) -> list[Actor]:
    return [Actor(id=i, name=d.name, kind=d.kind, role=_one_line(d.role), affiliation=d.affiliation,
                  aliases=tuple(d.aliases), spans=tuple(d.spans))
            for i, d in enumerate(d for d in drafts if d.spans)]


def extract_actors(article: Article, doc: Doc) -> list[Actor]:
    """All actors with at least one mention, most prominent first."""
    paren = {acr: name for acr, name, _, _ in parenthesised_names(article)}
    quote_index(article, doc)  # paired once and kept on the parse: a place only in quoted words does not act
    groups = merge(doc, candidates(article, doc), paren)  # repaired, filtered per name, merged
    drafts = _drafts(doc, groups, paren)  # filtered as whole actors; names, roles, aliases
    add_groups(doc, drafts)  # collectives without a name: "protesters"
    add_unnamed_bodies(doc, drafts)  # a body named only by what it is: "the city council"
    add_headline_groups(article, doc, drafts)
    merge_groups(drafts)
    fold_party_nicknames(drafts)  # "GOP" is the "Republicans"
    asking = interviewer_names(article)
    first_names = interviewer_first_names(article) if asking else set()  # found once per article
    drafts = [d for d in drafts if not (d.kind == ActorKind.PERSON and wrote_it(article, d.name, asking, first_names))]
    count_mentions(article, drafts)
    count_turn_labels(article, drafts, asking)  # "KIRBY: We accepted it."
    roles_from_mentions(doc, [d for d in drafts if d.kind == ActorKind.PERSON],
                        [d.name for d in drafts if d.kind == ActorKind.ORGANIZATION], state_for)
    roles_from_next_office(doc, [d for d in drafts if d.kind == ActorKind.PERSON])  # "... The health secretary said"
    role_from_headline(article, drafts)  # "'The river is dying': a farmer on the Murray-Darling"
    referred_affiliations(article, drafts)  # "Its chief executive, David Henderson": the body named before
    link_definite_nouns(article, doc, drafts)  # "the government", "the group"
    return by_prominence(article, _freeze(drafts))
