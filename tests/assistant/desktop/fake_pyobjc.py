"""Small fakes of pyobjc's Quartz, AppKit and ApplicationServices, for testing the macOS
backend on Linux.

:class:`FakeMacSession` plays the window server: event taps get each event newest first
(kCGHeadInsertEventTap), an active tap that returns None takes the event away, and what
is left reaches the frontmost app (``delivered``).  Events the backend posts go through
the same taps, as CGEventPost at the HID tap does.  Permissions follow macOS: a
listen-only tap needs Input Monitoring; an active tap needs Accessibility as well.
The constants carry the real values from the SDK headers.
"""

from __future__ import annotations

import threading
import time
import types
from dataclasses import dataclass, field

KEY_DOWN, KEY_UP, LEFT_MOUSE_DOWN, RIGHT_MOUSE_DOWN = 10, 11, 1, 3
FIELD_AUTOREPEAT, FIELD_KEYCODE, FIELD_USER_DATA = 8, 9, 42
SHIFT, CONTROL, OPTION, COMMAND, SECONDARY_FN = 0x20000, 0x40000, 0x80000, 0x100000, 0x800000
TAP_DEFAULT, TAP_LISTEN_ONLY = 0, 1
DISABLED_BY_TIMEOUT = 0xFFFFFFFE


@dataclass
class FakeEvent:
    kind: int
    keycode: int = 0
    flags: int = 0
    text: str = ""  # what the layout would type (CGEventKeyboardGetUnicodeString)
    units: list[int] | None = None  # set by CGEventKeyboardSetUnicodeString
    fields: dict[int, int] = field(default_factory=dict)


@dataclass
class FakeTap:
    options: int
    mask: int
    callback: object
    enabled: bool = False
    invalidated: bool = False


class FakeRunningApp:
    def __init__(self, session: "FakeMacSession", pid: int, name: str, bundle: str | None = None) -> None:
        self.session, self.pid, self.name, self.bundle = session, pid, name, bundle
        self.terminated = False

    def processIdentifier(self) -> int:
        return self.pid

    def localizedName(self) -> str:
        return self.name

    def bundleIdentifier(self) -> str | None:
        return self.bundle

    def isTerminated(self) -> bool:
        return self.terminated

    def activateWithOptions_(self, options: int) -> bool:
        self.session.activations.append((self.pid, options))
        if self.terminated:
            return False
        self.session.front = self
        return True


