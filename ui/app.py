"""The desktop app's composition root: builds every service once and wires them.

Nothing here reaches for globals: the core, the desktop backend, the clipboard, the
search index and the windows are made here and handed to each other.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assistant.compose import Composer
from assistant.core import Core, open_core
from assistant.errors import KefuError
from assistant.paste import PasteDelays, PasteEngine
from assistant.platform import create_desktop
from assistant.platform.base import PlatformUnsupported
from assistant.search import SearchIndex
from ui.clipboard import QtClipboard
from ui.library_window import LibraryWindow
from ui.paste_flow import PasteFlow
from ui.picker import Picker
from ui.store_bridge import StoreBridge
from ui.tasks import run_in_background
from ui.variables_dialog import ask_values

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 60 * 60 * 1000  # look once an hour whether the daily backup is due


class App:
    def __init__(self, qt: QApplication, core: Core) -> None:
        self.qt, self.core = qt, core
        self.bridge = StoreBridge(core.store)
        self.index = SearchIndex(core.store.scripts(), usage=core.store.usage(),
                                 prefix=core.settings.get("expansion.prefix"))
        self.bridge.changed.connect(self.index.apply)  # first, so views see a current index
        self.clipboard = QtClipboard()
        self.composer = Composer(core.store)
        self.picker = Picker(self.index, preview=self.composer.preview)
        self.library = LibraryWindow(core, self.index, self.bridge)
        self.flow = None
        self.troubles: list[str] = []
        try:
            self.desktop = create_desktop()
        except PlatformUnsupported as exc:
            self.desktop = None
            self.troubles.append(str(exc))
        if self.desktop is not None:
            engine = PasteEngine(self.desktop, self.clipboard, PasteDelays.from_settings(core.settings))
            self.flow = PasteFlow(core.store, self.desktop, engine, self.composer, self.picker, ask_values,
                                  clipboard_text=lambda: self.clipboard.save().text)
            self.flow.delivered.connect(lambda script, _result: self.index.record_use(script.id))
            self.flow.failed.connect(lambda reason: log.warning("paste: %s", reason))
            self._bind_hotkeys()
        self.backup_timer = QTimer()
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.backup_timer.start(BACKUP_CHECK_MS)
        self.backup_if_due()

    def _bind_hotkeys(self) -> None:
        try:
            self.flow.bind(self.core.settings.get("hotkey.picker"))
        except KefuError as exc:
            self.troubles.append(str(exc))
        self.troubles += self.flow.bind_script_hotkeys()
        for trouble in self.troubles:
            log.warning("%s", trouble)
        log.info("ready: picker hotkey %s", self.core.settings.get("hotkey.picker"))

    def backup_if_due(self) -> None:  # daily backups, also while the app runs for days
        run_in_background(self.core.backups.maybe_backup,
                          on_error=lambda exc: log.error("automatic backup failed: %s", exc))

    def close(self) -> None:
        if self.desktop is not None:
            self.desktop.hotkeys.close()
        self.bridge.close()
        self.core.close()


def run() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    qt = QApplication.instance() or QApplication(sys.argv)
    qt.setApplicationName("Kefu Assistant")
    app = App(qt, open_core())
    app.library.show()  # until the tray arrives (issue 5), closing it quits
    try:
        return qt.exec()
    finally:
        app.close()
