"""The desktop app's composition root: builds every service once and wires them.

Nothing here reaches for globals: the core, the desktop backend, the clipboard, the
search index and the windows are made here and handed to each other.
"""

from __future__ import annotations

import gc
import logging
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assistant.compose import Composer
from assistant.core import Core, open_core
from assistant.paths import resolve_paths
from assistant.errors import KefuError
from assistant.expansion import Expander
from assistant.paste import PasteDelays, PasteEngine
from assistant.platform import create_desktop
from assistant.platform.base import PlatformUnsupported
from assistant.search import SearchIndex
from sync.cli import signed_in_service
from sync.client.tokens import TokenStore
from ui.clipboard import QtClipboard
from ui.i18n import Translations
from ui.library_window import LibraryWindow
from ui.paste_flow import PasteFlow
from ui.picker import Picker
from ui.store_bridge import StoreBridge
from ui.single_instance import SingleInstance, ask_running_instance, server_name
from ui.tasks import Tasks
from ui.tray import Tray
from ui.variables_dialog import ask_values

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 60 * 60 * 1000  # look once an hour whether the daily backup is due


class App:
    def __init__(self, qt: QApplication, core: Core) -> None:
        self.qt, self.core = qt, core
        self.tasks = Tasks()
        self.bridge = StoreBridge(core.store, self.tasks)
        self.index = SearchIndex(core.store.scripts(), usage=core.store.usage(), reload=core.store.scripts,
                                 prefix=core.settings.get("expansion.prefix"))
        gc.freeze()  # the index is long-lived: keep full collections from pausing a keystroke
        self.bridge.changed.connect(self.index.apply)  # first, so views see a current index
        self.clipboard = QtClipboard(self.tasks)
        self.composer = Composer(core.store)
        self.picker = Picker(self.index, preview=self.composer.preview)
        self.library = LibraryWindow(core, self.index, self.bridge, self.tasks, self.composer)
        self.translations = Translations(core.paths.cache)
        self.tray = Tray()
        self.translations.changed.connect(lambda _language: self.tray.retranslate())
        self.tray.library_requested.connect(self.show_library)
        self.tray.picker_requested.connect(self.open_picker)
        self.tray.quit_requested.connect(qt.quit)
        self.flow = None
        self.monitor = None
        self.troubles: list[str] = []
        try:
            self.desktop = create_desktop()
        except PlatformUnsupported as exc:
            self.desktop = None
            self.troubles.append(str(exc))
        if self.desktop is not None:
            engine = PasteEngine(self.desktop, self.clipboard, PasteDelays.from_settings(core.settings))
            self.flow = PasteFlow(self.tasks, core.store, self.desktop, engine, self.composer, self.picker, ask_values,
                                  clipboard_text=lambda: self.clipboard.save().text,
                                  app_chords=lambda: core.settings.get("paste.app_chords"))
            self.flow.delivered.connect(lambda script, _result: self.index.record_use(script.id))
            self.flow.failed.connect(self.trouble)
            self.monitor = self._watch_typing()
            self.tray.pause_toggled.connect(lambda paused: setattr(self.flow, "paused", paused))
            self._bind_hotkeys()
        self.sync = signed_in_service(core, TokenStore(core.paths.config),
                                      on_state=lambda state: self.tasks.post(lambda: self._sync_state(state)))
        if self.sync is not None:
            self.tray.sync_requested.connect(lambda: self.sync.request_sync())
            self.sync.start()  # its own thread: the UI never waits on the network
        self.backup_timer = QTimer()
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.backup_timer.start(BACKUP_CHECK_MS)
        self.backup_if_due()

    def _watch_typing(self):
        settings = self.core.settings
        if not settings.get("expansion.enabled"):
            return None
        if self.desktop.watch_typing is None:
            self.troubles.append(f"typed codes are not available on {self.desktop.name}; use the picker hotkey")
            return None
        keys = {"space": " ", "tab": "\t", "enter": "\n"}
        expander = Expander(lambda code: next(iter(self.core.store.find_by_code(code)), None),
                            prefix=settings.get("expansion.prefix"),
                            terminators=tuple(keys[k] for k in settings.get("expansion.terminators").split(",")),
                            blocked_apps=frozenset(a.strip() for a in settings.get("expansion.blocked_apps").split(",")))
        try:
            monitor = self.desktop.watch_typing(self.flow.watch_typing(expander))
        except KefuError as exc:
            self.troubles.append(str(exc))
            return None
        monitor.start()
        return monitor

    def _bind_hotkeys(self) -> None:
        try:
            self.flow.bind(self.core.settings.get("hotkey.picker"))
        except KefuError as exc:
            self.troubles.append(str(exc))
        try:
            self.flow.bind_pause(self.core.settings.get("hotkey.pause"), self.tray.pause_action.toggle)
        except KefuError as exc:
            self.troubles.append(str(exc))
        self.troubles += self.flow.bind_script_hotkeys()
        log.info("ready: picker hotkey %s", self.core.settings.get("hotkey.picker"))

    def start(self) -> None:
        try:
            self.translations.switch(self.core.settings.get("ui.language"))
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            self.troubles.append(f"the interface language could not be loaded ({exc}); showing English")
        self.tray.show()
        if not self.tray.available:
            log.info("no system tray on this desktop: the library window stays open instead")
            self.show_library()  # without a tray, closing this window quits the app
        for trouble in self.troubles:
            self.trouble(trouble)

    def _sync_state(self, state) -> None:
        since = state.since.astimezone().strftime("%H:%M") if state.since else ""
        self.tray.show_sync_state(state.status, state.reason, since)
        if state.status in ("error", "signed_out"):
            self.trouble(self.tray.sync_status)

    def open_picker(self) -> None:
        if self.flow is not None:
            self.flow.open_picker(None)
        else:
            self.picker.popup()

    def show_library(self) -> None:
        self.library.show()
        self.library.raise_()
        self.library.activateWindow()

    def trouble(self, message: str) -> None:
        """Something the agent must know (a hotkey taken, a doubtful paste): never silent."""
        log.warning("%s", message)
        self.tray.notify(self.library.tr("Kefu Assistant"), message)
        self.library.statusBar().showMessage(message, 15000)

    def backup_if_due(self) -> None:  # daily backups, also while the app runs for days
        self.tasks.run(self.core.backups.maybe_backup,
                          on_error=lambda exc: log.error("automatic backup failed: %s", exc))

    def close(self) -> None:
        if self.sync is not None:
            self.sync.stop()
        if self.monitor is not None:
            self.monitor.stop()
        if self.desktop is not None:
            self.desktop.hotkeys.close()
        self.bridge.close()
        self.tasks.shutdown()
        self.core.close()


def run() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    qt = QApplication.instance() or QApplication(sys.argv)
    qt.setApplicationName("Kefu Assistant")
    qt.setQuitOnLastWindowClosed(False)
    paths = resolve_paths()
    name = server_name(str(paths.data))
    if ask_running_instance(name):
        log.info("Kefu Assistant is already running: asked it to open the picker")
        return 0
    instance = SingleInstance(name)
    app = App(qt, open_core(paths, starter=True))
    instance.message.connect(lambda _msg: app.open_picker())
    app.start()
    if not app.tray.available:
        qt.setQuitOnLastWindowClosed(True)
    try:
        return qt.exec()
    finally:
        app.close()
