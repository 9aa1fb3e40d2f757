"""``briefing add``: import one article into ``content/`` as Markdown.

The only place the tool writes into ``content/``. It validates the source
first, writes a new file only (never over an existing one) and keeps the
text as it was read, with its metadata as front matter.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.config import Config
from generator.errors import ContentError
from generator.extract.dates.finder import parse_dateline
from generator.model import Article
from generator.read.sources import read_article
from generator.slugs import slugify


def add_article(source: Path, config: Config, briefing: str, slug: str | None = None) -> Path:
    """Copy ``source`` into ``content/<briefing>/<slug>.md``; return the new path."""
    briefing_slug = slugify(briefing)
    article, _warnings = read_article(source.resolve(), source.resolve().parent.parent, briefing_slug,
                                      dateline=parse_dateline)
    target_dir = config.content_dir / briefing_slug
    target = target_dir / f"{slugify(slug or source.stem)}.md"
    text = to_markdown(article)
    target_dir.mkdir(parents=True, exist_ok=True)
    try:
        # "x": fail instead of overwriting what an editor wrote.
        with open(target, "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise ContentError("already exists; choose another name with --slug", target) from None
    except OSError as error:
        raise ContentError(f"cannot write: {error.strerror or error}", target) from None
    return target


def to_markdown(article: Article) -> str:
    """Front matter with everything the reader found, then the body."""
    meta = {
        "title": article.title,
        "date": article.published.isoformat() if article.published else None,
        "language": article.language,
        "source": article.source,
        "url": article.url,
        "author": article.author,
        "tags": list(article.tags) or None,
    }
    front = yaml.safe_dump({k: v for k, v in meta.items() if v}, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n{article.body.strip()}\n"
