"""Small fakes of the ``keyboard`` package and of user32, kernel32 and imm32, for testing
the Windows backend on Linux.

:class:`FakeWindowsSession` plays Windows and ``keyboard`` together.  The agent's keys
(``key_down``/``tap``) carry their set-1 scan codes; ``keyboard``'s suppressing hotkeys
see them first and take the chord's key away when the callback returns False; hooks
then get every event, as ``keyboard`` queues them, and what was not taken away reaches
the focused window (``received``).  Keys the backend sends with ``keyboard.send`` of
negative codes are virtual keys without a scan code, reported with ``scan_code=-vk``
(or not at all, with ``hide_sends``, as while ``keyboard`` is replaying); text from
``keyboard.write`` is Unicode packets, which ``keyboard``'s hook never reports.
Win32 functions refuse to run without a prototype (argtypes), as a real 64-bit call
without one would cut handles.  Constants carry the real values from the SDK headers.
"""

from __future__ import annotations

import types
from dataclasses import dataclass

SCAN = {**{c: code for code, c in enumerate("1234567890", start=2)}, "-": 12, "=": 13, "backspace": 14, "tab": 15,
        **{c: code for code, c in enumerate("qwertyuiop", start=16)}, "enter": 28, "ctrl": 29,
        **{c: code for code, c in enumerate("asdfghjkl;", start=30)}, "'": 40, "shift": 42,
        **{c: code for code, c in enumerate("zxcvbnm,./", start=44)}, "right shift": 54, "alt": 56, "space": 57,
        "esc": 1, "home": 71, "up": 72, "page up": 73, "left": 75, "right": 77, "end": 79, "down": 80,
        "insert": 82, "delete": 83, "windows": 91, "right windows": 92}
MODIFIER_SCANS = {"ctrl": (29,), "alt": (56,), "shift": (42, 54), "windows": (91, 92)}
VK_OF_SCAN = {29: 0x11, 56: 0x12, 42: 0x10, 54: 0x10, 91: 0x5B, 92: 0x5C}
VK_NAMES = {0x11: "ctrl", 0x12: "alt", 0x10: "shift", 0x5B: "left windows", 0x0D: "enter", 0x08: "backspace",
            0x09: "tab", 0x20: "space", 0x25: "left", 0x2D: "insert"}
VK_SCAN = {0xBA: ";", 0xBF: "/", 0xBB: "="}  # VkKeyScanW on a US layout: virtual key -> character
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN = 0x1, 0x2, 0x4, 0x8
SW_RESTORE = 9
WM_IME_CONTROL, IMC_GETCONVERSIONMODE, IMC_GETOPENSTATUS = 0x0283, 0x0001, 0x0005


@dataclass
class FakeEvent:
    event_type: str
    scan_code: int
    name: str | None = None


@dataclass
class FakeWindow:
    title: str
    pid: int
    iconic: bool = False
    alive: bool = True


class FakeFunction:
    def __init__(self, name: str, impl) -> None:
        self.name, self.impl = name, impl
        self.argtypes = None
        self.restype = None

    def __call__(self, *args):
        assert self.argtypes is not None, f"{self.name} called without a prototype"
        assert len(args) == len(self.argtypes), f"{self.name} takes {len(self.argtypes)} arguments"
        return self.impl(*args)


class FakeDLL:
    def __init__(self, **functions) -> None:
        for name, impl in functions.items():
            setattr(self, name, FakeFunction(name, impl))


