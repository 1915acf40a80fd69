"""The core concepts and their rules: libraries, categories, scripts (话术).

Rules decided here (and documented in the README):

* A **code** (快捷编码) is 1-32 characters after NFKC normalisation (full-width letters
  and digits become half-width).  It may hold letters of any script (so ``购物金`` and
  ``tk退款`` are codes), digits, and ``_ - .``; no spaces, no punctuation that chat
  apps or the expansion prefix use, no emoji.  Codes are compared case-insensitively.
  A script may have no code: it is then found by search only.
* Inside one library a code is unique among live scripts (trashed ones do not count).
* Several libraries may hold the same code.  Which one a typed code expands to is the
  fixed order of :data:`LIBRARY_PRECEDENCE` (an active campaign pack, then the agent's
  own library, then the team library, then the built-in one); every such clash is
  listed by ``Store.code_clashes`` and shown, never silently resolved.
* A body is at most :data:`MAX_BODY_CHARS` characters; a title at most
  :data:`MAX_TITLE_CHARS`; an image at most :data:`MAX_IMAGE_BYTES`, stored once by
  its SHA-256.
"""

from __future__ import annotations

import enum
import hashlib
import re
import unicodedata
import uuid
from dataclasses import dataclass, field, replace

from assistant.errors import ValidationError

MAX_CODE_CHARS = 32
MAX_TITLE_CHARS = 200
MAX_BODY_CHARS = 10_000
MAX_KEYWORDS = 50
MAX_KEYWORD_CHARS = 50
MAX_CATEGORY_CHARS = 64
MAX_CATEGORY_DEPTH = 6
MAX_IMAGE_BYTES = 5 * 1024 * 1024
UNCATEGORISED = "未分组"
CATEGORY_SEPARATOR = "/"

_CODE_RE = re.compile(r"^[\w.\-]+$")


class LibraryKind(str, enum.Enum):
    PERSONAL = "personal"
    TEAM = "team"
    BUILTIN = "builtin"
    CAMPAIGN = "campaign"


# Which library wins when a code exists in several: lower index wins.
LIBRARY_PRECEDENCE = (LibraryKind.CAMPAIGN, LibraryKind.PERSONAL, LibraryKind.TEAM, LibraryKind.BUILTIN)


class OutputMode(str, enum.Enum):
    PASTE = "paste"
    PASTE_ENTER = "paste_enter"
    COPY = "copy"
    TYPE = "type"


class ImagePosition(str, enum.Enum):
    BEFORE_TEXT = "before"
    AFTER_TEXT = "after"


class ScriptState(str, enum.Enum):
    ACTIVE = "active"
    TRASHED = "trashed"  # in the trash, restorable
    PURGED = "purged"  # tombstone: gone for the user, kept so the delete can sync


def new_id() -> str:
    return str(uuid.uuid4())


def normalize_code(code: str) -> str:
    """The canonical form of a code: NFKC, trimmed.  Case is kept for display."""
    return unicodedata.normalize("NFKC", code or "").strip()


def code_key(code: str) -> str:
    """The form codes are compared in (case-insensitive)."""
    return normalize_code(code).casefold()


def validate_code(code: str) -> str:
    code = normalize_code(code)
    if not code:
        return ""
    if len(code) > MAX_CODE_CHARS:
        raise ValidationError("code", f"'{code}' is longer than {MAX_CODE_CHARS} characters", value=code,
                              problem="too_long", limit=MAX_CODE_CHARS)
    if not _CODE_RE.match(code):
        raise ValidationError(
            "code",
            f"'{code}' may only hold letters (Chinese too), digits, '_', '-' and '.'",
            value=code,
            problem="bad_characters",
        )
    return code


def normalize_category(path: str | None) -> tuple[str, ...]:
    """'售后/退款' -> ('售后', '退款'); empty -> ('未分组',)."""
    parts = tuple(p.strip() for p in (path or "").replace("\\", CATEGORY_SEPARATOR).split(CATEGORY_SEPARATOR))
    parts = tuple(p for p in parts if p)
    if not parts:
        return (UNCATEGORISED,)
    if len(parts) > MAX_CATEGORY_DEPTH:
        raise ValidationError("category", f"'{path}' is nested deeper than {MAX_CATEGORY_DEPTH} levels", value=path,
                              problem="too_deep", limit=MAX_CATEGORY_DEPTH)
    for part in parts:
        if len(part) > MAX_CATEGORY_CHARS:
            raise ValidationError("category", f"'{part}' is longer than {MAX_CATEGORY_CHARS} characters", value=path,
                                  problem="too_long", limit=MAX_CATEGORY_CHARS)
    return parts


def normalize_keywords(keywords) -> tuple[str, ...]:
    if isinstance(keywords, str):
        keywords = re.split(r"[,，;；、\s]+", keywords)
    seen: list[str] = []
    for word in keywords or ():
        word = unicodedata.normalize("NFKC", str(word)).strip()
        if word and word not in seen:
            if len(word) > MAX_KEYWORD_CHARS:
                raise ValidationError("keywords", f"'{word[:20]}…' is longer than {MAX_KEYWORD_CHARS} characters",
                                      value=word, problem="too_long", limit=MAX_KEYWORD_CHARS)
            seen.append(word)
    if len(seen) > MAX_KEYWORDS:
        raise ValidationError("keywords", f"more than {MAX_KEYWORDS} keywords", problem="too_many", limit=MAX_KEYWORDS)
    return tuple(seen)


