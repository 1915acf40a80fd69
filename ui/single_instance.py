"""One app per user and data folder: a second launch asks the running one to open the
picker, then exits.  A local socket (named pipe on Windows) named after the data folder,
so two portable copies or two test homes never talk to each other."""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 500


def server_name(data_folder: str) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}|{data_folder}".encode()).hexdigest()[:16]
    return f"kefu-assistant-{digest}"


def ask_running_instance(name: str, message: bytes = b"picker") -> bool:
    """True when another instance answered (it will act on the message)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(message + b"\n")
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    message = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        QLocalServer.removeServer(name)  # a stale socket left by a crash
        if not self.server.listen(name):
            raise RuntimeError(f"cannot listen on {name}: {self.server.errorString()}")
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            self.message.emit(bytes(socket.readLine().data()).decode().strip())
