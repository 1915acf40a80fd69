"""macOS backend through pyobjc: Quartz event taps and posted key events, NSWorkspace.

* Chord names: the shared ones from keys.py.  On a Mac ``super`` is ⌘ Command (``cmd``
  is accepted and means the same), ``alt`` is ⌥ Option, ``ctrl`` is ⌃ Control; the
  paste chord is ``cmd+v``.  Keys are the US (ANSI) key positions; ``insert`` is the
  Help key that sits where a PC keyboard's Insert is; F21-F24 do not exist on a Mac.
* Hotkeys: an active event tap (kCGEventTapOptionDefault) on its own thread and
  CFRunLoop sees every key press; a registered chord's key down (and its key up) is
  swallowed, so the chat app never acts on it, and the callback runs on a dispatcher
  thread (a tap callback that takes too long makes macOS disable the tap and stalls
  every keyboard in the session).  Whether another *program* holds a chord cannot be
  known: macOS has no public API that lists other processes' hotkeys (Carbon
  RegisterEventHotKey registrations are private to each process, and our tap sees the
  key before them anyway).  What can be known is reported: the shortcuts macOS itself
  uses (Spotlight, input source switching, screenshots, Mission Control), read from the
  user's ``com.apple.symbolichotkeys`` preferences over the system defaults.
* Typing monitor: a listen-only tap (needs only Input Monitoring) turns key presses and
  clicks into :class:`assistant.expansion.Key`.  Every event we post ourselves carries
  ``INJECTED_MARKER`` in kCGEventSourceUserData, so both taps recognise our own keys
  (no counting, so a dropped event cannot shift which keys are skipped).
* Key sending: CGEventCreateKeyboardEvent + CGEventPost at the HID tap.  Text is typed
  with CGEventKeyboardSetUnicodeString in chunks of UTF-16 units (a surrogate pair is
  never split), so CJK and emoji arrive whatever the keyboard layout; a newline is a
  real Return key.
* Windows: the frontmost application (NSWorkspace); a WindowRef's handle is its pid
  and ``app`` its name as the Dock shows it (localizedName, e.g. 微信 / WeChat, the
  bundle id when it has none), which per-app rules and the typed-code block list match.
* Permissions: Accessibility (posting keys, the active tap) is checked with
  AXIsProcessTrustedWithOptions, which also shows macOS's own prompt; Input Monitoring
  shows as a tap that cannot be created.  Either missing raises PlatformUnsupported
  naming the exact place in System Settings.

This module only imports on macOS (pyobjc); tests on Linux inject small fakes of
Quartz, AppKit and ApplicationServices (tests/assistant/desktop/test_macos.py).
"""

from __future__ import annotations

import array
import logging
import os
import plistlib
import threading
import time
from pathlib import Path
from typing import Callable

import AppKit
import ApplicationServices
import Quartz

from assistant.expansion import Key
from assistant.platform.callbacks import CallbackThread
from assistant.platform.base import Desktop, HotkeyError, PlatformUnsupported, WindowRef
from assistant.platform.keys import Chord, parse_chord

log = logging.getLogger(__name__)

INJECTED_MARKER = 0x4B454655  # 'KEFU' in kCGEventSourceUserData: an event we posted ourselves
UNICODE_CHUNK = 20  # UTF-16 units per event: longer strings are cut short by some apps
ACTIVATE_TIMEOUT_S = 0.5
SYMBOLIC_HOTKEYS = Path.home() / "Library" / "Preferences" / "com.apple.symbolichotkeys.plist"

# Carbon's kVK_* virtual key codes (Events.h): positions on a US (ANSI) keyboard.
_LETTERS = {"a": 0x00, "s": 0x01, "d": 0x02, "f": 0x03, "h": 0x04, "g": 0x05, "z": 0x06, "x": 0x07, "c": 0x08,
            "v": 0x09, "b": 0x0B, "q": 0x0C, "w": 0x0D, "e": 0x0E, "r": 0x0F, "y": 0x10, "t": 0x11, "o": 0x1F,
            "u": 0x20, "i": 0x22, "p": 0x23, "l": 0x25, "j": 0x26, "k": 0x28, "n": 0x2D, "m": 0x2E}
_SYMBOLS = {"1": 0x12, "2": 0x13, "3": 0x14, "4": 0x15, "6": 0x16, "5": 0x17, "=": 0x18, "9": 0x19, "7": 0x1A,
            "-": 0x1B, "8": 0x1C, "0": 0x1D, "]": 0x1E, "[": 0x21, "'": 0x27, ";": 0x29, "\\": 0x2A, ",": 0x2B,
            "/": 0x2C, ".": 0x2F, "`": 0x32, "plus": 0x18}  # 'plus' is the =/+ key, as on X11
