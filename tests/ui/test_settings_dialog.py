"""Settings as an agent changes them: hotkeys, prefix, language and theme, all live."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.language import english  # noqa: F401 (fixture)
from ui.settings_dialog import SettingsDialog
from ui.theme import apply_theme


class FakeTokens:
    backend = "keyring"

    def __init__(self):
        self.kept = {}

    def get(self, server):
        return self.kept.get(server)

    def set(self, server, token):
        self.kept[server] = token

    def delete(self, server):
        self.kept.pop(server, None)


@pytest.fixture
def translations(english):
    yield english
    apply_theme("system")


@pytest.fixture
def dialog(qtbot, wired, translations):
    window = SettingsDialog(wired.core, wired.tasks, FakeTokens())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded)
    applied = []

    def apply_setting(name):  # what App.apply_setting does for these two
        applied.append(name)
        if name == "ui.language":
            translations.switch(wired.core.settings.get("ui.language"))
        if name == "ui.theme":
            apply_theme(wired.core.settings.get("ui.theme"))

    window.setting_changed.connect(apply_setting)
    window.applied = applied
    return window


def go_to_page(qtbot, dialog, row):
    dialog.nav.setFocus()
    dialog.nav.setCurrentRow(0)
    for _ in range(row):
        qtbot.keyClick(dialog.nav, Qt.Key.Key_Down)
    assert dialog.pages.currentIndex() == row


def test_pressing_a_new_picker_hotkey_changes_it(qtbot, dialog, wired):
    go_to_page(qtbot, dialog, 1)
    edit = dialog.hotkeys["hotkey.picker"]
    edit.setFocus()
    with qtbot.waitSignal(dialog.setting_changed) as changed:
        qtbot.keyClick(edit, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert changed.args == ["hotkey.picker"]
    assert edit.text() == "ctrl+alt+j"
    assert wired.core.settings.get("hotkey.picker") == "ctrl+alt+j"


def test_a_hotkey_taken_by_the_other_one_is_refused_with_the_reason(qtbot, dialog, wired):
    edit = dialog.hotkeys["hotkey.picker"]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    error = dialog.fields.error_label("hotkey.picker")
    assert not error.isHidden() and error.text() == "ctrl+alt+p is already the hotkey for: Pause / resume"
    assert wired.core.settings.get("hotkey.picker") == "ctrl+alt+k"
    qtbot.keyClick(edit, Qt.Key.Key_A)  # a lone letter would fire while typing
    assert error.text().startswith("Not a usable key combination")
    assert wired.core.settings.get("hotkey.picker") == "ctrl+alt+k"
    assert dialog.applied == []


def test_a_bad_prefix_shows_the_error_and_changes_nothing(qtbot, dialog, wired):
    go_to_page(qtbot, dialog, 2)
    dialog.prefix.setFocus()
    dialog.prefix.selectAll()
    qtbot.keyClicks(dialog.prefix, "ab")
    qtbot.keyClick(dialog.prefix, Qt.Key.Key_Return)
    error = dialog.fields.error_label("expansion.prefix")
    assert not error.isHidden() and error.text() == "Use 1 to 3 signs such as ; or // (no letters, digits or spaces)."
    qtbot.wait(50)
    assert wired.core.settings.get("expansion.prefix") == ";" and dialog.applied == []

    dialog.prefix.selectAll()
    qtbot.keyClicks(dialog.prefix, "//")
    with qtbot.waitSignal(dialog.setting_changed):
        qtbot.keyClick(dialog.prefix, Qt.Key.Key_Return)
    assert error.isHidden()
    assert wired.core.settings.get("expansion.prefix") == "//"


def test_a_delay_beyond_its_limit_is_refused(qtbot, dialog, wired):
    spin = dialog.delays["paste.before_paste_ms"]
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "9999")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert dialog.fields.error_label("paste.before_paste_ms").text() == "Use a number from 0 to 2000."
    assert wired.core.settings.get("paste.before_paste_ms") != 9999


def test_the_new_line_keys_for_typed_out_text_can_be_chosen(qtbot, dialog, wired):
    assert dialog.newline.currentText() == "Shift+Enter"
    dialog.newline.setFocus()
    with qtbot.waitSignal(dialog.setting_changed):
        qtbot.keyClick(dialog.newline, Qt.Key.Key_Down)
    assert dialog.newline.currentText() == "Ctrl+Enter"
    assert wired.core.settings.get("paste.newline_chord") == "ctrl+enter"


def cell_editor(table):
    """The open cell editor (a closed one may linger until it is deleted)."""
    return [e for e in table.table.viewport().findChildren(QLineEdit) if e.isVisible()][-1]


def test_a_program_without_paste_keys_is_refused(qtbot, dialog, wired):
    go_to_page(qtbot, dialog, 3)
    table = dialog.app_chords
    table.add_button.click()
    qtbot.keyClicks(cell_editor(table), "wechat")
    qtbot.keyClick(cell_editor(table), Qt.Key.Key_Return)
    error = dialog.fields.error_label("paste.app_chords")
    qtbot.waitUntil(lambda: not error.isHidden())  # the table commits an edit a moment after Enter
    assert error.text() == "Paste keys for “wechat”: write keys such as ctrl+shift+v."
    assert "wechat" not in wired.core.settings.get("paste.app_chords")
    table.table.setCurrentCell(table.table.rowCount() - 1, 1)
    table.table.editItem(table.table.item(table.table.rowCount() - 1, 1))
    qtbot.keyClicks(cell_editor(table), "ctrl+shift+v")
    with qtbot.waitSignal(dialog.setting_changed):
        qtbot.keyClick(cell_editor(table), Qt.Key.Key_Return)
    assert wired.core.settings.get("paste.app_chords")["wechat"] == "ctrl+shift+v"
    assert error.isHidden()


def test_language_switches_live(qtbot, dialog, wired):
    assert dialog.windowTitle() == "Kefu Assistant — Settings"
    dialog.language.setFocus()
    assert dialog.language.currentText() == "中文"  # the default
    with qtbot.waitSignal(dialog.setting_changed):
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert wired.core.settings.get("ui.language") == "en"
    with qtbot.waitSignal(dialog.setting_changed):
        qtbot.keyClick(dialog.language, Qt.Key.Key_Up)
    assert wired.core.settings.get("ui.language") == "zh_CN"
    qtbot.waitUntil(lambda: dialog.windowTitle() == "客服助手 — 设置")
    assert dialog.nav.item(1).text() == "快捷键"
    dialog.prefix.setText("ab")
    dialog.prefix.editingFinished.emit()
    assert dialog.fields.error_label("expansion.prefix").text() == "请用 1 到 3 个符号，比如 ; 或 //（不能有字母、数字或空格）。"
    with qtbot.waitSignal(dialog.setting_changed):
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Kefu Assistant — Settings")


def test_dark_theme_applies_at_once(qtbot, dialog, wired):
    dialog.theme.setFocus()
    with qtbot.waitSignal(dialog.setting_changed):
        qtbot.keyClick(dialog.theme, Qt.Key.Key_End)  # Dark
    assert wired.core.settings.get("ui.theme") == "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    with qtbot.waitSignal(dialog.setting_changed):
        qtbot.keyClick(dialog.theme, Qt.Key.Key_Up)  # Light
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_back_up_now_lists_the_new_backup(qtbot, dialog):
    page = dialog.backups_page
    qtbot.waitUntil(lambda: page.backups is not None)
    before = page.list.count()
    page.create_button.click()
    qtbot.waitUntil(lambda: page.list.count() == before + 1)
    assert "made by hand" in page.list.item(0).text()


def test_restore_asks_first_and_brings_the_library_back(qtbot, dialog, wired):
    from assistant.model import ScriptDraft

    page = dialog.backups_page
    qtbot.waitUntil(lambda: page.backups is not None)
    page.create_button.click()
    qtbot.waitUntil(lambda: page.list.count() == 1)
    personal = wired.store.personal_library()
    wired.store.add_script(personal.id, ScriptDraft(code="later", body="备份之后写的"))
    asked = []
    page.confirm = lambda name: asked.append(name) or False  # the agent says no
    page.list.setFocus()
    page.list.setCurrentRow(0)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert len(asked) == 1 and wired.store.find_by_code("later")

    page.confirm = lambda name: True
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.status.text().startswith("Restored."))
    assert wired.store.find_by_code("later") == []
    qtbot.waitUntil(lambda: page.list.count() == 2)
    assert any("before a restore" in page.list.item(i).text() for i in range(2))
