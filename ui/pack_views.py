"""Agents' pack views: the pack archive (every pack on this device — active, upcoming or
archived — with its notice, team variables and scripts, pinned first) and the readiness
checklist dialog.  Store reads run on ``Tasks`` workers; ticks go to ``on_ticks`` (the app
hands them to the sync service, which keeps them and sends them with the next round)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant import drills, pack_window
from assistant.content.load import ContentError
from ui.retranslating import Retranslating
from ui.tasks import Tasks


def drill_target(info: pack_window.PackInfo) -> float | None:
    try:
        return drills.pack_target({"drills": info.drills, "drill_target": info.drill_target})
    except ContentError:
        return None


class ChecklistDialog(QDialog):
    """One checkbox per item; OK keeps the ticked set.  ``automatic`` items (the drill item)
    are shown but cannot be ticked by hand: the app ticks them from the drill results."""

    def __init__(self, name: str, items: list[str], ticked: list[str], parent: QWidget | None = None,
                 automatic: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checklist: %1").replace("%1", name))
        self.boxes: list[QCheckBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick what you have done; your lead sees it on the readiness board.")))
        for item in items:
            box = QCheckBox(item)
            box.setChecked(item in ticked)
            if item in automatic:
                box.setEnabled(False)
                box.setToolTip(self.tr("Ticks itself when your practice score over this pack's drills reaches "
                                       "the target (Practice drills in the tray menu)."))
            box.toggled.connect(self._count)
            self.boxes.append(box)
            layout.addWidget(box)
        self.counter = QLabel()
        layout.addWidget(self.counter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._count()

    def ticked(self) -> list[str]:
        return [box.text() for box in self.boxes if box.isChecked()]

    def _count(self) -> None:
        self.counter.setText(self.tr("%1 / %2 ready").replace("%1", str(len(self.ticked())))
                             .replace("%2", str(len(self.boxes))))


class PackArchiveWindow(Retranslating, QMainWindow):
    def __init__(self, tasks: Tasks, store, on_ticks: Callable[[str, list[str]], None]) -> None:
        super().__init__()
        self.tasks, self.store, self.on_ticks = tasks, store, on_ticks
        self.plan: pack_window.Schedule | None = None
        self.dialog: ChecklistDialog | None = None
        self.packs = QListWidget()
        self.packs.currentRowChanged.connect(self._pack_chosen)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.variables = QLabel()
        self.variables.setWordWrap(True)
        self.scripts = QTreeWidget()
        self.scripts.setRootIsDecorated(False)
        self.checklist_button = QPushButton()
        self.checklist_button.clicked.connect(self.open_checklist)
        right = QWidget()
        side = QVBoxLayout(right)
        side.addWidget(self.notice)
        side.addWidget(self.variables)
        side.addWidget(self.scripts, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.checklist_button)
        side.addLayout(row)
        split = QSplitter()
        split.addWidget(self.packs)
        split.addWidget(right)
        split.setSizes([260, 560])
        self.setCentralWidget(split)
        self.resize(860, 520)
        self.retranslate()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kefu Assistant — Campaign packs"))
        self.scripts.setHeaderLabels([self.tr("Pinned"), self.tr("Code"), self.tr("Title")])
        self.checklist_button.setText(self.tr("Checklist…"))
        if self.plan is not None:
            self._show(self.plan, self.selected_id())

    def state_label(self, state: str) -> str:
        return {pack_window.ACTIVE: self.tr("on now"), pack_window.UPCOMING: self.tr("not started"),
                pack_window.ARCHIVED: self.tr("archived")}[state]

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self, select: str | None = None) -> None:
        chosen = select or self.selected_id()
        self.tasks.run(lambda: pack_window.schedule(self.store), lambda plan: self._show(plan, chosen))

    def selected_id(self) -> str | None:
        item = self.packs.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self, plan: pack_window.Schedule, chosen: str | None) -> None:
        self.plan = plan
        self.packs.blockSignals(True)
        self.packs.clear()
        for info in plan.packs:
            label = f"{info.meta['name']} · {self.state_label(info.state)}"
            if info.meta.get("checklist"):
                label += f" · {len(info.ticked)} / {len(info.meta['checklist'])}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, info.library_id)
            if info.state == pack_window.ARCHIVED:
                item.setForeground(Qt.GlobalColor.gray)
            self.packs.addItem(item)
        ids = [p.library_id for p in plan.packs]
        self.packs.setCurrentRow(ids.index(chosen) if chosen in ids else (0 if ids else -1))
        self.packs.blockSignals(False)
        self._pack_chosen(self.packs.currentRow())

    def info(self) -> pack_window.PackInfo | None:
        library_id = self.selected_id()
        return next((p for p in self.plan.packs if p.library_id == library_id), None) if self.plan else None

    def _pack_chosen(self, _row: int) -> None:
        info = self.info()
        self.scripts.clear()
        self.checklist_button.setEnabled(bool(info and info.meta.get("checklist")))
        if info is None:
            self.notice.setText(self.tr("No campaign packs yet."))
            self.variables.clear()
            return
        self.notice.setText(info.meta.get("notice") or "")
        values = "  ".join(f"{k} = {v}" for k, v in (info.meta.get("variables") or {}).items())
        self.variables.setText(self.tr("Team variables: %1").replace("%1", values) if values else "")
        library_id, pinned = info.library_id, info.pinned
        self.tasks.run(lambda: pack_window.pinned_first(self.store.scripts(library_id), pinned),
                       lambda scripts: self._show_scripts(library_id, pinned, scripts))

    def _show_scripts(self, library_id: str, pinned: list[str], scripts) -> None:
        if library_id != self.selected_id():
            return
        place = {code.casefold(): n for n, code in enumerate(pinned, 1)}
        self.scripts.clear()
        for script in scripts:
            item = QTreeWidgetItem([str(place.get(script.code.casefold(), "")), script.code, script.title])
            item.setToolTip(2, script.body)
            self.scripts.addTopLevelItem(item)
        self.scripts.resizeColumnToContents(0)
        self.scripts.resizeColumnToContents(1)

    def open_checklist(self) -> None:
        info = self.info()
        if info is None:
            return
        target = drill_target(info)
        automatic = (drills.drill_item(target),) if target is not None else ()
        self.dialog = ChecklistDialog(info.meta["name"], list(info.meta.get("checklist") or []), info.ticked, self,
                                      automatic)
        self.dialog.accepted.connect(lambda library_id=info.library_id: self._ticked(library_id))
        self.dialog.open()  # window-modal, never a nested event loop

    def _ticked(self, library_id: str) -> None:
        ticked = self.dialog.ticked()
        self.tasks.run(lambda: self.on_ticks(library_id, ticked), lambda _r: self.refresh(library_id))
