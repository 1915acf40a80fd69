"""Teams, people, roles, tokens and invites: used by the HTTP routes and the admin CLI.

Every function takes the :class:`~sync.server.db.Database` and does its work in one
transaction.  Creating a team creates its team library; creating a person creates
their personal library, so every library a client can pull exists from the start.
Changing someone's role or password, or deactivating them, revokes their tokens
(they sign in again and get the rights they now have).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, func, insert, select, update

from sync.protocol import Role, UserInfo
from sync.server import security
from sync.server import tables as t
from sync.server.db import Database
from sync.server.errors import ApiError, invalid, not_found

TEAM_LIBRARY_NAME = "团队话术"
PERSONAL_LIBRARY_NAME = "我的话术"  # the same name the app gives it before sign-in


@dataclass(frozen=True)
class Caller:
    id: str
    team_id: str
    role: str
    username: str
    display_name: str
    team_name: str
    token_hash: str = ""

    @property
    def is_lead(self) -> bool:
        return self.role in (Role.ADMIN.value, Role.LEAD.value)

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN.value

    def info(self) -> UserInfo:
        return UserInfo(id=self.id, username=self.username, display_name=self.display_name, role=self.role,
                        team_id=self.team_id, team_name=self.team_name)


def _new_id() -> str:
    return str(uuid.uuid4())


def _check_username(username: str) -> str:
    name = username.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise invalid(f"user name '{username}' must be 1-64 characters without spaces")
    return name


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise invalid("a password must be at least 8 characters")


def create_team(db: Database, team_name: str, username: str, password: str, display_name: str = "") -> Caller:
    """``kefu-server init``: a team, its team library and its first admin."""
    team_id = _new_id()
    with db.write() as conn:
        conn.execute(insert(t.teams).values(id=team_id, name=team_name, created_at=security.now_iso()))
        conn.execute(insert(t.libraries).values(
            id=_new_id(), team_id=team_id, kind="team", name=TEAM_LIBRARY_NAME, revision=0,
            created_at=security.now_iso(), pack_version=0, pack_meta="{}", script_count=0))
        user_id = _add_user(conn, team_id, username, password, Role.ADMIN.value, display_name)
    return get_user(db, user_id)


def add_user(db: Database, team_id: str, username: str, password: str, role: str = "agent",
             display_name: str = "") -> Caller:
    with db.write() as conn:
        user_id = _add_user(conn, team_id, username, password, Role(role).value, display_name)
    return get_user(db, user_id)


def _add_user(conn: Connection, team_id: str, username: str, password: str, role: str, display_name: str) -> str:
    username = _check_username(username)
    _check_password(password)
    if conn.execute(select(t.users.c.id).where(t.users.c.username == username)).first():
        raise ApiError(409, "exists", f"user name '{username}' is taken")
    user_id = _new_id()
    conn.execute(insert(t.users).values(
        id=user_id, team_id=team_id, username=username, display_name=display_name or username,
        password_hash=security.hash_password(password), role=role, active=True, created_at=security.now_iso()))
    conn.execute(insert(t.libraries).values(
        id=_new_id(), team_id=team_id, kind="personal", owner_id=user_id, name=PERSONAL_LIBRARY_NAME,
        revision=0, created_at=security.now_iso(), pack_version=0, pack_meta="{}", script_count=0))
    return user_id


def _caller_query():
    return (select(t.users.c.id, t.users.c.team_id, t.users.c.role, t.users.c.username, t.users.c.display_name,
                   t.users.c.active, t.users.c.password_hash, t.teams.c.name.label("team_name"))
            .join(t.teams, t.teams.c.id == t.users.c.team_id))


def _caller(row, token_hash: str = "") -> Caller:
    return Caller(row.id, row.team_id, row.role, row.username, row.display_name, row.team_name, token_hash)


def get_user(db: Database, user_id: str, team_id: str | None = None) -> Caller:
    query = _caller_query().where(t.users.c.id == user_id)
    if team_id is not None:
        query = query.where(t.users.c.team_id == team_id)
    with db.read() as conn:
        row = conn.execute(query).first()
    if row is None:
        raise not_found(f"user {user_id}")
    return _caller(row)


def find_user(db: Database, username: str) -> Caller:
    with db.read() as conn:
        row = conn.execute(_caller_query().where(t.users.c.username == username)).first()
    if row is None:
        raise not_found(f"user '{username}'")
    return _caller(row)


def list_users(db: Database, team_id: str) -> list[UserInfo]:
    with db.read() as conn:
        rows = conn.execute(_caller_query().where(t.users.c.team_id == team_id).order_by(t.users.c.username))
        return [UserInfo(id=r.id, username=r.username, display_name=r.display_name, role=r.role,
                         team_id=r.team_id, team_name=r.team_name, active=r.active) for r in rows]


def list_teams(db: Database) -> list[tuple[str, str]]:
    with db.read() as conn:
        return [(r.id, r.name) for r in conn.execute(select(t.teams.c.id, t.teams.c.name).order_by(t.teams.c.name))]


def update_user(db: Database, user_id: str, team_id: str, role: str | None = None, password: str | None = None,
                display_name: str | None = None, active: bool | None = None) -> Caller:
    values: dict = {}
    if role is not None:
        values["role"] = Role(role).value
    if password is not None:
        _check_password(password)
        values["password_hash"] = security.hash_password(password)
    if display_name is not None:
        values["display_name"] = display_name
    if active is not None:
        values["active"] = active
    with db.write() as conn:
        if not conn.execute(select(t.users.c.id).where(t.users.c.id == user_id, t.users.c.team_id == team_id)).first():
            raise not_found(f"user {user_id}")
        if values:
            conn.execute(update(t.users).where(t.users.c.id == user_id).values(**values))
        if set(values) & {"role", "password_hash", "active"}:
            _revoke(conn, user_id)
    return get_user(db, user_id)


def revoke_tokens(db: Database, user_id: str) -> int:
    with db.write() as conn:
        return _revoke(conn, user_id)


def _revoke(conn: Connection, user_id: str) -> int:
    result = conn.execute(update(t.tokens).where(t.tokens.c.user_id == user_id, t.tokens.c.revoked_at.is_(None))
                          .values(revoked_at=security.now_iso()))
    return result.rowcount


def revoke_token(db: Database, token_hash: str) -> None:
    with db.write() as conn:
        conn.execute(update(t.tokens).where(t.tokens.c.hash == token_hash).values(revoked_at=security.now_iso()))


def login(db: Database, username: str, password: str, device: str, token_days: int) -> tuple[str, str, Caller]:
    """Returns (token, expires_at, caller); raises 401 with one message for every failure."""
    with db.read() as conn:
        row = conn.execute(_caller_query().where(t.users.c.username == username)).first()
    ok = security.verify_password(row.password_hash if row else None, password)
    if not ok or not row.active:
        raise ApiError(401, "bad_credentials", "wrong user name or password, or the account is disabled")
    if security.needs_rehash(row.password_hash):
        with db.write() as conn:
            conn.execute(update(t.users).where(t.users.c.id == row.id)
                         .values(password_hash=security.hash_password(password)))
    token, expires = issue_token(db, row.id, device, token_days)
    return token, expires, _caller(row)


def issue_token(db: Database, user_id: str, device: str = "", token_days: int = 30) -> tuple[str, str]:
    """A new bearer token for a person (after their password was checked)."""
    token, expires = security.new_secret(), security.now_iso(timedelta(days=token_days))
    with db.write() as conn:
        conn.execute(insert(t.tokens).values(hash=security.digest(token), user_id=user_id, device=device[:100],
                                             created_at=security.now_iso(), expires_at=expires))
    return token, expires


def authenticate(db: Database, token: str) -> Caller | None:
    token_hash = security.digest(token)
    query = (_caller_query().join(t.tokens, t.tokens.c.user_id == t.users.c.id)
             .where(t.tokens.c.hash == token_hash, t.tokens.c.revoked_at.is_(None),
                    t.tokens.c.expires_at > security.now_iso(), t.users.c.active.is_(True)))
    with db.read() as conn:
        row = conn.execute(query).first()
    return _caller(row, token_hash) if row else None


def still_valid(db: Database, token_hashes: list[str]) -> dict[str, Caller]:
    """Which of these token hashes are still good, with their callers (for the token cache)."""
    found: dict[str, Caller] = {}
    with db.read() as conn:
        for start in range(0, len(token_hashes), 500):
            query = (_caller_query().add_columns(t.tokens.c.hash.label("token_hash"))
                     .join(t.tokens, t.tokens.c.user_id == t.users.c.id)
                     .where(t.tokens.c.hash.in_(token_hashes[start:start + 500]), t.tokens.c.revoked_at.is_(None),
                            t.tokens.c.expires_at > security.now_iso(), t.users.c.active.is_(True)))
            for row in conn.execute(query):
                found[row.token_hash] = _caller(row, row.token_hash)
    return found


def make_invite(db: Database, team_id: str, created_by: str, role: str = "agent", hours: int = 72,
                uses: int = 1) -> tuple[str, str]:
    code, expires = security.new_secret()[:24], security.now_iso(timedelta(hours=hours))
    with db.write() as conn:
        conn.execute(insert(t.invites).values(hash=security.digest(code), team_id=team_id, role=Role(role).value,
                                              created_by=created_by, created_at=security.now_iso(),
                                              expires_at=expires, uses_left=uses))
    return code, expires


def register(db: Database, invite_code: str, username: str, password: str, display_name: str = "") -> Caller:
    with db.write() as conn:
        invite = conn.execute(select(t.invites).where(
            t.invites.c.hash == security.digest(invite_code), t.invites.c.uses_left > 0,
            t.invites.c.expires_at > security.now_iso())).first()
        if invite is None:
            raise ApiError(403, "bad_invite", "the invite code is unknown, used up or expired")
        user_id = _add_user(conn, invite.team_id, username, password, invite.role, display_name)
        conn.execute(update(t.invites).where(t.invites.c.hash == invite.hash)
                     .values(uses_left=t.invites.c.uses_left - 1))
    return get_user(db, user_id)


def count_users(db: Database) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(t.users)).scalar_one()
