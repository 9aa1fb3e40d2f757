"""The incremental build state: ``build/state.sqlite3``.

What the next run needs to do as little as possible: the content hash of
every input, the parsed articles and their extractions (cached by content
hash + extractor version + language-data hash), the hash of every page
written, the problems of the last run, and a digest of what MkDocs last built.

The file is a cache. A missing, corrupt or older-schema file is rebuilt from
scratch, never an error; deleting it only costs one cold build.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from generator.output import OutputRecord

SCHEMA_VERSION = "3"  # 2: path indexes (storing an article deletes its older keys by path); 3: no inputs table

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (key TEXT PRIMARY KEY, path TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, path TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS outputs (path TEXT PRIMARY KEY, hash TEXT NOT NULL, size INTEGER NOT NULL,
                                    mtime_ns INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS failures (path TEXT, line INTEGER, message TEXT NOT NULL, severity TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_by_path ON articles (path);
CREATE INDEX IF NOT EXISTS extractions_by_path ON extractions (path);
"""


def digest(*parts: str | bytes) -> str:
    """A short, stable fingerprint of ``parts`` (SHA-256, hex)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8") if isinstance(part, str) else part)
        h.update(b"\0")  # so ("ab", "c") and ("a", "bc") differ
    return h.hexdigest()


class BuildState:
    """The open state database of one project; use as a context manager.

    Writes are grouped in one transaction committed by :meth:`commit` (or on
    a clean exit from the ``with`` block), so a killed build leaves the
    previous state intact rather than half of a new one.
    """

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        #: What was wrong with the state file and has been repaired (for the build report).
        self.warnings: list[str] = []
        if readonly:
            # ``briefing check`` writes nothing: it only reads what builds cached.
            self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, check_same_thread=False)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = self._open()

    @classmethod
    def reader(cls, path: Path) -> "BuildState | None":
        """The state opened read-only, or None when there is none (or it is unreadable)."""
        if not path.is_file():
            return None
        try:
            state = cls(path, readonly=True)
            if state.get("schema") != SCHEMA_VERSION:
                state.close()
                return None
            return state
        except sqlite3.DatabaseError:
            return None

    def _open(self) -> sqlite3.Connection:
        if self.path.is_symlink() or (self.path.exists() and not self.path.is_file()):
            self._move_aside("is not a regular file")
        try:
            db = self._connect()
            if self._schema(db) != SCHEMA_VERSION:
                db.close()
                for suffix in ("", "-wal", "-shm", "-journal"):  # an older version's cache: nothing to keep
                    Path(str(self.path) + suffix).unlink(missing_ok=True)
                return self._fresh()
            return db
        except sqlite3.DatabaseError as error:
            # A cache: start over rather than fail the build, but keep the bytes for a look.
            self._move_aside(f"cannot be read ({error})")
            return self._fresh()

    def _fresh(self) -> sqlite3.Connection:
        db = self._connect()
        self._schema(db)
        return db

    def _move_aside(self, why: str) -> None:
        """Move an unusable state out of the way (to ``<name>.unusable``); the build then runs cold."""
        aside = self.path.with_name(self.path.name + ".unusable")
        if aside.is_dir() and not aside.is_symlink():
            shutil.rmtree(aside)
        else:
            aside.unlink(missing_ok=True)
        os.replace(self.path, aside)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)
        self.warnings.append(f"the build state {why}; moved aside to {aside.name}, this build runs cold")

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        # Not WAL: a read-only `check` must not leave -wal/-shm files behind.
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    @staticmethod
    def _schema(db: sqlite3.Connection) -> str | None:
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None:
            empty = db.execute("SELECT count(*) FROM extractions").fetchone()[0] == 0
            if not empty:
                return None
            db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            db.commit()
            return SCHEMA_VERSION
        return row[0]

    def __enter__(self) -> "BuildState":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.db.rollback()
        self.close()

    def commit(self) -> None:
        if not self.readonly:
            self.db.commit()

    def close(self) -> None:
        self.db.close()

    # -- key/value ---------------------------------------------------------
    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str | None) -> None:
        if value is None:
            self.db.execute("DELETE FROM meta WHERE key=?", (key,))
        else:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- input fingerprints -------------------------------------------------
    # -- cached objects (articles, extractions) -------------------------------
    def load(self, table: str, key: str):
        """The object stored under ``key``, or None (also when it no longer unpickles)."""
        row = self.db.execute(f"SELECT data FROM {_table(table)} WHERE key=?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(row[0])
        except Exception:  # a class changed shape since: a cache miss
            return None

    def store(self, table: str, key: str, path: str, value) -> None:
        """Keep ``value`` under ``key``, replacing older entries for the same ``path``."""
        if self.readonly:
            return
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self.db.execute(f"DELETE FROM {_table(table)} WHERE path=? AND key<>?", (path, key))
        self.db.execute(f"INSERT OR REPLACE INTO {_table(table)} VALUES (?, ?, ?)", (key, path, data))

    def latest(self, table: str, path: str) -> tuple[str, object] | None:
        """The newest entry cached for ``path`` (its key and value), whatever its key."""
        row = self.db.execute(f"SELECT key, data FROM {_table(table)} WHERE path=? ORDER BY rowid DESC LIMIT 1",
                              (path,)).fetchone()
        if row is None:
            return None
        try:
            return row[0], pickle.loads(row[1])
        except Exception:
            return None

    def retain(self, table: str, keys: Iterable[str]) -> None:
        """Drop cached entries not used by this run (deleted files, older versions)."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM used")
        self.db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in keys))
        self.db.execute(f"DELETE FROM {_table(table)} WHERE key NOT IN (SELECT key FROM used)")

    # -- outputs ------------------------------------------------------------
    def outputs(self) -> dict[str, OutputRecord]:
        rows = self.db.execute("SELECT path, hash, size, mtime_ns FROM outputs")
        return {path: OutputRecord(h, size, mtime) for path, h, size, mtime in rows}

    def set_outputs(self, records: dict[str, OutputRecord]) -> None:
        self.db.execute("DELETE FROM outputs")
        self.db.executemany(
            "INSERT INTO outputs VALUES (?, ?, ?, ?)", ((p, r.hash, r.size, r.mtime_ns) for p, r in records.items())
        )

    # -- failures -----------------------------------------------------------
    def failures(self) -> Iterator[tuple[str | None, int | None, str, str]]:
        yield from self.db.execute("SELECT path, line, message, severity FROM failures")

    def set_failures(self, rows: Iterable[tuple[str | None, int | None, str, str]]) -> None:
        self.db.execute("DELETE FROM failures")
        self.db.executemany("INSERT INTO failures VALUES (?, ?, ?, ?)", rows)


def _table(name: str) -> str:
    # Table names cannot be bound parameters: allow only ours.
    if name not in ("articles", "extractions"):
        raise ValueError(f"not a cache table: {name!r}")
    return name
