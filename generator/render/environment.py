"""One Jinja environment per site language, with gettext and Babel filters.

UI strings are translated through ``templates/locales/<lang>/LC_MESSAGES/messages.po``,
compiled to ``.mo`` under ``build/locales`` at build time. Article text only
ever enters templates as data: autoescaping is on, and no article string is
ever compiled as a template.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from generator.errors import BuildError
from generator.render import filters

DOMAIN = "messages"


def compile_catalogs(locales_dir: Path, out_dir: Path, languages: tuple[str, ...]) -> Path:
    """Compile each ``messages.po`` to ``out_dir/<lang>/LC_MESSAGES/messages.mo``."""
    for language in languages:
        po_path = locales_dir / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        if not po_path.exists():
            raise BuildError(f"missing translation catalog for {language!r}", po_path)
        try:
            with po_path.open("rb") as handle:
                catalog = read_po(handle, locale=language)
        except Exception as exc:  # babel raises several kinds on a broken catalog
            raise BuildError(f"cannot read catalog: {exc}", po_path) from None
        mo_path = out_dir / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
        mo_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = mo_path.with_suffix(".mo.tmp")
        with tmp.open("wb") as handle:
            write_mo(handle, catalog)
        tmp.replace(mo_path)
    return out_dir


def make_environment(templates_dir: Path, compiled_locales: Path, language: str) -> jinja2.Environment:
    """A Jinja environment rendering Markdown pages in ``language``."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=True,  # every page is Markdown with HTML blocks: escape all data
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    translations = Translations.load(str(compiled_locales), [language], DOMAIN)
    env.install_gettext_translations(translations, newstyle=True)
    env.extend(translations=translations)  # for UI strings outside templates (MkDocs nav)
    gettext = translations.gettext
    env.globals["lang"] = language
    env.filters.update(
        date=lambda d, approximate=False: filters.format_partial_date(d, language, gettext, approximate),
        money=lambda a: filters.format_amount(a, language),
        number=lambda n: filters.format_number(n, language),
        country=lambda code: filters.territory_name(code, language),
        language_name=lambda code: filters.language_name(code, language),
        actor_name=lambda actor: filters.actor_name(actor, language),
        iso_day=filters.iso_day,
        md=filters.markdown_text,
        yaml=filters.yaml_string,
    )
    return env
