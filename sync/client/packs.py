"""Client calls for campaign packs (lead console, ``kefu pack``, agents' checklist ticks).

A thin typed layer over :class:`SyncApi`; errors are the same ``OfflineError`` /
``AuthError`` / ``ApiError`` (an ``ApiError`` for a refused pack carries the server's
list of problems in ``details``).
"""

from __future__ import annotations

from sync.client.http import SyncApi
from sync.protocol import (
    BroadcastRequest,
    LibraryInfo,
    LibraryList,
    PackDiff,
    PackUsage,
    PackVersions,
    PublishResponse,
    ReadinessBoard,
    TicksResult,
)


class PackApi:
    def __init__(self, api: SyncApi) -> None:
        self.api = api

    def list(self) -> list[LibraryInfo]:
        return LibraryList.model_validate(self.api._json("GET", "/api/packs")).libraries

    def publish(self, document: dict, library_id: str | None = None) -> LibraryInfo:
        return PublishResponse.model_validate(self.api.publish_pack(document, library_id)).library

    def versions(self, library_id: str) -> PackVersions:
        return PackVersions.model_validate(self.api._json("GET", f"/api/packs/{library_id}/versions"))

    def version(self, library_id: str, version: int) -> dict:
        return self.api._json("GET", f"/api/packs/{library_id}/versions/{version}")

    def diff(self, library_id: str, old: int, new: int) -> PackDiff:
        return PackDiff.model_validate(self.api._json("GET", f"/api/packs/{library_id}/diff",
                                                      params={"old": old, "new": new}))

    def rollback(self, library_id: str, version: int) -> LibraryInfo:
        answer = self.api._json("POST", f"/api/packs/{library_id}/rollback", json={"version": version})
        return PublishResponse.model_validate(answer).library

    def broadcast(self, title: str, replies: list[str], explanation: str = "", hours: float = 24.0) -> LibraryInfo:
        body = BroadcastRequest(title=title, replies=replies, explanation=explanation, hours=hours).model_dump()
        return PublishResponse.model_validate(self.api._json("POST", "/api/packs/broadcast", json=body)).library

    def tick(self, library_id: str, ticked: list[str]) -> TicksResult:
        return TicksResult.model_validate(self.api._json("PUT", f"/api/packs/{library_id}/ticks",
                                                         json={"ticked": list(ticked)}))

    def ticks(self, library_id: str) -> TicksResult:
        return TicksResult.model_validate(self.api._json("GET", f"/api/packs/{library_id}/ticks"))

    def board(self, library_id: str) -> ReadinessBoard:
        return ReadinessBoard.model_validate(self.api._json("GET", f"/api/packs/{library_id}/board"))

    def _usage_params(self, since: str | None, until: str | None, chars_per_minute: float | None) -> dict:
        params = {"since": since, "until": until, "chars_per_minute": chars_per_minute}
        return {k: v for k, v in params.items() if v is not None}

    def usage(self, library_id: str, since: str | None = None, until: str | None = None,
              chars_per_minute: float | None = None) -> PackUsage:
        return PackUsage.model_validate(self.api._json("GET", f"/api/packs/{library_id}/usage",
                                                       params=self._usage_params(since, until, chars_per_minute)))

    def usage_file(self, library_id: str, kind: str, since: str | None = None, until: str | None = None,
                   chars_per_minute: float | None = None) -> bytes:
        """The usage review as ``kind`` = 'xlsx' or 'csv' bytes."""
        if kind not in ("xlsx", "csv"):
            raise ValueError(f"export kind must be xlsx or csv, not {kind!r}")
        return self.api.request("GET", f"/api/packs/{library_id}/usage.{kind}",
                                params=self._usage_params(since, until, chars_per_minute)).content
