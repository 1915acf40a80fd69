"""The lead adds practice drills and a target in the console's builder (pytest-qt, offscreen)
against a real server: bad rows are named, a bad code is refused by drill number, the published
version carries the drills and the target, and the history's diff lists a changed drill."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from assistant.model import ScriptDraft
from tests.sync.test_lead_console_ui import TIMEOUT, make_console, rows, type_cell
from tests.ui.conftest import ime_commit
from tests.ui.language import english  # noqa: F401 (fixture)


def fill_drill(qtbot, table, row: int, message: str, codes: str, level: str) -> None:
    table.setFocus()
    table.setCurrentCell(row, 0)
    qtbot.keyClicks(table, "x")  # a key opens the editor; the message is Chinese, typed by the IME
    editor = QApplication.focusWidget()
    editor.selectAll()
    ime_commit(editor, message)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    type_cell(qtbot, table, codes)
    type_cell(qtbot, table, level)


def test_drills_and_target_built_in_the_console(qtbot, server, seed, store, english, tmp_path):
    team = seed(agent=1)
    mine = store.personal_library().id
    for code, body in (("fh", "亲，48 小时内发货"), ("mj", "满300减50"), ("th", "七天无理由退货")):
        store.add_script(mine, ScriptDraft(code=code, title=body[:6], body=body))
    console, tasks, packs = make_console(qtbot, server, team, store)
    builder = console.builder
    builder.name.setFocus()
    ime_commit(builder.name, "双11 大促")
    for row in range(3):
        builder.scripts.item(row, 0).setCheckState(Qt.CheckState.Checked)

    fill_drill(qtbot, builder.drills, 0, "什么时候发货？", "fh", "easy")
    fill_drill(qtbot, builder.drills, 1, "满减怎么算", "", "")  # no code
    assert builder.drills.rowCount() == 3
    builder.drill_target.setFocus()
    builder.drill_target.selectAll()
    qtbot.keyClicks(builder.drill_target, "80")
    qtbot.mouseClick(builder.publish_button, Qt.MouseButton.LeftButton)
    assert builder.status.text() == "Drill row 2 needs a buyer's message and at least one accepted code."

    builder.drills.setFocus()
    builder.drills.setCurrentCell(1, 1)
    type_cell(qtbot, builder.drills, "mj nosuch")
    qtbot.mouseClick(builder.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not published" in builder.status.text(), timeout=TIMEOUT)
    assert "drill 2" in builder.status.text() and "nosuch" in builder.status.text()

    builder.drills.setFocus()
    builder.drills.setCurrentCell(1, 1)
    type_cell(qtbot, builder.drills, "mj, shth")
    qtbot.mouseClick(builder.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "version 1" in builder.status.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: console.pack_choice.count() == 1, timeout=TIMEOUT)
    pack_id = console.pack_choice.currentData()
    published = packs.version(pack_id, 1)["pack"]
    assert published["drills"] == [{"message": "什么时候发货？", "accept": ["fh"], "difficulty": "easy"},
                                   {"message": "满减怎么算", "accept": ["mj", "shth"], "difficulty": "medium"}]
    assert published["drill_target"] == 80
    console.grab().save(str(tmp_path / "console-drills.png"))

    builder.drills.setFocus()
    builder.drills.setCurrentCell(0, 2)
    type_cell(qtbot, builder.drills, "hard")
    builder.as_next.setChecked(True)
    qtbot.mouseClick(builder.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "version 2" in builder.status.text(), timeout=TIMEOUT)
    console.tabs.setCurrentWidget(console.versions)
    versions = console.versions
    qtbot.waitUntil(lambda: len(rows(versions.list)) == 2, timeout=TIMEOUT)
    versions.list.topLevelItem(1).setSelected(True)
    qtbot.mouseClick(versions.diff_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Drill changed: 什么时候发货？" in versions.diff.toPlainText(), timeout=TIMEOUT)
    tasks.shutdown()
