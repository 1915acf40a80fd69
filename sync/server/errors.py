"""The one error type routes and services raise; the app turns it into JSON.

Every error answer is ``{"error": {"code": ..., "message": ..., "details": ...}}`` with a
message that says what is wrong; unexpected exceptions become a 500 with a reference
id that is in the server log, never a stack trace.
"""

from __future__ import annotations


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, details=None, headers: dict | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers or {}


def not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", f"{what} not found")


def forbidden(message: str) -> ApiError:
    return ApiError(403, "forbidden", message)


def invalid(message: str, details=None) -> ApiError:
    return ApiError(422, "invalid", message, details)
