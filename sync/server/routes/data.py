"""Images (by SHA-256, stored once per team) and usage counts."""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import insert, select

from sync.protocol import (
    SHA256_PATTERN,
    UUID_PATTERN,
    ErrorResponse,
    MissingImagesRequest,
    MissingImagesResponse,
    UsageReport,
    UsageUpload,
    UsageUploadResult,
)
from sync.server import tables as t
from sync.server import usage
from sync.server.accounts import Caller
from sync.server.deps import Services, current_caller, services
from sync.server.errors import ApiError, invalid, not_found

router = APIRouter(prefix="/api", tags=["data"],
                   responses={401: {"model": ErrorResponse}, 422: {"model": ErrorResponse}})
Hash = Annotated[str, Path(pattern=SHA256_PATTERN)]
HOUR = r"^\d{4}-\d{2}-\d{2}T\d{2}$"


@router.post("/images/missing", response_model=MissingImagesResponse)
def missing_images(body: MissingImagesRequest, caller: Caller = Depends(current_caller),
                   svc: Services = Depends(services)) -> MissingImagesResponse:
    """Which of these images the team's server does not have yet (upload those)."""
    wanted = sorted(set(body.hashes))
    with svc.db.read() as conn:
        have = {r.hash for r in conn.execute(select(t.images.c.hash).where(
            t.images.c.team_id == caller.team_id, t.images.c.hash.in_(wanted)))} if wanted else set()
    return MissingImagesResponse(missing=[h for h in wanted if h not in have])


@router.put("/images/{image_hash}", status_code=204, responses={413: {"model": ErrorResponse}},
            openapi_extra={"requestBody": {"required": True,
                                           "content": {"application/octet-stream": {"schema": {"type": "string",
                                                                                              "format": "binary"}}}}})
async def put_image(image_hash: Hash, request: Request, caller: Caller = Depends(current_caller),
                    svc: Services = Depends(services)) -> Response:
    """Upload an image's bytes; the path must be their SHA-256.  Uploading twice is harmless."""
    data = await request.body()
    if not data:
        raise invalid("the image is empty")
    if len(data) > svc.settings.max_image_bytes:
        raise ApiError(413, "too_large", f"an image may be at most {svc.settings.max_image_bytes} bytes")
    if hashlib.sha256(data).hexdigest() != image_hash:
        raise invalid("the bytes do not match the SHA-256 in the path")
    mime = request.headers.get("content-type", "application/octet-stream")[:100]
    await run_in_threadpool(_store_image, svc, caller.team_id, image_hash, mime, data)
    return Response(status_code=204)


def _store_image(svc: Services, team_id: str, image_hash: str, mime: str, data: bytes) -> None:
    with svc.db.write() as conn:
        exists = conn.execute(select(t.images.c.hash).where(t.images.c.team_id == team_id,
                                                            t.images.c.hash == image_hash)).first()
        if not exists:
            conn.execute(insert(t.images).values(team_id=team_id, hash=image_hash, mime=mime, size=len(data),
                                                 data=data))


@router.get("/images/{image_hash}", response_class=Response, responses={404: {"model": ErrorResponse},
                                                                        200: {"content": {"image/*": {}}}})
def get_image(image_hash: Hash, caller: Caller = Depends(current_caller),
              svc: Services = Depends(services)) -> Response:
    with svc.db.read() as conn:
        row = conn.execute(select(t.images.c.mime, t.images.c.data).where(
            t.images.c.team_id == caller.team_id, t.images.c.hash == image_hash)).first()
    if row is None:
        raise not_found(f"image {image_hash}")
    return Response(bytes(row.data), media_type=row.mime, headers={"Cache-Control": "private, max-age=31536000"})


@router.post("/usage", response_model=UsageUploadResult)
def upload_usage(body: UsageUpload, caller: Caller = Depends(current_caller),
                 svc: Services = Depends(services)) -> UsageUploadResult:
    """Counts per script per hour for team-library and pack scripts (never chat content)."""
    return usage.upload(svc.db, caller, body)


@router.get("/usage/report", response_model=UsageReport, responses={403: {"model": ErrorResponse}})
def usage_report(since: Annotated[str, Query(pattern=HOUR)] = "2000-01-01T00",
                 until: Annotated[str, Query(pattern=HOUR)] = "9999-12-31T23",
                 library_id: Annotated[str | None, Query(pattern=UUID_PATTERN)] = None,
                 caller: Caller = Depends(current_caller), svc: Services = Depends(services)) -> UsageReport:
    """Uses per script in the team, hours in [since, until) UTC (leads and admins)."""
    return usage.report(svc.db, caller, since, until, library_id)
