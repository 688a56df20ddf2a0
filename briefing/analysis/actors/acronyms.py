"""A body's acronym and the name the text pairs it with: "International Court of Justice (ICJ)", "Kenya
Medical Practitioners, Pharmacists and Dentists Union (KMPDU)", and the initials a name gives."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from briefing.analysis.lexicon import ACRONYM_SKIPPED_WORDS, OWNING_PRONOUNS
from briefing.article import Article


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ACRONYM_SKIPPED_WORDS]
    return "".join(w[0] for w in words if w[0].isalnum()).upper()


def _initials_fit(name: str, acr: str) -> bool:
    """The acronym's letters are the name's initials, in order or not ('UAAR' for the Union of
    Rationalist Atheists and Agnostics, an Italian word order)."""
    initials = sorted(acronym(name))
    letters = sorted(acr.replace(".", "").upper())
    return len(letters) >= 2 and initials == letters or "," in name and _listed_initials_fit(acronym(name), acr)


def _listed_initials_fit(initials: str, acr: str) -> bool:
    """'Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)': a name that lists its members
    may leave one of them out of its initials; the first and the last letters still fit."""
    letters = acr.replace(".", "").upper()
    if len(letters) < 3 or len(initials) - len(letters) != 1 or initials[0] != letters[0] or initials[-1] != letters[-1]:
        return False
    return any(initials[:k] + initials[k + 1:] == letters for k in range(1, len(initials) - 1))


# A name never runs over a line break ("... in contempt of Congress" over "WASHINGTON (AP) —").
_PAREN_NAME = re.compile(r"((?:[A-Z][\w'’\-]*[ \t]+)(?:(?:of|the|and|for|on|de|di|del|della|[A-Z][\w'’\-]*,?|\d+)[ \t]+)*?"
                         r"[A-Z][\w'’\-]*)[ \t]+\(([A-Z][A-Za-z0-9.&]{1,9})\)")


def parenthesised_names(article: Article) -> list[tuple[str, str, int, int]]:
    """'International Court of Justice (ICJ)': (acronym, name, start, end) where the text pairs them.

    The name is the shortest tail of the phrase whose initials give the acronym, else the whole
    phrase: as a span where it is a short name of its own, else with start and end -1 (the pairing
    is kept, the span is not trusted).
    """
    found = []
    for m in _PAREN_NAME.finditer(article.text):
        name, acr = m.group(1), m.group(2)
        words = name.split()
        best = None
        for k in range(len(words)):
            tail = " ".join(words[k:])
            if tail.split()[0].lower() in ACRONYM_SKIPPED_WORDS:
                continue
            if acronym(tail) == acr.replace(".", "").upper() or _initials_fit(tail, acr):
                best = tail
                break
        if best is None and 2 <= len(words) <= 6 and words[0].lower() not in ACRONYM_SKIPPED_WORDS | OWNING_PRONOUNS \
                and "," not in name:
            best = name  # "Alternative for Germany (AfD)": a name in full, paired with initials of another tongue's
        if best is None:
            while len(words) > 1 and words[0].lower() in ACRONYM_SKIPPED_WORDS | OWNING_PRONOUNS:
                words = words[1:]  # "The Economic Community of West African States (ECOWAS)": the name, not "The"
            found.append((acr, " ".join(words), -1, -1))
            continue
        end = m.start(1) + len(name)
        found.append((acr, best, end - len(best), end))
    return found


def untagged_acronym(doc: Doc, acr: str) -> list[int]:
    """Where an acronym the text pairs with a name stands alone, when the tagger never took it for a
    name ("The Economic Community of West African States (ECOWAS) ... We want to remind ECOWAS")."""
    found = [t.i for t in doc if t.text == acr]
    return [] if any(doc[i].ent_type_ for i in found) else found
