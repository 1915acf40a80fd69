"""Fixtures for the sync tests: a real server per test (SQLite, or PostgreSQL where a test
asks for both backends), seeded teams, and devices (a local store + SyncService)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import pytest

from tests.sync.harness import PgCluster, ServerProcess

PASSWORD = "correct horse 1"


@pytest.fixture(scope="session")
def pg_cluster():
    if not PgCluster.available():
        yield None
        return
    cluster = PgCluster().start()
    yield cluster
    cluster.stop()


def _database_url(backend: str, tmp_path, pg_cluster) -> str:
    if backend == "postgres":
        if pg_cluster is None:
            pytest.skip("PostgreSQL (initdb/pg_ctl) or psycopg is not installed; tests/run.sh installs them")
        return pg_cluster.new_database()
    return f"sqlite:///{tmp_path / 'server' / 'kefu-server.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def database_url(request, tmp_path, pg_cluster) -> str:
    backend = request.getfixturevalue("backend") if "backend" in request.fixturenames else "sqlite"
    return _database_url(backend, tmp_path, pg_cluster)


@pytest.fixture
def server(database_url, tmp_path):
    process = ServerProcess(database_url, tmp_path / "server").start()
    yield process
    process.stop()


@dataclass
class Person:
    username: str
    role: str
    id: str
    team_id: str
    token: str

    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class Team:
    id: str
    name: str
    people: dict[str, Person] = field(default_factory=dict)

    def __getitem__(self, username: str) -> Person:
        return self.people[username]


@functools.cache
def _cached_hash(password: str) -> str:
    from sync.server import security

    return security._hasher.hash(password)


@pytest.fixture
def seed(database_url, monkeypatch):
    """seed(team_name, admin=1, lead=1, agent=2) -> Team with tokens (argon2 hashed once per run)."""
    from sync.server import accounts, security
    from sync.server.db import Database

    monkeypatch.setattr(security, "hash_password", _cached_hash)
    db = Database(database_url)
    db.migrate()

    def make(name: str = "旗舰店", admin: int = 1, lead: int = 1, agent: int = 2, prefix: str = "") -> Team:
        prefix = prefix or name
        boss = accounts.create_team(db, name, f"{prefix}-admin", PASSWORD)
        team = Team(boss.team_id, name)
        team.people[boss.username] = Person(boss.username, "admin", boss.id, boss.team_id,
                                            accounts.issue_token(db, boss.id)[0])
        for role, count in (("admin", admin - 1), ("lead", lead), ("agent", agent)):
            for number in range(1, count + 1):
                user = accounts.add_user(db, boss.team_id, f"{prefix}-{role}{number}", PASSWORD, role)
                team.people[user.username] = Person(user.username, role, user.id, user.team_id,
                                                    accounts.issue_token(db, user.id)[0])
        return team

    yield make
    db.dispose()


@pytest.fixture
def make_device(tmp_path):
    """make_device(name, server_url, token) -> (store, SyncService); closed after the test."""
    from assistant.store import Store
    from sync.client import SyncApi, SyncService

    made = []

    def make(name: str, url: str, token: str, listen: bool = False, on_state=None):
        store = Store(tmp_path / "devices" / name / "library.db")
        store.personal_library()
        service = SyncService(store, SyncApi(url, lambda: token), on_state=on_state, listen=listen,
                              debounce=0.05, max_backoff=2.0)
        made.append((store, service))
        return store, service

    yield make
    for store, service in made:
        service.stop()
        store.close()
