"""Asks which category the selected scripts move to (an existing one or a new path)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from assistant.model import CATEGORY_SEPARATOR


class MoveDialog(QDialog):
    def __init__(self, count: int, categories: list[tuple[str, ...]], on_chosen, parent=None) -> None:
        super().__init__(parent)
        self.on_chosen = on_chosen
        self.setWindowTitle(self.tr("Move scripts"))
        self.label = QLabel(self.tr("Move %n script(s) to the category (type a new one to create it):", "", count))
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems([CATEGORY_SEPARATOR.join(p) for p in categories])
        self.category.setEditText("")
        self.label.setBuddy(self.category)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.category)
        layout.addWidget(buttons)

    def accept(self) -> None:
        path = self.category.currentText().strip()
        if path:
            super().accept()
            self.on_chosen(path)
