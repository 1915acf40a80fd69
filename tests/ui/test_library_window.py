"""The first library window, driven by keyboard as an agent would."""

from PySide6.QtCore import Qt

from assistant.core import open_core
from assistant.model import ScriptDraft
from ui.library_window import LibraryWindow


def rows(window):
    return [window.list.topLevelItem(i).text(0) for i in range(window.list.topLevelItemCount())]


def test_typing_narrows_the_list_and_edits_show_up(qtbot, home):
    core = open_core()
    lib = core.store.personal_library()
    core.store.add_script(lib.id, ScriptDraft(code="cfh", title="催发货安抚", body="亲，已经为您催促仓库发货啦"))
    core.store.add_script(lib.id, ScriptDraft(code="tk", title="退款说明", body="退款将在1-3个工作日原路返回"))
    window = LibraryWindow(core)
    qtbot.addWidget(window)
    window.show()
    assert sorted(rows(window)) == ["cfh", "tk"]

    qtbot.keyClicks(window.query, "tuikuan")
    assert rows(window) == ["tk"]
    window.query.clear()
    qtbot.keyClicks(window.query, "催")
    assert rows(window) == ["cfh"]

    core.store.add_script(lib.id, ScriptDraft(code="cfh2", title="催发货超时", body="非常抱歉，发货超时了"))
    qtbot.waitUntil(lambda: sorted(rows(window)) == ["cfh", "cfh2"])
    qtbot.keyClick(window.query, Qt.Key.Key_Escape)
    core.close()
