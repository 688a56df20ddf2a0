"""The lines around a story that are no part of it: datelines and bylines.

A page opens with some of "Thursday, May 7, 2015", "WASHINGTON (AP) —", "By Dana Lee" or "Helena
Shaw, Environment correspondent", and may close with "(Reporting by Natalia Ramos; Editing by ...)" or
"Jane Doe is a reporter for the Ledger." `load.structure` labels them, so no analysis reads a reporter
as a party to the story or a date as its first sentence.
"""

from __future__ import annotations

import re

WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATELINE = re.compile(
    rf"^(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}})\.?$",
    re.IGNORECASE,
)
DATELINE_PREFIX = re.compile(
    rf"^((?:{WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}))"
    rf"\.?\s+(?=[A-Z\"“])",
    re.IGNORECASE,
)
# A wire story's dateline: "WASHINGTON (AP) —", "AUSTIN, Texas (AP) —", "JERUSALEM, March 3 (Reuters) -",
# a place in capitals and a dash ("BRUSSELS — "), or a place, a date and a hyphen ("NEW YORK, March 4 - ").
WIRE_DATELINE = re.compile(r"^([A-Z]{2,}[A-Z .'’-]*(?:,[ \t]+[A-Z\d][\w.'’]*(?:[ \t]+[\w.'’]+){0,2}){0,2}"
                            r"(?:[ \t]*\([A-Z][\w .&/-]{0,30}\)[ \t]*[—–-]{1,2}|[ \t]+[—–]|(?<=[a-z\d.])[ \t]+-{1,2}))"
                            r"[ \t]+(?=[A-Z\"“‘'])")
# An agency's mark, with or without a place in title case before it: "(CNN) -- A powerful storm ...",
# "Washington (CNN) — The House ...".
AGENCY_DATELINE = re.compile(r"^((?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:,[ \t]+[A-Z][\w.'’-]*){0,2}[ \t]*)?"
                             r"\([A-Z][A-Za-z .&/-]{1,29}\)[ \t]*[—–-]{1,2})[ \t]+(?=[A-Z\"“‘'])")
BYLINE_PREFIX = re.compile(r"^[*_(]*(?:by|written by|(?:additional )?reporting by|words by|interview(?:ed)? by)\s+\S",
                            re.IGNORECASE)  # "*By Dana Lee*", "(Reporting by Natalia Ramos; Editing by ...)"
# A byline without "By", at the top of a UK page: "Helena Shaw, Environment correspondent", "Pippa Crerar
# Political editor" (no comma), "Julian Borger in Washington", "Jane Doe and Tom Lee in Brussels". Short, no
# final stop.
NAMED_BYLINE = re.compile(
    r"^(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+(?: and (?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+)?"
    r"(?:,?\s+(?:[A-Za-z&'’-]+\s+){0,3}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Jj]ournalist)s?"
    r"| in (?:[A-Z][\w'’-]+ ?){1,3})$")
BIO = re.compile(
    r"\b(?:is|are)\s+(?:a|an|the)\b.*\b(?:journalists?|reporters?|correspondents?|writers?|editors?|"
    r"staff|columnists?|contributors?|freelancers?|authors?|news\s+team|newsroom)\b",
    re.IGNORECASE,
)


# A page's time stamp: "Published: 10:05 EST, 3 March 2026 | Updated: 12:41 EST, 3 March 2026".
TIME_STAMP = re.compile(r"(?:first |last )?(?:published|updated|posted)(?::|\s+on\b|\s+\d)[^.!?]{0,80}", re.I)


def is_dateline(line: str) -> bool:
    return bool(DATELINE.match(line.strip()) or TIME_STAMP.fullmatch(line.strip()))


# A closing credit: "CNN's Maria Santos contributed to this report.", "Jane Doe contributed reporting."
CONTRIBUTED = re.compile(r"\bcontributed\s+(?:reporting\b|to\s+this\s+(?:report|story|article)\b)", re.I)


def is_byline(line: str) -> bool:
    if len(line) > 300:
        return False
    return bool(BYLINE_PREFIX.match(line) or NAMED_BYLINE.match(line.strip())) or bool(
        (BIO.search(line) or CONTRIBUTED.search(line)) and len(line.split()) <= 40)
