"""The one way the UI runs core work: off the UI thread, result handed back as a signal.

``run_in_background(fn, on_done, on_error)`` runs ``fn`` on Qt's global thread pool;
the callbacks run on the UI thread (queued signal), so views never wait on disk,
network or paste delays, and no widget is touched from a worker.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the UI, which shows it
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[Exception], None] | None = None) -> None:
    relay = _Relay()  # created on the UI thread, so its slots run there
    _live.add(relay)

    def finish(callback, value):
        _live.discard(relay)
        if callback:
            callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(_Task(fn, relay))
