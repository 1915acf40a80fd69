"""The category tree: one branch per library, its categories below.

Scripts dropped on a category move there; a category dragged onto another becomes
its child (onto a library: top level).  The tree never moves items itself: it asks
the window (signals), which does the work off the UI thread and reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from assistant.model import UNCATEGORISED, Library
from ui.script_list import script_ids_of

MIME_CATEGORY = "application/x-kefu-category"
ROLE = Qt.ItemDataRole.UserRole


class CategoryTree(QTreeWidget):
    scripts_dropped = Signal(object, str, object)  # script ids, library id, category path
    category_dropped = Signal(str, object, object)  # library id, path, new parent path
    delete_pressed = Signal()
    rename_pressed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.writable: dict[str, bool] = {}

    def fill(self, libraries: list[tuple[Library, str, list[tuple[str, ...]]]], all_label: str) -> None:
        """``libraries``: (library, label, category paths) in display order, under an "all" row."""
        selected = self.selected_place() or ("", ())
        expanded = {self._key(item) for item in self._items() if item.isExpanded()}
        self.blockSignals(True)
        self.clear()
        self.writable = {}
        everything = QTreeWidgetItem([all_label])
        everything.setData(0, ROLE, ("", ()))
        everything.setFlags(everything.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        self.addTopLevelItem(everything)
        for library, label, paths in libraries:
            self.writable[library.id] = not library.read_only
            root = QTreeWidgetItem([label])
            root.setData(0, ROLE, (library.id, ()))
            root.setFlags(root.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            self.addTopLevelItem(root)
            nodes = {(): root}
            for path in paths:
                node = QTreeWidgetItem([path[-1]])
                node.setData(0, ROLE, (library.id, path))
                if library.read_only or path == (UNCATEGORISED,):
                    node.setFlags(node.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
                nodes.get(path[:-1], root).addChild(node)
                nodes[path] = node
        for item in self._items():
            key = self._key(item)
            item.setExpanded(key in expanded or not key[1])
            if key == selected:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def _items(self):
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            yield item
            stack += [item.child(i) for i in range(item.childCount())]

    @staticmethod
    def _key(item: QTreeWidgetItem) -> tuple[str, tuple[str, ...]]:
        return item.data(0, ROLE)

    def selected_place(self) -> tuple[str, tuple[str, ...]] | None:
        """(library id, category path) of the current row; None for "all libraries"."""
        item = self.currentItem()
        return self._key(item) if item and self._key(item)[0] else None

    def select_place(self, library_id: str, path: tuple[str, ...]) -> bool:
        for item in self._items():
            if self._key(item) == (library_id, path):
                self.setCurrentItem(item)
                return True
        return False

    def item_at_place(self, library_id: str, path: tuple[str, ...]) -> QTreeWidgetItem | None:
        return next((item for item in self._items() if self._key(item) == (library_id, path)), None)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_pressed.emit()
        elif event.key() == Qt.Key.Key_F2 and not event.modifiers():
            self.rename_pressed.emit()
        else:
            super().keyPressEvent(event)

    # -- drag and drop ------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [MIME_CATEGORY]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        library_id, path = self._key(items[0])
        data.setData(MIME_CATEGORY, "\n".join((library_id, *path)).encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def _target(self, event) -> tuple[str, tuple[str, ...]] | None:
        item = self.itemAt(event.position().toPoint())
        if item is None:
            return None
        library_id, path = self._key(item)
        return (library_id, path) if self.writable.get(library_id) else None

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME_CATEGORY) or script_ids_of(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._target(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        target = self._target(event)
        if target is None:
            event.ignore()
            return
        library_id, path = target
        data = event.mimeData()
        ids = script_ids_of(data)
        if ids:
            self.scripts_dropped.emit(ids, library_id, path or (UNCATEGORISED,))
        elif data.hasFormat(MIME_CATEGORY):
            source_library, *source = bytes(data.data(MIME_CATEGORY)).decode().split("\n")
            if source_library == library_id and tuple(source) != path:
                self.category_dropped.emit(library_id, tuple(source), path)
        event.setDropAction(Qt.DropAction.CopyAction)  # nothing for Qt to remove: the window reloads
        event.accept()
