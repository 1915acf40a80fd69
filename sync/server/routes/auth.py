"""Sign in and out, register with an invite, and who am I."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool

from sync.protocol import ErrorResponse, LoginRequest, RegisterRequest, TokenResponse, UserInfo
from sync.server import accounts
from sync.server.accounts import Caller
from sync.server.deps import Services, current_caller, services
from sync.server.errors import ApiError

router = APIRouter(prefix="/api", tags=["accounts"],
                   responses={401: {"model": ErrorResponse}, 422: {"model": ErrorResponse}})


def _login(svc: Services, username: str, password: str, device: str, client: str) -> TokenResponse:
    keys = (f"user:{username.casefold()}", f"addr:{client}")
    wait = svc.limiter.retry_after(*keys)
    if wait:
        raise ApiError(429, "too_many_attempts", f"too many failed sign-ins; try again in {wait} s",
                       headers={"Retry-After": str(wait)})
    try:
        token, expires, caller = accounts.login(svc.db, username, password, device, svc.settings.token_days)
    except ApiError:
        svc.limiter.failed(*keys)
        raise
    svc.limiter.succeeded(keys[0])
    return TokenResponse(token=token, expires_at=expires, user=caller.info())


@router.post("/auth/login", response_model=TokenResponse, responses={429: {"model": ErrorResponse}})
async def login(body: LoginRequest, request: Request, svc: Services = Depends(services)) -> TokenResponse:
    """Exchange a user name and password for a bearer token (expiring, revocable)."""
    client = request.client.host if request.client else "?"
    return await run_in_threadpool(_login, svc, body.username, body.password, body.device, client)


@router.post("/auth/logout", status_code=204)
def logout(caller: Caller = Depends(current_caller), svc: Services = Depends(services)) -> None:
    """Revoke the token this request was made with."""
    accounts.revoke_token(svc.db, caller.token_hash)
    svc.auth.forget(token_hash=caller.token_hash)


@router.post("/auth/register", response_model=TokenResponse, status_code=201,
             responses={403: {"model": ErrorResponse}, 409: {"model": ErrorResponse}})
async def register(body: RegisterRequest, request: Request, svc: Services = Depends(services)) -> TokenResponse:
    """Create an account with an invite code (its team and role come from the invite), then sign in."""
    await run_in_threadpool(accounts.register, svc.db, body.invite_code, body.username, body.password,
                            body.display_name)
    client = request.client.host if request.client else "?"
    return await run_in_threadpool(_login, svc, body.username, body.password, body.device, client)


@router.get("/me", response_model=UserInfo)
async def me(caller: Caller = Depends(current_caller)) -> UserInfo:
    return caller.info()
