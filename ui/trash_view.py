"""The trash: scripts deleted from writable libraries.

Enter (or Restore) restores the selected scripts; "Delete forever" (Shift+Del) and
"Empty trash" remove them for good after a confirmation.  The store keeps a tombstone
of each so the delete reaches the other devices through sync; there is no undo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.model import ScriptState
from assistant.store import Store, organise
from ui.error_text import error_text
from ui.retranslating import Retranslating
from ui.tasks import Tasks


class TrashView(Retranslating, QWidget):
    def __init__(self, store: Store, tasks: Tasks, restore, parent=None) -> None:
        """``restore(ids)``: the window restores them (so Ctrl+Z can take it back)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.store, self.tasks, self.restore = store, tasks, restore
        self.confirm_box: QMessageBox | None = None
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemActivated.connect(lambda *_: self.restore_selected())
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton()
        self.purge_button.clicked.connect(self.ask_purge_selected)
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(self.ask_empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence("Shift+Del"), self, self.ask_purge_selected)
        self.resize(600, 400)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self.list.setHeaderLabels([self.tr("Code"), self.tr("Title"), self.tr("Category")])
        self.restore_button.setText(self.tr("&Restore"))
        self.purge_button.setText(self.tr("&Delete forever"))
        self.purge_button.setToolTip(self.tr("Delete the selected scripts for good (Shift+Del)"))
        self.empty_button.setText(self.tr("&Empty trash"))
        self.info.setText(self.tr("Deleted scripts stay here until you restore them (Enter) or delete them for good "
                                  "(Shift+Del)."))

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
        self.purge_button.setEnabled(bool(scripts))
        self.empty_button.setEnabled(bool(scripts))

    def rows(self) -> list[str]:
        return [self.list.topLevelItem(i).text(1) for i in range(self.list.topLevelItemCount())]

    def selected_ids(self) -> list[str]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.restore(ids)

    # -- deleting for good ------------------------------------------------------------------
    def ask_purge_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self._confirm(self.tr("Delete forever"),
                      self.tr("Delete %n script(s) for good? This cannot be undone.", "", len(ids)),
                      lambda: organise.purge_scripts(self.store, ids))

    def ask_empty(self) -> None:
        count = self.list.topLevelItemCount()
        if not count:
            return
        self._confirm(self.tr("Empty trash"),
                      self.tr("Delete all %n script(s) in the trash for good? This cannot be undone.", "", count),
                      self.store.empty_trash)

    def _confirm(self, title: str, text: str, work) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Cancel, self)
        delete = box.addButton(self.tr("Delete forever"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter never deletes by accident

        def chosen(button) -> None:
            if button is delete:
                self.tasks.run(work, self._purged, self._failed)
        box.buttonClicked.connect(chosen)
        self.confirm_box = box
        box.open()

    def _purged(self, count: int) -> None:
        self.message.setText(self.tr("Deleted %n script(s) for good.", "", count))
        self.reload()

    def _failed(self, error: Exception) -> None:
        self.message.setText(self.tr("Not done: %1").replace("%1", error_text(error)))
        self.reload()
