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
