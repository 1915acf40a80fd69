"""Campaign-pack snapshots served from memory, and the fast path that serves them.

Decisions:

* A pack version is immutable, so its pull answer (the whole version as JSON) is built
  once per (pack, revision) under a per-pack lock — one database read however many
  agents ask at once — and kept with its gzip form (``mtime=0``, so every agent gets
  byte-identical bodies).  Every ``RECHECK_SECONDS`` the pack's current revision is
  read again (one tiny query), in case a change notification was missed.
* :class:`PackFastPath` answers ``GET /api/libraries/{id}/changes`` for a pack straight
  from that cache when the token is in the token cache and the snapshot is fresh, before
  FastAPI's routing and validation: this is the request 2,000 agents send in the same
  second after a lead publishes.  Anything it is not sure about (unknown token, unknown
  library, odd parameters) falls through to the normal route, which gives the same
  answer the slow way, so the fast path changes speed, never behaviour.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import re
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from starlette.responses import Response

from sync.protocol import MAX_REVISION, PullPage

RECHECK_SECONDS = 2.0
_PATH = re.compile(r"^/api/libraries/([0-9a-fA-F-]{36})/changes$")


@dataclass
class Snapshot:
    library_id: str
    revision: int
    version: int
    body: bytes
    gzipped: bytes
    etag: str
    unchanged: bytes  # the answer when the client already has this revision
    checked: float


@dataclass
class SnapshotCache:
    entries: dict[str, Snapshot] = field(default_factory=dict)
    locks: dict[str, asyncio.Lock] = field(default_factory=dict)

    def get(self, library_id: str, known_revision: int | None) -> Snapshot | None:
        """The cached snapshot if it is the newest we know of (it may still need a recheck)."""
        entry = self.entries.get(library_id)
        if entry is None or (known_revision is not None and known_revision > entry.revision):
            return None
        return entry

    def fresh(self, library_id: str, known_revision: int | None) -> Snapshot | None:
        entry = self.get(library_id, known_revision)
        if entry is None or time.monotonic() - entry.checked > RECHECK_SECONDS:
            return None
        return entry

    def store(self, library_id: str, revision: int, version: int, body: bytes) -> Snapshot:
        unchanged = PullPage(library_id=library_id, revision=revision, records=[]).model_dump_json().encode()
        entry = Snapshot(library_id, revision, version, body, gzip.compress(body, compresslevel=5, mtime=0),
                         hashlib.sha256(body).hexdigest()[:32], unchanged, time.monotonic())
        self.entries[library_id] = entry
        return entry

    def lock(self, library_id: str) -> asyncio.Lock:
        return self.locks.setdefault(library_id, asyncio.Lock())


def answer(entry: Snapshot, since: int, accept_encoding: str) -> Response:
    if since == entry.revision:
        return Response(entry.unchanged, media_type="application/json")
    headers = {"ETag": f'"{entry.etag}"', "X-Kefu-Revision": str(entry.revision)}
    if "gzip" in accept_encoding:
        headers["Content-Encoding"] = "gzip"
        return Response(entry.gzipped, media_type="application/json", headers=headers)
    return Response(entry.body, media_type="application/json", headers=headers)


class PackFastPath:
    """Pure ASGI middleware in front of the app; see the module docstring."""

    def __init__(self, app, services) -> None:
        self.app = app
        self.services = services

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] == "GET":
            match = _PATH.match(scope["path"])
            if match:
                response = self._try(scope, match.group(1))
                if response is not None:
                    return await response(scope, receive, send)
        return await self.app(scope, receive, send)

    def _try(self, scope, library_id: str) -> Response | None:
        svc = self.services
        headers = dict(scope["headers"])
        auth = headers.get(b"authorization", b"")
        if not auth.startswith(b"Bearer ") or len(auth) > 300:
            return None
        caller = svc.auth.cached(auth[7:].decode("latin-1"))
        known = svc.library_kinds.get(library_id)
        if caller is None or not known or known[1] != "campaign" or known[0] != caller.team_id:
            return None
        entry = svc.snapshots.fresh(library_id, svc.broker.revisions.get(library_id))
        if entry is None:
            return None
        try:
            query = parse_qs(scope.get("query_string", b"").decode("ascii"), strict_parsing=False)
            since = int(query.get("since", ["0"])[-1])
            limit = int(query.get("limit", ["500"])[-1])
        except (ValueError, UnicodeDecodeError):
            return None
        if not (0 <= since <= MAX_REVISION and 1 <= limit <= 1000) or set(query) - {"since", "limit"}:
            return None
        if since != entry.revision:
            svc.receipts.note(library_id, caller.id, entry.version)
        return answer(entry, since, headers.get(b"accept-encoding", b"").decode("latin-1"))
