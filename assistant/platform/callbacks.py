"""Hotkey callbacks run on a thread of their own, never inside the OS hook that saw the chord.

A slow hook callback stalls every keyboard in the session, and the OS then switches the
hook off (macOS disables an event tap; Windows skips a low-level hook and, after a few
timeouts, silently removes it).  So the hook only queues the call, and this thread makes it.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import Callable

log = logging.getLogger(__name__)


class CallbackThread:
    def __init__(self, name: str) -> None:
        self._calls: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def put(self, callback: Callable[[], None]) -> None:
        """Returns at once; ``callback`` runs soon on this thread, after those put before it."""
        self._calls.put(callback)

    def _run(self) -> None:
        while True:
            callback = self._calls.get()
            if callback is None:
                return
            try:
                callback()
            except Exception:
                log.exception("hotkey callback failed")

    def close(self) -> None:
        self._calls.put(None)
        self._thread.join(timeout=2)
