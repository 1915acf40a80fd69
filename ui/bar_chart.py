"""A small painted bar chart (labels under the bars, values above): no QtCharts needed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#2563eb")


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float]] = []
        self.title = ""
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def set_bars(self, title: str, bars: list[tuple[str, float]]) -> None:
        self.title, self.bars = title, list(bars)
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.bars:
            return
        top, bottom = line * 2.2, self.height() - line * 1.4
        peak = max(v for _l, v in self.bars) or 1
        slot = self.width() / len(self.bars)
        width = min(48.0, max(2.0, slot * 0.7))
        step = max(1, int(len(self.bars) * metrics.horizontalAdvance("00-00 00") / max(1, self.width())) + 1)
        for n, (label, value) in enumerate(self.bars):
            x = n * slot + (slot - width) / 2
            height = (bottom - top) * value / peak
            painter.fillRect(QRectF(x, bottom - height, width, height), BAR)
            if slot > metrics.horizontalAdvance(f"{value:g}"):
                painter.drawText(QRectF(n * slot, bottom - height - line, slot, line),
                                 Qt.AlignmentFlag.AlignCenter, f"{value:g}")
            if n % step == 0:
                painter.drawText(QRectF(n * slot - slot, bottom + 2, slot * 3, line), Qt.AlignmentFlag.AlignCenter,
                                 label)
        painter.end()
