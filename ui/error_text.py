"""A translated sentence for an error the core raised (its English facts kept in brackets)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assistant.errors import ConflictError, FormatError, KefuError, NotFoundError, ReadOnlyError, ValidationError


def error_text(error: Exception) -> str:
    t = lambda s: QCoreApplication.translate("Errors", s)  # noqa: E731
    kinds = ((ConflictError, t("already taken (%1)")), (ReadOnlyError, t("the library is read-only (%1)")),
             (ValidationError, t("a value is not valid (%1)")), (FormatError, t("the file cannot be read (%1)")),
             (NotFoundError, t("it no longer exists (%1)")), (KefuError, "%1"))
    for kind, text in kinds:
        if isinstance(error, kind):
            return text.replace("%1", str(error))
    return t("unexpected error (%1)").replace("%1", str(error))
