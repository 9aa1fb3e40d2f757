"""Where things are: the project layout the pipeline reads and writes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Site languages, the first is the default (served at the site root).
LANGUAGES: tuple[str, ...] = ("nl", "en")


@dataclass(frozen=True)
class Config:
    """Paths of one project; everything generated stays under ``build/`` and ``site/``."""

    root: Path
    languages: tuple[str, ...] = LANGUAGES

    @classmethod
    def from_root(cls, root: Path | str = ".") -> "Config":
        return cls(root=Path(root).resolve())

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def theme_dir(self) -> Path:
        """MkDocs theme overrides (Material ``custom_dir``)."""
        return self.templates_dir / "mkdocs"

    @property
    def locales_dir(self) -> Path:
        return self.templates_dir / "locales"

    @property
    def mkdocs_base(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    def docs_dir(self, language: str) -> Path:
        return self.build_dir / "docs" / language

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    def site_subdir(self, language: str) -> str:
        """``""`` for the default language, else ``"<lang>/"``."""
        return "" if language == self.default_language else f"{language}/"
