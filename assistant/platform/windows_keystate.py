"""Which modifier keys the agent holds, on Windows.

Neither source alone is right.  ``keyboard``'s own table of pressed keys goes stale when
Windows withholds a release (a Win+L lock screen, a UAC prompt, Ctrl+Alt+Del:
boppreh/keyboard#223), and a stale Ctrl would hold every paste until it times out.
``GetAsyncKeyState`` alone misses a modifier that ``keyboard`` is holding back: with a
``suppress=True`` hotkey registered, ``keyboard`` withholds Ctrl/Alt presses from Windows
until it knows whether the hotkey follows (and presses them again later), so the agent
may hold Ctrl+Alt while Windows believes them up.

So :class:`HeldModifiers` follows the press/release events ``keyboard`` reports, and
counts a pressed modifier as held while Windows has it down, or while it was pressed
within ``HELD_FRESH_S``: a key held down repeats its press (autorepeat) at least that
often, a stale one never does.
"""

from __future__ import annotations

import threading
import time
from typing import Callable

HELD_FRESH_S = 1.1  # the longest autorepeat delay Windows offers is 1 s
# our modifier name -> keyboard's name for both its keys
KEYBOARD_NAMES = {"ctrl": "ctrl", "alt": "alt", "shift": "shift", "super": "windows"}
# our modifier name -> virtual keys (VK_CONTROL, VK_MENU, VK_SHIFT; VK_LWIN and VK_RWIN)
VIRTUAL_KEYS = {"ctrl": (0x11,), "alt": (0x12,), "shift": (0x10,), "super": (0x5B, 0x5C)}


class HeldModifiers:
    def __init__(self, scan_codes: dict[str, set[int]], windows_down: Callable[[str], bool],
                 clock: Callable[[], float] = time.monotonic) -> None:
        """``scan_codes``: modifier -> its keys' scan codes as ``keyboard`` reports them;
        ``windows_down(modifier)``: whether Windows has it down now."""
        self._modifier_of = {code: mod for mod, codes in scan_codes.items() for code in codes}
        self._windows_down = windows_down
        self._clock = clock
        self._pressed: dict[int, float] = {}  # scan code -> when it was last pressed
        self._lock = threading.Lock()

    def feed(self, event) -> None:
        """A ``keyboard`` event.  Keys sent without a scan code (ours) do not count."""
        if event.scan_code not in self._modifier_of:
            return
        with self._lock:
            if event.event_type == "down":
                self._pressed[event.scan_code] = self._clock()
            else:
                self._pressed.pop(event.scan_code, None)

    def held(self) -> frozenset[str]:
        now = self._clock()
        with self._lock:
            pressed = dict(self._pressed)
        mods = {self._modifier_of[code] for code, when in pressed.items() if now - when < HELD_FRESH_S}
        mods |= {self._modifier_of[code] for code in pressed if self._windows_down(self._modifier_of[code])}
        return frozenset(mods)
