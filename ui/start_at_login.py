"""The "start at login" checkbox for the settings dialog.

Reading the setting and writing the OS entry (a file, a registry value) happen on a
worker through ``Tasks``; the box is disabled meanwhile.  When the entry cannot be
written, the box goes back to what it was and says why underneath.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from assistant.platform.autostart import SETTING, Autostart
from ui.retranslating import Retranslating


class StartAtLoginBox(Retranslating, QWidget):
    applied = Signal(bool)  # the OS entry and the setting now say this
    failed = Signal(str)

    def __init__(self, settings, autostart: Autostart, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.autostart, self.tasks = settings, autostart, tasks
        self.checkbox = QCheckBox()
        self.checkbox.setEnabled(False)  # until the stored value is read
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checkbox)
        layout.addWidget(self.error)
        self.retranslate()
        self.checkbox.toggled.connect(self._toggled)
        self.tasks.run(lambda: bool(self.settings.get(SETTING)), on_done=self._loaded, on_error=self._load_failed)

    def retranslate(self) -> None:
        self.checkbox.setText(self.tr("Start Kefu Assistant when I log in"))


    def _loaded(self, enabled: bool) -> None:
        self._show(enabled)
        self.checkbox.setEnabled(True)

    def _load_failed(self, exc: Exception) -> None:
        self._fail(self.tr("Could not read the setting: %1").replace("%1", str(exc)))

    def _show(self, enabled: bool) -> None:
        self.checkbox.blockSignals(True)
        self.checkbox.setChecked(enabled)
        self.checkbox.blockSignals(False)

    def _toggled(self, enabled: bool) -> None:
        self.checkbox.setEnabled(False)
        self.error.hide()

        def work() -> bool:
            self.autostart.apply(enabled)  # the OS entry first: if it fails, the setting stays
            self.settings.set(SETTING, enabled)
            return enabled

        self.tasks.run(work, on_done=self._done, on_error=lambda exc: self._undo(enabled, exc))

    def _done(self, enabled: bool) -> None:
        self.checkbox.setEnabled(True)
        self.applied.emit(enabled)

    def _undo(self, wanted: bool, exc: Exception) -> None:
        self._show(not wanted)
        self.checkbox.setEnabled(True)
        if wanted:
            self._fail(self.tr("Could not turn on start at login: %1").replace("%1", str(exc)))
        else:
            self._fail(self.tr("Could not turn off start at login: %1").replace("%1", str(exc)))

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.failed.emit(message)
