"""Store change notifications, delivered on the UI thread.

The store calls its subscribers on whichever thread committed (a paste worker, the
sync thread...).  Views and the search index connect to ``StoreBridge.changed``
instead: the change is posted to the UI thread (``Tasks.post``) and the signal is
emitted there, so they are only ever touched from the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from assistant.store import Store
from ui.tasks import Tasks


class StoreBridge(QObject):
    changed = Signal(object)  # assistant.store.Change

    def __init__(self, store: Store, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = store.subscribe(lambda change: tasks.post(lambda: self.changed.emit(change)))

    def close(self) -> None:
        self._unsubscribe()
