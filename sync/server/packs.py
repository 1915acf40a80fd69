"""Campaign packs (活动包): created and published by leads, atomically and versioned.

Decisions:

* The publish API takes our JSON pack document (``assistant/formats/packjson.py``),
  so the lead console and ``kefu pack publish`` send exactly what ``kefu export``
  writes.  The whole document is checked first (schema, then every model rule, then
  unique codes); one bad script refuses the whole version with a 422 listing every
  problem by script number (a bad practice drill in ``pack.drills`` by drill number,
  see ``assistant.drills.check_pack_drills``).  A lead never publishes half a pack by accident.
* A version is written in one transaction that replaces the pack's rows and bumps the
  pack library's revision exactly once; every row of the version carries that
  revision.  A pull of a pack returns the whole version read in one snapshot, so no
  client sees half a pack or a mix of two versions, even if the server is killed in
  the middle of a publish (the transaction simply never committed).
* Script ids inside a pack are derived (UUID 5 of the pack id and the entry's own id,
  or its code, or its position), so they are stable from one version to the next and
  never collide with ids in other libraries on a device.
* Receipts: a device that pulls a version is noted in memory and written in batches
  (see ``ReceiptBuffer``), so 2,000 agents fetching at once cost one write, and the
  lead can see within seconds who has which version.  The same buffer notes when each
  person's device last started a sync round (``user_seen``, for the readiness board).
* Every version is kept whole in ``pack_versions`` (see ``pack_history.py`` for the
  version list, diff, rollback and incident broadcast).
"""

from __future__ import annotations

import json
import threading
import uuid
from pathlib import Path

from sqlalchemy import delete, insert, select, update

from assistant import drills
from assistant.errors import FormatError, ValidationError
from assistant.formats import packjson
from assistant.model import code_key
from sync.protocol import LibraryInfo, PackReceipt, PackReceipts
from sync.server import security
from sync.server import tables as t
from sync.server.accounts import Caller
from sync.server.db import Database
from sync.server.errors import forbidden, invalid
from sync.server.libraries import LibraryRow, library_info, load_library

MAX_PACK_SCRIPTS = 5000


def parse_pack(document: object) -> tuple[dict, list]:
    """(meta, validated drafts) or a 422 naming every problem."""
    try:
        parsed = packjson.parse_document(Path("pack.json"), document)
    except FormatError as exc:
        raise invalid(str(exc).removeprefix("pack.json: "))
    problems = [{"script": r.number, "message": r.reason} for r in parsed.rejected]
    drafts, codes, ids = [], {}, {}
    for row in parsed.rows:
        if row.draft.id and row.draft.id in ids:
            problems.append({"script": row.number, "message": f"id '{row.draft.id}' is also used by script "
                                                              f"{ids[row.draft.id]}"})
            continue
        if row.draft.id:
            ids[row.draft.id] = row.number
        try:
            draft = row.draft.validated()
        except ValidationError as exc:
            problems.append({"script": row.number, "message": str(exc)})
            continue
        key = code_key(draft.code)
        if key and key in codes:
            problems.append({"script": row.number, "message": f"code '{draft.code}' is also used by script {codes[key]}"})
        if key:
            codes.setdefault(key, row.number)
        drafts.append(draft)
    if len(parsed.rows) + len(parsed.rejected) > MAX_PACK_SCRIPTS:
        problems.append({"script": 0, "message": f"a pack holds at most {MAX_PACK_SCRIPTS} scripts"})
    pack_codes = [row.draft.code for row in parsed.rows]
    problems += [{"drill": number, "message": reason}
                 for number, reason in drills.check_pack_drills(parsed.meta.get("pack") or {}, pack_codes)]
    if problems:
        first = problems[0]
        where = (f"drill {first['drill']}" if first["drill"] else "drills") if "drill" in first \
            else f"script {first['script']}"
        raise invalid(f"the pack has {len(problems)} problem(s); first: {where}: {first['message']}", problems)
    return parsed.meta, drafts


