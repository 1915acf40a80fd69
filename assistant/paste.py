"""The paste engine: put a script into the chat window the agent was typing in.

One guarded algorithm, the same on every OS (only the backends differ):

1. Copy-only mode, or a desktop that cannot inject keys (Wayland): put the text on the
   clipboard, leave it there, and say so.
2. Bring the remembered window back (a typed code needs none: the focus never left);
   wait until the agent has let go of the hotkey's keys (otherwise the target sees
   Ctrl+Alt+V, or X still routes our keys to the hotkey's grab).
3. While another program keeps changing the clipboard (``Clipboard.busy``), or in
   type-out mode, type the text instead — line breaks as the app's new-line chord,
   since chat apps send on Enter — and leave the clipboard alone.
4. Remember every clipboard format (``save``).  For each piece (image and text, in the
   script's order): own the clipboard with it; wait ``before_paste_ms`` (0 on Linux);
   check the clipboard still holds *our* piece — if another program replaced it, put
   it back and check again (three tries), and if it never stays ours, abort: never
   paste text that is not ours; send the app's paste chord.
5. Paste + Enter: wait ``after_paste_ms`` (the target takes the paste in first), press
   Enter.  ``{{光标}}``: after the same wait, press Left so the caret lands where the
   script says.
6. Wait ``restore_after_ms`` (the target reads the clipboard asynchronously after the
   chord; restoring at once made targets paste the old text), then restore the saved
   clipboard — only if it still holds our piece, so something the agent copied in the
   meantime is never overwritten by the stale backup.

Every wait is a named setting (``paste.*`` in assistant/settings.py) with a per-OS
default.  The engine blocks while it waits, so callers run it off the UI thread.
"""

from __future__ import annotations

import enum
import threading
import time
from dataclasses import dataclass
from typing import Callable

from assistant.model import OutputMode
from assistant.platform.base import Clipboard, Desktop, WindowRef

MODIFIER_POLL_S = 0.005
CLIPBOARD_ATTEMPTS = 3


