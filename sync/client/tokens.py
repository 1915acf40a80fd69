"""Where the desktop keeps its sign-in: the server address in settings, the token in the
OS keyring (Windows Credential Manager, macOS Keychain, Secret Service on Linux).

Where the OS offers no keyring (a headless Linux box, a minimal desktop), the token is
kept in ``config/sync-token`` readable by the user only, and ``backend`` says so, so the
UI can tell the agent instead of failing silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
from keyring.errors import KeyringError, NoKeyringError

SERVICE = "kefu-assistant"


class TokenStore:
    def __init__(self, config_dir: Path) -> None:
        self.file = Path(config_dir) / "sync-token"
        self.backend = "keyring"

    def get(self, server: str) -> str | None:
        try:
            token = keyring.get_password(SERVICE, server)
            if token:
                return token
        except (NoKeyringError, KeyringError, RuntimeError):
            self.backend = "file"
        return self._read_file(server)

    def set(self, server: str, token: str) -> None:
        try:
            keyring.set_password(SERVICE, server, token)
            self.backend = "keyring"
            return
        except (NoKeyringError, KeyringError, RuntimeError):
            self.backend = "file"
        self.file.parent.mkdir(parents=True, exist_ok=True)
        temp = self.file.with_suffix(".part")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(f"{server}\n{token}\n")
        os.replace(temp, self.file)

    def delete(self, server: str) -> None:
        try:
            keyring.delete_password(SERVICE, server)
        except (NoKeyringError, KeyringError, RuntimeError):
            pass
        if self._read_file(server):
            self.file.unlink(missing_ok=True)

    def _read_file(self, server: str) -> str | None:
        try:
            stored_server, token = self.file.read_text(encoding="utf-8").split("\n")[:2]
        except (OSError, ValueError):
            return None
        return token if stored_server == server and token else None
