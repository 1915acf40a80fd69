"""Lead console: usage review (复盘) of a pack — top scripts, never used, per agent, a chart of
uses per hour, time saved at a stated typing speed; export to .xlsx or .csv."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sync.client.packs import PackApi
from sync.protocol import PackUsage
from ui.bar_chart import BarChart
from ui.tasks import Tasks

DEFAULT_SPEED = 50.0  # characters a minute, as the server's default (docs/packs.md)


def local_hour(hour: str) -> str:
    try:
        return datetime.fromisoformat(hour + ":00+00:00").astimezone().strftime("%m-%d %H")
    except ValueError:
        return hour


class UsageView(QWidget):
    def __init__(self, tasks: Tasks, packs: PackApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.packs = tasks, packs
        self.library_id: str | None = None
        self.report: PackUsage | None = None
        self.speed = QDoubleSpinBox()
        self.speed.setRange(5, 500)
        self.speed.setDecimals(0)
        self.speed.setValue(DEFAULT_SPEED)
        self.speed.setSuffix(self.tr(" chars/min"))
        self.speed.setToolTip(self.tr("Typing speed used for the time saved"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.xlsx_button = QPushButton(self.tr("Export .xlsx…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.csv_button = QPushButton(self.tr("Export .csv…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.chart = BarChart()
        self.scripts = QTreeWidget()
        self.scripts.setRootIsDecorated(False)
        self.scripts.setHeaderLabels([self.tr("Code"), self.tr("Title"), self.tr("Uses"), self.tr("Agents"),
                                      self.tr("Minutes saved")])
        self.agents = QTreeWidget()
        self.agents.setRootIsDecorated(False)
        self.agents.setHeaderLabels([self.tr("Agent"), self.tr("Uses"), self.tr("Minutes saved")])
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Typing speed")))
        tools.addWidget(self.speed)
        tools.addWidget(self.refresh_button)
        tools.addStretch()
        tools.addWidget(self.xlsx_button)
        tools.addWidget(self.csv_button)
        tables = QSplitter()
        tables.addWidget(self.scripts)
        tables.addWidget(self.agents)
        tables.setSizes([500, 250])
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(tables, 1)
        self._enable()

    def _enable(self) -> None:
        for button in (self.refresh_button, self.xlsx_button, self.csv_button):
            button.setEnabled(self.library_id is not None)

    def show_pack(self, library_id: str | None) -> None:
        self.library_id = library_id
        self._enable()
        self.refresh()

    def refresh(self) -> None:
        library_id, speed = self.library_id, self.speed.value()
        if library_id:
            self.tasks.run(lambda: self.packs.usage(library_id, chars_per_minute=speed), self._show, self._failed)

    def _show(self, report: PackUsage) -> None:
        if report.library_id != self.library_id:
            return
        self.report = report
        self.summary.setText(
            self.tr("%n use(s) · %1 minutes saved at %2 characters a minute · never used: %3", "", report.uses)
            .replace("%1", f"{report.minutes_saved:g}").replace("%2", f"{report.chars_per_minute:g}")
            .replace("%3", str(len(report.never_used))))
        self.chart.set_bars(self.tr("Uses per hour"), [(local_hour(h.hour), h.uses) for h in report.hours])
        self.scripts.clear()
        for s in report.scripts:
            item = QTreeWidgetItem([s.code, s.title, str(s.uses), str(s.users), f"{s.minutes_saved:g}"])
            if s.uses == 0:
                item.setToolTip(0, self.tr("never used"))
            self.scripts.addTopLevelItem(item)
        self.agents.clear()
        for a in report.agents:
            self.agents.addTopLevelItem(QTreeWidgetItem([a.username, str(a.uses), f"{a.minutes_saved:g}"]))
        for view in (self.scripts, self.agents):
            view.resizeColumnToContents(0)

    def export(self, kind: str, path: str | None = None) -> None:
        if not self.library_id:
            return
        if path is None:
            pattern = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("CSV file (*.csv)")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export usage review"),
                                                        f"usage.{kind}", pattern)
            if not path:
                return
        library_id, speed = self.library_id, self.speed.value()

        def work() -> str:
            data = self.packs.usage_file(library_id, kind, chars_per_minute=speed)
            target = Path(path)
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(data)
            partial.replace(target)
            return str(target)

        self.tasks.run(work, lambda where: self.summary.setText(self.tr("Exported to %1").replace("%1", where)),
                       self._failed)

    def _failed(self, exc: Exception) -> None:
        self.summary.setText(self.tr("Failed: %1").replace("%1", getattr(exc, "message", str(exc))))