_NAMED = {"enter": 0x24, "tab": 0x30, "space": 0x31, "backspace": 0x33, "escape": 0x35, "insert": 0x72,
          "home": 0x73, "pageup": 0x74, "delete": 0x75, "end": 0x77, "pagedown": 0x79, "left": 0x7B,
          "right": 0x7C, "down": 0x7D, "up": 0x7E}
_FKEYS = {"f1": 0x7A, "f2": 0x78, "f3": 0x63, "f4": 0x76, "f5": 0x60, "f6": 0x61, "f7": 0x62, "f8": 0x64,
          "f9": 0x65, "f10": 0x6D, "f11": 0x67, "f12": 0x6F, "f13": 0x69, "f14": 0x6B, "f15": 0x71, "f16": 0x6A,
          "f17": 0x40, "f18": 0x4F, "f19": 0x50, "f20": 0x5A}
KEYCODES = {**_LETTERS, **_SYMBOLS, **_NAMED, **_FKEYS}
_MODIFIER_KEYCODES = {"super": 0x37, "shift": 0x38, "alt": 0x3A, "ctrl": 0x3B}
_MONITOR_NAMES = {0x33: "backspace", 0x24: "enter", 0x4C: "enter", 0x30: "tab", 0x31: "space", 0x35: "escape",
                  0x7B: "left", 0x7C: "right", 0x7D: "down", 0x7E: "up", 0x73: "home", 0x77: "end",
                  0x75: "delete", 0x74: "pageup", 0x79: "pagedown"}
_SHOWN = {"super": "cmd", "alt": "option"}
_ORDER = ("ctrl", "alt", "shift", "super")

# Shortcuts macOS itself keeps (System Settings → Keyboard → Keyboard Shortcuts), by
# their id in com.apple.symbolichotkeys: (key code, modifier flags) as macOS ships them.
_SYSTEM_SHORTCUTS = {
    "60": ("Select the previous input source", 0x31, 0x40000),
    "61": ("Select next source in Input menu", 0x31, 0xC0000),
    "64": ("Show Spotlight search", 0x31, 0x100000),
    "65": ("Show Finder search window", 0x31, 0x180000),
    "28": ("Save picture of screen as a file", 0x14, 0x120000),
    "29": ("Copy picture of screen to the clipboard", 0x14, 0x160000),
    "30": ("Save picture of selected area as a file", 0x15, 0x120000),
    "31": ("Copy picture of selected area to the clipboard", 0x15, 0x160000),
    "184": ("Screenshot and recording options", 0x17, 0x120000),
    "32": ("Mission Control", 0x7E, 0x40000),
    "33": ("Application windows", 0x7D, 0x40000),
    "79": ("Move left a space", 0x7B, 0x40000),
    "81": ("Move right a space", 0x7C, 0x40000),
}
_APP_SWITCHER = {(0x30, 0x100000), (0x30, 0x120000)}  # cmd+tab, cmd+shift+tab (the Dock's, not listed)


def _flag_masks() -> dict[str, int]:
    return {"ctrl": Quartz.kCGEventFlagMaskControl, "alt": Quartz.kCGEventFlagMaskAlternate,
            "shift": Quartz.kCGEventFlagMaskShift, "super": Quartz.kCGEventFlagMaskCommand}


def _relevant(flags: int) -> int:
    """Only the four chord modifiers (not Caps Lock, fn, or the left/right bits)."""
    return flags & sum(_flag_masks().values())


def _flags(modifiers) -> int:
    masks = _flag_masks()
    return sum(masks[m] for m in modifiers)


def shown(chord: Chord) -> str:
    """A chord as a Mac user reads it: 'cmd+option+k'."""
    return "+".join([_SHOWN.get(m, m) for m in _ORDER if m in chord.modifiers] + [chord.key])


def keycode(key: str) -> int:
    code = KEYCODES.get(key.lower())
    if code is None:
        raise HotkeyError(f"the key '{key}' is not on a Mac keyboard", chord=key)
    return code


def _field(event, name: str) -> int:
    return int(Quartz.CGEventGetIntegerValueField(event, getattr(Quartz, name)))


def _injected(event) -> bool:
    return _field(event, "kCGEventSourceUserData") == INJECTED_MARKER


