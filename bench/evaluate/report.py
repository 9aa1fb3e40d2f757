"""The table of figures and the per-article details of ``--verbose``."""

from __future__ import annotations

from dataclasses import dataclass

from bench.evaluate.scoring import ArticleScore, total

COLUMNS = ("actors_p", "actors_r", "actors_f1", "events_r", "date_acc", "positions_p", "positions_r", "positions_f1")
HEADER = (f"{'set':<30} {'lang':<4} {'n':>3}  {'actors P':>8} {'R':>5} {'F1':>5}  {'events R':>8} "
          f"{'date-acc':>8}  {'positions P':>11} {'R':>5} {'F1':>5}  run")
WIDTHS = (8, 5, 5, 8, 8, 11, 5, 5)


@dataclass
class Row:
    """One line of the table: a set and a language (``all`` for both)."""

    label: str
    language: str
    articles: int
    figures: dict[str, float | None]
    date: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"set": self.label, "language": self.language, "articles": self.articles, "date": self.date,
                **self.figures}

    def render(self) -> str:
        cells = ["-" if self.figures[c] is None else f"{self.figures[c]:.2f}" for c in COLUMNS]
        a, e, p = cells[:3], cells[3:5], cells[5:]
        w = WIDTHS
        return (f"{self.label:<30} {self.language:<4} {self.articles:>3}  {a[0]:>{w[0]}} {a[1]:>{w[1]}} "
                f"{a[2]:>{w[2]}}  {e[0]:>{w[3]}} {e[1]:>{w[4]}}  {p[0]:>{w[5]}} {p[1]:>{w[6]}} {p[2]:>{w[7]}}  {self.date}")


def rows(label: str, results: list[ArticleScore], date: str = "") -> list[Row]:
    """Rows for ``nl``, ``en`` and ``all`` (a language without articles is left out), dated ``date``."""
    out = []
    for language in ("nl", "en"):
        part = [r for r in results if r.language == language]
        if part:
            out.append(Row(label, language, len(part), total(part).figures(), date))
    out.append(Row(label, "all", len(results), total(results).figures(), date))
    return out


def details(result: ArticleScore) -> list[str]:
    """The misses and junk of one article, one line per kind."""
    lines = []
    listed = [
        ("missed actors", result.actors and result.actors.missed),
        ("junk actors", result.actors and result.actors.junk),
        ("missed events", result.events and result.events.missed),
        ("wrong dates", result.events and result.events.wrong_date),
        ("missed positions", result.positions and result.positions.missed),
        ("junk positions", result.positions and result.positions.junk),
    ]
    for title, values in listed:
        if values:
            lines.append(f"   {title}: " + "; ".join(map(str, values)))
    return lines


def summary(result: ArticleScore) -> str:
    """``score.py``'s per-article line, for the layers the article's gold annotates."""
    parts = []
    if result.actors:
        a = result.actors
        parts.append(f"actors {a.found}/{a.core} core, {a.good}/{a.pred} ok")
    if result.events:
        e = result.events
        parts.append(f"events {e.found}/{e.core} (date ok {e.date_ok}) of {e.pred}")
    if result.positions:
        p = result.positions
        parts.append(f"positions {p.found}/{p.core}, {p.good}/{p.pred} ok")
    return f"{result.name}: " + "; ".join(parts)
