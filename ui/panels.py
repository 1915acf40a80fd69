"""The secondary windows behind the tray menu: Q&A, drills, settings, my stats.

Each window is made the first time it is asked for (start-up stays fast) and then
shown, raised and focused.  The app listens to three signals: ``paste_requested``
(a Q&A reply to paste into the chat window that was active before), ``setting_changed``
(apply it live) and ``sync_changed`` (signed in or out: restart the sync service).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class Panels(QObject):
    paste_requested = Signal(str)
    setting_changed = Signal(str)
    sync_changed = Signal()
    drills_practised = Signal()  # a practice round is over: a pack's drill item may tick

    def __init__(self, core, index, tasks, translations, token_store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core, self.index, self.tasks = core, index, tasks
        self.translations, self.token_store = translations, token_store
        self.qa = self.drills = self.settings = self.stats = None

    @staticmethod
    def _present(window: QWidget) -> QWidget:
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_qa(self) -> QWidget:
        if self.qa is None:
            from ui.qa_browser import QABrowser

            self.qa = QABrowser(self.tasks)
            self.qa.paste_requested.connect(self.paste_requested)
        return self._present(self.qa)

    def show_drills(self) -> QWidget:
        if self.drills is None:
            from assistant import pack_drills
            from ui.drill_window import DrillWindow

            store = self.core.store
            self.drills = DrillWindow(self.core, self.index, self.tasks, sets=lambda: pack_drills.drill_sets(store))
            self.drills.practised.connect(self.drills_practised)
        return self._present(self.drills)

    def show_settings(self) -> QWidget:
        if self.settings is None:
            from ui.settings_dialog import SettingsDialog

            self.settings = SettingsDialog(self.core, self.tasks, self.token_store)
            self.settings.setting_changed.connect(self.setting_changed)
            self.settings.sync_changed.connect(self.sync_changed)
        return self._present(self.settings)

    def show_stats(self) -> QWidget:
        if self.stats is None:
            from ui.stats_window import StatsWindow

            self.stats = StatsWindow(self.core, self.tasks)
        self.stats.refresh()  # counts change with every paste
        return self._present(self.stats)

    def close(self) -> None:
        for window in (self.qa, self.drills, self.settings, self.stats):
            if window is not None:
                window.close()
                window.deleteLater()