def publish(db: Database, caller: Caller, document: object, library_id: str | None = None,
            name: str | None = None, note: str = "") -> tuple[LibraryInfo, LibraryRow]:
    """Publish a new version (creating the pack when ``library_id`` is None)."""
    if not caller.is_lead:
        raise forbidden("only a lead or an admin can publish a pack")
    meta, drafts = parse_pack(document)
    pack_name = (name or meta.get("name") or "").strip()[:200]
    with db.write() as conn:
        if library_id is None:
            library_id = str(uuid.uuid4())
            conn.execute(insert(t.libraries).values(
                id=library_id, team_id=caller.team_id, kind="campaign", name=pack_name or "活动包", revision=0,
                created_at=security.now_iso(), pack_version=0, pack_meta="{}", script_count=0))
        lib = load_library(conn, caller, library_id, lock=True)
        if lib.kind != "campaign":
            raise invalid(f"library {library_id} is a {lib.kind} library, not a campaign pack")
        _store_images(conn, caller.team_id, drafts)
        entries = [_entry(lib.id, index, draft) for index, draft in enumerate(drafts)]
        lib = write_version(db, conn, caller, lib, pack_name or lib.name, dict(meta.get("pack") or {}), entries, note)
    return library_info(caller, lib), lib


def write_version(db: Database, conn, caller: Caller, lib: LibraryRow, name: str, pack: dict, entries: list[dict],
                  note: str = "") -> LibraryRow:
    """Make ``entries`` (see ``_entry``) the pack's next version, kept in ``pack_versions``; one revision bump."""
    keep_current(conn, lib)
    revision = conn.execute(update(t.libraries).where(t.libraries.c.id == lib.id)
                            .values(revision=t.libraries.c.revision + 1)
                            .returning(t.libraries.c.revision)).scalar_one()
    now = security.now_iso()
    conn.execute(delete(t.scripts).where(t.scripts.c.library_id == lib.id))
    rows = [_row(lib.id, entry, revision, now, caller.id) for entry in entries]
    for start in range(0, len(rows), 500):
        conn.execute(insert(t.scripts), rows[start:start + 500])
    version = lib.pack_version + 1
    meta_text = json.dumps(pack, ensure_ascii=False)
    conn.execute(update(t.libraries).where(t.libraries.c.id == lib.id).values(
        name=name, pack_version=version, pack_meta=meta_text, published_at=now, published_by=caller.id,
        script_count=len(rows)))
    conn.execute(insert(t.pack_versions).values(
        library_id=lib.id, version=version, name=name, meta=meta_text,
        scripts=json.dumps(entries, ensure_ascii=False), script_count=len(entries), published_at=now,
        published_by=caller.id, note=note[:200]))
    db.notify(conn, {"library_id": lib.id, "revision": revision, "kind": "campaign", "team_id": lib.team_id,
                     "owner_id": None})
    return load_library(conn, caller, lib.id)


def keep_current(conn, lib: LibraryRow) -> None:
    """A version published before versions were kept (migration 0002): save it from the live rows."""
    if lib.pack_version < 1 or conn.execute(select(t.pack_versions.c.version).where(
            t.pack_versions.c.library_id == lib.id, t.pack_versions.c.version == lib.pack_version)).first():
        return
    entries = live_entries(conn, lib)
    conn.execute(insert(t.pack_versions).values(
        library_id=lib.id, version=lib.pack_version, name=lib.name, meta=lib.pack_meta or "{}",
        scripts=json.dumps(entries, ensure_ascii=False), script_count=len(entries),
        published_at=lib.published_at or security.now_iso(), published_by=lib.published_by or "", note=""))


def live_entries(conn, lib: LibraryRow) -> list[dict]:
    """The current version's scripts read from the live rows, as ``_entry`` makes them."""
    live = conn.execute(select(t.scripts).where(t.scripts.c.library_id == lib.id, t.scripts.c.deleted.is_(False))
                        .order_by(t.scripts.c.code_key, t.scripts.c.id)).all()
    return [dict(id=r.id, code=r.code, title=r.title, body=r.body, category=json.loads(r.category),
                 keywords=json.loads(r.keywords), output_mode=r.output_mode, hotkey=r.hotkey,
                 image_hash=r.image_hash, image_position=r.image_position) for r in live]


