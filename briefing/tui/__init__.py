"""The Textual dashboard. Nothing here parses text: it shows a `Briefing`."""
