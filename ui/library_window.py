"""The library window: search box and the list of scripts, kept current by store changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.core import Core
from assistant.search import SearchIndex
from ui.store_bridge import StoreBridge


class LibraryWindow(QMainWindow):
    def __init__(self, core: Core, index: SearchIndex, bridge: StoreBridge) -> None:
        super().__init__()
        self.core = core
        self.index = index  # kept current by the app; this window only reads it
        bridge.changed.connect(lambda _change: self.refresh())

        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.refresh)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        self.setCentralWidget(body)
        self.resize(760, 520)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kefu Assistant — Library"))
        self.query.setPlaceholderText(self.tr("Type a code, Chinese, pinyin or initials"))
        self.list.setHeaderLabels([self.tr("Code"), self.tr("Title"), self.tr("Category")])
        self.refresh()  # the status line is translated too

    def refresh(self) -> None:
        hits = self.index.search(self.query.text(), limit=500)
        self.list.clear()
        for hit in hits:
            script = hit.script
            item = QTreeWidgetItem([script.code, script.title, script.category_path])
            item.setData(0, Qt.ItemDataRole.UserRole, script.id)
            item.setToolTip(1, script.body)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)
        self.statusBar().showMessage(self.tr("%n script(s)", "", len(hits)))

