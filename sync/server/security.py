"""Passwords, tokens, invite codes and login rate limiting.

Decisions:

* Passwords: argon2id (argon2-cffi defaults, memory-hard); a hash made with older
  parameters is upgraded at the next successful login.
* Tokens and invite codes: 32 random bytes (URL-safe base64); only their SHA-256 is
  stored, so a stolen database holds no usable token.  A token expires after
  ``token_days`` and can be revoked (logout, admin ``revoke``, password reset, role
  change, deactivation).
* Login rate limiting is a sliding window in the app server's memory, keyed by user
  name and by client address: ``login_attempts`` failures for one user name in
  ``login_window_seconds`` lock further tries with 429 and ``Retry-After``; an address
  gets ten times as many (a whole call centre often shares one NAT address, and one
  person's typos must not lock out the floor).  With several app servers each
  counts on its own (the limit is per process), which still stops online guessing.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import deque
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
ADDRESS_FACTOR = 10
# A hash to verify against when the user does not exist, so timing does not tell.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def now_iso(delta: timedelta = timedelta()) -> str:
    return (datetime.now(UTC) + delta).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _hasher.check_needs_rehash(stored)


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class LoginLimiter:
    """Sliding-window failure counter; thread-safe (sync routes run in a thread pool)."""

    def __init__(self, attempts: int, window_seconds: float, clock=time.monotonic) -> None:
        self.attempts = attempts
        self.window = window_seconds
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, *keys: str) -> int:
        """Seconds until a try is allowed again (0 = allowed now)."""
        now = self.clock()
        wait = 0.0
        with self._lock:
            for key in keys:
                failures = self._failures.get(key)
                if not failures:
                    continue
                while failures and failures[0] <= now - self.window:
                    failures.popleft()
                if len(failures) >= self.attempts * (ADDRESS_FACTOR if key.startswith("addr:") else 1):
                    wait = max(wait, failures[0] + self.window - now)
        return int(wait) + 1 if wait > 0 else 0

    def failed(self, *keys: str) -> None:
        now = self.clock()
        with self._lock:
            for key in keys:
                self._failures.setdefault(key, deque()).append(now)
            if len(self._failures) > 100_000:  # bound memory under a spray of names
                self._failures.clear()

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
