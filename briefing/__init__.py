"""briefing: a news article in, a thirty-second briefing out."""

__version__ = "0.1.0"
