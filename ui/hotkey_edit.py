"""A hotkey recorder: press the combination, get the chord name the backends use ('ctrl+alt+k')."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit

_NAMED = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "tab", Qt.Key.Key_Space: "space",
          Qt.Key.Key_Escape: "escape", Qt.Key.Key_Backspace: "backspace", Qt.Key.Key_Insert: "insert",
          Qt.Key.Key_Delete: "delete", Qt.Key.Key_Home: "home", Qt.Key.Key_End: "end",
          Qt.Key.Key_PageUp: "pageup", Qt.Key.Key_PageDown: "pagedown", Qt.Key.Key_Left: "left",
          Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down", Qt.Key.Key_Plus: "plus"}
_MODIFIER_KEYS = {Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Shift, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}


def chord_of(key: int, modifiers) -> str | None:
    """The chord name of a key press, or None for a lone modifier or an unknown key."""
    key = Qt.Key(key)
    if key in _MODIFIER_KEYS:
        return None
    if key in _NAMED:
        name = _NAMED[key]
    elif Qt.Key.Key_F1 <= key <= Qt.Key.Key_F24:
        name = f"f{key - Qt.Key.Key_F1 + 1}"
    else:
        text = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
        if len(text) != 1:
            return None
        name = text.lower()
    mods = [name_ for flag, name_ in ((Qt.KeyboardModifier.ControlModifier, "ctrl"),
                                      (Qt.KeyboardModifier.AltModifier, "alt"),
                                      (Qt.KeyboardModifier.ShiftModifier, "shift"),
                                      (Qt.KeyboardModifier.MetaModifier, "super")) if modifiers & flag]
    return "+".join(mods + [name])


class HotkeyEdit(QLineEdit):
    """Shows a chord; focused, the next combination pressed replaces it (``chord_recorded``).

    Tab and Shift+Tab alone still move the focus, so the page stays keyboard-usable.
    """

    chord_recorded = Signal(str)

    def __init__(self, chord: str = "", parent=None) -> None:
        super().__init__(chord, parent)
        self.setReadOnly(True)

    def keyPressEvent(self, event) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & ~Qt.KeyboardModifier.ShiftModifier:
            super().keyPressEvent(event)
            return
        chord = chord_of(event.key(), mods)
        if chord is None:
            return
        self.setText(chord)
        self.chord_recorded.emit(chord)
