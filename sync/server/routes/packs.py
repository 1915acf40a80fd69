"""Campaign packs: publish, versions, diff, rollback, incident broadcast, checklist ticks,
readiness board, usage review (with .xlsx / .csv export), receipts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path, Query, Response
from fastapi.concurrency import run_in_threadpool

from sync.protocol import (
    UUID_PATTERN,
    BroadcastRequest,
    ErrorResponse,
    LibraryList,
    PackDiff,
    PackReceipts,
    PackUsage,
    PackVersions,
    PublishResponse,
    ReadinessBoard,
    RollbackRequest,
    TicksRequest,
    TicksResult,
)
from sync.server import pack_history, pack_usage, packs, readiness
from sync.server.accounts import Caller
from sync.server.deps import Services, current_caller, lead_caller, services
from sync.server.libraries import LibraryRow

router = APIRouter(prefix="/api/packs", tags=["packs"],
                   responses={401: {"model": ErrorResponse}, 403: {"model": ErrorResponse},
                              404: {"model": ErrorResponse}, 413: {"model": ErrorResponse},
                              422: {"model": ErrorResponse}})
LibraryId = Annotated[str, Path(pattern=UUID_PATTERN)]
Version = Annotated[int, Path(ge=1, le=1_000_000)]
HOUR = r"^\d{4}-\d{2}-\d{2}T\d{2}$"
Since = Annotated[str, Query(pattern=HOUR, description="first UTC hour, e.g. 2026-11-11T00")]
Until = Annotated[str, Query(pattern=HOUR, description="UTC hour after the last one counted")]
Speed = Annotated[float, Query(gt=0, le=1000, description="typing speed for 'time saved', characters a minute")]
PackDocument = Annotated[dict, Body(description="a kefu-pack document (assistant/formats/pack.schema.json): "
                                                "{format: 'kefu-pack', version: 1, name, pack: {starts_at, "
                                                "ends_at, notice, variables, checklist}, scripts: [...]}")]


def _announce(svc: Services, lib: LibraryRow) -> None:
    """On the event loop, after a version committed: every connected agent of the team hears of it."""
    svc.library_kinds[lib.id] = (lib.team_id, lib.kind, lib.owner_id)
    svc.broker.publish({"library_id": lib.id, "revision": lib.revision, "kind": "campaign",
                        "team_id": lib.team_id, "owner_id": None})


async def _publish(svc: Services, caller: Caller, document: dict, library_id: str | None) -> PublishResponse:
    info, lib = await run_in_threadpool(packs.publish, svc.db, caller, document, library_id)
    _announce(svc, lib)
    return PublishResponse(library=info)


@router.get("", response_model=LibraryList)
def list_packs(caller: Caller = Depends(lead_caller), svc: Services = Depends(services)) -> LibraryList:
    """The team's campaign packs, newest first, with their current version's details (leads and admins)."""
    return LibraryList(libraries=pack_history.list_packs(svc.db, caller))


@router.post("", response_model=PublishResponse, status_code=201)
async def create_pack(document: PackDocument, caller: Caller = Depends(current_caller),
                      svc: Services = Depends(services)) -> PublishResponse:
    """Create a campaign pack and publish its first version (leads and admins)."""
    return await _publish(svc, caller, document, None)


@router.post("/broadcast", response_model=PublishResponse, status_code=201)
async def broadcast(body: BroadcastRequest, caller: Caller = Depends(lead_caller),
                    svc: Services = Depends(services)) -> PublishResponse:
    """Incident broadcast: a short-notice pack (title, reference replies, explanation as its notice) that
    connected agents receive within seconds."""
    info, lib = await run_in_threadpool(pack_history.broadcast, svc.db, caller, body)
    _announce(svc, lib)
    return PublishResponse(library=info)


@router.post("/{library_id}/versions", response_model=PublishResponse, status_code=201)
async def publish_version(library_id: LibraryId, document: PackDocument, caller: Caller = Depends(current_caller),
                          svc: Services = Depends(services)) -> PublishResponse:
    """Publish the next version of a pack: all of it becomes visible at once, or none of it."""
    return await _publish(svc, caller, document, library_id)


@router.get("/{library_id}/versions", response_model=PackVersions)
def list_versions(library_id: LibraryId, caller: Caller = Depends(lead_caller),
                  svc: Services = Depends(services)) -> PackVersions:
    """Every published version, newest first (leads and admins)."""
    return pack_history.versions(svc.db, caller, library_id)


@router.get("/{library_id}/versions/{version}")
def get_version(library_id: LibraryId, version: Version, caller: Caller = Depends(lead_caller),
                svc: Services = Depends(services)) -> dict:
    """One kept version as a kefu-pack document (images by hash) (leads and admins)."""
    return pack_history.document(svc.db, caller, library_id, version)


@router.get("/{library_id}/diff", response_model=PackDiff)
def diff(library_id: LibraryId, old: Annotated[int, Query(ge=1, le=1_000_000)],
         new: Annotated[int, Query(ge=1, le=1_000_000)],
         caller: Caller = Depends(lead_caller), svc: Services = Depends(services)) -> PackDiff:
    """Scripts added, removed and changed from version ``old`` to ``new``; variables, checklist, notice."""
    return pack_history.diff(svc.db, caller, library_id, old, new)


@router.post("/{library_id}/rollback", response_model=PublishResponse, status_code=201)
async def rollback(library_id: LibraryId, body: RollbackRequest, caller: Caller = Depends(lead_caller),
                   svc: Services = Depends(services)) -> PublishResponse:
    """Publish an older version's content again as the next version; every agent gets it at once."""
    info, lib = await run_in_threadpool(pack_history.rollback, svc.db, caller, library_id, body.version)
    _announce(svc, lib)
    return PublishResponse(library=info)


