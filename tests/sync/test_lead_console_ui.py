"""The lead console (pytest-qt, offscreen) against a real server: build and publish a pack by
keyboard, publish a second version, compare, roll back, broadcast an incident, read the board,
review usage and export it."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItemIterator

from assistant.model import ScriptDraft
from sync.client import SyncApi
from sync.client.packs import PackApi
from tests.sync.test_pack_console import pack_document
from tests.ui.conftest import ime_commit
from ui.lead_console import LeadConsole
from ui.tasks import Tasks

TIMEOUT = 10_000


def rows(tree) -> list[list[str]]:
    out, it = [], QTreeWidgetItemIterator(tree)
    while it.value():
        item = it.value()
        out.append([item.text(c) for c in range(tree.columnCount())])
        it += 1
    return out


def type_cell(qtbot, table, text: str) -> None:
    """Type into the current cell as a person does (a key opens the editor; Tab moves on and opens the next)."""
    if QApplication.focusWidget() is table:
        qtbot.keyClicks(table, text[0])
        text = text[1:]
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def make_console(qtbot, server, team, store):
    tasks = Tasks()
    packs = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    console = LeadConsole(tasks, packs, lambda: store.scripts(store.personal_library().id))
    qtbot.addWidget(console)
    console.show()
    qtbot.waitUntil(lambda: console.builder.scripts.rowCount() == 3, timeout=TIMEOUT)
    return console, tasks, packs


def test_build_publish_version_diff_rollback_by_keyboard(qtbot, server, seed, store, tmp_path):
    team = seed(agent=1)
    mine = store.personal_library().id
    for code, body in (("fh", "亲，48 小时内发货"), ("mj", "满{{满减门槛}}减50"), ("th", "七天无理由退货")):
        store.add_script(mine, ScriptDraft(code=code, title=body[:6], body=body))
    console, tasks, packs = make_console(qtbot, server, team, store)
    builder = console.builder
    qtbot.mouseClick(builder.publish_button, Qt.MouseButton.LeftButton)
    assert "name" in builder.status.text()  # nothing published without a name
    builder.name.setFocus()
    ime_commit(builder.name, "双11 大促")
    ime_commit(builder.notice, "双11 话术已更新")
    builder.variables.setFocus()
    builder.variables.setCurrentCell(0, 0)
    type_cell(qtbot, builder.variables, "limit")
    type_cell(qtbot, builder.variables, "300")
    builder.checklist.setFocus()
    qtbot.keyClicks(builder.checklist, "cert ok")
    qtbot.keyClick(builder.checklist, Qt.Key.Key_Return)
    qtbot.keyClicks(builder.checklist, "schedule ok")
    for row in range(3):
        builder.scripts.item(row, 0).setCheckState(Qt.CheckState.Checked)
    builder.scripts.item(1, 2).setText("1")
    qtbot.mouseClick(builder.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "version 1" in builder.status.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: console.pack_choice.count() == 1, timeout=TIMEOUT)
    pack_id = console.pack_choice.currentData()
    published = packs.version(pack_id, 1)
    assert published["pack"]["variables"] == {"limit": "300"}
    assert published["pack"]["checklist"] == ["cert ok", "schedule ok"]
    assert published["pack"]["pinned"] == [builder.scripts.item(1, 0).text()] and len(published["scripts"]) == 3

    builder.scripts.item(2, 0).setCheckState(Qt.CheckState.Unchecked)  # version 2 drops one script
    builder.as_next.setChecked(True)
    qtbot.mouseClick(builder.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "version 2" in builder.status.text(), timeout=TIMEOUT)

    console.tabs.setCurrentWidget(console.versions)
    versions = console.versions
    qtbot.waitUntil(lambda: len(rows(versions.list)) == 2, timeout=TIMEOUT)
    versions.list.topLevelItem(1).setSelected(True)  # version 1: compare with the current one
    qtbot.mouseClick(versions.diff_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Removed" in versions.diff.toPlainText(), timeout=TIMEOUT)
    assert builder.scripts.item(2, 0).text() in versions.diff.toPlainText()
    qtbot.mouseClick(versions.rollback_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rows(versions.list)) == 3, timeout=TIMEOUT)
    assert rows(versions.list)[0][0] == "3" and rows(versions.list)[0][5] == "rollback to version 1"
    assert packs.versions(pack_id).current == 3 and len(packs.version(pack_id, 3)["scripts"]) == 3
    console.grab().save(str(tmp_path / "console-versions.png"))
    tasks.shutdown()


def test_broadcast_board_and_usage_tabs(qtbot, server, seed, store, make_device, tmp_path):
    team = seed(agent=2)
    mine = store.personal_library().id
    for code in ("a", "b", "c"):
        store.add_script(mine, ScriptDraft(code=code, title=code, body=code * 10))
    lead = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    pack = lead.publish(pack_document(1))
    agent_store, agent_sync = make_device("a1", server.url, team[f"{team.name}-agent1"].token)
    agent_sync.sync_once()
    agent_sync.tick(pack.id, ["数字证书已安装", "话术已导入"])
    for script in agent_store.scripts(pack.id)[:2]:
        agent_store.record_use(script.id)
    agent_sync.sync_once()
    console, tasks, _packs = make_console(qtbot, server, team, store)
    qtbot.waitUntil(lambda: console.pack_choice.count() == 1, timeout=TIMEOUT)

    console.tabs.setCurrentWidget(console.board)
    qtbot.waitUntil(lambda: "ready" in console.board.summary.text(), timeout=TIMEOUT)
    board = {r[0].rsplit("-", 1)[-1]: r for r in rows(console.board.list)}
    assert board["agent1"][2:3] == ["1"] and board["agent1"][4] == "2 / 4" and board["agent1"][5] == "online"
    assert board["agent2"][4] == "0 / 4" and board["agent2"][5] == "offline"
    console.grab().save(str(tmp_path / "console-board.png"))

    console.tabs.setCurrentWidget(console.usage)
    qtbot.waitUntil(lambda: console.usage.report is not None, timeout=TIMEOUT)
    assert console.usage.report.uses == 2 and len(console.usage.chart.bars) == 1
    assert [r[2] for r in rows(console.usage.scripts)] == ["1", "1", "0", "0"]
    target = tmp_path / "复盘.csv"
    console.usage.export("csv", str(target))
    qtbot.waitUntil(lambda: "Exported" in console.usage.summary.text(), timeout=TIMEOUT)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        assert sum(int(r[4]) for r in list(csv.reader(handle))[1:]) == 2
    console.grab().save(str(tmp_path / "console-usage.png"))

    console.tabs.setCurrentWidget(console.broadcast)
    form = console.broadcast
    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    assert "title" in form.status.text()
    ime_commit(form.title, "直播口误")
    form.replies.setFocus()
    ime_commit(form.replies, "亲，价格以详情页为准\n\n亲，口误价格按页面价处理")
    ime_commit(form.explanation, "主播报错了价格")
    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sent" in form.status.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: console.pack_choice.count() == 2, timeout=TIMEOUT)
    assert console.pack_choice.currentText().startswith("紧急：直播口误")
    agent_sync.sync_once()
    urgent = next(lib for lib in agent_store.libraries() if agent_store.pack_meta(lib.id)
                  and agent_store.pack_meta(lib.id)["name"] == "紧急：直播口误")
    assert len(agent_store.scripts(urgent.id)) == 2
    tasks.shutdown()
