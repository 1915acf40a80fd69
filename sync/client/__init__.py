"""The sync client: HTTP (requests, no Qt), the notification listener and the SyncService."""

from sync.client.http import ApiError, AuthError, OfflineError, SyncApi
from sync.client.service import SyncService, SyncState

__all__ = ["ApiError", "AuthError", "OfflineError", "SyncApi", "SyncService", "SyncState"]
