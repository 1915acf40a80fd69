"""Opening the SQLite file safely, and the one way to write: ``transaction()``.

sqlite-utils gives the reads (:meth:`Database.query` and :meth:`Database.rows` return
rows as dicts).  Writes go through plain SQL inside :meth:`Database.transaction`,
because sqlite-utils' ``insert``/``upsert`` helpers commit on their own (``with
conn:``), which would end an enclosing transaction early and break "one write = one
transaction".

Durability: WAL journal, ``synchronous=FULL`` (a committed edit survives a power cut;
agents write a few times a minute, so the fsync costs nothing they can feel),
foreign keys on, a busy timeout so a second process (CLI beside the app) waits
instead of failing.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Iterator

from assistant.errors import StoreError
from assistant.store.migrations import MIGRATIONS, SCHEMA_VERSION


def _import_sqlite_utils():
    """sqlite-utils, imported without numpy and pandas.

    At import it loads numpy and pandas when they are installed, only to map their
    value types to column types; the store never writes such values, and numpy alone
    costs ~22 MiB and ~100 ms at every start of the tray app.  They are hidden for the
    length of that import only; anything else may still import them later."""
    hidden = {name: sys.modules.get(name) for name in ("numpy", "pandas") if name not in sys.modules}
    sys.modules.update(dict.fromkeys(hidden))  # None in sys.modules: "not installed"
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            del sys.modules[name]
    return sqlite_utils


sqlite_utils = _import_sqlite_utils()


class Database:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False, timeout=10)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the library database ({exc})") from exc
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._lock = threading.RLock()
        self._depth = 0
        self.migrate()

    # -- transactions ---------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing.  Nested calls become savepoints of the outer transaction."""
        with self._lock:
            outer = self._depth == 0
            name = f"sp{self._depth}"
            self.conn.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                self._depth -= 1
                if outer:
                    self.conn.execute("ROLLBACK")
                else:
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                raise
            self._depth -= 1
            self.conn.execute("COMMIT" if outer else f"RELEASE {name}")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        with self._lock:
            return self.conn.execute(sql, params)

    def query(self, sql: str, params=()) -> list[dict]:
        with self._lock:
            return list(self.db.query(sql, params))

    def rows(self, sql: str, params=()) -> Iterator[dict]:
        """Like :meth:`query`, one row at a time: reading a whole library does not hold
        every row as a dict at once (a peak that stays in the heap afterwards)."""
        with self._lock:
            yield from self.db.query(sql, params)

    def scalar(self, sql: str, params=()):
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    # -- schema ---------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: made by a newer Kefu Assistant (schema {version}, this one knows {SCHEMA_VERSION}); "
                "update the app"
            )
        for step in range(version, SCHEMA_VERSION):
            with self.transaction() as conn:
                for statement in _statements(MIGRATIONS[step]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {step + 1}")

    def copy_to(self, target: sqlite3.Connection) -> None:
        """A consistent copy of the whole database into ``target`` (online backup API)."""
        with self._lock:
            self.conn.backup(target)

    def replace_with(self, source: sqlite3.Connection) -> None:
        """Overwrite this database with ``source`` in one step, then bring its schema up to date."""
        with self._lock:
            source.backup(self.conn)
            self.migrate()

    def integrity_check(self) -> str:
        return str(self.scalar("PRAGMA integrity_check"))

    def close(self) -> None:
        with self._lock:
            self.conn.close()


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit on its own)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
