"""Read ``content/``: briefings, their source articles and editorial data.

The reader stage of the pipeline. Each article becomes a validated
``Article``; a broken file becomes a ``Problem`` and the rest is still read,
so one bad article never takes the site down.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.errors import ContentError, Problem, expected
from generator.languages import available_languages
from generator.model import Article, BriefingMeta, PartialDate
from generator.read.decoding import decode_text
from generator.read.frontmatter import (
    Metadata,
    did_you_mean,
    load_yaml,
    parse_text_header,
    split_front_matter,
)
from generator.read.nonarticle import not_an_article
from generator.slugs import slugify

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
BRIEFING_FILE = "briefing.yml"
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
_TITLE_MAX = 90


@dataclass
class Content:
    """Everything read from ``content/``."""

    articles: list[Article] = field(default_factory=list)
    briefings: dict[str, BriefingMeta] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


FolderReader = Callable[[Path, Path, "Content"], None]
#: Reads the date of a dateline ("Tuesday, March 3, 2020") from a first line of
#: text in a language. The extract stage owns the date grammar
#: (:func:`generator.extract.dates.finder.parse_dateline`); callers pass it in,
#: so that reading does not depend on a later stage.
DatelineReader = Callable[[str, str], PartialDate | None]


def read_content(content_dir: Path, *, debug: bool = False, read_folder: FolderReader | None = None,
                 dateline: DatelineReader | None = None) -> Content:
    """Read every briefing folder under ``content_dir``.

    Nothing here raises for a bad file: each becomes a ``Problem`` and the
    rest is still read. With ``debug`` an unexpected exception (a bug, not a
    content error) propagates so its traceback can be seen. ``read_folder``
    replaces :func:`read_briefing` for each folder (the build cache uses it);
    ``dateline`` dates articles that give no date (see :data:`DatelineReader`).
    """
    content = Content()
    if not content_dir.is_dir():
        content.problems.append(Problem("content folder not found", content_dir))
        return content
    folders: dict[str, Path] = {}
    for folder in _entries(content_dir, content_dir, content):
        if not folder.is_dir():
            continue
        slug = slugify(folder.name)
        if slug in folders:
            # Two folders would merge into one briefing page; keep the first.
            content.problems.append(Problem(
                f"briefing slug {slug!r} is already used by folder {folders[slug].name!r}; folder skipped", folder))
            continue
        folders[slug] = folder
        if read_folder is None:
            read_briefing(folder, content_dir, content, debug=debug, dateline=dateline)
        else:
            read_folder(folder, content_dir, content)
    return content


def _entries(folder: Path, content_dir: Path, content: Content) -> list[Path]:
    """The visible entries of ``folder``, minus symlinks that loop or lead out of ``content/``."""
    try:
        names = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    except OSError as error:
        content.problems.append(Problem(f"cannot list folder: {error.strerror or error}", folder))
        return []
    entries = []
    for path in names:
        problem = _link_problem(path, content_dir)
        if problem:
            content.problems.append(Problem(problem, path))
        else:
            entries.append(path)
    return entries


def _link_problem(path: Path, content_dir: Path) -> str | None:
    """Why a symbolic link in ``content/`` is not followed, or None."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return "symbolic link to a missing file; skipped"
    except (RuntimeError, OSError):  # 3.11 raises RuntimeError for a loop, later versions OSError
        return "symbolic link loop; skipped"
    # A link out of content/ would publish any file on the machine (../../etc/passwd).
    if not target.is_relative_to(content_dir.resolve()):
        return "symbolic link points outside content/; skipped"
    return None


