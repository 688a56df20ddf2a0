"""File to `Article`: reading, decoding, cleaning and finding the article's structure.

Every failure is a `LoadError` whose message is one sentence a reader can act on; nothing else
escapes, so the CLI and the app can report it and carry on.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path

from briefing.analysis.lexicon import CAPTION_CREDIT
from briefing.article import Article
from briefing.clean import clean_text, control_ratio
from briefing.credit_lines import (
    AGENCY_DATELINE,
    BYLINE_PREFIX,
    DATELINE_PREFIX,
    NAMED_BYLINE,
    TIME_STAMP,
    WIRE_DATELINE,
    is_byline,
    is_dateline,
)
from briefing.page_marks import bold_paragraphs
from briefing.paragraphs import split_paragraphs

MAX_BYTES = 64 * 1024 * 1024
LARGE_HTML = 2_000_000  # characters; beyond this the HTML extractor skips its second opinion
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
    b"BZh": "a bzip2 archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


class LoadError(Exception):
    """A file that cannot become an article; str() is the one-line reason."""


def load_article(path: str | os.PathLike[str]) -> Article:
    """Read a file from disk and return its `Article`."""
    p = Path(path)
    return parse_bytes(read_bytes(p), fmt=format_for(p), path=p)


def format_for(path: Path) -> str:
    """The format a file's name suggests; sniffing may still find HTML in a .txt."""
    suffix = path.suffix.lower()
    return "html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES else "text"


def parse_bytes(data: bytes, fmt: str = "text", path: Path | None = None) -> Article:
    """Decode and structure raw bytes; `fmt` is a hint that sniffing may override for HTML."""
    name = path.name if path else "input"
    kind = _binary_kind(data)
    if kind:
        raise LoadError(f"{name} is {kind}, not an article.")
    text, warnings = decode(data)
    if control_ratio(text[:65536]) > 0.05:
        raise LoadError(f"{name} looks like binary data, not text.")
    if fmt == "text" and _looks_like_html(text):
        fmt = "html"
    if fmt != "html" and (why := not_prose(text)):
        raise LoadError(f"{name} {why}, not prose to analyse.")
    sha = hashlib.sha256(data).hexdigest()
    bold: frozenset[str] = frozenset()
    if fmt == "html":
        pieces = _html_pieces(text, name)
        bold = bold_paragraphs(text)
    else:
        pieces = structure(split_paragraphs(clean_text(text)), markdown=fmt == "markdown")
    pieces = mark_furniture(pieces)
    if not any(kind == "paragraph" for kind, _ in pieces):
        raise LoadError(f"{name} holds no text to analyse.")
    return Article.from_blocks(pieces, emphasised=bold, format=fmt, path=path, sha256=sha, warnings=tuple(warnings))


def read_bytes(p: Path) -> bytes:
    """The file's bytes, or a LoadError with the one-line reason it cannot be read."""
    name = p.name or str(p)
    try:
        st = p.stat()
    except FileNotFoundError:
        if p.is_symlink():
            raise LoadError(f"{name} is a broken link.") from None
        raise LoadError(f"{name} does not exist (was it moved or deleted?).") from None
    except PermissionError:
        raise LoadError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        raise LoadError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(st.st_mode):
        raise LoadError(f"{name} is a folder; choose an article file inside it.")
    if not stat.S_ISREG(st.st_mode):
        raise LoadError(f"{name} is not a regular file (a pipe, socket or device), so it is not read.")
    if st.st_size > MAX_BYTES:
        raise LoadError(f"{name} is {st.st_size / 2**20:.0f} MB; articles up to {MAX_BYTES // 2**20} MB are read.")
    try:
        with p.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise LoadError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        raise LoadError(f"{name} cannot be read: {exc.strerror or exc}.") from None


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Plain text in UTF-16 has a NUL in every other byte; detect which side."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to str, trying what news files really are before guessing."""
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), warnings
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), warnings
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), warnings
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
    if multibyte and bad <= max(3, len(lenient) // 200):
        warnings.append(f"{bad} byte(s) that are not valid UTF-8 were replaced with \ufffd.")
        return lenient, warnings
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:1_000_000]).best()
    except Exception:  # a detector failure must not lose the file: fall through to cp1252
        best = None
    encoding = best.encoding if best is not None else None
    for candidate in filter(None, (encoding, "cp1252")):
        try:
            return data.decode(candidate), warnings
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1"), warnings


