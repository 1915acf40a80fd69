"""Applying what the sync server says to the local store, and the conflict rules.

The sync client (``sync/client``) speaks HTTP and converts wire records into
:class:`RemoteScript`; everything that decides what happens to the agent's library
lives here, in the core, so it is tested without a server and never imports ``sync``.

Decisions:

* **A pulled page is applied in one local transaction** together with the library's
  new cursor (``sync_state.revision``), so a cut in the middle of a pull leaves either
  the page and its cursor or neither: resuming never duplicates or skips anything.
* **A script with a pending local change is not overwritten by a pull.**  Its push
  will meet the server's version as a conflict and :func:`resolve_conflict` settles
  it, so an edit made offline can never be silently replaced.
* **Team library and packs: the server wins.**  A lead's losing edit is still kept, as
  a conflict copy in their personal library, so nothing typed is lost.
* **Personal library: last writer wins** (the last push to reach the server; clocks
  are never trusted).  The version that lost is kept as a *conflict copy*: a new
  script in the personal library, title suffixed ``（冲突副本 2026-11-23 10:00）``,
  no code (so it never shadows the winner), synced like any other script.
* **Codes.**  When a pulled script takes a code that a local script with a pending
  change holds, the local one loses its code and gets the conflict suffix (it is
  pushed that way).  A synced local holder just drops the code: the server's later
  records give it its current one.
* **Packs arrive whole**: a snapshot replaces the pack's content in one transaction.
* **First sign-in**: the personal library made before sign-in takes the server's id
  and every script in it is queued for push, so both devices' scripts end up in the
  one personal library.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from assistant.errors import ValidationError
from assistant.model import MAX_TITLE_CHARS, Library, LibraryKind, Script, ScriptDraft, ScriptState
from assistant.store.store import Store

log = logging.getLogger(__name__)

CONFLICT_SUFFIX = "（冲突副本 {when}）"
FIELDS = ("code", "title", "body", "category", "keywords", "output_mode", "hotkey", "image_hash", "image_position")


@dataclass(frozen=True)
class RemoteScript:
    id: str
    revision: int
    deleted: bool = False
    code: str = ""
    title: str = ""
    body: str = ""
    category: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    output_mode: str = "paste"
    hotkey: str = ""
    image_hash: str | None = None
    image_position: str = "before"
    updated_at: str = ""

    def draft(self, **changes) -> ScriptDraft:
        values = {name: getattr(self, name) for name in FIELDS}
        values.update(changes)
        return ScriptDraft(id=values.pop("id", self.id), **values)


@dataclass
class ApplyResult:
    upserted: int = 0
    removed: int = 0
    skipped_pending: int = 0
    conflict_copies: list[str] = field(default_factory=list)


def conflict_title(title: str, when: datetime) -> str:
    suffix = CONFLICT_SUFFIX.format(when=when.strftime("%Y-%m-%d %H:%M"))
    return title[: MAX_TITLE_CHARS - len(suffix)] + suffix


def same_content(script: Script, remote: RemoteScript) -> bool:
    mine = (script.code, script.title, script.body, tuple(script.category), tuple(script.keywords),
            script.output_mode.value, script.hotkey, script.image_hash, script.image_position.value)
    draft = _validated(remote.draft())
    if draft is None:
        return False
    theirs = (draft.code, draft.title, draft.body, tuple(draft.category), tuple(draft.keywords),
              draft.output_mode.value, draft.hotkey, draft.image_hash, draft.image_position.value)
    return mine == theirs


def _validated(draft: ScriptDraft) -> ScriptDraft | None:
    try:
        return draft.validated()
    except ValidationError as exc:
        log.warning("ignoring a server record that breaks the rules (%s)", exc)
        return None


def ensure_library(store: Store, library_id: str, kind: LibraryKind, name: str, read_only: bool) -> Library:
    """The local twin of a server library, with the server's id, name and write right."""
    lib = store.ensure_library(kind, name, library_id=library_id, read_only=read_only)
    if lib.name != name or lib.read_only != read_only:
        lib = store.set_library_meta(library_id, name, read_only)
    return lib


def adopt_personal(store: Store, server_id: str, name: str) -> Library:
    """Bind the local personal library to the server's; queue its scripts for the first push."""
    locals_ = store.libraries(LibraryKind.PERSONAL)
    if any(lib.id == server_id for lib in locals_):
        return store.library(server_id)
    unsynced = [lib for lib in locals_ if store.sync_state(lib.id) is None]
    with store.transaction():
        if not unsynced:
            return ensure_library(store, server_id, LibraryKind.PERSONAL, name, False)
        lib = store.rekey_library(unsynced[0].id, server_id)
        pending = store.pending_ids(server_id)
        for script in store.scripts(server_id) + store.scripts(server_id, ScriptState.TRASHED):
            if script.id not in pending:
                store.queue_for_push(script.id)
        store.set_sync_state(server_id, revision=0)
    return lib