def read_briefing(folder: Path, content_dir: Path, content: Content, *, debug: bool = False,
                  dateline: DatelineReader | None = None) -> None:
    slug = slugify(folder.name)
    try:
        content.briefings[slug] = read_briefing_meta(folder / BRIEFING_FILE, slug, content.problems)
    except ContentError as error:
        content.problems.append(Problem.from_error(error))
        content.briefings[slug] = BriefingMeta(slug=slug)
    except OSError as error:
        content.problems.append(Problem(f"cannot read file: {error.strerror or error}", folder / BRIEFING_FILE))
        content.briefings[slug] = BriefingMeta(slug=slug)
    seen: dict[str, Path] = {}
    for path in _entries(folder, content_dir, content):
        if path.suffix.lower() not in ARTICLE_SUFFIXES or path.is_dir():
            continue
        if not path.is_file():  # a named pipe or a device: opening it could block the build
            content.problems.append(Problem("not a regular file (a named pipe or device?); skipped", path))
            continue
        try:
            article, warnings = read_article(path, content_dir, slug, dateline=dateline)
        except ContentError as error:
            content.problems.append(Problem.from_error(error))
            continue
        except FileNotFoundError:  # listed, then deleted or renamed before we got to it
            content.problems.append(Problem("file disappeared while being read (deleted or renamed?); skipped", path))
            continue
        except OSError as error:
            content.problems.append(Problem(f"cannot read file: {error.strerror or error}; skipped", path))
            continue
        except Exception as exc:  # a bug in a parser must cost this article only
            if debug:
                raise
            content.problems.append(Problem(
                f"cannot read article ({type(exc).__name__}: {exc}); skipped (run with --debug for the traceback)", path))
            continue
        if article.slug in seen:
            content.problems.append(
                Problem(f"article slug {article.slug!r} is already used by {seen[article.slug].name}; skipped", path)
            )
            continue
        seen[article.slug] = path
        content.problems.extend(warnings)
        content.problems.extend(note_derived_fields(article, content_dir))
        content.articles.append(article)


BRIEFING_KEYS = ("title", "summary", "tags")


def read_briefing_meta(path: Path, slug: str, problems: list[Problem] | None = None) -> BriefingMeta:
    """``briefing.yml``: ``title`` and ``summary`` as text or ``{nl: ..., en: ...}``.

    An unknown key (``titel:``) is a warning in ``problems``, at its line.
    """
    if not path.exists():
        return BriefingMeta(slug=slug)
    if not path.is_file():
        raise ContentError("not a regular file (a named pipe or device?)", path)
    text, _repairs = decode_text(path.read_bytes(), path)  # same tolerance as articles
    data, root = load_yaml(text, path, first_line=1, label="")
    data = data or {}
    if not isinstance(data, dict):
        raise ContentError(expected("a mapping with title and summary", data), path, 1)
    if problems is not None and isinstance(root, yaml.MappingNode):
        for key_node, _ in root.value:
            if key_node.value not in BRIEFING_KEYS:
                problems.append(Problem(f"unknown key {key_node.value!r} (expected {', '.join(BRIEFING_KEYS)})"
                                        + did_you_mean(str(key_node.value), BRIEFING_KEYS),
                                        path, key_node.start_mark.line + 1, "warning"))
    tags = data.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    if not isinstance(tags, list) or not all(isinstance(t, (str, int, float)) for t in tags):
        raise ContentError(expected("tags as a list of words", tags), path)
    return BriefingMeta(
        slug=slug,
        titles=_per_language(data.get("title"), path, "title"),
        summaries=_per_language(data.get("summary"), path, "summary"),
        tags=tuple(str(t) for t in tags),
    )


def _per_language(value: object, path: Path, key: str) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        return {code: value.strip() for code in available_languages()}
    if isinstance(value, dict):
        unknown = [k for k in value if k not in available_languages()]
        if unknown:
            raise ContentError(expected(f"{key} languages among {', '.join(available_languages())}", unknown[0]), path)
        return {str(k): str(v).strip() for k, v in value.items() if v}
    raise ContentError(expected(f"{key} as text or a mapping per language", value), path)


