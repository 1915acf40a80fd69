"""The tray icon and its menu: the app's home while it runs in the background.

Where the desktop has no system tray (bare X servers, some Wayland desktops, and
offscreen tests) the app keeps running without one — hotkeys and picker work — and
says so once; the library window is then the way back in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from resources import resource_path


class Tray(QObject):
    picker_requested = Signal()
    library_requested = Signal()
    pause_toggled = Signal(bool)
    sync_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icons = {name: QIcon(str(resource_path("icons", f"{name}.svg"))) for name in ("kefu", "kefu-paused")}
        self.menu = QMenu()
        self.picker_action = QAction(self.menu)
        self.library_action = QAction(self.menu)
        self.pause_action = QAction(self.menu)
        self.pause_action.setCheckable(True)
        self.sync_action = QAction(self.menu)
        self.sync_action.setVisible(False)  # shown once this device is signed in
        self.sync_status = ""
        self.quit_action = QAction(self.menu)
        for action in (self.picker_action, self.library_action, self.sync_action, self.pause_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.picker_action.triggered.connect(self.picker_requested)
        self.library_action.triggered.connect(self.library_requested)
        self.pause_action.toggled.connect(self._paused)
        self.sync_action.triggered.connect(self.sync_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon = QSystemTrayIcon(self.icons["kefu"])
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.picker_action.setText(self.tr("Open picker"))
        self.library_action.setText(self.tr("Script library"))
        self.pause_action.setText(self.tr("Pause hotkeys"))
        self.sync_action.setText(self.tr("Sync now"))
        self.quit_action.setText(self.tr("Quit"))
        self._update_tooltip()

    def show(self) -> None:
        if self.available:
            self.icon.show()

    def notify(self, title: str, message: str) -> None:
        if self.available:
            self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 5000)

    def _paused(self, paused: bool) -> None:
        self.icon.setIcon(self.icons["kefu-paused" if paused else "kefu"])
        self._update_tooltip()
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
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        paused = self.pause_action.isChecked()
        text = self.tr("Kefu Assistant — paused") if paused else self.tr("Kefu Assistant")
        self.icon.setToolTip(text + (f"\n{self.sync_status}" if self.sync_status else ""))

    def _activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.picker_requested.emit()
