"""Keeps the picker in step with the packs' validity windows: active packs on top (their
pinned scripts first, in the 置顶 order), expired ones out of the picker (they stay in the
archive).  Re-checks at the next start or end of
a window (at least hourly) and whenever :meth:`refresh` is called (a pack arrived)."""

from __future__ import annotations

import gc
import logging
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from assistant import pack_window
from assistant.search import SearchIndex
from ui.tasks import Tasks

log = logging.getLogger(__name__)

MAX_WAIT_MS = 60 * 60 * 1000
RETRY_MS = 60 * 1000  # after a failed read


class PackSchedule(QObject):
    changed = Signal(object)  # the pack_window.Schedule now in force

    def __init__(self, tasks: Tasks, store, index: SearchIndex, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.store, self.index = tasks, store, index
        self.current: pack_window.Schedule | None = None
        self._variables: dict[str, str] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.refresh)

    def refresh(self) -> None:
        """Re-read the schedule on a worker.  When the archived packs change, the new search index is
        built there too and swapped in by :meth:`_apply` (a 10k-script rebuild takes about a second:
        never on the UI thread).  A refresh still under way is superseded: its result is dropped."""
        pending = self.index.begin_rebuild()  # keeps the store changes applied meanwhile
        archived, store = self.index.archived_libraries, self.store

        def read():
            plan = pack_window.schedule(store)
            kinds = {lib.id: lib.kind for lib in store.libraries()}
            if frozenset(plan.archived) != archived:  # every script only then; 10k scripts cost ~15 MiB
                pending.build(store.scripts(), plan.archived)
                gc.freeze()  # long-lived, as at start-up (App._index_ready): no full collection rescans it
            return plan, kinds, plan.pinned_places(store), pending

        self.tasks.run(read, self._apply, lambda exc: self._failed(pending, exc))

    def variables(self) -> dict[str, str]:
        """Team variables of the active packs, for the composer (no disk read: kept from the last refresh)."""
        return self._variables

    def _apply(self, result) -> None:
        plan, kinds, pinned, pending = result
        current = self.index.finish_rebuild(pending)
        if pending.replaced:  # the index let go (the old one, or a stale build) is freed on a worker
            self.tasks.run(pending.replaced.clear)
        if not current:
            return  # a newer refresh is under way: it applies
        self.index.set_library_kinds(kinds)
        self.index.set_pinned(pinned)
        self.index.set_active_libraries(plan.active)  # ids: unchanged ones cost nothing
        self.current = plan
        self._variables = plan.team_variables()
        wait = MAX_WAIT_MS
        if plan.next_change is not None:
            seconds = (plan.next_change - datetime.now(UTC)).total_seconds()
            wait = int(min(MAX_WAIT_MS, max(1000, seconds * 1000 + 500)))
        self.timer.start(wait)
        self.changed.emit(plan)

    def _failed(self, pending, exc: Exception) -> None:
        log.error("the pack schedule could not be read: %s", exc)
        pending.discard()  # half a refresh is not applied
        self.tasks.run(pending.replaced.clear)
        if self.index.finish_rebuild(pending):  # else a newer refresh is under way
            if not self.timer.isActive() or self.timer.remainingTime() > RETRY_MS:
                self.timer.start(RETRY_MS)
