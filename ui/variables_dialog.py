"""Asks the agent for a script's prompt variables ({{客户}}, {{尺码:S|M|L}} ...).

One field per question, pre-filled with the remembered value or the default; choices
are a drop-down.  Enter accepts, Esc cancels (then nothing is pasted).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from assistant.model import Script


class VariablesDialog(QDialog):
    def __init__(self, script: Script, questions: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fill in: %1").replace("%1", script.title))
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout(self)
        form.addRow(QLabel(script.title))
        for question in questions:
            if question.choices:
                field = QComboBox()
                field.addItems(list(question.choices))
                if question.initial in question.choices:
                    field.setCurrentText(question.initial)
            else:
                field = QLineEdit(question.initial or "")
            self.fields[question.name] = field
            form.addRow(question.name, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def answers(self) -> dict[str, str]:
        return {name: field.currentText() if isinstance(field, QComboBox) else field.text()
                for name, field in self.fields.items()}


def ask_values(script: Script, questions: list) -> dict | None:
    dialog = VariablesDialog(script, questions)
    dialog.raise_()
    dialog.activateWindow()
    return dialog.answers() if dialog.exec() == QDialog.DialogCode.Accepted else None
