"""A translated sentence for an error the core raised (its English facts kept in brackets)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assistant.errors import (
    ChangedElsewhereError,
    ConflictError,
    FormatError,
    KefuError,
    NotFoundError,
    ReadOnlyError,
    ValidationError,
)


def error_text(error: Exception) -> str:
    kinds = (
        (ChangedElsewhereError, QCoreApplication.translate("Errors", "it was changed elsewhere meanwhile (%1)")),
        (ConflictError, QCoreApplication.translate("Errors", "already taken (%1)")),
        (ReadOnlyError, QCoreApplication.translate("Errors", "the library is read-only (%1)")),
        (ValidationError, QCoreApplication.translate("Errors", "a value is not valid (%1)")),
        (FormatError, QCoreApplication.translate("Errors", "the file cannot be read (%1)")),
        (NotFoundError, QCoreApplication.translate("Errors", "it no longer exists (%1)")),
        (KefuError, "%1"),
    )
    for kind, text in kinds:
        if isinstance(error, kind):
            return text.replace("%1", str(error))
    return QCoreApplication.translate("Errors", "unexpected error (%1)").replace("%1", str(error))