# -- permissions ------------------------------------------------------------------------
ACCESSIBILITY_HELP = ("Kefu Assistant may not send keys to other apps yet: allow it in System Settings → "
                      "Privacy & Security → Accessibility (add Kefu Assistant, or the terminal that "
                      "started it, and switch it on), then quit and start it again.")
INPUT_MONITORING_HELP = ("Kefu Assistant may not watch the keyboard yet: allow it in System Settings → "
                         "Privacy & Security → Input Monitoring (add Kefu Assistant, or the terminal that "
                         "started it, and switch it on), then quit and start it again.")


def require_accessibility() -> None:
    """Asks macOS (showing its prompt once) and raises when the process is not trusted."""
    options = {ApplicationServices.kAXTrustedCheckOptionPrompt: True}
    if not ApplicationServices.AXIsProcessTrustedWithOptions(options):
        raise PlatformUnsupported(ACCESSIBILITY_HELP)


def _ask_input_monitoring() -> None:
    request = getattr(Quartz, "CGRequestListenEventAccess", None)  # macOS 10.15+
    if request is not None:
        request()  # shows the system prompt the first time; the tap below tells the outcome


class _TapThread:
    """One session event tap serviced by its own thread's CFRunLoop."""

    def __init__(self, name: str, listen_only: bool, types: tuple[int, ...],
                 handler: Callable[[int, object], object], refused: str) -> None:
        self._handler = handler
        mask = 0
        for kind in types:
            mask |= Quartz.CGEventMaskBit(kind)
        options = Quartz.kCGEventTapOptionListenOnly if listen_only else Quartz.kCGEventTapOptionDefault
        self.tap = Quartz.CGEventTapCreate(Quartz.kCGSessionEventTap, Quartz.kCGHeadInsertEventTap, options,
                                           mask, self._callback, None)
        if self.tap is None:
            raise PlatformUnsupported(refused)
        self._loop = None
        self._stopping = False
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()
        self._ready.wait(2)

    def _run(self) -> None:
        source = Quartz.CFMachPortCreateRunLoopSource(None, self.tap, 0)
        self._loop = Quartz.CFRunLoopGetCurrent()
        Quartz.CFRunLoopAddSource(self._loop, source, Quartz.kCFRunLoopDefaultMode)
        Quartz.CGEventTapEnable(self.tap, True)
        self._ready.set()
        while not self._stopping:  # in slices, so a stop before the loop ran is not lost
            Quartz.CFRunLoopRunInMode(Quartz.kCFRunLoopDefaultMode, 0.5, False)

    def _callback(self, proxy, kind, event, refcon):
        if kind in (Quartz.kCGEventTapDisabledByTimeout, Quartz.kCGEventTapDisabledByUserInput):
            Quartz.CGEventTapEnable(self.tap, True)  # macOS switched us off: switch back on
            return event
        try:
            return self._handler(kind, event)
        except Exception:  # never let a bug eat the agent's keyboard
            log.exception("event tap handler failed")
            return event

    def stop(self) -> None:
        self._stopping = True
        Quartz.CGEventTapEnable(self.tap, False)
        if self._loop is not None:
            Quartz.CFRunLoopStop(self._loop)
        if self._thread.is_alive():
            self._thread.join(timeout=2)
        Quartz.CFMachPortInvalidate(self.tap)


# -- hotkeys ------------------------------------------------------------------------------
def system_shortcuts(path: Path | None = None) -> dict[tuple[int, int], str]:
    """(key code, flags) -> what macOS does with it, for the shortcuts switched on."""
    path = SYMBOLIC_HOTKEYS if path is None else path
    table = {(code, flags): name for name, code, flags in _SYSTEM_SHORTCUTS.values()}
    try:
        with open(path, "rb") as handle:
            entries = plistlib.load(handle).get("AppleSymbolicHotKeys", {})
    except (OSError, plistlib.InvalidFileException, AttributeError):
        entries = {}  # never changed by the user: the defaults hold
    for ident, entry in entries.items():
        default = _SYSTEM_SHORTCUTS.get(str(ident))
        if default is not None:
            table.pop((default[1], default[2]), None)
        try:
            params = entry["value"]["parameters"]
            code, flags = int(params[1]), _relevant(int(params[2]))
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        if entry.get("enabled") and code != 0xFFFF:
            table[(code, flags)] = default[0] if default else f"a macOS shortcut (#{ident})"
    return table


