"""The paste engine: put a script into the chat window the agent was typing in.

One guarded algorithm, the same on every OS (only the backends differ):

1. Copy-only mode, or a desktop that cannot inject keys (Wayland): put the text on the
   clipboard, leave it there, and say so.
2. Remember every clipboard format (``save``).
3. For each piece (image and text, in the script's order): own the clipboard with it;
   bring the remembered window back; wait until the agent has let go of the hotkey's
   modifiers (otherwise the target sees Ctrl+Alt+V); wait ``before_paste_ms``; check
   the clipboard still holds *our* piece — if another program replaced it, abort:
   never paste text that is not ours; send the app's paste chord.
4. Paste + Enter: wait ``after_paste_ms`` (the target takes the paste in first), press
   Enter.  ``{{光标}}``: after the same wait, press Left so the caret lands where the
   script says.
5. Wait ``restore_after_ms`` (the target reads the clipboard asynchronously after the
   chord; restoring at once made targets paste the old text), then restore the saved
   clipboard — only if it still holds our piece, so something the agent copied in the
   meantime is never overwritten by the stale backup.

Every wait is a named setting (``paste.*`` in assistant/settings.py) with a per-OS
default.  The engine blocks while it waits, so callers run it off the UI thread.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass
from typing import Callable

from assistant.model import OutputMode
from assistant.platform.base import Clipboard, Desktop, WindowRef

MODIFIER_POLL_S = 0.005


@dataclass(frozen=True)
class PasteDelays:
    after_activate_ms: int = 20
    before_paste_ms: int = 30
    restore_after_ms: int = 250
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


class Outcome(str, enum.Enum):
    PASTED = "pasted"
    TYPED = "typed"
    COPIED = "copied"  # left on the clipboard for the agent to paste
    ABORTED = "aborted"


@dataclass(frozen=True)
class PasteResult:
    outcome: Outcome
    clipboard_restored: bool = False
    reason: str = ""  # why it was copied instead, or aborted


class PasteEngine:
    def __init__(self, desktop: Desktop, clipboard: Clipboard, delays: PasteDelays,
                 sleep: Callable[[float], None] = time.sleep,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.desktop = desktop
        self.clipboard = clipboard
        self.delays = delays
        self.sleep = sleep
        self.monotonic = monotonic

    def deliver(self, target: WindowRef | None, job: PasteJob) -> PasteResult:
        text = job.text.replace("\r\n", "\n").replace("\n", self.desktop.line_ending)
        if job.mode == OutputMode.COPY or not self.desktop.can_inject:
            self.clipboard.put(text=text, image=None if text else job.image)
            reason = "" if job.mode == OutputMode.COPY else "this desktop does not allow pasting into other windows"
            return PasteResult(Outcome.COPIED, reason=reason)
        if not self._focus(target):
            return PasteResult(Outcome.ABORTED, reason="the target window is gone")
        if job.mode == OutputMode.TYPE:
            if not self._modifiers_released():
                return PasteResult(Outcome.ABORTED, reason="modifier keys were held down")
            self.desktop.keys.type_text(text)
            self._finish(job)
            return PasteResult(Outcome.TYPED)
        return self._paste(job, text)

    def _paste(self, job: PasteJob, text: str) -> PasteResult:
        pieces = [("text", text)] if text else []
        if job.image:
            pieces.insert(0 if job.image_first else len(pieces), ("image", job.image))
        saved = self.clipboard.save()
        for number, (kind, piece) in enumerate(pieces):
            if number:
                self._wait(self.delays.restore_after_ms)  # let the target read the previous piece
            self.clipboard.put(**{kind: piece})
            if not self._modifiers_released():
                return self._abort(saved, "modifier keys were held down")
            self._wait(self.delays.before_paste_ms)
            if not self.clipboard.holds_ours():
                return self._abort(saved, "another program changed the clipboard just before the paste")
            self.desktop.keys.send_chord(job.chord or self.desktop.paste_chord)
        self._finish(job)
        self._wait(self.delays.restore_after_ms)
        if self.clipboard.holds_ours():
            self.clipboard.restore(saved)
            return PasteResult(Outcome.PASTED, clipboard_restored=True)
        return PasteResult(Outcome.PASTED, reason="the clipboard changed after the paste; kept the new content")

    def _finish(self, job: PasteJob) -> None:
        """Enter and caret keys go only after the target has taken the paste in."""
        if job.mode == OutputMode.PASTE_ENTER or job.caret_from_end:
            self._wait(self.delays.after_paste_ms)
        if job.mode == OutputMode.PASTE_ENTER:
            self.desktop.keys.send_chord("enter")
        for _ in range(job.caret_from_end or 0):
            self.desktop.keys.send_chord("left")

    def _abort(self, saved, reason: str) -> PasteResult:
        restored = False
        if self.clipboard.holds_ours():
            self.clipboard.restore(saved)
            restored = True
        return PasteResult(Outcome.ABORTED, clipboard_restored=restored, reason=reason)

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
