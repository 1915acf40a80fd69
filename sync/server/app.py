"""The FastAPI application factory: services, routes, limits and JSON errors.

Decisions:

* ``create_app(settings)`` builds everything one app server needs and applies the
  Alembic migrations before serving; nothing lives at module level.
* Request bodies are limited before they are read (``Content-Length``) and while they
  stream (chunked bodies): ``max_pack_bytes`` for pack publishing, the image limit for
  image uploads, ``max_request_bytes`` for everything else.  Too large is a 413.
* Every error is JSON ``{"error": {"code", "message", "details"}}``.  Validation errors
  name each field; an unexpected exception is logged with a reference id and answered
  as a 500 that gives the id, never a stack trace.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant import __version__
from sync.server import security
from sync.server.config import Settings
from sync.server.db import NOTIFY_CHANNEL, Database
from sync.server.deps import Authenticator, Services
from sync.server.errors import ApiError
from sync.server.notify import Broker, PgListener
from sync.server.packs import ReceiptBuffer
from sync.server.routes import admin, auth, data, packs, sync
from sync.server.snapshots import PackFastPath

log = logging.getLogger("kefu.server")
RECEIPT_FLUSH_SECONDS = 1.0


def _too_large(limit: int) -> str:
    return f"the request body is larger than the {limit} bytes allowed here"


class BodyTooLarge(StarletteHTTPException):
    """Raised while a chunked body streams in (an HTTPException, so FastAPI's body parser lets it through)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _too_large(limit))


class BodyLimit:
    """Pure ASGI middleware: refuse bodies over the limit for their path."""

    def __init__(self, app, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    def limit_for(self, path: str) -> int:
        if path.startswith("/api/packs"):
            return self.settings.max_pack_bytes
        if path.startswith("/api/images/") and not path.endswith("/missing"):
            return self.settings.max_image_bytes + 1024
        return self.settings.max_request_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.limit_for(scope["path"])
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            response = _error(ApiError(413, "too_large", _too_large(limit))) if length.isdigit() else _error(
                ApiError(400, "bad_request", "Content-Length is not a number"))
            return await response(scope, receive, send)
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        return await self.app(scope, limited_receive, send)


def _error(exc: ApiError) -> JSONResponse:
    body = {"error": {"code": exc.code, "message": exc.message, "details": exc.details}}
    return JSONResponse(jsonable_encoder(body), status_code=exc.status, headers=exc.headers)


def _validation_details(errors) -> list[dict]:
    return [{"where": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", ""),
             "type": e.get("type", "")} for e in errors]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        details = _validation_details(exc.errors())
        first = details[0] if details else {"where": "request", "message": "invalid"}
        return _error(ApiError(422, "invalid", f"{first['where']}: {first['message']}", details))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed", 400: "bad_request", 413: "too_large"}
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such endpoint; see /docs or /openapi.json"
        return _error(ApiError(exc.status_code, codes.get(exc.status_code, "error"), message,
                               headers=getattr(exc, "headers", None)))

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        ref = uuid.uuid4().hex[:12]
        log.error("internal error %s", ref, exc_info=exc)
        return _error(ApiError(500, "internal", f"internal server error (reference {ref} in the server log)"))


def create_app(settings: Settings | None = None, migrate: bool = True) -> FastAPI:
    settings = settings or Settings()
    db = Database(settings.url, settings.db_pool_size)
    if migrate:
        db.migrate()
    broker = Broker()
    svc = Services(settings=settings, db=db, broker=broker, auth=Authenticator(db, settings.token_cache_seconds),
                   limiter=security.LoginLimiter(settings.login_attempts, settings.login_window_seconds),
                   receipts=ReceiptBuffer(db))

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        broker.bind(asyncio.get_running_loop())
        listener = PgListener(settings.url, NOTIFY_CHANNEL, broker) if db.is_postgres else None
        if listener:
            listener.start()
        tasks = [asyncio.create_task(_every(RECEIPT_FLUSH_SECONDS, svc.receipts.flush)),
                 asyncio.create_task(_every(settings.token_cache_seconds / 2, svc.auth.refresh))]
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            if listener:
                listener.stop()
            with contextlib.suppress(Exception):
                svc.receipts.flush()
            db.dispose()

    app = FastAPI(title="Kefu Assistant sync server", version=__version__, lifespan=lifespan,
                  description="Team sync for Kefu Assistant: accounts, libraries with revisions, campaign "
                              "packs, change notifications (SSE) and usage counts.  Errors are JSON "
                              '`{"error": {"code", "message", "details"}}`.')
    app.state.services = svc
    install_error_handlers(app)
    app.add_middleware(BodyLimit, settings=settings)
    app.add_middleware(PackFastPath, services=svc)

    @app.get("/api/health", tags=["meta"])
    def health() -> dict:
        return {"status": "ok", "version": __version__}

    for module in (auth, sync, packs, data, admin):
        app.include_router(module.router)
    return app


async def _every(seconds: float, work) -> None:
    """Run ``work`` in a thread every ``seconds`` (pack receipts, token re-checks)."""
    while True:
        await asyncio.sleep(seconds)
        try:
            await run_in_threadpool(work)
        except Exception:  # the database is busy or gone: the next round tries again
            log.warning("background %s failed", getattr(work, "__qualname__", work), exc_info=True)
