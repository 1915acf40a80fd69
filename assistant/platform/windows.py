"""Windows backend: the ``keyboard`` package (low-level hook, SendInput) and user32.

* Hotkeys: ``keyboard.add_hotkey(..., suppress=True)`` so the chat app never sees the
  chord.  ``keyboard`` cannot tell whether another program also registered it; we also
  try ``RegisterHotKey`` once for the chord and release it at once, which fails with
  ERROR_HOTKEY_ALREADY_REGISTERED when another program holds it.
* Foreground: ``GetForegroundWindow`` remembers the chat window; ``SetForegroundWindow``
  brings it back (with the ALT-key nudge Windows requires from a background process).
* Text is pasted with CRLF line endings; type-out uses ``keyboard.write`` (SendInput
  with KEYEVENTF_UNICODE, which carries CJK and emoji).

This module only imports on Windows; the tests on Linux cover the shared algorithm.
"""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from typing import Callable

import keyboard

from assistant.platform.base import Desktop, HotkeyError, WindowRef
from assistant.platform.keys import parse_chord

user32 = ctypes.WinDLL("user32", use_last_error=True)
kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
_MODS = {"alt": 0x1, "ctrl": 0x2, "shift": 0x4, "super": 0x8}
_VK = {"enter": 0x0D, "tab": 0x09, "space": 0x20, "escape": 0x1B, "backspace": 0x08, "insert": 0x2D,
       "delete": 0x2E, "home": 0x24, "end": 0x23, "pageup": 0x21, "pagedown": 0x22, "left": 0x25, "up": 0x26,
       "right": 0x27, "down": 0x28, **{f"f{n}": 0x6F + n for n in range(1, 25)}}
ERROR_HOTKEY_ALREADY_REGISTERED = 1409


def _keyboard_name(chord: str) -> str:
    parsed = parse_chord(chord)
    names = {"super": "windows", "enter": "enter", "pageup": "page up", "pagedown": "page down"}
    return "+".join([names.get(m, m) for m in ("ctrl", "alt", "shift", "super") if m in parsed.modifiers]
                    + [names.get(parsed.key, parsed.key)])


class WindowsWindows:
    def current(self) -> WindowRef | None:
        hwnd = user32.GetForegroundWindow()
        if not hwnd:
            return None
        length = user32.GetWindowTextLengthW(hwnd)
        buffer = ctypes.create_unicode_buffer(length + 1)
        user32.GetWindowTextW(hwnd, buffer, length + 1)
        pid = wintypes.DWORD()
        user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
        return WindowRef(int(hwnd), title=buffer.value, app=_process_name(pid.value), pid=pid.value)

    def activate(self, window: WindowRef) -> bool:
        hwnd = wintypes.HWND(int(window.handle))
        if not user32.IsWindow(hwnd):
            return False
        if user32.IsIconic(hwnd):
            user32.ShowWindow(hwnd, 9)  # SW_RESTORE
        keyboard.press_and_release("alt")  # lets a background process take the foreground
        user32.SetForegroundWindow(hwnd)
        return user32.GetForegroundWindow() == hwnd.value


def _process_name(pid: int) -> str:
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
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
    def send_chord(self, chord: str) -> None:
        keyboard.send(_keyboard_name(chord) if "+" in chord or len(chord) > 1 else chord)

    def type_text(self, text: str) -> None:
        keyboard.write(text.replace("\r\n", "\n"), delay=0.002)

    def modifiers_down(self) -> frozenset[str]:
        return frozenset(m for m, name in (("ctrl", "ctrl"), ("alt", "alt"), ("shift", "shift"),
                                           ("super", "windows")) if keyboard.is_pressed(name))


class WindowsHotkeys:
    def __init__(self) -> None:
        self._bound: dict[str, object] = {}

    def register(self, chord: str, callback: Callable[[], None]) -> None:
        parsed = parse_chord(chord)
        name = str(parsed)
        if name in self._bound:
            raise HotkeyError(f"{name} is already one of our hotkeys", chord=name)
        vk = _VK.get(parsed.key) or ord(parsed.key.upper())
        mods = sum(_MODS[m] for m in parsed.modifiers)
        if not user32.RegisterHotKey(None, 0xBEEF, mods, vk):
            if ctypes.get_last_error() == ERROR_HOTKEY_ALREADY_REGISTERED:
                raise HotkeyError(f"{name} is already used by another program", chord=name)
        else:
            user32.UnregisterHotKey(None, 0xBEEF)
        self._bound[name] = keyboard.add_hotkey(_keyboard_name(chord), callback, suppress=True)

    def unregister(self, chord: str) -> None:
        handle = self._bound.pop(str(parse_chord(chord)), None)
        if handle is not None:
            keyboard.remove_hotkey(handle)

    def close(self) -> None:
        for handle in self._bound.values():
            keyboard.remove_hotkey(handle)
        self._bound.clear()


def create() -> Desktop:
    return Desktop("windows", WindowsWindows(), WindowsKeys(), WindowsHotkeys(), line_ending="\r\n")
