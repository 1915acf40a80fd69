"""Watching what the agent types in any window, on X11, through the RECORD extension.

RECORD sees the key events the server delivers to every client, without taking them
away (unlike a grab) and without root (unlike /dev/input).  Each key press becomes an
:class:`assistant.expansion.Key` for the expander.  Keys we inject ourselves (Ctrl+V,
Backspaces, type-out) are recorded too: the key sender counts every press it sends and
``ignore()`` takes one off that count per recorded press, so exactly ours are dropped.

RECORD sees the raw keys, not what an input method made of them: in Chinese mode
``;jj`` + space is "；" and a pinyin candidate, not our code.  So each terminator key
(space, Tab, Enter: only those can fire a code) asks ``ime()`` — by default the D-Bus
probe of :mod:`assistant.platform.x11_ime` — and carries ``composing=True`` when the
input method is in its native mode; the expander then fires nothing.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from Xlib import XK, X, display
from Xlib.ext import record
from Xlib.protocol import rq

from assistant.expansion import Key
from assistant.platform.base import PlatformUnsupported

log = logging.getLogger(__name__)

_NAMED = {"BackSpace": "backspace", "Return": "enter", "KP_Enter": "enter", "Tab": "tab", "space": "space",
          "Escape": "escape", "Left": "left", "Right": "right", "Up": "up", "Down": "down", "Home": "home",
          "End": "end", "Delete": "delete", "Prior": "pageup", "Next": "pagedown"}
_MODIFIER_NAMES = {"Shift_L", "Shift_R", "Control_L", "Control_R", "Alt_L", "Alt_R", "Super_L", "Super_R",
                   "Caps_Lock", "Num_Lock", "Meta_L", "Meta_R", "ISO_Level3_Shift"}


class X11KeyMonitor:
    def __init__(self, on_key: Callable[[Key], None], ignore: Callable[[], bool] = lambda: False,
                 name: str | None = None, ime: Callable[[], bool] | None = None) -> None:
        try:
            self.local = display.Display(name)  # answers keysym questions
            self.recorder = display.Display(name)  # blocked inside the record loop
        except Exception as exc:
            raise PlatformUnsupported(f"cannot watch typing on this X display: {exc}")
        if not self.recorder.has_extension("RECORD"):
            raise PlatformUnsupported("the X server has no RECORD extension: typed codes are off")
        self.on_key, self.ignore = on_key, ignore
        self.probe = None if ime is not None else _ime_probe(name)
        self.ime = ime if ime is not None else (self.probe.composing if self.probe else lambda: False)
        self.context = self.recorder.record_create_context(0, [record.AllClients], [{
            "core_requests": (0, 0), "core_replies": (0, 0), "ext_requests": (0, 0, 0, 0),
            "ext_replies": (0, 0, 0, 0), "delivered_events": (0, 0),
            "device_events": (X.KeyPress, X.KeyPress), "errors": (0, 0),
            "client_started": False, "client_died": False}])
        self.thread = threading.Thread(target=self._run, name="x11-typing", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _run(self) -> None:
        try:
            self.recorder.record_enable_context(self.context, self._reply)
        except Exception:  # the display went away: typed codes stop, hotkeys still work
            log.exception("typing monitor stopped")

    def _reply(self, reply) -> None:
        if reply.category != record.FromServer or reply.client_swapped or not reply.data:
            return
        data = reply.data
        while data:
            event, data = rq.EventField(None).parse_binary_value(data, self.recorder.display, None, None)
            if event.type == X.KeyPress and not self.ignore():
                key = self._key(event.detail, event.state)
                if key is not None:
                    self.on_key(key)

    def _key(self, keycode: int, state: int) -> Key | None:
        shifted = bool(state & X.ShiftMask) != bool(state & X.LockMask)
        keysym = self.local.keycode_to_keysym(keycode, 1 if shifted else 0) or \
            self.local.keycode_to_keysym(keycode, 0)
        name = _keysym_name(keysym)
        if name in _MODIFIER_NAMES:
            return None
        if state & (X.ControlMask | X.Mod1Mask | X.Mod4Mask):
            return Key(name="chord")  # a shortcut, not typing: forget the code being typed
        if name in _NAMED:
            named = _NAMED[name]
            return Key(name=named, composing=named in _TERMINATORS and self.ime())
        char = _keysym_char(keysym)
        return Key(char=char) if char else Key(name="other")

    def stop(self) -> None:
        try:
            self.local.record_disable_context(self.context)
            self.local.flush()
        finally:
            self.thread.join(timeout=2)
            self.local.close()
            if self.probe is not None:
                self.probe.close()


_TERMINATORS = {"space", "tab", "enter"}


def _ime_probe(display_name: str | None):
    try:
        from assistant.platform.x11_ime import ImeProbe
    except ImportError as exc:  # jeepney missing: typed codes work, without the IME guard
        log.warning("cannot ask the input method whether it is composing (%s)", exc)
        return None
    return ImeProbe(display_name)


_NAME_OF = {XK.string_to_keysym(name): name for name in _NAMED.keys() | _MODIFIER_NAMES}


def _keysym_name(keysym: int) -> str:
    return _NAME_OF.get(keysym, "")


def _keysym_char(keysym: int) -> str:
    if 0x20 <= keysym <= 0x7E or 0xA0 <= keysym <= 0xFF:
        return chr(keysym)
    if keysym & 0xFF000000 == 0x01000000:
        return chr(keysym & 0x00FFFFFF)
    return ""
