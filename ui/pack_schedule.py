"""Keeps the picker in step with the packs' validity windows: active packs on top (their
pinned scripts first, in the 置顶 order), expired ones out of the picker (they stay in the
archive).  Re-checks at the next start or end of
a window (at least hourly) and whenever :meth:`refresh` is called (a pack arrived)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from assistant import pack_window
from assistant.search import SearchIndex
from ui.tasks import Tasks

MAX_WAIT_MS = 60 * 60 * 1000


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
        def read():
            plan = pack_window.schedule(self.store)
            kinds = {lib.id: lib.kind for lib in self.store.libraries()}
            # every script only when the archived packs change (a rebuild); 10k scripts cost ~15 MiB
            changed = frozenset(plan.archived) != self.index.archived_libraries
            return plan, kinds, self.store.scripts() if changed else None, plan.pinned_places(self.store)

        self.tasks.run(read, self._apply)

    def variables(self) -> dict[str, str]:
        """Team variables of the active packs, for the composer (no disk read: kept from the last refresh)."""
        return self._variables

    def _apply(self, result) -> None:
        plan, kinds, scripts, pinned = result
        self.index.set_library_kinds(kinds)
        self.index.set_pinned(pinned)
        self.index.set_active_libraries(plan.boost)
        self.index.set_archived_libraries(plan.archived, scripts)
        self.current = plan
        self._variables = plan.team_variables()
        wait = MAX_WAIT_MS
        if plan.next_change is not None:
            seconds = (plan.next_change - datetime.now(UTC)).total_seconds()
            wait = int(min(MAX_WAIT_MS, max(1000, seconds * 1000 + 500)))
        self.timer.start(wait)
        self.changed.emit(plan)
