"""Export: one library (or all) to a pack, CSV, Excel or workbench CSV file, on a worker."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from assistant import transfer
from assistant.model import Library
from assistant.store import Store
from ui.error_text import error_text
from ui.retranslating import Retranslating
from ui.tasks import Tasks

SUFFIX = {"pack": ".json", "csv": ".csv", "xlsx": ".xlsx", "workbench-csv": ".csv"}


class ExportDialog(Retranslating, QDialog):
    def __init__(self, store: Store, tasks: Tasks, libraries: list[Library], parent=None) -> None:
        super().__init__(parent)
        self.store, self.tasks = store, tasks
        self.library = QComboBox()
        self.library.addItem("", None)
        for library in libraries:
            self.library.addItem(library.name, library.id)
        self.format = QComboBox()
        for name in SUFFIX:
            self.format.addItem("", name)
        self.path = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_file)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        for button in (self.browse, self.close_button):
            button.setAutoDefault(False)
        self.labels = [QLabel() for _ in range(3)]
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        for label, field in zip(self.labels, (self.library, self.format, file_row)):
            form.addRow(label, field)
        self.labels[0].setBuddy(self.library)
        self.labels[1].setBuddy(self.format)
        self.labels[2].setBuddy(self.path)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(560, 220)
        self.retranslate()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export scripts"))
        for label, text in zip(self.labels, (self.tr("&Library"), self.tr("&Format"), self.tr("&File"))):
            label.setText(text)
        self.library.setItemText(0, self.tr("All libraries"))
        names = {"pack": self.tr("Kefu pack (.json, everything incl. images)"),
                 "csv": self.tr("Spreadsheet CSV (.csv, all columns)"), "xlsx": self.tr("Excel (.xlsx)"),
                 "workbench-csv": self.tr("Workbench CSV (code, phrase, group) for Qianniu and similar")}
        for i in range(self.format.count()):
            self.format.setItemText(i, names[self.format.itemData(i)])
        self.browse.setText(self.tr("&Browse…"))
        self.export_button.setText(self.tr("&Export"))
        self.close_button.setText(self.tr("Close"))

    def choose_file(self) -> None:
        suffix = SUFFIX[self.format.currentData()]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export scripts"), "scripts" + suffix, f"*{suffix}")
        if path:
            self.path.setText(path)

    def export(self) -> None:
        path, library_id, fmt = self.path.text().strip(), self.library.currentData(), self.format.currentData()
        if not path:
            self.status.setText(self.tr("Choose a file to export to."))
            return
        self.progress.show()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.tasks.run(lambda: transfer.export_scripts(self.store, path, library_id, fmt), self._done, self._failed)

    def _done(self, count: int) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Exported %n script(s).", "", count))

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Not exported: %1").replace("%1", error_text(error)))
