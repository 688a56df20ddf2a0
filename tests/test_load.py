"""The loader: formats, encodings, structure, and a clear LoadError for everything else."""

from __future__ import annotations

import os

import pytest

from briefing.load import LoadError, load_article, parse_bytes
from tests.conftest import SAMPLE, SEEDS

BODY = "Officials said on Monday that talks would resume. “We are ready,” the minister said."
ARTICLE = f"Talks to resume next week\n\n{BODY}\n\nA second paragraph follows here with more words."


def test_sample_structure(sample_article):
    a = sample_article
    assert a.title == "Israel looks to restart hostage negotiations amid domestic and international pressure"
    assert a.subtitle == "War Cabinet meets to discuss hostage talks while Hamas continues to stall"
    assert a.byline == "The All Israel News Staff is a team of journalists in Israel."
    assert a.paragraphs[0].startswith("Israel is set to restart")
    assert a.paragraphs[-1].startswith("In addition, International Criminal Court")
    assert len(a.paragraphs) == 16
    for block in a.blocks:
        assert a.text[block.start:block.end] == block.text
    assert a.paragraph_offsets == [b.start for b in a.body]


def test_gum_article_with_dateline():
    a = load_article(SEEDS / "gum-clock.txt")
    assert a.title == "Texas student Ahmed Mohamed inspires social movement"
    assert a.dateline == "Tuesday, September 22, 2015"
    assert a.subtitle is None
    assert not any("September 22, 2015" in p for p in a.paragraphs)


def test_dateline_glued_to_first_paragraph():
    a = parse_bytes(b"Flag vote\n\nThursday, May 7, 2015 On Tuesday, the government spoke.\n\nMore text here.")
    assert a.dateline == "Thursday, May 7, 2015"
    assert a.paragraphs[0] == "On Tuesday, the government spoke."


# (text, subtitle, byline): the standfirst and the author's line at the top
HEADS = [
    ("Regulator fines bank\n\nThe bank ignored warnings, the watchdog said.\n\nBy Helen Marsh, Business Reporter"
     "\n\nThe watchdog fined the bank on Monday.\n\nIt said more was to come.",
     "The bank ignored warnings, the watchdog said.", "By Helen Marsh, Business Reporter"),  # a dek with a full stop
    ("Mayor on homelessness\n\nWe spoke to the mayor about the city's progress.\n\nInterview by Daniel Ortiz\n\n"
     "Q: Has it worked?\n\nA: It has let us move faster.", "We spoke to the mayor about the city's progress.",
     "Interview by Daniel Ortiz"),
    ("Talks to resume\n\nOfficials said on Monday that talks would resume.\n\nA second paragraph follows.\n\n"
     "A third one ends it.", None, None),  # a first paragraph with no byline after it is body
    ("Water firms face inquiry\n\nEnvironment Agency opens its largest investigation\n\nHelena Shaw, Environment"
     " correspondent\n\nThe agency has opened an inquiry.\n\nIt said more was to come.",
     "Environment Agency opens its largest investigation", "Helena Shaw, Environment correspondent"),  # no "By"
    ("Ceasefire talks stall\n\nJulian Borger in Washington\n\nTalks on a ceasefire stalled on Monday.\n\nBoth sides"
     " blamed the other.", None, "Julian Borger in Washington"),  # the reporter and where they file from
    ("Bin strike drags on\n\nResidents say rats are roaming streets\nUnion blames council for refusing to pay\n"
     "Council leader says offer is final\n\nBy Hannah Moore For Mailonline\n\nRubbish has piled up for six weeks."
     "\n\nThe strike goes on.", "Residents say rats are roaming streets\nUnion blames council for refusing to pay\n"
     "Council leader says offer is final", "By Hannah Moore For Mailonline"),  # a standfirst's bullet lines, kept apart
    ("Welfare rebellion grows\n\nPippa Crerar Political editor\n\nKeir Starmer is facing a rebellion.\n\nThe vote is"
     " next week.", None, "Pippa Crerar Political editor"),  # a byline with no "By" and no comma
    ("Bins pile up\n\n- Unite members to stay out until September\n- Council says it cannot afford pay demands.\n\nBy"
     " Hannah Moore\n\nRubbish has piled up for six weeks.\n\nThe strike goes on.",
     "- Unite members to stay out until September\n- Council says it cannot afford pay demands.",
     "By Hannah Moore"),  # two bulleted lines are items, whatever ends them
]


