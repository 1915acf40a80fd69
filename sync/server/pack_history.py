"""Campaign-pack history: the list of versions, the diff between two, rollback, incident broadcast.

Decisions:

* Every published version is kept whole in ``pack_versions`` (meta + scripts as JSON),
  written in the same transaction as the version itself (see ``packs.write_version``).
* A rollback never rewinds the version number: it publishes the old content as a new
  version ("rollback to version N"), so every agent's device sees a newer version and
  replaces what it holds at once, through the ordinary notify/pull path.
* A diff matches drills by their buyer message (changed = other codes or difficulty).
* A diff matches scripts by their id, which is derived from the pack and the entry's
  own id or code (stable from one version to the next).
* An incident broadcast is a small pack of its own (name ``紧急：<title>``, valid from
  now for ``hours``), published like any other; ``pack.incident`` is true in its meta so
  the app can treat it as urgent.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from sync.protocol import (
    BroadcastRequest,
    LibraryInfo,
    PackDiff,
    PackVersionInfo,
    PackVersions,
    ScriptChange,
)
from sync.server import packs
from sync.server import tables as t
from sync.server.accounts import Caller
from sync.server.db import Database
from sync.server.errors import forbidden, invalid, not_found
from sync.server.libraries import LibraryRow, library_info, load_library

COMPARED = ("code", "title", "body", "category", "keywords", "output_mode", "hotkey", "image_hash",
            "image_position")
INCIDENT_PREFIX = "紧急："


def _need_lead(caller: Caller, what: str) -> None:
    if not caller.is_lead:
        raise forbidden(f"only a lead or an admin can {what}")


def _pack(conn, caller: Caller, library_id: str, lock: bool = False) -> LibraryRow:
    lib = load_library(conn, caller, library_id, lock=lock)
    if lib.kind != "campaign":
        raise invalid(f"library {library_id} is a {lib.kind} library, not a campaign pack")
    return lib


def list_packs(db: Database, caller: Caller) -> list[LibraryInfo]:
    _need_lead(caller, "list packs with their details")
    with db.read() as conn:
        rows = conn.execute(select(*[t.libraries.c[n] for n in LibraryRow.__dataclass_fields__])
                            .where(t.libraries.c.team_id == caller.team_id, t.libraries.c.kind == "campaign")
                            .order_by(t.libraries.c.created_at.desc(), t.libraries.c.id)).all()
    return [library_info(caller, LibraryRow(**r._mapping)) for r in rows]


def versions(db: Database, caller: Caller, library_id: str) -> PackVersions:
    _need_lead(caller, "see a pack's versions")
    with db.read() as conn:
        lib = _pack(conn, caller, library_id)
        rows = conn.execute(select(t.pack_versions.c.version, t.pack_versions.c.name, t.pack_versions.c.meta,
                                   t.pack_versions.c.script_count, t.pack_versions.c.published_at,
                                   t.pack_versions.c.published_by, t.pack_versions.c.note)
                            .where(t.pack_versions.c.library_id == lib.id)
                            .order_by(t.pack_versions.c.version.desc())).all()
        names = dict(conn.execute(select(t.users.c.id, t.users.c.username)
                                  .where(t.users.c.team_id == caller.team_id)).all())
    out = [PackVersionInfo(version=r.version, name=r.name, published_at=r.published_at,
                           published_by=names.get(r.published_by, ""), scripts=r.script_count,
                           notice=str(json.loads(r.meta or "{}").get("notice", "")), note=r.note) for r in rows]
    return PackVersions(library_id=lib.id, current=lib.pack_version, versions=out)


def version_content(conn, lib: LibraryRow, version: int) -> dict:
    row = conn.execute(select(t.pack_versions).where(t.pack_versions.c.library_id == lib.id,
                                                     t.pack_versions.c.version == version)).first()
    if row is None and version == lib.pack_version and version > 0:  # published before versions were kept
        return {"name": lib.name, "pack": json.loads(lib.pack_meta or "{}"),
                "scripts": packs.live_entries(conn, lib)}
    if row is None:
        raise not_found(f"version {version} of pack {lib.id}")
    return {"name": row.name, "pack": json.loads(row.meta or "{}"), "scripts": json.loads(row.scripts or "[]")}


def document(db: Database, caller: Caller, library_id: str, version: int) -> dict:
    """One version as kept (scripts carry their image hash, not the bytes)."""
    _need_lead(caller, "read a pack version")
    with db.read() as conn:
        lib = _pack(conn, caller, library_id)
        content = version_content(conn, lib, version)
    return {"format": "kefu-pack", "version": 1, "name": content["name"], "pack": content["pack"],
            "scripts": content["scripts"], "pack_version": version}


def diff(db: Database, caller: Caller, library_id: str, old: int, new: int) -> PackDiff:
    _need_lead(caller, "compare pack versions")
    with db.read() as conn:
        lib = _pack(conn, caller, library_id)
        before, after = version_content(conn, lib, old), version_content(conn, lib, new)
    return compare(lib.id, old, new, before, after)


def compare(library_id: str, old: int, new: int, before: dict, after: dict) -> PackDiff:
    a = {s["id"]: s for s in before["scripts"]}
    b = {s["id"]: s for s in after["scripts"]}

    def change(s: dict, fields: list[str] | None = None) -> ScriptChange:
        return ScriptChange(script_id=s["id"], code=s.get("code", ""), title=s.get("title", ""), fields=fields or [])

    added = [change(b[i]) for i in b if i not in a]
    removed = [change(a[i]) for i in a if i not in b]
    changed = []
    for i in b:
        if i in a:
            fields = [f for f in COMPARED if a[i].get(f) != b[i].get(f)]
            if fields:
                changed.append(change(b[i], fields))
    va, vb = before["pack"].get("variables") or {}, after["pack"].get("variables") or {}
    variables = {k: [va.get(k), vb.get(k)] for k in sorted(set(va) | set(vb)) if va.get(k) != vb.get(k)}
    ca, cb = list(before["pack"].get("checklist") or []), list(after["pack"].get("checklist") or [])
    meta = {}
    for key in ("notice", "starts_at", "ends_at", "drill_target"):
        if before["pack"].get(key) != after["pack"].get(key):
            meta[key] = [before["pack"].get(key), after["pack"].get(key)]
    if before["name"] != after["name"]:
        meta["name"] = [before["name"], after["name"]]
    da = {str(d.get("message", "")).strip(): d for d in before["pack"].get("drills") or [] if isinstance(d, dict)}
    db = {str(d.get("message", "")).strip(): d for d in after["pack"].get("drills") or [] if isinstance(d, dict)}
    return PackDiff(library_id=library_id, old=old, new=new, added=added, removed=removed, changed=changed,
                    variables=variables, checklist_added=[c for c in cb if c not in ca],
                    checklist_removed=[c for c in ca if c not in cb], meta=meta,
                    drills_added=[m for m in db if m not in da], drills_removed=[m for m in da if m not in db],
                    drills_changed=[m for m in db if m in da and da[m] != db[m]])


def rollback(db: Database, caller: Caller, library_id: str, version: int) -> tuple[LibraryInfo, LibraryRow]:
    """Publish version ``version``'s content again, as the next version."""
    _need_lead(caller, "roll a pack back")
    with db.write() as conn:
        lib = _pack(conn, caller, library_id, lock=True)
        if version >= lib.pack_version and lib.pack_version:
            raise invalid(f"version {version} is not older than the current version {lib.pack_version}")
        content = version_content(conn, lib, version)
        lib = packs.write_version(db, conn, caller, lib, content["name"], content["pack"], content["scripts"],
                                  note=f"rollback to version {version}")
    return library_info(caller, lib), lib


def broadcast_document(request: BroadcastRequest, now: datetime | None = None) -> dict:
    now = now or datetime.now(UTC)
    title = request.title.strip()
    if not title:
        raise invalid("title: give the incident a title")
    replies = [r for r in (x.strip() for x in request.replies) if r]
    if not replies:
        raise invalid("replies: give at least one reference reply")
    many = len(replies) > 1
    return {"format": "kefu-pack", "version": 1, "name": f"{INCIDENT_PREFIX}{title}"[:200],
            "pack": {"starts_at": now.isoformat(timespec="seconds"),
                     "ends_at": (now + timedelta(hours=request.hours)).isoformat(timespec="seconds"),
                     "notice": request.explanation.strip() or title, "incident": True},
            "scripts": [{"id": f"reply-{n}", "title": f"{title} ({n})" if many else title, "body": body,
                         "keywords": [title], "category": ["紧急通知"]}
                        for n, body in enumerate(replies, 1)]}


def broadcast(db: Database, caller: Caller, request: BroadcastRequest) -> tuple[LibraryInfo, LibraryRow]:
    _need_lead(caller, "broadcast an incident")
    return packs.publish(db, caller, broadcast_document(request), note="incident broadcast")
