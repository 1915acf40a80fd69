"""A thread that holds the server's event stream open and reconnects by itself.

It only *hints*: every event (and every reconnect, since events may have been missed
while disconnected) is handed to ``on_event``; the SyncService then pulls.  Reconnects
wait with exponential backoff and full jitter (0.5 s doubling to 30 s), so 2,000
agents coming back after a server restart do not all knock at the same instant.
``stop()`` shuts the socket down so the thread ends at once, not at the next keepalive.
"""

from __future__ import annotations

import logging
import random
import socket
import threading
from collections.abc import Callable

import requests

from sync.client.http import AuthError, SyncApi, SyncError, make_session

log = logging.getLogger(__name__)


class NotificationListener:
    def __init__(self, api: SyncApi, on_event: Callable[[str, dict], None],
                 on_auth_error: Callable[[str], None] | None = None, max_backoff: float = 30.0) -> None:
        # A session of its own: requests.Session is not shared across threads.
        self.api = SyncApi(api.base_url, api.token, session=make_session(retries=0), timeout=api.timeout)
        self.on_event = on_event
        self.on_auth_error = on_auth_error
        self.max_backoff = max_backoff
        self.connected = threading.Event()
        self._stop = threading.Event()
        self._response: requests.Response | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="kefu-sync-listen", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._abort()
        if self._thread:
            self._thread.join(timeout)

    def _abort(self) -> None:
        response = self._response
        if response is None:
            return
        try:
            sock = getattr(getattr(response.raw, "_connection", None), "sock", None)
            if sock is not None:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        try:
            response.close()
        except Exception:  # closing a half-dead stream can fail in many ways; it is going anyway
            pass

    def _opened(self, response: requests.Response) -> None:
        self._response = response
        if self._stop.is_set():
            self._abort()

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                for name, data in self.api.events(on_open=self._opened):
                    if self._stop.is_set():
                        break
                    if name == "hello":
                        self.connected.set()
                        failures = 0
                    if name == "bye":
                        raise AuthError(data.get("reason", "signed out"))
                    self.on_event(name, data)
            except AuthError as exc:
                self.connected.clear()
                if self.on_auth_error:
                    self.on_auth_error(str(exc))
                self._stop.wait(60.0)  # nothing to do until someone signs in again
                continue
            except SyncError as exc:
                log.debug("event stream: %s", exc)
            except Exception:  # never let the listener die silently
                log.exception("event stream failed")
            finally:
                self._response = None
            self.connected.clear()
            if self._stop.is_set():
                break
            failures += 1
            delay = random.uniform(0, min(self.max_backoff, 0.5 * 2 ** min(failures, 8)))
            self._stop.wait(delay)
