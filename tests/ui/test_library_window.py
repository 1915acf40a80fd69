"""The first library window, driven by keyboard as an agent would."""

from PySide6.QtCore import Qt

from assistant.model import ScriptDraft
from tests.ui.conftest import ime_commit
from ui.library_window import LibraryWindow


def rows(window):
    return [window.list.topLevelItem(i).text(0) for i in range(window.list.topLevelItemCount())]


def test_typing_narrows_the_list_and_edits_show_up(qtbot, wired):
    lib = wired.store.personal_library()
    wired.store.add_script(lib.id, ScriptDraft(code="cfh", title="催发货安抚", body="亲，已经为您催促仓库发货啦"))
    wired.store.add_script(lib.id, ScriptDraft(code="tk", title="退款说明", body="退款将在1-3个工作日原路返回"))
    qtbot.waitUntil(lambda: len(wired.index.search("")) == 2)
    window = LibraryWindow(wired.core, wired.index, wired.bridge)
    qtbot.addWidget(window)
    window.show()
    assert sorted(rows(window)) == ["cfh", "tk"]

    qtbot.keyClicks(window.query, "tuikuan")
    assert rows(window) == ["tk"]
    window.query.clear()
    ime_commit(window.query, "催")
    assert rows(window) == ["cfh"]

    wired.store.add_script(lib.id, ScriptDraft(code="cfh2", title="催发货超时", body="非常抱歉，发货超时了"))
    qtbot.waitUntil(lambda: sorted(rows(window)) == ["cfh", "cfh2"])
    qtbot.keyClick(window.query, Qt.Key.Key_Escape)
