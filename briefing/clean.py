"""Making untrusted text safe to analyse and to show.

Article files come from anywhere; terminal escapes, control and bidi characters must never reach
the screen, and removing them here means every later offset refers to what the reader sees.
"""

from __future__ import annotations

import re
import unicodedata

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC strings, and two-byte escapes.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]               # CSI: colours, cursor moves
  | \x9b[0-?]*[ -/]*[@-~]                 # 8-bit CSI
  | \x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC: titles, hyperlinks, clipboard (OSC 52)
  | \x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?
  | \x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?  # DCS, SOS, PM, APC
  | \x1b[@-Z\\-_]                         # other two-byte escapes
  | \x1b[ -/]*[0-~]?                      # nF escapes and a lone ESC
    """,
    re.VERBOSE,
)
# C0 controls except tab/newline, DEL, C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidi embeddings/overrides/isolates and marks, zero-width characters, BOM, word joiner.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


def clean_text(text: str) -> str:
    """Strip escapes and invisible or control characters; fold runs of spaces; keep newlines."""
    text = normalise_newlines(text)
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", text)


def control_ratio(text: str) -> float:
    """Share of characters that no text file holds; high for binary data decoded by force."""
    text = _ESCAPES.sub("", text)  # escapes are stripped later; they do not make a file binary
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return bad / len(text)
