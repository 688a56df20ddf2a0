"""Names: one canonical name per actor, and every other form the text uses for it as an alias.

Demonyms fold into their state ("Israeli" -> Israel), acronyms into the expansion the text pairs
them with ("International Court of Justice (ICJ)"), a lone surname into the one full name it fits
("Netanyahu" -> "Benjamin Netanyahu"), a short organisation name into the longer one that ends
with it ("War Cabinet" -> "Israeli War Cabinet").
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Token

from briefing.analysis.actors.acronyms import acronym
from briefing.analysis.actors.kinds import (
    body_named_as_person,
    body_named_as_place,
    place_named_as_body,
    place_named_for_a_disaster,
    platform_named_as_person,
)
from briefing.analysis.actors.model import ENTITY_KINDS, ActorKind, Candidate, Groups, Key
from briefing.analysis.actors.short_names import fold_party_names, fold_places, fold_short_names
from briefing.analysis.actors.titles import is_acronym
from briefing.analysis.lexicon import (
    ACRONYM_PLURAL,
    BODY_HEADS,
    CHAMBER_NAMES,
    CLUB_HEADS,
    CORPORATE_SUFFIXES,
    DEMONYM_SUFFIXES,
    FIRM_NAME_WORDS,
    GIVEN_NAME_STATES,
    NEWSPAPER_WORDS,
    ORG_ALIASES,
    ORGAN_HEADS,
    PARTY_NAMES,
    SEATS_OF_POWER,
    STATE_NAMES,
    TEAM_NOUNS,
)


def state_for(text: str) -> str | None:
    """The state a name, demonym or abbreviation stands for, if the table knows it."""
    low = text.lower().strip()
    low = re.sub(r"^the\s+", "", low)
    return STATE_NAMES.get(low)


def city_and_region(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at doc[start:end] is a town the text locates by its region, "Evansville,
    Indiana" or "Seattle, Washington": a name that is no state, a comma, then a place's name that
    closes the phrase. Countries in a list ("Israel, Egypt and Qatar") are not this."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].ent_type_ != "GPE" or doc[end + 1].ent_iob_ != "B":
        return False
    region_end = end + 2
    while region_end < len(doc) and doc[region_end].ent_iob_ == "I":
        region_end += 1
    after = doc[region_end] if region_end < len(doc) else None
    closes = after is None or after.is_punct or after.pos_ in ("VERB", "AUX", "ADP")  # not "Texas Republican"
    person = all(t.ent_type_ == "PERSON" for t in doc[start:end]) and end - start > 1  # "Tom Reid, QC"
    return (state_for(doc[start:end].text) is None and end - start <= 3 and closes and not person
            and (after is None or after.lower_ not in ("and", "or") and doc[region_end - 1].dep_ != "conj"))


def canonical(c: Candidate) -> Key:
    """(kind, name) after folding demonyms and abbreviations into the state they stand for."""
    if c.label == "GPE" and (bare := re.sub(r"^the\s+", "", c.name.lower())) in SEATS_OF_POWER:
        return ActorKind.ORGANIZATION, ORG_ALIASES.get(bare, c.name)  # "to lead the Pentagon", tagged a place
    if c.label == "NORP" and (bare := re.sub(r"^the\s+", "", c.name.lower())) in PARTY_NAMES:
        return ActorKind.ORGANIZATION, c.name  # "The Liberal Democrats said", tagged a people: the party
    if c.label in ("GPE", "NORP"):
        state = state_for(c.name)
        if state:
            return ActorKind.PLACE, state
        return (ActorKind.GROUP if c.label == "NORP" else ActorKind.PLACE), c.name
    if c.label == "PERSON" and len(c.name.split()) > 1 and c.name.split()[-1].lower() in (
            NEWSPAPER_WORDS | BODY_HEADS | CLUB_HEADS | FIRM_NAME_WORDS):
        return ActorKind.ORGANIZATION, c.name  # "The Deseret News observed ...", "the Metropolitan Police", "Ashford
        # Rovers", "Yorkshire Water"
    if (bare := re.sub(r"^the\s+", "", c.name.lower())) in PARTY_NAMES | SEATS_OF_POWER:
        return ActorKind.ORGANIZATION, ORG_ALIASES.get(bare, c.name)  # "Labour accused ...", "No 10 insisted ..."
    if c.label == "PERSON" and " " not in c.name and c.name.lower() not in GIVEN_NAME_STATES and (
            state := state_for(c.name)) and state.lower() == c.name.lower():
        return ActorKind.PLACE, state  # "Benin opened its borders": a state the tagger took for a person
    if c.label in ("ORG", "PERSON") and ACRONYM_PLURAL.fullmatch(c.name):
        return ActorKind.GROUP, c.name  # "MPs demanded a wider inquiry": members, not a body
    if c.label == "ORG":
        low = c.name.lower()
        if low in ORG_ALIASES:
            return ActorKind.ORGANIZATION, ORG_ALIASES[low]
        state = state_for(c.name)
        if state and (is_acronym(c.name) or c.name.lower() == state.lower()):
            return ActorKind.PLACE, state  # "U.S.", or "United States" tagged as a body
        return ActorKind.ORGANIZATION, c.name
    return ENTITY_KINDS.get(c.label, ActorKind.ORGANIZATION), c.name


def _demonym_stem_match(name: str, places: set[str]) -> str | None:
    low = name.lower()
    for suffix in DEMONYM_SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            stem = low[: len(low) - len(suffix)]
            hits = [p for p in places if p.lower().startswith(stem)]
            if len(hits) == 1:
                return hits[0]
    return None


def _move(groups: Groups, key: Key, target: Key) -> None:
    groups[target].extend(groups.pop(key))


def _earliest(groups: Groups, keys: list[Key]) -> Key:
    return min(keys, key=lambda f: min(c.start for c in groups[f]))


VOWELS = set("aeiouy")
MIN_MISSPELT = 5  # shorter names differ by one letter too often to be one person ("Bush", "Busch")


MIN_BY_EAR = 7  # a long name may be written by ear: other vowels, a double letter single


def _consonants(word: str) -> str:
    """'Buchtmann' and 'Bauchtman' are both 'bchtmn': the consonants, doubles written once."""
    letters = [c for c in word.lower() if c.isalpha() and c not in VOWELS]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


def misspelt(a: str, b: str) -> bool:
    """The same name with one letter dropped or one vowel changed, the slips an article makes when
    it writes "Kristin Wilkins" once and "Kristen Wilkins" later, or "Waters" then "Water"; or a long
    name written by ear ("Ms Buchtmann", later "Ms Bauchtman"). A changed consonant is another name
    ("Obama", "Osama")."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < MIN_MISSPELT:
        return False
    if min(len(a), len(b)) >= MIN_BY_EAR and _consonants(a) == _consonants(b):
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a.lower(), b.lower(), strict=True) if x != y]
        return len(diff) == 1 and {diff[0][0], diff[0][1]} <= VOWELS
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _same_name(word: str, other: str) -> bool:
    return word == other or misspelt(word, other)