class MacHotkeys:
    def __init__(self) -> None:
        self._bound: dict[tuple[int, int], tuple[str, Callable[[], None]]] = {}
        self._swallowed: set[int] = set()  # key codes whose key up we also take away
        self._lock = threading.Lock()
        self._tap = _TapThread("macos-hotkeys", False, (Quartz.kCGEventKeyDown, Quartz.kCGEventKeyUp),
                               self._on_event, "global hotkeys are off. " + INPUT_MONITORING_HELP
                               + " Accessibility must be allowed too.")
        self._calls = CallbackThread("macos-hotkey-calls")
        self._tap.start()

    def register(self, chord: str, callback: Callable[[], None]) -> None:
        parsed = parse_chord(chord)
        code, flags = keycode(parsed.key), _flags(parsed.modifiers)
        with self._lock:
            if (code, flags) in self._bound:
                raise HotkeyError(f"{shown(parsed)} is already one of our hotkeys", chord=str(parsed))
        if (code, flags) in _APP_SWITCHER:
            raise HotkeyError(f"{shown(parsed)} switches apps on macOS; choose another chord", chord=str(parsed))
        system = system_shortcuts().get((code, flags))
        if system:
            raise HotkeyError(f"{shown(parsed)} is used by macOS ({system}); choose another chord or turn it off "
                              "in System Settings → Keyboard → Keyboard Shortcuts", chord=str(parsed))
        with self._lock:
            self._bound[(code, flags)] = (str(parsed), callback)

    def unregister(self, chord: str) -> None:
        name = str(parse_chord(chord))
        with self._lock:
            for key, (bound, _) in list(self._bound.items()):
                if bound == name:
                    del self._bound[key]

    def _on_event(self, kind: int, event):
        if _injected(event):
            return event  # our own Cmd+V and type-out pass untouched
        code = _field(event, "kCGKeyboardEventKeycode")
        with self._lock:
            if kind == Quartz.kCGEventKeyUp:
                if code in self._swallowed:
                    self._swallowed.discard(code)
                    return None
                return event
            bound = self._bound.get((code, _relevant(int(Quartz.CGEventGetFlags(event)))))
            if bound is None:
                return event
            self._swallowed.add(code)
        if not _field(event, "kCGKeyboardEventAutorepeat"):
            self._calls.put(bound[1])
        return None

    def close(self) -> None:
        with self._lock:
            self._bound.clear()
        self._tap.stop()
        self._calls.close()


# -- typing monitor -------------------------------------------------------------------------
class MacKeyMonitor:
    """Key presses and clicks in any app, for typed codes; never takes anything away."""

    def __init__(self, on_key: Callable[[Key], None]) -> None:
        self.on_key = on_key
        _ask_input_monitoring()
        self._tap = _TapThread("macos-typing", True,
                               (Quartz.kCGEventKeyDown, Quartz.kCGEventLeftMouseDown, Quartz.kCGEventRightMouseDown),
                               self._on_event, "typed codes are off. " + INPUT_MONITORING_HELP)

    def start(self) -> None:
        self._tap.start()

    def stop(self) -> None:
        self._tap.stop()

    def _on_event(self, kind: int, event):
        if not _injected(event):
            key = self._key(kind, event)
            if key is not None:
                self.on_key(key)
        return event

    def _key(self, kind: int, event) -> Key | None:
        front = _frontmost()
        app = _app_name(front) if front is not None else ""
        ours = front is not None and int(front.processIdentifier()) == os.getpid()
        if kind != Quartz.kCGEventKeyDown:
            return Key(name="click", app=app, ours=ours)
        flags = int(Quartz.CGEventGetFlags(event))
        if flags & (Quartz.kCGEventFlagMaskCommand | Quartz.kCGEventFlagMaskControl):
            return Key(name="chord", app=app, ours=ours)  # a shortcut, not typing (Option still types)
        name = _MONITOR_NAMES.get(_field(event, "kCGKeyboardEventKeycode"))
        if name:
            return Key(name=name, app=app, ours=ours)
        length, chars = Quartz.CGEventKeyboardGetUnicodeString(event, 4, None, None)
        chars = (chars or "")[:length]
        if len(chars) == 1 and chars.isprintable():
            return Key(char=chars, app=app, ours=ours)
        return Key(name="other", app=app, ours=ours)


# -- sending keys ---------------------------------------------------------------------------
def utf16_chunks(text: str, limit: int = UNICODE_CHUNK) -> list[list[int]]:
    """UTF-16 code units in runs of at most ``limit``, never splitting a surrogate pair."""
    chunks: list[list[int]] = [[]]
    for char in text:
        data = char.encode("utf-16-le")
        units = [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2)]
        if len(chunks[-1]) + len(units) > limit:
            chunks.append([])
        chunks[-1].extend(units)
    return [chunk for chunk in chunks if chunk]


