"""Collectives: unnamed groups that act ("protesters rallied", "hostage families demanded").

They have no entity label, so they come from noun chunks: a plural group noun as a subject or an
agent, or a plural the headline names and the body keeps returning to ("religious schools").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors.mentions import body_called, body_just_named, is_firm
from briefing.analysis.actors.model import ActorKind, Draft, alias_order
from briefing.analysis.actors.names import state_for
from briefing.analysis.lexicon import (
    AGENT_PREPOSITIONS,
    COLLECTIVE_SINGULARS,
    FIRM_ANAPHORS,
    GROUP_NOUNS,
    MEMBER_NOUNS,
    PARTY_NICKNAMES,
    QUANTIFIERS,
    TEAM_NOUNS,
    UNNAMED_BODY_NOUNS,
)
from briefing.analysis.phrases import hyphened_start
from briefing.article import Article


def _coded(tok) -> bool:  # noqa: ANN001 - a Token
    """A product code, an acronym, a proper adjective or a state keeps its case in a collective's name
    ('IE6 users', 'Islamist militants')."""
    return any(c.isdigit() for c in tok.text) or tok.is_upper and len(tok) > 1 or tok.is_title and (
        tok.ent_type_ in ("NORP", "ORG", "GPE") or tok.pos_ == "PROPN"  # "Greenpeace activists"
        or state_for(tok.text) is not None)  # "Mozambique opposition", untagged in a headline


def _hyphened(doc: Doc, words: list[Token]) -> list[Token]:
    """The words, with the hyphened pieces that join them or run on before the first: 'Pro-democracy'."""
    if not words:
        return words
    start = hyphened_start(doc, words[0].i)
    kept = {t.i for t in words}
    return [t for t in doc[start:words[-1].i + 1] if t.i in kept or t.i < words[0].i or t.text == "-" and not t.whitespace_]


def add_groups(doc: Doc, drafts: list[Draft]) -> None:
    """Unnamed collectives that act, one per name; "Qatari mediators" are Qatar, not a group."""
    known = {a.name.lower() for a in drafts}
    found: dict[str, Draft] = {}
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.lower_ not in GROUP_NOUNS or root.dep_ not in ("nsubj", "nsubjpass", "pobj", "conj"):
            continue
        if root.tag_ not in ("NNS", "NNPS") and root.lower_ not in COLLECTIVE_SINGULARS:
            continue  # "a local doctor" is one person, not a collective
        if root.dep_ == "pobj" and root.head.lower_ not in AGENT_PREPOSITIONS:
            continue
        if root.lower_ in MEMBER_NOUNS and any(c.dep_ == "poss" for c in root.children):
            continue  # "two trade groups whose members include Meta": the body's members are the body
        kinds = [t for t in chunk if t.dep_ in ("amod", "compound", "nmod") and t.i < root.i and t.is_lower]
        if root.lower_ in TEAM_NOUNS and not kinds:
            continue  # "the team", "the Israeli team": an anaphor, or the state's own delegation
        if root.lower_ not in TEAM_NOUNS and any(
                t.ent_type_ == "ORG" or t.ent_type_ == "GPE" and not any(c.isdigit() for c in t.text)
                or t.ent_type_ == "NORP" and state_for(t.text) for t in chunk):
            continue  # "Qatari mediators" are Qatar; "Muslim pilgrims" and "IE6 users" (no place) are a group
        words = [t for t in chunk if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.dep_ != "poss" and t.i >= root.i - 2
                 and t.lower_ not in QUANTIFIERS and any(ch.isalnum() for ch in t.text)]  # "few food manufacturers"
        words = _hyphened(doc, words)  # are "food manufacturers"; "Pro-democracy activists", hyphen and all
        name = "".join((t.text if _coded(t) else t.lower_) + (t.whitespace_ and " ") for t in words).strip() \
            or root.lower_  # "IE6 users"
        if root.lower_ in TEAM_NOUNS:  # "the all-girl Afghan team": the whole description, as written
            name = chunk[next(i for i, t in enumerate(chunk) if t.pos_ != "DET" or not t.whitespace_):].text
        if name in known:
            continue
        draft = found.setdefault(name, Draft(name=name, kind=ActorKind.GROUP))
        written = chunk[next((i for i, t in enumerate(chunk) if not t.is_punct), 0):].text  # not a bullet's "- "
        draft.aliases = sorted((set(draft.aliases) | {written}) - {name}, key=alias_order)
    drafts.extend(found.values())


def _group_key(name: str) -> str:
    """One collective per head noun ('local municipalities' = 'several municipalities'); a team is
    one per home named ('the all-girl Afghan team' = 'the six-member Afghan team', not 'the Syrian
    refugee team'), else one per description ('research team')."""
    words = name.split()
    head = words[-1].lower()
    if head not in TEAM_NOUNS:
        return head
    home = [w for w in words[:-1] if w[:1].isupper()]
    return " ".join([*home, head]) if home else name.lower()


def merge_groups(drafts: list[Draft]) -> None:
    """'local municipalities' and 'several municipalities' are one collective: one entry per head noun."""
    first: dict[str, Draft] = {}
    for draft in list(drafts):
        if draft.kind != ActorKind.GROUP:
            continue
        keep = first.setdefault(_group_key(draft.name), draft)
        if keep is not draft:
            keep.aliases = sorted(set(keep.aliases) | set(draft.aliases) | {draft.name}, key=alias_order)
            drafts.remove(draft)


def fold_party_nicknames(drafts: list[Draft]) -> None:
    """'House GOP unveils debt plan' ... 'House Republicans on Wednesday unveiled': one actor, under
    the name the story uses for the members."""
    for nick in [d for d in drafts if d.name.lower() in PARTY_NICKNAMES]:
        members = PARTY_NICKNAMES[nick.name.lower()]
        target = next((d for d in drafts if d is not nick and d.kind in (ActorKind.GROUP, ActorKind.ORGANIZATION)
                       and (d.name.lower() == members or d.name.lower().endswith(" " + members))), None)
        if target is not None:
            target.aliases = sorted(set(target.aliases) | set(nick.aliases) | {nick.name}, key=alias_order)
            drafts.remove(nick)


def add_headline_groups(article: Article, doc: Doc, drafts: list[Draft]) -> None:
    """A plural the headline names and the story keeps returning to ('religious schools') is a
    party to the story even without a group noun or a name."""
    title = next((b for b in article.blocks if b.kind in ("title", "subtitle")), None)
    if title is None:
        return
    known = {a.name.lower() for a in drafts} | {x.lower() for a in drafts for x in a.aliases}
    body_chunks = [c for c in doc.noun_chunks if (b := article.block_at(c.start_char)) is not None
                   and b.kind == "paragraph"]
    for chunk in doc.noun_chunks:
        if not title.start <= chunk.start_char < title.end:
            continue
        root = chunk.root
        mods = [t for t in chunk if t.dep_ in ("amod", "compound") and t.i < root.i and t.ent_type_ == ""]
        if root.tag_ != "NNS" or root.ent_type_ or not mods:
            continue
        name = " ".join(t.lower_ for t in [*mods, root])
        if name in known or root.lower_ in known:
            continue
        same = [c for c in body_chunks if c.root.lemma_ == root.lemma_ and c.root.tag_ == "NNS"
                and any(t.lower_ == mods[-1].lower_ for t in c if t.i < c.root.i)]
        if len(same) >= 2:
            drafts.append(Draft(name=name, kind=ActorKind.GROUP,
                                aliases=sorted({c.text for c in same} - {name}, key=alias_order)))
            known.add(name)


def add_unnamed_bodies(doc: Doc, drafts: list[Draft]) -> None:
    """A body the story names only by what it is, again and again: 'Residents have taken the city
    council to court ... the council said it would defend the case'. Unless a named body holds the
    word (then 'the council' is that body's, see mentions.py), it is a party of its own, named by its
    fullest description; at least one mention must act (be a subject)."""
    named = {w for a in drafts if a.kind == ActorKind.ORGANIZATION for w in a.name.lower().split()}
    if any(is_firm(a) for a in drafts):
        named |= FIRM_ANAPHORS  # "the company" is most likely a firm the story names
    named |= {t.lower_ for t in doc if t.lower_ in UNNAMED_BODY_NOUNS and body_called(doc, drafts, t) is not None}
    seen: dict[str, list] = {}  # ("Members of the Unite union ... the union said": Unite's, see mentions.py)
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.lower_ not in UNNAMED_BODY_NOUNS or root.lower_ in named or chunk[0].lower_ != "the" or root.ent_type_:
            continue
        if body_just_named(doc, drafts, root) is not None or root.dep_ == "appos" and root.head.pos_ == "PROPN":
            named.add(root.lower_)  # "... (BMA) has announced. The union said": the BMA (mentions.py); "Birmingham
            continue  # City Council, the largest local authority in Europe": the authority is the council
        seen.setdefault(root.lower_, []).append(chunk)
    for chunks in seen.values():
        if len(chunks) < 2 or not any(c.root.dep_ in ("nsubj", "nsubjpass") for c in chunks):
            continue
        def described(c: Span) -> Span:  # "the city council" -> "city council", "the drivers' union"
            mods = [t.i for t in c if t.is_lower and t.pos_ == "NOUN" and t.dep_ in ("compound", "poss")
                    and t.i >= c.root.i - 3]
            return c.doc[min(mods, default=c.root.i):c.root.i + 1]
        fullest = max((described(c) for c in chunks), key=len)
        drafts.append(Draft(name=fullest.text.lower(), kind=ActorKind.ORGANIZATION))
