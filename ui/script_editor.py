"""The script editor: fields, body with variable highlighting, live checks and preview.

Every check reads the store (codes of other scripts, hotkeys, included scripts), so it
runs on a worker (``Tasks``) a moment after the agent stops typing; a newer edit makes
an older answer stale and it is dropped.  Saving checks again on the worker and
refuses when a variable is wrong or the code is taken in this library.

No lost update: a save only overwrites the version the editor loaded
(``Script.version``).  When the open script changes underneath (sync, the CLI, another
window, an undo) the editor reloads it if it has no unsaved edits; with unsaved edits
it keeps them and shows the :class:`ConflictBar` (keep mine as a copy / overwrite after
confirming / take theirs; deleted elsewhere: save mine as a new script / discard).
A change the CLI made is only seen when saving: the save is refused and the bar shows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.compose import Composer
from assistant.errors import ChangedElsewhereError
from assistant.model import CATEGORY_SEPARATOR, Library, OutputMode, Script, ScriptDraft, ScriptState
from assistant.store import Store, organise
from ui.conflict_bar import ConflictBar
from ui.error_text import error_text
from ui.hotkey_recorder import HotkeyRecorder
from ui.retranslating import Retranslating
from ui.tasks import Tasks
from ui.variable_highlighter import VariableHighlighter, problem_text

CHECK_DELAY_MS = 200
APP_HOTKEYS = ("hotkey.picker", "hotkey.pause")


@dataclass
class Checked:
    """What the worker found about the text in the editor."""

    problems: list
    preview: str
    conflicts: organise.Conflicts


class ScriptEditor(Retranslating, QWidget):
    saved = Signal(object, object)  # Script, organise.Undo
    copy_requested = Signal(str)  # script id
    save_refused = Signal()

    def __init__(self, store: Store, tasks: Tasks, composer: Composer, app_hotkeys=dict, parent=None) -> None:
        super().__init__(parent)
        self.store, self.tasks, self.composer = store, tasks, composer
        self.app_hotkeys = app_hotkeys
        self.script: Script | None = None
        self.library: Library | None = None
        self.generation = 0
        self.clean_generation = 0  # the generation that matches what is stored
        self.checked: Checked | None = None
        self.categories: list[tuple[str, ...]] = []
        self.theirs: Script | None = None  # the stored version while the conflict bar shows (None: deleted)
        self.saves_running = 0
        self._seen_while_saving: list[tuple[str, Script | None]] = []  # (id, theirs) seen during a save
        self.overwrite_box: QMessageBox | None = None

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.code = QLineEdit()
        self.title = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.keywords = QLineEdit()
        self.output_mode = QComboBox()
        for mode in OutputMode:
            self.output_mode.addItem("", mode)
        self.hotkey = HotkeyRecorder()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.highlighter = VariableHighlighter(self.body.document())
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828")
        self.conflicts = QLabel()
        self.conflicts.setWordWrap(True)
        self.conflicts.setStyleSheet("color: #b26a00")
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(110)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(lambda: self.script and self.copy_requested.emit(self.script.id))

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(8)]
        for label, field in zip(self.labels, (self.code, self.title, self.category, self.keywords,
                                              self.output_mode, self.hotkey, self.body, self.preview)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        self.conflict_bar = ConflictBar()
        self.conflict_bar.keep_copy.connect(self.save_as_copy)
        self.conflict_bar.overwrite.connect(self.ask_overwrite)
        self.conflict_bar.take_theirs.connect(self.take_theirs)
        self.conflict_bar.discard.connect(self.unload)
        layout.addWidget(self.heading)
        layout.addWidget(self.conflict_bar)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.conflicts)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check_now)
        for field in (self.code, self.title, self.keywords):
            field.textEdited.connect(self.edited)
        self.category.editTextChanged.connect(self.edited)
        self.body.textChanged.connect(self.edited)
        self.hotkey.recorded.connect(self.edited)
        self.output_mode.currentIndexChanged.connect(self.edited)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.retranslate()
        self.set_enabled(False)

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        names = (self.tr("&Code"), self.tr("&Title"), self.tr("C&ategory"), self.tr("&Keywords"),
                 self.tr("&Output"), self.tr("&Hotkey"), self.tr("&Body"), self.tr("Preview"))
        for label, name in zip(self.labels, names):
            label.setText(name)
        self.code.setPlaceholderText(self.tr("e.g. tk (optional)"))
        self.title.setPlaceholderText(self.tr("empty: the first line of the body"))
        self.keywords.setPlaceholderText(self.tr("words that find this script, separated by commas"))
        self.hotkey.setPlaceholderText(self.tr("press a key combination; Backspace clears"))
        self.body.setPlaceholderText(
            self.tr("The reply. Variables: {{客户}}, {{尺码:S|M|L}}, {{日期+3}}, {{@code}}"))
        modes = {OutputMode.PASTE: self.tr("Paste"), OutputMode.PASTE_ENTER: self.tr("Paste and send (Enter)"),
                 OutputMode.COPY: self.tr("Copy only"), OutputMode.TYPE: self.tr("Type it")}
        for i in range(self.output_mode.count()):
            self.output_mode.setItemText(i, modes[self.output_mode.itemData(i)])
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.copy_button.setText(self.tr("Co&py to my library"))
        self._show_heading()
        if self.checked is not None:
            self._show_checked(self.checked)

    def _show_heading(self) -> None:
        if self.library is None:
            self.heading.setText(self.tr("Choose a script, or press Ctrl+N for a new one."))
        elif self.read_only:
            self.heading.setText(self.tr("%1 is read-only. Copy a script to your library to change it.")
                                 .replace("%1", self.library.name))
        elif self.script is None:
            self.heading.setText(self.tr("New script in %1").replace("%1", self.library.name))
        else:
            self.heading.setText(self.tr("Editing “%1”").replace("%1", self.script.title))

    # -- loading ----------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.library is None or self.library.read_only

    def set_enabled(self, on: bool) -> None:
        for field in (self.code, self.title, self.keywords, self.body):
            field.setReadOnly(not on)
        self.category.setEnabled(on)
        self.output_mode.setEnabled(on)
        self.hotkey.locked = not on
        self.save_button.setVisible(on)
        self.copy_button.setVisible(self.script is not None and self.library is not None and not on)

    def load(self, script: Script | None, library: Library, categories: list[tuple[str, ...]],
             body: str = "", category: tuple[str, ...] = ()) -> None:
        """Show ``script`` (None: a new one in ``library`` with ``body`` prefilled)."""
        self.script, self.library, self.categories = script, library, list(categories)
        self.theirs = None
        self.conflict_bar.hide()
        self.generation += 1
        self.checked = None
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItems([CATEGORY_SEPARATOR.join(p) for p in categories])
        self.category.blockSignals(False)
        self.body.blockSignals(True)
        if script is not None:
            self.code.setText(script.code)
            self.title.setText(script.title)
            self.category.setEditText(script.category_path)
            self.keywords.setText(", ".join(script.keywords))
            self.output_mode.setCurrentIndex(list(OutputMode).index(script.output_mode))
            self.hotkey.setText(script.hotkey)
            self.body.setPlainText(script.body)
        else:
            for field in (self.code, self.title, self.keywords, self.hotkey):
                field.setText("")
            self.category.setEditText(CATEGORY_SEPARATOR.join(category))
            self.output_mode.setCurrentIndex(0)
            self.body.setPlainText(body)
        self.body.blockSignals(False)
        self.set_enabled(not library.read_only)
        self.message.setText("")
        self.problems.setText("")
        self.conflicts.setText("")
        self._show_heading()
        self.clean_generation = self.generation  # filling the fields is not an edit
        self.check_now()

    def unload(self) -> None:
        """Show nothing (the open script is gone and there was nothing to keep)."""
        self.script, self.library, self.theirs, self.checked = None, None, None, None
        self.generation += 1
        self.conflict_bar.hide()
        self.body.blockSignals(True)
        for field in (self.code, self.title, self.keywords, self.hotkey):
            field.setText("")
        self.category.setEditText("")
        self.body.setPlainText("")
        self.body.blockSignals(False)
        self.preview.setPlainText("")
        self.problems.setText("")
        self.conflicts.setText("")
        self.message.setText("")
        self.clean_generation = self.generation
        self.set_enabled(False)
        self._show_heading()

    @property
    def dirty(self) -> bool:
        """Edits the store does not have yet."""
        return not self.read_only and self.generation != self.clean_generation

    def draft(self) -> ScriptDraft:
        return ScriptDraft(
            code=self.code.text(), title=self.title.text(), body=self.body.toPlainText(),
            category=self.category.currentText(), keywords=self.keywords.text(),
            output_mode=self.output_mode.currentData(), hotkey=self.hotkey.text(),
            image_hash=self.script.image_hash if self.script else None,
            image_position=self.script.image_position if self.script else "before",
            favourite=self.script.favourite if self.script else False,
        )

    # -- live checks ---------------------------------------------------------------------------
    def edited(self, *_args) -> None:
        self.generation += 1
        self.message.setText("")
        self.timer.start()

    def _probe(self) -> Script:
        """A throw-away Script of what the fields say, for the composer's checks."""
        return Script(id=self.script.id if self.script else "", library_id=self.library.id,
                      code=self.code.text().strip(), title=self.title.text(), body=self.body.toPlainText(),
                      output_mode=self.output_mode.currentData())

    def check_now(self) -> None:
        if self.library is None:
            return
        generation, probe, hotkey = self.generation, self._probe(), self.hotkey.text()
        script_id = self.script.id if self.script else None
        app_hotkeys = self.app_hotkeys

        def work() -> Checked:
            return Checked(self.composer.problems(probe), self.composer.preview(probe),
                           organise.find_conflicts(self.store, probe.library_id, script_id, probe.code,
                                                   hotkey, app_hotkeys()))

        self.tasks.run(work, lambda checked: generation == self.generation and self._show_checked(checked),
                       lambda error: self.message.setText(str(error)))

    def _show_checked(self, checked: Checked) -> None:
        self.checked = checked
        self.highlighter.set_problems([(p.start, p.end) for p in checked.problems])
        body = self.body.toPlainText()
        self.problems.setText("\n".join(
            self.tr("Variable %1: %2").replace("%1", body[p.start:p.end] or "{{").replace("%2", problem_text(p.code))
            for p in checked.problems))
        self.preview.setPlainText(checked.preview)
        self.conflicts.setText("\n".join(self.conflict_lines(checked.conflicts)))

    def conflict_lines(self, found: organise.Conflicts) -> list[str]:
        lines = []
        for holder in found.same_library:
            lines.append(self.tr("The code %1 is already used by “%2” in this library: choose another code.")
                         .replace("%1", holder.code).replace("%2", holder.title))
        for holder, library_name in found.other_libraries:
            lines.append(self.tr("The code %1 also exists in %2 (“%3”); typing it uses the library that wins "
                                 "(campaign, mine, team, built-in).")
                         .replace("%1", holder.code).replace("%2", library_name).replace("%3", holder.title))
        for holder in found.hotkey:
            lines.append(self.tr("The hotkey %1 is already used by “%2”.")
                         .replace("%1", holder.hotkey).replace("%2", holder.title))
        if found.hotkey_setting:
            lines.append(self.tr("The hotkey %1 is one of the app's own hotkeys.").replace("%1", self.hotkey.text()))
        return lines

    # -- the open script changing underneath ---------------------------------------------------------
    def store_changed(self, change) -> None:
        """A committed store change (on the UI thread): does it touch the open script?"""
        if self.script is None:
            return
        script_id = self.script.id
        theirs = next((s for s in change.upserted if s.id == script_id), None)
        if theirs is not None or script_id in change.removed:
            self._changed_underneath(theirs)
        elif change.reset:  # restored from a backup: anything may differ
            self.tasks.run(lambda: self.store.get_scripts([script_id]),
                           lambda found: self.script is not None and self.script.id == script_id
                           and self._changed_underneath(next(iter(found), None)))

    def _changed_underneath(self, theirs: Script | None) -> None:
        if self.script is None:
            return
        if theirs is not None and theirs.state != ScriptState.ACTIVE:
            theirs = None
        if self.saves_running:  # maybe our own save: judged when it returns
            self._seen_while_saving.append((self.script.id, theirs))
            return
        if theirs is not None and theirs.version == self.script.version:
            return  # nothing the editor shows changed (a favourite mark, our own save)
        if self.dirty or self.conflict_bar.isVisible():
            self.theirs = theirs
            self.conflict_bar.show_deleted() if theirs is None else self.conflict_bar.show_changed()
        elif theirs is None:
            self.unload()
            self.message.setText(self.tr("The script was deleted elsewhere."))
        else:
            self._reload_quietly(theirs)

    def _reload_quietly(self, theirs: Script) -> None:
        focus, cursor = self.focusWidget(), self.body.textCursor().position()
        self.load(theirs, self.library, self.categories)
        self.message.setText(self.tr("Updated: it was changed elsewhere."))
        cursor_now = self.body.textCursor()
        cursor_now.setPosition(min(cursor, len(self.body.toPlainText())))
        self.body.setTextCursor(cursor_now)
        if focus is not None:
            focus.setFocus()

    def take_theirs(self) -> None:
        if self.theirs is not None:
            self.load(self.theirs, self.library, self.categories)

    def ask_overwrite(self) -> None:
        if self.theirs is None or self.script is None:
            return
        theirs = self.theirs
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Overwrite"),
                          self.tr("Replace the version of “%1” that was changed elsewhere with yours? "
                                  "Their changes are lost (Ctrl+Z in the library brings them back).")
                          .replace("%1", theirs.title),
                          QMessageBox.StandardButton.Cancel, self)
        overwrite = box.addButton(self.tr("Overwrite with mine"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: button is overwrite and self._save(theirs.version))
        self.overwrite_box = box
        box.open()

    def save_as_copy(self) -> None:
        """Save what the editor holds as a new script of the same library (code dropped if taken)."""
        if self.library is None or self.read_only:
            return
        draft = self.draft()
        if self.theirs is not None:  # changed elsewhere: the original stays theirs
            draft = replace(draft, title=self.tr("%1 (my copy)").replace("%1", draft.title or self.script.title))
        self._save(None, as_new=draft)

    # -- saving ------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.library is None or self.read_only:
            return
        self._save(self.script.version if self.script else None)

    def _save(self, expected_version: str | None, as_new: ScriptDraft | None = None) -> None:
        """Save over ``expected_version`` of the open script, or ``as_new`` as a new script."""
        probe, draft = self._probe(), as_new or self.draft()
        library_id = self.library.id
        script_id = self.script.id if self.script and as_new is None else None
        generation = self.generation
        store = self.store

        def work():
            problems = self.composer.problems(probe)
            if problems:
                return "problems", problems
            new_draft = draft
            if as_new is not None and organise.code_taken(store, library_id, draft.code, None):
                new_draft = replace(draft, code="")  # a copy beside the original: the code stays theirs
            try:
                saved = organise.save_script(store, library_id, script_id, new_draft, expected_version)
            except ChangedElsewhereError:
                return "changed", next(iter(store.get_scripts([script_id])), None)
            if as_new is not None:
                return "copied", (saved, draft.code if new_draft.code != draft.code else "")
            return "saved", saved

        self.saves_running += 1
        self.message.setText(self.tr("Saving…"))
        self.tasks.run(work, lambda result: self._saved(result, generation), self._save_failed)

    def _save_done(self) -> None:
        """A save came back: judge the changes seen meanwhile against what is open now."""
        self.saves_running -= 1
        if self.saves_running or not self._seen_while_saving:
            return
        (script_id, theirs), self._seen_while_saving = self._seen_while_saving[-1], []
        if self.script is not None and self.script.id == script_id:  # not switched to another script since
            self._changed_underneath(theirs)

    def _saved(self, result, generation: int) -> None:
        kind, value = result
        if kind == "changed":
            self._seen_while_saving.clear()  # the refusal tells what is stored now
            self.saves_running -= 1
            self._changed_underneath(value)  # no unsaved edits: simply reloaded
            if self.conflict_bar.isVisible():
                self.message.setText(self.tr("Not saved: the script was changed elsewhere. Choose above."))
            self.save_refused.emit()
            return
        try:
            self._show_saved(kind, value, generation)
        finally:
            self._save_done()  # after self.script is the saved version: our own change is no news

    def _show_saved(self, kind: str, value, generation: int) -> None:
        if kind == "problems":
            self.message.setText(self.tr("Not saved: fix the variables marked in red first."))
            self.save_refused.emit()
            if generation == self.generation:
                self._show_checked(Checked(value, self.checked.preview if self.checked else "",
                                           self.checked.conflicts if self.checked else organise.Conflicts()))
            return
        if kind == "copied":
            (script, undo), dropped_code = value
            if generation == self.generation:
                self.load(script, self.library, self.categories)  # the editor now shows the new script
            else:  # typed on meanwhile: keep that, as unsaved edits of the new script
                self.script, self.theirs = script, None
                self.conflict_bar.hide()
                self._show_heading()
            self.message.setText(self.tr("Saved as a new script.") if not dropped_code else
                                 self.tr("Saved as a new script, without the code %1 (the original keeps it).")
                                 .replace("%1", dropped_code))
            self.saved.emit(script, undo)
            return
        script, undo = value
        self.script, self.theirs = script, None
        self.conflict_bar.hide()
        if generation == self.generation:
            self.clean_generation = generation
        self._show_heading()
        self.message.setText(self.tr("Saved."))
        self.saved.emit(script, undo)

    def _save_failed(self, error: Exception) -> None:
        self._save_done()
        self.message.setText(self.tr("Not saved: %1").replace("%1", error_text(error)))
        self.save_refused.emit()

