"""Libraries, revisions, pull and push: the heart of the sync server.

Decisions:

* **Who may do what.**  A library is visible only inside its team: anything else is
  404, so ids of other teams cannot even be probed.  The team library and campaign
  packs are readable by everyone in the team; a personal library only by its owner
  (another person's is 404 too).  Writes: personal = owner, team = lead or admin
  (an agent gets 403), campaign packs only through publishing (see packs.py).
* **Revisions.**  A push takes the library's row lock first (``SELECT ... FOR UPDATE``
  on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), then bumps the revision once per
  applied record.  Because the lock is held until commit, revision N+1 can only exist
  after N committed, so a reader paging with ``revision > since`` never skips a row.
* **Conflicts.**  A record whose ``base_revision`` is not the server's current
  revision of that script is a conflict (``stale_base``) answered with the server's
  version; deleting something already deleted is simply applied.  A live code must be
  unique within a library in the batch's *final* state (so a batch may swap two
  codes); a record that would take a code held by another live script is a conflict
  (``code_taken``) naming the holder.  Conflicts never stop the rest of the batch.
* **Idempotency.**  The answer to a push is stored under (user, key) in the same
  transaction; the same key again returns that answer with ``replayed = true``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, delete, insert, or_, select, update

from assistant import drills
from assistant.errors import ValidationError
from assistant.model import ScriptDraft, code_key
from sync.protocol import (
    LibraryInfo,
    PackMeta,
    PullPage,
    PushChange,
    PushOutcome,
    PushRequest,
    PushResponse,
    ScriptRecord,
)
from sync.server import security
from sync.server import tables as t
from sync.server.accounts import Caller
from sync.server.db import Database
from sync.server.errors import ApiError, forbidden, invalid, not_found

IDEMPOTENCY_DAYS = 7


@dataclass(frozen=True)
class LibraryRow:
    id: str
    team_id: str
    kind: str
    owner_id: str | None
    name: str
    revision: int
    pack_version: int = 0
    pack_meta: str = "{}"
    published_at: str | None = None
    published_by: str | None = None
    script_count: int = 0


def can_read(caller: Caller, lib: LibraryRow) -> bool:
    return lib.team_id == caller.team_id and (lib.kind != "personal" or lib.owner_id == caller.id)


def can_write(caller: Caller, lib: LibraryRow) -> bool:
    if not can_read(caller, lib):
        return False
    return lib.kind == "personal" or (lib.kind == "team" and caller.is_lead)


def load_library(conn: Connection, caller: Caller, library_id: str, lock: bool = False) -> LibraryRow:
    query = select(*[t.libraries.c[name] for name in LibraryRow.__dataclass_fields__]).where(
        t.libraries.c.id == library_id, t.libraries.c.team_id == caller.team_id)
    if lock:
        query = query.with_for_update()
    row = conn.execute(query).first()
    lib = LibraryRow(**row._mapping) if row else None
    if lib is None or not can_read(caller, lib):
        raise not_found(f"library {library_id}")
    return lib


def library_info(caller: Caller, lib: LibraryRow) -> LibraryInfo:
    pack = None
    if lib.kind == "campaign":
        meta = json.loads(lib.pack_meta or "{}")
        pack = PackMeta(name=lib.name, version=lib.pack_version, starts_at=meta.get("starts_at"),
                        ends_at=meta.get("ends_at"), notice=meta.get("notice", ""),
                        variables=meta.get("variables", {}), checklist=drills.pack_checklist(meta),
                        published_at=lib.published_at, published_by=lib.published_by or "",
                        scripts=lib.script_count, pinned=[str(c) for c in meta.get("pinned") or []],
                        incident=bool(meta.get("incident")), drills=list(meta.get("drills") or []),
                        drill_target=meta.get("drill_target") if meta.get("drills") else None)
    return LibraryInfo(id=lib.id, kind=lib.kind, name=lib.name, revision=lib.revision,
                       writable=can_write(caller, lib), owner_id=lib.owner_id, pack=pack)


def list_libraries(db: Database, caller: Caller) -> list[LibraryInfo]:
    with db.read() as conn:
        rows = conn.execute(select(*[t.libraries.c[name] for name in LibraryRow.__dataclass_fields__])
                            .where(t.libraries.c.team_id == caller.team_id,
                                   or_(t.libraries.c.kind != "personal", t.libraries.c.owner_id == caller.id))
                            .order_by(t.libraries.c.kind, t.libraries.c.created_at, t.libraries.c.id))
        libs = [LibraryRow(**r._mapping) for r in rows]
    return [library_info(caller, lib) for lib in libs if can_read(caller, lib)]


def current_revision(db: Database, caller: Caller, library_id: str) -> int:
    with db.read() as conn:
        return load_library(conn, caller, library_id).revision


def record(row) -> ScriptRecord:
    return ScriptRecord(id=row.id, revision=row.revision, deleted=row.deleted, updated_at=row.updated_at,
                        updated_by=row.updated_by, code=row.code, title=row.title, body=row.body,
                        category=json.loads(row.category), keywords=json.loads(row.keywords),
                        output_mode=row.output_mode, hotkey=row.hotkey, image_hash=row.image_hash,
                        image_position=row.image_position)


def pull(db: Database, caller: Caller, library_id: str, since: int, limit: int) -> tuple[PullPage, LibraryRow]:
    """Changes after ``since``; a campaign pack always answers with its whole current version."""
    with db.read() as conn:
        lib = load_library(conn, caller, library_id)
        if lib.kind == "campaign":
            if since == lib.revision:
                return PullPage(library_id=lib.id, revision=lib.revision, records=[]), lib
            rows = conn.execute(select(t.scripts).where(t.scripts.c.library_id == lib.id, t.scripts.c.deleted.is_(False))
                                .order_by(t.scripts.c.id)).all()
            return PullPage(library_id=lib.id, revision=lib.revision, snapshot=True,
                            records=[record(r) for r in rows], pack=library_info(caller, lib).pack), lib
        if since > lib.revision:  # the server was restored from an older backup: start over
            since = 0
        rows = conn.execute(select(t.scripts).where(
            t.scripts.c.library_id == lib.id, t.scripts.c.revision > since, t.scripts.c.revision <= lib.revision)
            .order_by(t.scripts.c.revision).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1].revision if more else lib.revision
    return PullPage(library_id=lib.id, revision=cursor, more=more, records=[record(r) for r in rows]), lib


def push(db: Database, caller: Caller, library_id: str, request: PushRequest) -> tuple[PushResponse, LibraryRow]:
    ids = [c.id for c in request.changes]
    if len(set(ids)) != len(ids):
        raise invalid("a push may name each script only once")
    check_rules(request.changes)
    scope = f"push:{library_id}"
    with db.write() as conn:
        lib = load_library(conn, caller, library_id, lock=True)
        if not can_write(caller, lib):
            raise forbidden(f"your role ({caller.role}) cannot write the {lib.kind} library")
        stored = _replay(conn, caller, request.idempotency_key, scope)
        if stored is not None:
            return PushResponse.model_validate_json(stored).model_copy(update={"replayed": True}), lib
        current = {}
        for start in range(0, len(ids), 400):
            current.update({r.id: r for r in conn.execute(select(t.scripts).where(
                t.scripts.c.library_id == lib.id, t.scripts.c.id.in_(ids[start:start + 400])))})
        outcomes, accepted = _judge(conn, lib.id, request.changes, current)
        revision = lib.revision
        if accepted:
            revision = conn.execute(update(t.libraries).where(t.libraries.c.id == lib.id)
                                    .values(revision=t.libraries.c.revision + len(accepted))
                                    .returning(t.libraries.c.revision)).scalar_one()
            now = security.now_iso()
            for number, change in enumerate(accepted, start=revision - len(accepted) + 1):
                _write(conn, lib.id, change, number, now, caller.id, exists=change.id in current)
                outcomes[change.id] = PushOutcome(id=change.id, status="applied", revision=number)
            db.notify(conn, {"library_id": lib.id, "revision": revision, "kind": lib.kind,
                             "team_id": lib.team_id, "owner_id": lib.owner_id})
        response = PushResponse(library_id=lib.id, revision=revision, results=[outcomes[i] for i in ids])
        _remember(conn, caller, request.idempotency_key, scope, response.model_dump_json())
    return response, LibraryRow(**{**lib.__dict__, "revision": revision})


def check_rules(changes: list[PushChange]) -> None:
    """The model's rules (code syntax, sizes, category depth) for every live record, or 422."""
    problems = []
    for index, change in enumerate(changes):
        if change.deleted:
            continue
        try:
            ScriptDraft(code=change.code, title=change.title, body=change.body, category=tuple(change.category),
                        keywords=tuple(change.keywords), output_mode=change.output_mode, hotkey=change.hotkey,
                        image_hash=change.image_hash, image_position=change.image_position).validated()
        except ValidationError as exc:
            problems.append({"index": index, "id": change.id, "field": exc.field, "message": str(exc)})
    if problems:
        raise invalid(f"{len(problems)} record(s) break the script rules; first: {problems[0]['message']}", problems)