def _fold_misspelt_full_names(groups: Groups) -> None:
    """"Kristen Wilkins" joins "Kristin Wilkins" written earlier: the same words but one misspelt."""
    full = sorted((k for k in groups if k[0] == ActorKind.PERSON and len(k[1].split()) > 1),
                  key=lambda k: min(c.start for c in groups[k]))
    for i, key in enumerate(full):
        words = key[1].split()
        for earlier in full[:i]:
            other = earlier[1].split()
            if earlier in groups and len(other) == len(words) and all(map(_same_name, words, other)):
                _move(groups, key, earlier)
                break


def _nickname(full: str) -> str | None:
    """'Barry "Butch" Wilmore' -> 'Butch': a nickname the name carries in quotes."""
    words = full.split()
    if len(words) == 3 and len(words[1]) > 2 and words[1][0] in "\"“'‘" and words[1][-1] in "\"”'’":
        return words[1][1:-1]
    return None


def _fold_people(groups: Groups) -> None:
    """A lone surname or first name joins the one full name it fits (allowing for a misspelling when
    no name fits exactly); so does a one-word name the tagger mislabelled elsewhere ("Mohamed" as
    ORG), but never a state ("Israel" is not "Israel Katz"); a full name joins the one that extends it."""
    _fold_misspelt_full_names(groups)
    persons = [k for k in groups if k[0] == ActorKind.PERSON]
    full = [k for k in persons if len(k[1].split()) > 1]
    for key in persons:
        word = key[1]
        fits = [f for f in full if f[1].split()[-1] == word or f[1].split()[0] == word
                or _nickname(f[1]) == word]
        if not fits and len(word.split()) == 1:
            fits = [f for f in full if misspelt(f[1].split()[-1], word)]
        if len(word.split()) == 1 and fits:
            _move(groups, key, _earliest(groups, fits))
    full = [k for k in groups if k[0] == ActorKind.PERSON and len(k[1].split()) > 1]
    for key in [k for k in groups if k[0] != ActorKind.PERSON and len(k[1].split()) == 1 and not state_for(k[1])]:
        # a place only as a surname ("Paris" for Valeska Paris; "Arizona" is not the show "Arizona Horizon")
        fits = [f for f in full if key[1] == f[1].split()[-1] or key[0] != ActorKind.PLACE and key[1] == f[1].split()[0]]
        if fits:
            _move(groups, key, _earliest(groups, fits))
    for key in sorted([k for k in groups if k[0] == ActorKind.PERSON], key=lambda k: len(k[1])):
        longer = [k for k in groups if k[0] == ActorKind.PERSON and k != key and k[1].startswith(key[1] + " ")]
        if len(longer) == 1:  # "Sheikh Mohammed bin Abdulrahman" + "... Al Thani"
            _move(groups, key, longer[0])