PROSE_SAMPLE = 200_000  # characters judged, from the start, the middle and the end
LONG_WORD = 40  # characters without a space: no word in running text is this long


def not_prose(text: str) -> str | None:
    """Why a text is no prose, from cheap signals, or None.

    A base64 blob or a minified script saved as .txt has almost no word breaks, so most of its
    characters sit in "words" longer than any word ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."), and
    spaCy takes a minute over a few megabytes of it. Running text, tables and lists of links
    included, keeps most characters in words of ordinary length. A text under 20,000 characters is
    never judged: it parses in a second whatever it holds ("the minister said xxxx...x" included).
    """
    if len(text) < 20_000:
        return None
    third = PROSE_SAMPLE // 3
    sample = text if len(text) <= PROSE_SAMPLE else (
        text[:third] + " " + text[len(text) // 2 - third // 2: len(text) // 2 + third // 2] + " " + text[-third:])
    words = sample.split()
    chars = sum(map(len, words)) or 1
    if sum(len(w) for w in words if len(w) > LONG_WORD) / chars > 0.5:
        return "has almost no word breaks (encoded data or code?)"
    letters = sum(ch.isalpha() for ch in sample)
    if letters / chars < 0.35:
        return "is mostly digits and symbols"
    return None


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


# ---------------------------------------------------------------------------------- plain text

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_FINAL_PUNCT = tuple(".!?:;\"”’)")




def _is_headline(line: str) -> bool:
    return len(line) <= 200 and len(line.split()) <= 30


_FURNITURE = re.compile(r"(?:share(?: or comment on)?(?: this)?(?: article| story| page)?|advertisement|advert"
                        r"|sponsored(?: content)?"
                        r"|most (?:read|popular)|(?:read|see) more\b.*|related(?: stories| articles)?\b.*"
                        r"|sign up\b.*|subscribe\b.*|listen to (?:this )?(?:article|story)\b.*|follow us\b.*"
                        r"|skip to (?:main )?content|(?:\d+ )?comments?)", re.IGNORECASE)
# What an embedded post leaves in a saved page's text: its signature line ("— Donald J. Trump
# (@realDonaldTrump) March 21, 2024") and bare links ("pic.twitter.com/xR4kTq9Lm2").
_EMBED = re.compile(r"(?:[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)(?:\s+\w+\.? \d{1,2}, \d{4})?"
                    r"|(?:https?://)?(?:pic\.twitter\.com|t\.co|x\.com)/\S+)")
_SECTION_LABEL = re.compile(r"^\s*[A-Za-z][\w &'’-]{0,30}:\s*")  # "WORLD: " before a repeated headline


def _folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def mark_furniture(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A saved page's furniture inside the body is kept but is not story: the headline and standfirst
    again ("WORLD: Dockworkers strike shuts Port of Santos"), a section kicker ("World") before the
    first paragraph, and "Share this article", "Advertisement", "Read more: ..." lines."""
    heads = {_folded(text) for kind, text in pieces if kind in ("title", "subtitle")} - {""}
    out: list[tuple[str, str]] = []
    started = False
    for kind, text in pieces:
        if kind == "paragraph":
            bare = _folded(_SECTION_LABEL.sub("", text, count=1))
            words = text.split()
            kicker = not started and len(words) <= 2 and not text.rstrip().endswith(_FINAL_PUNCT)
            if _folded(text) in heads or bare in heads or kicker or TIME_STAMP.fullmatch(text.strip()) or len(words) <= 12 and (
                    _FURNITURE.fullmatch(text.strip().rstrip(".:")) is not None or _EMBED.fullmatch(text.strip())):
                kind = "furniture"
            else:
                started = True
        out.append((kind, text))
    return out if any(kind == "paragraph" for kind, _ in out) else pieces  # all furniture: read it all


def structure(paragraphs: list[str], markdown: bool = False) -> list[tuple[str, str]]:
    """Label paragraphs as title, subtitle, dateline, byline or body.

    A one-paragraph file is all body: labelling its only text a headline would leave nothing to read.
    """
    paras = list(paragraphs)
    pieces: list[tuple[str, str]] = []
    if markdown:
        paras = [_MD_HEADING.sub(lambda m: m.group(2), p) if _MD_HEADING.match(p) else p for p in paras]
        markdown_title = next((p for p in paragraphs[:1] if _MD_HEADING.match(p)), None)
        if markdown_title:
            pieces.append(("title", paras.pop(0)))
    if len(paras) < 2:
        return pieces + [("paragraph", p) for p in paras]
    if not pieces and _is_headline(paras[0]) and not BYLINE_PREFIX.match(paras[0]):  # "By . Daily Mail Reporter ."
        pieces.append(("title", paras.pop(0)))
    # Dek: a short line without final punctuation, straight after the headline; or a short paragraph
    # between the headline and a "By ..." line, full stop or not ("The bank was accused of ... ").
    before_byline = len(paras) >= 3 and len(paras[0]) <= 300 and bool(BYLINE_PREFIX.match(paras[1]))
    if (pieces and len(paras) >= 2 and (len(paras[0]) <= 200 and not paras[0].endswith(_FINAL_PUNCT) or before_byline)
            and not is_dateline(paras[0]) and not is_byline(paras[0])):
        pieces.append(("subtitle", paras.pop(0)))
    head: list[tuple[str, str]] = []
    glued = DATELINE_PREFIX.match(paras[0]) if paras else None
    if glued and len(paras) > 1 and not is_dateline(paras[0]):  # "Thursday, May 7, 2015 On Tuesday, ..."
        head.append(("dateline", glued.group(1)))
        paras[0] = paras[0][glued.end():]
    for _ in range(3):  # dateline and "By ..." lines sit at the top, in either order
        if len(paras) > 1 and is_dateline(paras[0]):
            head.append(("dateline", paras.pop(0)))
        elif len(paras) > 1 and (BYLINE_PREFIX.match(paras[0]) or NAMED_BYLINE.match(paras[0].strip())) \
                and len(paras[0]) <= 120:
            head.append(("byline", paras.pop(0)))
    wire = (WIRE_DATELINE.match(paras[0]) or AGENCY_DATELINE.match(paras[0])) if paras else None
    if wire and len(paras) > 1:  # "WASHINGTON (AP) — House Republicans ...": the first sentence starts after it,
        head.append(("dateline", wire.group(1)))  # under the byline or not
        paras[0] = paras[0][wire.end():]
    tail: list[tuple[str, str]] = []
    if len(paras) > 1 and is_byline(paras[-1]):
        tail.append(("byline", paras.pop()))
    body = [("caption" if is_caption(p) else "paragraph", p) for p in paras]
    cut = next((i for i, p in enumerate(paras) if i >= len(paras) // 3 and _END_MATTER.fullmatch(p.strip())), None)
    if cut is not None:  # "Sources", "References": what follows is a list of links, not the story
        body = body[:cut] + [("reference", p) for p in paras[cut:]]
    return pieces + head + body + tail


_END_MATTER = re.compile(r"(?:sources?|references|related (?:news|stories|articles)|see also|external links"
                         r"|further reading)[:.]?", re.I)


_CAPTION = re.compile(CAPTION_CREDIT.pattern + r"\s*\S", re.I)


def is_caption(paragraph: str) -> bool:
    """A picture caption with its credit ('..., a school in Milan. Image: Friedrichstrasse.')."""
    return len(paragraph) <= 300 and bool(_CAPTION.search(paragraph))


# ---------------------------------------------------------------------------------------- HTML


def _html_pieces(html: str, name: str) -> list[tuple[str, str]]:
    try:
        import trafilatura

        # On very large pages the readability fallback costs more than the main extractor.
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True,
                                          fast=len(html) > LARGE_HTML)
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise LoadError(f"{name}: the web page could not be parsed ({type(exc).__name__}).") from None
    if doc is None:
        raise LoadError(f"{name}: no article text was found in this web page.")
    get = doc.get if isinstance(doc, dict) else (lambda key: getattr(doc, key, None))
    body = clean_text(get("text") or "")
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if not paragraphs:
        raise LoadError(f"{name}: no article text was found in this web page.")
    pieces: list[tuple[str, str]] = []
    title = clean_text(get("title") or "").strip()
    if title:
        pieces.append(("title", " ".join(title.split())))
    description = clean_text(get("description") or "").strip()
    if description and len(description) <= 300 and description not in paragraphs[0]:
        pieces.append(("subtitle", " ".join(description.split())))
    author = clean_text(get("author") or "").strip()
    if author:
        pieces.append(("byline", " ".join(author.split())))
    date = (get("date") or "").strip()
    if date:
        pieces.append(("dateline", date))
    return pieces + [("paragraph", p) for p in paragraphs]
