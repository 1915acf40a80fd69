"""Store change notifications, delivered on the UI thread.

The store calls its subscribers on whichever thread committed (a paste worker, the
sync thread...).  Views and the search index connect to ``StoreBridge.changed``
instead, a queued signal, so they are only ever touched from the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from assistant.store import Store


class StoreBridge(QObject):
    changed = Signal(object)  # assistant.store.Change

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = store.subscribe(self.changed.emit)

    def close(self) -> None:
        self._unsubscribe()
