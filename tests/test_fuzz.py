"""Fuzzing the reader and the extractors: whatever the input, no exception escapes.

The reader may refuse input only with a ``ContentError`` (a one-line message
naming file and line); the extractors must take any text the reader lets
through. Hypothesis shrinks a failure to its smallest input: an extractor
failure here names the module to fix.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import ContentError
from generator.extract import extract
from generator.model import Article, PartialDate
from generator.read.frontmatter import (
    KNOWN_KEYS,
    parse_date_value,
    parse_text_header,
    split_front_matter,
)
from generator.read.sources import decode_text, read_article

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PATH = Path("content/fuzz/article.md")

# --- strategies -------------------------------------------------------------

QUOTES = "\"'`„“”‘’‚‛«»‹›「」『』"
PUNCTUATION = ".,;:!?…-–—()[]"
WORDS = ("de", "minister", "zei", "dinsdag", "dat", "het", "plan", "the", "said", "on", "Tuesday", "Trump",
         "Rutte", "NRC", "X", "in", "januari", "2025", "€5", "miljard", "dollar", "CEO", "Apple’s", "mr.", "dr.",
         "eind", "volgende", "week", "gisteren", "yesterday", "last", "year", "according", "to", "volgens")

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
                    st.dates(), st.datetimes())
yaml_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
keys = st.one_of(st.sampled_from(KNOWN_KEYS + ("titel", "dtae", "slug", "Title")), st.text(max_size=12))


@st.composite
def front_matter_texts(draw) -> str:
    """Front matter as YAML would write it, as an editor might mangle it, or garbage."""
    kind = draw(st.sampled_from(["dumped", "mangled", "raw"]))
    if kind == "raw":
        inner = draw(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
    else:
        data = draw(st.dictionaries(keys, yaml_values, max_size=6))
        inner = yaml.safe_dump(data, allow_unicode=True)
        if kind == "mangled":
            cut = draw(st.integers(0, len(inner)))
            inner = inner[:cut] + draw(st.sampled_from(["", ":", "[", "{", "\t", "- ", "&a", "*a", "!!python/x "])) + inner[cut:]
    body = draw(st.text(max_size=200))
    closing = draw(st.sampled_from(["---\n", "--- \n", "", "...\n"]))
    return f"---\n{inner}\n{closing}{body}"


date_strings = st.one_of(
    st.dates().map(dt.date.isoformat),
    st.from_regex(r"\A\d{1,5}(-\d{1,3}(-\d{1,3})?)?\Z"),
    st.from_regex(r"\A\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\Z"),
    st.from_regex(r"\A\d{4}-W\d{1,2}\Z"),
    st.from_regex(r"\A\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?\Z"),
    st.text(max_size=16),
)
date_values = st.one_of(date_strings, st.integers(), st.floats(), st.dates(), st.datetimes(), st.none(),
                        st.lists(st.integers(), max_size=3))


@st.composite
def quoted_texts(draw) -> str:
    """Paragraphs of words, quote marks and punctuation in any (im)balance."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        tokens = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTES), st.sampled_from(PUNCTUATION),
                                         st.text(max_size=6)), min_size=1, max_size=40))
        joiners = draw(st.lists(st.sampled_from([" ", "", "\n", "  "]), min_size=len(tokens), max_size=len(tokens)))
        paragraphs.append("".join(t + j for t, j in zip(tokens, joiners)))
    return "\n\n".join(paragraphs)


markdownish = st.text(alphabet=st.sampled_from(list("ab Z.\n#>*_-[]()!<>/`{}%\"'„“”«»:&;1=")), max_size=300)


def article(body: str, language: str) -> Article:
    return Article(path=PATH, briefing="fuzz", slug="article", title="Fuzz", language=language,
                   published=PartialDate(2025, 1, 27), body=body)


# --- the reader ---------------------------------------------------------------

@FUZZ
@given(front_matter_texts())
def test_front_matter_raises_only_content_errors(text):
    try:
        metadata = split_front_matter(text, PATH)
    except ContentError as error:
        assert error.path == PATH and "\n" not in error.detail
    else:
        assert set(metadata.values) <= set(KNOWN_KEYS)


@FUZZ
@given(st.text(max_size=300))
def test_text_headers_raise_only_content_errors(text):
    try:
        parse_text_header(text, PATH)
    except ContentError:
        pass


@FUZZ
@given(date_values)
def test_dates_raise_only_content_errors(value):
    try:
        date = parse_date_value(value, PATH, 3)
    except ContentError as error:
        assert error.line == 3
    else:
        assert PartialDate.parse(date.isoformat()) == date


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_are_refused(raw):
    try:
        text, warnings = decode_text(raw, PATH)
    except ContentError:
        return
    assert "\r" not in text and "\x00" not in text


@FEW
@given(st.one_of(st.binary(max_size=300), front_matter_texts().map(str.encode)),
       st.sampled_from([".md", ".txt", ".markdown"]))
def test_read_article_raises_only_content_errors(raw, suffix):
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        path = content / "fuzz" / f"article{suffix}"
        path.parent.mkdir(parents=True)
        path.write_bytes(raw)
        try:
            read_article(path, content, "fuzz")
        except ContentError:
            pass


# --- the extractors -----------------------------------------------------------

@FUZZ
@given(quoted_texts(), st.sampled_from(["nl", "en"]))
def test_extract_survives_any_quote_marks(body, language):
    extraction = extract(article(body, language))
    extraction.to_json()


@FUZZ
@given(markdownish, st.sampled_from(["nl", "en"]))
def test_extract_survives_markdown_and_markup(body, language):
    extract(article(body, language)).to_json()


@FEW
@given(st.text(max_size=400), st.sampled_from(["nl", "en"]))
def test_extract_survives_any_text(body, language):
    extract(article(body, language)).to_json()