@dataclass(frozen=True)
class Library:
    id: str
    kind: LibraryKind
    name: str
    read_only: bool = False


@dataclass(frozen=True)
class Script:
    """One quick reply.  ``category`` is a path of names, e.g. ('售后', '退款')."""

    id: str
    library_id: str
    code: str
    title: str
    body: str
    category: tuple[str, ...] = (UNCATEGORISED,)
    keywords: tuple[str, ...] = ()
    output_mode: OutputMode = OutputMode.PASTE
    hotkey: str = ""
    image_hash: str | None = None
    image_position: ImagePosition = ImagePosition.BEFORE_TEXT
    favourite: bool = False
    state: ScriptState = ScriptState.ACTIVE
    created_at: str = ""
    updated_at: str = ""
    revision: int = 0

    @property
    def category_path(self) -> str:
        return CATEGORY_SEPARATOR.join(self.category)

    @property
    def version(self) -> str:
        """What an editor loaded, to save only over that (see ``Store.update_script``).

        A fingerprint of the content, the state and ``updated_at``: every write that
        changes what the script says or whether it is live changes it.  Not the sync
        ``revision`` (a push acknowledged changes nothing the agent sees) nor
        ``favourite`` (the agent's own mark, kept across edits)."""
        facts = (self.updated_at, self.state.value, self.code, self.title, self.body, self.category,
                 self.keywords, self.output_mode.value, self.hotkey, self.image_hash or "",
                 self.image_position.value)
        return hashlib.sha1(repr(facts).encode("utf-8")).hexdigest()[:16]

    def with_changes(self, **changes) -> "Script":
        return replace(self, **changes)


@dataclass(frozen=True)
class ScriptDraft:
    """What an editor, a CLI call or an import row wants a script to be.

    ``validated()`` applies every model rule and returns a clean draft or raises
    :class:`ValidationError` naming the field.
    """

    code: str = ""
    title: str = ""
    body: str = ""
    category: str | tuple[str, ...] = ""
    keywords: tuple[str, ...] | str = ()
    output_mode: OutputMode | str = OutputMode.PASTE
    hotkey: str = ""
    image: bytes | None = None
    image_hash: str | None = None
    image_position: ImagePosition | str = ImagePosition.BEFORE_TEXT
    favourite: bool = False
    id: str | None = None
    extra: dict = field(default_factory=dict)

    def validated(self) -> "ScriptDraft":
        code = validate_code(self.code)
        body = (self.body or "").replace("\r\n", "\n").replace("\r", "\n")
        if len(body) > MAX_BODY_CHARS:
            raise ValidationError("body", f"{len(body)} characters, more than the limit of {MAX_BODY_CHARS}",
                                  problem="too_long", limit=MAX_BODY_CHARS, size=len(body))
        if not body.strip() and not self.image and not self.image_hash:
            raise ValidationError("body", "is empty", problem="empty")
        title = " ".join((self.title or "").split())
        if not title:
            title = _title_from_body(body)
        if len(title) > MAX_TITLE_CHARS:
            raise ValidationError("title", f"longer than {MAX_TITLE_CHARS} characters", problem="too_long",
                                  limit=MAX_TITLE_CHARS)
        raw_category = self.category
        if isinstance(raw_category, tuple):
            raw_category = CATEGORY_SEPARATOR.join(raw_category)
        category = normalize_category(raw_category)
        try:
            mode = OutputMode(self.output_mode or OutputMode.PASTE)
        except ValueError:
            raise ValidationError("output_mode", f"'{self.output_mode}' is not one of paste, paste_enter, copy, type",
                                  value=str(self.output_mode), problem="unknown")
        try:
            position = ImagePosition(self.image_position or ImagePosition.BEFORE_TEXT)
        except ValueError:
            raise ValidationError("image_position", f"'{self.image_position}' is not before or after",
                                  value=str(self.image_position), problem="unknown")
        if self.image is not None and len(self.image) > MAX_IMAGE_BYTES:
            raise ValidationError("image", f"{len(self.image)} bytes, more than {MAX_IMAGE_BYTES}", problem="too_large",
                                  limit=MAX_IMAGE_BYTES, size=len(self.image))
        return replace(
            self,
            code=code,
            title=title,
            body=body,
            category=category,
            keywords=normalize_keywords(self.keywords),
            output_mode=mode,
            image_position=position,
            hotkey=(self.hotkey or "").strip(),
        )


def _title_from_body(body: str) -> str:
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return first[:30] + ("…" if len(first) > 30 else "")


@dataclass(frozen=True)
class CodeClash:
    """One code held by live scripts in several libraries, and which one wins."""

    code: str
    winner: Script
    others: tuple[Script, ...]
