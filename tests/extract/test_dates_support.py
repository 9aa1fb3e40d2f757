"""Helpers for the table-driven date tests, and the schema of the date data.

A case is ``(published, text, expected)``; ``expected`` is a string of
``expression=date`` items separated by ";", with "~" after the date when the
expression is approximate: ``"vorige week=2025-01~; in 1957=1957"``. An empty
string means "no date at all" (the negative cases).
"""

from __future__ import annotations

from generator.extract.dates.finder import find_temporal_expressions
from generator.languages import available_languages, load_language
from generator.model import PartialDate


def expected_items(expected: str) -> list[tuple[str, str, bool]]:
    items = []
    for item in filter(None, (part.strip() for part in expected.split(";"))):
        expression, _, date = item.rpartition("=")
        items.append((expression.strip(), date.rstrip("~").strip(), date.endswith("~")))
    return items


def found_items(text: str, language: str, published: str | None) -> list[tuple[str, str, bool]]:
    anchor = PartialDate.parse(published) if published else None
    return [
        (e.expression, e.date.isoformat(), e.approximate)
        for e in find_temporal_expressions(text, language, anchor)
    ]


def check(language: str, published: str | None, text: str, expected: str) -> None:
    assert found_items(text, language, published) == expected_items(expected), text


def _paths(value, prefix=""):
    """Every mapping key path, all the way down (word lists are leaves)."""
    if not isinstance(value, dict):
        return set()
    paths = set()
    for key, child in value.items():
        path = f"{prefix}.{key}"
        paths |= {path} | _paths(child, path)
    return paths


def test_date_and_amount_sections_have_the_same_keys_in_every_language():
    reference = {s: _paths(load_language("nl")[s]) for s in ("dates", "amounts")}
    for code in available_languages():
        for section, paths in reference.items():
            assert _paths(load_language(code)[section]) == paths, f"{code}.yml {section}"


def test_word_lists_hold_only_strings():
    """YAML reads a bare ``on`` or ``no`` as a boolean: quote them."""
    def leaves(value):
        if isinstance(value, dict):
            for child in value.values():
                yield from leaves(child)
        elif isinstance(value, list):
            yield from value
        else:
            yield value

    for code in available_languages():
        for section in ("dates", "amounts"):
            bad = [v for v in leaves(load_language(code)[section]) if not isinstance(v, str)]
            assert not bad, f"{code}.yml {section}: {bad}"