@router.put("/{library_id}/ticks", response_model=TicksResult)
def put_ticks(library_id: LibraryId, body: TicksRequest, caller: Caller = Depends(current_caller),
              svc: Services = Depends(services)) -> TicksResult:
    """The checklist items the caller has ticked (the whole set; anyone in the team)."""
    return readiness.set_ticks(svc.db, caller, library_id, body.ticked)


@router.get("/{library_id}/ticks", response_model=TicksResult)
def get_ticks(library_id: LibraryId, caller: Caller = Depends(current_caller),
              svc: Services = Depends(services)) -> TicksResult:
    """The checklist items the caller has ticked."""
    return readiness.my_ticks(svc.db, caller, library_id)


@router.get("/{library_id}/board", response_model=ReadinessBoard)
def board(library_id: LibraryId, caller: Caller = Depends(lead_caller),
          svc: Services = Depends(services)) -> ReadinessBoard:
    """Readiness per person: version fetched, last sync, checklist ticked, online (leads and admins)."""
    svc.receipts.flush()
    return readiness.board(svc.db, caller, library_id, svc.broker.connected_users(caller.team_id))


@router.get("/{library_id}/usage", response_model=PackUsage)
def usage(library_id: LibraryId, since: Since = "2000-01-01T00", until: Until = "9999-12-31T23",
          chars_per_minute: Speed = pack_usage.DEFAULT_CHARS_PER_MINUTE, caller: Caller = Depends(lead_caller),
          svc: Services = Depends(services)) -> PackUsage:
    """Usage review: uses per script, person and hour, never-used scripts, time saved (leads and admins)."""
    return pack_usage.review(svc.db, caller, library_id, since, until, chars_per_minute)


@router.get("/{library_id}/usage.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}}})
def usage_csv(library_id: LibraryId, since: Since = "2000-01-01T00", until: Until = "9999-12-31T23",
              chars_per_minute: Speed = pack_usage.DEFAULT_CHARS_PER_MINUTE, caller: Caller = Depends(lead_caller),
              svc: Services = Depends(services)) -> Response:
    """The usage review as CSV: one row per hour, person and script."""
    report = pack_usage.review(svc.db, caller, library_id, since, until, chars_per_minute)
    return Response(pack_usage.to_csv(report).encode("utf-8"), media_type="text/csv; charset=utf-8")


@router.get("/{library_id}/usage.xlsx", response_class=Response, responses={200: {"content": {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}}}})
def usage_xlsx(library_id: LibraryId, since: Since = "2000-01-01T00", until: Until = "9999-12-31T23",
               chars_per_minute: Speed = pack_usage.DEFAULT_CHARS_PER_MINUTE, caller: Caller = Depends(lead_caller),
               svc: Services = Depends(services)) -> Response:
    """The usage review as an Excel workbook (summary, scripts, people, hours, never used, details)."""
    report = pack_usage.review(svc.db, caller, library_id, since, until, chars_per_minute)
    return Response(pack_usage.to_xlsx(report),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@router.get("/{library_id}/receipts", response_model=PackReceipts)
def receipts(library_id: LibraryId, caller: Caller = Depends(current_caller),
             svc: Services = Depends(services)) -> PackReceipts:
    """Which version of the pack each person in the team has fetched (leads and admins)."""
    return svc.receipts.receipts(caller, library_id)
