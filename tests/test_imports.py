"""The import shortcuts for spaCy and sumy leave both libraries whole for anyone who needs more."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from briefing.spacy_import import import_spacy
from briefing.analysis.sumy_import import summarizers

spacy = import_spacy()
assert "typer" not in sys.modules and "spacy.cli" not in sys.modules
nlp = spacy.blank("en")
assert [t.text for t in nlp("Two words")] == ["Two", "words"]
summarizers()
assert "nltk" not in sys.modules
import spacy.cli
import nltk.stem.snowball
assert hasattr(spacy.cli, "download") and hasattr(nltk.stem.snowball, "SnowballStemmer")
print("ok")
"""


def test_spacy_and_sumy_import_without_their_heavy_extras():
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_fast_pipeline_load_tokenizes_as_spacy_load(nlp):
    """The pipeline built around an empty tokenizer ends with the package's own, rule for rule."""
    import spacy

    from briefing.nlp import TITLE_ABBREVIATIONS, choose_model
    from tests.conftest import SEEDS

    reference = spacy.load(choose_model())
    ours, theirs = nlp.tokenizer, reference.tokenizer
    added = {title: [{"ORTH": title}] for title in TITLE_ABBREVIATIONS if title not in theirs.rules}  # "Lt.", "Sens."
    assert "Lt." in added and "Gov." not in added
    assert ours.rules == {**theirs.rules, **added} and len(ours.rules) > 1000
    def pattern(tokenizer, attr):
        found = getattr(tokenizer, attr)
        return None if found is None else found.__self__.pattern  # a compiled regex's bound method

    for attr in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        assert pattern(ours, attr) == pattern(theirs, attr), attr
    assert pattern(ours, "prefix_search")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts.append("Don't e-mail U.S. officials at 9am (ICJ): http://x.org/a?b=1, $20bn, Mr. O'Neil's -- ok...")
    for text in texts:
        assert [t.text for t in ours(text)] == [t.text for t in theirs(text)]
