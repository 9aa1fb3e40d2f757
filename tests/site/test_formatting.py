"""CLDR formatting of amounts, dates and names; article text on the other language's page."""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import Markup

from generator.model import Actor, Amount, Article, PartialDate
from generator.read.catalogs import TextCatalog
from generator.render.filters import actor_name, format_amount, format_partial_date
from generator.render.sourcetext import SourceTextRenderer


@pytest.mark.parametrize(("amount", "nl", "en"), [
    (Amount(500e9, "USD", "500 miljard dollar"), "500 miljard dollar", "$500 billion"),
    (Amount(6e6, "EUR", "6 miljoen euro"), "€ 6 miljoen", "€6 million"),
    (Amount(1.5e9, "EUR", "1,5 miljard euro"), "€ 1,5 miljard", "€1.5 billion"),
    (Amount(2e9, "JPY", "2 miljard yen"), "2 miljard Japanse yen", "¥2 billion"),
    (Amount(20e6, "EUR", "20 tot 30 miljoen euro", 30e6), "€ 20 miljoen–30 miljoen", "€20 million–30 million"),
])
def test_money(amount, nl, en):
    assert format_amount(amount, "nl") == nl
    assert format_amount(amount, "en") == en


def test_week_date_and_approximate():
    gettext = lambda s: s  # noqa: E731
    assert format_partial_date(PartialDate(2025, week=4), "nl", gettext) == "week 4, 2025"
    assert format_partial_date(PartialDate(2025, 1), "nl", gettext, approximate=True) == "around januari 2025"


@pytest.mark.parametrize(("actor", "nl", "en"), [
    (Actor("verenigde-staten", "Verenigde Staten", "place"), "Verenigde Staten", "United States"),
    (Actor("china", "China", "place"), "China", "China"),
    (Actor("duitsland", "Duitsland", "place"), "Duitsland", "Germany"),
    (Actor("european-union", "Europese Unie", "organization"), "Europese Unie", "European Union"),
    (Actor("jordan", "Jordan", "person"), "Jordan", "Jordan"),  # a person, not the country
    (Actor("apple", "Apple", "organization"), "Apple", "Apple"),
])
def test_country_names_from_cldr(actor, nl, en):
    assert actor_name(actor, "nl") == nl
    assert actor_name(actor, "en") == en


ARTICLE = Article(path=Path("b/a.md"), briefing="b", slug="a", title="T", language="nl", published=None, body="")


def test_source_text_same_language_is_plain_and_escaped():
    render = SourceTextRenderer("nl", lambda s: s)
    assert render("<b>5 & 6</b>", ARTICLE) == Markup("&lt;b&gt;5 &amp; 6&lt;/b&gt;")


def test_source_text_other_language_translated_or_marked():
    catalog = TextCatalog("en", {"Goed <zo>": "Well <done>"}, frozenset({"Vaag"}))
    render = SourceTextRenderer("en", lambda s: {"untranslated": "untranslated"}[s], {"b": {"en": catalog}})
    assert render("Goed <zo>", ARTICLE) == Markup(
        '<span class="translated" data-source-lang="nl">Well &lt;done&gt;</span>')
    assert render("Vaag", ARTICLE, note=False) == Markup('<span class="untranslated fuzzy" lang="nl">Vaag</span>')
    assert render("Nieuw", ARTICLE).endswith('<small class="untranslated-note">(untranslated)</small>')
    assert render.plain("Goed <zo>", ARTICLE) == "Well <done>"
