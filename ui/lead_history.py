"""Lead console: a pack's versions, the diff between two, rollback to an older one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sync.client.packs import PackApi
from sync.protocol import PackDiff, PackVersions
from ui.tasks import Tasks


class VersionsView(QWidget):
    rolled_back = Signal(object)

    def __init__(self, tasks: Tasks, packs: PackApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.packs = tasks, packs
        self.library_id: str | None = None
        self.current = 0
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Version"), self.tr("Published"), self.tr("By"), self.tr("Scripts"),
                                   self.tr("Notice"), self.tr("Note")])
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.diff_button = QPushButton(self.tr("Compare"))
        self.diff_button.setToolTip(self.tr("Select two versions, or one to compare it with the current one"))
        self.diff_button.clicked.connect(self.compare)
        self.rollback_button = QPushButton(self.tr("Roll back to this version"))
        self.rollback_button.clicked.connect(self.rollback)
        self.diff = QPlainTextEdit()
        self.diff.setReadOnly(True)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.diff_button)
        buttons.addWidget(self.rollback_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.diff)
        layout.addWidget(self.status)
        self._selection_changed()

    def show_pack(self, library_id: str | None) -> None:
        self.library_id = library_id
        self.list.clear()
        self.diff.clear()
        if library_id:
            self.tasks.run(lambda: self.packs.versions(library_id), self._show, self._failed)

    def _show(self, versions: PackVersions) -> None:
        if versions.library_id != self.library_id:
            return
        self.current = versions.current
        self.list.clear()
        for v in versions.versions:
            item = QTreeWidgetItem([str(v.version), v.published_at[:16].replace("T", " "), v.published_by,
                                    str(v.scripts), v.notice, self._note(v.note)])
            item.setData(0, Qt.ItemDataRole.UserRole, v.version)
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self.status.setText(self.tr("Current version: %1").replace("%1", str(versions.current)))

    def _note(self, note: str) -> str:
        if note.startswith("rollback to version "):
            return self.tr("rollback to version %1").replace("%1", note.rsplit(" ", 1)[1])
        return self.tr("incident broadcast") if note == "incident broadcast" else note

    def selected(self) -> list[int]:
        return sorted(item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems())

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.diff_button.setEnabled(len(chosen) in (1, 2))
        self.rollback_button.setEnabled(len(chosen) == 1 and chosen[0] != self.current)

    def compare(self) -> None:
        chosen = self.selected()
        old, new = (chosen[0], self.current) if len(chosen) == 1 else chosen
        library_id = self.library_id
        self.tasks.run(lambda: self.packs.diff(library_id, old, new), self._show_diff, self._failed)

    def _show_diff(self, diff: PackDiff) -> None:
        lines = [self.tr("Version %1 → %2").replace("%1", str(diff.old)).replace("%2", str(diff.new))]
        for label, changes in ((self.tr("Added"), diff.added), (self.tr("Removed"), diff.removed),
                               (self.tr("Changed"), diff.changed)):
            for c in changes:
                fields = f" ({', '.join(c.fields)})" if c.fields else ""
                lines.append(f"{label}: {c.code or '—'} {c.title}{fields}")
        for name, (before, after) in diff.variables.items():
            lines.append(self.tr("Variable %1: %2 → %3").replace("%1", name)
                         .replace("%2", str(before) if before is not None else "—")
                         .replace("%3", str(after) if after is not None else "—"))
        lines += [self.tr("Checklist added: %1").replace("%1", item) for item in diff.checklist_added]
        lines += [self.tr("Checklist removed: %1").replace("%1", item) for item in diff.checklist_removed]
        lines += [self.tr("Drill added: %1").replace("%1", m) for m in diff.drills_added]
        lines += [self.tr("Drill removed: %1").replace("%1", m) for m in diff.drills_removed]
        lines += [self.tr("Drill changed: %1").replace("%1", m) for m in diff.drills_changed]
        for key, (before, after) in diff.meta.items():
            lines.append(f"{key}: {before or '—'} → {after or '—'}")
        if len(lines) == 1:
            lines.append(self.tr("No differences."))
        self.diff.setPlainText("\n".join(lines))

    def rollback(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        library_id, version = self.library_id, chosen[0]
        self.rollback_button.setEnabled(False)
        self.tasks.run(lambda: self.packs.rollback(library_id, version), self._rolled, self._failed)

    def _rolled(self, info) -> None:
        self.status.setText(self.tr("Rolled back: version %1 is live on every agent.")
                            .replace("%1", str(info.pack.version)))
        self.rolled_back.emit(info)
        self.show_pack(self.library_id)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Failed: %1").replace("%1", getattr(exc, "message", str(exc))))
        self._selection_changed()
