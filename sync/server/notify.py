"""Change notifications: an in-process broker feeding server-sent-event streams, and,
on PostgreSQL, a LISTEN thread that brings in what other app servers committed.

Decisions:

* An event is ``{library_id, revision, kind, team_id, owner_id}``.  Each stream gets
  only the events of its caller's team, and personal-library events only for the
  owner.  Events are hints: a client always pulls to learn the content, so a lost
  event costs at most a delay, never data (a client also pulls on every reconnect).
* The broker keeps the newest revision it has seen per library and drops events that
  are not newer, so an app server's own writes (published directly after commit and
  echoed back by NOTIFY) reach each stream once.
* A subscriber's queue is bounded; a stream that cannot keep up gets a ``resync``
  event instead of an ever-growing queue.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

QUEUE_SIZE = 256


@dataclass(eq=False)
class Subscriber:
    team_id: str
    user_id: str
    queue: asyncio.Queue = field(default_factory=lambda: asyncio.Queue(QUEUE_SIZE))
    overflowed: bool = False

    def wants(self, event: dict) -> bool:
        return event["team_id"] == self.team_id and event.get("owner_id") in (None, self.user_id)


class Broker:
    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self.revisions: dict[str, int] = {}
        self._subscribers: set[Subscriber] = set()

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    @property
    def connected(self) -> int:
        return len(self._subscribers)

    def connected_users(self, team_id: str) -> set[str]:
        """People of a team holding a notification stream to this app server now."""
        return {sub.user_id for sub in list(self._subscribers) if sub.team_id == team_id}

    def subscribe(self, team_id: str, user_id: str) -> Subscriber:
        sub = Subscriber(team_id, user_id)
        self._subscribers.add(sub)
        return sub

    def unsubscribe(self, sub: Subscriber) -> None:
        self._subscribers.discard(sub)

    def publish(self, event: dict) -> None:
        """Fan an event out; call on the event loop's thread."""
        library_id, revision = event["library_id"], int(event["revision"])
        if revision <= self.revisions.get(library_id, -1):
            return
        self.revisions[library_id] = revision
        for sub in list(self._subscribers):
            if not sub.wants(event):
                continue
            try:
                sub.queue.put_nowait(event)
            except asyncio.QueueFull:
                sub.overflowed = True

    def publish_threadsafe(self, event: dict) -> None:
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.publish, event)


class PgListener:
    """LISTENs on the notification channel in its own thread; reconnects by itself."""

    def __init__(self, url: str, channel: str, broker: Broker) -> None:
        self.url = url.replace("postgresql+psycopg://", "postgresql://")
        self.channel = channel
        self.broker = broker
        self._stop = threading.Event()
        self.ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kefu-pg-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True) as conn:
                    conn.execute(f"LISTEN {self.channel}")
                    self.ready.set()
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=0.5):
                            self._deliver(note.payload)
            except Exception as exc:  # the database went away: try again shortly
                self.ready.clear()
                log.warning("LISTEN connection lost (%s); reconnecting", exc)
                self._stop.wait(1.0)

    def _deliver(self, payload: str) -> None:
        try:
            event = json.loads(payload)
        except ValueError:
            return
        self.broker.publish_threadsafe(event)
