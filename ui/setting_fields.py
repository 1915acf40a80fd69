"""Editors bound to settings: every change checked by the setting's own rules, written off
the UI thread, and a refused value shown next to its field while nothing changes."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from assistant.errors import KefuError
from assistant.settings import SETTINGS
from ui.setting_errors import describe


class SettingFields(QObject):
    changed = Signal(str)  # a setting was written

    def __init__(self, settings, tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings, self.tasks = settings, tasks
        self.errors: dict[str, QLabel] = {}
        self.extra_checks: dict[str, Callable[[object], str | None]] = {}
        self.values: dict[str, object] = {}  # what the editors show (settings.all(), read off the UI thread)

    def error_label(self, name: str) -> QLabel:
        label = self.errors.get(name)
        if label is None:
            label = self.errors[name] = QLabel()
            label.setObjectName("settingError")
            label.setWordWrap(True)
            label.setStyleSheet("color: #c62828;")
            label.hide()
        return label

    def show_error(self, name: str, message: str) -> None:
        label = self.error_label(name)
        label.setText(message)
        label.setVisible(bool(message))

    def apply(self, name: str, value, on_done: Callable[[], None] | None = None) -> bool:
        """Check ``value`` for setting ``name`` now; write it in the background when good."""
        try:
            SETTINGS[name].check(value)
        except KefuError as exc:
            self.show_error(name, describe(name, exc))
            return False
        problem = self.extra_checks.get(name, lambda _v: None)(value)
        if problem:
            self.show_error(name, problem)
            return False
        self.show_error(name, "")
        if self.values.get(name) == value:
            return True
        self.values[name] = value

        def done(_result) -> None:
            self.changed.emit(name)
            if on_done:
                on_done()

        self.tasks.run(lambda: self.settings.set(name, value), on_done=done,
                       on_error=lambda exc: self.show_error(name, str(exc)))
        return True
