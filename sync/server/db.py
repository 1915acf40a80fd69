"""Database access: one engine, explicit read and write transactions, migrations on start.

Decisions:

* SQLite runs in WAL mode with ``synchronous=NORMAL`` (WAL keeps it crash-safe: a
  commit survives a process kill; only an OS crash may lose the last commits) and a
  busy timeout.  pysqlite's own transaction handling is switched off and we emit
  ``BEGIN`` ourselves: reads get a real snapshot, writes take ``BEGIN IMMEDIATE`` so
  two writers queue instead of failing on a lock upgrade.
* PostgreSQL reads run in REPEATABLE READ (one snapshot per read transaction); writes
  in READ COMMITTED, serialised per library by the ``UPDATE libraries SET revision =
  revision + n`` row lock that every write takes first.  Change notifications are
  ``pg_notify`` calls inside the write transaction, so they fire exactly on commit.
* Migrations (Alembic, files inside this package) run at start under a PostgreSQL
  advisory lock, so several app servers starting together migrate once.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, create_engine, event, text
from sqlalchemy.engine import Engine

NOTIFY_CHANNEL = "kefu_changes"
_MIGRATION_LOCK = 7_316_001


def make_engine(url: str, pool_size: int = 10) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, pool_size=pool_size, max_overflow=20, pool_timeout=60,
                               connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn, _record) -> None:
            dbapi_conn.isolation_level = None
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("kefu_write") else "BEGIN")

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_size=pool_size, max_overflow=20, pool_timeout=60, pool_pre_ping=True)


class Database:
    def __init__(self, url: str, pool_size: int = 10) -> None:
        self.url = url
        self.engine = make_engine(url, pool_size)
        self.is_postgres = self.engine.dialect.name == "postgresql"

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """One consistent snapshot for everything read inside."""
        with self.engine.connect() as conn:
            if self.is_postgres:
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """All or nothing; on SQLite the write lock is taken at BEGIN."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(kefu_write=True)
            with conn.begin():
                yield conn

    def notify(self, conn: Connection, payload: dict) -> None:
        """Queue a change notification for other app servers; sent when ``conn`` commits."""
        if self.is_postgres:
            conn.execute(text("SELECT pg_notify(:channel, :payload)"),
                         {"channel": NOTIFY_CHANNEL, "payload": json.dumps(payload)})

    def migrate(self) -> None:
        config = Config()
        config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        with self.engine.connect() as conn:
            if self.is_postgres:
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
                conn.commit()
            try:
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                conn.commit()
            finally:
                if self.is_postgres:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
                    conn.commit()

    def dispose(self) -> None:
        self.engine.dispose()