def test_a_byline_opening_the_file_is_no_headline():
    a = parse_bytes(b"By . Daily Mail Reporter . PUBLISHED: . 09:14 EST, 12 March 2014 . | . UPDATED: . 11:02 EST, 12"
                    b" March 2014 .\n\nA pensioner has been jailed for 28 days.\n\nShe refused to pay.")
    assert (a.title, a.byline) == (None, "By . Daily Mail Reporter . PUBLISHED: . 09:14 EST, 12 March 2014 . | . "
                                         "UPDATED: . 11:02 EST, 12 March 2014 .")


def test_a_closing_credit_is_a_byline():
    a = parse_bytes(b"Mayor resigns\n\nThe mayor has resigned.\n\nShe denied wrongdoing.\n\nCNN's Maria Santos"
                    b" contributed to this report.")
    assert a.byline == "CNN's Maria Santos contributed to this report."


def test_a_pages_time_stamp_is_its_dateline():
    a = parse_bytes(b"Bin strike\n\nBy Hannah Moore\n\nPublished: 10:05 EST, 3 March 2026 | Updated: 12:41 EST, 3 March"
                    b" 2026\n\nRubbish has piled up for six weeks.\n\nThe strike goes on.")
    assert a.dateline.startswith("Published:") and a.paragraphs[0].startswith("Rubbish")


def test_hard_wrapped_prose_is_no_list():
    a = parse_bytes(b"Strike\n\nRefuse collectors in Coventry walked out in January\nin a row over pay, and the"
                    b" dispute shows\nno sign of ending, the union said.\n\nA second paragraph follows.")
    assert a.paragraphs[0].startswith("Refuse collectors") and "\n" not in a.paragraphs[0]


@pytest.mark.parametrize(("text", "subtitle", "byline"), HEADS)
def test_standfirst_and_byline(text, subtitle, byline):
    a = parse_bytes(text.encode())
    assert (a.subtitle, a.byline) == (subtitle, byline)


# (first paragraph as written, dateline, what the body's first paragraph starts with)
WIRE_DATELINES = [
    ("WASHINGTON (AP) — House Republicans unveiled a bill.", "WASHINGTON (AP) —", "House Republicans"),
    ("AUSTIN, Texas (AP) — A federal judge blocked a law.", "AUSTIN, Texas (AP) —", "A federal judge"),
    ("JERUSALEM, March 3 (Reuters) - Israeli warplanes struck.", "JERUSALEM, March 3 (Reuters) -", "Israeli"),
    ("BRUSSELS — European Union ministers agreed on sanctions.", "BRUSSELS —", "European Union"),
    ("NEW YORK, March 4 - Elm Ridge Capital has built a stake.", "NEW YORK, March 4 -", "Elm Ridge"),  # a hyphen
    ("LONDON, 4 March - Rail fares will rise.", "LONDON, 4 March -", "Rail fares"),  # after a date
    ("US - China talks resumed on Monday.", None, "US - China"),  # a hyphen after a capital: a sentence
    ("(CNN) -- A powerful storm slammed into the coast.", "(CNN) --", "A powerful storm"),  # the agency alone
    ("Washington (CNN) — The House passed the bill.", "Washington (CNN) —", "The House"),  # a place in title case
    ("Sen. John Smith (R) - Texas voted no.", None, "Sen. John Smith"),  # a party's letter is no agency
    ("NATO said on Monday it would send more troops.", None, "NATO said"),  # no dash: a sentence
]


@pytest.mark.parametrize(("first", "dateline", "opening"), WIRE_DATELINES)
def test_a_wire_dateline_is_parted_from_the_first_sentence(first, dateline, opening):
    a = parse_bytes(f"Headline here\n\n{first}\n\nA second paragraph follows.".encode())
    assert a.dateline == dateline and a.paragraphs[0].startswith(opening)


def test_a_wire_dateline_under_the_byline_is_parted_too():
    a = parse_bytes("Race tightens\n\nBy Kevin Park\n\nLANSING, Mich. — Republican candidate Tudor Dixon accused the"
                    " governor.\n\nA second paragraph follows.".encode())
    assert (a.byline, a.dateline) == ("By Kevin Park", "LANSING, Mich. —")
    assert a.paragraphs[0].startswith("Republican candidate")


@pytest.mark.parametrize(("block", "paragraphs"), [
    ("Your first restaurant closed after a year. What went wrong?\nI was 24 and I thought passion was enough. It"
     " wasn't. The rent doubled, the landlord would not talk to us.", 2),  # a question over its answer, unwrapped
    ("What did you eat?\nEverything my grandmother made. She never measured anything, and I watched\nher from a"
     " chair by the stove for years and years and years.", 2),  # over a hard-wrapped answer, well short of it
    ("The question was whether the council would ever agree to pay for it all, and who would?\nNobody knew, and"
     " nobody said, not even the mayor.", 1),  # hard-wrapped prose that happens to break at a question
])
def test_a_question_over_its_answer_is_a_turn_of_its_own(block, paragraphs):
    a = parse_bytes(f"Interview\n\nA first paragraph sets the scene.\n\n{block}\n\nThe end.".encode())
    assert len(a.paragraphs) == 2 + paragraphs


