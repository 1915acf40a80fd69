"""Chord names shared by every backend: 'ctrl+alt+v', 'f9', 'shift+insert'.

A chord is modifiers (ctrl, alt, shift, super) plus exactly one key, joined by '+',
case-insensitive; 'cmd'/'win'/'meta' are super, 'control' is ctrl, 'option' is alt.
F-keys alone are allowed (agents like F1-F12 when the chat app leaves them free).
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.platform.base import HotkeyError

MODIFIERS = ("ctrl", "alt", "shift", "super")
_ALIASES = {"control": "ctrl", "ctl": "ctrl", "option": "alt", "opt": "alt", "cmd": "super", "win": "super",
            "meta": "super", "command": "super", "return": "enter", "esc": "escape", "ins": "insert",
            "del": "delete", "pgup": "pageup", "pgdn": "pagedown"}
NAMED_KEYS = {"enter", "tab", "space", "escape", "backspace", "insert", "delete", "home", "end", "pageup",
              "pagedown", "left", "right", "up", "down", *(f"f{n}" for n in range(1, 25))}


@dataclass(frozen=True)
class Chord:
    modifiers: frozenset[str]
    key: str

    def __str__(self) -> str:
        return "+".join([m for m in MODIFIERS if m in self.modifiers] + [self.key])


def parse_chord(text: str) -> Chord:
    parts = [p.strip().lower() for p in (text or "").split("+")]
    if text and text.strip().endswith("++"):  # 'ctrl++' means ctrl and the plus key
        parts = parts[:-2] + ["plus"]
    parts = [_ALIASES.get(p, p) for p in parts]
    if not parts or any(not p for p in parts):
        raise HotkeyError(f"'{text}' is not a key combination like ctrl+alt+v or f9", chord=text)
    *mods, key = parts
    unknown = [m for m in mods if m not in MODIFIERS]
    if unknown:
        raise HotkeyError(f"'{text}': '{unknown[0]}' is not a modifier (ctrl, alt, shift, super)", chord=text)
    if key in MODIFIERS:
        raise HotkeyError(f"'{text}' needs a key besides the modifiers", chord=text)
    if len(key) != 1 and key not in NAMED_KEYS and key != "plus":
        raise HotkeyError(f"'{text}': unknown key '{key}'", chord=text)
    if not mods and len(key) == 1:
        raise HotkeyError(f"'{text}': a single letter or digit would fire while typing; add ctrl or alt",
                          chord=text)
    return Chord(frozenset(mods), key)


def normalize_chord(text: str) -> str:
    return str(parse_chord(text))
