"""Windows backend: the ``keyboard`` package (low-level hook, keybd_event) and user32.

* Hotkeys: ``keyboard.add_hotkey(..., suppress=True)`` so the chat app never sees the
  chord.  ``keyboard`` calls a suppressing hotkey's callback inside its low-level hook,
  where Windows allows well under a second before it skips (and at last silently
  removes) the hook, so the callback only queues the call for a dispatcher thread.
  ``keyboard`` cannot tell whether another program also registered the chord; we try
  ``RegisterHotKey`` once for it and release it at once, which fails with
  ERROR_HOTKEY_ALREADY_REGISTERED when another program (or Windows) holds it.
* Key sending: every key goes out as a virtual key without a scan code (``keyboard.send``
  with negative codes is ``keybd_event(vk, 0)``); chat apps act on the virtual key.
  ``keyboard`` reports such a key with a negative ``scan_code`` while a physical key
  always has one, so the typing monitor knows our own keys without counting them
  (a count goes wrong whenever ``keyboard`` hides one of its own sends from its
  handlers, which it does while it is replaying).  Such keys are not modifiers to
  ``keyboard`` either, so its hotkey suppression never holds back our Ctrl of Ctrl+V.
  Text is typed with ``keyboard.write(exact=True)`` (SendInput with KEYEVENTF_UNICODE:
  CJK and emoji whatever the layout, and invisible to low-level hooks); a line break is
  an Enter key.
* ``modifiers_down`` reports the four modifiers (see windows_keystate.py for why both
  ``keyboard``'s events and GetAsyncKeyState are asked).  There is no ``'hotkey'`` entry
  as on X11: nothing grabs the keyboard here (RegisterHotKey is only probed and released;
  the hook takes away only the chord's own key), so keys we send while the agent still
  holds the hotkey's key reach the chat window.
* Foreground: ``GetForegroundWindow`` remembers the chat window; ``SetForegroundWindow``
  brings it back, restored first when minimised, with Alt held meanwhile (Windows lets a
  background process take the foreground while Alt is down).
* Win32 functions are bound in windows_api.py when the backend is created, so this module
  imports on any OS; tests run it on Linux against fakes (tests/assistant/desktop/test_windows.py).
"""

from __future__ import annotations

import ctypes
import logging
import threading
from ctypes import wintypes
from typing import Callable

import keyboard

from assistant.platform import windows_api
from assistant.platform.base import Desktop, HotkeyError, WindowRef
from assistant.platform.callbacks import CallbackThread
from assistant.platform.keys import MODIFIERS, Chord, parse_chord
from assistant.platform.windows_api import KEY_DOWN_BIT, Win32
from assistant.platform.windows_keystate import KEYBOARD_NAMES, VIRTUAL_KEYS, HeldModifiers

log = logging.getLogger(__name__)

TYPE_DELAY_S = 0.002  # between typed characters: a burst of Unicode packets can overrun a busy chat box
PROBE_ID = 0xBEEF  # the id of our short-lived RegisterHotKey probe
_MOD_FLAGS = {"alt": 0x1, "ctrl": 0x2, "shift": 0x4, "super": 0x8}  # MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN
_VK_ALT = 0x12
_NAMED_VK = {"enter": 0x0D, "tab": 0x09, "space": 0x20, "escape": 0x1B, "backspace": 0x08, "insert": 0x2D,
             "delete": 0x2E, "home": 0x24, "end": 0x23, "pageup": 0x21, "pagedown": 0x22, "left": 0x25,
             "up": 0x26, "right": 0x27, "down": 0x28, "plus": 0xBB, **{f"f{n}": 0x6F + n for n in range(1, 25)}}
_KEYBOARD_KEY_NAMES = {"pageup": "page up", "pagedown": "page down"}
_NAME_CACHE = 256


def virtual_key(api: Win32, key: str) -> int:
    """The virtual key for a chord's key; punctuation as the current layout places it."""
    if key in _NAMED_VK:
        return _NAMED_VK[key]
    if len(key) == 1 and key.isascii() and key.isalnum():
        return ord(key.upper())
    found = api.user32.VkKeyScanW(key) if len(key) == 1 else -1
    if found == -1:
        raise HotkeyError(f"the key '{key}' is not on this keyboard", chord=key)
    return found & 0xFF


def keyboard_name(chord: Chord) -> str:
    """A chord as ``keyboard`` names it: 'ctrl+alt+page up', 'windows+k'."""
    return "+".join([KEYBOARD_NAMES[m] for m in MODIFIERS if m in chord.modifiers]
                    + [_KEYBOARD_KEY_NAMES.get(chord.key, chord.key)])


def held_modifiers(api: Win32) -> HeldModifiers:
    """A tracker of the agent's modifiers, to be fed ``keyboard``'s events."""
    scan_codes = {mod: {code for code in keyboard.key_to_scan_codes(name, False) if code > 0}  # ours have none
                  for mod, name in KEYBOARD_NAMES.items()}

    def windows_down(modifier: str) -> bool:
        return any(api.user32.GetAsyncKeyState(vk) & KEY_DOWN_BIT for vk in VIRTUAL_KEYS[modifier])

    return HeldModifiers(scan_codes, windows_down)


