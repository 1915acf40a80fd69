"""Practice drills (训练): a buyer's message, find the right reply against the clock.

Flow, keyboard only: type your name (or leave it empty on your own PC), Enter
starts; the buyer's message shows and the clock runs; type a code or search words —
the results come from the picker's search index — and Enter answers with the
highlighted result (or with the typed code when nothing is found); Esc gives up.
The verdict shows right or wrong with the expected reply and the points
(:func:`assistant.drills.score`); Enter goes on.  After the last drill a summary
shows the session, the overall score over every drill and readiness against the
target.  Progress and history are kept per person in the store (written off the UI
thread), so they are there when the window is opened again.

A choice of drill set sits on the start page: the built-in drills, and the drills of
every campaign pack on this device that is not archived (``sets`` hook, see
``assistant/pack_drills.py``), each with its own target — the pack's drill target,
whose readiness ticks the pack's automatic checklist item.  ``practised`` is emitted
after each round so the app can tick that item at once.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSpinBox, QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from assistant import drills as drill_core
from assistant import variables
from assistant.content import load_content
from assistant.pack_drills import DrillSet
from ui.retranslating import Retranslating

SCRIPT_ROLE = Qt.ItemDataRole.UserRole
RESULT_ROWS = 8
HISTORY_ROWS = 50


def _expected_reply(store, drill) -> str:
    """The reply the drill wanted: ``code — title: body`` of its first accepted code."""
    code = drill.accept[0]
    holders = store.find_by_code(code)
    script = holders[0] if holders else load_content().script(code) if load_content().has_script(code) else None
    if script is None:
        return code
    lookup = lambda other: next((s.body for s in store.find_by_code(other)), None)  # noqa: E731
    return f"{code} — {script.title}: {variables.preview(script.body, lookup=lookup)}"


def _standing(store, drills, person: str, target: float):
    """(progress, readiness, history) of ``person``: what the start and finish pages show."""
    return (drill_core.progress(store, drills, person), drill_core.readiness(store, target, drills, person),
            drill_core.history(store, person))


class DrillWindow(Retranslating, QWidget):
    practised = Signal()  # a round is over (its answers are in the store)

    def __init__(self, core, index, tasks, *, load=drill_core.load_drills, target: float = drill_core.DEFAULT_TARGET,
                 sets=None, clock=time.monotonic, order: str = "weakest", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.index, self.tasks = core, index, tasks
        self.load, self.target, self.clock, self.order = load, target, clock, order
        self.load_sets = sets or (lambda: [])  # worker thread: the packs' DrillSets
        self.sets: list[DrillSet] = []
        self.messages: dict[str, str] = {}  # drill id -> message, over every set (for the history)
        self.drills: list | None = None
        self.session: drill_core.DrillSession | None = None
        self.verdict: drill_core.DrillResult | None = None
        self.progress: drill_core.Progress | None = None
        self.readiness: drill_core.Readiness | None = None
        self.history_rows: list[dict] = []
        self.expected = ""
        self.busy = False

        # start page
        self.person = QComboBox()
        self.person.setEditable(True)
        self.drill_set = QComboBox()
        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(10)
        self.start_button = QPushButton()
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.header().setStretchLastSection(False)
        start = QWidget()
        start_form = QFormLayout()
        self.person_label, self.count_label, self.set_label = QLabel(), QLabel(), QLabel()
        start_form.addRow(self.person_label, self.person)
        start_form.addRow(self.set_label, self.drill_set)
        start_form.addRow(self.count_label, self.count)
        start_layout = QVBoxLayout(start)
        start_layout.addLayout(start_form)
        start_layout.addWidget(self.start_button)
        start_layout.addWidget(self.progress_label)
        start_layout.addWidget(self.history, 1)

        # drill page
        self.position_label, self.clock_label, self.total_label = QLabel(), QLabel(), QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("drillMessage")
        self.message.setStyleSheet("font-size: 16pt; padding: 12px; border: 1px solid palette(mid);")
        self.answer = QLineEdit()
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clock_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.hint = QLabel()
        drill = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.position_label)
        top.addStretch(1)
        top.addWidget(self.total_label)
        top.addWidget(self.clock_label)
        drill_layout = QVBoxLayout(drill)
        drill_layout.addLayout(top)
        drill_layout.addWidget(self.message)
        drill_layout.addWidget(self.answer)
        drill_layout.addWidget(self.results, 1)
        drill_layout.addWidget(self.verdict_label)
        drill_layout.addWidget(self.hint)

        # finish page
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.summary.setStyleSheet("font-size: 13pt;")
        self.again_button = QPushButton()
        finish = QWidget()
        finish_layout = QVBoxLayout(finish)
        finish_layout.addWidget(self.summary, 1)
        finish_layout.addWidget(self.again_button)

        self.pages = QStackedWidget()
        for page in (start, drill, finish):
            self.pages.addWidget(page)
        QVBoxLayout(self).addWidget(self.pages)
        self.resize(680, 560)

        self.ticker = QTimer(self)
        self.ticker.setInterval(100)
        self.ticker.timeout.connect(self._tick)
        self.start_button.clicked.connect(self.start)
        self.person.lineEdit().returnPressed.connect(self.start)
        self.person.currentTextChanged.connect(lambda _text: self.load_progress())
        self.drill_set.currentIndexChanged.connect(self.choose_set)
        self.again_button.clicked.connect(self.back_to_start)
        self.answer.textChanged.connect(self._search)
        self.answer.installEventFilter(self)
        self.retranslate()
        self.tasks.run(lambda: (self.load(), drill_core.people(core.store), self.load_sets()), on_done=self._loaded)

    # -- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kefu Assistant — Practice drills"))
        self.person_label.setText(self.tr("Your name"))
        self.person.lineEdit().setPlaceholderText(self.tr("Leave empty on your own computer"))
        self.count_label.setText(self.tr("Drills per round"))
        self.set_label.setText(self.tr("Drill set"))
        self._name_sets()
        self.start_button.setText(self.tr("Start (Enter)"))
        self.again_button.setText(self.tr("Back to the start (Enter)"))
        self.answer.setPlaceholderText(self.tr("Type the code or search words, Enter answers, Esc gives up"))
        self.history.setHeaderLabels([self.tr("When"), self.tr("Buyer's message"), self.tr("Answer"),
                                      self.tr("Seconds"), self.tr("Points")])
        self._show_progress()
        self._show_history()
        self._show_drill()
        self._show_verdict()
        self._show_summary()

    # -- start page ---------------------------------------------------------------------
    def _loaded(self, loaded) -> None:
        built_in, known_people, pack_sets = loaded
        self.drills = built_in
        self._fill_sets([DrillSet("", built_in, self.target), *pack_sets], 0)
        self.count.setValue(min(self.count.value(), len(self.drills)))
        self.count.setMaximum(max(1, len(self.drills)))
        current = self.person.currentText()
        self.person.blockSignals(True)
        self.person.addItems([name for name in known_people if name])
        self.person.setEditText(current)
        self.person.blockSignals(False)
        self.load_progress()

    def showEvent(self, event) -> None:
        """Opened again: a pack that arrived (or expired) since shows up (or goes) in the choice."""
        super().showEvent(event)
        if self.drills is not None and self.pages.currentIndex() == 0:
            self.tasks.run(self.load_sets, on_done=self._sets_reloaded)

    def _sets_reloaded(self, pack_sets: list[DrillSet]) -> None:
        if self.pages.currentIndex() != 0 or not self.sets:
            return
        chosen = self.sets[max(0, self.drill_set.currentIndex())].library_id
        sets = [self.sets[0], *pack_sets]
        row = next((n for n, found in enumerate(sets) if found.library_id == chosen), 0)
        self._fill_sets(sets, row)
        if self.sets[row].drills != self.drills:
            self.choose_set(row)

    def _fill_sets(self, sets: list[DrillSet], row: int) -> None:
        """Offer ``sets`` (built-in first) with ``row`` chosen, without re-choosing."""
        self.sets = sets
        self.messages.update({d.id: d.message for found in sets for d in found.drills})
        self.drill_set.blockSignals(True)
        self.drill_set.clear()
        self.drill_set.addItems([""] * len(sets))
        self._name_sets()
        self.drill_set.setCurrentIndex(row)
        self.drill_set.blockSignals(False)

    def _name_sets(self) -> None:
        for row, found in enumerate(self.sets):
            if not found.library_id:
                text = self.tr("Built-in drills (%n)", "", len(found.drills))
            else:
                text = self.tr("Pack “%1”: %n drill(s), target %2", "", len(found.drills)).replace(
                    "%1", found.name).replace("%2", f"{found.target:g}")
            self.drill_set.setItemText(row, text)

    def choose_set(self, row: int) -> None:
        """Practise another set: its drills and its target (a pack's drill target)."""
        if not 0 <= row < len(self.sets) or self.pages.currentIndex() != 0:
            return
        chosen = self.sets[row]
        self.drills, self.target = chosen.drills, chosen.target
        self.count.setMaximum(max(1, len(self.drills)))
        self.count.setValue(len(self.drills) if chosen.library_id else min(10, len(self.drills)))
        self.progress = self.readiness = None
        self._show_progress()
        self.load_progress()

    def person_name(self) -> str:
        return self.person.currentText().strip()

    def load_progress(self) -> None:
        if self.drills is None:
            return
        person, drills, store, target = self.person_name(), self.drills, self.core.store, self.target

        def done(found) -> None:
            if person == self.person_name() and drills is self.drills:
                self.progress, self.readiness, self.history_rows = found
                self._show_progress()
                self._show_history()

        self.tasks.run(lambda: _standing(store, drills, person, target), on_done=done)

    def _show_progress(self) -> None:
        if self.progress is None or self.drills is None:
            self.progress_label.setText(self.tr("Loading…"))
            return
        text = self.tr("Tried %1 of %2 drills · overall score %3 (target %4)").replace(
            "%1", str(len(self.progress.best))).replace("%2", str(len(self.drills))).replace(
            "%3", f"{self.progress.overall:.0f}").replace("%4", f"{self.target:.0f}")
        if self.readiness is not None:
            text += "\n" + (self.tr("Ready: the target is reached.") if self.readiness.ready
                            else self.tr("Not ready yet: the target is not reached."))
        if self.progress.weakest and self.progress.attempts:
            text += "\n" + self.tr("Weakest: %1").replace("%1", "、".join(self.progress.weakest))
        self.progress_label.setText(text)

    def _show_history(self) -> None:
        self.history.clear()
        messages = {**self.messages, **{d.id: d.message for d in self.drills or ()}}
        for row in reversed(self.history_rows[-HISTORY_ROWS:]):
            answer = row["answer"] or self.tr("(gave up)")
            mark = "✔" if row["correct"] else "✘"
            when = datetime.fromisoformat(row["answered_at"]).astimezone().strftime("%m-%d %H:%M")
            item = QTreeWidgetItem([when, messages.get(row["drill_id"], row["drill_id"]), f"{mark} {answer}",
                                    f"{row['seconds']:.1f}", str(row["score"])])
            self.history.addTopLevelItem(item)
        for column in (0, 2, 3, 4):
            self.history.resizeColumnToContents(column)
        self.history.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # -- a round --------------------------------------------------------------------------
    def start(self) -> None:
        if self.drills is None or self.busy or self.pages.currentIndex() != 0:
            return
        person, drills, store, count = self.person_name(), self.drills, self.core.store, self.count.value()
        self.busy = True

        def work():
            session = drill_core.DrillSession(store, drills, person=person, clock=self.clock, order=self.order)
            del session.drills[count:]
            return session

        def done(session) -> None:
            self.busy = False
            self.session = session
            self.pages.setCurrentIndex(1)
            self._next()

        self.tasks.run(work, on_done=done, on_error=lambda _exc: setattr(self, "busy", False))

    def _next(self) -> None:
        self.verdict = None
        if self.session.next() is None:
            self._finish()
            return
        self.answer.clear()
        self.answer.setEnabled(True)
        self.answer.setFocus()
        self.ticker.start()
        self._show_drill()
        self._show_verdict()

    def _show_drill(self) -> None:
        session = self.session
        if session is None:
            return
        drill = session.current or (session.drills[len(session.results) - 1] if session.results else None)
        if drill is not None:
            self.message.setText(drill.message)
        self.position_label.setText(self.tr("Drill %1 of %2").replace("%1", str(len(session.results) + (
            1 if session.current else 0))).replace("%2", str(len(session.drills))))
        self.total_label.setText(self.tr("Total: %1 points").replace("%1", str(session.total)))
        self._tick()

    def _tick(self) -> None:
        if self.session is not None and self.session.current is not None:
            seconds = max(0.0, self.clock() - self.session._shown_at)
            self.clock_label.setText(self.tr("%1 s").replace("%1", f"{seconds:.1f}"))

    def _search(self, text: str) -> None:
        self.results.clear()
        if not text.strip() or self.verdict is not None:
            return
        for hit in self.index.search(text, limit=RESULT_ROWS):
            item = QListWidgetItem(f"{hit.script.code}  {hit.script.title}")
            item.setData(SCRIPT_ROLE, hit.script)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.answer and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()
                return True
            if key == Qt.Key.Key_Escape and self.verdict is None:
                self.submit(None)
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results.setCurrentRow((self.results.currentRow() + step) % self.results.count())
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.pages.currentIndex() == 2:
                self.back_to_start()
                return
            if self.pages.currentIndex() == 1 and self.verdict is not None:
                self._next()
                return
        super().keyPressEvent(event)

    def _enter(self) -> None:
        if self.verdict is not None:
            self._next()
            return
        item = self.results.currentItem()
        if item is not None:
            self.submit(item.data(SCRIPT_ROLE))
        elif self.answer.text().strip():
            self.submit(self.answer.text())

    def submit(self, answer) -> None:
        """Answer the shown drill with a chosen Script, a typed code, or None to give up."""
        if self.busy or self.session is None or self.session.current is None:
            return
        self.busy = True
        self.ticker.stop()
        session, store, drill = self.session, self.core.store, self.session.current

        def work():
            return session.answer(answer), _expected_reply(store, drill)

        def done(found) -> None:
            self.busy = False
            self.verdict, self.expected = found
            self.results.clear()
            self._show_drill()
            self._show_verdict()

        self.tasks.run(work, on_done=done, on_error=lambda _exc: setattr(self, "busy", False))

    def _show_verdict(self) -> None:
        result = self.verdict
        if result is None:
            self.verdict_label.clear()
            self.verdict_label.setStyleSheet("")
            self.hint.setText(self.tr("↑↓ choose a result · Enter answers · Esc gives up"))
            return
        if result.correct:
            text = self.tr("Correct: %1 points in %2 s").replace("%1", str(result.score)).replace(
                "%2", f"{result.seconds:.1f}")
            colour = "#1b7f3a"
        else:
            shown = result.answer or self.tr("(gave up)")
            text = self.tr("Wrong (%1): 0 points").replace("%1", shown)
            colour = "#b3261e"
        text += "\n" + self.tr("Expected: %1").replace("%1", self.expected)
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet(f"color: {colour}; font-size: 12pt;")
        self.hint.setText(self.tr("Enter: next drill"))

    # -- the end ----------------------------------------------------------------------------
    def _finish(self) -> None:
        self.ticker.stop()
        self.pages.setCurrentIndex(2)
        self.again_button.setFocus()
        self.progress = self.readiness = None  # until counted again with this round
        person, drills, store = self.session.person, self.drills, self.core.store

        def done(found) -> None:
            self.progress, self.readiness, self.history_rows = found
            self._show_summary()
            self._show_progress()
            self._show_history()
            self.practised.emit()

        self.tasks.run(lambda: _standing(store, drills, person, self.target), on_done=done)
        self._show_summary()

    def _show_summary(self) -> None:
        session = self.session
        if session is None or self.pages.currentIndex() != 2:
            return
        right = sum(1 for r in session.results if r.correct)
        lines = [self.tr("Round over"),
                 self.tr("Right: %1 of %2").replace("%1", str(right)).replace("%2", str(len(session.results))),
                 self.tr("Points this round: %1").replace("%1", str(session.total))]
        if session.results:
            seconds = sum(r.seconds for r in session.results) / len(session.results)
            lines.append(self.tr("Average time: %1 s").replace("%1", f"{seconds:.1f}"))
        ready = self.readiness
        if ready is not None:
            lines.append(self.tr("Overall score over all drills: %1 (target %2)").replace(
                "%1", f"{ready.overall:.0f}").replace("%2", f"{ready.target:.0f}"))
            if ready.ready:
                lines.append(self.tr("Ready: the target is reached."))
            else:
                lines.append(self.tr("Not ready yet: %n drill(s) never tried.", "", ready.unattempted)
                             if ready.unattempted else self.tr("Not ready yet: practise the weakest drills again."))
            if self.progress and self.progress.weakest:
                lines.append(self.tr("Weakest: %1").replace("%1", "、".join(self.progress.weakest)))
        self.summary.setText("\n".join(lines))

    def back_to_start(self) -> None:
        self.session = None
        self.pages.setCurrentIndex(0)
        self.person.setFocus()
