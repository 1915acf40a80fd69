"""Typed codes: prefix + code + terminator typed in any window becomes the script.

A small state machine fed one key at a time by the platform's keyboard monitor.  It
never looks at the disk: ``resolve(code)`` asks the in-memory index (the winning
library per model.LIBRARY_PRECEDENCE).

* The default prefix is ``;``: an English semicolon is rare at the start of a word in
  chat, and a Chinese IME turns it into "；" at once instead of composing with it.
* Terminators: space, Tab, Enter (configurable).  Enter as a terminator never reaches
  the buyer: the monitor swallows nothing, so the chat app may already have sent the
  message — agents who send on Enter should keep Enter out of the terminators, which is
  why the default is space and Tab only.
* Nothing fires while an input method is composing, inside our own windows, in a
  blocked app, or while paused; any key that moves the caret (arrows, Home, a click,
  Escape) forgets what was typed.
* Backspace right after an expansion reverts it: the pasted text is erased and what
  the agent typed (prefix + code, without the terminator) is typed back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from assistant.model import MAX_CODE_CHARS, Script, normalize_code
from assistant.variables import graphemes

_CODE_CHAR = re.compile(r"[\w.\-]")


@dataclass(frozen=True)
class Key:
    """One key as the monitor saw it: a typed character, or a named key."""

    char: str = ""  # the character it typed, if any
    name: str = ""  # 'backspace', 'enter', 'tab', 'left', 'escape', 'click'...
    app: str = ""  # program of the focused window
    composing: bool = False  # an input method is composing (on X11: in its Chinese mode, see x11_ime)
    ours: bool = False  # the focused window is one of ours


@dataclass(frozen=True)
class Expand:
    script: Script
    erase: int  # characters to delete first: prefix + code + terminator
    typed: str  # what the agent typed, for a revert


@dataclass(frozen=True)
class Revert:
    erase: int  # characters of the pasted text to delete
    retype: str  # what to type back


def visible_length(text: str) -> int:
    """How many Backspace presses delete this text: one per user-perceived character
    (an emoji with its modifiers is one, a newline is one), as chat apps delete."""
    return graphemes.count(text.replace("\r\n", "\n"))


class Expander:
    def __init__(self, resolve: Callable[[str], Script | None], prefix: str = ";",
                 terminators: tuple[str, ...] = (" ", "\t"), blocked_apps: frozenset[str] = frozenset()) -> None:
        self.resolve = resolve
        self.prefix = prefix
        self.terminators = terminators
        self.blocked_apps = frozenset(app.lower() for app in blocked_apps)
        self.paused = False
        self._typed: str | None = None  # what follows the prefix, or None when not in a code
        self._last: tuple[Expand, int] | None = None  # the expansion a Backspace would revert

    def reset(self) -> None:
        self._typed = None
        self._last = None

    def blocks(self, app: str) -> bool:
        """Typed codes never fire in this program (the block list, by window class or process)."""
        return app.lower() in self.blocked_apps

    def pasted(self, expansion: Expand, text: str) -> None:
        """The app tells us what an expansion pasted, so a Backspace can revert it."""
        self._last = (expansion, visible_length(text))

    def feed(self, key: Key) -> Expand | Revert | None:
        if self.paused or key.composing or key.ours or self.blocks(key.app):
            self.reset()
            return None
        if key.name == "backspace":
            return self._backspace()
        self._last = None
        char = key.char or {"enter": "\n", "tab": "\t", "space": " "}.get(key.name, "")
        if not char:
            self._typed = None  # caret moved or focus changed: start over
            return None
        if self._typed is not None and char in self.terminators:
            return self._terminate(char)
        if char == self.prefix:
            self._typed = ""
        elif self._typed is not None and _CODE_CHAR.match(char) and len(self._typed) < MAX_CODE_CHARS:
            self._typed += char
        else:
            self._typed = None
        return None

    def _terminate(self, terminator: str) -> Expand | None:
        typed, self._typed = self._typed, None
        script = self.resolve(normalize_code(typed)) if typed else None
        if script is None:
            return None
        return Expand(script, erase=len(self.prefix) + len(typed) + 1, typed=self.prefix + typed)

    def _backspace(self) -> Revert | None:
        if self._last is not None:
            expansion, length = self._last
            self._last = None
            # the agent's Backspace has already deleted the last character itself
            return Revert(erase=length - 1, retype=expansion.typed)
        if self._typed:
            self._typed = self._typed[:-1]
        else:
            self._typed = None  # the prefix itself was deleted
        return None
