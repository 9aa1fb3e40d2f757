"""Per-language data files share one schema."""

from __future__ import annotations

from generator.languages import available_languages, load_language


def key_paths(value, prefix="", depth=2):
    """Mapping key paths down to ``depth`` (sections and their fields).

    Deeper levels are the words themselves (``{gisteren: -1}``), which differ
    per language by nature.
    """
    if not isinstance(value, dict) or depth == 0:
        return set()
    paths = set()
    for key, child in value.items():
        path = f"{prefix}.{key}" if prefix else str(key)
        paths.add(path)
        paths |= key_paths(child, path, depth - 1)
    return paths


def test_nl_and_en_exist():
    assert {"nl", "en"} <= set(available_languages())


def test_every_language_has_the_same_keys():
    reference = key_paths(load_language("nl"))
    for code in available_languages():
        data = load_language(code)
        assert data["code"] == code
        keys = key_paths(data)
        assert keys == reference, f"{code}.yml differs from nl.yml: missing {sorted(reference - keys)}, extra {sorted(keys - reference)}"


def scalars_in_lists(value, path=""):
    """``(path, item)`` for every scalar item of every list in the data."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from scalars_in_lists(child, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)):
                yield from scalars_in_lists(item, path)
            else:
                yield path, item


def test_word_lists_hold_only_words():
    """A bare ``no``, ``on`` or ``yes`` in YAML is a boolean, not a word: quote it."""
    for code in available_languages():
        wrong = [(path, item) for path, item in scalars_in_lists(load_language(code)) if not isinstance(item, (str, int, float)) or isinstance(item, bool)]
        assert wrong == [], f"{code}.yml: non-text items {wrong[:5]}"