@pytest.mark.parametrize("line", ["— Donald J. Trump (@realDonaldTrump) March 21, 2024", "pic.twitter.com/xR4kTq9Lm2"])
def test_what_an_embedded_post_leaves_is_no_story(line):
    a = parse_bytes(f"Deal\n\nTrump posted on Truth Social.\n\n{line}\n\nDemocrats said they would help.".encode())
    assert [b.kind for b in a.blocks if b.text == line] == ["furniture"]


def test_single_paragraph_is_all_body():
    a = parse_bytes(BODY.encode())
    assert a.title is None and a.paragraphs == [BODY]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings(encoding):
    a = parse_bytes(ARTICLE.encode(encoding))
    assert a.title == "Talks to resume next week"
    assert "“We are ready,”" in a.text


def test_cp1252_smart_quotes_and_latin1():
    cp = "Headline here\n\n\x93We are ready,\x94 the minister said in Montr\xe9al.\n\nMore.".encode("latin-1")
    a = parse_bytes(cp)
    assert "“We are ready,” the minister said in Montréal." in a.text
    a = parse_bytes("Titre\n\nLe ministre a parlé à Montréal hier.\n\nFin.".encode("latin-1"))
    assert "Montréal" in a.text


def test_invalid_utf8_in_the_middle_keeps_the_rest():
    data = ("Headline\n\nCafé talks go on. " * 20).encode() + b"\xff\xfe\xfa" + b" The end is kept."
    a = parse_bytes(data)
    assert a.text.endswith("The end is kept.")
    assert "Café" in a.text and a.warnings


def test_newlines_and_escapes_are_cleaned():
    raw = b"Title\r\n\r\nA line with \x1b[31mred\x1b[0m and \x1b]0;pwned\x07 title\x1b]52;c;SGVsbG8=\x07 text.\r\n"
    raw += "\u202eevil\u202c and zero\u200bwidth.\r\n".encode()
    a = parse_bytes(raw)
    assert "\x1b" not in a.text and "\r" not in a.text and "\u202e" not in a.text and "\u200b" not in a.text
    assert "A line with red and title text." in a.text
    assert "zerowidth" in a.text


def test_markdown_title_and_paragraphs(tmp_path):
    p = tmp_path / "note.md"
    p.write_text("# Big news today\n\nFirst paragraph of the story.\n\n## Background\n\nSecond one.\n")
    a = load_article(p)
    assert a.format == "markdown"
    assert a.title == "Big news today"
    assert "Background" in a.paragraphs and "#" not in a.text


def test_html_page(tmp_path):
    body = "".join(f"<p>Paragraph {i} says that the council met on Monday to discuss the new budget plan "
                   f"for the city and its many residents, who protested loudly.</p>" for i in range(6))
    html = (f"<html><head><title>Council meets</title><meta name='author' content='Jane Roe'></head>"
            f"<body><nav>Home | About</nav><article><h1>Council meets</h1>{body}</article>"
            f"<script>alert('x')</script></body></html>")
    p = tmp_path / "page.html"
    p.write_text(html)
    a = load_article(p)
    assert a.format == "html"
    assert a.title == "Council meets"
    assert any("council met on Monday" in para for para in a.paragraphs)
    assert "alert" not in a.text


QA_PAGE = ("<html><head><title>Mayor Lena Ortiz on the transit strike</title></head><body><article>"
           "<h1>Mayor Lena Ortiz on the transit strike</h1><p>The city's buses have not run for nine days. Mayor Lena"
           " Ortiz spoke to the Herald on Tuesday.</p><p><strong>Why not meet the union's demands?</strong></p>"
           "<p>Because the money is not there. I have shown the union our books, line by line.</p>"
           "<p><b>The union says you have refused to negotiate.</b></p><p>That is simply not <b>true</b>. We have"
           " met eleven times since March.</p></article></body></html>")


def test_a_paragraph_a_page_sets_in_bold_is_marked(tmp_path):
    p = tmp_path / "qa.html"
    p.write_text(QA_PAGE)
    marked = [b.text[:20] for b in load_article(p).blocks if b.emphasised]
    assert marked == ["Why not meet the uni", "The union says you h"]  # a bold word does not make its paragraph


