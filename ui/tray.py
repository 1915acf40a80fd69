"""The tray icon and its menu: the app's home while it runs in the background.

The icon shows one state, the most urgent first: paused (hotkeys off), offline or a
sync error, a new campaign pack not yet looked at, else synced.  Each state has its
own icon and tooltip.  The menu opens every window; the lead console entry shows only
for leads (``set_lead(True)``) and "Sync now" only once this device is signed in.

Where the desktop has no system tray (bare X servers, some Wayland desktops, and
offscreen tests) the app keeps running without one — hotkeys and picker work — and
says so once; the library window is then the way back in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from resources import resource_path

ICONS = {"synced": "kefu", "offline": "kefu-offline", "paused": "kefu-paused", "new_pack": "kefu-new-pack"}
TROUBLED = ("offline", "error", "signed_out")


class Tray(QObject):
    picker_requested = Signal()
    library_requested = Signal()
    qa_requested = Signal()
    drills_requested = Signal()
    stats_requested = Signal()
    lead_console_requested = Signal()
    packs_requested = Signal()
    sync_requested = Signal()
    pause_toggled = Signal(bool)
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icons: dict[str, QIcon] = {}
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.sync_status = ""
        self.sync_trouble = False
        self.new_pack = ""  # the name of a pack not yet looked at
        entries = (
            ("picker_action", self.picker_requested),
            ("library_action", self.library_requested),
            ("qa_action", self.qa_requested),
            ("drills_action", self.drills_requested),
            ("stats_action", self.stats_requested),
            ("lead_action", self.lead_console_requested),
            None,
            ("packs_action", self._packs_opened),
            ("sync_action", self.sync_requested),
            ("pause_action", None),
            ("settings_action", self.settings_requested),
            None,
            ("quit_action", self.quit_requested),
        )
        for entry in entries:
            if entry is None:
                self.menu.addSeparator()
                continue
            name, target = entry
            action = QAction(self.menu)
            action.setObjectName(name)
            setattr(self, name, action)
            self.menu.addAction(action)
            if target is not None:
                action.triggered.connect(target)
        self.lead_action.setVisible(False)  # leads only: set_lead(True)
        self.sync_action.setVisible(False)  # shown once this device is signed in
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self._paused)
        self.icon = QSystemTrayIcon(self._icon("synced"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self.retranslate()

    def _icon(self, state: str) -> QIcon:
        if state not in self.icons:  # loaded when first shown: no SVG parsing before the tray is up
            self.icons[state] = QIcon(str(resource_path("icons", f"{ICONS[state]}.svg")))
        return self.icons[state]

    def retranslate(self) -> None:
        self.picker_action.setText(self.tr("Open picker"))
        self.library_action.setText(self.tr("Script library"))
        self.qa_action.setText(self.tr("Q&&A"))  # && : a plain &, not a mnemonic
        self.drills_action.setText(self.tr("Practice"))
        self.stats_action.setText(self.tr("My stats"))
        self.lead_action.setText(self.tr("Lead console"))
        self.packs_action.setText(self.tr("Campaign packs"))
        self.sync_action.setText(self.tr("Sync now"))
        self.pause_action.setText(self.tr("Pause hotkeys"))
        self.settings_action.setText(self.tr("Settings"))
        self.quit_action.setText(self.tr("Quit"))
        self._update()

    def show(self) -> None:
        if self.available:
            self.icon.show()

    def set_lead(self, lead: bool) -> None:
        self.lead_action.setVisible(lead)

    # -- state ----------------------------------------------------------------------------
    @property
    def state(self) -> str:
        """'paused', 'offline' (also a sync error), 'new_pack' or 'synced'."""
        if self.pause_action.isChecked():
            return "paused"
        if self.sync_trouble:
            return "offline"
        if self.new_pack:
            return "new_pack"
        return "synced"

    def _paused(self, paused: bool) -> None:
        self._update()
        self.pause_toggled.emit(paused)

    def show_sync_state(self, status: str, reason: str = "", since: str = "") -> None:
        """Sync state in words: synced / syncing / offline since … / error with its reason."""
        self.sync_action.setVisible(True)
        words = {
            "synced": self.tr("synced"),
            "syncing": self.tr("syncing…"),
            "offline": self.tr("offline since %1").replace("%1", since),
            "error": self.tr("sync error: %1").replace("%1", reason),
            "signed_out": self.tr("signed out: %1").replace("%1", reason),
        }
        self.sync_status = words.get(status, status)
        self.sync_trouble = status in TROUBLED
        self._update()

    def _packs_opened(self) -> None:
        self.new_pack = ""
        self._update()
        self.packs_requested.emit()

    def _update(self) -> None:
        state = self.state
        self.icon.setIcon(self._icon(state))
        lines = [self.tr("Kefu Assistant — paused") if state == "paused" else self.tr("Kefu Assistant")]
        if self.sync_status:
            lines.append(self.sync_status)
        if self.new_pack:
            lines.append(self.tr("New campaign pack: %1").replace("%1", self.new_pack))
        self.icon.setToolTip("\n".join(lines))

    # -- notifications ----------------------------------------------------------------------
    def notify(self, title: str, text: str) -> None:
        if self.available:
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 5000)

    def notify_new_pack(self, name: str, notice: str = "") -> None:
        """A campaign pack arrived: a notification, and the new-pack icon until the packs are opened."""
        self.new_pack = name
        self._update()
        self.notify(self.tr("New campaign pack: %1").replace("%1", name), notice or name)

    def notify_trouble(self, text: str) -> None:
        """Something the agent must know (a hotkey taken, sync or input trouble)."""
        if self.available:
            self.icon.showMessage(self.tr("Kefu Assistant — problem"), text,
                                  QSystemTrayIcon.MessageIcon.Warning, 10000)

    def _message_clicked(self) -> None:
        if self.new_pack:
            self._packs_opened()

    def _activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.picker_requested.emit()
