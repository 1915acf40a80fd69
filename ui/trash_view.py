"""The trash: scripts deleted from writable libraries, restored with Enter or the button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from assistant.model import ScriptState
from assistant.store import Store
from ui.tasks import Tasks


class TrashView(QWidget):
    def __init__(self, store: Store, tasks: Tasks, restore, parent=None) -> None:
        """``restore(ids)``: the window restores them (so Ctrl+Z can take it back)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.store, self.tasks, self.restore = store, tasks, restore
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemActivated.connect(lambda *_: self.restore_selected())
        self.info = QLabel()
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.list)
        layout.addWidget(self.restore_button)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(560, 380)
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self.list.setHeaderLabels([self.tr("Code"), self.tr("Title"), self.tr("Category")])
        self.restore_button.setText(self.tr("&Restore"))
        self.info.setText(self.tr("Deleted scripts stay here until you restore them. Enter restores."))

    def reload(self) -> None:
        self.tasks.run(lambda: self.store.scripts(state=ScriptState.TRASHED), self._fill)

    def _fill(self, scripts) -> None:
        self.list.clear()
        for script in scripts:
            item = QTreeWidgetItem([script.code, script.title, script.category_path])
            item.setData(0, Qt.ItemDataRole.UserRole, script.id)
            self.list.addTopLevelItem(item)
        if scripts:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.resizeColumnToContents(0)

    def rows(self) -> list[str]:
        return [self.list.topLevelItem(i).text(1) for i in range(self.list.topLevelItemCount())]

    def restore_selected(self) -> None:
        ids = [item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        if ids:
            self.restore(ids)
