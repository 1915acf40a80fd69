"""The one way the UI runs core work off the UI thread, and the one way back onto it.

``Tasks.run(fn, on_done, on_error)`` runs ``fn`` on a worker thread; the callbacks run
on the UI thread.  ``Tasks.call_on_ui(fn)`` lets a worker run something on the UI
thread and wait for its result (the clipboard must only be touched there).

No Python object travels inside a Qt signal: work and results go through a plain
queue, and a no-argument queued signal only wakes the UI thread to drain it.  (Passing
Python objects through queued and blocking-queued signals crashed PySide6 with a
refcount error after a few hundred pastes in the paste benchmark.)
"""

from __future__ import annotations

import logging
import queue
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal

log = logging.getLogger(__name__)


class Tasks(QObject):
    _wake = Signal()

    def __init__(self, workers: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inbox: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kefu-work")
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> Future:
        def work() -> Any:
            try:
                result = fn()
            except Exception as exc:  # handed to the UI, which shows it
                self.post(lambda error=exc: on_error(error) if on_error else
                          log.error("background work failed: %s", error))
                raise
            if on_done:
                self.post(lambda: on_done(result))
            return result

        try:
            return self._pool.submit(work)
        except RuntimeError:  # shut down: the app is closing, late UI events start nothing
            log.debug("not started, the app is closing: %s", fn)
            future: Future = Future()
            future.cancel()
            return future

    def post(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the UI thread soon (callable from any thread)."""
        self._inbox.put(fn)
        self._wake.emit()

    def call_on_ui(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` on the UI thread and return its result; from the UI thread, just call it."""
        if QThread.currentThread() is self.thread():
            return fn()
        future: Future = Future()

        def job() -> None:
            try:
                future.set_result(fn())
            except Exception as exc:
                future.set_exception(exc)

        self.post(job)
        return future.result()

    def _drain(self) -> None:
        while True:
            try:
                job = self._inbox.get_nowait()
            except queue.Empty:
                return
            try:
                job()
            except Exception:
                log.exception("UI callback failed")

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
