"""My stats: the scripts I use most, and my uses per day (last 30 days) and per hour."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from assistant.usage_stats import UsageStats, usage_stats
from ui.bar_chart import BarChart
from ui.retranslating import Retranslating


class StatsWindow(Retranslating, QWidget):
    def __init__(self, core, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.tasks = core, tasks
        self.stats: UsageStats | None = None
        self.summary = QLabel()
        self.top = QTreeWidget()
        self.top.setRootIsDecorated(False)
        self.daily, self.hourly = BarChart(), BarChart()
        self.top_box, self.daily_box, self.hourly_box = QGroupBox(), QGroupBox(), QGroupBox()
        for box, widget in ((self.top_box, self.top), (self.daily_box, self.daily), (self.hourly_box, self.hourly)):
            QVBoxLayout(box).addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.top_box, 2)
        layout.addWidget(self.daily_box, 1)
        layout.addWidget(self.hourly_box, 1)
        self.resize(640, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kefu Assistant — My stats"))
        self.top.setHeaderLabels([self.tr("Code"), self.tr("Title"), self.tr("Uses")])
        self.top_box.setTitle(self.tr("Scripts I use most"))
        self.daily_box.setTitle(self.tr("Uses per day (last 30 days)"))
        self.hourly_box.setTitle(self.tr("Uses per hour of the day"))
        self._show()

    def refresh(self) -> None:
        """Count again off the UI thread (the store is on disk)."""
        self.tasks.run(lambda: usage_stats(self.core.store), on_done=self._loaded)

    def _loaded(self, stats: UsageStats) -> None:
        self.stats = stats
        self._show()

    def _show(self) -> None:
        stats = self.stats
        if stats is None:
            self.summary.setText(self.tr("Counting…"))
            return
        self.summary.setText(self.tr("%n use(s) in all", "", stats.total))
        self.top.clear()
        for entry in stats.top:
            item = QTreeWidgetItem([entry.code, entry.title or self.tr("(deleted script)"), str(entry.uses)])
            self.top.addTopLevelItem(item)
        self.top.resizeColumnToContents(0)
        self.top.resizeColumnToContents(1)
        self.daily.set_bars("", [(f"{d.month}/{d.day}", n) for d, n in stats.per_day])
        self.hourly.set_bars("", [(str(hour), n) for hour, n in enumerate(stats.per_hour)])