def read_article(path: Path, content_dir: Path, briefing: str, *,
                 dateline: DatelineReader | None = None) -> tuple[Article, list[Problem]]:
    """Read and validate one source article; also return its warnings."""
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise ContentError(f"expected an article ({', '.join(ARTICLE_SUFFIXES)}), got {path.name!r}", path)
    # Look at the size before reading: a 50 MB dump should not be loaded to be refused.
    if path.stat().st_size > MAX_ARTICLE_BYTES:
        raise ContentError(_too_large(path.stat().st_size), path)
    raw = path.read_bytes()
    if len(raw) > MAX_ARTICLE_BYTES:  # it grew while we looked
        raise ContentError(_too_large(len(raw)), path)
    if not raw.strip():
        raise ContentError("expected article text, got " + ("an empty file" if not raw else "only whitespace"), path, 1 if raw else None)
    text, decode_warnings = decode_text(raw, path)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        metadata = read_html(text, path)
    elif suffix == ".txt":
        metadata = parse_text_header(text, path)
    else:
        metadata = split_front_matter(text, path)
    values = metadata.values
    body = metadata.body.strip()
    if not body:
        raise ContentError("expected article text, got an empty body", path, metadata.body_line)
    refusal = not_an_article(path, body, has_metadata=bool(values))
    if refusal:
        raise ContentError(refusal, path, metadata.body_line)
    language, detected = values.get("language"), False
    if not language:
        language, detected = detect_language(body, path), True
    published = values.get("date") or (published_from_dateline(body, language, dateline) if dateline else None)
    title, derived = values.get("title"), False
    if not title:
        title, derived = derive_title(body), True
    relative = path.relative_to(content_dir)
    article = Article(
        path=Path(relative.as_posix()),
        briefing=briefing,
        slug=slugify(path.stem),
        title=title,
        language=language,
        published=published,
        body=body,
        body_line=metadata.body_line,
        source=values.get("source"),
        url=values.get("url"),
        author=values.get("author"),
        tags=values.get("tags") or (),
        title_derived=derived,
        language_detected=detected,
        content_hash=hashlib.sha256(raw).hexdigest(),
    )
    return article, decode_warnings + metadata.warnings


def _too_large(size: int) -> str:
    return f"expected an article under {MAX_ARTICLE_BYTES // 2**20} MB, got {size / 2**20:.0f} MB; skipped"


def read_html(text: str, path: Path) -> Metadata:
    """Main text and metadata of a saved web page (trafilatura)."""
    import trafilatura  # heavy; only saved pages need it

    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, favor_precision=True)
    if not extracted or not getattr(extracted, "text", None):
        raise ContentError("expected a web page with article text, found none", path)
    values: dict = {"title": extracted.title, "source": extracted.sitename, "author": extracted.author}
    if extracted.url and re.match(r"^https?://", extracted.url):
        values["url"] = extracted.url
    if extracted.date:
        try:
            values["date"] = PartialDate.parse(extracted.date[:10])
        except ValueError:
            pass
    body = extracted.text.replace("\n", "\n\n")
    return Metadata(values={k: v for k, v in values.items() if v}, body=body)


@functools.cache
def _language_detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in available_languages()]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect_language(body: str, path: Path) -> str:
    """The article's language among the supported ones (lingua)."""
    language = _language_detector().detect_language_of(body[:4000])
    if language is None:
        raise ContentError("cannot tell the language; add 'language: nl' or 'language: en'", path, 1)
    return language.iso_code_639_1.name.lower()


def published_from_dateline(body: str, language: str, dateline: DatelineReader) -> PartialDate | None:
    """A dateline at the top ("Tuesday, March 3, 2020") dates an undated article."""
    first_line = body.split("\n", 1)[0][:200]
    return dateline(first_line, language)


def derive_title(body: str) -> str:
    """The first sentence of the text, cut at a word boundary."""
    first = body.strip().split("\n", 1)[0].lstrip("# ").strip()
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    if len(sentence) <= _TITLE_MAX:
        return sentence.rstrip(".")
    return sentence[:_TITLE_MAX].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def note_derived_fields(article: Article, content_dir: Path) -> list[Problem]:
    """Warnings ``check`` shows for what the reader had to guess."""
    path = content_dir / article.path
    notes = []
    if article.title_derived:
        notes.append(Problem(f"no title; derived {article.title!r} from the text (add 'title:')", path, 1, "warning"))
    if article.language_detected:
        notes.append(Problem(f"no language; detected {article.language!r} (add 'language:')", path, 1, "warning"))
    if article.published is None:
        notes.append(Problem("no date; the article is left out of date-relative resolution (add 'date:')", path, 1, "warning"))
    return notes
