"""The local script library: every read and write of scripts goes through ``Store``.

Every public write is one transaction (callers may group several in
``store.transaction()``).  When the outermost transaction commits, subscribers get one
:class:`Change` naming what was upserted and what left the live set, so the search
index patches itself without reading the disk on a keystroke.  Writes to synced
libraries (personal, team) also leave one outbox row per script for the sync client,
coalesced so the outbox never grows past one row per script.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from assistant.errors import (
    ChangedElsewhereError,
    ConflictError,
    NotFoundError,
    ReadOnlyError,
    ValidationError,
)
from assistant.model import (
    LIBRARY_PRECEDENCE,
    UNCATEGORISED,
    CodeClash,
    ImagePosition,
    Library,
    LibraryKind,
    OutputMode,
    Script,
    ScriptDraft,
    ScriptState,
    code_key,
    new_id,
)
from assistant.store.database import Database

log = logging.getLogger(__name__)

SYNCED_KINDS = (LibraryKind.PERSONAL, LibraryKind.TEAM)


def utcnow() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass
class Change:
    """What one committed transaction did to the live scripts."""

    upserted: tuple[Script, ...] = ()
    removed: tuple[str, ...] = ()
    reset: bool = False  # everything may have changed (restore from backup)


@dataclass
class _Pending:
    upserted: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    reset: bool = False


class Store:
    def __init__(self, path: Path | str, clock: Callable[[], str] = utcnow) -> None:
        self.database = Database(path)
        self.clock = clock
        self._listeners: list[Callable[[Change], None]] = []
        self._local = threading.local()  # each thread's open transaction collects its own changes

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()

    # -- transactions and notifications ---------------------------------------------
    @property
    def _pending(self) -> _Pending | None:
        """The changes of this thread's open transaction.  Per thread: a write on the UI
        thread while a worker's transaction is open must not join (and lose) the worker's."""
        return getattr(self._local, "pending", None)

    @_pending.setter
    def _pending(self, pending: _Pending | None) -> None:
        self._local.pending = pending

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        outer = self._pending is None
        if outer:
            self._pending = _Pending()
        try:
            with self.database.transaction():
                yield
        except BaseException:
            if outer:
                self._pending = None
            raise
        if outer:
            pending, self._pending = self._pending, None
            self._notify(pending)

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _touched(self, script_id: str, live: bool) -> None:
        assert self._pending is not None, "writes happen inside store.transaction()"
        (self._pending.upserted if live else self._pending.removed).add(script_id)
        (self._pending.removed if live else self._pending.upserted).discard(script_id)

    def mark_reset(self) -> None:
        """Tell subscribers to rebuild from scratch (after a restore)."""
        with self.transaction():
            self._pending.reset = True

    def _notify(self, pending: _Pending) -> None:
        if not (pending.upserted or pending.removed or pending.reset):
            return
        change = Change(
            upserted=tuple(self.get_scripts(sorted(pending.upserted))),
            removed=tuple(sorted(pending.removed)),
            reset=pending.reset,
        )
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a broken view must not undo a committed write
                log.exception("store listener failed")

    # -- libraries --------------------------------------------------------------------
    def ensure_library(self, kind: LibraryKind, name: str, library_id: str | None = None,
                       read_only: bool = False) -> Library:
        kind = LibraryKind(kind)
        if library_id is None and kind == LibraryKind.PERSONAL:
            existing = self.libraries(kind)
            if existing:
                return existing[0]
        library_id = library_id or new_id()
        with self.transaction():
            self.database.execute(
                "INSERT OR IGNORE INTO libraries (id, kind, name, read_only, created_at) VALUES (?, ?, ?, ?, ?)",
                (library_id, kind.value, name, int(read_only), self.clock()),
            )
        return self.library(library_id)

    def personal_library(self) -> Library:
        return self.ensure_library(LibraryKind.PERSONAL, "我的话术")

    def library(self, library_id: str) -> Library:
        rows = self.database.query("SELECT * FROM libraries WHERE id = ?", (library_id,))
        if not rows:
            raise NotFoundError(f"no library with id {library_id}")
        return _library(rows[0])

    def libraries(self, kind: LibraryKind | None = None) -> list[Library]:
        sql, params = "SELECT * FROM libraries", ()
        if kind is not None:
            sql, params = sql + " WHERE kind = ?", (LibraryKind(kind).value,)
        return [_library(r) for r in self.database.query(sql + " ORDER BY created_at, id", params)]

    def _writable(self, library_id: str) -> Library:
        library = self.library(library_id)
        if library.read_only:
            raise ReadOnlyError(f"library '{library.name}' is read-only", library=library.name)
        return library

    # -- categories -------------------------------------------------------------------
    def _category_id(self, library_id: str, path: tuple[str, ...]) -> str:
        parent = None
        for name in path:
            row = self.database.execute(
                "SELECT id FROM categories WHERE library_id = ? AND COALESCE(parent_id, '') = ? AND name = ?",
                (library_id, parent or "", name),
            ).fetchone()
            if row:
                parent = row[0]
                continue
            category_id = new_id()
            self.database.execute(
                "INSERT INTO categories (id, library_id, parent_id, name) VALUES (?, ?, ?, ?)",
                (category_id, library_id, parent, name),
            )
            parent = category_id
        return parent

    def _category_paths(self) -> dict[str, tuple[str, ...]]:
        rows = {r["id"]: r for r in self.database.query("SELECT id, parent_id, name FROM categories")}
        paths: dict[str, tuple[str, ...]] = {}

        def path_of(cid: str) -> tuple[str, ...]:
            if cid not in paths:
                row = rows[cid]
                paths[cid] = (path_of(row["parent_id"]) if row["parent_id"] else ()) + (row["name"],)
            return paths[cid]

        for cid in rows:
            path_of(cid)
        return paths

    def categories(self, library_id: str) -> list[tuple[str, ...]]:
        paths = self._category_paths()
        ids = [r["id"] for r in self.database.query("SELECT id FROM categories WHERE library_id = ?", (library_id,))]
        return sorted(paths[i] for i in ids)

    # -- scripts: reads -----------------------------------------------------------------
    def get_scripts(self, ids: Iterable[str]) -> list[Script]:
        ids = list(ids)
        if not ids:
            return []
        paths = self._category_paths()
        found = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found += [_script(r, paths) for r in self.database.query(
                f"SELECT * FROM scripts WHERE id IN ({marks})", chunk)]
        return found

    def get_script(self, script_id: str) -> Script:
        found = self.get_scripts([script_id])
        if not found:
            raise NotFoundError(f"no script with id {script_id}")
        return found[0]

    def scripts(self, library_id: str | None = None, state: ScriptState = ScriptState.ACTIVE) -> list[Script]:
        sql, params = "SELECT * FROM scripts WHERE state = ?", [ScriptState(state).value]
        if library_id:
            sql += " AND library_id = ?"
            params.append(library_id)
        paths = self._category_paths()
        return [_script(r, paths) for r in self.database.rows(sql + " ORDER BY code_key, title, id", params)]

    def find_by_code(self, code: str, library_id: str | None = None) -> list[Script]:
        """Live scripts holding this code, the winning library first (see model.LIBRARY_PRECEDENCE)."""
        sql, params = "SELECT id FROM scripts WHERE state = 'active' AND code_key != '' AND code_key = ?", [code_key(code)]
        if library_id:
            sql += " AND library_id = ?"
            params.append(library_id)
        scripts = self.get_scripts(r["id"] for r in self.database.query(sql, params))
        kinds = {lib.id: lib.kind for lib in self.libraries()}
        return sorted(scripts, key=lambda s: (LIBRARY_PRECEDENCE.index(kinds[s.library_id]), s.id))

    def code_clashes(self) -> list[CodeClash]:
        rows = self.database.query(
            "SELECT code_key FROM scripts WHERE state = 'active' AND code_key != '' "
            "GROUP BY code_key HAVING COUNT(DISTINCT library_id) > 1 ORDER BY code_key"
        )
        clashes = []
        for row in rows:
            holders = self.find_by_code(row["code_key"])
            clashes.append(CodeClash(holders[0].code, holders[0], tuple(holders[1:])))
        return clashes

    # -- scripts: writes ----------------------------------------------------------------
    def add_script(self, library_id: str, draft: ScriptDraft) -> Script:
        draft = draft.validated()
        with self.transaction():
            self._writable(library_id)
            script_id = draft.id or new_id()
            now = self.clock()
            self._check_code_free(library_id, draft.code, script_id)
            self.database.execute(
                "INSERT INTO scripts (id, library_id, created_at, updated_at, title, body) VALUES (?, ?, ?, ?, '', '')",
                (script_id, library_id, now, now),
            )
            self._write_fields(script_id, library_id, draft, now)
        return self.get_script(script_id)

    def update_script(self, script_id: str, draft: ScriptDraft, expected_version: str | None = None) -> Script:
        """Overwrite a live script with ``draft``.  With ``expected_version`` (the
        ``Script.version`` the caller loaded) the write happens only if the script is still
        that version; otherwise :class:`ChangedElsewhereError` and nothing changes."""
        draft = draft.validated()
        with self.transaction():
            current = self.get_script(script_id)
            if expected_version is not None and current.version != expected_version:
                gone = current.state != ScriptState.ACTIVE
                raise ChangedElsewhereError(
                    f"script '{current.title}' was {'deleted' if gone else 'changed'} elsewhere (sync, another "
                    f"window or the CLI) after it was opened; nothing was saved",
                    script_id=script_id, title=current.title, deleted=gone)
            self._writable(current.library_id)
            if current.state != ScriptState.ACTIVE:
                raise ValidationError("state", f"script '{current.title}' is in the trash; restore it first")
            self._check_code_free(current.library_id, draft.code, script_id)
            self._write_fields(script_id, current.library_id, draft, self.clock())
        return self.get_script(script_id)

    def _write_fields(self, script_id: str, library_id: str, draft: ScriptDraft, now: str) -> None:
        image_hash = self.put_image(draft.image) if draft.image is not None else draft.image_hash
        self.database.execute(
            """UPDATE scripts SET code = ?, code_key = ?, title = ?, body = ?, keywords = ?,
                   category_id = ?, output_mode = ?, hotkey = ?, image_hash = ?, image_position = ?,
                   favourite = ?, updated_at = ? WHERE id = ?""",
            (
                draft.code, code_key(draft.code), draft.title, draft.body,
                json.dumps(list(draft.keywords), ensure_ascii=False),
                self._category_id(library_id, draft.category), draft.output_mode.value, draft.hotkey,
                image_hash, draft.image_position.value, int(draft.favourite), now, script_id,
            ),
        )
        self._queue(library_id, script_id, "upsert")
        self._touched(script_id, live=True)

    def _check_code_free(self, library_id: str, code: str, script_id: str) -> None:
        if not code:
            return
        row = self.database.execute(
            "SELECT id, title FROM scripts WHERE library_id = ? AND code_key = ? AND state = 'active' "
            "AND code_key != '' AND id != ?",
            (library_id, code_key(code), script_id),
        ).fetchone()
        if row:
            raise ConflictError(f"code '{code}' is already used by '{row[1]}' in this library",
                                code_value=code, script_id=row[0])

    def set_favourite(self, script_id: str, favourite: bool) -> Script:
        """A favourite is the agent's own mark: allowed on read-only libraries too, never synced."""
        with self.transaction():
            self.get_script(script_id)
            self.database.execute("UPDATE scripts SET favourite = ? WHERE id = ?", (int(favourite), script_id))
            self._touched(script_id, live=True)
        return self.get_script(script_id)

    def trash_script(self, script_id: str) -> Script:
        with self.transaction():
            script = self.get_script(script_id)
            self._writable(script.library_id)
            if script.state == ScriptState.ACTIVE:
                self.database.execute(
                    "UPDATE scripts SET state = 'trashed', trashed_at = ?, updated_at = ? WHERE id = ?",
                    (self.clock(), self.clock(), script_id),
                )
                self._queue(script.library_id, script_id, "delete")
                self._touched(script_id, live=False)
        return self.get_script(script_id)

    def restore_script(self, script_id: str) -> Script:
        with self.transaction():
            script = self.get_script(script_id)
            self._writable(script.library_id)
            if script.state != ScriptState.TRASHED:
                raise ValidationError("state", f"script '{script.title}' is not in the trash")
            self._check_code_free(script.library_id, script.code, script_id)
            self.database.execute(
                "UPDATE scripts SET state = 'active', trashed_at = NULL, updated_at = ? WHERE id = ?",
                (self.clock(), script_id),
            )
            self._queue(script.library_id, script_id, "upsert")
            self._touched(script_id, live=True)
        return self.get_script(script_id)

    def purge_script(self, script_id: str) -> None:
        """Remove from the trash for good; a tombstone row stays so the delete can sync."""
        with self.transaction():
            script = self.get_script(script_id)
            self._writable(script.library_id)
            if script.state != ScriptState.TRASHED:
                raise ValidationError("state", f"script '{script.title}' must be in the trash before it is purged")
            self.database.execute(
                "UPDATE scripts SET state = 'purged', body = '', keywords = '[]', image_hash = NULL, "
                "updated_at = ? WHERE id = ?",
                (self.clock(), script_id),
            )

    def empty_trash(self) -> int:
        """Purge every trashed script of the writable libraries; returns how many."""
        purged = 0
        with self.transaction():
            for script in self.scripts(state=ScriptState.TRASHED):
                if not self.library(script.library_id).read_only:
                    self.purge_script(script.id)
                    purged += 1
        return purged

    # -- images -------------------------------------------------------------------------
    def put_image(self, data: bytes, mime: str | None = None) -> str:
        digest = hashlib.sha256(data).hexdigest()
        with self.transaction():
            self.database.execute(
                "INSERT OR IGNORE INTO images (hash, mime, size, data) VALUES (?, ?, ?, ?)",
                (digest, mime or _sniff_mime(data), len(data), data),
            )
        return digest

    def image(self, digest: str) -> tuple[bytes, str]:
        row = self.database.execute("SELECT data, mime FROM images WHERE hash = ?", (digest,)).fetchone()
        if not row:
            raise NotFoundError(f"no image {digest}")
        return bytes(row[0]), row[1]

    # -- usage, settings, outbox --------------------------------------------------------
    def record_use(self, script_id: str, source: str = "picker", app: str = "") -> None:
        script = self.get_script(script_id)
        with self.transaction():
            self.database.execute(
                "INSERT INTO usage_events (script_id, library_id, used_at, source, app) VALUES (?, ?, ?, ?, ?)",
                (script_id, script.library_id, self.clock(), source, app),
            )

    def usage(self) -> dict[str, tuple[int, str]]:
        """script id -> (number of uses, last use)."""
        rows = self.database.query(
            "SELECT script_id, COUNT(*) AS n, MAX(used_at) AS last FROM usage_events GROUP BY script_id")
        return {r["script_id"]: (r["n"], r["last"]) for r in rows}

    def get_setting(self, key: str, default=None):
        row = self.database.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value) -> None:
        with self.transaction():
            self.database.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    def outbox(self) -> list[dict]:
        return self.database.query("SELECT * FROM outbox ORDER BY seq")

    def _queue(self, library_id: str, script_id: str, op: str) -> None:
        if self.library(library_id).kind not in SYNCED_KINDS:
            return
        self.database.execute("DELETE FROM outbox WHERE entity = 'script' AND entity_id = ?", (script_id,))
        self.database.execute(
            "INSERT INTO outbox (key, library_id, entity, entity_id, op, payload, created_at) "
            "VALUES (?, ?, 'script', ?, ?, ?, ?)",
            (new_id(), library_id, script_id, op, json.dumps({"id": script_id}), self.clock()),
        )


    # -- sync support -------------------------------------------------------------------
    # Primitives for the sync client (orchestrated by assistant/store/sync_apply.py).
    # Writes coming *from* the server never queue outbox rows and ignore the read-only
    # flag (the team library is read-only for an agent, yet the server may change it);
    # they still notify subscribers, so the search index follows every pull.
    def put_remote_script(self, library_id: str, draft: ScriptDraft, revision: int, updated_at: str) -> None:
        """Insert or overwrite a script with the server's version (``draft`` already validated)."""
        with self.transaction():
            now = updated_at or self.clock()
            exists = self.database.scalar("SELECT 1 FROM scripts WHERE id = ?", (draft.id,))
            if not exists:
                self.database.execute(
                    "INSERT INTO scripts (id, library_id, created_at, updated_at, title, body) "
                    "VALUES (?, ?, ?, ?, '', '')", (draft.id, library_id, now, now))
            image_hash = draft.image_hash
            if image_hash and not self.database.scalar("SELECT 1 FROM images WHERE hash = ?", (image_hash,)):
                image_hash = None  # the bytes never arrived: keep the text, drop the picture
            self.database.execute(
                """UPDATE scripts SET library_id = ?, code = ?, code_key = ?, title = ?, body = ?, keywords = ?,
                       category_id = ?, output_mode = ?, hotkey = ?, image_hash = ?, image_position = ?,
                       state = 'active', trashed_at = NULL, updated_at = ?, revision = ? WHERE id = ?""",
                (library_id, draft.code, code_key(draft.code), draft.title, draft.body,
                 json.dumps(list(draft.keywords), ensure_ascii=False),
                 self._category_id(library_id, draft.category), draft.output_mode.value, draft.hotkey,
                 image_hash, draft.image_position.value, now, revision, draft.id))
            self._touched(draft.id, live=True)

    def remove_remote_script(self, script_id: str, revision: int, state: ScriptState) -> None:
        """The server deleted it: to the trash (personal) or a tombstone (team, packs)."""
        with self.transaction():
            self.database.execute(
                "UPDATE scripts SET state = ?, trashed_at = CASE WHEN ? = 'trashed' THEN ? END, revision = ? "
                "WHERE id = ?", (ScriptState(state).value, ScriptState(state).value, self.clock(), revision, script_id))
            self._touched(script_id, live=False)

    def release_code(self, script_id: str) -> None:
        """Drop a synced script's code because the server gave it to another script."""
        with self.transaction():
            self.database.execute("UPDATE scripts SET code = '', code_key = '' WHERE id = ?", (script_id,))
            self._touched(script_id, live=True)

    def set_script_revision(self, script_id: str, revision: int) -> None:
        with self.transaction():
            self.database.execute("UPDATE scripts SET revision = ? WHERE id = ?", (revision, script_id))

    def queue_for_push(self, script_id: str) -> None:
        """Put a script's current state in the outbox (after adopting a library, or a conflict)."""
        with self.transaction():
            script = self.get_script(script_id)
            self._queue(script.library_id, script_id, "upsert" if script.state == ScriptState.ACTIVE else "delete")

    def pending_ids(self, library_id: str | None = None) -> set[str]:
        sql, params = "SELECT entity_id FROM outbox WHERE entity = 'script'", ()
        if library_id:
            sql, params = sql + " AND library_id = ?", (library_id,)
        return {r["entity_id"] for r in self.database.query(sql, params)}

    def clear_outbox(self, keys: Iterable[str]) -> None:
        """Forget outbox rows the server acknowledged (a row re-queued since has a new key and stays)."""
        with self.transaction():
            for key in keys:
                self.database.execute("DELETE FROM outbox WHERE key = ?", (key,))

    def sync_state(self, library_id: str) -> dict | None:
        rows = self.database.query("SELECT * FROM sync_state WHERE library_id = ?", (library_id,))
        return rows[0] if rows else None

    def set_sync_state(self, library_id: str, revision: int | None = None, error: str | None = None) -> None:
        with self.transaction():
            self.database.execute(
                "INSERT INTO sync_state (library_id, revision, synced_at, error) VALUES (?, COALESCE(?, 0), ?, ?) "
                "ON CONFLICT(library_id) DO UPDATE SET revision = COALESCE(?, revision), "
                "synced_at = excluded.synced_at, error = excluded.error",
                (library_id, revision, self.clock(), error, revision))

    def set_library_meta(self, library_id: str, name: str, read_only: bool) -> Library:
        with self.transaction():
            self.database.execute("UPDATE libraries SET name = ?, read_only = ? WHERE id = ?",
                                  (name, int(read_only), library_id))
        return self.library(library_id)

    def rekey_library(self, old_id: str, new_id: str) -> Library:
        """Give a library the server's id, keeping everything in it (first sign-in)."""
        with self.transaction():
            old = self.library(old_id)
            self.database.execute(
                "INSERT INTO libraries (id, kind, name, read_only, created_at) "
                "SELECT ?, kind, name, read_only, created_at FROM libraries WHERE id = ?", (new_id, old_id))
            for table in ("categories", "scripts", "outbox", "usage_events"):
                self.database.execute(f"UPDATE {table} SET library_id = ? WHERE library_id = ?", (new_id, old_id))
            self.database.execute("DELETE FROM sync_state WHERE library_id = ?", (old_id,))
            self.database.execute("DELETE FROM libraries WHERE id = ?", (old_id,))
            for script in self.scripts(new_id) + self.scripts(new_id, ScriptState.TRASHED):
                self._touched(script.id, live=script.state == ScriptState.ACTIVE)
        log.info("library '%s' now has the server id %s", old.name, new_id)
        return self.library(new_id)

    def set_pack_meta(self, library_id: str, meta: dict) -> None:
        with self.transaction():
            self.database.execute(
                "INSERT INTO packs (library_id, name, version, starts_at, ends_at, notice, variables, checklist, "
                "published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(library_id) DO UPDATE SET "
                "name = excluded.name, version = excluded.version, starts_at = excluded.starts_at, "
                "ends_at = excluded.ends_at, notice = excluded.notice, variables = excluded.variables, "
                "checklist = excluded.checklist, published_at = excluded.published_at",
                (library_id, meta.get("name", ""), int(meta.get("version", 1)), meta.get("starts_at"),
                 meta.get("ends_at"), meta.get("notice", ""),
                 json.dumps(meta.get("variables") or {}, ensure_ascii=False),
                 json.dumps(meta.get("checklist") or [], ensure_ascii=False), meta.get("published_at")))

    def pack_meta(self, library_id: str) -> dict | None:
        rows = self.database.query("SELECT * FROM packs WHERE library_id = ?", (library_id,))
        if not rows:
            return None
        row = dict(rows[0])
        row["variables"], row["checklist"] = json.loads(row["variables"]), json.loads(row["checklist"])
        return row


def _library(row: dict) -> Library:
    return Library(row["id"], LibraryKind(row["kind"]), row["name"], bool(row["read_only"]))


def _script(row: dict, paths: dict[str, tuple[str, ...]]) -> Script:
    return Script(
        id=row["id"],
        library_id=row["library_id"],
        code=row["code"],
        title=row["title"],
        body=row["body"],
        category=paths.get(row["category_id"], (UNCATEGORISED,)),
        keywords=tuple(json.loads(row["keywords"])),
        output_mode=OutputMode(row["output_mode"]),
        hotkey=row["hotkey"],
        image_hash=row["image_hash"],
        image_position=ImagePosition(row["image_position"]),
        favourite=bool(row["favourite"]),
        state=ScriptState(row["state"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        revision=row["revision"],
    )


def _sniff_mime(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"