def apply_page(store: Store, library: Library, records: list[RemoteScript], revision: int,
               snapshot: bool = False, now: datetime | None = None) -> ApplyResult:
    """Apply one pulled page and move the library's cursor to ``revision``, all in one transaction."""
    now = now or datetime.now()
    result = ApplyResult()
    with store.transaction():
        pending = store.pending_ids(library.id)
        if snapshot:
            keep = {r.id for r in records}
            for script in store.scripts(library.id) + store.scripts(library.id, ScriptState.TRASHED):
                if script.id not in keep and script.id not in pending:
                    store.remove_remote_script(script.id, revision, ScriptState.PURGED)
                    result.removed += 1
        known = {s.id: s for s in store.get_scripts([r.id for r in records])}
        for record in records:
            if record.id in pending:
                result.skipped_pending += 1
                continue
            local = known.get(record.id)
            if local is not None and local.library_id == library.id and local.revision >= record.revision \
                    and not snapshot:
                continue
            if record.deleted:
                if local is not None and local.state == ScriptState.ACTIVE:
                    state = ScriptState.TRASHED if library.kind == LibraryKind.PERSONAL else ScriptState.PURGED
                    store.remove_remote_script(record.id, record.revision, state)
                    result.removed += 1
                elif local is not None:
                    store.set_script_revision(record.id, record.revision)
                continue
            draft = _validated(record.draft())
            if draft is None:
                continue
            _free_code(store, library.id, draft, pending, now, result)
            store.put_remote_script(library.id, draft, record.revision, record.updated_at)
            result.upserted += 1
        store.set_sync_state(library.id, revision=revision)
    return result


def _free_code(store: Store, library_id: str, draft: ScriptDraft, pending: set[str], now: datetime,
               result: ApplyResult) -> None:
    if not draft.code:
        return
    for holder in store.find_by_code(draft.code, library_id):
        if holder.id == draft.id:
            continue
        if holder.id in pending:
            store.update_script(holder.id, _draft_of(holder, code="", title=conflict_title(holder.title, now)))
            result.conflict_copies.append(holder.id)
        else:
            store.release_code(holder.id)


def _draft_of(script: Script, **changes) -> ScriptDraft:
    values = dict(id=script.id, code=script.code, title=script.title, body=script.body, category=script.category,
                  keywords=script.keywords, output_mode=script.output_mode, hotkey=script.hotkey,
                  image_hash=script.image_hash, image_position=script.image_position)
    values.update(changes)
    return ScriptDraft(**values)


def acknowledge(store: Store, script_id: str, outbox_key: str, revision: int) -> None:
    """The server applied our change at ``revision``."""
    with store.transaction():
        store.set_script_revision(script_id, revision)
        store.clear_outbox([outbox_key])


def resolve_conflict(store: Store, library: Library, local: Script, outbox_key: str, reason: str,
                     server: RemoteScript | None, server_revision: int, personal_id: str | None,
                     now: datetime | None = None) -> str | None:
    """Settle one push conflict; returns the id of a conflict copy made, if any."""
    now = now or datetime.now()
    with store.transaction():
        if reason == "code_taken":
            store.set_script_revision(local.id, server_revision)
            if local.state == ScriptState.ACTIVE:
                store.update_script(local.id, _draft_of(local, code="", title=conflict_title(local.title, now)))
            return None
        if library.kind == LibraryKind.PERSONAL:
            return _last_writer_wins(store, library, local, server, server_revision, now)
        return _server_wins(store, library, local, outbox_key, server, server_revision, personal_id, now)


def _last_writer_wins(store: Store, library: Library, local: Script, server: RemoteScript | None,
                      server_revision: int, now: datetime) -> str | None:
    copy_id = None
    if server is not None and not server.deleted and not same_content(local, server):
        draft = _validated(server.draft(id=None, code="", title=conflict_title(server.title, now)))
        if draft is not None:
            copy_id = store.add_script(library.id, draft).id
    store.set_script_revision(local.id, server_revision)  # the outbox row stays: pushed again on this base
    return copy_id


def _server_wins(store: Store, library: Library, local: Script, outbox_key: str, server: RemoteScript | None,
                 server_revision: int, personal_id: str | None, now: datetime) -> str | None:
    copy_id = None
    if local.state == ScriptState.ACTIVE and personal_id and (server is None or not same_content(local, server)):
        copy_id = store.add_script(personal_id, _draft_of(local, id=None, code="",
                                                          title=conflict_title(local.title, now))).id
    store.clear_outbox([outbox_key])
    if server is None or server.deleted:
        store.remove_remote_script(local.id, server_revision, ScriptState.PURGED)
    else:
        draft = _validated(server.draft())
        if draft is not None:
            _free_code(store, library.id, draft, store.pending_ids(library.id), now, ApplyResult())
            store.put_remote_script(library.id, draft, server.revision, server.updated_at)
    return copy_id


def usage_rows(store: Store, after_id: int, library_ids: set[str]) -> tuple[int, list[dict]]:
    """Use counts per (script, library, UTC hour) recorded after event ``after_id``, and the last id."""
    rows = store.database.query(
        "SELECT id, script_id, library_id, used_at FROM usage_events WHERE id > ? ORDER BY id LIMIT 20000",
        (after_id,))
    if not rows:
        return after_id, []
    counts: dict[tuple[str, str, str], int] = {}
    for row in rows:
        if row["library_id"] in library_ids:
            key = (row["script_id"], row["library_id"], _utc_hour(row["used_at"]))
            counts[key] = counts.get(key, 0) + 1
    return rows[-1]["id"], [{"script_id": s, "library_id": lib, "hour": h, "count": n}
                            for (s, lib, h), n in sorted(counts.items())]


def _utc_hour(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:13]
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H")