def _expansion_of(groups: Groups, key: Key, paren: dict[str, str]) -> Key | None:
    name = key[1]
    bare = name.replace(".", "").upper()
    expansion = paren.get(name) or paren.get(bare)
    options = [k for k in groups if k[0] == ActorKind.ORGANIZATION and k != key
               and (k[1] == expansion or (len(k[1].split()) > 1 and bare in (
                   acronym(k[1]), acronym(_bare_firm(k[1])), acronym(_without_state(k[1])))))]
    return options[0] if len(options) == 1 else None


def _without_state(name: str) -> str:
    """'U.S. Federal Trade Commission' is the 'FTC': the state in front is no part of the initials."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 2 and state_for(words[0]) else name


def _bare_firm(name: str) -> str:
    """'General Motors Co.' without its legal form, whose letter its acronym ('GM') leaves out."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().strip(".,") in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)


def _longer_name_of(groups: Groups, key: Key) -> Key | None:
    """'War Cabinet' in 'Israeli War Cabinet'; 'Court' and 'Supreme Court' in 'Italian Supreme Court
    of Cassation' when the longer names nest; a clipped first word ('the Fed', 'the Met') for the one
    body whose name it begins."""
    name = key[1]
    orgs = [k for k in groups if k[0] == ActorKind.ORGANIZATION and k != key and not _organ_of(k[1], name)]
    longer = [k for k in orgs if len(name.split()) > 1 and k[1].endswith(" " + name)]
    # "the Fed" for "the Federal Reserve", "the Met": a clipping is short; "Congress" is no clipping of
    # "Congressional Hispanic Caucus"
    if not longer and " " not in name and 3 <= len(name) <= 5:
        longer = [k for k in orgs if " " in k[1] and k[1].split()[0].startswith(name)
                  and len(k[1].split()[0]) >= len(name) + 3]
        longer = longer if len(longer) == 1 else []
    if not longer:
        longer = [k for k in orgs if re.search(rf"(?<!\S){re.escape(name)}(?!\S)", k[1]) and len(k[1]) > len(name)
                  and k[1].lower() not in SEATS_OF_POWER  # "the House" is not the "White House"
                  and not (name.lower() in CHAMBER_NAMES and _head_word(k[1]) != _head_word(name))]
        # nor is the "Senate" the "Senate Leadership Fund", a body named after the chamber
        longest = [k for k in longer if not any(o != k and k[1] in o[1] for o in longer)]
        longer = longest if all(k[1] in longest[0][1] for k in longer) and len(longest) == 1 else []
    return longer[0] if len(longer) == 1 else None


def _head_word(name: str) -> str:
    """The word a body's name is a kind of: 'Court' in 'Supreme Court of Cassation', 'Fund' in 'Senate
    Leadership Fund'."""
    return name.split(" of ")[0].split()[-1].lower()


def _organ_of(longer: str, name: str) -> bool:
    """'United Nations Security Council' is an organ of the United Nations, not another name for it:
    the longer name adds a body's head after the whole shorter one."""
    rest = longer[len(name):].split() if longer.startswith(name + " ") else []
    return any(w.lower() in ORGAN_HEADS for w in rest)