# (a body line on a saved page, whether it is the page's furniture)
FURNITURE = [
    ("World", True),  # a section kicker before the first paragraph
    ("Dockworkers strike shuts Port of Santos", True),  # the headline again
    ("WORLD: Dockworkers strike shuts Port of Santos", True),  # the headline behind a section label
    ("Share this article", True),
    ("Share or comment on this article:", True),
    ("Published: 10:05 EST, 3 March 2026 | Updated: 12:41 EST, 3 March 2026", True),  # a time stamp
    ("Published reports suggest the union will strike again.", False),  # a sentence
    ("Advertisement", True),
    ("Read more: Brazil's coffee exports hit record high", True),
    ("The strike would continue until port operators agreed to reopen wage talks, the union said.", False),
]


@pytest.mark.parametrize(("line", "furniture"), FURNITURE, ids=[r[0][:30] for r in FURNITURE])
def test_a_pages_furniture_is_kept_but_not_body(tmp_path, line, furniture):
    body = "".join(f"<p>Paragraph {i} says that the dockworkers walked off the job at the port on Monday and the "
                   f"union pressed for higher pay.</p>" for i in range(3))
    html = (f"<html><head><title>Dockworkers strike shuts Port of Santos</title></head><body><article>"
            f"<h1>Dockworkers strike shuts Port of Santos</h1><p>{line}</p>{body}</article></body></html>")
    p = tmp_path / "page.html"
    p.write_text(html)
    a = load_article(p)
    assert line in a.text  # nothing is lost
    assert (line not in a.paragraphs) is furniture


def test_html_without_body(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><script>var a = 1;</script><style>p{}</style></head><body></body></html>")
    with pytest.raises(LoadError, match="no article text"):
        load_article(p)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "no text"),
        (b"   \n\n\t  \n", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_unusable_bytes(tmp_path, data, message):
    p = tmp_path / "article.txt"
    p.write_bytes(data)
    with pytest.raises(LoadError, match=message):
        load_article(p)


def test_not_a_regular_file(tmp_path):
    with pytest.raises(LoadError, match="folder"):
        load_article(tmp_path)
    with pytest.raises(LoadError, match="does not exist"):
        load_article(tmp_path / "gone.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(LoadError, match="broken link"):
        load_article(link)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(LoadError, match="not a regular file"):
        load_article(fifo)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("text")
    p.chmod(0)
    with pytest.raises(LoadError, match="permission"):
        load_article(p)


def test_sample_is_shipped_byte_for_byte():
    assert SAMPLE.read_bytes().startswith(b"Israel looks to restart hostage negotiations")


def _prose_check(text: str) -> str | None:
    from briefing.load import not_prose

    return not_prose(text)


@pytest.mark.parametrize(("label", "text"), [
    ("base64", __import__("base64").b64encode(bytes(range(256)) * 400).decode()),
    ("base64 lines", "\n".join(__import__("base64").b64encode(bytes(range(256)) * 400).decode()[i:i + 76]
                              for i in range(0, 136_000, 76))),
    ("minified script", "function(a,b){return a.map(function(c){return c*b})};var x=document.querySelector('#id');"
                        * 400),
    ("numbers", "12.5 13.7 99.1 42.0 -3.2 7.77 | " * 1000),
], ids=lambda x: x if len(x) < 20 else "")
def test_not_prose_is_refused(label, text):
    assert _prose_check(text) is not None, label
    with pytest.raises(LoadError) as err:
        parse_bytes(text.encode())
    assert "not prose" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize(("label", "text"), [
    ("news", (SEEDS / "hostage-talks.txt").read_text(encoding="utf-8") * 20),
    ("links", (SEEDS / "hostage-talks.txt").read_text(encoding="utf-8") + "\n\nSources\n\n" + "\n\n".join(f"Report {i}: https://example.org/news/2024/05/{i}/a-long-story-slug"
                                           f"-about-the-talks-{i}.html read on May {i % 28 + 1}."
                                           for i in range(20))),
    ("a table", "Results\n\n" + "\n".join(f"Region {i}: 12,500 votes for Smith, 9,800 for Jones, turnout 61%."
                                          for i in range(300))),
    ("german", "Die Regierung hat am Montag angekündigt, dass die Verhandlungen wieder aufgenommen werden. "
               * 100),
    ("short blob", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9eyJzdWIiOiIxMjM0NTY3ODkwIn0" * 250),
], ids=lambda x: x if len(x) < 20 else "")
def test_prose_is_never_refused(label, text):
    assert _prose_check(text) is None, label
