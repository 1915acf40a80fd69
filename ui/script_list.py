"""The list of scripts in the library window: multi-select, dragged onto the category tree."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from assistant.model import Script

MIME_SCRIPTS = "application/x-kefu-script-ids"


def script_ids_mime(ids: list[str]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_SCRIPTS, "\n".join(ids).encode())
    return data


def script_ids_of(data: QMimeData) -> list[str]:
    if not data.hasFormat(MIME_SCRIPTS):
        return []
    return [i for i in bytes(data.data(MIME_SCRIPTS)).decode().split("\n") if i]


class ScriptList(QTreeWidget):
    delete_pressed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setUniformRowHeights(True)

    def fill(self, scripts: list[Script], badges: dict[str, str]) -> None:
        keep = set(self.selected_ids())
        current = self.current_id()
        self.blockSignals(True)
        self.clear()
        for script in scripts:
            item = QTreeWidgetItem([script.code, script.title, script.category_path, badges.get(script.library_id, "")])
            item.setData(0, Qt.ItemDataRole.UserRole, script.id)
            item.setToolTip(1, script.body)
            self.addTopLevelItem(item)
            if script.id in keep:
                item.setSelected(True)
            if script.id == current:
                self.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.blockSignals(False)
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(1)

    def current_id(self) -> str | None:
        item = self.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def selected_ids(self) -> list[str]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self.selectedItems()]

    def select_id(self, script_id: str) -> bool:
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == script_id:
                self.setCurrentItem(item)
                return True
        return False

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_pressed.emit()
        else:
            super().keyPressEvent(event)

    def mimeTypes(self) -> list[str]:
        return [MIME_SCRIPTS]

    def mimeData(self, items) -> QMimeData:
        return script_ids_mime([item.data(0, Qt.ItemDataRole.UserRole) for item in items])
