"""Typed errors of the core.

The core never builds user-facing sentences for the UI: every error carries a stable
``code`` and the facts (``details``) so the UI can translate it.  ``str(error)`` is a
plain English one-liner for the CLI and logs, naming what is wrong and where.
"""

from __future__ import annotations


class KefuError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.details = details


class ValidationError(KefuError):
    """A value breaks a model rule (code, body size, category name...)."""

    code = "invalid"

    def __init__(self, field: str, message: str, **details: object) -> None:
        super().__init__(f"{field}: {message}", field=field, **details)
        self.field = field


class ConflictError(KefuError):
    """The write would break uniqueness (a code already used in that library)."""

    code = "conflict"


class ChangedElsewhereError(ConflictError):
    """A save was made against a version of the script that is no longer the stored one
    (sync, the CLI or another window changed or deleted it meanwhile)."""

    code = "changed_elsewhere"


class NotFoundError(KefuError):
    code = "not_found"


class ReadOnlyError(KefuError):
    """The library cannot be written by this user (built-in, or team for an agent)."""

    code = "read_only"


class FormatError(KefuError):
    """A file cannot be read at all: wrong encoding, binary junk, missing columns."""

    code = "bad_file"

    def __init__(self, path: str, message: str, **details: object) -> None:
        super().__init__(f"{path}: {message}", path=path, **details)


class StoreError(KefuError):
    """The database cannot be opened or is damaged."""

    code = "store"
