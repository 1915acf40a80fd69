"""Settings page: the team sync server, sign in and sign out.

Signing in asks the server for a device token off the UI thread (as ``kefu login``
does: sync/cli.py); the token goes to the OS keyring through ``TokenStore`` and the
server address to the store.  Signing out forgets the token; the local library stays.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sync.cli import SERVER_KEY

from ui.retranslating import Retranslating


def _login(store, tokens, server: str, username: str, password: str) -> str:
    from sync.client.http import SyncApi

    answer = SyncApi(server).login(username, password, device=socket.gethostname())
    tokens.set(server, answer.token)
    store.set_setting(SERVER_KEY, server)
    return tokens.backend


def _signed_in(store, tokens) -> tuple[str, bool, str]:
    server = store.get_setting(SERVER_KEY) or ""
    return server, bool(server and tokens.get(server)), tokens.backend


def _logout(store, tokens) -> None:
    server = store.get_setting(SERVER_KEY)
    if server:
        tokens.delete(server)


class SyncPage(Retranslating, QWidget):
    sync_changed = Signal()

    def __init__(self, core, tasks, token_store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.tasks, self.tokens = core, tasks, token_store
        self.state: tuple[str, bool, str] | None = None
        self.busy = False
        self.server, self.username, self.password = QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in, self.sign_out = QPushButton(), QPushButton()
        self.status, self.error = QLabel(), QLabel()
        self.status.setWordWrap(True)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.form = QFormLayout()
        self.server_label, self.username_label, self.password_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.server_label, self.server)
        self.form.addRow(self.username_label, self.username)
        self.form.addRow(self.password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in)
        buttons.addWidget(self.sign_out)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.sign_in.clicked.connect(self.login)
        self.password.returnPressed.connect(self.login)
        self.sign_out.clicked.connect(self.logout)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.server_label.setText(self.tr("Server"))
        self.username_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        self.server.setPlaceholderText("https://kefu.example.com")
        self.sign_in.setText(self.tr("Sign in"))
        self.sign_out.setText(self.tr("Sign out"))
        self._show_state()

    def reload(self) -> None:
        self.tasks.run(lambda: _signed_in(self.core.store, self.tokens), on_done=self._loaded)

    def _loaded(self, state) -> None:
        self.state = state
        if state[0] and not self.server.text():
            self.server.setText(state[0])
        self._show_state()

    def _show_state(self) -> None:
        if self.busy:
            self.status.setText(self.tr("Signing in…"))
            return
        if self.state is None:
            self.status.setText(self.tr("Loading…"))
            return
        server, signed_in, backend = self.state
        if signed_in:
            where = self.tr("the system keyring") if backend == "keyring" else self.tr(
                "a file only you can read (this system has no keyring)")
            self.status.setText(self.tr("Signed in to %1. The sign-in is kept in %2.").replace(
                "%1", server).replace("%2", where))
        else:
            self.status.setText(self.tr("Not signed in: your library stays on this computer only."))
        self.sign_out.setEnabled(signed_in)

    def login(self) -> None:
        server, username, password = self.server.text().strip().rstrip("/"), self.username.text().strip(), \
            self.password.text()
        if not server.startswith(("http://", "https://")):
            self.error.setText(self.tr("Server: write the address with http:// or https://"))
            return
        if not username or not password:
            self.error.setText(self.tr("Enter your user name and password."))
            return
        if self.busy:
            return
        self.busy = True
        self.error.clear()
        self._show_state()
        store, tokens = self.core.store, self.tokens

        def done(backend) -> None:
            self.busy = False
            self.password.clear()
            self.state = (server, True, backend)
            self._show_state()
            self.sync_changed.emit()

        def failed(exc) -> None:
            self.busy = False
            self.error.setText(self.tr("Could not sign in: %1").replace("%1", str(exc)))
            self._show_state()

        self.tasks.run(lambda: _login(store, tokens, server, username, password), on_done=done, on_error=failed)

    def logout(self) -> None:
        def done(_result) -> None:
            self.state = (self.state[0] if self.state else "", False, self.tokens.backend)
            self._show_state()
            self.sync_changed.emit()

        self.tasks.run(lambda: _logout(self.core.store, self.tokens), on_done=done)
