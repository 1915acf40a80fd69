"""The small interfaces the desktop needs from the OS, one per capability.

Each OS has one module implementing them (``x11.py``, ``windows.py``, ``macos.py``,
``wayland.py``) plus ``fake.py`` for tests; ``assistant.platform.create_desktop`` is the
only place that looks at ``sys.platform``.  The clipboard is implemented by the UI
(``ui/clipboard.py``, QClipboard), because inside a Qt process only Qt may own the
X selection (see X11 notes); the core sees it through :class:`Clipboard`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Protocol

from assistant.errors import KefuError


class HotkeyError(KefuError):
    """A hotkey cannot be registered: malformed, or another program holds it."""

    code = "hotkey"


class PlatformUnsupported(KefuError):
    """This desktop cannot do that (e.g. key injection under Wayland)."""

    code = "unsupported"


@dataclass(frozen=True)
class WindowRef:
    """A window we may paste into.  ``app`` is the program (class / process name) for per-app
    rules; ``pid`` its process (0: unknown), which tells our own windows from the chat's."""

    handle: int | str
    title: str = ""
    app: str = ""
    pid: int = 0


@dataclass
class ClipboardSnapshot:
    """Every format the clipboard held: mime type -> bytes.  Empty means it was empty."""

    formats: dict[str, bytes] = field(default_factory=dict)

    @property
    def text(self) -> str | None:
        for mime in ("text/plain;charset=utf-8", "text/plain"):
            if mime in self.formats:
                return self.formats[mime].decode("utf-8", "replace")
        return None


BUSY_CHANGES, BUSY_WINDOW_S = 3, 1.0


def clipboard_busy(foreign_changes, now: float) -> bool:
    """Three changes by other programs within a second.  The agent copying something is
    one change (two where a clipboard manager takes the copy over); a program that keeps
    changing the clipboard makes many.  ``foreign_changes``: their times, oldest first
    (a ``deque(maxlen=BUSY_CHANGES)`` is enough)."""
    return len(foreign_changes) >= BUSY_CHANGES and now - foreign_changes[-BUSY_CHANGES] <= BUSY_WINDOW_S


class Clipboard(Protocol):
    def save(self) -> ClipboardSnapshot: ...

    def put(self, text: str | None = None, image: bytes | None = None) -> bool:
        """Own the clipboard with this content, marked as excluded from clipboard history.

        Returns ``holds_ours()`` as it stands right after (False: the OS refused us, or
        another program took the clipboard at once)."""

    def holds_ours(self) -> bool:
        """True while the clipboard still holds what ``put`` placed there."""

    def restore(self, snapshot: ClipboardSnapshot) -> None: ...

    def busy(self) -> bool:
        """Another program keeps changing the clipboard right now (a clipboard syncer, a
        remote desktop, a script): a paste through it could carry their text instead."""

    def wait_fetched(self, timeout: float) -> bool | None:
        """Wait until another program has read what ``put`` placed there.

        True: it was read (the paste took our content); False: not read within the
        timeout; None: this clipboard cannot tell (then callers wait a fixed time).
        """


class ActiveWindow(Protocol):
    def current(self) -> WindowRef | None: ...

    def activate(self, window: WindowRef) -> bool: ...

    def frame(self, window: WindowRef) -> tuple[int, int, int, int] | None:
        """The window's (x, y, width, height) on the desktop, None when unknown; the
        picker shows over it.  Optional: backends without it place the picker at the cursor."""


class KeySender(Protocol):
    def send_chord(self, chord: str) -> None:
        """Press and release a chord such as 'ctrl+v', 'shift+insert', 'enter', 'left'."""

    def type_text(self, text: str) -> None:
        """Type text character by character (CJK, emoji and newlines included)."""

    def modifiers_down(self) -> frozenset[str]:
        """Modifier keys the user still holds: {'ctrl', 'alt', 'shift', 'super'}."""


class Hotkeys(Protocol):
    def register(self, chord: str, callback: Callable[[], None]) -> None:
        """Grab a global chord; ``callback`` runs on the backend's thread.  Raises HotkeyError."""

    def unregister(self, chord: str) -> None: ...

    def close(self) -> None: ...

    # Optional (X11): ``hold_keys()``, called from a hotkey's callback, keeps the keys
    # typed next from the chat window until a window of ours has the keyboard focus.


@dataclass
class Desktop:
    """What one OS offers, bundled by the factory."""

    name: str
    windows: ActiveWindow
    keys: KeySender
    hotkeys: Hotkeys
    can_inject: bool = True  # False on Wayland: copy only, tell the agent to press Ctrl+V
    paste_chord: str = "ctrl+v"
    line_ending: str = "\n"
    # watch_typing(on_key) -> a monitor with start()/stop(), for typed codes (it skips the
    # keys we send ourselves); None where this desktop cannot watch typing.
    watch_typing: Callable | None = None
