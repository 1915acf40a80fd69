"""Settings: one page per topic, every change applied at once and checked first.

Pages: general (language, theme, data folder; ``general_layout`` takes more rows),
hotkeys, typed codes, paste (delays and per-program chords), team sync, backups.
A change goes through :class:`ui.setting_fields.SettingFields`: the setting's own
rules (``Settings.set``) decide, a refused value shows its error next to the field and
changes nothing; a written one is announced with ``setting_changed(name)`` and the app
applies it live (ui/app.py ``App.apply_setting``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox,
    QStackedWidget, QVBoxLayout, QWidget,
)

from assistant.platform.autostart import Autostart, create_autostart
from assistant.settings import SETTINGS
from ui.app_chords_table import AppChordsTable
from ui.backups_page import BackupsPage
from ui.hotkey_edit import HotkeyEdit
from ui.i18n import LANGUAGES
from ui.retranslating import Retranslating
from ui.setting_fields import SettingFields
from ui.start_at_login import StartAtLoginBox
from ui.sync_page import SyncPage

HOTKEYS = ("hotkey.picker", "hotkey.pause")
TERMINATORS = SETTINGS["expansion.terminators"].choices
NEWLINES = SETTINGS["paste.newline_chord"].choices
DELAYS = tuple(name for name, s in SETTINGS.items() if name.startswith("paste.") and s.type is int)


def _load(core):
    hotkeys = {script.hotkey: script.title or script.code for script in core.store.scripts() if script.hotkey}
    return core.settings.all(), hotkeys


class SettingsDialog(Retranslating, QDialog):
    setting_changed = Signal(str)
    sync_changed = Signal()

    def __init__(self, core, tasks, token_store, autostart: Autostart | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core, self.tasks = core, tasks
        self.autostart = autostart or create_autostart()
        self.loaded = False
        self.script_hotkeys: dict[str, str] = {}
        self.fields = SettingFields(core.settings, tasks, self)
        self.fields.changed.connect(self.setting_changed)
        self.labels: dict[str, QLabel] = {}
        self.nav = QListWidget()
        self.nav.setMaximumWidth(170)
        self.pages = QStackedWidget()
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)

        self.pages.addWidget(self._general_page())
        self.pages.addWidget(self._hotkeys_page())
        self.pages.addWidget(self._typing_page())
        self.pages.addWidget(self._paste_page())
        self.sync_page = SyncPage(core, tasks, token_store)
        self.sync_page.sync_changed.connect(self.sync_changed)
        self.pages.addWidget(self.sync_page)
        self.backups_page = BackupsPage(core, tasks)
        self.pages.addWidget(self.backups_page)
        for _ in range(self.pages.count()):
            self.nav.addItem("")
        body = QHBoxLayout(self)
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        self.resize(760, 520)
        self.retranslate()
        self.nav.setCurrentRow(0)
        tasks.run(lambda: _load(core), on_done=self._loaded)

    # -- building -----------------------------------------------------------------------
    def _row(self, form: QFormLayout, name: str, editor: QWidget) -> None:
        """A label, the editor, and the setting's error line under it."""
        label = self.labels[name] = QLabel()
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(editor)
        box.addWidget(self.fields.error_label(name))
        form.addRow(label, box)

    def _general_page(self) -> QWidget:
        page = QWidget()
        self.general_layout = QFormLayout(page)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.theme = QComboBox()
        for _ in range(3):
            self.theme.addItem("")
        self.data_folder = QLabel(str(self.core.paths.data))
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.core.paths.data))))
        folder = QHBoxLayout()
        folder.addWidget(self.data_folder, 1)
        folder.addWidget(self.open_folder)
        self._row(self.general_layout, "ui.language", self.language)
        self._row(self.general_layout, "ui.theme", self.theme)
        self.data_folder_label = QLabel()
        self.general_layout.addRow(self.data_folder_label, folder)
        self.start_at_login = StartAtLoginBox(self.core.settings, self.autostart, self.tasks)
        self.general_layout.addRow(self.start_at_login)
        self.language.currentIndexChanged.connect(
            lambda _i: self._apply("ui.language", self.language.currentData()))
        self.theme.currentIndexChanged.connect(
            lambda i: self._apply("ui.theme", SETTINGS["ui.theme"].choices[i]))
        return page

    def _hotkeys_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.hotkeys = {name: HotkeyEdit() for name in HOTKEYS}
        for name, edit in self.hotkeys.items():
            self._row(form, name, edit)
            edit.chord_recorded.connect(lambda chord, name=name: self._apply(name, chord))
            self.fields.extra_checks[name] = lambda chord, name=name: self._hotkey_conflict(name, chord)
        self.hotkeys_hint = QLabel()
        self.hotkeys_hint.setWordWrap(True)
        form.addRow(self.hotkeys_hint)
        return page

    def _typing_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.expansion_enabled = QCheckBox()
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(8)
        self.terminators = QComboBox()
        for _ in TERMINATORS:
            self.terminators.addItem("")
        self.blocked_apps = QLineEdit()
        self._row(form, "expansion.enabled", self.expansion_enabled)
        self._row(form, "expansion.prefix", self.prefix)
        self._row(form, "expansion.terminators", self.terminators)
        self._row(form, "expansion.blocked_apps", self.blocked_apps)
        self.expansion_enabled.toggled.connect(lambda on: self._apply("expansion.enabled", on))
        self.prefix.editingFinished.connect(lambda: self._apply("expansion.prefix", self.prefix.text()))
        self.terminators.currentIndexChanged.connect(
            lambda i: self._apply("expansion.terminators", TERMINATORS[i]))
        self.blocked_apps.editingFinished.connect(lambda: self._apply(
            "expansion.blocked_apps", ",".join(a.strip().lower() for a in self.blocked_apps.text().split(",")
                                                if a.strip())))
        return page

    def _paste_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.delays: dict[str, QSpinBox] = {}
        for name in DELAYS:
            spin = self.delays[name] = QSpinBox()
            spin.setRange(0, 100000)  # the setting's own limits decide, with an error that says them
            spin.setSuffix(" ms")
            spin.setKeyboardTracking(False)
            spin.editingFinished.connect(lambda name=name, spin=spin: self._apply(name, spin.value()))
            self._row(form, name, spin)
        self.newline = QComboBox()
        for _ in NEWLINES:
            self.newline.addItem("")
        self.newline.currentIndexChanged.connect(lambda i: self._apply("paste.newline_chord", NEWLINES[i]))
        self._row(form, "paste.newline_chord", self.newline)
        self.app_chords = AppChordsTable()
        self.app_chords.edited.connect(lambda mapping: self._apply("paste.app_chords", mapping))
        self._row(form, "paste.app_chords", self.app_chords)
        return page

    # -- values -----------------------------------------------------------------------------
    def _loaded(self, loaded) -> None:
        values, self.script_hotkeys = loaded
        self.fields.values.update(values)
        self._show_values()
        self.loaded = True

    def _show_values(self) -> None:
        values = self.fields.values
        widgets = [self.language, self.theme, self.expansion_enabled, self.terminators, self.newline, self.app_chords,
                   *self.delays.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(values["ui.language"])))
        self.theme.setCurrentIndex(SETTINGS["ui.theme"].choices.index(values["ui.theme"]))
        for name, edit in self.hotkeys.items():
            edit.setText(values[name])
        self.expansion_enabled.setChecked(values["expansion.enabled"])
        self.prefix.setText(values["expansion.prefix"])
        self.terminators.setCurrentIndex(TERMINATORS.index(values["expansion.terminators"]))
        self.blocked_apps.setText(values["expansion.blocked_apps"])
        for name, spin in self.delays.items():
            spin.setValue(values[name])
        self.newline.setCurrentIndex(NEWLINES.index(values["paste.newline_chord"]))
        self.app_chords.set_mapping(values["paste.app_chords"])
        for widget in widgets:
            widget.blockSignals(False)

    def _apply(self, name: str, value) -> None:
        if self.loaded:
            self.fields.apply(name, value)

    def _hotkey_conflict(self, name: str, chord: str) -> str | None:
        from assistant.platform.keys import normalize_chord

        chord = normalize_chord(chord)
        for other in HOTKEYS:
            if other != name and normalize_chord(self.fields.values.get(other, "")) == chord:
                return self.tr("%1 is already the hotkey for: %2").replace("%1", chord).replace(
                    "%2", self.labels[other].text())
        for script_chord, title in self.script_hotkeys.items():
            try:
                same = normalize_chord(script_chord) == chord
            except Exception:  # a script's broken hotkey is the library's problem, not this page's
                same = False
            if same:
                return self.tr("%1 is already the hotkey of the script “%2”").replace("%1", chord).replace(
                    "%2", title)
        return None

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kefu Assistant — Settings"))
        for row, text in enumerate((self.tr("General"), self.tr("Hotkeys"), self.tr("Typed codes"),
                                    self.tr("Paste"), self.tr("Team sync"), self.tr("Backups"))):
            self.nav.item(row).setText(text)
        names = {
            "ui.language": self.tr("Language"),
            "ui.theme": self.tr("Theme"),
            "hotkey.picker": self.tr("Open the picker"),
            "hotkey.pause": self.tr("Pause / resume"),
            "expansion.enabled": self.tr("Typed codes"),
            "expansion.prefix": self.tr("Prefix before a code"),
            "expansion.terminators": self.tr("Keys that end a code"),
            "expansion.blocked_apps": self.tr("Never in these programs"),
            "paste.after_activate_ms": self.tr("After the chat window is back"),
            "paste.before_paste_ms": self.tr("Before the paste keys"),
            "paste.restore_after_ms": self.tr("Longest wait before the clipboard is restored"),
            "paste.after_fetch_ms": self.tr("After the chat app read the clipboard"),
            "paste.after_paste_ms": self.tr("After the paste, before Enter"),
            "paste.modifier_release_timeout_ms": self.tr("Wait for the hotkey's keys to be let go"),
            "paste.newline_chord": self.tr("New line when text is typed out"),
            "paste.app_chords": self.tr("Paste keys per program"),
        }
        for name, label in self.labels.items():
            label.setText(names.get(name, name))
        themes = (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"))
        for i, text in enumerate(themes):
            self.theme.setItemText(i, text)
        keys = {"space": self.tr("Space"), "tab": self.tr("Tab"), "enter": self.tr("Enter")}
        for i, choice in enumerate(TERMINATORS):
            self.terminators.setItemText(i, " + ".join(keys[k] for k in choice.split(",")))
        for i, chord in enumerate(NEWLINES):
            mods = [m.capitalize() for m in chord.split("+")[:-1]]
            self.newline.setItemText(i, "+".join(mods + [keys["enter"]]) if mods else
                                     self.tr("Enter (sends the message in most chat apps)"))
        self.expansion_enabled.setText(self.tr("Turn a typed prefix + code into its script"))
        self.blocked_apps.setPlaceholderText(self.tr("Program names, separated by commas"))
        self.data_folder_label.setText(self.tr("Data folder"))
        self.open_folder.setText(self.tr("Open"))
        self.hotkeys_hint.setText(self.tr("Click a field and press the new key combination, e.g. Ctrl+Alt+K. "
                                          "It works at once."))
        for edit in self.hotkeys.values():
            edit.setPlaceholderText(self.tr("Press a key combination"))
