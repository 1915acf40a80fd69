"""The Q&A browser as a new agent uses it: search by initials, read, paste or copy a reply."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import ime_commit
from tests.ui.language import english  # noqa: F401 (fixture)
from ui.qa_browser import QABrowser


@pytest.fixture
def browser(qtbot, wired, english):
    window = QABrowser(wired.tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.content is not None and window.tree.topLevelItemCount() > 0)
    return window


def open_by_initials(qtbot, browser, initials: str) -> None:
    browser.query.setFocus()
    qtbot.keyClicks(browser.query, initials)
    qtbot.keyClick(browser.query, Qt.Key.Key_Return)


def test_scenario_tree_lists_scenes_then_topics_then_situations(browser):
    scenes = [browser.tree.topLevelItem(i).text(0) for i in range(browser.tree.topLevelItemCount())]
    assert scenes[:4] == ["通用", "售前", "售中", "售后"]
    topic = browser.tree.topLevelItem(1).child(0)
    assert topic.text(0) == "商品咨询" and topic.child(0).text(0) == "材质成分咨询"


def test_pinyin_initials_find_the_situation_and_show_all_its_parts(qtbot, browser):
    open_by_initials(qtbot, browser, "czcf")
    assert browser.tree.topLevelItem(0).text(0).startswith("材质成分咨询")
    shown = browser.details.toPlainText()
    for part in ("When it applies", "买家问是什么面料", "Check first", "Steps", "按标注原样报成分",
                 "Never say", "百分百不起球", "Related codes", "sqcz"):
        assert part in shown
    assert browser.replies.count() == 2
    assert browser.replies.hasFocus()


def test_enter_on_a_reply_asks_to_paste_it_with_the_variables_filled(qtbot, browser):
    open_by_initials(qtbot, browser, "czcf")
    browser.fields["商品"].setFocus()
    ime_commit(browser.fields["商品"], "羊毛衫")
    browser.fields["材质"].setFocus()
    qtbot.keyClicks(browser.fields["材质"], "70% ")
    ime_commit(browser.fields["材质"], "羊毛")
    browser.replies.setFocus()
    with qtbot.waitSignal(browser.paste_requested) as sent:
        qtbot.keyClick(browser.replies, Qt.Key.Key_Return)
    assert sent.args == ["亲，这款羊毛衫的成分是70% 羊毛，以吊牌标注为准哦。建议冷水反面洗、避免暴晒，能穿得更久～"]


def test_ctrl_c_copies_the_chosen_reply_to_the_clipboard(qtbot, browser):
    open_by_initials(qtbot, browser, "czcf")
    qtbot.keyClick(browser.replies, Qt.Key.Key_Down)
    qtbot.keyClick(browser.replies, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().startswith("亲，面料是【材质】，手感偏柔软")
    assert browser.status.text() == "Copied"


def test_a_query_that_finds_nothing_says_so(qtbot, browser):
    qtbot.keyClicks(browser.query, "xyzxyzxyz")
    assert browser.tree.topLevelItemCount() == 0
    assert "xyzxyzxyz" in browser.status.text()


def test_alt_2_pastes_the_second_reply_from_the_search_box(qtbot, browser):
    open_by_initials(qtbot, browser, "czcf")
    browser.query.setFocus()
    with qtbot.waitSignal(browser.paste_requested) as sent:
        qtbot.keyClick(browser.query, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert sent.args[0].startswith("亲，面料是【材质】")
