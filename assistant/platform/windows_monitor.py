"""Watching what the agent types in any window, on Windows, through ``keyboard.hook``.

``keyboard``'s low-level hook sees every key before the focused window does, without
taking it away.  Each key press becomes an :class:`assistant.expansion.Key` for the
expander, with the foreground program (``app``) and whether it is one of ours.

* Our own keys: the backend sends every key without a scan code, which ``keyboard``
  reports as a negative ``scan_code`` (a physical key always has one), and its typed
  text as Unicode packets, which ``keyboard`` never reports; so both are skipped with no
  counting (see windows.py).
* A key pressed while Ctrl, Alt or Win is held is a shortcut (``chord``), not typing;
  AltGr characters are typing.  Held modifiers come from windows_keystate.py.
* A key in another foreground window than the last key's first reports ``focus``, so
  a code half-typed in one window never fires in the next.  A mouse click inside the
  same window is not seen (as on X11): ``keyboard`` has no mouse hook of its own (its
  mouse module is deprecated), and a second low-level hook would run Python on every
  mouse move.
* The hook sees the raw keys, not what an input method made of them: in Chinese mode
  ``;dd`` + space is "；" and a pinyin candidate, not our code.  So each terminator key
  (space, Tab, Enter) asks ``ime()`` — by default :func:`ime_native`, the focused
  window's input method through WM_IME_CONTROL — and carries ``composing=True`` when
  it is open in native (Chinese) mode; the expander then fires nothing.
"""

from __future__ import annotations

import ctypes
import logging
import os
from typing import Callable

import keyboard

from assistant.expansion import Key
from assistant.platform import windows_api
from assistant.platform.windows_api import GUITHREADINFO, Win32
from assistant.platform.windows_keystate import HeldModifiers

log = logging.getLogger(__name__)

IME_TIMEOUT_MS = 50  # a hung chat window must not stall typed codes
_NAMED = {"backspace": "backspace", "enter": "enter", "tab": "tab", "space": "space", "esc": "escape",
          "left": "left", "right": "right", "up": "up", "down": "down", "home": "home", "end": "end",
          "delete": "delete", "insert": "insert", "page up": "pageup", "page down": "pagedown"}
_TERMINATORS = {"space", "tab", "enter"}
_SHORTCUT_MODIFIERS = {"ctrl", "alt", "super"}


class WindowsKeyMonitor:
    def __init__(self, on_key: Callable[[Key], None], foreground: Callable[[], tuple[int, int, str] | None],
                 modifiers: HeldModifiers, ime: Callable[[], bool] = lambda: False) -> None:
        """``foreground()``: (window, pid, process name) or None, as WindowsWindows.foreground."""
        self.on_key, self.foreground, self.modifiers, self.ime = on_key, foreground, modifiers, ime
        self._unhook = None
        self._window: int | None = None  # the foreground window of the last key

    def start(self) -> None:
        self._unhook = keyboard.hook(self._on_event)

    def stop(self) -> None:
        if self._unhook is not None:
            keyboard.unhook(self._unhook)
            self._unhook = None

    def _on_event(self, event) -> None:
        """On keyboard's event thread, in event order."""
        try:
            self.modifiers.feed(event)
            typed = event.event_type == keyboard.KEY_DOWN and event.scan_code > 0  # ours have no scan code
            if typed and not keyboard.is_modifier(event.scan_code):
                for key in self._keys(event):
                    self.on_key(key)
        except Exception:  # never let a bug stop typed codes for the rest of the session
            log.exception("typing monitor failed on %r", event)

    def _keys(self, event) -> list[Key]:
        window, pid, app = self.foreground() or (0, 0, "")
        ours = pid == os.getpid()
        keys = []
        if self._window is not None and window != self._window:
            keys.append(Key(name="focus", app=app, ours=ours))
        self._window = window
        if self.modifiers.held() & _SHORTCUT_MODIFIERS:
            return keys + [Key(name="chord", app=app, ours=ours)]
        name = _NAMED.get(event.name or "")
        if name:
            return keys + [Key(name=name, app=app, ours=ours, composing=name in _TERMINATORS and self.ime())]
        if event.name and len(event.name) == 1 and event.name.isprintable():
            return keys + [Key(char=event.name, app=app, ours=ours)]
        return keys + [Key(name="other", app=app, ours=ours)]


def ime_native(api: Win32) -> bool:
    """True while the focused window's input method is open in native (Chinese) mode.

    Asks the input method's default window (ImmGetDefaultIMEWnd) of the focused control
    with WM_IME_CONTROL, as input-method indicators do; TSF input methods (Microsoft
    Pinyin, Sogou) answer it too.  No input method, or no answer in time: False."""
    user32 = api.user32
    info = GUITHREADINFO(cbSize=ctypes.sizeof(GUITHREADINFO))
    focus = info.hwndFocus if user32.GetGUIThreadInfo(0, ctypes.byref(info)) else None  # 0: the foreground thread
    window = focus or user32.GetForegroundWindow()
    ime = api.imm32.ImmGetDefaultIMEWnd(window) if window else None
    if not ime:
        return False
    return bool(_ime_control(api, ime, windows_api.IMC_GETOPENSTATUS)) and \
        bool(_ime_control(api, ime, windows_api.IMC_GETCONVERSIONMODE) & windows_api.IME_CMODE_NATIVE)


def _ime_control(api: Win32, ime: int, command: int) -> int:
    result = ctypes.c_size_t(0)
    if not api.user32.SendMessageTimeoutW(ime, windows_api.WM_IME_CONTROL, command, 0, windows_api.SMTO_ABORTIFHUNG,
                                          IME_TIMEOUT_MS, ctypes.byref(result)):
        return 0
    return result.value
