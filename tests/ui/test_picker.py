"""The picker, keyboard only: type, move, Enter, Alt+n, Esc, Ctrl+N/E/D/B/P, IME-safe Enter."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from assistant.model import ScriptDraft
from tests.ui.conftest import ime_commit
from ui.picker import Picker


@pytest.fixture
def picker(qtbot, wired):
    lib = wired.store.personal_library()
    for code, title in (("cfh", "催发货安抚"), ("tk", "退款说明"), ("tkjd", "退款进度查询")):
        wired.store.add_script(lib.id, ScriptDraft(code=code, title=title, body=f"{title}的话术",
                                                    keywords=("发货",) if code == "cfh" else ()))
    qtbot.waitUntil(lambda: len(wired.index.search("")) == 3)
    wired.index.set_library_kinds({lib.id: lib.kind for lib in wired.store.libraries()})
    shown = Picker(wired.index, tasks=wired.tasks, store=wired.store)
    qtbot.addWidget(shown)
    shown.popup()
    return shown


def titles(picker):
    return [row.script.title for row in picker.model.rows]


def test_type_a_code_and_enter_sends_it(qtbot, picker):
    qtbot.keyClicks(picker.query, "tk")
    assert picker.current_script().code == "tk"
    with qtbot.waitSignal(picker.chosen) as sent:
        qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert sent.args[0].code == "tk" and not picker.isVisible()


def test_pinyin_initials_light_the_chinese_characters_they_spell(qtbot, picker):
    qtbot.keyClicks(picker.query, "tkjdc")  # no such code: the initials of 退款进度查
    assert titles(picker) == ["退款进度查询"]
    assert picker.lit(0)["title"] == {0, 1, 2, 3, 4}
    picker.query.clear()
    ime_commit(picker.query, "发货")
    assert picker.current_script().title == "催发货安抚"
    assert picker.lit(0)["title"] == {1, 2}


def test_code_prefix_lights_the_typed_letters(qtbot, picker):
    qtbot.keyClicks(picker.query, "tk")
    assert picker.lit(0)["code"] == {0, 1}
    assert picker.lit(1)["code"] == {0, 1}  # tkjd: its first two letters


def test_arrows_and_alt_number_choose_other_rows(qtbot, picker):
    qtbot.keyClicks(picker.query, "tuikuan")
    first = picker.current_script()
    qtbot.keyClick(picker.query, Qt.Key.Key_Down)
    second = picker.current_script()
    assert second != first
    qtbot.keyClick(picker.query, Qt.Key.Key_Up)
    assert picker.current_script() == first
    with qtbot.waitSignal(picker.chosen) as sent:
        qtbot.keyClick(picker.query, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert sent.args[0] == second and not picker.isVisible()


def test_escape_closes_without_sending(qtbot, picker):
    with qtbot.assertNotEmitted(picker.chosen), qtbot.waitSignal(picker.dismissed):
        qtbot.keyClick(picker.query, Qt.Key.Key_Escape)
    assert not picker.isVisible()


def test_enter_while_the_input_method_composes_never_sends(qtbot, picker):
    qtbot.keyClicks(picker.query, "tk")
    composing = QInputMethodEvent("tui", [])
    QApplication.sendEvent(picker.query, composing)
    with qtbot.assertNotEmitted(picker.chosen, wait=50):
        qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert picker.isVisible()
    ime_commit(picker.query, "")  # the IME commits (nothing left composing): Enter sends again
    with qtbot.waitSignal(picker.chosen):
        qtbot.keyClick(picker.query, Qt.Key.Key_Return)


def test_ctrl_d_makes_a_favourite_in_the_store_and_shows_it_first(qtbot, picker, wired):
    qtbot.keyClicks(picker.query, "tkjd")
    script = picker.current_script()
    qtbot.keyClick(picker.query, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: picker.current_script().favourite)
    assert wired.store.get_script(script.id).favourite
    picker.query.clear()
    assert titles(picker)[0] == "退款进度查询"  # empty query: favourites first
    qtbot.keyClick(picker.query, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not wired.store.get_script(script.id).favourite)


def test_ctrl_p_pins_the_picker_open_for_several_sends(qtbot, picker):
    qtbot.keyClick(picker.query, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert picker.pinned and picker.pin_mark.text()
    qtbot.keyClicks(picker.query, "cfh")
    with qtbot.waitSignal(picker.chosen):
        qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert picker.isVisible()
    picker.query.selectAll()
    qtbot.keyClicks(picker.query, "tk")
    with qtbot.waitSignal(picker.chosen) as sent:
        qtbot.keyClick(picker.query, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert sent.args[0].code == "tk" and picker.isVisible()
    qtbot.keyClick(picker.query, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(picker.chosen):
        qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert not picker.isVisible()


def test_ctrl_b_suggests_replies_to_the_buyer_message_on_the_clipboard(qtbot, picker):
    QGuiApplication.clipboard().setText("你好，我的退款什么时候到账？进度怎么查")
    qtbot.keyClick(picker.query, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert picker.suggesting and "退款" in picker.mode.text()
    assert titles(picker)[0] in ("退款进度查询", "退款说明") and "催发货安抚" not in titles(picker)
    qtbot.keyClick(picker.query, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # Ctrl+B again: leaves
    assert picker.suggesting is None and len(titles(picker)) == 3
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(picker.query, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert "clipboard holds no text" in picker.mode.text() and not picker.model.rows


def test_typing_in_suggest_mode_narrows_the_suggestions_and_esc_leaves(qtbot, picker):
    QGuiApplication.clipboard().setText("你好，我的退款什么时候到账？进度怎么查")
    qtbot.keyClick(picker.query, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert sorted(titles(picker)) == ["退款说明", "退款进度查询"]
    qtbot.keyClicks(picker.query, "jd")  # 进度: only the suggestion that also matches the query
    assert picker.suggesting and titles(picker) == ["退款进度查询"]
    assert "退款" in picker.mode.text()  # still suggesting, and it says so
    assert picker.lit(0)["title"] == {2, 3}  # lit where the typed text matched
    picker.query.clear()
    qtbot.keyClicks(picker.query, "cfh")  # matches a script, but not one that answers the message
    assert picker.suggesting and titles(picker) == [] and "nothing fits" in picker.mode.text()
    qtbot.keyClick(picker.query, Qt.Key.Key_Escape)  # Esc leaves suggest mode, the picker stays
    assert picker.isVisible() and picker.suggesting is None and titles(picker) == ["催发货安抚"]
    qtbot.keyClick(picker.query, Qt.Key.Key_Escape)
    assert not picker.isVisible()


def test_ctrl_n_and_ctrl_e_hand_over_to_the_editor(qtbot, picker):
    qtbot.keyClicks(picker.query, "tkjd")
    script = picker.current_script()
    with qtbot.waitSignal(picker.edit_requested) as edit:
        qtbot.keyClick(picker.query, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert edit.args == [script.id] and not picker.isVisible()
    picker.popup()
    qtbot.keyClicks(picker.query, "xin huashu")
    with qtbot.waitSignal(picker.new_requested) as new:
        qtbot.keyClick(picker.query, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert new.args == ["xin huashu"]


def test_rows_show_badge_and_previews_resolved_off_the_ui_thread(qtbot, wired):
    lib = wired.store.personal_library()
    wired.store.add_script(lib.id, ScriptDraft(code="hi", title="问候", body="亲，{剪贴板}您好"))
    qtbot.waitUntil(lambda: len(wired.index) == 1)
    wired.index.set_library_kinds({lib.id: lib.kind})
    picker = Picker(wired.index, preview=lambda s: s.body.replace("{剪贴板}", "小王"), tasks=wired.tasks)
    qtbot.addWidget(picker)
    picker.popup()
    assert picker.model.rows[0].kind == lib.kind
    qtbot.waitUntil(lambda: picker.model.previews.get(picker.model.rows[0].script.id) == "亲，小王您好")
    picker.grab()  # paints the row (badge, lit text, preview) without error


def test_placement_stays_on_screen(qtbot, picker):
    area = QGuiApplication.primaryScreen().availableGeometry()
    corner = picker.placement(QPoint(area.right() - 3, area.bottom() - 3))
    assert corner.x() + picker.width() <= area.right() + 1 and corner.y() + picker.height() <= area.bottom() + 1
    window = QRect(area.left() + 10, area.top() + 10, picker.width() + 40, picker.height() + 40)
    centred = picker.placement(window)
    assert abs(centred.x() - (area.left() + 30)) <= 1 and abs(centred.y() - (area.top() + 30)) <= 1


def test_loading_until_the_index_is_ready(qtbot, wired):
    picker = Picker(None)
    qtbot.addWidget(picker)
    picker.popup()
    assert not picker.model.rows and picker.mode.isVisible()
    assert picker.mode.text() == "Loading the script library…"
    wired.store.add_script(wired.store.personal_library().id, ScriptDraft(code="hi", title="问候", body="您好"))
    qtbot.waitUntil(lambda: len(wired.index) == 1)
    picker.set_index(wired.index)  # the picker was left open: it fills at once
    assert [row.script.code for row in picker.model.rows] == ["hi"] and picker.mode.isHidden()
