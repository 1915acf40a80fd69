"""X11 backend through python-xlib: XGrabKey hotkeys, XTest key sending, focus.

Why not ``keyboard`` or pynput here: ``keyboard`` reads /dev/input (absent in most
sessions, and blind to synthetic events); pynput's listener does not take the chord
away from the focused window, so a chat box would also act on Ctrl+Alt+V.  An X grab
keeps the chord ours, and fails with BadAccess when another program holds it — that
becomes a :class:`HotkeyError` the UI shows.

Each role has its own X connection (python-xlib connections are not shared between
threads): one for the hotkey listener thread, one for sending keys and focusing.
"""

from __future__ import annotations

import logging
import os
import select
import threading
import time
from typing import Callable

from Xlib import XK, X, display, error
from Xlib.ext import xtest
from Xlib.protocol import event as xevent

from assistant.platform.base import Desktop, HotkeyError, PlatformUnsupported, WindowRef
from assistant.platform.keys import Chord, parse_chord

log = logging.getLogger(__name__)

_MASKS = {"ctrl": X.ControlMask, "alt": X.Mod1Mask, "shift": X.ShiftMask, "super": X.Mod4Mask}
_RELEVANT = X.ControlMask | X.Mod1Mask | X.ShiftMask | X.Mod4Mask  # the modifiers a chord may hold
_LOCK_VARIANTS = (0, X.LockMask, X.Mod2Mask, X.LockMask | X.Mod2Mask)  # CapsLock, NumLock
_KEYSYM_NAMES = {"enter": "Return", "tab": "Tab", "space": "space", "escape": "Escape", "backspace": "BackSpace",
                 "insert": "Insert", "delete": "Delete", "home": "Home", "end": "End", "pageup": "Prior",
                 "pagedown": "Next", "left": "Left", "right": "Right", "up": "Up", "down": "Down", "plus": "plus"}
_MODIFIER_KEYSYMS = {"ctrl": ("Control_L", "Control_R"), "alt": ("Alt_L", "Alt_R", "Meta_L", "Meta_R"),
                     "shift": ("Shift_L", "Shift_R"), "super": ("Super_L", "Super_R")}
REMAP_SETTLE_S = 0.05  # let clients apply a keyboard remap (MappingNotify) before the keys come
# A client looks a key up when it gets to the event, against the mapping of that moment:
# a keycode given a new character before then types the new one.  A busy Tk box was seen
# >300 ms behind.  Programs that answer _NET_WM_PING (Qt, GTK, Chromium, Firefox) are
# asked whether they have caught up, for up to PING_TIMEOUT_S; for the others a keycode
# gets a new character only REUSE_AFTER_S after it last typed.
REUSE_AFTER_S = 1.0
PING_TIMEOUT_S = 3.0
UNMAP_AFTER_S = 2.0  # typed-out keycodes are cleared this long after the last typing
MAX_SPARES = 64
HOLD_LIMIT_S = 1.0  # a keyboard held for a window that never takes it is let go after this
# Keys an agent presses to set us off (the picker's Enter, a typed code's terminator):
# before we press one of them ourselves, it must be up.
_TRIGGER_KEYS = frozenset({"enter", "tab", "space"})


def _batches(text: str, width: int) -> list[str]:
    """Split text so that no batch holds more distinct characters than spare keycodes."""
    batches, current, distinct = [], "", set()
    for char in text:
        if char != "\n" and char not in distinct and len(distinct) == width:
            batches.append(current)
            current, distinct = "", set()
        current += char
        if char != "\n":
            distinct.add(char)
    return batches + [current] if current else batches


def _ancestors(window, root_id: int):
    """``window`` and its parents up to, not including, the root (an X error passes through)."""
    while window and not isinstance(window, int) and window.id != root_id:
        yield window
        window = window.query_tree().parent


def _open(name: str | None) -> display.Display:
    try:
        return display.Display(name)
    except Exception as exc:  # Xlib raises several kinds on a missing/refused display
        raise PlatformUnsupported(f"cannot connect to the X display {name or os.environ.get('DISPLAY')}: {exc}")


def _keycode(d: display.Display, key: str) -> int:
    name = _KEYSYM_NAMES.get(key) or (key.upper() if key.startswith("f") and key[1:].isdigit() else key)
    keysym = XK.string_to_keysym(name)
    code = d.keysym_to_keycode(keysym) if keysym else 0
    if not code:
        raise HotkeyError(f"the key '{key}' is not on this keyboard", chord=key)
    return code


