"""Per-briefing translation catalogs of article text: ``content/<briefing>/i18n/<lang>.po``.

Source text (event sentences, summaries, quotes, roles, titles) stays in its
language on the site; editors translate it in a standard PO file that
``briefing i18n export`` writes (:mod:`generator.authoring.translations`).
This module only reads those files: translated, non-fuzzy entries replace the
source text on the page of their language; fuzzy or missing ones fall back to
the source text, marked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from generator.errors import ContentError, Problem

I18N_DIR = "i18n"


@dataclass(frozen=True)
class TextCatalog:
    """The usable translations of one briefing into one language."""

    language: str
    translations: dict[str, str] = field(default_factory=dict)
    fuzzy: frozenset[str] = frozenset()

    def get(self, text: str) -> str | None:
        """The translation of ``text``, or None when missing or fuzzy."""
        return self.translations.get(text)


def catalog_path(content_dir: Path, briefing: str, language: str) -> Path:
    return content_dir / briefing / I18N_DIR / f"{language}.po"



def read_catalog(path: Path, language: str) -> Catalog | None:
    """Read a PO file; None when it does not exist. A broken file is a ``ContentError``."""
    if not path.exists():
        return None
    try:
        with path.open("rb") as handle:
            return read_po(handle, locale=language, abort_invalid=True)
    except Exception as exc:  # babel raises several kinds on a broken catalog
        raise ContentError(f"not a valid PO catalog: {exc}", path) from None


def load_text_catalog(path: Path, language: str) -> TextCatalog:
    """The translations a page may use: translated, non-fuzzy entries only."""
    catalog = read_catalog(path, language)
    if catalog is None:
        return TextCatalog(language)
    translations, fuzzy = {}, set()
    for message in catalog:
        if not message.id or not isinstance(message.id, str):
            continue
        if message.fuzzy:
            fuzzy.add(message.id)
        elif message.string and isinstance(message.string, str):
            translations[message.id] = message.string
    return TextCatalog(language, translations, frozenset(fuzzy))


def load_text_catalogs(content_dir: Path, briefings: Iterable[str], languages: Iterable[str],
                       problems: list | None = None) -> dict[str, dict[str, TextCatalog]]:
    """``{briefing slug: {language: TextCatalog}}`` for every PO file present.

    With ``problems``, a broken PO file is reported there and skipped instead of raised.
    """
    catalogs: dict[str, dict[str, TextCatalog]] = {}
    for slug in briefings:
        for language in languages:
            path = catalog_path(content_dir, slug, language)
            if not path.exists():
                continue
            try:
                catalogs.setdefault(slug, {})[language] = load_text_catalog(path, language)
            except ContentError as error:
                if problems is None:
                    raise
                problems.append(Problem.from_error(error))
    return catalogs
