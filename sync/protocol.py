"""Wire models of team sync, defined once and used by the server and the client.

Decisions (the "why" behind the shapes):

* **Revisions** are server-assigned integers, one counter per library, never clocks.
  In team and personal libraries each applied record gets its own revision, so a pull
  pages cleanly with ``since`` = the last revision seen.  A campaign pack is different:
  publishing a version bumps the pack library's revision exactly once, and a pull of a
  pack always returns the whole current version (``snapshot = true``), so a client can
  never hold half a pack or a mix of two versions.
* **Deletes** travel as tombstones (``deleted = true`` with the script id).
* **Push** carries an ``idempotency_key``: replaying the same key returns the stored
  answer without applying anything again, so a client may retry a push whose answer
  was lost.  Every record carries the revision it was based on; a stale base is a
  conflict answered with the server's version.
* **Strings** refuse NUL characters and every number is bounded, so hostile input is a
  422 that names the field, never a database error.
* Images do not travel inside scripts: a script names its image by SHA-256 and the
  bytes go through ``/api/images``, once per team.
"""

from __future__ import annotations

import enum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

MAX_REVISION = 2**62
MAX_PUSH_RECORDS = 500
MAX_PULL_LIMIT = 1000
DEFAULT_PULL_LIMIT = 500
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


Text = Annotated[str, AfterValidator(_no_nul)]
ShortText = Annotated[str, Field(max_length=200), AfterValidator(_no_nul)]
Id = Annotated[str, Field(pattern=UUID_PATTERN)]
Revision = Annotated[int, Field(ge=0, le=MAX_REVISION)]


class Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", use_enum_values=True)


class Role(str, enum.Enum):
    ADMIN = "admin"
    LEAD = "lead"
    AGENT = "agent"


class LibraryKind(str, enum.Enum):
    PERSONAL = "personal"
    TEAM = "team"
    CAMPAIGN = "campaign"


# -- errors -------------------------------------------------------------------------------
class ErrorBody(Wire):
    code: str = Field(description="stable machine-readable code, e.g. 'forbidden', 'invalid', 'not_found'")
    message: str = Field(description="what is wrong, in plain English")
    details: list[dict] | dict | None = None


class ErrorResponse(Wire):
    error: ErrorBody


# -- accounts -------------------------------------------------------------------------------
class LoginRequest(Wire):
    username: Annotated[str, Field(min_length=1, max_length=64), AfterValidator(_no_nul)]
    password: Annotated[str, Field(min_length=1, max_length=256), AfterValidator(_no_nul)]
    device: Annotated[str, Field(max_length=100), AfterValidator(_no_nul)] = ""


class RegisterRequest(Wire):
    invite_code: Annotated[str, Field(min_length=1, max_length=100), AfterValidator(_no_nul)]
    username: Annotated[str, Field(min_length=1, max_length=64), AfterValidator(_no_nul)]
    password: Annotated[str, Field(min_length=8, max_length=256), AfterValidator(_no_nul)]
    display_name: ShortText = ""
    device: Annotated[str, Field(max_length=100), AfterValidator(_no_nul)] = ""


class UserInfo(Wire):
    id: str
    username: str
    display_name: str
    role: Role
    team_id: str
    team_name: str = ""
    active: bool = True


class TokenResponse(Wire):
    token: str = Field(description="send as 'Authorization: Bearer <token>'")
    expires_at: str
    user: UserInfo


class NewUser(Wire):
    username: Annotated[str, Field(min_length=1, max_length=64), AfterValidator(_no_nul)]
    password: Annotated[str, Field(min_length=8, max_length=256), AfterValidator(_no_nul)]
    display_name: ShortText = ""
    role: Role = Role.AGENT


class UserUpdate(Wire):
    role: Role | None = None
    password: Annotated[str, Field(min_length=8, max_length=256), AfterValidator(_no_nul)] | None = None
    display_name: ShortText | None = None
    active: bool | None = None


class InviteRequest(Wire):
    role: Role = Role.AGENT
    hours: Annotated[int, Field(ge=1, le=24 * 90)] = 72
    uses: Annotated[int, Field(ge=1, le=1000)] = 1


class InviteResponse(Wire):
    code: str
    role: Role
    expires_at: str
    uses: int


class RevokeResult(Wire):
    revoked: int


