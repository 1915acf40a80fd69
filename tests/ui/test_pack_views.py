"""Agents' pack views: the archive window (active, upcoming and archived packs; scripts pinned
first), the checklist dialog driven by keyboard (ticks kept for the next sync), and the
schedule that puts active packs on top of the picker and takes expired ones out."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from assistant import pack_window
from assistant.compose import Composer
from assistant.model import LibraryKind, ScriptDraft
from assistant.search import SearchIndex
from assistant.store import sync_apply
from assistant.store.sync_apply import RemoteScript
from sync.client import SyncApi, SyncService
from ui.pack_schedule import PackSchedule
from ui.pack_views import ChecklistDialog, PackArchiveWindow
from ui.tasks import Tasks

NOW = datetime.now(UTC)
CHECKLIST = ["数字证书已安装", "话术已导入", "排班已确认"]


def add_pack(store, name: str, starts: datetime, ends: datetime, codes: list[str], pinned=(), coupon="50") -> str:
    library_id = str(uuid.uuid4())
    lib = sync_apply.ensure_library(store, library_id, LibraryKind.CAMPAIGN, name, True)
    records = [RemoteScript(id=str(uuid.uuid4()), revision=1, code=code, title=f"{name}{code}",
                            body=f"{name} 发货 {code}", keywords=("发货",)) for code in codes]
    sync_apply.apply_page(store, lib, records, 1, snapshot=True)
    store.set_pack_meta(library_id, {"name": name, "version": 1, "starts_at": starts.isoformat(),
                                     "ends_at": ends.isoformat(), "notice": f"{name}的通知",
                                     "variables": {"券面额": coupon}, "checklist": CHECKLIST})
    store.set_setting(pack_window.EXTRA_KEY.format(library_id), {"pinned": list(pinned), "incident": False})
    return library_id


@pytest.fixture
def packs(store):
    store.personal_library()
    store.add_script(store.personal_library().id, ScriptDraft(code="wl", title="物流", keywords=("发货",),
                                                              body="亲，发货后 48 小时内到"))
    live = add_pack(store, "双11", NOW - timedelta(days=1), NOW + timedelta(days=1), ["a", "b", "c"], pinned=["c"])
    old = add_pack(store, "618", NOW - timedelta(days=150), NOW - timedelta(days=140), ["x", "y"], pinned=["y"],
                   coupon="20")
    return live, old


def test_archive_lists_packs_and_scripts_pinned_first(qtbot, store, packs, tmp_path):
    live, old = packs
    tasks = Tasks()
    window = PackArchiveWindow(tasks, store, lambda *_a: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.packs.count() == 2)
    labels = [window.packs.item(n).text() for n in range(2)]
    assert labels == ["双11 · on now · 0 / 3", "618 · archived · 0 / 3"]
    qtbot.waitUntil(lambda: window.scripts.topLevelItemCount() == 3)
    assert [window.scripts.topLevelItem(n).text(1) for n in range(3)] == ["c", "a", "b"]
    assert window.notice.text() == "双11的通知" and "券面额 = 50" in window.variables.text()
    window.packs.setFocus()
    qtbot.keyClick(window.packs, Qt.Key.Key_Down)  # the archived pack is still browsable
    qtbot.waitUntil(lambda: window.scripts.topLevelItemCount() == 2)
    assert [window.scripts.topLevelItem(n).text(1) for n in range(2)] == ["y", "x"]
    assert window.scripts.topLevelItem(0).text(0) == "1"
    window.grab().save(str(tmp_path / "archive.png"))
    tasks.shutdown()


def test_checklist_by_keyboard_keeps_ticks_for_the_next_sync(qtbot, store, packs):
    live, _old = packs
    tasks = Tasks()
    service = SyncService(store, SyncApi("http://127.0.0.1:9", lambda: "token"))  # never started: offline
    window = PackArchiveWindow(tasks, store, service.tick)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.packs.count() == 2 and window.checklist_button.isEnabled())
    window.checklist_button.setFocus()
    qtbot.keyClick(window.checklist_button, Qt.Key.Key_Space)
    dialog = window.dialog
    assert isinstance(dialog, ChecklistDialog) and dialog.isVisible()
    assert dialog.counter.text() == "0 / 3 ready"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.boxes[0].setFocus()
    qtbot.keyClick(dialog.boxes[0], Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert dialog.ticked() == [CHECKLIST[0], CHECKLIST[2]] and dialog.counter.text() == "2 / 3 ready"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.packs.item(0).text().endswith("2 / 3"))
    assert service.ticked(live) == [CHECKLIST[0], CHECKLIST[2]]
    assert store.get_setting("pack.ticks_unsent") == [live]  # sent with the next round
    tasks.shutdown()


def test_schedule_puts_active_packs_on_top_and_expired_out_of_the_picker(qtbot, store, packs):
    live, old = packs
    tasks = Tasks()
    index = SearchIndex(store.scripts(), reload=store.scripts)
    assert any(h.script.library_id == old for h in index.search("发货"))
    schedule = PackSchedule(tasks, store, index)
    with qtbot.waitSignal(schedule.changed, timeout=5000):
        schedule.refresh()
    hits = index.search("发货")
    assert [h.script.library_id for h in hits[:3]] == [live] * 3
    assert hits[0].script.code == "c"  # pinned (置顶) first
    assert all(h.script.library_id != old for h in hits)
    assert schedule.timer.isActive() and schedule.timer.remainingTime() > 60_000  # next: the end of 双11
    composer = Composer(store, team_variables=schedule.variables)  # as the app wires it
    script = store.add_script(store.personal_library().id, ScriptDraft(code="q", body="领{{券面额}}元券"))
    assert composer.preview(script) == "领50元券"  # the active pack's team variable; the archived one's is not used
    tasks.shutdown()
