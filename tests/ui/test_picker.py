"""The picker, keyboard only: type, move, Enter, Alt+n, Esc."""

import pytest
from PySide6.QtCore import Qt

from assistant.model import ScriptDraft
from ui.picker import Picker


@pytest.fixture
def picker(qtbot, wired):
    lib = wired.store.personal_library()
    for code, title in (("cfh", "催发货安抚"), ("tk", "退款说明"), ("tkjd", "退款进度查询")):
        wired.store.add_script(lib.id, ScriptDraft(code=code, title=title, body=f"{title}的话术"))
    qtbot.waitUntil(lambda: len(wired.index.search("")) == 3)
    shown = Picker(wired.index)
    qtbot.addWidget(shown)
    shown.popup()
    return shown


def test_type_a_code_and_enter_sends_it(qtbot, picker):
    qtbot.keyClicks(picker.query, "tk")
    assert picker.current_script().code == "tk"
    with qtbot.waitSignal(picker.chosen) as sent:
        qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert sent.args[0].code == "tk" and not picker.isVisible()


def test_arrows_and_alt_number_choose_other_rows(qtbot, picker):
    qtbot.keyClicks(picker.query, "tuikuan")
    first = picker.current_script()
    qtbot.keyClick(picker.query, Qt.Key.Key_Down)
    assert picker.current_script() != first
    with qtbot.waitSignal(picker.chosen) as sent:
        qtbot.keyClick(picker.query, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert sent.args[0] == first


def test_escape_closes_without_sending(qtbot, picker):
    with qtbot.assertNotEmitted(picker.chosen), qtbot.waitSignal(picker.dismissed):
        qtbot.keyClick(picker.query, Qt.Key.Key_Escape)
    assert not picker.isVisible()
