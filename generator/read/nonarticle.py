"""Telling an article from what is not one: a project file, code, configuration, a stray word.

``briefing extract README.md`` or ``briefing add /etc/hostname`` used to
succeed, with a title such as "vm"; the reader now refuses such files with a
message that says what it saw.
"""

from __future__ import annotations

import re
from pathlib import Path

# Files every software project has; none of them is a news article.
PROJECT_FILES = frozenset({
    "readme", "changelog", "changes", "history", "license", "licence", "copying", "notice", "authors",
    "contributing", "code_of_conduct", "security", "makefile", "dockerfile", "requirements", "manifest",
})

_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE = re.compile(r"[^\W\d_]{2,}\W+[^\W\d_]{2,}[^.!?\n]*[.!?…]")
_CODE_LINE = re.compile(
    r"""^\s*(?:
        (?:def|class|import|from|function|var|let|const|return|if|for|while|elif|else|fi|done|\#include|package|using)\b
      | [\w.\[\]"'-]+\s*(?:=|:=|\?=|\+=)\s*\S      # assignment, Makefile and TOML settings
      | (?:-\s+)?[\w"'.-]+\s*:\s*(?:[\[{"'\d]|true\b|false\b|null\b|\S+\s*$|$)   # YAML/JSON keys
      | \[[\w.\s"-]+\]\s*$                          # [section]
      | [{}\[\]();,]+\s*$                           # lone brackets
      | \$\s | >>>\s | ```                          # shell prompts, doctests, fences
      | \t                                          # tab-indented recipes
    )""", re.X)
_CODE_END = re.compile(r"[{};]\s*$|\):\s*$")


def not_an_article(path: Path, body: str, *, has_metadata: bool = False) -> str | None:
    """Why ``body`` (read from ``path``) is not article text, or None when it may be one.

    With ``has_metadata`` (front matter or header lines gave a title, date or
    language) an editor meant it as an article: only a project file's name is
    refused then, however short or odd the text.
    """
    if path.stem.lower() in PROJECT_FILES:
        return f"expected a news article, got the project file {path.name!r}"
    if has_metadata:
        return None
    lines = [line for line in body.splitlines() if line.strip()]
    code = sum(1 for line in lines if _CODE_LINE.match(line) or _CODE_END.search(line))
    if len(lines) >= 3 and code / len(lines) >= 0.6:
        return f"expected article text, got what looks like code or configuration ({code} of {len(lines)} lines)"
    if not _SENTENCE.search(body) and len(_WORD.findall(body)) < 6:
        return "expected article text with at least one sentence, got " + (
            repr(body[:40] + ("…" if len(body) > 40 else "")))
    return None
