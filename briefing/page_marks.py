"""What a saved page's markup says that its extracted text loses: the paragraphs it sets wholly in
bold, which is how an interview marks its questions ('<p><strong>Will fares go up?</strong></p>')."""

from __future__ import annotations

import re
from html import unescape

from briefing.clean import clean_text

_BOLD_PARAGRAPH = re.compile(r"<p\b[^>]*>\s*<(strong|b)\b[^>]*>(.*?)</\1>\s*</p>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def bold_paragraphs(html: str) -> frozenset[str]:
    """The text of each paragraph a page sets wholly in bold ('<p><strong>Will fares go up?</strong></p>'),
    as the extractor writes it: how an interview marks its questions."""
    found = set()
    for m in _BOLD_PARAGRAPH.finditer(html):
        inner = " ".join(unescape(_TAG.sub("", m.group(2))).split())
        if inner:
            found.add(clean_text(inner).strip())
    return frozenset(found)
