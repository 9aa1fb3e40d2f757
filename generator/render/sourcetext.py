"""Article text on a page: in its own language, translated, or visibly untranslated.

Text from an article in the page's language is shown as is. On the other
language's page, a translation from the briefing's PO catalog replaces it;
without one (or with a fuzzy one) the source text is shown with its ``lang``
attribute and a small "untranslated" note, so readers and screen readers know
what they are reading. Every string is escaped here: article text is data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from generator.model import Article
from generator.read.catalogs import TextCatalog


@dataclass(frozen=True)
class SourceTextRenderer:
    """Turns ``(text, article)`` into HTML for pages in ``language``."""

    language: str
    gettext: Callable[[str], str]
    catalogs: dict[str, dict[str, TextCatalog]] = field(default_factory=dict)

    def __call__(self, text: str | None, article: Article, *, note: bool = True) -> Markup:
        if not text:
            return Markup("")
        if article.language == self.language:
            return escape(text)
        catalog = self.catalogs.get(article.briefing, {}).get(self.language)
        translation = catalog.get(text) if catalog is not None else None
        if translation:
            return Markup('<span class="translated" data-source-lang="{lang}">{text}</span>').format(
                lang=article.language, text=translation
            )
        fuzzy = " fuzzy" if catalog is not None and text in catalog.fuzzy else ""
        html = Markup('<span class="untranslated{fuzzy}" lang="{lang}">{text}</span>').format(
            fuzzy=fuzzy, lang=article.language, text=text
        )
        return html + self.note(text, article) if note else html

    def note(self, text: str | None, article: Article) -> Markup:
        """The small "(untranslated)" note, when ``text`` is shown untranslated on this page.

        Separate from the text so a quotation's ``<q>`` holds only the quoted words.
        """
        if not self.is_foreign(text, article):
            return Markup("")
        return Markup(' <small class="untranslated-note">({note})</small>').format(note=self.gettext("untranslated"))

    def plain(self, text: str | None, article: Article) -> str:
        """The text a title or front matter should carry: the translation if any, else the source."""
        if not text or article.language == self.language:
            return text or ""
        catalog = self.catalogs.get(article.briefing, {}).get(self.language)
        return (catalog.get(text) if catalog is not None else None) or text

    def is_foreign(self, text: str | None, article: Article) -> bool:
        """True when ``text`` is shown in the article's language on this page (needs ``lang``)."""
        return bool(text) and self.plain(text, article) == text and article.language != self.language
