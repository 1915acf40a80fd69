"""The clipboard through QClipboard, usable from the paste worker thread.

Inside a Qt process only Qt may touch the X selection (an outside reader such as
xclip or pyperclip would deadlock against our own selection owner), so the paste
engine's clipboard is this class.  Every call is carried out on the UI thread: from
another thread it is handed over with a blocking queued call, so the worker waits,
never the UI.

* ``save`` keeps every format the clipboard offers (text, HTML, images, file lists).
* ``put`` marks our temporary content so clipboard managers skip it
  (``x-kde-passwordManagerHint: secret`` for Klipper/CopyQ on X11; Windows'
  ``ExcludeClipboardContentFromMonitorProcessing``/``CanIncludeInClipboardHistory``;
  macOS ``org.nspasteboard.ConcealedType``) and adds a private token format, so
  ``holds_ours`` can tell our content from anything copied since.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import deque
from typing import Any, Callable

from PySide6.QtCore import QByteArray, QMimeData, QThread
from PySide6.QtGui import QClipboard, QGuiApplication, QImage

from assistant.platform.base import BUSY_CHANGES, ClipboardSnapshot, clipboard_busy
from ui.tasks import Tasks

TOKEN_FORMAT = "application/x-kefu-paste-token"
_CONCEALED = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
    "application/x-nspasteboard-concealed-type": b"secret",
}


class _Tracked(QMimeData):
    """Our content; tells when another program reads it (X11 and Windows render lazily)."""

    def __init__(self, on_read: Callable[[], None]) -> None:
        super().__init__()
        self._on_read = on_read

    def retrieveData(self, mime: str, preferred):
        if mime != TOKEN_FORMAT and mime not in _CONCEALED:
            self._on_read()
        return super().retrieveData(mime, preferred)  # called on the UI thread, by Qt


def _set_and_own(data: QMimeData) -> bool:
    """UI thread.  Sets the clipboard; True when it really is ours now.  On X11 Qt asks
    the server who owns the selection (``mimeData()`` is then our own object), whereas
    ``ownsClipboard()`` trusts Qt's own notes — wrong when the server refused us, e.g.
    for a timestamp older than another program's copy."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(data)
    return clipboard.mimeData() is data


class QtClipboard:
    """Made on the UI thread (it listens to the clipboard's changes there)."""

    def __init__(self, tasks: Tasks) -> None:
        self.tasks = tasks
        self._token: bytes | None = None
        self._fetched = threading.Event()
        self._foreign_changes: deque[float] = deque(maxlen=BUSY_CHANGES)
        # What the clipboard holds, known without asking: the snapshot we restored last,
        # while we still own the clipboard.  Agents paste many times between two copies,
        # so most pastes need not read every format again.
        self._restored: ClipboardSnapshot | None = None
        QGuiApplication.clipboard().changed.connect(self._changed)

    def _changed(self, mode) -> None:
        """A change we did not make (put and restore own the clipboard: those are ours)."""
        if mode == QClipboard.Mode.Clipboard and not QGuiApplication.clipboard().ownsClipboard():
            self._restored = None
            self._foreign_changes.append(time.monotonic())

    def busy(self) -> bool:
        return clipboard_busy(self._foreign_changes, time.monotonic())

    def _on_ui(self, fn: Callable[[], Any]) -> Any:
        return self.tasks.call_on_ui(fn)

    # -- Clipboard protocol -------------------------------------------------------------
    def save(self) -> ClipboardSnapshot:
        if self._restored is not None:
            return self._restored  # (a change another program made this very moment is seen
            # once the UI thread has handled its event: the agent cannot copy and paste that fast)

        def read() -> ClipboardSnapshot:
            data = QGuiApplication.clipboard().mimeData()
            formats = {}
            if data is not None:
                for fmt in data.formats():
                    formats[fmt] = bytes(data.data(fmt).data())
            return ClipboardSnapshot(formats)

        return self._on_ui(read)

    def put(self, text: str | None = None, image: bytes | None = None) -> bool:
        def write() -> bool:
            data = _Tracked(self._fetched.set)
            if text is not None:
                data.setText(text)
            if image is not None:
                data.setImageData(QImage.fromData(image))
            for fmt, value in _CONCEALED.items():
                data.setData(fmt, QByteArray(value))
            self._token = uuid.uuid4().hex.encode()
            self._restored = None
            data.setData(TOKEN_FORMAT, QByteArray(self._token))
            self._fetched.clear()
            return _set_and_own(data)  # asked in the same trip to the UI thread: one hop less per paste

        return self._on_ui(write)

    def wait_fetched(self, timeout: float) -> bool | None:
        """Waits on the calling (worker) thread; the read itself is served by the UI thread."""
        if QThread.currentThread() is self.tasks.thread():
            return None  # waiting here would stop the event loop that serves the read
        return self._fetched.wait(timeout)

    def holds_ours(self) -> bool:
        return self._on_ui(self._holds_token)

    def _holds_token(self) -> bool:
        """UI thread.  On X11 Qt asks the server who owns the selection, so this is exact."""
        data = QGuiApplication.clipboard().mimeData()
        return bool(self._token and data is not None and data.hasFormat(TOKEN_FORMAT)
                    and bytes(data.data(TOKEN_FORMAT).data()) == self._token)

    def restore(self, snapshot: ClipboardSnapshot) -> None:
        def write() -> None:
            self._token = None
            # An empty clipboard comes back as an empty one *we* own, not as no owner: a
            # clipboard without owner would look like another program's change (busy()).
            data = QMimeData()
            for fmt, value in snapshot.formats.items():
                data.setData(fmt, QByteArray(value))
            self._restored = snapshot if _set_and_own(data) else None

        self._on_ui(write)

    def text(self) -> str:
        return self._on_ui(lambda: QGuiApplication.clipboard().text())