class FakeWindowsSession:
    def __init__(self) -> None:
        # keyboard
        self.hooks: list = []
        self.hotkeys: list[dict] = []
        self.pressed: set[int] = set()  # physical keys down, by scan code
        self.hide_sends = False
        self.sent: list[tuple[str, int]] = []  # ('down'/'up', virtual key) the backend sent
        self.sent_down: set[int] = set()  # virtual keys the backend pressed and has not released
        self.writes: list[dict] = []
        self.received: list[tuple] = []  # what reached the focused window, in order
        # windows
        self.windows: dict[int, FakeWindow] = {}
        self.processes: dict[int, str] = {}
        self.front = 0
        self.our_pid = 0
        self.shown: list[tuple[int, int]] = []
        self.open_handles: set[int] = set()
        self.windows_down: set[int] = set()  # virtual keys GetAsyncKeyState reports down
        self.taken: set[tuple[int, int]] = set()  # (mods, vk) another program registered
        self.registered: dict[int, tuple[int, int]] = {}
        self.probes: list[tuple[int, int]] = []
        self.last_error = 0
        self.ime: dict[int, tuple[int, int]] = {}  # window -> (open, conversion mode) of its input method
        self.ime_hung = False
        self.focus: int | None = None  # the focused control inside the foreground window
        self.dll_flags: list[tuple[str, bool]] = []
        self._next_handle = 100
        self._handle_pids: dict[int, int] = {}

    # -- what the test does ------------------------------------------------------------
    def window(self, hwnd: int, title: str, pid: int, exe: str) -> FakeWindow:
        self.windows[hwnd] = FakeWindow(title, pid)
        self.processes[pid] = exe
        return self.windows[hwnd]

    def key_down(self, key: str, name: str | None = None) -> bool:
        """The agent presses a key; True when the focused window got it."""
        return self._physical(FakeEvent("down", SCAN[key], name or key))

    def key_up(self, key: str) -> bool:
        return self._physical(FakeEvent("up", SCAN[key], key))

    def tap(self, key: str, name: str | None = None) -> bool:
        got = self.key_down(key, name)
        self.key_up(key)
        return got

    def type(self, text: str) -> None:
        for char in text:
            self.tap({" ": "space"}.get(char, char))

    def _physical(self, event: FakeEvent) -> bool:
        accept = True
        if event.event_type == "down":
            self.pressed.add(event.scan_code)
            for hotkey in list(self.hotkeys):
                if self.pressed == hotkey["keys"] and event.scan_code == hotkey["last"]:
                    result = hotkey["callback"]()
                    accept = accept and (not hotkey["suppress"] or bool(result))
        else:
            self.pressed.discard(event.scan_code)
        vk = VK_OF_SCAN.get(event.scan_code)
        if vk is not None:
            (self.windows_down.add if event.event_type == "down" else self.windows_down.discard)(vk)
        self._to_hooks(event)
        if accept:
            self.received.append((event.event_type, event.name))
        return accept

    def _to_hooks(self, event: FakeEvent) -> None:
        for hook in list(self.hooks):
            hook(event)

    # -- keyboard --------------------------------------------------------------------------
    def _scan_codes(self, name: str) -> tuple[int, ...]:
        return MODIFIER_SCANS.get(name) or ((SCAN[name],) if name in SCAN else ())

    def _hook(self, callback, suppress=False, on_remove=lambda: None):
        self.hooks.append(callback)
        return lambda: self.hooks.remove(callback)

    def _add_hotkey(self, hotkey: str, callback, args=(), suppress=False, timeout=1, trigger_on_release=False):
        parts = [{"plus": "="}.get(part, part) for part in hotkey.split("+")]
        keys = [self._scan_codes(part) for part in parts]
        assert all(keys), f"keyboard knows no key in {hotkey!r}"
        entry = {"name": hotkey, "keys": {codes[0] for codes in keys}, "last": keys[-1][0], "callback": callback,
                 "suppress": suppress}
        self.hotkeys.append(entry)
        return lambda: self.hotkeys.remove(entry)

    def _send(self, hotkey, do_press=True, do_release=True) -> None:
        codes = list(hotkey) if isinstance(hotkey, (list, tuple)) else [hotkey]
        assert all(isinstance(code, int) and code < 0 for code in codes), "the backend sends virtual keys only"
        events = ([("down", c) for c in codes] if do_press else []) + ([("up", c) for c in reversed(codes)]
                                                                       if do_release else [])
        for kind, code in events:
            vk = -code
            self.sent.append((kind, vk))
            (self.sent_down.add if kind == "down" else self.sent_down.discard)(vk)
            name = VK_NAMES.get(vk, chr(vk).lower())
            if not self.hide_sends:
                self._to_hooks(FakeEvent(kind, code, name))
            self.received.append((kind, name))

    def _write(self, text: str, delay=0, restore_state_after=True, exact=None) -> None:
        self.writes.append({"text": text, "delay": delay, "restore_state_after": restore_state_after, "exact": exact})
        self.received.append(("text", text))  # Unicode packets: keyboard's hook never reports them

    def keyboard_module(self) -> types.ModuleType:
        module = types.ModuleType("keyboard")
        module.__dict__.update(
            KEY_DOWN="down", KEY_UP="up", hook=self._hook, unhook=lambda remove: remove(),
            add_hotkey=self._add_hotkey, remove_hotkey=lambda remove: remove(), send=self._send,
            press=lambda hotkey: self._send(hotkey, True, False),
            release=lambda hotkey: self._send(hotkey, False, True),
            write=self._write, key_to_scan_codes=lambda name, error_if_missing=True: self._scan_codes(name),
            is_modifier=lambda code: any(code in codes for codes in MODIFIER_SCANS.values()),
        )
        return module

    # -- user32 ----------------------------------------------------------------------------
    def _thread_process(self, hwnd, pid_ref) -> int:
        window = self.windows.get(hwnd)
        pid_ref._obj.value = window.pid if window else 0
        return 1 if window else 0

    def _text_length(self, hwnd) -> int:
        return len(self.windows[hwnd].title)

    def _text(self, hwnd, buffer, size) -> int:
        buffer.value = self.windows[hwnd].title[:size - 1]
        return len(buffer.value)

    def _show(self, hwnd, command) -> int:
        self.shown.append((hwnd, command))
        if command == SW_RESTORE:
            self.windows[hwnd].iconic = False
        return 1

    def _set_foreground(self, hwnd) -> int:
        """A background process may take the foreground only while Alt is down."""
        ours = self.front in self.windows and self.windows[self.front].pid == self.our_pid
        if not (ours or 0x12 in self.sent_down) or self.windows[hwnd].iconic:
            return 0
        self.front = hwnd
        return 1

    def _register_hotkey(self, hwnd, ident, mods, vk) -> int:
        self.probes.append((mods, vk))
        if (mods, vk) in self.taken or ident in self.registered:
            self.last_error = ERROR_HOTKEY_ALREADY_REGISTERED
            return 0
        self.registered[ident] = (mods, vk)
        return 1

    def _unregister_hotkey(self, hwnd, ident) -> int:
        return 1 if self.registered.pop(ident, None) else 0

    def _gui_thread_info(self, thread, info_ref) -> int:
        assert thread == 0, "the foreground thread"
        info_ref._obj.hwndFocus = self.focus or self.front
        return 1

    def _send_message_timeout(self, hwnd, message, wparam, lparam, flags, timeout, result_ref) -> int:
        owner = next((window for window, ime in self.ime.items() if window + 1000 == hwnd), None)
        if self.ime_hung or owner is None or message != WM_IME_CONTROL:
            return 0
        is_open, mode = self.ime[owner]
        result_ref._obj.value = {IMC_GETOPENSTATUS: is_open, IMC_GETCONVERSIONMODE: mode}[wparam]
        return 1

    # -- kernel32 ---------------------------------------------------------------------------
    def _open_process(self, access, inherit, pid) -> int:
        assert access == 0x1000, "PROCESS_QUERY_LIMITED_INFORMATION is enough"
        if pid not in self.processes:
            return 0
        self._next_handle += 4
        self.open_handles.add(self._next_handle)
        self._handle_pids[self._next_handle] = pid
        return self._next_handle

    def _image_name(self, handle, flags, buffer, size_ref) -> int:
        buffer.value = self.processes[self._handle_pids[handle]]
        size_ref._obj.value = len(buffer.value)
        return 1

    def _close_handle(self, handle) -> int:
        self.open_handles.remove(handle)
        return 1

    def dlls(self) -> dict[str, FakeDLL]:
        user32 = FakeDLL(
            GetForegroundWindow=lambda: self.front or None, GetWindowTextLengthW=self._text_length,
            GetWindowTextW=self._text, GetWindowThreadProcessId=self._thread_process,
            IsWindow=lambda hwnd: int(hwnd in self.windows and self.windows[hwnd].alive),
            IsIconic=lambda hwnd: int(self.windows[hwnd].iconic), ShowWindow=self._show,
            SetForegroundWindow=self._set_foreground, RegisterHotKey=self._register_hotkey,
            UnregisterHotKey=self._unregister_hotkey,
            GetAsyncKeyState=lambda vk: -0x8000 if vk in self.windows_down else 0,  # a SHORT: the top bit is the sign
            VkKeyScanW=lambda char: next((vk for vk, c in VK_SCAN.items() if c == char), -1),
            GetGUIThreadInfo=self._gui_thread_info, SendMessageTimeoutW=self._send_message_timeout)
        kernel32 = FakeDLL(OpenProcess=self._open_process, QueryFullProcessImageNameW=self._image_name,
                           CloseHandle=self._close_handle)
        imm32 = FakeDLL(ImmGetDefaultIMEWnd=lambda hwnd: hwnd + 1000 if hwnd in self.ime else None)
        return {"user32": user32, "kernel32": kernel32, "imm32": imm32}

    def win_dll(self, dlls: dict[str, FakeDLL]):
        def load(name: str, use_last_error: bool = False) -> FakeDLL:
            self.dll_flags.append((name, use_last_error))
            return dlls[name]
        return load
