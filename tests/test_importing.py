"""briefing add: the one command that writes into content/."""

from __future__ import annotations

import pytest

from generator.authoring.importing import add_article
from generator.config import Config
from generator.errors import ContentError
from generator.read.sources import read_content
from tests.conftest import SEED, write


def test_add_writes_markdown_with_front_matter(empty_project, tmp_path):
    source = write(tmp_path / "inbox" / "stuk.txt", SEED.read_bytes())
    target = add_article(source, Config.from_root(empty_project), "AI race")
    assert target == empty_project / "content" / "ai-race" / "stuk.md"
    text = target.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Na het nieuws dat")
    assert "date: 2025-01\n" in text and "language: nl\n" in text
    content = read_content(empty_project / "content")
    assert content.errors == [] and content.articles[0].published.isoformat() == "2025-01"


def test_add_never_overwrites(empty_project, tmp_path):
    source = write(tmp_path / "inbox" / "stuk.md", "---\ntitle: Nieuw\nlanguage: nl\n---\nTekst.\n")
    existing = write(empty_project / "content" / "b" / "stuk.md", "door een redacteur geschreven")
    with pytest.raises(ContentError, match="already exists"):
        add_article(source, Config.from_root(empty_project), "b")
    assert existing.read_text(encoding="utf-8") == "door een redacteur geschreven"


def test_add_refuses_an_invalid_article(empty_project, tmp_path):
    source = write(tmp_path / "inbox" / "bad.md", "---\ndate: 2025-02-30\n---\nTekst.\n")
    with pytest.raises(ContentError, match="bad.md:2: expected a date"):
        add_article(source, Config.from_root(empty_project), "b")
    assert not (empty_project / "content" / "b").exists()
