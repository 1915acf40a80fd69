"""A mixin for windows that redo their texts when the interface language switches."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Put before the Qt base class; the window defines ``retranslate()``."""

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
