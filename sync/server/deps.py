"""What routes depend on: the services of one app instance, and the authenticated caller.

Decisions:

* ``Services`` is built once by the app factory and hung on ``app.state``; routes get
  it through :func:`services` (no module-level singletons).
* A checked token is trusted for ``token_cache_seconds`` by the app server that
  checked it, and a background task re-checks every cached token in one query twice
  per period, so the hot paths (SSE keepalives, 2,000 agents pulling a pack at once)
  do not hit the database per request.  Revoking on this server drops the entry at
  once; a revocation elsewhere (another app server, the admin CLI) takes effect
  within ``token_cache_seconds``.  Tokens unused for ten minutes leave the cache.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sync.server import accounts, security
from sync.server.accounts import Caller
from sync.server.config import Settings
from sync.server.db import Database
from sync.server.errors import ApiError
from sync.server.notify import Broker
from sync.server.packs import ReceiptBuffer
from sync.server.snapshots import SnapshotCache


class Authenticator:
    """Checked tokens, trusted for ``ttl`` seconds; ``refresh()`` re-checks them all in one query."""

    IDLE_EVICT_SECONDS = 600.0

    def __init__(self, db: Database, ttl: float) -> None:
        self.db = db
        self.ttl = ttl
        self._cache: dict[str, list] = {}  # token hash -> [caller, checked at, last used at]

    def cached(self, token: str) -> Caller | None:
        hit = self._cache.get(security.digest(token))
        now = time.monotonic()
        if hit and now - hit[1] < self.ttl:
            hit[2] = now
            return hit[0]
        return None

    def check(self, token: str) -> Caller | None:
        caller = accounts.authenticate(self.db, token)
        key = security.digest(token)
        if caller is None:
            self._cache.pop(key, None)
        else:
            if len(self._cache) > 100_000:
                self._cache.clear()
            now = time.monotonic()
            self._cache[key] = [caller, now, now]
        return caller

    def refresh(self) -> None:
        """Re-validate every recently used token at once (revocations by other servers show up here)."""
        now = time.monotonic()
        for key in [k for k, v in self._cache.items() if now - v[2] > self.IDLE_EVICT_SECONDS]:
            self._cache.pop(key, None)
        keys = list(self._cache)
        if not keys:
            return
        valid = accounts.still_valid(self.db, keys)
        for key in keys:
            if key in valid and key in self._cache:
                self._cache[key][:2] = [valid[key], now]
            else:
                self._cache.pop(key, None)

    def forget(self, user_id: str | None = None, token_hash: str | None = None) -> None:
        for key, (caller, *_rest) in list(self._cache.items()):
            if key == token_hash or caller.id == user_id:
                self._cache.pop(key, None)


@dataclass
class Services:
    settings: Settings
    db: Database
    broker: Broker
    auth: Authenticator
    limiter: security.LoginLimiter
    receipts: ReceiptBuffer
    snapshots: SnapshotCache = field(default_factory=SnapshotCache)
    library_kinds: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)  # id -> team, kind, owner


def services(request: Request) -> Services:
    return request.app.state.services


_bearer = HTTPBearer(auto_error=False, description="a token from POST /api/auth/login")


async def current_caller(request: Request,
                         credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> Caller:
    if credentials is None or not credentials.credentials:
        raise ApiError(401, "unauthenticated", "send 'Authorization: Bearer <token>'; POST /api/auth/login gives one",
                       headers={"WWW-Authenticate": "Bearer"})
    token = credentials.credentials
    if len(token) > 200 or "\x00" in token:
        raise ApiError(401, "bad_token", "the token is not valid", headers={"WWW-Authenticate": "Bearer"})
    svc = services(request)
    caller = svc.auth.cached(token) or await run_in_threadpool(svc.auth.check, token)
    if caller is None:
        raise ApiError(401, "bad_token", "the token is unknown, expired or revoked: sign in again",
                       headers={"WWW-Authenticate": "Bearer"})
    return caller


async def lead_caller(caller: Caller = Depends(current_caller)) -> Caller:
    if not caller.is_lead:
        raise ApiError(403, "forbidden", f"this needs a lead or an admin; you are {caller.role}")
    return caller


async def admin_caller(caller: Caller = Depends(current_caller)) -> Caller:
    if not caller.is_admin:
        raise ApiError(403, "forbidden", f"this needs an admin; you are {caller.role}")
    return caller
