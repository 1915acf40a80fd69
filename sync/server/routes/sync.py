"""Libraries, pull (``changes``), push and the change-notification stream.

The campaign-pack pull is the hot path when a lead publishes to 2,000 connected agents:
it is answered from the in-memory snapshot cache (see snapshots.py), usually by the
fast path before this route is even reached, gzip-compressed when the client accepts it.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    MAX_REVISION,
    UUID_PATTERN,
    ErrorResponse,
    LibraryList,
    PullPage,
    PushRequest,
    PushResponse,
)
from sync.server import libraries, snapshots
from sync.server.accounts import Caller
from sync.server.deps import Services, current_caller, services

router = APIRouter(prefix="/api", tags=["sync"],
                   responses={401: {"model": ErrorResponse}, 404: {"model": ErrorResponse},
                              422: {"model": ErrorResponse}})
LibraryId = Annotated[str, Path(pattern=UUID_PATTERN)]


@router.get("/libraries", response_model=LibraryList)
def list_libraries(caller: Caller = Depends(current_caller), svc: Services = Depends(services)) -> LibraryList:
    """Every library the caller can read: the team library, their personal library, the team's packs."""
    svc.receipts.seen(caller.id)  # a sync round starts here: "last sync" on the readiness board
    return LibraryList(libraries=libraries.list_libraries(svc.db, caller))


@router.get("/libraries/{library_id}/changes", response_model=PullPage)
async def changes(library_id: LibraryId, request: Request,
                  since: Annotated[int, Query(ge=0, le=MAX_REVISION)] = 0,
                  limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
                  caller: Caller = Depends(current_caller), svc: Services = Depends(services)) -> Response:
    """Records changed after revision ``since``, oldest first, at most ``limit``; a campaign pack answers
    with its whole current version (``snapshot``) unless ``since`` is already that version's revision."""
    known = svc.library_kinds.get(library_id)
    if known and known[1] == "campaign" and known[0] == caller.team_id:
        return await _pack_snapshot(svc, caller, library_id, since, request)
    page, lib = await run_in_threadpool(libraries.pull, svc.db, caller, library_id, since, limit)
    svc.library_kinds[lib.id] = (lib.team_id, lib.kind, lib.owner_id)
    if page.snapshot:
        svc.receipts.note(lib.id, caller.id, lib.pack_version)
    return Response(page.model_dump_json(), media_type="application/json")


async def _pack_snapshot(svc: Services, caller: Caller, library_id: str, since: int, request: Request) -> Response:
    entry = svc.snapshots.fresh(library_id, svc.broker.revisions.get(library_id))
    if entry is None:
        async with svc.snapshots.lock(library_id):
            entry = await run_in_threadpool(_current_snapshot, svc, caller, library_id)
    if since != entry.revision:
        svc.receipts.note(library_id, caller.id, entry.version)
    return snapshots.answer(entry, since, request.headers.get("accept-encoding", ""))


def _current_snapshot(svc: Services, caller: Caller, library_id: str):
    """Under the pack's lock: the cached snapshot if still current, else a new one from the database."""
    cached = svc.snapshots.get(library_id, svc.broker.revisions.get(library_id))
    if cached is not None and time.monotonic() - cached.checked <= snapshots.RECHECK_SECONDS:
        return cached
    if cached is not None and libraries.current_revision(svc.db, caller, library_id) == cached.revision:
        cached.checked = time.monotonic()
        return cached
    page, lib = libraries.pull(svc.db, caller, library_id, 0, 1)
    return svc.snapshots.store(library_id, page.revision, lib.pack_version, page.model_dump_json().encode("utf-8"))


@router.post("/libraries/{library_id}/push", response_model=PushResponse,
             responses={403: {"model": ErrorResponse}, 409: {"model": ErrorResponse}})
def push(library_id: LibraryId, body: PushRequest, caller: Caller = Depends(current_caller),
         svc: Services = Depends(services)) -> PushResponse:
    """Apply a batch in one transaction; each record is 'applied' (with its new revision) or a
    'conflict' (with the server's version).  Replaying an idempotency key returns the first answer."""
    response, lib = libraries.push(svc.db, caller, library_id, body)
    svc.library_kinds[lib.id] = (lib.team_id, lib.kind, lib.owner_id)
    if not response.replayed:
        svc.broker.publish_threadsafe({"library_id": lib.id, "revision": response.revision, "kind": lib.kind,
                                       "team_id": lib.team_id, "owner_id": lib.owner_id})
    return response


@router.get("/events", response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}},
                             "description": "server-sent events: 'hello' with every readable library's "
                                            "revision, then 'change' events ({library_id, revision, kind})"}})
async def events(request: Request, caller: Caller = Depends(current_caller),
                 svc: Services = Depends(services)) -> StreamingResponse:
    """Change notifications as server-sent events; a comment line is sent when idle."""
    libs = await run_in_threadpool(libraries.list_libraries, svc.db, caller)
    sub = svc.broker.subscribe(caller.team_id, caller.id)
    token = request.headers.get("authorization", "").partition(" ")[2]
    keepalive = svc.settings.keepalive_seconds

    async def stream():
        try:
            hello = {"user_id": caller.id, "revisions": {lib.id: lib.revision for lib in libs}}
            yield f"event: hello\ndata: {json.dumps(hello)}\n\n"
            last_check = time.monotonic()
            while True:
                try:
                    event = await asyncio.wait_for(sub.queue.get(), keepalive)
                except TimeoutError:
                    yield ": keepalive\n\n"
                    event = None
                if time.monotonic() - last_check > svc.settings.token_cache_seconds:
                    last_check = time.monotonic()
                    if not (svc.auth.cached(token) or await run_in_threadpool(svc.auth.check, token)):
                        yield 'event: bye\ndata: {"reason": "token revoked or expired"}\n\n'
                        return
                if sub.overflowed:
                    sub.overflowed = False
                    yield "event: resync\ndata: {}\n\n"
                if event is not None:
                    data = {k: event[k] for k in ("library_id", "revision", "kind")}
                    yield f"event: change\ndata: {json.dumps(data)}\n\n"
        finally:
            svc.broker.unsubscribe(sub)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


