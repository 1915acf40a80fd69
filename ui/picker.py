"""The picker: a small always-on-top box that finds a script as the agent types.

Keyboard only: type to search (codes, Chinese, pinyin, initials), ↑/↓ to move, Enter
to send the highlighted script, Alt+1..9 to send the n-th, Esc to close.  Enter while
an input method is still composing pinyin never sends: Qt hands the IME's Enter to the
IME as an input-method event, not as a key press.  The results come from the
in-memory search index: a keystroke never touches the disk.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.model import Script

MAX_ROWS = 50


class Picker(QWidget):
    chosen = Signal(object)  # the Script the agent picked
    dismissed = Signal()

    def __init__(self, index, preview=None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("picker")
        self.index = index
        self.preview_text = preview or (lambda script: script.body)
        self.query = QLineEdit()
        self.query.setObjectName("pickerQuery")
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setUniformItemSizes(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setObjectName("pickerPreview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.preview)
        self.resize(520, 380)
        self.query.textChanged.connect(self.refresh)
        self.results.currentRowChanged.connect(self._show_preview)
        self.results.itemActivated.connect(lambda _item: self._choose(self.results.currentRow()))
        self.query.installEventFilter(self)
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle("Kefu picker")  # never shown (frameless); a fixed name tools can find
        self.query.setPlaceholderText(self.tr("Code, Chinese, pinyin or initials — Enter sends, Esc closes"))

    # -- showing ------------------------------------------------------------------------
    def popup(self, near: QPoint | None = None) -> None:
        self.query.clear()
        self.refresh()
        screen = QGuiApplication.screenAt(near) if near else QGuiApplication.primaryScreen()
        area = (screen or QGuiApplication.primaryScreen()).availableGeometry()
        spot = near or area.center() - QPoint(self.width() // 2, self.height() // 2)
        x = min(max(spot.x(), area.left()), area.right() - self.width())
        y = min(max(spot.y(), area.top()), area.bottom() - self.height())
        self.move(x, y)
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()

    def refresh(self) -> None:
        hits = self.index.search(self.query.text(), limit=MAX_ROWS)
        self.results.clear()
        for number, hit in enumerate(hits):
            script = hit.script
            label = f"{number + 1 if number < 9 else ' '}  {script.code or '—'}   {script.title}   · {script.category_path}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, script)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        else:
            self.preview.setText(self.tr("No script matches"))

    def current_script(self) -> Script | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_preview(self, row: int) -> None:
        item = self.results.item(row)
        if item is not None:
            self.preview.setText(self.preview_text(item.data(Qt.ItemDataRole.UserRole)))

    # -- keys ---------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self.query and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.results.currentRow())
        elif key == Qt.Key.Key_Escape:
            self.hide()
            self.dismissed.emit()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            count = self.results.count()
            if count:
                self.results.setCurrentRow((self.results.currentRow() + step) % count)
        elif mods & Qt.KeyboardModifier.AltModifier and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self._choose(key - Qt.Key.Key_1)
        else:
            return False
        return True

    def _choose(self, row: int) -> None:
        item = self.results.item(row) if 0 <= row < self.results.count() else None
        if item is None:
            return
        self.hide()
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
