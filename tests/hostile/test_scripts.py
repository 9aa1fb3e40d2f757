"""File and folder names in other scripts (Cyrillic, Greek, CJK) each get their own page.

Before, every such name slugged to ``untitled`` and all but one were skipped as clashes.
"""

from __future__ import annotations

import subprocess

from generator.slugs import slugify
from tests.hostile.project import BRIEFING, make_project

NAMES = {  # folder, file: the slugs their pages get
    ("новости", "статья.md"): ("novosti", "stat-ya"),
    ("ειδήσεις", "άρθρο.md"): ("eidiseis", "arthro"),
    ("新闻", "文章.md"): ("xinwen", "wenzhang"),
}


def test_slugs_transliterate_instead_of_dropping_letters():
    assert slugify("Dan Jørgensen") == "dan-jorgensen"
    assert slugify("Lech Wałęsa") == "lech-walesa"
    assert slugify("Pedro Sánchez") == "pedro-sanchez"
    assert slugify("Москва") == "moskva"
    assert slugify("北京") == "beijing"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("†‡") == "untitled"
    assert slugify("Ünïcødé — ‘quotes’ 🎉") == "unicode-quotes"  # a symbol has no letters to give


def test_each_script_gets_its_own_briefing_and_source_page(tmp_path):
    root = make_project(tmp_path / "project")
    for (folder, name), _ in NAMES.items():
        (root / "content" / folder).mkdir()
        (root / "content" / folder / name).write_text(
            "---\ntitle: A story\nlanguage: en\ndate: 2025-01-27\n---\nThe minister said on Tuesday that the plan was ready.\n",
            encoding="utf-8")
    result = subprocess.run([*BRIEFING, "--root", str(root), "generate"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "clash" not in result.stderr and "untitled" not in result.stderr
    docs = root / "build" / "docs" / "en"
    for folder_slug, article_slug in NAMES.values():
        assert (docs / "briefings" / f"{folder_slug}.md").is_file(), sorted(p.name for p in (docs / "briefings").iterdir())
        assert (docs / "sources" / folder_slug / f"{article_slug}.md").is_file()
