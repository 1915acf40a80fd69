"""The first-start welcome: which hotkey opens the picker, that a starter library is
installed, and a "Try it" button that opens the picker at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from ui.retranslating import Retranslating


class Welcome(Retranslating, QWidget):
    try_requested = Signal()

    def __init__(self, hotkey: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        self.setObjectName("welcome")
        self.hotkey = hotkey
        self.scripts: int | None = None  # starter scripts, once the library is loaded
        self.heading = QLabel()
        self.heading.setObjectName("welcomeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.hotkey_label = QLabel()
        self.library_label = QLabel()
        self.tray_label = QLabel()
        for label in (self.hotkey_label, self.library_label, self.tray_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.try_button = QPushButton()
        self.try_button.setObjectName("welcomeTry")
        self.try_button.setDefault(True)
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.try_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        for widget in (self.heading, self.hotkey_label, self.library_label, self.tray_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.try_button.clicked.connect(self._try)
        self.close_button.clicked.connect(self.close)
        self.resize(460, 260)
        self.retranslate()

    def set_scripts(self, count: int) -> None:
        self.scripts = count
        self.retranslate()

    def _try(self) -> None:
        self.close()
        self.try_requested.emit()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Kefu Assistant"))
        self.heading.setText(self.tr("Welcome to Kefu Assistant"))
        self.hotkey_label.setText(self.tr("Press %1 in any chat window to open the picker, type a code, Chinese or "
                                          "pinyin, and press Enter: the reply is pasted for you.")
                                  .replace("%1", self.hotkey.title()))
        if self.scripts is None:
            self.library_label.setText(self.tr("The starter library is being installed."))
        else:
            self.library_label.setText(self.tr("A starter library of %n scripts is installed, so you can try it "
                                               "right away.", "", self.scripts))
        self.tray_label.setText(self.tr("Kefu Assistant is in the tray: right-click its icon for the library, "
                                        "Q&A and settings."))
        self.try_button.setText(self.tr("Try it"))
        self.close_button.setText(self.tr("Close"))
