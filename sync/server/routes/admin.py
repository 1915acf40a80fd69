"""People, roles, passwords, tokens and invites (admins only; the CLI does the same)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from sync.protocol import (
    UUID_PATTERN,
    ErrorResponse,
    InviteRequest,
    InviteResponse,
    NewUser,
    RevokeResult,
    UserInfo,
    UserUpdate,
)
from sync.server import accounts
from sync.server.accounts import Caller
from sync.server.deps import Services, admin_caller, services
from sync.server.errors import invalid

router = APIRouter(prefix="/api", tags=["admin"],
                   responses={401: {"model": ErrorResponse}, 403: {"model": ErrorResponse},
                              422: {"model": ErrorResponse}})
UserId = Annotated[str, Path(pattern=UUID_PATTERN)]


@router.get("/users", response_model=list[UserInfo])
def list_users(caller: Caller = Depends(admin_caller), svc: Services = Depends(services)) -> list[UserInfo]:
    return accounts.list_users(svc.db, caller.team_id)


@router.post("/users", response_model=UserInfo, status_code=201, responses={409: {"model": ErrorResponse}})
def add_user(body: NewUser, caller: Caller = Depends(admin_caller), svc: Services = Depends(services)) -> UserInfo:
    """Add a person to the admin's team (with their personal library)."""
    return accounts.add_user(svc.db, caller.team_id, body.username, body.password, body.role,
                             body.display_name).info()


@router.patch("/users/{user_id}", response_model=UserInfo, responses={404: {"model": ErrorResponse}})
def update_user(user_id: UserId, body: UserUpdate, caller: Caller = Depends(admin_caller),
                svc: Services = Depends(services)) -> UserInfo:
    """Change role, password, name or active flag; role, password and deactivation revoke their tokens."""
    if user_id == caller.id and (body.role not in (None, "admin") or body.active is False):
        raise invalid("you cannot demote or disable yourself; ask another admin")
    user = accounts.update_user(svc.db, user_id, caller.team_id, role=body.role, password=body.password,
                                display_name=body.display_name, active=body.active)
    svc.auth.forget(user_id=user_id)
    return user.info()


@router.post("/users/{user_id}/revoke-tokens", response_model=RevokeResult,
             responses={404: {"model": ErrorResponse}})
def revoke_tokens(user_id: UserId, caller: Caller = Depends(admin_caller),
                  svc: Services = Depends(services)) -> RevokeResult:
    accounts.get_user(svc.db, user_id, team_id=caller.team_id)
    revoked = accounts.revoke_tokens(svc.db, user_id)
    svc.auth.forget(user_id=user_id)
    return RevokeResult(revoked=revoked)


@router.post("/invites", response_model=InviteResponse, status_code=201)
def make_invite(body: InviteRequest, caller: Caller = Depends(admin_caller),
                svc: Services = Depends(services)) -> InviteResponse:
    """An invite code for POST /api/auth/register (shown once; only its hash is stored)."""
    code, expires = accounts.make_invite(svc.db, caller.team_id, caller.id, body.role, body.hours, body.uses)
    return InviteResponse(code=code, role=body.role, expires_at=expires, uses=body.uses)
