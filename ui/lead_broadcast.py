"""Lead console: incident broadcast — a title, reference replies, an explanation, sent in one step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from sync.client.packs import PackApi
from ui.tasks import Tasks


def split_replies(text: str) -> list[str]:
    """Replies are separated by a blank line (a reply may span several lines)."""
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


class BroadcastForm(QWidget):
    sent = Signal(object)

    def __init__(self, tasks: Tasks, packs: PackApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.packs = tasks, packs
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Price slip in the live stream"))
        self.replies = QPlainTextEdit()
        self.replies.setPlaceholderText(self.tr("Reference replies; leave a blank line between two"))
        self.explanation = QPlainTextEdit()
        self.explanation.setPlaceholderText(self.tr("What happened, for the agents"))
        self.explanation.setMaximumHeight(80)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 336)
        self.hours.setValue(24)
        self.hours.setSuffix(self.tr(" h"))
        self.send_button = QPushButton(self.tr("Send to every agent now"))
        self.send_button.clicked.connect(self.send)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Replies"), self.replies)
        form.addRow(self.tr("Explanation"), self.explanation)
        form.addRow(self.tr("On top for"), self.hours)
        form.addRow(self.send_button)
        form.addRow(self.status)

    def send(self) -> None:
        title, replies = self.title.text().strip(), split_replies(self.replies.toPlainText())
        if not title or not replies:
            self.status.setText(self.tr("A broadcast needs a title and at least one reply."))
            return
        explanation, hours = self.explanation.toPlainText().strip(), self.hours.value()
        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))
        self.tasks.run(lambda: self.packs.broadcast(title, replies, explanation, hours), self._done, self._failed)

    def _done(self, info) -> None:
        self.send_button.setEnabled(True)
        self.status.setText(self.tr("Sent “%1”: connected agents have it within seconds.").replace("%1", info.name))
        self.title.clear()
        self.replies.clear()
        self.explanation.clear()
        self.sent.emit(info)

    def _failed(self, exc: Exception) -> None:
        self.send_button.setEnabled(True)
        self.status.setText(self.tr("Not sent: %1").replace("%1", getattr(exc, "message", str(exc))))
