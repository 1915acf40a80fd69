"""Lead console: the readiness board (version, last sync, checklist "18 / 20", online)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from sync.client.packs import PackApi
from sync.protocol import ReadinessBoard
from ui.tasks import Tasks

REFRESH_MS = 15_000
WARN = QColor("#b45309")


def local_time(stamp: str | None) -> str:
    if not stamp:
        return "—"
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%m-%d %H:%M")
    except ValueError:
        return stamp


class BoardView(QWidget):
    def __init__(self, tasks: Tasks, packs: PackApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.packs = tasks, packs
        self.library_id: str | None = None
        self.summary = QLabel()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Agent"), self.tr("Role"), self.tr("Version"), self.tr("Last sync"),
                                   self.tr("Checklist"), self.tr("Online")])
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list)

    def show_pack(self, library_id: str | None) -> None:
        self.library_id = library_id
        self.list.clear()
        self.summary.clear()
        self.refresh()

    def showEvent(self, event) -> None:
        self.timer.start(REFRESH_MS)
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        library_id = self.library_id
        if library_id:
            self.tasks.run(lambda: self.packs.board(library_id), self._show, self._failed)

    def _show(self, board: ReadinessBoard) -> None:
        if board.library_id != self.library_id:
            return
        self.list.clear()
        for row in board.rows:
            item = QTreeWidgetItem([row.display_name or row.username, row.role, str(row.version or "—"),
                                    local_time(row.last_sync), f"{row.ticked} / {row.total}",
                                    self.tr("online") if row.online else self.tr("offline")])
            item.setToolTip(4, "\n".join(row.ticked_items))
            behind = {2: row.version != board.version, 4: row.ticked < row.total, 5: not row.online}
            for column in (c for c, late in behind.items() if late):
                item.setForeground(column, QBrush(WARN))
            self.list.addTopLevelItem(item)
        for column in range(6):
            self.list.resizeColumnToContents(column)
        self.summary.setText(self.tr("Version %1 · %2 of %3 on it · %4 ready · %5 offline")
                             .replace("%1", str(board.version)).replace("%2", str(board.on_current_version))
                             .replace("%3", str(board.people)).replace("%4", str(board.ready))
                             .replace("%5", str(board.offline)))

    def _failed(self, exc: Exception) -> None:
        self.summary.setText(self.tr("Failed: %1").replace("%1", getattr(exc, "message", str(exc))))
