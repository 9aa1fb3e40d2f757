"""Parse and validate the metadata at the top of a source article.

Markdown articles carry YAML front matter between ``---`` lines; plain-text
articles may open with ``key value`` header lines (the seed's ``date 2025-01``).
Every error names the line it was found on.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ContentError, Problem, expected
from generator.languages import available_languages
from generator.model import PartialDate


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that keeps dates as text, so impossible ones get our message."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

KNOWN_KEYS = ("title", "date", "language", "source", "url", "author", "tags")
_FENCE = re.compile(r"^---[ \t]*$", re.M)
# "date 2025-01", "datum: 2025-01-27", "title: ...": header lines of a .txt article.
_TEXT_HEADER = re.compile(r"^[ \t]*(title|titel|date|datum|language|taal|source|bron|url|author|auteur)[ \t]*[: \t][ \t]*", re.I)
_TEXT_DATE_PREFIX = re.compile(r"^\s*(?:date|datum)[:\s]+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)\b[ \t]*", re.I)
# "03/04/2025", "3-4-25", "03.04.2025": a local date order the reader will not guess.
_LOCAL_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")
_KEY_ALIASES = {"titel": "title", "datum": "date", "taal": "language", "bron": "source", "auteur": "author"}


@dataclass
class Metadata:
    """Validated front matter; ``lines`` maps each key to its line in the file."""

    values: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    warnings: list[Problem] = field(default_factory=list)


def split_front_matter(text: str, path: Path) -> Metadata:
    """Separate YAML front matter from the body and validate it."""
    if not text.startswith("---"):
        return Metadata(body=text)
    fences = list(_FENCE.finditer(text))
    if len(fences) < 2 or fences[0].start() != 0:
        raise ContentError("front matter opened with '---' is never closed with '---'", path, 1)
    raw = text[fences[0].end() : fences[1].start()]
    body = text[fences[1].end() :].lstrip("\n")
    body_line = text[: fences[1].end()].count("\n") + 2
    metadata = parse_yaml_front_matter(raw, path, first_line=1)  # raw starts with the newline after ---
    metadata.body, metadata.body_line = body, body_line
    return metadata


def did_you_mean(word: str, choices) -> str:
    """``"; did you mean 'title'?"`` for the closest of ``choices``, or nothing."""
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def load_yaml(raw: str, path: Path, first_line: int, label: str = "front matter") -> tuple[Any, yaml.Node | None]:
    """The YAML document in ``raw`` and its node; any failure is a ``ContentError``.

    ``label`` names what is being read in the message ("front matter is not
    valid YAML"); empty for a file that is YAML throughout.
    """
    invalid = f"{label} is not valid YAML" if label else "not valid YAML"
    loader = None
    try:
        loader = _FrontMatterLoader(raw)  # already checks for unprintable characters
        node = loader.get_single_node()  # one parse for both the data and the key lines
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as exc:
        line = first_line + raw.count("\n", 0, max(exc.position, 0))
        raise ContentError(f"{invalid}: character {exc.character!r} is not allowed", path, line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ContentError(f"{invalid}: {problem}", path, line) from None
    except RecursionError:  # thousands of nested [ or {: PyYAML's composer recurses
        raise ContentError(f"{invalid}: nested too deeply", path, first_line) from None
    except (ValueError, TypeError, OverflowError) as exc:  # a constructor choking on a value
        raise ContentError(f"{invalid}: {exc}", path, first_line) from None
    finally:
        if loader is not None:
            loader.dispose()
    return data, node


def parse_yaml_front_matter(raw: str, path: Path, first_line: int) -> Metadata:
    data, node = load_yaml(raw, path, first_line)
    if data is None:
        return Metadata()
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        line = first_line + (node.start_mark.line if node is not None else 0)
        raise ContentError(expected("front matter to be a mapping of keys to values", _kind_of(data)), path, line)
    lines: dict[str, int] = {}
    duplicates = []
    for key, _ in node.value:
        name, line = str(key.value), first_line + key.start_mark.line
        if name in lines:
            # PyYAML silently keeps the last value; the editor meant only one of them.
            duplicates.append(Problem(f"duplicate front matter key {name!r} (first on line {lines[name]}); "
                                      "the last value is used", path, line, "warning"))
        lines[name] = line
    metadata = validate({str(k): v for k, v in data.items()}, lines, path)
    metadata.warnings[:0] = duplicates
    return metadata


def parse_text_header(text: str, path: Path) -> Metadata:
    """Header lines of a plain-text article: ``date 2025-01``, ``title: ...``."""
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    rest = text
    line_no = 1
    # The seed puts "date 2025-01" and the first paragraph on one line.
    prefix = _TEXT_DATE_PREFIX.match(rest)
    if prefix:
        values["date"], lines["date"] = prefix.group(1), line_no
        rest = rest[prefix.end() :]
    while True:
        first, newline, remainder = rest.partition("\n")
        match = _TEXT_HEADER.match(first)
        if not match or not first[match.end() :].strip():
            break
        key = match.group(1).lower()
        key = _KEY_ALIASES.get(key, key)
        values[key], lines[key] = first[match.end() :].strip(), line_no
        rest, line_no = remainder, line_no + 1
        if not newline:
            break
    metadata = validate(values, lines, path)
    metadata.body, metadata.body_line = rest.lstrip("\n"), line_no
    return metadata


def validate(values: dict[str, Any], lines: dict[str, int], path: Path) -> Metadata:
    """Check types and values; unknown keys become warnings with a suggestion."""
    result = Metadata(lines=lines)
    for key, value in values.items():
        line = lines.get(key)
        if key not in KNOWN_KEYS:
            result.warnings.append(Problem(_unknown_key_message(key), path, line, "warning"))
            continue
        result.values[key] = _validate_value(key, value, path, line)
    return result


def _validate_value(key: str, value: Any, path: Path, line: int | None) -> Any:
    if value is None:
        return None
    if key == "date":
        return parse_date_value(value, path, line)
    if key == "language":
        codes = available_languages()
        if not isinstance(value, str) or value.strip().lower() not in codes:
            raise ContentError(expected(f"a language code ({', '.join(codes)})", value), path, line)
        return value.strip().lower()
    if key == "tags":
        if isinstance(value, str):
            return tuple(t.strip() for t in value.split(",") if t.strip())
        if not isinstance(value, list) or not all(isinstance(t, (str, int)) for t in value):
            raise ContentError(expected("a list of tags", value), path, line)
        return tuple(str(t) for t in value)
    if key == "url":
        if not isinstance(value, str) or not re.match(r"^https?://\S+$", value.strip()):
            raise ContentError(expected("an http(s) URL", value), path, line)
        return value.strip()
    if isinstance(value, (dict, list)):
        raise ContentError(expected(f"{key} to be text", value), path, line)
    return str(value).strip()


def parse_date_value(value: Any, path: Path, line: int | None) -> PartialDate:
    """A front-matter date: a YAML date, ``2025``, ``2025-01`` or ``2025-01-27``."""
    if isinstance(value, _dt.datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, _dt.date):
        return PartialDate.from_date(value)
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ][0-9:.+\-Z ]+", text):
        text = text[:10]
    try:
        return PartialDate.parse(text)
    except ValueError as exc:
        reason = str(exc)
        if _LOCAL_DATE.fullmatch(text):  # 03/04/2025: 3 April or March 4? Never guess.
            reason = "day and month order is ambiguous; write it as YYYY-MM-DD"
        raise ContentError(f"expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got {text!r}: {reason}", path, line) from None


def _unknown_key_message(key: str) -> str:
    close = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f" (known keys: {', '.join(KNOWN_KEYS)})"
    return f"unknown front matter key {key!r} ignored{hint}"


def _kind_of(data: Any) -> str:
    if isinstance(data, list):
        return "a list"
    if isinstance(data, str):
        return data
    return type(data).__name__