def _fold_organisations(groups: Groups, paren: dict[str, str]) -> None:
    for key in [k for k in groups if k[0] == ActorKind.ORGANIZATION]:
        if key not in groups:
            continue
        target = _expansion_of(groups, key, paren) if is_acronym(key[1]) else _longer_name_of(groups, key)
        if target:
            _move(groups, key, target)


def merge(doc: Doc, cands: list[Candidate], paren: dict[str, str]) -> Groups:
    """Group the candidates by the actor they name; the order of the folds matters (people
    before organisations, so that a surname never joins a body's name)."""
    groups: Groups = defaultdict(list)
    for c in cands:
        groups[canonical(c)].append(c)
    for key in [k for k in groups if k[0] == ActorKind.PERSON]:
        if platform_named_as_person(doc, groups[key]) or body_named_as_person(doc, groups[key]):
            _move(groups, key, (ActorKind.ORGANIZATION, key[1]))
        elif place_named_for_a_disaster(doc, groups[key]):
            _move(groups, key, (ActorKind.PLACE, key[1]))
    for key in [k for k in groups if k[0] == ActorKind.PLACE]:
        if not state_for(key[1]) and body_named_as_place(doc, groups[key]):
            _move(groups, key, (ActorKind.ORGANIZATION, key[1]))
    for key in [k for k in groups if k[0] == ActorKind.ORGANIZATION]:
        if place_named_as_body(doc, groups[key]):
            _move(groups, key, (ActorKind.PLACE, key[1]))
    places = {name for (kind, name) in groups if kind == ActorKind.PLACE}
    for key in [k for k in groups if k[0] in (ActorKind.GROUP, ActorKind.PLACE) and k[1] not in places]:
        target = _demonym_stem_match(key[1], places - {key[1]})
        if target:  # demonyms the table does not know: "Gazan" -> Gaza when the text names Gaza
            _move(groups, key, (ActorKind.PLACE, target))
    fold_places(groups, state_for)
    fold_party_names(groups)
    _fold_national_teams(doc, groups)
    _fold_people(groups)
    fold_short_names(doc, groups)
    _fold_organisations(groups, paren)
    return groups


def _modified(tok: Token) -> Token:
    """The noun a modifier describes, through a list: 'the Gabonese and Estonian teams' -> teams."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok.head


def _fold_national_teams(doc: Doc, groups: Groups) -> None:
    """'Team Estonia' and 'the Estonian team': a state's name on a team is the team, not the state."""
    for key in [k for k in groups if k[0] == ActorKind.ORGANIZATION and k[1].split()[0].lower() in TEAM_NOUNS]:
        state = state_for(" ".join(key[1].split()[1:]))
        if state is None or (ActorKind.PLACE, state) not in groups:
            continue
        members = groups[(ActorKind.PLACE, state)]
        on_team = [c for c in members if _modified(doc[c.end - 1]).lower_ in TEAM_NOUNS | {"teams", "crews"}]
        groups[key].extend(on_team)
        groups[(ActorKind.PLACE, state)] = [c for c in members if c not in on_team]
        if not groups[(ActorKind.PLACE, state)]:
            del groups[(ActorKind.PLACE, state)]


def usual_full_name(members: list[Candidate]) -> str | None:
    """The multi-word form written most often (then first): not the longest, which may be a tagging slip."""
    counts: dict[str, list[int]] = defaultdict(list)
    for c in members:
        if len(c.name.split()) > 1:
            counts[c.name].append(c.start)
    if not counts:
        return None
    return max(counts, key=lambda n: (len(counts[n]), -min(counts[n])))


def forms(key: Key, name: str, members: list[Candidate], paren: dict[str, str]) -> set[str]:
    """Every form the text uses for the actor: its candidates' names, paired acronyms, and a body's
    name without the state in front ("Israeli War Cabinet" is also "War Cabinet")."""
    found = {c.name for c in members}
    found |= {acr for acr, expansion in paren.items() if expansion == name}
    words = name.split()
    if key[0] == ActorKind.ORGANIZATION and len(words) > 2 and state_for(words[0]) and words[1][:1].isupper():
        found.add(" ".join(words[1:]))  # (not "Americans for Prosperity": "for Prosperity" is no name)
    return found