class MacKeys:
    def __init__(self) -> None:
        self.source = Quartz.CGEventSourceCreate(Quartz.kCGEventSourceStateHIDSystemState)

    def _post(self, code: int, down: bool, flags: int = 0, units: list[int] | None = None) -> None:
        event = Quartz.CGEventCreateKeyboardEvent(self.source, code, down)
        Quartz.CGEventSetFlags(event, flags)
        if units is not None:
            Quartz.CGEventKeyboardSetUnicodeString(event, len(units), array.array("H", units))
        Quartz.CGEventSetIntegerValueField(event, Quartz.kCGEventSourceUserData, INJECTED_MARKER)
        Quartz.CGEventPost(Quartz.kCGHIDEventTap, event)

    def send_chord(self, chord: str) -> None:
        parsed = parse_chord(chord) if "+" in chord or len(chord) > 1 else Chord(frozenset(), chord)
        mods = [m for m in _ORDER if m in parsed.modifiers]
        code, masks = keycode(parsed.key), _flag_masks()
        flags = 0
        for mod in mods:  # as a keyboard does: modifiers down, the key, modifiers up
            flags |= masks[mod]
            self._post(_MODIFIER_KEYCODES[mod], True, flags)
        self._post(code, True, flags)
        self._post(code, False, flags)
        for mod in reversed(mods):
            flags &= ~masks[mod]
            self._post(_MODIFIER_KEYCODES[mod], False, flags)

    def type_text(self, text: str) -> None:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for index, line in enumerate(lines):
            if index:
                self._post(KEYCODES["enter"], True)
                self._post(KEYCODES["enter"], False)
            for units in utf16_chunks(line):
                self._post(0, True, units=units)
                self._post(0, False, units=units)

    def modifiers_down(self) -> frozenset[str]:
        flags = int(Quartz.CGEventSourceFlagsState(Quartz.kCGEventSourceStateHIDSystemState))
        return frozenset(mod for mod, mask in _flag_masks().items() if flags & mask)


# -- windows -------------------------------------------------------------------------------
def _frontmost():
    return AppKit.NSWorkspace.sharedWorkspace().frontmostApplication()


def _app_name(app) -> str:
    return str(app.localizedName() or app.bundleIdentifier() or "")


def _front_window(pid: int) -> dict | None:
    """The frontmost ordinary window of ``pid`` (the list runs front to back)."""
    options = Quartz.kCGWindowListOptionOnScreenOnly | Quartz.kCGWindowListExcludeDesktopElements
    for info in Quartz.CGWindowListCopyWindowInfo(options, Quartz.kCGNullWindowID) or ():
        if int(info.get(Quartz.kCGWindowOwnerPID, -1)) == pid and int(info.get(Quartz.kCGWindowLayer, 1)) == 0:
            return info
    return None


class MacWindows:
    def current(self) -> WindowRef | None:
        app = _frontmost()
        if app is None:
            return None
        pid, name = int(app.processIdentifier()), _app_name(app)
        window = _front_window(pid)
        title = str(window.get(Quartz.kCGWindowName) or "") if window else ""  # empty without Screen Recording
        return WindowRef(pid, title=title or name, app=name, pid=pid)

    def activate(self, window: WindowRef) -> bool:
        pid = int(window.handle)
        app = AppKit.NSRunningApplication.runningApplicationWithProcessIdentifier_(pid)
        if app is None or app.isTerminated():
            return False
        if not app.activateWithOptions_(AppKit.NSApplicationActivateIgnoringOtherApps):
            return False
        deadline = time.monotonic() + ACTIVATE_TIMEOUT_S
        while time.monotonic() < deadline:
            front = _frontmost()
            if front is not None and int(front.processIdentifier()) == pid:
                return True
            time.sleep(0.005)
        return False

    def frame(self, window: WindowRef) -> tuple[int, int, int, int] | None:
        info = _front_window(int(window.handle))
        bounds = info.get(Quartz.kCGWindowBounds) if info else None
        if not bounds:
            return None
        return (int(bounds["X"]), int(bounds["Y"]), int(bounds["Width"]), int(bounds["Height"]))


def create() -> Desktop:
    require_accessibility()
    return Desktop("macos", MacWindows(), MacKeys(), MacHotkeys(), paste_chord="cmd+v", line_ending="\n",
                   watch_typing=MacKeyMonitor)
