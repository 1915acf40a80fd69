"""SyncService: keeps the local store and the team server in step, off the UI thread.

One round (:meth:`SyncService.sync_once`): list the libraries the person can read,
create or adopt their local twins, pull each (page by page, each page applied in one
local transaction), push the outbox with idempotency keys and settle conflicts (rules
in ``assistant/store/sync_apply.py``), then upload usage counts.

Decisions:

* ``start()`` runs rounds on a worker thread: after a local edit (debounced), when the
  listener reports a newer revision, on every listener reconnect, and every
  ``interval`` seconds.  Offline, rounds back off exponentially with jitter up to
  ``max_backoff``; the store keeps working and the outbox simply waits.
* The state (``synced`` / ``syncing`` / ``offline`` since … / ``error`` with a reason /
  ``signed_out``) is reported through ``on_state`` on the worker thread; the UI
  marshals it to its own thread.
* Store change notifications also fire on the worker thread when a pull applies
  changes, which is how the search index stays patched.
* Campaign packs: when a pull brings a pack this device did not have, or a new version
  of one, ``on_pack(meta)`` is called on the worker thread after the version is stored
  (``meta`` = ``store.pack_meta`` plus ``library_id``, ``pinned``, ``incident``); the
  app posts it to the UI thread (tray notification with the notice).  Checklist ticks
  (:meth:`SyncService.tick`) are kept locally first and sent with the next round, so
  ticking works offline.  A pack's drills and drill target are kept with ``pinned`` in
  the setting ``pack.extra.<id>``; its automatic drill item is ticked from this
  device's drill results (:meth:`SyncService.refresh_drill_ticks`: every round, and
  the app calls it after a practice round), never by hand.
"""

from __future__ import annotations

import hashlib
import logging
import random
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from assistant import pack_drills
from assistant.model import LibraryKind, ScriptState
from assistant.store import Store, sync_apply
from assistant.store.sync_apply import RemoteScript
from sync.client.http import ApiError, AuthError, OfflineError, SyncApi
from sync.client.listener import NotificationListener
from sync.client.packs import PackApi
from sync.protocol import LibraryInfo, PushChange, PushRequest, ScriptRecord, UsageRow, UsageUpload

log = logging.getLogger(__name__)

PUSH_BATCH = 200
MAX_PUSH_ROUNDS = 10
USAGE_KEY = "sync.usage_uploaded_id"
PACK_EXTRA_KEY = "pack.extra.{}"  # same keys as assistant/pack_window.py
TICKS_KEY = "pack.ticks.{}"
TICKS_UNSENT_KEY = "pack.ticks_unsent"
DEVICE_KEY = "sync.device_id"


@dataclass(frozen=True)
class SyncState:
    status: str = "idle"  # idle | syncing | synced | offline | error | signed_out
    since: datetime | None = None  # offline since / error since
    reason: str = ""
    last_synced: datetime | None = None


@dataclass
class SyncReport:
    pulled: int = 0
    removed: int = 0
    pushed: int = 0
    conflicts: int = 0
    conflict_copies: list[str] = field(default_factory=list)
    usage_rows: int = 0


def to_remote(record: ScriptRecord) -> RemoteScript:
    return RemoteScript(id=record.id, revision=record.revision, deleted=record.deleted, code=record.code,
                        title=record.title, body=record.body, category=tuple(record.category),
                        keywords=tuple(record.keywords), output_mode=record.output_mode, hotkey=record.hotkey,
                        image_hash=record.image_hash, image_position=record.image_position,
                        updated_at=record.updated_at)


