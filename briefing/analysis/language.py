"""Is this English? The analyses are tuned for English news; a reader should know when they are not.

A cheap signal, not a language model: in English prose the commonest function words ("the", "of",
"said") make up a fifth of the words or more; in "Le gouvernement a annoncé ..." they are rare.
"""

from __future__ import annotations

import re

from briefing.analysis.lexicon import ENGLISH_FUNCTION_WORDS

_WORD = re.compile(r"[a-z]+")


def looks_english(text: str, sample: int = 5000) -> bool:
    """False when the opening of the text has 20 words or more and under 5% are English function words."""
    words = _WORD.findall(text[:sample].lower())
    if len(words) < 20:
        return True
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words) >= 0.05
