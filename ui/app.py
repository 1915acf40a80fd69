"""The desktop app's composition root: builds every service once and wires them.

Nothing here reaches for globals: the core, the desktop backend, the clipboard, the
search index and the windows are made here and handed to each other.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from assistant.compose import Composer
from assistant.core import Core, open_core
from assistant.paths import resolve_paths
from assistant.errors import KefuError
from assistant.expansion import Expander
from assistant.paste import PasteDelays, PasteEngine
from assistant.platform import create_desktop
from assistant.platform.autostart import apply_start_at_login
from assistant.platform.base import PlatformUnsupported
from assistant.model import LibraryKind
from assistant.search import SearchIndex
from assistant.search.pinyin import release_dictionary
from ui.clipboard import QtClipboard
from ui.i18n import Translations
from ui.pack_schedule import PackSchedule
from ui.pack_views import PackArchiveWindow
from ui.panels import Panels
from ui.paste_flow import PasteFlow
from ui.picker import Picker
from ui.single_instance import SingleInstance, ask_running_instance, server_name
from ui.store_bridge import StoreBridge
from ui.tasks import Tasks
from ui.theme import apply_theme
from ui.tray import Tray
from ui.variables_dialog import ask_values
from ui.welcome import Welcome

log = logging.getLogger(__name__)

SYNC_SERVER_KEY = "sync.server"  # sync.cli.SERVER_KEY, read before importing the sync client
BACKUP_CHECK_MS = 60 * 60 * 1000  # look once an hour whether the daily backup is due


def release_free_memory() -> None:
    """Hand the heap freed after a big build back to the system (glibc keeps it otherwise)."""
    gc.collect()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not glibc (musl): nothing to trim
            pass


def is_lead(service) -> bool:
    """Whether the signed-in person may use the lead console; offline at start: not shown
    (the server refuses a non-lead anyway, so this only keeps the menu honest)."""
    from sync.client.http import SyncError

    try:
        return service.api.me().role in ("lead", "admin")
    except (SyncError, OSError) as exc:
        log.info("role not known yet (%s): lead console hidden", exc)
        return False


class LazyTokenStore:
    """``sync.client.tokens.TokenStore``, made on first use: importing it loads keyring
    (~11 MiB, ~30 ms), which a device that never signs in does not need at start-up."""

    def __init__(self, config_dir) -> None:
        self._config_dir = config_dir
        self._store = None

    def __getattr__(self, name: str):
        if self._store is None:
            from sync.client.tokens import TokenStore

            self._store = TokenStore(self._config_dir)
        return getattr(self._store, name)


class App:
    """Startup order, for a tray up in well under a second with a 10k-script library:
    the tray, the picker (empty, "loading") and the hotkeys first; the starter
    library, the search index, per-script hotkeys and sync are made on a worker and
    handed over when ready (:meth:`_index_ready`) — the picker is usable from then on.
    """

    def __init__(self, qt: QApplication, core: Core, starter: bool = False) -> None:
        self.qt, self.core = qt, core
        self.starter = starter  # seed or update the built-in starter library (on the worker)
        self.tasks = Tasks()
        self.bridge = StoreBridge(core.store, self.tasks)
        # empty at once (windows keep this object); filled by the worker's build (_index_ready)
        self.index = SearchIndex((), reload=core.store.scripts, prefix=core.settings.get("expansion.prefix"))
        self.index_ready = False
        self.closed = False
        self._early_changes: list = []  # store changes that came while it was built
        self.bridge.changed.connect(self._store_changed)  # first, so views see a current index
        self.clipboard = QtClipboard(self.tasks)
        self.composer = Composer(core.store, team_variables=lambda: self.pack_schedule.variables())
        self.picker = Picker(None, preview=self.composer.preview, tasks=self.tasks, store=core.store)
        self.library = None  # made when first shown, once the index is ready
        self._library_wanted = False
        self.welcome: Welcome | None = None
        self.translations = Translations(core.paths.cache)
        self.tray = Tray()
        self.translations.changed.connect(lambda _language: self.tray.retranslate())
        self.tray.library_requested.connect(self.show_library)
        self.tray.picker_requested.connect(self.open_picker)
        self.picker.new_requested.connect(self.new_script)
        self.picker.edit_requested.connect(self.edit_script)
        self.tray.quit_requested.connect(qt.quit)
        self.flow = None
        self.monitor = None
        self.sync = None
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
                                  app_chords=lambda: core.settings.get("paste.app_chords"),
                                  newline_chord=lambda: core.settings.get("paste.newline_chord"))
            self.flow.delivered.connect(lambda script, _result: self.index.record_use(script.id))
            self.flow.delivered.connect(lambda _script, _result: self.picker.after_send())  # pinned: stays open
            self.flow.failed.connect(self.trouble)
            self.monitor = self._watch_typing()
            self.tray.pause_toggled.connect(lambda paused: setattr(self.flow, "paused", paused))
            self._bind_hotkeys()
        self.tray.sync_requested.connect(lambda: self.sync and self.sync.request_sync())
        self.tokens = LazyTokenStore(core.paths.config)
        self.panels = Panels(core, self.index, self.tasks, self.translations, self.tokens)
        self.panels.setting_changed.connect(self.apply_setting)
        # campaign packs (issue 7): the schedule puts active packs on top of the picker.
        # The schedule is first applied once the index is built (_index_ready).
        self.pack_schedule = PackSchedule(self.tasks, core.store, self.index)
        self.packs_window: PackArchiveWindow | None = None  # made when first opened
        self.lead_console = None  # made once sync is up (_start_sync): it talks to the server
        self.qa_target = None  # the chat window a Q&A reply goes to: active when the Q&A was opened
        self.panels.paste_requested.connect(self.paste_reply)
        self.panels.sync_changed.connect(self.restart_sync)
        self.tray.qa_requested.connect(self.show_qa)
        self.tray.drills_requested.connect(self.panels.show_drills)
        self.panels.drills_practised.connect(lambda: self.sync and self.tasks.run(self.sync.refresh_drill_ticks))
        self.tray.stats_requested.connect(self.panels.show_stats)
        self.tray.settings_requested.connect(self.panels.show_settings)
        self.tray.packs_requested.connect(self.show_packs)
        self.tray.lead_console_requested.connect(self.show_lead_console)
        self.backup_timer = QTimer()
        self.backup_timer.timeout.connect(self.backup_if_due)

    # -- the index, built off the UI thread -------------------------------------------------
    def _build_index(self) -> None:
        core, starter = self.core, self.starter

        def work():
            if starter:
                from assistant.content import ensure_builtin

                ensure_builtin(core.store)
            store = core.store
            scripts = store.scripts()
            index = SearchIndex(scripts, usage=store.usage(), reload=store.scripts,
                                prefix=core.settings.get("expansion.prefix"),
                                library_kinds={lib.id: lib.kind for lib in store.libraries()})
            release_dictionary()
            release_free_memory()
            return index, [s for s in scripts if s.hotkey]

        self.tasks.run(work, on_done=self._index_ready,
                       on_error=lambda exc: self.trouble(f"the script library could not be loaded: {exc}"))

    def _index_ready(self, built) -> None:
        if self.closed:
            return
        index, hotkey_scripts = built
        self.index.adopt(index)
        index = self.index
        self.index_ready = True
        for change in self._early_changes:
            self._store_changed(change)
        self._early_changes.clear()
        self.pack_schedule.refresh()
        gc.freeze()  # the index is long-lived: keep full collections from pausing a keystroke
        self.picker.set_index(index)
        if self.flow is not None:
            for trouble in self.flow.bind_script_hotkeys(hotkey_scripts):
                self.trouble(trouble)
        if self.welcome is not None:
            self.welcome.set_scripts(len(index))
        if self._library_wanted:
            self.show_library()
        # tests/xserver.AppProcess waits for this line: hotkeys bound and the picker searchable
        log.info("ready: picker hotkey %s, %d scripts", self.core.settings.get("hotkey.picker"), len(index))

    def _store_changed(self, change) -> None:
        index = self.index
        if not self.index_ready:
            self._early_changes.append(change)
            return
        if any(index.library_kind(s.library_id) is None for s in change.upserted) or change.reset:
            store = self.core.store
            self.tasks.run(lambda: {lib.id: lib.kind for lib in store.libraries()}, on_done=index.set_library_kinds)
        index.apply(change)

    def _start_sync(self) -> None:
        """Sign-in state and the sync client (requests, pydantic, the keyring) on a worker."""
        core = self.core

        def work():
            if not core.store.get_setting(SYNC_SERVER_KEY):  # never signed in: no sync client at all
                return None, False
            from sync.cli import signed_in_service

            service = signed_in_service(core, self.tokens,
                                        on_state=lambda state: self.tasks.post(lambda: self._sync_state(state)),
                                        on_pack=lambda meta: self.tasks.post(lambda: self._pack_arrived(meta)))
            return service, service is not None and is_lead(service)

        def done(started) -> None:
            service, lead = started
            self.sync = service
            if service is not None:
                from sync.client.packs import PackApi
                from ui.lead_console import LeadConsole

                self.lead_console = LeadConsole(self.tasks, PackApi(service.api), self._scripts_for_packs)
                self.tray.set_lead(lead)
                service.start()  # its own thread: the UI never waits on the network

        self.tasks.run(work, on_done=done, on_error=lambda exc: self.trouble(f"sync could not start: {exc}"))

    def _watch_typing(self):
        settings = self.core.settings
        if not settings.get("expansion.enabled"):
            return None
        if self.desktop.watch_typing is None:
            self.troubles.append(f"typed codes are not available on {self.desktop.name}; use the picker hotkey")
            return None
        keys = {"space": " ", "tab": "\t", "enter": "\n"}
        expander = Expander(self.resolve_code,
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

    def resolve_code(self, code: str):
        """The script a typed code stands for (the winning library first); an expired
        campaign pack's codes no longer fire, as its scripts left the picker."""
        archived = self.index.archived_libraries  # one read: the UI thread may swap it
        return next((s for s in self.core.store.find_by_code(code) if s.library_id not in archived), None)

    def _bind_hotkeys(self) -> None:
        self.hotkeys_bound = {name: self.core.settings.get(name) for name in ("hotkey.picker", "hotkey.pause")}
        try:
            self.flow.bind(self.core.settings.get("hotkey.picker"))
        except KefuError as exc:
            self.troubles.append(str(exc))
        try:
            self.flow.bind_pause(self.core.settings.get("hotkey.pause"), self.tray.pause_action.toggle)
        except KefuError as exc:
            self.troubles.append(str(exc))

    def start(self) -> None:
        try:
            self.translations.switch(self.core.settings.get("ui.language"))
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            self.troubles.append(f"the interface language could not be loaded ({exc}); showing English")
        self.tasks.run(lambda: apply_start_at_login(self.core.settings),  # the entry follows the app when it moves
                       on_error=lambda exc: self.trouble(f"start at login could not be updated: {exc}"))
        if self.core.settings.get("ui.theme") != "system":
            apply_theme(self.core.settings.get("ui.theme"))
        self.tray.show()
        self._build_index()
        self._start_sync()
        if not self.tray.available:
            log.info("no system tray on this desktop: the library window stays open instead")
            self.show_library()  # without a tray, closing this window quits the app
        if not self.core.settings.get("ui.welcome_shown"):
            self.show_welcome()
        for trouble in self.troubles:
            self.trouble(trouble)
        self.backup_timer.start(BACKUP_CHECK_MS)
        self.backup_if_due()

    def show_welcome(self) -> None:
        hotkey = self.core.settings.get("hotkey.picker")
        self.welcome = Welcome(hotkey)
        self.welcome.try_requested.connect(self.open_picker)
        if self.index_ready:
            self.welcome.set_scripts(len(self.index))
        self.welcome.show()
        settings = self.core.settings
        self.tasks.run(lambda: settings.set("ui.welcome_shown", True))

    def apply_setting(self, name: str) -> None:
        """Apply live a setting the settings window just wrote; a failure is told, never silent."""
        settings = self.core.settings
        try:
            if name == "ui.language":
                self.translations.switch(settings.get(name))
            elif name == "ui.theme":
                apply_theme(settings.get(name))
            elif name.startswith("hotkey.") and self.flow is not None:
                self._rebind_hotkey(name)
            elif name.startswith("expansion."):
                self.index.prefix = settings.get("expansion.prefix")
                if self.flow is not None:
                    if self.monitor is not None:
                        self.monitor.stop()
                    known = len(self.troubles)
                    self.monitor = self._watch_typing()
                    for trouble in self.troubles[known:]:
                        self.trouble(trouble)
            elif name.startswith("paste.") and self.flow is not None:
                self.flow.engine.delays = PasteDelays.from_settings(settings)  # paste.app_chords, .newline_chord: read per paste
        except (KefuError, ValueError, RuntimeError, OSError, subprocess.SubprocessError) as exc:
            self.trouble(str(exc))

    def _rebind_hotkey(self, name: str) -> None:
        old, new = self.hotkeys_bound.get(name), self.core.settings.get(name)
        bind = (self.flow.bind if name == "hotkey.picker"
                else lambda chord: self.flow.bind_pause(chord, self.tray.pause_action.toggle))
        if old:
            self.desktop.hotkeys.unregister(old)
        try:
            bind(new)
        except KefuError:
            if old:
                bind(old)  # keep the hotkey that worked
            raise
        self.hotkeys_bound[name] = new

    def _sync_state(self, state) -> None:
        since = state.since.astimezone().strftime("%H:%M") if state.since else ""
        self.tray.show_sync_state(state.status, state.reason, since)
        if state.status in ("error", "signed_out"):
            self.trouble(self.tray.sync_status)

    def _pack_arrived(self, meta: dict) -> None:
        """A new pack or version reached this device (on the UI thread, from the sync thread)."""
        self.tray.notify_new_pack(meta.get("name") or meta["library_id"], meta.get("notice", ""))
        self.pack_schedule.refresh()
        if self.packs_window is not None and self.packs_window.isVisible():
            self.packs_window.refresh(meta["library_id"])

    def _scripts_for_packs(self) -> list:
        """What a lead may put in a pack: their own and the team's scripts (worker thread)."""
        store = self.core.store
        kinds = (LibraryKind.PERSONAL, LibraryKind.TEAM)
        return [s for lib in store.libraries() if lib.kind in kinds for s in store.scripts(lib.id)]

    def show_qa(self) -> None:
        if self.desktop is not None:
            current = self.desktop.windows.current()
            ours = {int(w.winId()) for w in QApplication.topLevelWidgets() if w.isVisible()}
            if current is not None and current.handle not in ours:
                self.qa_target = current
        self.panels.show_qa()

    def paste_reply(self, text: str) -> None:
        """A Q&A reference reply: pasted into the chat window active before the Q&A opened."""
        if self.flow is None:
            QApplication.clipboard().setText(text)
            self.trouble(QCoreApplication.translate("App", "Copied: paste it into the chat with Ctrl+V"))
            return
        self.flow.send_text(text, self.qa_target)

    def restart_sync(self) -> None:
        """Signed in or out from the settings window: the sync client follows."""
        old, self.sync = self.sync, None
        self.lead_console = None
        self.tray.set_lead(False)
        self.tasks.run(lambda: old.stop() if old is not None else None,  # its thread may take a moment to end
                       on_done=lambda _: self._start_sync())

    def show_packs(self) -> None:
        if self.packs_window is None:
            self.packs_window = PackArchiveWindow(
                self.tasks, self.core.store, lambda pack, ticked: self.sync.tick(pack, ticked) if self.sync else None)
        self.packs_window.show()
        self.packs_window.raise_()
        self.packs_window.activateWindow()

    def show_lead_console(self) -> None:
        if self.lead_console is None:
            self.trouble(QCoreApplication.translate("App", "Sign in to the team server first: "
                                                           "kefu login SERVER USERNAME"))
            return
        self.lead_console.show()
        self.lead_console.raise_()
        self.lead_console.activateWindow()

    def open_picker(self) -> None:
        if self.flow is not None:
            self.flow.open_picker(None)
        else:
            self.picker.popup()

    def show_library(self) -> None:
        if not self.index_ready:  # shown the moment the index is ready
            self._library_wanted = True
            return
        self._library_window().present()

    def _library_window(self):
        if self.library is None:
            from ui.library_window import LibraryWindow  # with import/export: openpyxl, jsonschema (~40 MiB)

            self.library = LibraryWindow(self.core, self.index, self.bridge, self.tasks, self.composer)
            if self.troubles:
                self.library.statusBar().showMessage(self.troubles[-1], 15000)
        return self.library

    def new_script(self, text: str) -> None:
        """The picker's Ctrl+N: the editor opens with what was typed."""
        if self.index_ready:
            self._library_window().new_script(text)

    def edit_script(self, script_id: str) -> None:
        """The picker's Ctrl+E."""
        if self.index_ready:
            self._library_window().edit_script(script_id)

    def trouble(self, message: str) -> None:
        """Something the agent must know (a hotkey taken, a doubtful paste): never silent."""
        log.warning("%s", message)
        if message not in self.troubles:
            self.troubles.append(message)
        self.tray.notify_trouble(message)
        if self.library is not None:
            self.library.statusBar().showMessage(message, 15000)

    def backup_if_due(self) -> None:  # daily backups, also while the app runs for days
        self.tasks.run(self.core.backups.maybe_backup,
                          on_error=lambda exc: log.error("automatic backup failed: %s", exc))

    def close(self) -> None:
        self.closed = True
        self.panels.close()
        if self.sync is not None:
            self.sync.stop()
        if self.monitor is not None:
            self.monitor.stop()
        if self.desktop is not None:
            self.desktop.hotkeys.close()
        self.bridge.close()
        self.tasks.shutdown()
        self.core.close()


def launch() -> tuple[QApplication, App, SingleInstance] | None:
    """Everything up to the event loop; None when another instance took over."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    qt = QApplication.instance() or QApplication(sys.argv)
    qt.setApplicationName("Kefu Assistant")
    qt.setQuitOnLastWindowClosed(False)
    paths = resolve_paths()
    name = server_name(str(paths.data))
    if ask_running_instance(name):
        log.info("Kefu Assistant is already running: asked it to open the picker")
        return None
    instance = SingleInstance(name)
    app = App(qt, open_core(paths), starter=True)
    instance.message.connect(lambda _msg: app.open_picker())
    app.start()
    if not app.tray.available:
        qt.setQuitOnLastWindowClosed(True)
    return qt, app, instance


def run() -> int:
    launched = launch()
    if launched is None:
        return 0
    qt, app, _instance = launched
    try:
        return qt.exec()
    finally:
        app.close()