def _judge(conn: Connection, library_id: str, changes: list[PushChange], current: dict):
    """Split a batch into conflicts (answered) and changes to apply, in batch order."""
    outcomes: dict[str, PushOutcome] = {}
    candidates: list[PushChange] = []
    for change in changes:
        row = current.get(change.id)
        server_revision = row.revision if row is not None else 0
        if row is not None and row.deleted and change.deleted:
            outcomes[change.id] = PushOutcome(id=change.id, status="applied", revision=row.revision)
        elif change.base_revision != server_revision:
            outcomes[change.id] = PushOutcome(id=change.id, status="conflict", revision=server_revision,
                                              reason="stale_base", server=record(row) if row is not None else None)
        else:
            candidates.append(change)
    while True:  # drop code clashes until the batch's final state has unique live codes
        clash = _first_clash(conn, library_id, candidates)
        if clash is None:
            return outcomes, candidates
        change, holder_id = clash
        candidates.remove(change)
        row = current.get(change.id)
        outcomes[change.id] = PushOutcome(id=change.id, status="conflict", revision=row.revision if row else 0,
                                          reason="code_taken", holder_id=holder_id,
                                          server=record(row) if row is not None else None)


def _first_clash(conn: Connection, library_id: str, candidates: list[PushChange]) -> tuple[PushChange, str] | None:
    """The first change that claims a live code another script holds in the final state."""
    final = {c.id: ("" if c.deleted else code_key(c.code)) for c in candidates}
    keys = sorted({key for key in final.values() if key})
    if not keys:
        return None
    kept: dict[str, str] = {}  # code key -> id of an untouched live script holding it
    for start in range(0, len(keys), 400):
        for row in conn.execute(select(t.scripts.c.id, t.scripts.c.code_key).where(
                t.scripts.c.library_id == library_id, t.scripts.c.deleted.is_(False),
                t.scripts.c.code_key.in_(keys[start:start + 400]))):
            if row.id not in final:
                kept.setdefault(row.code_key, row.id)
    claimed: dict[str, str] = {}
    for change in candidates:
        key = final[change.id]
        if not key:
            continue
        holder = kept.get(key) or claimed.get(key)
        if holder:
            return change, holder
        claimed[key] = change.id
    return None


