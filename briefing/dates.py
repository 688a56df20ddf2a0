"""An article's date: from its dateline, else the first date written in its opening paragraphs.

"Saturday, October 9, 2010" -> "2010-10-09". Used to lay a story's coverage out in time.
"""

from __future__ import annotations

import re
from datetime import date

from briefing.article import Article

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MDY = re.compile(_MONTH + r"\s+(\d{1,2}),?\s+(\d{4})", re.I)
_DMY = re.compile(r"(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _month(name: str) -> int:
    low = name.lower().rstrip(".")
    return next(i for m, i in _MONTHS.items() if m.startswith(low[:3]))


def find_date(text: str) -> str | None:
    """The first date written in `text`, as an ISO date."""
    found = []
    for m in _MDY.finditer(text):
        found.append((m.start(), int(m.group(3)), _month(m.group(1)), int(m.group(2))))
    for m in _DMY.finditer(text):
        found.append((m.start(), int(m.group(3)), _month(m.group(2)), int(m.group(1))))
    for m in _ISO.finditer(text):
        found.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for _, y, mo, d in sorted(found):
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            continue
    return None


def article_date(article: Article) -> str | None:
    if article.dateline:
        found = find_date(article.dateline)
        if found:
            return found
    opening = " ".join(b.text for b in article.blocks[:4])
    return find_date(opening)
