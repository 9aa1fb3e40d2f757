"""The build state file, the cached reader and the parallel extraction."""

from __future__ import annotations

from generator.incremental import parallel
from generator.incremental.cache import ObjectCache
from generator.incremental.reading import read_content_cached
from generator.incremental.state import BuildState
from generator.output import OutputRecord, write_pages
from generator.read.sources import read_content
from generator.render.pages import Page
from tests.test_incremental import make_project, simple_extract, write_article


def test_state_round_trip(tmp_path):
    path = tmp_path / "build/state.sqlite3"
    with BuildState(path) as state:
        state.set("inputs", "abc")
        state.store("extractions", "k1", "a.md", {"x": 1})
        state.set_outputs({"nl/index.md": OutputRecord("h", 3, 42)})
    with BuildState(path) as state:
        assert state.get("inputs") == "abc"
        assert state.load("extractions", "k1") == {"x": 1}
        assert state.outputs()["nl/index.md"] == OutputRecord("h", 3, 42)
        state.store("extractions", "k2", "a.md", {"x": 2})  # a new version replaces the old one
        assert state.load("extractions", "k1") is None and state.latest("extractions", "a.md")[0] == "k2"


def test_lookups_by_path_use_an_index(tmp_path):
    # Storing an article deletes its older versions by path: without an index each store
    # scans the whole table, and a cold build of 10,000 articles reads the state file 10,000 times.
    with BuildState(tmp_path / "state.sqlite3") as state:
        for table in ("articles", "extractions"):
            for sql in (f"DELETE FROM {table} WHERE path='a.md' AND key<>'k'",
                        f"SELECT key, data FROM {table} WHERE path='a.md' ORDER BY rowid DESC LIMIT 1"):
                plan = " ".join(row[-1] for row in state.db.execute("EXPLAIN QUERY PLAN " + sql))
                assert f"{table}_by_path" in plan, plan


def test_a_state_file_of_an_older_schema_is_started_over(tmp_path):
    import sqlite3

    path = tmp_path / "state.sqlite3"
    with BuildState(path) as state:
        state.set("inputs", "abc")
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value='1' WHERE key='schema'")
    db.commit()
    db.close()
    with BuildState(path) as state:
        assert state.get("inputs") is None


def test_a_corrupt_state_file_is_started_over(tmp_path):
    path = tmp_path / "state.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with BuildState(path) as state:
        assert state.get("inputs") is None
        state.set("inputs", "x")
    with BuildState(path) as state:
        assert state.get("inputs") == "x"


def test_a_failed_run_leaves_the_previous_state(tmp_path):
    path = tmp_path / "state.sqlite3"
    with BuildState(path) as state:
        state.set("inputs", "old")
    try:
        with BuildState(path) as state:
            state.set("inputs", "new")
            raise RuntimeError("killed mid-way")
    except RuntimeError:
        pass
    with BuildState(path) as state:
        assert state.get("inputs") == "old"


def test_cached_reader_reads_what_the_reader_reads(tmp_path):
    root = make_project(tmp_path / "project")
    (root / "content/storm/broken.md").write_text("---\ntitle: [x\n---\ntext\n", encoding="utf-8")
    (root / "content/storm/nodate.md").write_text("Geen voorpagina, geen datum.\n", encoding="utf-8")
    (root / "content/Storm").mkdir()  # the same slug as storm/
    write_article(root, "Storm/x.md", "nl", "X", "Tekst.")
    expected = read_content(root / "content")
    cache = ObjectCache()
    for _ in range(2):  # cold, then from the cache
        got = read_content_cached(root / "content", cache, "code")
        assert got.articles == expected.articles
        assert got.briefings == expected.briefings
        assert [str(p) for p in got.problems] == [str(p) for p in expected.problems]


def test_parallel_extraction_matches_serial(tmp_path, monkeypatch):
    root = make_project(tmp_path / "project")
    for number in range(60):
        write_article(root, f"many/a{number:02d}.md", "nl" if number % 2 else "en", f"T{number}", f"Tekst {number}.")
    articles = read_content(root / "content").articles
    monkeypatch.setattr(parallel, "PARALLEL_THRESHOLD", 8)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    together = parallel.extract_all(articles, ObjectCache(), "code", simple_extract)
    alone = parallel.extract_all(articles, ObjectCache(), "code", simple_extract, parallel=False)
    assert [o.extraction for o in together] == [o.extraction for o in alone]
    assert all(o.extraction is not None and not o.cached for o in together)


def test_writes_are_atomic_and_only_when_changed(tmp_path):
    docs = tmp_path / "docs"
    pages = [Page("nl", "index.md", "hallo"), Page("en", "index.md", "hello")]
    first = write_pages(pages, docs, {})
    assert sorted(first.written) == ["en/index.md", "nl/index.md"]
    second = write_pages(pages, docs, {}, first.records)
    assert second.written == [] and second.unchanged == 2
    third = write_pages(pages[:1], docs, {}, second.records)
    assert third.pruned == ["en/index.md"]
    assert not [p for p in docs.rglob("*") if p.name.endswith(".tmp")]
