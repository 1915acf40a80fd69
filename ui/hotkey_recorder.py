"""A field that records a key chord as it is pressed ('ctrl+alt+1'); Backspace clears it.

Tab and Shift+Tab still move the focus, so the editor stays usable by keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

_MODIFIER_KEYS = {Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Shift, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
                  Qt.Key.Key_Super_L, Qt.Key.Key_Super_R}
_NAMED = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Space: "space",
          Qt.Key.Key_Insert: "insert", Qt.Key.Key_Delete: "delete", Qt.Key.Key_Home: "home", Qt.Key.Key_End: "end",
          Qt.Key.Key_PageUp: "pageup", Qt.Key.Key_PageDown: "pagedown", Qt.Key.Key_Left: "left",
          Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down", Qt.Key.Key_Escape: "escape"}


def chord_of(key: int, modifiers: Qt.KeyboardModifier) -> str:
    """'ctrl+alt+1' for a key press, '' for a bare modifier or an unnamed key."""
    if key in _MODIFIER_KEYS:
        return ""
    if Qt.Key.Key_F1 <= key <= Qt.Key.Key_F24:
        name = f"f{key - Qt.Key.Key_F1 + 1}"
    elif key in _NAMED:
        name = _NAMED[key]
    elif 0x20 < key < 0x7f:
        name = chr(key).lower()
    else:
        return ""
    mods = [label for flag, label in ((Qt.KeyboardModifier.ControlModifier, "ctrl"),
                                       (Qt.KeyboardModifier.AltModifier, "alt"),
                                       (Qt.KeyboardModifier.ShiftModifier, "shift"),
                                       (Qt.KeyboardModifier.MetaModifier, "super")) if modifiers & flag]
    return "+".join(mods + [name])


class HotkeyRecorder(QLineEdit):
    recorded = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)  # typed text never lands here: key presses become a chord
        self.locked = False

    def event(self, event) -> bool:
        # Ctrl+Z, Ctrl+S... must reach this field, not the window's shortcuts.
        if event.type() == QEvent.Type.ShortcutOverride and not self.locked:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if self.locked or (key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                           and not mods & ~Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and not mods:
            self.setText("")
            self.recorded.emit("")
            return
        chord = chord_of(key, mods)
        if chord:
            self.setText(chord)
            self.recorded.emit(chord)
