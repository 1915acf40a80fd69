"""The bar the editor shows when its script changed or went away underneath unsaved edits.

It only offers the choices; the editor carries them out.  Changed elsewhere: keep mine
as a copy, overwrite theirs with mine (after confirming), or take theirs.  Deleted
elsewhere: save mine as a new script, or discard mine.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ui.retranslating import Retranslating


class ConflictBar(Retranslating, QFrame):
    keep_copy = Signal()
    overwrite = Signal()
    take_theirs = Signal()
    discard = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setStyleSheet("#conflictBar { background: #fff4e5; border: 1px solid #b26a00; border-radius: 4px; }"
                           "#conflictBar QLabel { color: #5f3b00; }")
        self.deleted = False
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.copy_button, self.overwrite_button = QPushButton(), QPushButton()
        self.theirs_button, self.discard_button = QPushButton(), QPushButton()
        for button, signal in ((self.copy_button, self.keep_copy), (self.overwrite_button, self.overwrite),
                               (self.theirs_button, self.take_theirs), (self.discard_button, self.discard)):
            button.setAutoDefault(False)
            button.clicked.connect(signal.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.overwrite_button, self.theirs_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        if self.deleted:
            self.text.setText(self.tr("This script was deleted elsewhere (sync, another window or the command "
                                      "line). Your edits are still here."))
            self.copy_button.setText(self.tr("Save mine as a &new script"))
        else:
            self.text.setText(self.tr("This script was changed elsewhere (sync, another window or the command "
                                      "line) while you were editing it. Your edits are still here."))
            self.copy_button.setText(self.tr("Keep mine as a &copy"))
        self.overwrite_button.setText(self.tr("&Overwrite with mine…"))
        self.theirs_button.setText(self.tr("Take &theirs"))
        self.discard_button.setText(self.tr("&Discard mine"))

    def show_changed(self) -> None:
        self._show(deleted=False)

    def show_deleted(self) -> None:
        self._show(deleted=True)

    def _show(self, deleted: bool) -> None:
        self.deleted = deleted
        self.overwrite_button.setVisible(not deleted)
        self.theirs_button.setVisible(not deleted)
        self.discard_button.setVisible(deleted)
        self.retranslate()
        self.show()