def _entry(library_id: str, index: int, draft) -> dict:
    """One script of a version as stored in ``pack_versions`` (ids stable from one version to the next)."""
    source = draft.id or (f"code:{code_key(draft.code)}" if draft.code else f"index:{index}")
    return dict(id=str(uuid.uuid5(uuid.UUID(library_id), source)), code=draft.code, title=draft.title,
                body=draft.body, category=list(draft.category), keywords=list(draft.keywords),
                output_mode=draft.output_mode.value, hotkey=draft.hotkey, image_hash=draft.image_hash,
                image_position=draft.image_position.value)


def _row(library_id: str, entry: dict, revision: int, now: str, user_id: str) -> dict:
    return dict(library_id=library_id, id=entry["id"], code=entry["code"], code_key=code_key(entry["code"]),
                title=entry["title"], body=entry["body"],
                category=json.dumps(entry["category"], ensure_ascii=False),
                keywords=json.dumps(entry["keywords"], ensure_ascii=False), output_mode=entry["output_mode"],
                hotkey=entry["hotkey"], image_hash=entry["image_hash"], image_position=entry["image_position"],
                deleted=False, revision=revision, updated_at=now, updated_by=user_id)


def _store_images(conn, team_id: str, drafts: list) -> None:
    for draft in drafts:
        if draft.image is None:
            continue
        exists = conn.execute(select(t.images.c.hash).where(t.images.c.team_id == team_id,
                                                            t.images.c.hash == draft.image_hash)).first()
        if not exists:
            conn.execute(insert(t.images).values(team_id=team_id, hash=draft.image_hash, size=len(draft.image),
                                                 mime=draft.extra.get("image_mime", "image/png"), data=draft.image))


class ReceiptBuffer:
    """Who pulled which pack version, noted in memory and written in one batch."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._pending: dict[tuple[str, str], tuple[int, str]] = {}
        self._seen: dict[str, str] = {}  # user id -> when their device last started a sync round
        self._lock = threading.Lock()

    def note(self, library_id: str, user_id: str, version: int) -> None:
        with self._lock:
            self._pending[(library_id, user_id)] = (version, security.now_iso())

    def seen(self, user_id: str) -> None:
        with self._lock:
            self._seen[user_id] = security.now_iso()

    def flush(self) -> int:
        with self._lock:
            pending, self._pending = self._pending, {}
            seen, self._seen = self._seen, {}
        if not pending and not seen:
            return 0
        with self.db.write() as conn:
            for user_id, at in seen.items():
                if not conn.execute(update(t.user_seen).where(t.user_seen.c.user_id == user_id)
                                    .values(seen_at=at)).rowcount:
                    conn.execute(insert(t.user_seen).values(user_id=user_id, seen_at=at))
            for (library_id, user_id), (version, at) in pending.items():
                done = conn.execute(update(t.receipts).where(
                    t.receipts.c.library_id == library_id, t.receipts.c.user_id == user_id)
                    .values(version=version, received_at=at)).rowcount
                if not done:
                    conn.execute(insert(t.receipts).values(library_id=library_id, user_id=user_id,
                                                           version=version, received_at=at))
        return len(pending)

    def receipts(self, caller: Caller, library_id: str) -> PackReceipts:
        if not caller.is_lead:
            raise forbidden("only a lead or an admin can see who received a pack")
        self.flush()
        with self.db.read() as conn:
            lib = load_library(conn, caller, library_id)
            if lib.kind != "campaign":
                raise invalid(f"library {library_id} is not a campaign pack")
            got = {r.user_id: r for r in conn.execute(select(t.receipts).where(t.receipts.c.library_id == lib.id))}
            people = conn.execute(select(t.users).where(t.users.c.team_id == caller.team_id,
                                                        t.users.c.active.is_(True)).order_by(t.users.c.username))
            rows = [PackReceipt(user_id=u.id, username=u.username, display_name=u.display_name,
                                version=got[u.id].version if u.id in got else 0,
                                received_at=got[u.id].received_at if u.id in got else None) for u in people]
        return PackReceipts(library_id=lib.id, version=lib.pack_version, receipts=rows)