class FakeMacSession:
    def __init__(self) -> None:
        self.trusted = True  # Accessibility
        self.input_monitoring = True
        self.ax_asked: list[dict] = []
        self.listen_asked = 0
        self.taps: list[FakeTap] = []
        self.delivered: list[FakeEvent] = []  # what reached the frontmost app
        self.posted: list[FakeEvent] = []  # what the backend posted
        self.held_flags = 0
        self.apps: dict[int, FakeRunningApp] = {}
        self.front: FakeRunningApp | None = None
        self.activations: list[tuple[int, int]] = []
        self.windows: list[dict] = []  # CGWindowListCopyWindowInfo, front to back
        self._lock = threading.Lock()

    # -- what the test does ------------------------------------------------------------
    def app(self, pid: int, name: str, bundle: str | None = None) -> FakeRunningApp:
        self.apps[pid] = FakeRunningApp(self, pid, name, bundle)
        return self.apps[pid]

    def press(self, keycode: int, flags: int = 0, text: str = "", autorepeat: bool = False) -> bool:
        """The agent presses a key; True when the app received it."""
        return self.deliver(FakeEvent(KEY_DOWN, keycode, flags, text, fields={FIELD_AUTOREPEAT: int(autorepeat)}))

    def release(self, keycode: int, flags: int = 0) -> bool:
        return self.deliver(FakeEvent(KEY_UP, keycode, flags))

    def click(self) -> bool:
        return self.deliver(FakeEvent(LEFT_MOUSE_DOWN))

    def deliver(self, event: FakeEvent) -> bool:
        with self._lock:
            taps = [tap for tap in reversed(self.taps) if tap.enabled and tap.mask & (1 << event.kind)]
        for tap in taps:
            result = tap.callback(None, event.kind, event, None)
            if tap.options == TAP_DEFAULT and result is None:
                return False
        self.delivered.append(event)
        return True

    # -- Quartz --------------------------------------------------------------------------
    def _tap_create(self, location, place, options, mask, callback, refcon):
        allowed = self.input_monitoring and (options == TAP_LISTEN_ONLY or self.trusted)
        if not allowed:
            return None
        tap = FakeTap(options, mask, callback)
        with self._lock:
            self.taps.append(tap)
        return tap

    def _tap_enable(self, tap: FakeTap, enable: bool) -> None:
        tap.enabled = bool(enable) and not tap.invalidated

    def _invalidate(self, tap: FakeTap) -> None:
        tap.invalidated, tap.enabled = True, False

    def _get_field(self, event: FakeEvent, name: int) -> int:
        if name == FIELD_KEYCODE:
            return event.keycode
        return event.fields.get(name, 0)

    def _set_field(self, event: FakeEvent, name: int, value: int) -> None:
        event.fields[name] = value

    def _set_flags(self, event: FakeEvent, flags: int) -> None:
        event.flags = flags

    def _set_unicode(self, event: FakeEvent, length: int, units) -> None:
        event.units = list(units)[:length]

    def _get_unicode(self, event: FakeEvent, max_length: int, length, buffer):
        text = event.text[:max_length]
        return len(text), text

    def _create_keyboard_event(self, source, keycode: int, down: bool) -> FakeEvent:
        return FakeEvent(KEY_DOWN if down else KEY_UP, keycode)

    def _post(self, location: int, event: FakeEvent) -> None:
        assert location == 0, "posted at the HID tap"
        self.posted.append(event)
        self.deliver(event)

    def modules(self) -> dict[str, types.ModuleType]:
        quartz = types.ModuleType("Quartz")
        quartz.__dict__.update(
            kCGEventKeyDown=KEY_DOWN, kCGEventKeyUp=KEY_UP, kCGEventLeftMouseDown=LEFT_MOUSE_DOWN,
            kCGEventRightMouseDown=RIGHT_MOUSE_DOWN, kCGEventTapDisabledByTimeout=DISABLED_BY_TIMEOUT,
            kCGEventTapDisabledByUserInput=0xFFFFFFFF, kCGKeyboardEventKeycode=FIELD_KEYCODE,
            kCGKeyboardEventAutorepeat=FIELD_AUTOREPEAT, kCGEventSourceUserData=FIELD_USER_DATA,
            kCGEventFlagMaskShift=SHIFT, kCGEventFlagMaskControl=CONTROL, kCGEventFlagMaskAlternate=OPTION,
            kCGEventFlagMaskCommand=COMMAND, kCGSessionEventTap=1, kCGHIDEventTap=0, kCGHeadInsertEventTap=0,
            kCGEventTapOptionDefault=TAP_DEFAULT, kCGEventTapOptionListenOnly=TAP_LISTEN_ONLY,
            kCGEventSourceStateHIDSystemState=1, kCFRunLoopDefaultMode="kCFRunLoopDefaultMode",
            kCGWindowListOptionOnScreenOnly=1, kCGWindowListExcludeDesktopElements=16, kCGNullWindowID=0,
            kCGWindowOwnerPID="kCGWindowOwnerPID", kCGWindowLayer="kCGWindowLayer",
            kCGWindowName="kCGWindowName", kCGWindowBounds="kCGWindowBounds",
            CGEventMaskBit=lambda kind: 1 << kind,
            CGEventTapCreate=self._tap_create, CGEventTapEnable=self._tap_enable,
            CFMachPortCreateRunLoopSource=lambda allocator, tap, order: ("source", tap),
            CFRunLoopGetCurrent=lambda: threading.current_thread().name,
            CFRunLoopAddSource=lambda loop, source, mode: None,
            CFRunLoopRunInMode=lambda mode, seconds, once: time.sleep(min(seconds, 0.01)),
            CFRunLoopStop=lambda loop: None, CFMachPortInvalidate=self._invalidate,
            CGEventGetIntegerValueField=self._get_field, CGEventSetIntegerValueField=self._set_field,
            CGEventGetFlags=lambda event: event.flags, CGEventSetFlags=self._set_flags,
            CGEventKeyboardGetUnicodeString=self._get_unicode, CGEventKeyboardSetUnicodeString=self._set_unicode,
            CGEventCreateKeyboardEvent=self._create_keyboard_event, CGEventPost=self._post,
            CGEventSourceCreate=lambda state: ("source", state),
            CGEventSourceFlagsState=lambda state: self.held_flags,
            CGWindowListCopyWindowInfo=lambda options, relative: list(self.windows),
            CGRequestListenEventAccess=self._request_listen,
        )
        appkit = types.ModuleType("AppKit")
        session = self

        class NSWorkspace:
            @staticmethod
            def sharedWorkspace():
                return NSWorkspace

            @staticmethod
            def frontmostApplication():
                return session.front

        class NSRunningApplication:
            @staticmethod
            def runningApplicationWithProcessIdentifier_(pid: int):
                return session.apps.get(pid)

        appkit.__dict__.update(NSWorkspace=NSWorkspace, NSRunningApplication=NSRunningApplication,
                               NSApplicationActivateIgnoringOtherApps=2)
        services = types.ModuleType("ApplicationServices")
        services.__dict__.update(kAXTrustedCheckOptionPrompt="AXTrustedCheckOptionPrompt",
                                 AXIsProcessTrustedWithOptions=self._ax_trusted)
        return {"Quartz": quartz, "AppKit": appkit, "ApplicationServices": services}

    def _request_listen(self) -> bool:
        self.listen_asked += 1
        return self.input_monitoring

    def _ax_trusted(self, options) -> bool:
        self.ax_asked.append(dict(options))
        return self.trusted