# -- scripts and libraries --------------------------------------------------------------
class ScriptFields(Wire):
    """Everything a device needs to show and paste a script (favourites stay local)."""

    code: Annotated[str, Field(max_length=64), AfterValidator(_no_nul)] = ""
    title: Annotated[str, Field(max_length=400), AfterValidator(_no_nul)] = ""
    body: Annotated[str, Field(max_length=20_000), AfterValidator(_no_nul)] = ""
    category: Annotated[list[Annotated[str, Field(max_length=64), AfterValidator(_no_nul)]],
                        Field(max_length=6)] = []
    keywords: Annotated[list[Annotated[str, Field(max_length=50), AfterValidator(_no_nul)]],
                        Field(max_length=50)] = []
    output_mode: Literal["paste", "paste_enter", "copy", "type"] = "paste"
    hotkey: Annotated[str, Field(max_length=64), AfterValidator(_no_nul)] = ""
    image_hash: Annotated[str, Field(pattern=SHA256_PATTERN)] | None = None
    image_position: Literal["before", "after"] = "before"


class ScriptRecord(ScriptFields):
    id: Id
    revision: Revision
    deleted: bool = False
    updated_at: str = ""
    updated_by: str = ""


class PackMeta(Wire):
    name: str = ""
    version: int = 0
    starts_at: str | None = None
    ends_at: str | None = None
    notice: str = ""
    variables: dict = {}
    checklist: list = []
    published_at: str | None = None
    published_by: str = ""
    scripts: int = 0
    pinned: list = Field(default_factory=list, description="codes of scripts on top of the picker, in order")
    incident: bool = Field(False, description="an incident broadcast (urgent)")
    drills: list = Field(default_factory=list, description="practice drills: message, accept, difficulty")
    drill_target: float | None = Field(None, description="score over the drills that ticks the drill item")


class LibraryInfo(Wire):
    id: str
    kind: LibraryKind
    name: str
    revision: int
    writable: bool
    owner_id: str | None = None
    pack: PackMeta | None = None


class LibraryList(Wire):
    libraries: list[LibraryInfo]


class PullPage(Wire):
    """``revision`` is the cursor to send as ``since`` next; ``more`` says another page waits.

    ``snapshot`` pages (campaign packs) hold the whole live content at ``revision``: the
    client replaces what it has for that library with exactly these records.
    """

    library_id: str
    revision: int
    more: bool = False
    snapshot: bool = False
    records: list[ScriptRecord]
    pack: PackMeta | None = None


class PushChange(ScriptFields):
    id: Id
    base_revision: Revision = Field(0, description="the revision this edit was based on; 0 for a new script")
    deleted: bool = False


class PushRequest(Wire):
    idempotency_key: Annotated[str, Field(min_length=8, max_length=100, pattern=r"^[A-Za-z0-9_.:\-]+$")]
    changes: Annotated[list[PushChange], Field(max_length=MAX_PUSH_RECORDS)]


class PushStatus(str, enum.Enum):
    APPLIED = "applied"
    CONFLICT = "conflict"


class PushOutcome(Wire):
    id: str
    status: PushStatus
    revision: int = Field(description="the record's revision on the server after this push")
    reason: str = Field("", description="'stale_base' or 'code_taken' for a conflict")
    holder_id: str | None = Field(None, description="for 'code_taken': the script that keeps the code")
    server: ScriptRecord | None = Field(None, description="the server's version of this script, for a conflict")


class PushResponse(Wire):
    library_id: str
    revision: int
    results: list[PushOutcome]
    replayed: bool = False


class PublishResponse(Wire):
    library: LibraryInfo


class NewPack(Wire):
    name: Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_no_nul)]


# -- notifications, images, usage ----------------------------------------------------------
class ChangeEvent(Wire):
    """One SSE ``data:`` line: library ``library_id`` reached ``revision``."""

    library_id: str
    revision: int
    kind: LibraryKind


class MissingImagesRequest(Wire):
    hashes: Annotated[list[Annotated[str, Field(pattern=SHA256_PATTERN)]], Field(max_length=1000)]


class MissingImagesResponse(Wire):
    missing: list[str]


class UsageRow(Wire):
    script_id: Id
    library_id: Id
    hour: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}$", description="UTC hour, e.g. 2026-11-11T02")]
    count: Annotated[int, Field(ge=1, le=1_000_000)]


class UsageUpload(Wire):
    """Counts per script per hour; never chat content."""

    idempotency_key: Annotated[str, Field(min_length=8, max_length=100, pattern=r"^[A-Za-z0-9_.:\-]+$")]
    rows: Annotated[list[UsageRow], Field(max_length=5000)]