class WindowsWindows:
    def __init__(self, api: Win32) -> None:
        self.api = api
        self._apps: dict[tuple[int, int], str] = {}  # (window, pid) -> process name

    def foreground(self) -> tuple[int, int, str] | None:
        """(window, pid, process name) of the foreground window; the name is asked once per window."""
        user32 = self.api.user32
        hwnd = user32.GetForegroundWindow()
        if not hwnd:
            return None
        pid = wintypes.DWORD()
        user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
        known = self._apps.get((hwnd, pid.value))
        if known is None:
            if len(self._apps) >= _NAME_CACHE:
                self._apps.clear()
            known = self._apps[(hwnd, pid.value)] = self._process_name(pid.value)
        return int(hwnd), pid.value, known

    def current(self) -> WindowRef | None:
        front = self.foreground()
        if front is None:
            return None
        hwnd, pid, app = front
        length = self.api.user32.GetWindowTextLengthW(hwnd)
        buffer = ctypes.create_unicode_buffer(length + 1)
        self.api.user32.GetWindowTextW(hwnd, buffer, length + 1)
        return WindowRef(hwnd, title=buffer.value, app=app, pid=pid)

    def activate(self, window: WindowRef) -> bool:
        user32, hwnd = self.api.user32, int(window.handle)
        if not user32.IsWindow(hwnd):
            return False
        if user32.IsIconic(hwnd):
            user32.ShowWindow(hwnd, windows_api.SW_RESTORE)
        keyboard.press(-_VK_ALT)  # while Alt is down, a background process may take the foreground
        try:
            user32.SetForegroundWindow(hwnd)
        finally:
            keyboard.release(-_VK_ALT)
        return user32.GetForegroundWindow() == hwnd

    def _process_name(self, pid: int) -> str:
        kernel32 = self.api.kernel32
        handle = kernel32.OpenProcess(windows_api.PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return ""
        try:
            size = wintypes.DWORD(260)
            buffer = ctypes.create_unicode_buffer(size.value)
            if kernel32.QueryFullProcessImageNameW(handle, 0, buffer, ctypes.byref(size)):
                return buffer.value.rsplit("\\", 1)[-1]
            return ""
        finally:
            kernel32.CloseHandle(handle)


class WindowsKeys:
    def __init__(self, api: Win32, held: Callable[[], frozenset[str]]) -> None:
        self.api = api
        self.held = held

    def send_chord(self, chord: str) -> None:
        parsed = parse_chord(chord) if "+" in chord or len(chord) > 1 else Chord(frozenset(), chord)
        codes = [VIRTUAL_KEYS[m][0] for m in MODIFIERS if m in parsed.modifiers] + [virtual_key(self.api, parsed.key)]
        keyboard.send([-code for code in codes])  # pressed in order, released in reverse

    def type_text(self, text: str) -> None:
        for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if number:
                self.send_chord("enter")
            if line:
                keyboard.write(line, delay=TYPE_DELAY_S, restore_state_after=False, exact=True)

    def modifiers_down(self) -> frozenset[str]:
        return self.held()


class WindowsHotkeys:
    """Suppressing ``keyboard`` hotkeys; also follows the modifiers (see windows_keystate.py)."""

    def __init__(self, api: Win32, held: HeldModifiers) -> None:
        self.api = api
        self.modifiers = held
        self._bound: dict[str, Callable] = {}  # chord -> keyboard's remover
        self._lock = threading.Lock()
        self._unhook = keyboard.hook(held.feed)
        self._calls = CallbackThread("windows-hotkey-calls")

    def register(self, chord: str, callback: Callable[[], None]) -> None:
        parsed = parse_chord(chord)
        name = str(parsed)
        with self._lock:
            if name in self._bound:
                raise HotkeyError(f"{name} is already one of our hotkeys", chord=name)
        self._probe(parsed)
        remover = keyboard.add_hotkey(keyboard_name(parsed), lambda: self._queue(callback), suppress=True)
        with self._lock:
            self._bound[name] = remover

    def _probe(self, chord: Chord) -> None:
        user32, name = self.api.user32, str(chord)
        mods = sum(_MOD_FLAGS[m] for m in chord.modifiers)
        if user32.RegisterHotKey(None, PROBE_ID, mods, virtual_key(self.api, chord.key)):
            user32.UnregisterHotKey(None, PROBE_ID)
            return
        error = self.api.last_error()
        if error == windows_api.ERROR_HOTKEY_ALREADY_REGISTERED:
            raise HotkeyError(f"{name} is already used by another program", chord=name)
        log.warning("could not check whether another program uses %s (RegisterHotKey error %d)", name, error)

    def _queue(self, callback: Callable[[], None]) -> bool:
        """Runs inside keyboard's hook: hand the call over; False swallows the chord."""
        self._calls.put(callback)
        return False

    def unregister(self, chord: str) -> None:
        with self._lock:
            remover = self._bound.pop(str(parse_chord(chord)), None)
        if remover is not None:
            keyboard.remove_hotkey(remover)

    def close(self) -> None:
        with self._lock:
            removers, self._bound = list(self._bound.values()), {}
        for remover in removers:
            keyboard.remove_hotkey(remover)
        if self._unhook is not None:
            keyboard.unhook(self._unhook)
            self._unhook = None
        self._calls.close()


def create() -> Desktop:
    from assistant.platform.windows_monitor import WindowsKeyMonitor, ime_native

    api = windows_api.load()
    windows = WindowsWindows(api)
    hotkeys = WindowsHotkeys(api, held_modifiers(api))

    def watch_typing(on_key):
        return WindowsKeyMonitor(on_key, windows.foreground, held_modifiers(api), lambda: ime_native(api))

    return Desktop("windows", windows, WindowsKeys(api, hotkeys.modifiers.held), hotkeys, line_ending="\r\n",
                   watch_typing=watch_typing)
