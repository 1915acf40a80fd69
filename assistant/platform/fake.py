"""A whole fake desktop on a virtual clock, for testing the paste engine and hotkeys.

:class:`FakeWorld` keeps virtual time; ``sleep`` advances it and runs whatever was
scheduled meanwhile (another program copying, the agent letting go of Ctrl...).  A
:class:`FakeChatWindow` behaves like a real chat box: it reads the clipboard a little
*after* the paste chord (``read_latency``), as real targets do, so a restore that comes
too early makes it paste the old clipboard — exactly the bug the engine must not have.
"""

from __future__ import annotations

import heapq
from collections import deque
import itertools
from dataclasses import dataclass, field
from typing import Callable

from assistant.platform.base import ClipboardSnapshot, Desktop, HotkeyError, WindowRef, BUSY_CHANGES, clipboard_busy


class FakeWorld:
    def __init__(self) -> None:
        self.now = 0.0
        self._events: list[tuple[float, int, Callable[[], None]]] = []
        self._order = itertools.count()

    def at(self, when: float, action: Callable[[], None]) -> None:
        heapq.heappush(self._events, (when, next(self._order), action))

    def after(self, delay: float, action: Callable[[], None]) -> None:
        self.at(self.now + delay, action)

    def sleep(self, seconds: float) -> None:
        self.run_until(self.now + seconds)

    def run_until(self, until: float) -> None:
        while self._events and self._events[0][0] <= until:
            when, _, action = heapq.heappop(self._events)
            self.now = max(self.now, when)
            action()
        self.now = max(self.now, until)

    def monotonic(self) -> float:
        return self.now


class FakeClipboard:
    def __init__(self, world: FakeWorld, text: str | None = None) -> None:
        self.world = world
        self.formats: dict[str, bytes] = {}
        self._ours: int | None = None
        self._generation = 0
        self._fetched = False
        self.tells_reads = True  # False: behave like a clipboard that cannot tell (wait_fetched -> None)
        self.history: list[dict[str, bytes]] = []  # what a clipboard manager would have seen
        self.foreign_changes: deque[float] = deque(maxlen=BUSY_CHANGES)
        if text is not None:
            self.copy_by_user(text)

    def copy_by_user(self, text: str, extra: dict[str, bytes] | None = None) -> None:
        """Another program (or the agent) copies something."""
        self._set({"text/plain": text.encode(), **(extra or {})}, ours=False)
        self.foreign_changes.append(self.world.now)

    def busy(self) -> bool:
        return clipboard_busy(self.foreign_changes, self.world.now)

    def text(self) -> str | None:
        return ClipboardSnapshot(dict(self.formats)).text

    def _set(self, formats: dict[str, bytes], ours: bool, record: bool = True) -> None:
        self.formats = dict(formats)
        self._generation += 1
        self._ours = self._generation if ours else None
        if record:
            self.history.append(dict(formats))

    # -- Clipboard protocol ----------------------------------------------------------
    def save(self) -> ClipboardSnapshot:
        return ClipboardSnapshot(dict(self.formats))

    def put(self, text: str | None = None, image: bytes | None = None) -> bool:
        formats = {"text/plain": text.encode()} if text is not None else {"image/png": image}
        self._set(formats, ours=True, record=False)  # excluded from history, as the real ones mark it
        self._fetched = False
        return self.holds_ours()

    def read_by_target(self) -> dict[str, bytes]:
        if self.holds_ours():
            self._fetched = True
        return self.formats

    def wait_fetched(self, timeout: float) -> bool | None:
        if not self.tells_reads:
            return None
        deadline = self.world.now + timeout
        while not self._fetched and self.world.now < deadline:
            self.world.sleep(0.001)
        return self._fetched

    def holds_ours(self) -> bool:
        return self._ours == self._generation

    def restore(self, snapshot: ClipboardSnapshot) -> None:
        self._set(snapshot.formats, ours=False, record=False)


@dataclass
class FakeChatWindow:
    """A target that appends what it receives; reads the clipboard ``read_latency`` after Ctrl+V."""

    ref: WindowRef
    read_latency: float = 0.05
    contents: str = ""
    images: list[bytes] = field(default_factory=list)
    received: list[str] = field(default_factory=list)  # chords, as the app saw them


class FakeKeys:
    def __init__(self, world: FakeWorld, clipboard: FakeClipboard, windows: "FakeWindows") -> None:
        self.world, self.clipboard, self.windows = world, clipboard, windows
        self.held: set[str] = set()

    def release_at(self, when: float, *modifiers: str) -> None:
        self.world.at(when, lambda: self.held.difference_update(modifiers))

    def send_chord(self, chord: str) -> None:
        target = self.windows.focused
        if target is None:
            return
        seen = "+".join(sorted(self.held) + [chord]) if self.held else chord
        target.received.append(seen)
        if seen in ("ctrl+v", "shift+insert", "super+v"):
            self.world.after(target.read_latency, lambda: self._deliver(target))
        elif seen == "enter":
            target.contents += "⏎"
        elif seen == "shift+enter":
            target.contents += "⇧"  # a new line that does not send
        elif seen == "left":
            target.contents += "←"
        elif seen == "backspace":
            target.contents = target.contents[:-1]

    def _deliver(self, target: FakeChatWindow) -> None:
        formats = self.clipboard.read_by_target()
        if "image/png" in formats:
            target.images.append(formats["image/png"])
        elif "text/plain" in formats:
            target.contents += formats["text/plain"].decode()

    def type_text(self, text: str) -> None:
        if self.windows.focused is not None:
            self.windows.focused.contents += text

    def modifiers_down(self) -> frozenset[str]:
        return frozenset(self.held)


class FakeWindows:
    def __init__(self) -> None:
        self.windows: dict[int | str, FakeChatWindow] = {}
        self.focused: FakeChatWindow | None = None

    def open(self, handle: int, app: str = "chat", pid: int = 0, **kw) -> FakeChatWindow:
        window = FakeChatWindow(WindowRef(handle, title=f"window {handle}", app=app, pid=pid), **kw)
        self.windows[handle] = window
        self.focused = window
        return window

    def current(self) -> WindowRef | None:
        return self.focused.ref if self.focused else None

    def activate(self, window: WindowRef) -> bool:
        if window.handle not in self.windows:
            return False
        self.focused = self.windows[window.handle]
        return True


class FakeHotkeys:
    def __init__(self) -> None:
        self.bound: dict[str, Callable[[], None]] = {}
        self.taken_by_others: set[str] = set()

    def register(self, chord: str, callback: Callable[[], None]) -> None:
        if chord in self.taken_by_others or chord in self.bound:
            raise HotkeyError(f"{chord} is already used by another program", chord=chord)
        self.bound[chord] = callback

    def unregister(self, chord: str) -> None:
        self.bound.pop(chord, None)

    def press(self, chord: str) -> None:
        self.bound[chord]()

    def close(self) -> None:
        self.bound.clear()


def fake_desktop(world: FakeWorld | None = None, clipboard_text: str | None = "agent's own copy") -> tuple:
    """(desktop, clipboard, world) wired together."""
    world = world or FakeWorld()
    clipboard = FakeClipboard(world, clipboard_text)
    windows = FakeWindows()
    desktop = Desktop("fake", windows, FakeKeys(world, clipboard, windows), FakeHotkeys())
    return desktop, clipboard, world