class InjectedKeys:
    """Counts the key presses we send, so the typing monitor can skip exactly those."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending = 0

    def add(self, count: int) -> None:
        with self._lock:
            self._pending += count

    def take(self) -> bool:
        """True when the next recorded press is one of ours (and counts it off)."""
        with self._lock:
            if self._pending:
                self._pending -= 1
                return True
            return False


class X11Keys:
    """``grabbed()`` gives the keycodes of our hotkeys: while one is held its grab is
    active and keys we send would go to the grab, not to the chat window."""

    def __init__(self, d: display.Display, lock: threading.Lock, injected: InjectedKeys | None = None,
                 grabbed: Callable[[], set[int]] = set) -> None:
        self.d, self.lock = d, lock
        self.injected = injected or InjectedKeys()
        self.grabbed = grabbed
        self._spares: list[int] | None = None
        self._mapped: dict[str, tuple[int, int]] = {}  # character -> (spare keycode, 1 if with Shift)
        self._typed_at: dict[int, float] = {}  # spare keycode -> when it last typed
        self._unmap_timer: threading.Timer | None = None
        self._pingable: dict[int, object | None] = {}  # focus window id -> its top level, if it answers pings
        self._pings = 0
        self._atoms = {name: d.intern_atom(name) for name in ("WM_PROTOCOLS", "_NET_WM_PING")}
        self._modifier_codes = {
            mod: {d.keysym_to_keycode(XK.string_to_keysym(name)) for name in names} - {0}
            for mod, names in _MODIFIER_KEYSYMS.items()
        }

    def send_chord(self, chord: str) -> None:
        parsed = parse_chord(chord) if "+" in chord or len(chord) > 1 else Chord(frozenset(), chord)
        with self.lock:
            mods = [next(iter(self._modifier_codes[m])) for m in ("ctrl", "alt", "shift", "super")
                    if m in parsed.modifiers]
            key = _keycode(self.d, parsed.key)
            if parsed.key in _TRIGGER_KEYS:
                self._wait_up(key)
            self.injected.add(len(mods) + 1)
            for code in mods + [key]:
                xtest.fake_input(self.d, X.KeyPress, code)
            for code in [key] + mods[::-1]:
                xtest.fake_input(self.d, X.KeyRelease, code)
            # Written out, not waited for: the server handles this connection's requests
            # in order, so later keys and queries still come after these.
            self.d.flush()

    def type_text(self, text: str) -> None:
        """Any Unicode text, keyboard layout or not.

        Characters are mapped onto spare keycodes, two per keycode (the second typed with
        Shift), in batches when there are more distinct characters than that.  After a
        remap we pause so clients have applied the MappingNotify before the keys arrive.
        A keycode that typed is given another character only once the focused program
        has handled its keys (``_caught_up``), the keycodes that typed longest ago first.
        The mapping stays after the text (a client may look keys up late; the same
        characters typed again soon need no remap) and is cleared ``UNMAP_AFTER_S`` after
        the last typing.
        """
        with self.lock:
            if self._unmap_timer is not None:
                self._unmap_timer.cancel()
            spares = self._spare_keycodes()
            enter = _keycode(self.d, "enter")
            shift = min(self._modifier_codes["shift"])
            for batch in _batches(text.replace("\r\n", "\n").replace("\r", "\n"), 2 * len(spares)):
                chars = set(batch) - {"\n"}
                missing = sorted(chars - self._mapped.keys())
                if missing:
                    keep = {self._mapped[c][0] for c in chars - set(missing)}
                    free = [k for k in spares if k not in keep]
                    if 2 * len(free) < len(missing):  # kept characters in the way: map the batch afresh
                        missing, free = sorted(chars), list(spares)
                    codes = sorted(free, key=lambda k: self._typed_at.get(k, 0.0))[:(len(missing) + 1) // 2]
                    rested = max(self._typed_at.get(k, 0.0) for k in codes) + REUSE_AFTER_S
                    if rested > time.monotonic() and not self._caught_up():
                        time.sleep(max(0.0, rested - time.monotonic()))
                    self._map(missing, codes)
                if "\n" in batch:
                    self._wait_up(enter)
                places = [(enter, 0) if char == "\n" else self._mapped[char] for char in batch]
                self.injected.add(len(places) + sum(level for _code, level in places))  # Shift is a press too
                for code, level in places:
                    if level:
                        xtest.fake_input(self.d, X.KeyPress, shift)
                    xtest.fake_input(self.d, X.KeyPress, code)
                    xtest.fake_input(self.d, X.KeyRelease, code)
                    if level:
                        xtest.fake_input(self.d, X.KeyRelease, shift)
                self.d.sync()
                now = time.monotonic()
                self._typed_at.update((self._mapped[c][0], now) for c in chars)
            self._unmap_timer = threading.Timer(UNMAP_AFTER_S, self._unmap)
            self._unmap_timer.daemon = True
            self._unmap_timer.start()

    def _caught_up(self) -> bool:
        """Caller holds the lock.  True once the program with the keyboard focus has
        handled every key sent before: it answers a _NET_WM_PING in turn with its other
        events.  False at once for a program that does not answer pings, and after
        ``PING_TIMEOUT_S`` for one that is hung."""
        window = self._ping_target()
        if window is None:
            return False
        self._pings += 1
        stamp = self._pings
        protocols, ping = self._atoms["WM_PROTOCOLS"], self._atoms["_NET_WM_PING"]
        root = self.d.screen().root
        root.change_attributes(event_mask=X.SubstructureNotifyMask)  # the answer goes to the root window
        try:
            window.send_event(xevent.ClientMessage(window=window, client_type=protocols,
                                                   data=(32, [ping, stamp, window.id, 0, 0])), event_mask=0)
            self.d.flush()
            deadline = time.monotonic() + PING_TIMEOUT_S
            while time.monotonic() < deadline:
                while self.d.pending_events():
                    ev = self.d.next_event()
                    if (ev.type == X.ClientMessage and ev.client_type == protocols
                            and list(ev.data[1][:2]) == [ping, stamp]):
                        return True
                select.select([self.d.fileno()], [], [], max(0.0, deadline - time.monotonic()))
            log.warning("the focused program did not answer a ping in %.0f s; typing on", PING_TIMEOUT_S)
            return False
        except error.XError:
            return False  # the window went away
        finally:
            root.change_attributes(event_mask=0)
            self.d.sync()
            while self.d.pending_events():
                self.d.next_event()

    def _ping_target(self):
        """Caller holds the lock.  The top-level window of the keyboard focus when it
        lists _NET_WM_PING among its WM_PROTOCOLS, else None (remembered per focus)."""
        focus = self.d.get_input_focus().focus
        if isinstance(focus, int):
            return None
        if focus.id not in self._pingable:
            target = None
            try:
                for node in _ancestors(focus, self.d.screen().root.id):
                    listed = node.get_full_property(self._atoms["WM_PROTOCOLS"], X.AnyPropertyType)
                    if listed is not None:
                        target = node if self._atoms["_NET_WM_PING"] in listed.value else None
                        break
            except error.XError:
                target = None
            if len(self._pingable) >= 64:
                self._pingable.clear()
            self._pingable[focus.id] = target
        return self._pingable[focus.id]

    def _wait_up(self, code: int, timeout: float = 1.0) -> None:
        """Caller holds the lock.  A press of a key that is still down is lost (X takes it
        for the same press): the agent's Enter in the picker, held ~50 ms, swallowed the
        Enter that typed a reply's line break."""
        deadline = time.monotonic() + timeout
        while self.d.query_keymap()[code // 8] & (1 << (code % 8)) and time.monotonic() < deadline:
            time.sleep(0.002)

    def _map(self, chars: list[str], codes: list[int]) -> None:
        """Caller holds the lock.  Maps ``chars`` onto ``codes``, two per keycode (the
        second typed with Shift), dropping what those codes meant before."""
        self._mapped = {c: place for c, place in self._mapped.items() if place[0] not in codes}
        for number, code in enumerate(codes):
            pair = chars[2 * number:2 * number + 2]
            keysyms = [ord(c) if ord(c) < 0x100 else 0x1000000 + ord(c) for c in pair]
            self.d.change_keyboard_mapping(code, [(keysyms[0], keysyms[-1])])
            for level, char in enumerate(pair):
                self._mapped[char] = (code, level)
        self.d.sync()
        time.sleep(REMAP_SETTLE_S)

    def _unmap(self) -> None:
        with self.lock:
            codes, self._mapped = {code for code, _level in self._mapped.values()}, {}
            try:
                for code in codes:
                    self.d.change_keyboard_mapping(code, [(0, 0)])
                self.d.sync()
            except (error.ConnectionClosedError, OSError):
                pass  # the X server is gone, and its keyboard mapping with it

    def _spare_keycodes(self) -> list[int]:
        """Caller holds the lock.  Keycodes with no symbol, found once (ours look taken later)."""
        if self._spares is None:
            first = self.d.display.info.min_keycode
            count = self.d.display.info.max_keycode - first + 1
            mapping = self.d.get_keyboard_mapping(first, count)
            self._spares = [first + offset for offset in range(count) if not any(mapping[offset])][:MAX_SPARES]
            if not self._spares:
                raise PlatformUnsupported("no free keycode to type with")
        return self._spares

    def modifiers_down(self) -> frozenset[str]:
        """Held modifiers, plus 'hotkey' while the key of one of our hotkeys is still down
        (X keeps the keyboard grabbed until it is released: a paste sent meanwhile is lost)."""
        with self.lock:
            keymap = self.d.query_keymap()

        def down(code: int) -> bool:
            return bool(keymap[code // 8] & (1 << (code % 8)))

        held = {mod for mod, codes in self._modifier_codes.items() if any(down(c) for c in codes)}
        if any(down(code) for code in self.grabbed()):
            held.add("hotkey")
        return frozenset(held)


class X11Windows:
    def __init__(self, d: display.Display, lock: threading.Lock) -> None:
        self.d, self.lock = d, lock
        self.root = d.screen().root
        self._active = d.intern_atom("_NET_ACTIVE_WINDOW")
        self._wm_name = d.intern_atom("_NET_WM_NAME")
        self._utf8 = d.intern_atom("UTF8_STRING")
        self._pid = d.intern_atom("_NET_WM_PID")
        self._described: dict[int, WindowRef] = {}

    def _wm_supports_activation(self) -> bool:
        supported = self.root.get_full_property(self.d.intern_atom("_NET_SUPPORTED"), X.AnyPropertyType)
        return bool(supported and self._active in supported.value)

    def current(self) -> WindowRef | None:
        with self.lock:
            window = None
            prop = self.root.get_full_property(self._active, X.AnyPropertyType)
            if prop and prop.value and prop.value[0]:
                window = self.d.create_resource_object("window", prop.value[0])
            else:
                focus = self.d.get_input_focus().focus
                if isinstance(focus, int) or focus == self.root:
                    return None
                window = focus
            return self._describe(window)

    def _describe(self, window) -> WindowRef | None:
        """Four round trips the first time; a window's program never changes, so later
        asks (every typed code) are answered from memory (the title may be older)."""
        known = self._described.get(window.id)
        if known is not None:
            return known
        try:
            name = window.get_full_property(self._wm_name, self._utf8)
            title = name.value.decode("utf-8", "replace") if name else (window.get_wm_name() or "")
            wm_class = window.get_wm_class() or ("", "")
            pid = window.get_full_property(self._pid, X.AnyPropertyType)
        except error.XError:
            return None
        if len(self._described) >= 256:
            self._described.clear()
        ref = self._described[window.id] = WindowRef(window.id, title=str(title), app=wm_class[-1] or "",
                                                     pid=int(pid.value[0]) if pid and len(pid.value) else 0)
        return ref

    def activate(self, ref: WindowRef) -> bool:
        with self.lock:
            window = self.d.create_resource_object("window", int(ref.handle))
            try:
                window.get_attributes()
                if self._wm_supports_activation():
                    message = xevent.ClientMessage(window=window, client_type=self._active,
                                                   data=(32, [2, X.CurrentTime, 0, 0, 0]))
                    self.root.send_event(message, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
                else:  # no window manager: set the focus ourselves
                    window.configure(stack_mode=X.Above)
                    window.set_input_focus(X.RevertToParent, X.CurrentTime)
                self.d.sync()
            except error.XError:
                return False
        return self._wait_focused(window)

    def frame(self, ref: WindowRef) -> tuple[int, int, int, int] | None:
        with self.lock:
            try:
                window = self.d.create_resource_object("window", int(ref.handle))
                size = window.get_geometry()
                spot = window.translate_coords(self.root, 0, 0)  # where the root's origin is, seen from it
            except error.XError:
                return None
        return (-spot.x, -spot.y, size.width, size.height)

    def _wait_focused(self, window, timeout: float = 0.2) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                focus = self.d.get_input_focus().focus
            if not isinstance(focus, int) and (focus.id == window.id or self._is_child(focus, window)):
                return True
            time.sleep(0.005)
        return False

    def _is_child(self, focus, window) -> bool:
        try:
            return any(node.id == window.id for node in _ancestors(focus, self.root.id))
        except error.XError:
            return False


class X11Hotkeys:
    """Grabs chords on the root window; a thread waits for them and calls back."""

    def __init__(self, name: str | None, injected: InjectedKeys | None = None) -> None:
        self.d = _open(name)
        self.root = self.d.screen().root
        self.lock = threading.Lock()
        self.injected = injected or InjectedKeys()
        self._bound: dict[tuple[int, int], tuple[str, Callable[[], None]]] = {}
        # (event type, keycode) of keys that reached us since the last hotkey (during its
        # grab, before ``hold_keys``), and of those typed while we hold the keyboard
        self._stray: list[tuple[int, int]] = []
        self._held: list[tuple[int, int]] | None = None
        self._pid_atom = self.d.intern_atom("_NET_WM_PID")
        self._wake_r, self._wake_w = os.pipe()
        self._stop = False
        self._thread = threading.Thread(target=self._listen, name="x11-hotkeys", daemon=True)
        self._thread.start()

    def register(self, chord: str, callback: Callable[[], None]) -> None:
        parsed = parse_chord(chord)
        if {"ctrl", "alt"} <= parsed.modifiers and parsed.key[1:].isdigit() and parsed.key.startswith("f"):
            # XKB maps Ctrl+Alt+F1..F12 to "switch virtual terminal": the X server eats it.
            raise HotkeyError(f"{parsed} switches the virtual console on Linux; choose another chord",
                              chord=str(parsed))
        mask = 0
        for mod in parsed.modifiers:
            mask |= _MASKS[mod]
        with self.lock:
            code = _keycode(self.d, parsed.key)
            if (code, mask) in self._bound:
                raise HotkeyError(f"{parsed} is already one of our hotkeys", chord=str(parsed))
            catcher = error.CatchError(error.BadAccess)
            for variant in _LOCK_VARIANTS:
                # The keyboard freezes at the chord until _listen has run its callback:
                # keys typed right behind it wait in the X server (see hold_keys).
                self.root.grab_key(code, mask | variant, True, X.GrabModeAsync, X.GrabModeSync, onerror=catcher)
            self.d.sync()
            if catcher.get_error():
                for variant in _LOCK_VARIANTS:
                    self.root.ungrab_key(code, mask | variant)
                self.d.sync()
                raise HotkeyError(f"{parsed} is already used by another program", chord=str(parsed))
            self._bound[(code, mask)] = (str(parsed), callback)
        os.write(self._wake_w, b"r")

    def keycodes(self) -> set[int]:
        """The keys our hotkeys grab (for X11Keys.modifiers_down)."""
        return {code for code, _mask in list(self._bound)}

    def unregister(self, chord: str) -> None:
        parsed = str(parse_chord(chord))
        with self.lock:
            for (code, mask), (name, _) in list(self._bound.items()):
                if name == parsed:
                    for variant in _LOCK_VARIANTS:
                        self.root.ungrab_key(code, mask | variant)
                    del self._bound[(code, mask)]
            self.d.sync()

    def _listen(self) -> None:
        while not self._stop:
            ready, _, _ = select.select([self.d.fileno(), self._wake_r], [], [], 1.0)
            if self._wake_r in ready:
                os.read(self._wake_r, 64)
            with self.lock:
                callbacks = self._take_events()
            self._dispatch(callbacks)

    def _dispatch(self, callbacks: list[Callable[[], None]]) -> None:
        """Runs the callbacks of hotkeys pressed, then thaws the keyboard their grab froze."""
        if not callbacks:
            return
        try:
            for callback in callbacks:
                try:
                    callback()
                except Exception:
                    log.exception("hotkey callback failed")
        finally:
            with self.lock:
                self.d.allow_events(X.AsyncKeyboard, X.CurrentTime)
                self.d.flush()

    def _take_events(self) -> list[Callable[[], None]]:
        """Caller holds the lock.  The callbacks of the hotkeys pressed; other keys that
        reached us are kept (see ``hold_keys``)."""
        callbacks = []
        while not self._stop and self.d.pending_events():
            ev = self.d.next_event()
            bound = self._bound.get((ev.detail, ev.state & _RELEVANT)) if ev.type == X.KeyPress else None
            if bound:
                callbacks.append(bound[1])
                self._stray = []
            elif ev.type in (X.KeyPress, X.KeyRelease):
                (self._stray if self._held is None else self._held).append((ev.type, ev.detail))
        return callbacks

    def hold_keys(self) -> None:
        """Keys typed from now on wait until a window of ours has the keyboard focus, and
        are then typed there: an agent types the code right after the picker's hotkey,
        and those keys must not land in the chat window.  Called from a hotkey's
        callback, while the hotkey's grab keeps the keyboard frozen, so not one key
        slips through.  After ``HOLD_LIMIT_S`` they go wherever the focus is."""
        with self.lock:
            if self._held is not None or self._ours_focused():
                return
            status = self.root.grab_keyboard(False, X.GrabModeAsync, X.GrabModeAsync, X.CurrentTime)
            if status != X.GrabSuccess:
                log.warning("could not hold the keyboard for the picker (X grab status %s)", status)
                return
            self._held, self._stray = self._stray, []
        threading.Thread(target=self._release_when_ours, name="x11-held-keys", daemon=True).start()

    def _release_when_ours(self) -> None:
        deadline = time.monotonic() + HOLD_LIMIT_S
        while time.monotonic() < deadline:
            with self.lock:
                if self._stop or self._ours_focused():
                    break
            time.sleep(0.003)
        self.release_keys()

    def _ours_focused(self) -> bool:
        """Caller holds the lock.  Whether the keyboard focus is in a window of this process."""
        try:
            for node in _ancestors(self.d.get_input_focus().focus, self.root.id):
                pid = node.get_full_property(self._pid_atom, X.AnyPropertyType)
                if pid is not None and len(pid.value):
                    return int(pid.value[0]) == os.getpid()
        except error.XError:
            pass
        return False

    def release_keys(self) -> None:
        """Lets the keyboard go and types what was held into the window that has the
        focus now (normally ``hold_keys``' own thread calls this).  A key the agent still
        holds is pressed there too; its release comes by itself."""
        with self.lock:
            if self._held is None or self._stop:  # (closing the connection ends the grab)
                return
            # With the server to ourselves no key of another program (xdotool, a remote
            # desktop) can come between the ungrab and the held keys, ahead of them.
            self.d.grab_server()
            try:
                self.d.ungrab_keyboard(X.CurrentTime)
                self.d.sync()
                callbacks = self._take_events()  # keys that came before the ungrab took effect
                held, self._held, down = self._held, None, set()
                keymap = self.d.query_keymap()
                still_down = {code for _kind, code in held if keymap[code // 8] & (1 << (code % 8))}
                for kind, code in held:
                    if kind == X.KeyPress:
                        down.add(code)
                        if code in still_down:  # X drops a press of a key it has down: up first
                            xtest.fake_input(self.d, X.KeyRelease, code)
                        self.injected.add(1)
                    elif code not in down:
                        continue  # the release of a key pressed before we held (the hotkey's)
                    xtest.fake_input(self.d, kind, code)
            finally:
                self.d.ungrab_server()
                self.d.sync()
        self._dispatch(callbacks)

    def close(self) -> None:
        self._stop = True
        os.write(self._wake_w, b"q")
        self._thread.join(timeout=2)
        with self.lock:
            self.d.close()
        os.close(self._wake_r)
        os.close(self._wake_w)


def create(name: str | None = None) -> Desktop:
    from assistant.platform.x11_monitor import X11KeyMonitor

    lock = threading.Lock()
    d = _open(name)
    injected = InjectedKeys()
    hotkeys = X11Hotkeys(name, injected)
    return Desktop("x11", X11Windows(d, lock), X11Keys(d, lock, injected, hotkeys.keycodes), hotkeys,
                   watch_typing=lambda on_key: X11KeyMonitor(on_key, injected.take, name))