class SyncService:
    def __init__(self, store: Store, api: SyncApi, on_state: Callable[[SyncState], None] | None = None,
                 listen: bool = True, interval: float = 300.0, debounce: float = 0.5,
                 max_backoff: float = 60.0, on_pack: Callable[[dict], None] | None = None) -> None:
        self.store = store
        self.api = api
        self.on_state = on_state
        self.on_pack = on_pack
        self.listen = listen
        self.interval = interval
        self.debounce = debounce
        self.max_backoff = max_backoff
        self._state = SyncState()
        self._lock = threading.Lock()  # one round at a time
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._wanted: set[str] | None = set()  # library ids to pull; None = all
        self._thread: threading.Thread | None = None
        self._listener: NotificationListener | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._failures = 0

    # -- state ---------------------------------------------------------------------------
    @property
    def state(self) -> SyncState:
        return self._state

    def _set_state(self, status: str, reason: str = "") -> None:
        old = self._state
        since = old.since if status == old.status and status in ("offline", "error") else None
        if status in ("offline", "error", "signed_out") and since is None:
            since = datetime.now(UTC)
        last = datetime.now(UTC) if status == "synced" else old.last_synced
        self._state = SyncState(status, since, reason, last)
        if self.on_state and self._state != old:
            try:
                self.on_state(self._state)
            except Exception:
                log.exception("sync state callback failed")

    # -- one round -----------------------------------------------------------------------
    def sync_once(self, only: set[str] | None = None) -> SyncReport:
        """Pull (``only`` these libraries, or all), push, upload usage.  Never raises; see ``state``."""
        report = SyncReport()
        with self._lock:
            self._set_state("syncing")
            try:
                infos = self.api.libraries().libraries
                locals_ = self._bind_libraries(infos)
                for info in infos:
                    if only is None or info.id in only or self.store.pending_ids(info.id):
                        self._pull(info, locals_[info.id], report)
                self._push_all(infos, locals_, report)
                self._upload_usage(infos, report)
                self.refresh_drill_ticks()
                self._upload_ticks(infos)
            except OfflineError as exc:
                self._failures += 1
                self._set_state("offline", str(exc))
                return report
            except AuthError as exc:
                self._set_state("signed_out", str(exc))
                return report
            except ApiError as exc:
                self._failures += 1
                self._set_state("error", exc.message)
                return report
            except Exception as exc:  # a bug must not kill the worker; it is shown and logged
                log.exception("sync round failed")
                self._failures += 1
                self._set_state("error", f"{type(exc).__name__}: {exc}")
                return report
            self._failures = 0
            self._set_state("synced")
        return report

    def _bind_libraries(self, infos: list[LibraryInfo]) -> dict:
        bound = {}
        for info in infos:
            if info.kind == "personal":
                bound[info.id] = sync_apply.adopt_personal(self.store, info.id, info.name)
            else:
                kind = LibraryKind.TEAM if info.kind == "team" else LibraryKind.CAMPAIGN
                bound[info.id] = sync_apply.ensure_library(self.store, info.id, kind, info.name, not info.writable)
        return bound

    def _pull(self, info: LibraryInfo, library, report: SyncReport) -> None:
        state = self.store.sync_state(info.id)
        since = state["revision"] if state else 0
        before = self.store.pack_meta(info.id) if info.kind == "campaign" else None
        while True:
            page = self.api.changes(info.id, since)
            self._fetch_images([r.image_hash for r in page.records if not r.deleted])
            with self.store.transaction():
                result = sync_apply.apply_page(self.store, library, [to_remote(r) for r in page.records],
                                               page.revision, snapshot=page.snapshot)
                if page.pack is not None:
                    self.store.set_pack_meta(info.id, page.pack.model_dump())
                    self.store.set_setting(PACK_EXTRA_KEY.format(info.id), {
                        "pinned": page.pack.pinned, "incident": page.pack.incident,
                        "drills": page.pack.drills, "drill_target": page.pack.drill_target})
            report.pulled += result.upserted
            report.removed += result.removed
            report.conflict_copies += result.conflict_copies
            since = page.revision
            if page.pack is not None and (before is None or before["version"] != page.pack.version):
                self._announce_pack(info.id, page.pack)
            if not page.more:
                return

    def _announce_pack(self, library_id: str, pack) -> None:
        if self.on_pack is None:
            return
        meta = dict(self.store.pack_meta(library_id) or {})
        meta.update(library_id=library_id, pinned=list(pack.pinned), incident=pack.incident)
        try:
            self.on_pack(meta)
        except Exception:
            log.exception("pack callback failed")

    # -- checklist ticks -----------------------------------------------------------------
    def tick(self, library_id: str, ticked: list[str]) -> None:
        """Keep the whole set of ticked items for a pack and send it with the next round.

        The automatic drill item is never taken from ``ticked``: it follows this device's
        drill results (:func:`assistant.pack_drills.with_drill_item`).
        """
        ticked = pack_drills.with_drill_item(self.store, library_id, ticked)
        with self.store.transaction():
            self.store.set_setting(TICKS_KEY.format(library_id), list(dict.fromkeys(ticked)))
            unsent = set(self.store.get_setting(TICKS_UNSENT_KEY) or [])
            self.store.set_setting(TICKS_UNSENT_KEY, sorted(unsent | {library_id}))
        self.request_sync(set())

    def refresh_drill_ticks(self) -> list[str]:
        """Tick or untick each pack's drill item from the drill results; the packs that changed."""
        changed = []
        for library_id in pack_drills.packs_with_target(self.store):
            ticked = self.ticked(library_id)
            if set(pack_drills.with_drill_item(self.store, library_id, ticked)) != set(ticked):
                self.tick(library_id, ticked)
                changed.append(library_id)
        return changed

    def ticked(self, library_id: str) -> list[str]:
        return list(self.store.get_setting(TICKS_KEY.format(library_id)) or [])

    def _upload_ticks(self, infos: list[LibraryInfo]) -> None:
        unsent = list(self.store.get_setting(TICKS_UNSENT_KEY) or [])
        if not unsent:
            return
        checklists = {i.id: list(i.pack.checklist) for i in infos if i.kind == "campaign" and i.pack}
        packs = PackApi(self.api)
        for library_id in unsent:
            sent = self.ticked(library_id)
            if library_id in checklists:  # items that left the checklist are not sent
                packs.tick(library_id, [t for t in sent if t in checklists[library_id]])
            with self.store.transaction():
                if self.ticked(library_id) == sent:  # not ticked again meanwhile
                    left = set(self.store.get_setting(TICKS_UNSENT_KEY) or []) - {library_id}
                    self.store.set_setting(TICKS_UNSENT_KEY, sorted(left))

    def _fetch_images(self, hashes: list[str | None]) -> None:
        for digest in {h for h in hashes if h}:
            if self.store.database.scalar("SELECT 1 FROM images WHERE hash = ?", (digest,)):
                continue
            try:
                data, mime = self.api.get_image(digest)
            except ApiError as exc:  # never uploaded: the script comes without its picture
                log.warning("image %s unavailable: %s", digest, exc.message)
                continue
            if hashlib.sha256(data).hexdigest() == digest:
                self.store.put_image(data, mime)

    # -- push ----------------------------------------------------------------------------
    def _push_all(self, infos: list[LibraryInfo], locals_: dict, report: SyncReport) -> None:
        writable = {i.id: i for i in infos if i.writable and i.kind in ("personal", "team")}
        personal = next((i.id for i in infos if i.kind == "personal"), None)
        for _round in range(MAX_PUSH_ROUNDS):
            rows = [r for r in self.store.outbox() if r["library_id"] in writable]
            if not rows:
                return
            by_library: dict[str, list[dict]] = {}
            for row in rows:
                by_library.setdefault(row["library_id"], []).append(row)
            for library_id, lib_rows in by_library.items():
                for start in range(0, len(lib_rows), PUSH_BATCH):
                    self._push_batch(locals_[library_id], lib_rows[start:start + PUSH_BATCH], personal, report)
        log.warning("outbox not empty after %d push rounds; trying again next time", MAX_PUSH_ROUNDS)

    def _push_batch(self, library, rows: list[dict], personal: str | None, report: SyncReport) -> None:
        scripts = {s.id: s for s in self.store.get_scripts([r["entity_id"] for r in rows])}
        keys = {r["entity_id"]: r["key"] for r in rows}
        changes = []
        for row in rows:
            script = scripts.get(row["entity_id"])
            if script is None:
                self.store.clear_outbox([row["key"]])
                continue
            deleted = script.state != ScriptState.ACTIVE
            if deleted and script.revision == 0:  # never reached the server: nothing to delete there
                self.store.clear_outbox([row["key"]])
                continue
            changes.append(PushChange(id=script.id, base_revision=script.revision, deleted=deleted, code=script.code,
                                      title=script.title, body=script.body, category=list(script.category),
                                      keywords=list(script.keywords), output_mode=script.output_mode.value,
                                      hotkey=script.hotkey, image_hash=script.image_hash,
                                      image_position=script.image_position.value))
        if not changes:
            return
        self._upload_images([c.image_hash for c in changes if not c.deleted])
        key = "push-" + hashlib.sha256(",".join(r["key"] for r in rows).encode()).hexdigest()[:40]
        response = self.api.push(library.id, PushRequest(idempotency_key=key, changes=changes))
        conflicts = [o for o in response.results if o.status == "conflict"]
        self._fetch_images([o.server.image_hash for o in conflicts if o.server and not o.server.deleted])
        with self.store.transaction():
            for outcome in response.results:
                if outcome.status == "applied":
                    sync_apply.acknowledge(self.store, outcome.id, keys[outcome.id], outcome.revision)
                    report.pushed += 1
                    continue
                report.conflicts += 1
                local = self.store.get_script(outcome.id)
                copy = sync_apply.resolve_conflict(
                    self.store, library, local, keys[outcome.id], outcome.reason,
                    to_remote(outcome.server) if outcome.server else None, outcome.revision, personal)
                if copy:
                    report.conflict_copies.append(copy)

    def _upload_images(self, hashes: list[str | None]) -> None:
        wanted = sorted({h for h in hashes if h})
        if not wanted:
            return
        for digest in self.api.missing_images(wanted):
            data, mime = self.store.image(digest)
            self.api.put_image(digest, data, mime)

    # -- usage ---------------------------------------------------------------------------
    def _upload_usage(self, infos: list[LibraryInfo], report: SyncReport) -> None:
        shared = {i.id for i in infos if i.kind in ("team", "campaign")}
        after = int(self.store.get_setting(USAGE_KEY, 0) or 0)
        last, rows = sync_apply.usage_rows(self.store, after, shared)
        if last == after:
            return
        device = self.store.get_setting(DEVICE_KEY) or str(uuid.uuid4())
        self.store.set_setting(DEVICE_KEY, device)
        for start in range(0, len(rows), 5000):
            chunk = rows[start:start + 5000]
            key = f"usage-{device}-{after}-{last}-{start}"
            self.api.upload_usage(UsageUpload(idempotency_key=key, rows=[UsageRow(**r) for r in chunk]))
            report.usage_rows += len(chunk)
        self.store.set_setting(USAGE_KEY, last)

    # -- background ----------------------------------------------------------------------
    def request_sync(self, libraries: set[str] | None = None) -> None:
        """Ask the worker for a round (``libraries`` to pull, or None for all)."""
        if libraries is None or self._wanted is None:
            self._wanted = None
        else:
            self._wanted = self._wanted | libraries
        self._wake.set()

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._unsubscribe = self.store.subscribe(self._on_store_change)
        if self.listen:
            self._listener = NotificationListener(self.api, self._on_event, self._on_auth_error)
            self._listener.start()
        self._wanted = None
        self._thread = threading.Thread(target=self._run, name="kefu-sync", daemon=True)
        self._thread.start()
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        if self._listener:
            self._listener.stop()
        if self._thread:
            self._thread.join(timeout)

    @property
    def listening(self) -> bool:
        return bool(self._listener and self._listener.connected.is_set())

    def _on_store_change(self, change) -> None:
        if threading.current_thread() is not self._thread:  # a local edit, not our own pull
            self._wake.set()

    def _on_event(self, name: str, data: dict) -> None:
        if name == "change":
            state = self.store.sync_state(data.get("library_id", ""))
            if state is None or int(data.get("revision", 0)) > state["revision"]:
                self.request_sync({data["library_id"]})
        elif name in ("hello", "resync"):
            self.request_sync(None)

    def _on_auth_error(self, reason: str) -> None:
        self._set_state("signed_out", reason)

    def _run(self) -> None:
        while not self._stop.is_set():
            timeout = self.interval
            if self._state.status in ("offline", "error"):
                timeout = random.uniform(0.5, min(self.max_backoff, 2 ** min(self._failures, 10)))
            woke = self._wake.wait(timeout)
            if self._stop.is_set():
                return
            self._wake.clear()
            wanted, self._wanted = self._wanted, set()
            if woke and wanted is not None and not wanted:  # a local edit: let a burst of them settle
                self._stop.wait(self.debounce)
                if not self.store.outbox() and not self.store.get_setting(TICKS_UNSENT_KEY):
                    continue
            self.sync_once(None if not woke else wanted)
