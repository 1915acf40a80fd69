"""Hotkey -> remembered window -> picker -> variables -> paste, wired on the UI thread.

The backends call hotkey callbacks on their own thread; the callback captures the
active window at once (before any window of ours shows) and hands over to the UI
thread by a queued signal.  The paste itself runs on a worker (its waits would
otherwise freeze the UI); the result comes back as a signal.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Callable

from PySide6.QtCore import QObject, Signal

from assistant.compose import Composer
from assistant.errors import KefuError
from assistant.model import Script
from assistant.paste import Outcome, PasteEngine, PasteResult
from assistant.platform.base import Desktop, HotkeyError, WindowRef
from assistant.store import Store
from ui.picker import Picker
from ui.tasks import run_in_background

log = logging.getLogger(__name__)

# ask(script, questions) -> answers, or None when the agent cancelled
AskValues = Callable[[Script, list], dict | None]


class PasteFlow(QObject):
    picker_requested = Signal(object)  # WindowRef | None, captured on the backend thread
    script_requested = Signal(object, str)  # (WindowRef | None, script id)
    delivered = Signal(object, object)  # (Script, PasteResult)
    failed = Signal(str)  # a sentence for a notification

    def __init__(self, store: Store, desktop: Desktop, engine: PasteEngine, composer: Composer,
                 picker: Picker, ask_values: AskValues, clipboard_text: Callable[[], str | None],
                 app_chords: Callable[[], dict[str, str]] = dict) -> None:
        super().__init__()
        self.app_chords = app_chords
        self.store, self.desktop, self.engine, self.composer = store, desktop, engine, composer
        self.picker, self.ask_values, self.clipboard_text = picker, ask_values, clipboard_text
        self.target: WindowRef | None = None
        self.paused = False
        self.picker_requested.connect(self._open_picker)
        self.script_requested.connect(self._send_by_id)
        picker.chosen.connect(lambda script: self.send(script, self.target))

    # -- hotkeys (callbacks run on the backend's thread) -----------------------------
    def bind(self, chord: str, script_id: str | None = None) -> None:
        """Raises HotkeyError (shown to the agent) when the chord is taken or malformed."""
        def fired() -> None:
            if self.paused:
                return
            target = self.desktop.windows.current()
            if script_id is None:
                self.picker_requested.emit(target)
            else:
                self.script_requested.emit(target, script_id)

        self.desktop.hotkeys.register(chord, fired)

    def bind_script_hotkeys(self) -> list[str]:
        """Per-script hotkeys; returns a line per chord that could not be taken."""
        troubles = []
        for script in self.store.scripts():
            if script.hotkey:
                try:
                    self.bind(script.hotkey, script.id)
                except HotkeyError as exc:
                    troubles.append(f"{script.title}: {exc}")
        return troubles

    # -- UI thread --------------------------------------------------------------------
    def _open_picker(self, target: WindowRef | None) -> None:
        self.target = target
        self.picker.popup()

    def _send_by_id(self, target: WindowRef | None, script_id: str) -> None:
        try:
            self.send(self.store.get_script(script_id), target)
        except KefuError as exc:
            self.failed.emit(str(exc))

    def send(self, script: Script, target: WindowRef | None) -> None:
        answers = {}
        questions = self.composer.questions(script)
        if questions:
            answers = self.ask_values(script, questions)
            if answers is None:
                return  # cancelled: nothing is pasted, nothing changes
        try:
            job = self.composer.compose(script, answers, clipboard=self.clipboard_text())
        except KefuError as exc:
            self.failed.emit(str(exc))
            return
        if target is not None and target.app:
            job = replace(job, chord=self.app_chords().get(target.app.lower()))
        run_in_background(lambda: self.engine.deliver(target, job),
                          on_done=lambda result: self._done(script, result),
                          on_error=lambda exc: self.failed.emit(str(exc)))

    def _done(self, script: Script, result: PasteResult) -> None:
        self.delivered.emit(script, result)
        if result.outcome != Outcome.ABORTED:
            app = self.target.app if self.target else ""
            run_in_background(lambda: self.store.record_use(script.id, source="picker", app=app),
                              on_error=lambda exc: log.error("usage not recorded: %s", exc))
        if result.outcome == Outcome.ABORTED or result.verified is False:
            self.failed.emit(result.reason)
