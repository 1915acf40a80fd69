"""Hotkey -> remembered window -> picker -> variables -> paste, wired on the UI thread.

The backends call hotkey callbacks on their own thread; the callback captures the
active window at once (before any window of ours shows) and hands over to the UI
thread through ``Tasks.post``.  The paste itself runs on a worker (its waits would
otherwise freeze the UI); the result comes back as a signal.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from typing import Callable

from PySide6.QtCore import QObject, QRect, Signal

from assistant.compose import Composer
from assistant.errors import KefuError
from assistant.expansion import Expander, Revert
from assistant.model import Script
from assistant.paste import Outcome, PasteEngine, PasteJob, PasteResult
from assistant.platform.base import Desktop, HotkeyError, WindowRef
from assistant.store import Store
from ui.picker import Picker
from ui.tasks import Tasks

log = logging.getLogger(__name__)

# ask(script, questions) -> answers, or None when the agent cancelled
AskValues = Callable[[Script, list], dict | None]


class PasteFlow(QObject):
    delivered = Signal(object, object)  # (Script, PasteResult)
    failed = Signal(str)  # a sentence for a notification

    def __init__(self, tasks: Tasks, store: Store, desktop: Desktop, engine: PasteEngine, composer: Composer,
                 picker: Picker, ask_values: AskValues, clipboard_text: Callable[[], str | None],
                 app_chords: Callable[[], dict[str, str]] = dict,
                 newline_chord: Callable[[], str] = lambda: "shift+enter") -> None:
        super().__init__()
        self.tasks = tasks
        self.app_chords, self.newline_chord = app_chords, newline_chord
        self.store, self.desktop, self.engine, self.composer = store, desktop, engine, composer
        self.picker, self.ask_values, self.clipboard_text = picker, ask_values, clipboard_text
        self.target: WindowRef | None = None
        self.paused = False
        self.expander: Expander | None = None
        picker.chosen.connect(lambda script: self.send(script, self.target))

    # -- hotkeys (callbacks run on the backend's thread) -----------------------------
    def bind(self, chord: str, script_id: str | None = None) -> None:
        """Raises HotkeyError (shown to the agent) when the chord is taken or malformed."""
        def fired() -> None:
            if self.paused:
                return
            if script_id is None:
                hold = getattr(self.desktop.hotkeys, "hold_keys", None)
                if hold is not None:
                    hold()  # the code the agent types at once goes to the picker, not the chat
            target = self.desktop.windows.current()
            if script_id is None:
                self.tasks.post(lambda: self.open_picker(target))
            else:
                self.tasks.post(lambda: self._send_by_id(target, script_id))

        self.desktop.hotkeys.register(chord, fired)

    def bind_pause(self, chord: str, toggle: Callable[[], None]) -> None:
        """The pause hotkey works while paused too (it is how the agent resumes)."""
        self.desktop.hotkeys.register(chord, lambda: self.tasks.post(toggle))

    def bind_script_hotkeys(self, scripts: list[Script] | None = None) -> list[str]:
        """Per-script hotkeys (of ``scripts``, default every live script); returns a line
        per chord that could not be taken."""
        troubles = []
        for script in self.store.scripts() if scripts is None else scripts:
            if script.hotkey:
                try:
                    self.bind(script.hotkey, script.id)
                except HotkeyError as exc:
                    troubles.append(f"{script.title}: {exc}")
        return troubles

    # -- UI thread --------------------------------------------------------------------
    def open_picker(self, target: WindowRef | None) -> None:
        self.target = target
        self.picker.popup(self._frame(target))

    def _frame(self, target: WindowRef | None) -> QRect | None:
        """The target window's frame, for the picker to show over (None: at the cursor)."""
        frame = getattr(self.desktop.windows, "frame", None)
        found = frame(target) if target is not None and frame is not None else None
        return QRect(*found) if found else None

    def _send_by_id(self, target: WindowRef | None, script_id: str) -> None:
        try:
            self.send(self.store.get_script(script_id), target)
        except KefuError as exc:
            self.failed.emit(str(exc))

    # -- typed codes (monitor thread feeds, a worker acts) -----------------------------
    def watch_typing(self, expander: Expander) -> Callable:
        """Returns the monitor callback that feeds ``expander`` and hands actions over."""
        self.expander = expander

        def on_key(key) -> None:
            if self.paused:
                return
            action = expander.feed(key)
            if action is not None:
                self.tasks.run(lambda: self._typed_code(action),
                               on_error=lambda exc: self._failed_expansion(str(exc)))

        return on_key

    def _typed_code(self, action) -> None:
        """On a worker, not the UI thread: a window being painted never delays a typed code."""
        target = self.desktop.windows.current()
        if target is not None and (target.pid == os.getpid() or self.expander.blocks(target.app)):
            self.expander.reset()
            return  # typed into one of our own windows (the picker's search box...) or a blocked app
        if isinstance(action, Revert):
            self.engine.revert(action.erase, action.retype)
            return
        if self.composer.questions(action.script):  # the prompt needs the UI thread
            self.tasks.post(lambda: self.send(action.script, target, erase_before=action.erase, expansion=action))
            return
        # No prompt: the focus never left the chat box, so none is brought back (into=None).
        result = self._compose_and_deliver(action.script, {}, target, None, action.erase, action)
        self.tasks.post(lambda: self._done(action.script, result, target, action))

    def _failed_expansion(self, message: str) -> None:
        if self.expander is not None:
            self.expander.reset()  # nothing landed: a Backspace is just a Backspace
        self.failed.emit(message)

    # -- pasting ----------------------------------------------------------------------
    def send(self, script: Script, target: WindowRef | None, erase_before: int = 0, expansion=None) -> None:
        """UI thread: asks the script's questions, then composes and pastes on a worker."""
        answers = {}
        questions = self.composer.questions(script)
        if questions:
            answers = self.ask_values(script, questions)
            if answers is None:
                return  # cancelled: nothing is pasted, nothing changes
        self.tasks.run(
            lambda: self._compose_and_deliver(script, answers, target, target, erase_before, expansion),
            on_done=lambda result: self._done(script, result, target, expansion),
            on_error=lambda exc: self._failed_expansion(str(exc)) if expansion else self.failed.emit(str(exc)))

    def _compose_and_deliver(self, script: Script, answers: dict, target: WindowRef | None,
                             into: WindowRef | None, erase_before: int, expansion) -> PasteResult:
        """Worker: the text with its variables, the app's paste chord, the paste into ``into``."""
        job = self._for_target(self.composer.compose(script, answers, clipboard=self.clipboard_text), target)
        job = replace(job, erase_before=erase_before)
        if expansion is not None and self.expander is not None:
            # Known now, not after the paste: a quick Backspace then queues behind the paste.
            self.expander.pasted(expansion, job.text)
        return self.engine.deliver(into, job)

    def send_text(self, text: str, target: WindowRef | None) -> None:
        """Paste text that is no stored script (a Q&A reference reply, already filled in)."""
        job = self._for_target(PasteJob(text=text), target)

        def done(result: PasteResult) -> None:
            if result.outcome == Outcome.ABORTED or result.verified is False:
                self.failed.emit(result.reason)

        self._run(lambda: self.engine.deliver(target, job), done)

    def _for_target(self, job: PasteJob, target: WindowRef | None) -> PasteJob:
        """The keys this program wants: its paste chord, and the new-line chord for typing."""
        chord = self.app_chords().get(target.app.lower()) if target is not None and target.app else None
        return replace(job, chord=chord, newline=self.newline_chord())

    def _run(self, work: Callable, on_done: Callable) -> None:
        """Runs a paste on a worker: its waits never hold the UI thread."""
        self.tasks.run(work, on_done=on_done, on_error=lambda exc: self.failed.emit(str(exc)))

    def _done(self, script: Script, result: PasteResult, target: WindowRef | None = None, expansion=None) -> None:
        if expansion is not None and self.expander is not None and result.outcome == Outcome.ABORTED:
            self.expander.reset()  # nothing landed: a Backspace is just a Backspace
        self.delivered.emit(script, result)
        if result.outcome == Outcome.TYPED and result.reason:
            log.info("typed, not pasted: %s", result.reason)  # tests/bench/bench_paste.py counts these
        if result.outcome != Outcome.ABORTED:
            app = target.app if target else ""
            source = "typed" if expansion is not None else "picker"
            self.tasks.run(lambda: self.store.record_use(script.id, source=source, app=app),
                           on_error=lambda exc: log.error("usage not recorded: %s", exc))
        if result.outcome == Outcome.ABORTED or result.verified is False:
            self.failed.emit(result.reason)
