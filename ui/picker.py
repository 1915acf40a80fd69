"""The picker: a small always-on-top box that finds a script as the agent types.

Keyboard only: type to search (codes, Chinese, pinyin, initials), ↑/↓ to move, Enter
to send the highlighted script, Alt+1..9 to send the n-th, Esc to close; Ctrl+N makes
a new script from the typed text, Ctrl+E edits the highlighted one, Ctrl+D marks it a
favourite (or not), Ctrl+B suggests replies to the buyer's message on the clipboard
(typing then narrows the suggestions; Esc or Ctrl+B again leaves suggest mode),
Ctrl+P pins the picker so it stays open for several sends.  Enter while an input
method is still composing (pinyin shown but not committed) never sends.  The results
come from the in-memory search index: a keystroke never touches the disk; previews
and favourites go through ``Tasks`` off the UI thread.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from assistant.model import Script
from ui.picker_rows import PickerDelegate, PickerModel, Row
from ui.retranslating import Retranslating

MAX_ROWS = 50
PREVIEW_ROWS = 12  # previews resolved per result (the rows an agent can see)
SUGGESTIONS = 10
SUGGEST_FILTER_POOL = 500  # suggestions and search hits intersected when typing in suggest mode


class Picker(Retranslating, QWidget):
    chosen = Signal(object)  # the Script the agent picked
    dismissed = Signal()
    new_requested = Signal(str)  # Ctrl+N: the typed text, for a new script
    edit_requested = Signal(str)  # Ctrl+E: the highlighted script's id

    def __init__(self, index=None, preview: Callable[[Script], str] | None = None, parent: QWidget | None = None,
                 *, tasks=None, store=None, clipboard_text: Callable[[], str | None] | None = None,
                 library_kind: Callable[[str], object] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("picker")
        self.index = index
        self.preview_text = preview or (lambda script: script.body)
        self.tasks, self.store = tasks, store
        self.clipboard_text = clipboard_text or (lambda: QGuiApplication.clipboard().text())
        self.library_kind = library_kind
        self.pinned = False
        self.suggesting: str | None = None  # the buyer's message while in suggest mode
        self._preedit = ""
        self._generation = 0
        self.query = QLineEdit()
        self.query.setObjectName("pickerQuery")
        self.mode = QLabel()
        self.mode.setObjectName("pickerMode")
        self.pin_mark = QLabel()
        self.pin_mark.setObjectName("pickerPin")
        self.model = PickerModel(self)
        self.results = QListView()
        self.results.setObjectName("pickerResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(PickerDelegate(self.model, self.results))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hint = QLabel()
        self.hint.setObjectName("pickerHint")
        self.hint.setStyleSheet("color: palette(mid);")
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.pin_mark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.mode)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.mode.hide()
        self.resize(620, 420)
        self.query.textChanged.connect(self._typed)
        self.results.activated.connect(lambda index: self._choose(index.row()))
        self.query.installEventFilter(self)
        self.retranslate()


    def retranslate(self) -> None:
        self.setWindowTitle("Kefu picker")  # never shown (frameless); a fixed name tools can find
        self.query.setPlaceholderText(self.tr("Code, Chinese, pinyin or initials — Enter sends, Esc closes"))
        self.hint.setText(self.tr("Alt+1..9 send · Ctrl+N new · Ctrl+E edit · Ctrl+D favourite · "
                                  "Ctrl+B suggest · Ctrl+P pin"))
        self.pin_mark.setText(self.tr("📌 pinned") if self.pinned else "")
        self._show_mode()

    # -- showing ------------------------------------------------------------------------
    def set_index(self, index) -> None:
        """The index, once it is built (the app builds it off the UI thread)."""
        self.index = index
        if self.isVisible():
            self.refresh()

    def popup(self, near: QRect | QPoint | None = None) -> None:
        """Show over ``near`` (the target window's frame), else at the mouse cursor."""
        self.suggesting = None
        self._preedit = ""
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self.refresh()
        self.move(self.placement(near))
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()

    def placement(self, near: QRect | QPoint | None) -> QPoint:
        """Centred on the target window when known, else just below-right of the cursor;
        always fully on the screen that holds that spot."""
        if isinstance(near, QRect) and near.isValid():
            spot = near.center() - QPoint(self.width() // 2, self.height() // 2)
            anchor = near.center()
        else:
            anchor = near if isinstance(near, QPoint) else QCursor.pos()
            spot = anchor + QPoint(12, 12)
        screen = QGuiApplication.screenAt(anchor) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        x = min(max(spot.x(), area.left()), area.right() + 1 - self.width())
        y = min(max(spot.y(), area.top()), area.bottom() + 1 - self.height())
        return QPoint(x, y)

    def _typed(self) -> None:
        self.refresh()  # in suggest mode the typed text narrows the suggestions

    def refresh(self, keep: str | None = None) -> None:
        if self.index is None:
            self.model.set_rows([])
            self.mode.setText(self.tr("Loading the script library…"))
            self.mode.show()
            return
        if self.suggesting is not None:
            hits = self._filtered_suggestions(self.query.text())
        else:
            hits = self.index.search(self.query.text(), limit=MAX_ROWS)
        kind = self.library_kind or getattr(self.index, "library_kind", lambda _id: None)
        self.model.set_rows([Row.of(hit, kind(hit.script.library_id)) for hit in hits])
        self._show_mode()
        row = next((n for n, r in enumerate(self.model.rows) if r.script.id == keep), 0) if keep else 0
        if self.model.rows:
            self.results.setCurrentIndex(self.model.index(row))
        self._resolve_previews()

    def _filtered_suggestions(self, query: str) -> list:
        """The suggestions for the buyer's message that also match ``query`` (both must
        hold), in suggestion order, lit where the query matched."""
        if not query.strip():
            return self.index.suggest(self.suggesting, limit=SUGGESTIONS)
        matching = {hit.script.id: hit for hit in self.index.search(query, limit=SUGGEST_FILTER_POOL)}
        hits = [matching[hit.script.id] for hit in self.index.suggest(self.suggesting, limit=SUGGEST_FILTER_POOL)
                if hit.script.id in matching]
        return hits[:SUGGESTIONS]

    def _show_mode(self) -> None:
        if self.suggesting is not None:
            message = " ".join(self.suggesting.split())
            text = self.tr("Suggestions for the buyer's message: %1").replace("%1", message[:60])
            if not message:
                text = self.tr("Copy the buyer's message first: the clipboard holds no text")
            elif not self.model.rows:
                text += " — " + self.tr("nothing fits")
        elif self.index is not None and not self.model.rows:
            text = self.tr("No script matches")
        elif self.index is None:
            text = self.tr("Loading the script library…")
        else:
            self.mode.hide()
            return
        self.mode.setText(text)
        self.mode.show()

    def _resolve_previews(self) -> None:
        """Variables resolved for the first rows, off the UI thread (the team's values
        and the remembered answers live in the store)."""
        scripts = [r.script for r in self.model.rows[:PREVIEW_ROWS] if r.script.id not in self.model.previews]
        if not scripts:
            return
        self._generation += 1
        generation = self._generation
        preview = self.preview_text

        def work() -> dict[str, str]:
            found = {}
            for script in scripts:
                try:
                    found[script.id] = preview(script)
                except Exception:  # a broken template previews as its raw text
                    found[script.id] = script.body
            return found

        def done(found: dict[str, str]) -> None:
            if generation == self._generation or not self.model.previews:
                self.model.set_previews(found)

        if self.tasks is None:
            done(work())
        else:
            self.tasks.run(work, on_done=done)

    def current_script(self) -> Script | None:
        row = self.results.currentIndex().row()
        return self.model.rows[row].script if 0 <= row < len(self.model.rows) else None

    def lit(self, row: int = 0) -> dict:
        """The lit positions of a row by field (what the agent sees highlighted)."""
        return dict(self.model.rows[row].lit) if row < len(self.model.rows) else {}

    def hideEvent(self, event) -> None:
        self.model.clear_previews()  # variables (dates, team values) may change until next time
        super().hideEvent(event)

    # -- keys ---------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self.query:
            if event.type() == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
                self._preedit = event.preeditString()
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._preedit:  # the input method is composing: this Enter is the IME's
                return False
            self._choose(self.results.currentIndex().row())
        elif key == Qt.Key.Key_Escape:
            if self._preedit:
                return False
            if self.suggesting is not None:  # first Esc leaves suggest mode, the next closes
                self.toggle_suggest()
                return True
            self.hide()
            self.dismissed.emit()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            count = len(self.model.rows)
            if count:
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results.setCurrentIndex(self.model.index((self.results.currentIndex().row() + step) % count))
        elif mods & Qt.KeyboardModifier.AltModifier and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self._choose(key - Qt.Key.Key_1)
        elif ctrl and key == Qt.Key.Key_N:
            self.hide()
            self.new_requested.emit(self.query.text().strip())
        elif ctrl and key == Qt.Key.Key_E:
            script = self.current_script()
            if script is not None:
                self.hide()
                self.edit_requested.emit(script.id)
        elif ctrl and key == Qt.Key.Key_D:
            self.toggle_favourite()
        elif ctrl and key == Qt.Key.Key_B:
            self.toggle_suggest()
        elif ctrl and key == Qt.Key.Key_P:
            self.set_pinned(not self.pinned)
        else:
            return False
        return True

    def toggle_favourite(self) -> None:
        script = self.current_script()
        if script is None or self.store is None:
            return
        store, wanted = self.store, not script.favourite

        def done(updated: Script) -> None:
            if self.index is not None:
                self.index.upsert(updated)  # at once; the store's change patches it again, harmlessly
            if self.isVisible():
                self.refresh(keep=updated.id)

        if self.tasks is None:
            done(store.set_favourite(script.id, wanted))
        else:
            self.tasks.run(lambda: store.set_favourite(script.id, wanted), on_done=done)

    def toggle_suggest(self) -> None:
        if self.suggesting is not None:
            self.suggesting = None
        else:
            message = (self.clipboard_text() or "").strip()
            self.suggesting = message
        self.refresh()

    def set_pinned(self, pinned: bool) -> None:
        self.pinned = pinned
        self.retranslate()

    def after_send(self) -> None:
        """Pinned: back to the picker after a paste, ready for the next one."""
        if self.pinned and self.isVisible():
            self.raise_()
            self.activateWindow()
            self.query.setFocus()
            self.query.selectAll()

    def _choose(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        script = self.model.rows[row].script
        if not self.pinned:
            self.hide()
        self.chosen.emit(script)
