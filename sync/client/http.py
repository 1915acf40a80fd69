"""Talking to the sync server: one ``requests.Session`` with timeouts and retries.

Decisions:

* Every call has a timeout (connect 3 s, read 20 s; the event stream reads with a
  longer one since the server sends a keepalive every 15 s).
* Transient failures are retried by urllib3 with exponential backoff and jitter
  (connection errors, 502/503/504 and 429 with ``Retry-After``), POSTs included: every
  POST that changes something carries an idempotency key, so a retry is safe.
* What the caller sees is one of three errors: :class:`OfflineError` (cannot reach the
  server: the app keeps working and tries later), :class:`AuthError` (token missing,
  expired or revoked: sign in again), :class:`ApiError` (the server refused, with its
  code and message).
* The token comes from a provider callable (the app reads the OS keyring; tests pass a
  lambda), so this module never imports keyring.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from sync.protocol import (
    LibraryList,
    MissingImagesRequest,
    MissingImagesResponse,
    PullPage,
    PushRequest,
    PushResponse,
    TokenResponse,
    UsageUpload,
    UsageUploadResult,
    UserInfo,
)

CONNECT_TIMEOUT = 3.0
READ_TIMEOUT = 20.0
STREAM_READ_TIMEOUT = 45.0


class SyncError(Exception):
    pass


class OfflineError(SyncError):
    """The server cannot be reached (network down, server down, timeout)."""


class AuthError(SyncError):
    """No valid token: the person must sign in again."""


class ApiError(SyncError):
    def __init__(self, status: int, code: str, message: str, details=None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message, self.details = status, code, message, details


def make_session(retries: int = 3) -> requests.Session:
    session = requests.Session()
    retry = Retry(total=retries, connect=retries, read=1, status=retries, backoff_factor=0.3, backoff_jitter=0.5,
                  backoff_max=10, status_forcelist=(429, 502, 503, 504), allowed_methods=None,
                  respect_retry_after_header=True, raise_on_status=False)
    adapter = HTTPAdapter(max_retries=retry, pool_connections=4, pool_maxsize=4)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = "kefu-assistant-sync"
    return session


class SyncApi:
    def __init__(self, base_url: str, token: Callable[[], str | None] = lambda: None,
                 session: requests.Session | None = None, timeout: tuple[float, float] = (CONNECT_TIMEOUT,
                                                                                          READ_TIMEOUT)) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.session = session or make_session()
        self.timeout = timeout

    # -- plumbing ------------------------------------------------------------------------
    def request(self, method: str, path: str, *, auth: bool = True, stream: bool = False, timeout=None,
                **kwargs) -> requests.Response:
        headers = kwargs.pop("headers", {})
        if auth:
            token = self.token()
            if not token:
                raise AuthError("not signed in")
            headers["Authorization"] = f"Bearer {token}"
        try:
            response = self.session.request(method, self.base_url + path, headers=headers, stream=stream,
                                            timeout=timeout or self.timeout, **kwargs)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise OfflineError(f"cannot reach {self.base_url}: {type(exc).__name__}") from exc
        except requests.RequestException as exc:
            raise OfflineError(f"request to {self.base_url} failed: {exc}") from exc
        if response.status_code >= 400:
            raise _error(response)
        return response

    def _json(self, method: str, path: str, **kwargs) -> dict:
        response = self.request(method, path, **kwargs)
        try:
            return response.json()
        except (ValueError, requests.RequestException) as exc:
            raise OfflineError(f"broken answer from the server: {exc}") from exc

    # -- calls ---------------------------------------------------------------------------
    def login(self, username: str, password: str, device: str = "") -> TokenResponse:
        body = {"username": username, "password": password, "device": device}
        return TokenResponse.model_validate(self._json("POST", "/api/auth/login", json=body, auth=False))

    def logout(self) -> None:
        self.request("POST", "/api/auth/logout")

    def me(self) -> UserInfo:
        """Who this device is signed in as (the app shows the lead console to leads)."""
        return UserInfo.model_validate(self._json("GET", "/api/me"))

    def libraries(self) -> LibraryList:
        return LibraryList.model_validate(self._json("GET", "/api/libraries"))

    def changes(self, library_id: str, since: int, limit: int = 500) -> PullPage:
        return PullPage.model_validate(self._json("GET", f"/api/libraries/{library_id}/changes",
                                                  params={"since": since, "limit": limit}))

    def push(self, library_id: str, request: PushRequest) -> PushResponse:
        return PushResponse.model_validate(self._json("POST", f"/api/libraries/{library_id}/push",
                                                      data=request.model_dump_json(),
                                                      headers={"Content-Type": "application/json"}))

    def missing_images(self, hashes: list[str]) -> list[str]:
        body = MissingImagesRequest(hashes=hashes).model_dump()
        return MissingImagesResponse.model_validate(self._json("POST", "/api/images/missing", json=body)).missing

    def put_image(self, digest: str, data: bytes, mime: str) -> None:
        self.request("PUT", f"/api/images/{digest}", data=data, headers={"Content-Type": mime})

    def get_image(self, digest: str) -> tuple[bytes, str]:
        response = self.request("GET", f"/api/images/{digest}")
        return response.content, response.headers.get("content-type", "application/octet-stream")

    def upload_usage(self, upload: UsageUpload) -> UsageUploadResult:
        return UsageUploadResult.model_validate(self._json("POST", "/api/usage", data=upload.model_dump_json(),
                                                           headers={"Content-Type": "application/json"}))

    def publish_pack(self, document: dict, library_id: str | None = None) -> dict:
        path = f"/api/packs/{library_id}/versions" if library_id else "/api/packs"
        return self._json("POST", path, json=document)

    def events(self, on_open: Callable[[requests.Response], None] | None = None) -> Iterator[tuple[str, dict]]:
        """Server-sent events as (event name, data) until the stream ends or breaks."""
        response = self.request("GET", "/api/events", stream=True, timeout=(CONNECT_TIMEOUT, STREAM_READ_TIMEOUT),
                                headers={"Accept": "text/event-stream"})
        if on_open:
            on_open(response)
        with response:
            name, data = "message", []
            try:
                for line in response.iter_lines(decode_unicode=True):
                    if line is None:
                        continue
                    if line == "":
                        if data:
                            yield name, _loads("\n".join(data))
                        name, data = "message", []
                    elif line.startswith(":"):
                        continue
                    elif line.startswith("event:"):
                        name = line[6:].strip()
                    elif line.startswith("data:"):
                        data.append(line[5:].lstrip())
            except (requests.RequestException, OSError, AttributeError, ValueError) as exc:
                raise OfflineError(f"event stream broke: {type(exc).__name__}") from exc


def _loads(text: str) -> dict:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _error(response: requests.Response) -> SyncError:
    try:
        body = response.json().get("error", {})
    except (ValueError, AttributeError):
        body = {}
    code = body.get("code", "error")
    message = body.get("message") or response.reason or "request refused"
    if response.status_code == 401:
        return AuthError(message)
    if response.status_code in (502, 503, 504):
        return OfflineError(f"server unavailable ({response.status_code})")
    return ApiError(response.status_code, code, message, body.get("details"))
