"""The parts constructions are built of: a `DependencyMatcher` node for the anchoring verb and one for each
word hung on it ("called on X to": the verb "call", its particle "on", its clause "to")."""

from __future__ import annotations

from typing import Any

Pattern = list[dict[str, Any]]

VERB = {"POS": "VERB"}


def child(rel: str, attrs: dict[str, Any], name: str = "child", parent: str = "verb") -> dict[str, Any]:
    return {"LEFT_ID": parent, "REL_OP": rel, "RIGHT_ID": name, "RIGHT_ATTRS": attrs}


def verb(lemmas: set[str] | str, **more: Any) -> dict[str, Any]:
    lemma = {"IN": sorted(lemmas)} if isinstance(lemmas, set) else lemmas
    return {"RIGHT_ID": "verb", "RIGHT_ATTRS": {**VERB, "LEMMA": lemma, **more}}
