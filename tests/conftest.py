"""Shared fixtures: the real spaCy pipeline, loaded once per session, and the sample's briefing."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SAMPLE = SEEDS / "hostage-talks.txt"


@pytest.fixture(scope="session")
def nlp():
    from briefing.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def sample_article():
    from briefing.load import load_article

    return load_article(SAMPLE)


@pytest.fixture(scope="session")
def sample_briefing(nlp, sample_article):
    from briefing.briefing import analyze

    return analyze(sample_article, nlp)


@pytest.fixture(scope="session")
def analyze_text(nlp):
    """Analyse an in-memory article text (structure detection included)."""
    from briefing.briefing import analyze
    from briefing.load import parse_bytes

    def run(text: str, fmt: str = "text"):
        return analyze(parse_bytes(text.encode("utf-8"), fmt=fmt), nlp)

    return run
