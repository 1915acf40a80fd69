"""Campaign packs: create + publish, publish a new version, who has received it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path
from fastapi.concurrency import run_in_threadpool

from sync.protocol import UUID_PATTERN, ErrorResponse, PackReceipts, PublishResponse
from sync.server import packs
from sync.server.accounts import Caller
from sync.server.deps import Services, current_caller, services

router = APIRouter(prefix="/api/packs", tags=["packs"],
                   responses={401: {"model": ErrorResponse}, 403: {"model": ErrorResponse},
                              404: {"model": ErrorResponse}, 413: {"model": ErrorResponse},
                              422: {"model": ErrorResponse}})
LibraryId = Annotated[str, Path(pattern=UUID_PATTERN)]
PackDocument = Annotated[dict, Body(description="a kefu-pack document (assistant/formats/pack.schema.json): "
                                                "{format: 'kefu-pack', version: 1, name, pack: {starts_at, "
                                                "ends_at, notice, variables, checklist}, scripts: [...]}")]


async def _publish(svc: Services, caller: Caller, document: dict, library_id: str | None) -> PublishResponse:
    info, lib = await run_in_threadpool(packs.publish, svc.db, caller, document, library_id)
    svc.library_kinds[lib.id] = (lib.team_id, lib.kind, lib.owner_id)
    svc.broker.publish({"library_id": lib.id, "revision": lib.revision, "kind": "campaign",
                        "team_id": lib.team_id, "owner_id": None})
    return PublishResponse(library=info)


@router.post("", response_model=PublishResponse, status_code=201)
async def create_pack(document: PackDocument, caller: Caller = Depends(current_caller),
                      svc: Services = Depends(services)) -> PublishResponse:
    """Create a campaign pack and publish its first version (leads and admins)."""
    return await _publish(svc, caller, document, None)


@router.post("/{library_id}/versions", response_model=PublishResponse, status_code=201)
async def publish_version(library_id: LibraryId, document: PackDocument, caller: Caller = Depends(current_caller),
                          svc: Services = Depends(services)) -> PublishResponse:
    """Publish the next version of a pack: all of it becomes visible at once, or none of it."""
    return await _publish(svc, caller, document, library_id)


@router.get("/{library_id}/receipts", response_model=PackReceipts)
def receipts(library_id: LibraryId, caller: Caller = Depends(current_caller),
             svc: Services = Depends(services)) -> PackReceipts:
    """Which version of the pack each person in the team has fetched (leads and admins)."""
    return svc.receipts.receipts(caller, library_id)
