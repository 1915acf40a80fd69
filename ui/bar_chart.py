"""A small bar chart painted with QPainter: labels under the bars, the value above the highest."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[int] = []
        self.labels: list[str] = []
        self.label_every = 1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, values: list[int], labels: list[str], label_every: int = 1) -> None:
        self.values, self.labels, self.label_every = list(values), list(labels), max(1, label_every)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 160)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_height = self.fontMetrics().height()
        area = QRectF(self.rect()).adjusted(4, text_height + 4, -4, -(text_height + 4))
        if not self.values or area.width() <= 0:
            return
        top = max(max(self.values), 1)
        slot = area.width() / len(self.values)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        peak = self.values.index(top) if top in self.values else -1  # the highest bar says its value
        for i, value in enumerate(self.values):
            height = area.height() * value / top
            bar = QRectF(area.left() + i * slot + slot * 0.15, area.bottom() - height, slot * 0.7, height)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            if i == peak and value:
                painter.drawText(self._label_rect(bar.center().x(), bar.top() - text_height - 2, text_height),
                                 Qt.AlignmentFlag.AlignHCenter, str(value))
            if i % self.label_every == 0 and i < len(self.labels):
                painter.drawText(self._label_rect(bar.center().x(), area.bottom() + 2, text_height),
                                 Qt.AlignmentFlag.AlignHCenter, self.labels[i])
        painter.end()

    def _label_rect(self, centre: float, top: float, height: float) -> QRectF:
        """A label box centred on ``centre``, kept inside the widget."""
        width = self.fontMetrics().horizontalAdvance("00/00") + 8
        left = min(max(0.0, centre - width / 2), self.width() - width)
        return QRectF(left, top, width, height)