def _write(conn: Connection, library_id: str, change: PushChange, revision: int, now: str, user_id: str,
           exists: bool) -> None:
    values = dict(code=change.code, code_key=code_key(change.code), title=change.title, body=change.body,
                  category=json.dumps(change.category, ensure_ascii=False),
                  keywords=json.dumps(change.keywords, ensure_ascii=False), output_mode=change.output_mode,
                  hotkey=change.hotkey, image_hash=change.image_hash, image_position=change.image_position,
                  deleted=change.deleted, revision=revision, updated_at=now, updated_by=user_id)
    if change.deleted:  # a tombstone keeps only what identifies it
        values.update(body="", keywords="[]", image_hash=None, code="", code_key="")
    if exists:
        conn.execute(update(t.scripts).where(t.scripts.c.library_id == library_id, t.scripts.c.id == change.id)
                     .values(**values))
    else:
        conn.execute(insert(t.scripts).values(library_id=library_id, id=change.id, **values))


def _replay(conn: Connection, caller: Caller, key: str, scope: str) -> str | None:
    row = conn.execute(select(t.idempotency.c.scope, t.idempotency.c.response).where(
        t.idempotency.c.user_id == caller.id, t.idempotency.c.key == key)).first()
    if row is None:
        return None
    if row.scope != scope:
        raise ApiError(409, "key_reused", f"idempotency key '{key}' was already used for another request")
    return row.response


def _remember(conn: Connection, caller: Caller, key: str, scope: str, response: str) -> None:
    conn.execute(delete(t.idempotency).where(t.idempotency.c.user_id == caller.id,
                                             t.idempotency.c.created_at < security.now_iso(timedelta(days=-IDEMPOTENCY_DAYS))))
    conn.execute(insert(t.idempotency).values(user_id=caller.id, key=key, scope=scope, response=response,
                                              created_at=security.now_iso()))