class UsageUploadResult(Wire):
    accepted: int
    replayed: bool = False


class UsageReportRow(Wire):
    script_id: str
    library_id: str
    code: str = ""
    title: str = ""
    count: int
    users: int


class UsageReport(Wire):
    since: str
    until: str
    rows: list[UsageReportRow]


class PackReceipt(Wire):
    user_id: str
    username: str
    display_name: str
    version: int
    received_at: str | None


class PackReceipts(Wire):
    library_id: str
    version: int
    receipts: list[PackReceipt]


# -- campaign packs: versions, diff, rollback, broadcast, readiness, usage review ----------------
class PackVersionInfo(Wire):
    version: int
    name: str
    published_at: str
    published_by: str = Field("", description="the publisher's username")
    scripts: int
    notice: str = ""
    note: str = Field("", description="e.g. 'rollback to version 1' or 'incident broadcast'")


class PackVersions(Wire):
    library_id: str
    current: int
    versions: list[PackVersionInfo]


class ScriptChange(Wire):
    script_id: str
    code: str = ""
    title: str = ""
    fields: list[str] = Field(default_factory=list, description="for a changed script: the fields that differ")


class PackDiff(Wire):
    library_id: str
    old: int
    new: int
    added: list[ScriptChange]
    removed: list[ScriptChange]
    changed: list[ScriptChange]
    variables: dict = Field(default_factory=dict, description="name -> [old value or null, new value or null]")
    checklist_added: list[str] = Field(default_factory=list)
    checklist_removed: list[str] = Field(default_factory=list)
    meta: dict = Field(default_factory=dict, description="name/notice/starts_at/ends_at/drill_target -> "
                                                         "[old, new] when changed")
    drills_added: list[str] = Field(default_factory=list, description="buyer messages of drills added")
    drills_removed: list[str] = Field(default_factory=list)
    drills_changed: list[str] = Field(default_factory=list, description="same message, other codes or difficulty")


class RollbackRequest(Wire):
    version: Annotated[int, Field(ge=1, le=1_000_000)]


class BroadcastRequest(Wire):
    title: Annotated[str, Field(min_length=1, max_length=100), AfterValidator(_no_nul)]
    replies: Annotated[list[Annotated[str, Field(min_length=1, max_length=20000), AfterValidator(_no_nul)]],
                       Field(min_length=1, max_length=50)]
    explanation: Annotated[str, Field(max_length=2000), AfterValidator(_no_nul)] = ""
    hours: Annotated[float, Field(gt=0, le=24 * 14)] = 24.0


class TicksRequest(Wire):
    ticked: Annotated[list[Annotated[str, Field(max_length=400), AfterValidator(_no_nul)]], Field(max_length=200)]


class TicksResult(Wire):
    ticked: list[str]
    total: int


class BoardRow(Wire):
    user_id: str
    username: str
    display_name: str
    role: str
    version: int = Field(description="the pack version this person's device has fetched; 0 = none yet")
    received_at: str | None = None
    last_sync: str | None = None
    ticked: int
    total: int
    ticked_items: list[str] = Field(default_factory=list)
    online: bool


class ReadinessBoard(Wire):
    library_id: str
    name: str
    version: int
    checklist: list[str]
    people: int
    on_current_version: int
    ready: int = Field(description="people who ticked every checklist item")
    offline: int
    rows: list[BoardRow]


class UsageScript(Wire):
    script_id: str
    code: str = ""
    title: str = ""
    uses: int
    users: int = 0
    chars: int = Field(0, description="characters of the script's text, per use")
    minutes_saved: float = 0.0


class UsageAgent(Wire):
    user_id: str
    username: str
    uses: int
    minutes_saved: float


class UsageHour(Wire):
    hour: str
    uses: int


class UsageCell(Wire):
    script_id: str
    user_id: str
    hour: str
    uses: int


class PackUsage(Wire):
    library_id: str
    name: str
    version: int
    since: str
    until: str
    chars_per_minute: float
    uses: int
    minutes_saved: float
    scripts: list[UsageScript] = Field(description="every script of the current version and any other used one, "
                                                  "most used first")
    never_used: list[UsageScript]
    agents: list[UsageAgent]
    hours: list[UsageHour]
    cells: list[UsageCell] = Field(default_factory=list, description="uses per script, person and hour")
