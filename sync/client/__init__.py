"""The sync client: HTTP (requests, no Qt), the notification listener and the SyncService.

The names below are loaded on first use (PEP 562): the desktop app imports
``sync.client.tokens`` at start-up, and loading requests and pydantic with it would add
~200 ms and ~20 MiB before the tray shows, also on devices that never sign in.
"""

from importlib import import_module

_WHERE = {"ApiError": "http", "AuthError": "http", "OfflineError": "http", "SyncApi": "http",
          "SyncService": "service", "SyncState": "service"}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(f"sync.client.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'sync.client' has no attribute {name!r}")
