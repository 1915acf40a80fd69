"""Per-program paste chords (setting ``paste.app_chords``): a two-column table, program → chord."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ui.retranslating import Retranslating


class AppChordsTable(Retranslating, QWidget):
    edited = Signal(dict)  # the whole mapping after an edit (rows with an empty program left out)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(lambda _item: self._emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Program"), self.tr("Paste keys")])
        self.add_button.setText(self.tr("Add program"))
        self.remove_button.setText(self.tr("Remove"))

    def set_mapping(self, mapping: dict) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for app, chord in sorted(mapping.items()):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(app))
            self.table.setItem(row, 1, QTableWidgetItem(chord))
        self.table.blockSignals(False)

    def mapping(self) -> dict:
        found = {}
        for row in range(self.table.rowCount()):
            app, chord = (self.table.item(row, c).text().strip() if self.table.item(row, c) else "" for c in (0, 1))
            if app:
                found[app.lower()] = chord
        return found

    def add_row(self) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(""))
        self.table.setItem(row, 1, QTableWidgetItem(""))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))

    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
            self._emit()

    def _emit(self) -> None:
        self.edited.emit(self.mapping())
