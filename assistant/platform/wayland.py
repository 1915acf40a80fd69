"""Wayland: no global hotkeys or key injection for ordinary programs.

The desktop is still usable: the picker opens from the tray or a desktop-environment
shortcut that runs ``kefu --picker``, and a chosen script is left on the clipboard with
a notification ("copied, press Ctrl+V").  ``can_inject=False`` tells the paste engine.
"""

from __future__ import annotations

from typing import Callable

from assistant.platform.base import Desktop, HotkeyError, WindowRef


class _NoWindows:
    def current(self) -> WindowRef | None:
        return None

    def activate(self, window: WindowRef) -> bool:
        return False


class _NoKeys:
    def send_chord(self, chord: str) -> None:
        raise HotkeyError("Wayland does not let programs send keys to other windows")

    def type_text(self, text: str) -> None:
        raise HotkeyError("Wayland does not let programs send keys to other windows")

    def modifiers_down(self) -> frozenset[str]:
        return frozenset()


class _NoHotkeys:
    def register(self, chord: str, callback: Callable[[], None]) -> None:
        raise HotkeyError(f"Wayland does not allow global hotkeys such as {chord}; "
                          "bind 'kefu --picker' to it in your desktop's keyboard settings", chord=chord)

    def unregister(self, chord: str) -> None:
        pass

    def close(self) -> None:
        pass


def create() -> Desktop:
    return Desktop("wayland", _NoWindows(), _NoKeys(), _NoHotkeys(), can_inject=False)
