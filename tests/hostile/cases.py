"""The hostile corpus: every case, and what the user must be told about it.

``corpus/`` is a ``content/`` folder; the cases that cannot be committed (a
50 MB file, symbolic links) are made by ``project.make_hostile_project``.
``severity`` says what the build does with the file:

- ``"error"``: the file is skipped with the message, the rest is built;
- ``"warning"``: the file is built, and the message says what was repaired;
- ``None``: the file is built and nothing is said (the input is odd, not wrong,
  or the danger is only in the text, which is shown as text).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    path: str  # relative to content/
    what: str  # the hostile input, in words
    severity: str | None
    message: str = ""  # a fragment of the one-line message
    line: int | None = None  # the line the message must name, when there is one
    page: str | None = None  # site path of the page a built article gets (nl build)


H = "hostile/"


def built(path: str, what: str, slug: str, severity: str | None = None, message: str = "",
          line: int | None = None, briefing: str = "hostile") -> Case:
    return Case(path, what, severity, message, line, f"sources/{briefing}/{slug}/index.html")


CASES: tuple[Case, ...] = (
    # front matter
    Case(H + "yaml-malformed.md", "malformed YAML (unclosed flow list)", "error", "front matter is not valid YAML", 5),
    Case(H + "yaml-tab-indent.md", "YAML indented with a tab", "error", "found character '\\t' that cannot start any token", 5),
    Case(H + "yaml-python-tag.md", "YAML !!python/object tag (code execution attempt)", "error",
         "could not determine a constructor", 2),
    Case(H + "yaml-alias-bomb.md", "YAML alias bomb (billion laughs) in tags", "error", "expected a list of tags", 13),
    Case(H + "yaml-unquoted-jinja.md", "unquoted {{ }} in a YAML value", "error", "found unhashable key", 2),
    Case(H + "frontmatter-list.md", "front matter that is a list", "error",
         "expected front matter to be a mapping of keys to values, got 'a list'", 2),
    Case(H + "frontmatter-string.md", "front matter that is a string", "error",
         "expected front matter to be a mapping of keys to values, got 'just a sentence", 2),
    Case(H + "frontmatter-unclosed.md", "front matter never closed", "error", "is never closed with '---'", 1),
    Case(H + "frontmatter-only.md", "front matter and no text", "error", "expected article text, got an empty body", 6),
    built(H + "unknown-key.md", "unknown key 'auther'", "unknown-key", "warning", "did you mean 'author'?", 5),
    built(H + "duplicate-key.md", "the same key twice", "duplicate-key", "warning", "duplicate front matter key 'title'", 5),
    Case(H + "title-mapping.md", "a title that is a mapping", "error", "expected title to be text", 2),
    Case(H + "url-javascript.md", "url: javascript:alert(...)", "error", "expected an http(s) URL, got 'javascript:", 4),
    # dates and languages
    Case(H + "date-impossible.md", "impossible date 2025-02-30", "error", "got '2025-02-30': not a real date", 4),
    Case(H + "date-month-13.md", "impossible month 2025-13", "error", "got '2025-13': not a real date", 4),
    Case(H + "date-ambiguous.md", "ambiguous date 03/04/2025", "error", "day and month order is ambiguous", 4),
    Case(H + "date-words.md", "a date in words ('last Tuesday')", "error", "got 'last Tuesday'", 4),
    Case(H + "date-header-impossible.txt", "plain text 'date 2025-02-30' header", "error", "got '2025-02-30'", 1),
    Case(H + "language-unknown.md", "unknown language code 'fr'", "error", "expected a language code (en, nl), got 'fr'", 3),
    # empty, binary, big
    Case(H + "empty.md", "empty file (0 bytes)", "error", "expected article text, got an empty file"),
    Case(H + "whitespace-only.md", "only spaces, tabs and line ends", "error", "expected article text, got only whitespace", 1),
    Case(H + "binary.md", "a PNG image named .md", "error", "expected a text file, got binary data"),
    Case(H + "huge-50mb.md", "a 50 MB article (made by the test)", "error", "expected an article under 20 MB, got 50 MB"),
    Case(H + "empty-page.html", "a saved web page with no text", "error", "expected a web page with article text"),
    # encodings and line ends
    built(H + "cp1252.md", "Windows-1252 bytes", "cp1252", "warning", "not valid UTF-8; read as Windows-1252", 2),
    built(H + "latin1.txt", "Latin-1 bytes", "latin1", "warning", "not valid UTF-8; read as Windows-1252", 1),
    built(H + "utf8-bom.md", "UTF-8 with a byte order mark", "utf8-bom"),
    built(H + "utf16-bom.txt", "UTF-16 with a byte order mark", "utf16-bom"),
    built(H + "crlf.md", "CRLF line ends", "crlf"),
    built(H + "lone-cr.md", "lone CR line ends (old Mac)", "lone-cr"),
    built(H + "nul-bytes.md", "NUL bytes inside text", "nul-bytes", "warning", "removed 3 NUL bytes", 7),
    built(H + "control-chars.md", "terminal escape sequences in title and text", "control-chars", "warning",
          "removed 5 control characters", 2),
    built(H + "long-line.md", "a 130 kB line", "long-line"),
    built(H + "deep-nesting.md", "400-deep quotes, 300-deep lists, 3000 nested brackets", "deep-nesting"),
    # injection: built, shown as text (checked in test_injection.py)
    built(H + "script-tag.md", "<script> in title and text, split and entity-encoded", "script-tag"),
    built(H + "event-handlers.md", "onerror/onload/onclick attributes, attribute breakout", "event-handlers"),
    built(H + "javascript-links.md", "[x](javascript:...) links in every spelling", "javascript-links"),
    built(H + "iframe-embed.md", "raw <iframe>, srcdoc, <object>, <embed>, meta refresh", "iframe-embed"),
    built(H + "jinja-in-text.md", "{{ }} and {% %} in the text", "jinja-in-text"),
    built(H + "jinja-in-front-matter.md", "{{ }} and {% %} in front matter values", "jinja-in-front-matter"),
    built(H + "hostile-page.html", "a saved web page with scripts and onload", "hostile-page", "warning",
          "no language; detected 'en'", 1),
    # paths and slugs
    built(H + "traversal-slug.md", "slug: ../../../etc/passwd in front matter", "traversal-slug", "warning",
          "unknown front matter key 'slug' ignored", 5),
    built(H + "%2e%2e%2F%2e%2e%2Fetc%2Fpasswd.md", "URL-encoded ../../etc/passwd as the file name",
          "2e-2e-2f-2e-2e-2fetc-2fpasswd"),
    built(H + "x..\\..\\windows\\win.ini.md", "backslash ..\\..\\ in the file name", "x-windows-win-ini"),
    Case(H + "..%2F..%2Fetc%2Fpasswd.md", "a file name starting with '..' (a hidden file)", None),
    built(H + "Same Slug.md", "first of two files with the slug 'same-slug'", "same-slug"),
    Case(H + "same-slug.md", "second file resolving to the same slug", "error",
         "article slug 'same-slug' is already used by Same Slug.md; skipped"),
    built(H + "Ünïcødé — ‘quotes’ 🎉.md", "Unicode and emoji in the file name", "unicode-quotes"),
    Case(H + "symlink-loop.md", "a symbolic link to itself (made by the test)", "error", "symbolic link loop; skipped"),
    Case("loop-folder", "a briefing folder that links to itself (made by the test)", "error", "symbolic link loop; skipped"),
    Case(H + "outside.md", "a link to /etc/passwd (made by the test)", "error",
         "symbolic link points outside content/; skipped"),
    Case(H + "named-pipe.md", "a named pipe called .md (made by the test)", "error",
         "not a regular file (a named pipe or device?); skipped"),
    Case(H + "dangling.md", "a link to a missing file (made by the test)", "error", "symbolic link to a missing file"),
    # briefing level
    Case("broken-meta/briefing.yml", "malformed briefing.yml", "error", "not valid YAML: expected ',' or ']'", 4),
    built("broken-meta/article.md", "an article beside the broken briefing.yml", "article", briefing="broken-meta"),
    built("Same Folder/first.md", "first of two folders with the slug 'same-folder'", "first", briefing="same-folder"),
    Case("same-folder", "second folder resolving to the same briefing slug", "error",
         "briefing slug 'same-folder' is already used by folder 'Same Folder'; folder skipped"),
    Case("actors.yml", "malformed actors.yml", "error", "not valid YAML", 4),
    # the good articles the rest of the site is made of
    built("good/kabinet.md", "a clean Dutch article", "kabinet", briefing="good"),
    built("good/senate.md", "a clean English article", "senate", briefing="good"),
)

# Files of the corpus that are not cases themselves.
SUPPORT = ("good/briefing.yml", "hostile/briefing.yml", "same-folder/second.md")