@dataclass(frozen=True)
class PasteDelays:
    after_activate_ms: int = 20
    before_paste_ms: int = 30
    restore_after_ms: int = 250
    after_fetch_ms: int = 40
    after_paste_ms: int = 80
    modifier_release_timeout_ms: int = 2000

    @classmethod
    def from_settings(cls, settings) -> "PasteDelays":
        return cls(**{name: settings.get(f"paste.{name}") for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class PasteJob:
    text: str
    mode: OutputMode = OutputMode.PASTE
    image: bytes | None = None
    image_first: bool = True
    caret_from_end: int | None = None
    chord: str | None = None  # the target app's paste chord, when it is not the desktop's
    newline: str = "shift+enter"  # typed-out text: a new line without sending the message
    erase_before: int = 0  # Backspaces first: a typed code being replaced by its script


class Outcome(str, enum.Enum):
    PASTED = "pasted"
    TYPED = "typed"
    COPIED = "copied"  # left on the clipboard for the agent to paste
    ABORTED = "aborted"


@dataclass(frozen=True)
class PasteResult:
    outcome: Outcome
    clipboard_restored: bool = False
    reason: str = ""  # why it was copied instead, or aborted, or may be wrong
    verified: bool | None = None  # the target read our own content (None: not a clipboard paste)


class PasteEngine:
    def __init__(self, desktop: Desktop, clipboard: Clipboard, delays: PasteDelays,
                 sleep: Callable[[float], None] = time.sleep,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.desktop = desktop
        self.clipboard = clipboard
        self.delays = delays
        self.sleep = sleep
        self.monotonic = monotonic
        # One paste at a time: a second paste that started before the first restored the
        # clipboard would save *our* text as "the agent's clipboard" and restore that.
        self._one_at_a_time = threading.Lock()

    def deliver(self, target: WindowRef | None, job: PasteJob) -> PasteResult:
        with self._one_at_a_time:
            return self._deliver(target, job)

    def _deliver(self, target: WindowRef | None, job: PasteJob) -> PasteResult:
        text = job.text.replace("\r\n", "\n").replace("\n", self.desktop.line_ending)
        if job.mode == OutputMode.COPY or not self.desktop.can_inject:
            self.clipboard.put(text=text, image=None if text else job.image)
            reason = "" if job.mode == OutputMode.COPY else "this desktop does not allow pasting into other windows"
            return PasteResult(Outcome.COPIED, reason=reason)
        if not self._focus(target):
            return PasteResult(Outcome.ABORTED, reason="the target window is gone")
        if not self._modifiers_released():
            return PasteResult(Outcome.ABORTED, reason="modifier keys were held down")
        if job.erase_before:
            self._backspaces(job.erase_before)
        if job.mode == OutputMode.TYPE or (self.clipboard.busy() and not job.image):
            # Another program keeps changing the clipboard: between our setting it and the
            # chat app reading it, theirs could slip in.  Typing needs no clipboard.
            self._type(text, job.newline)
            self._finish(job)
            return PasteResult(Outcome.TYPED, reason="" if job.mode == OutputMode.TYPE else
                               "another program kept changing the clipboard, so the text was typed")
        return self._paste(job, text)

    def _type(self, text: str, newline: str) -> None:
        """Line by line, each line break as ``newline`` (chat apps send on Enter)."""
        for number, line in enumerate(text.split(self.desktop.line_ending)):
            if number:
                self.desktop.keys.send_chord(newline)
            if line:
                self.desktop.keys.type_text(line)

    def _paste(self, job: PasteJob, text: str) -> PasteResult:
        pieces = [("text", text)] if text else []
        if job.image:
            pieces.insert(0 if job.image_first else len(pieces), ("image", job.image))
        saved = self.clipboard.save()
        for kind, piece in pieces:
            if not self._own_clipboard(kind, piece):
                return self._abort(saved, "another program kept changing the clipboard; nothing was pasted")
            self.desktop.keys.send_chord(job.chord or self.desktop.paste_chord)
            if not self._taken_in():
                # Another program took the clipboard between our check and the target's
                # read: the target may hold their text.  No Enter, no further pieces.
                self._restore_if_ours(saved)
                return PasteResult(Outcome.PASTED, verified=False, reason=(
                    "another program changed the clipboard during the paste; check the chat box before sending"))
        self._finish(job)
        restored = self._restore_if_ours(saved)
        reason = "" if restored else "the clipboard changed after the paste; kept the new content"
        return PasteResult(Outcome.PASTED, clipboard_restored=restored, verified=True, reason=reason)

    def revert(self, erase: int, retype: str) -> None:
        """Undo a typed-code expansion: delete what was pasted, type back what was typed."""
        with self._one_at_a_time:
            self._backspaces(erase)
            self.desktop.keys.type_text(retype)

    def _backspaces(self, count: int) -> None:
        for _ in range(count):
            self.desktop.keys.send_chord("backspace")

    def _taken_in(self) -> bool:
        """Wait until the target has read our piece (where the clipboard can tell), then a grace.

        Where it cannot tell (``fetched`` is None) the fixed ``restore_after_ms`` is the wait.
        """
        fetched = self.clipboard.wait_fetched(self.delays.restore_after_ms / 1000)
        if fetched is None:
            self._wait(self.delays.restore_after_ms)
            return True
        if fetched:
            self._wait(self.delays.after_fetch_ms)  # readers that ask for a second format
            return True
        return self.clipboard.holds_ours()  # nobody read it yet, but it is still ours

    def _restore_if_ours(self, saved) -> bool:
        if self.clipboard.holds_ours():
            self.clipboard.restore(saved)
            return True
        return False

    def _own_clipboard(self, kind: str, piece) -> bool:
        """Put the piece on the clipboard and check, just before the chord, that it is still ours.

        Another program may replace the clipboard in between (clipboard managers, remote
        desktops, the chat app itself); then we put it back and try again, a few times,
        rather than paste what is not ours.
        """
        for _ in range(CLIPBOARD_ATTEMPTS):
            ours = self.clipboard.put(**{kind: piece})
            if self.delays.before_paste_ms:
                self._wait(self.delays.before_paste_ms)
                ours = self.clipboard.holds_ours()
            if ours:
                return True
        return False

    def _finish(self, job: PasteJob) -> None:
        """Enter and caret keys go only after the target has taken the paste in."""
        if job.mode == OutputMode.PASTE_ENTER or job.caret_from_end:
            self._wait(self.delays.after_paste_ms)
        if job.mode == OutputMode.PASTE_ENTER:
            self.desktop.keys.send_chord("enter")
        for _ in range(job.caret_from_end or 0):
            self.desktop.keys.send_chord("left")

    def _abort(self, saved, reason: str) -> PasteResult:
        return PasteResult(Outcome.ABORTED, clipboard_restored=self._restore_if_ours(saved), reason=reason)

    def _focus(self, target: WindowRef | None) -> bool:
        if target is None:
            return True  # paste where the focus is
        if not self.desktop.windows.activate(target):
            return False
        self._wait(self.delays.after_activate_ms)
        return True

    def _modifiers_released(self) -> bool:
        deadline = self.monotonic() + self.delays.modifier_release_timeout_ms / 1000
        while self.desktop.keys.modifiers_down():
            if self.monotonic() >= deadline:
                return False
            self.sleep(MODIFIER_POLL_S)
        return True

    def _wait(self, ms: int) -> None:
        if ms > 0:
            self.sleep(ms / 1000)
