"""The lead console (组长控制台): build and publish packs, versions + diff + rollback, incident
broadcast, readiness board, usage review.  One window, one tab per job; the pack chosen at
the top is the one the versions, board and usage tabs show.

Every server call runs on ``Tasks`` workers; the window only shows answers.  It is given
a :class:`PackApi` (signed in as a lead) and a way to load the scripts a lead may put in
a pack, so the app decides which those are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.model import Script
from sync.client.packs import PackApi
from ui.lead_board import BoardView
from ui.lead_broadcast import BroadcastForm
from ui.lead_builder import PackBuilder
from ui.lead_history import VersionsView
from ui.lead_usage import UsageView
from ui.retranslating import Retranslating
from ui.tasks import Tasks


class LeadConsole(Retranslating, QMainWindow):
    def __init__(self, tasks: Tasks, packs: PackApi, load_scripts: Callable[[], list[Script]]) -> None:
        super().__init__()
        self.tasks, self.packs = tasks, packs
        self.pack_choice = QComboBox()
        self.pack_choice.setMinimumWidth(260)
        self.pack_choice.currentIndexChanged.connect(self._pack_chosen)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload_packs)
        self.pack_label = QLabel()
        self.status = QLabel()
        self.builder = PackBuilder(tasks, packs.publish, load_scripts)
        self.versions = VersionsView(tasks, packs)
        self.broadcast = BroadcastForm(tasks, packs)
        self.board = BoardView(tasks, packs)
        self.usage = UsageView(tasks, packs)
        self.tabs = QTabWidget()
        for view in (self.builder, self.versions, self.broadcast, self.board, self.usage):
            self.tabs.addTab(view, "")
        for signal in (self.builder.published, self.versions.rolled_back, self.broadcast.sent):
            signal.connect(lambda info: self.reload_packs(select=info.id))
        top = QHBoxLayout()
        top.addWidget(self.pack_label)
        top.addWidget(self.pack_choice, 1)
        top.addWidget(self.reload_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(body)
        self.resize(900, 680)
        self.retranslate()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kefu Assistant — Lead console"))
        self.pack_label.setText(self.tr("Pack:"))
        self.reload_button.setText(self.tr("Reload"))
        for index, title in enumerate((self.tr("Build && publish"), self.tr("Versions"), self.tr("Incident"),
                                       self.tr("Readiness"), self.tr("Usage review"))):
            self.tabs.setTabText(index, title)

    def showEvent(self, event) -> None:
        if self.pack_choice.count() == 0:
            self.reload_packs()
            self.builder.reload_scripts()
        super().showEvent(event)

    def reload_packs(self, select: str | None = None) -> None:
        chosen = select or self.pack_choice.currentData()
        self.tasks.run(self.packs.list, lambda packs: self._show_packs(packs, chosen), self._failed)

    def _show_packs(self, packs, chosen: str | None) -> None:
        self.pack_choice.blockSignals(True)
        self.pack_choice.clear()
        for info in packs:
            self.pack_choice.addItem(self.tr("%1 (version %2)").replace("%1", info.name)
                                     .replace("%2", str(info.pack.version)), info.id)
        index = max(0, self.pack_choice.findData(chosen)) if packs else -1
        self.pack_choice.setCurrentIndex(index)
        self.pack_choice.blockSignals(False)
        self.status.setText(self.tr("%n pack(s) in the team", "", len(packs)))
        self._pack_chosen()

    def _pack_chosen(self, _index: int = 0) -> None:
        library_id = self.pack_choice.currentData()
        name = self.pack_choice.currentText()
        self.builder.set_current_pack((library_id, name.rsplit(" (", 1)[0]) if library_id else None)
        for view in (self.versions, self.board, self.usage):
            view.show_pack(library_id)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Failed: %1").replace("%1", getattr(exc, "message", str(exc))))



