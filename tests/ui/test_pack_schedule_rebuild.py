"""When a pack's window closes the picker's search index is rebuilt on a worker, never on the UI
thread: the pack's scripts leave the picker, a script saved while the rebuild ran is still found,
the agent's recent scripts keep their place, and an older refresh never undoes a newer one."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from assistant.model import ScriptDraft
from assistant.search import SearchIndex
from tests.ui.test_pack_views import add_pack
from ui.pack_schedule import PackSchedule
from ui.picker import Picker
from ui.store_bridge import StoreBridge
from ui.tasks import Tasks

NOW = datetime.now(UTC)


class Setup:
    def __init__(self, qtbot, store):
        self.store = store
        self.tasks = Tasks()
        self.bridge = StoreBridge(store, self.tasks)
        mine = store.personal_library().id
        self.wl = store.add_script(mine, ScriptDraft(code="wl", title="物流", keywords=("发货",), body="48 小时内发货"))
        self.pack = add_pack(store, "双11", NOW - timedelta(days=1), NOW + timedelta(days=1), ["a", "b"])
        self.index = SearchIndex(store.scripts(), reload=store.scripts, usage=store.usage())
        self.bridge.changed.connect(self.index.apply)  # as App._store_changed does
        self.schedule = PackSchedule(self.tasks, store, self.index)
        self.picker = Picker(self.index, tasks=self.tasks, store=store)
        qtbot.addWidget(self.picker)
        self.qtbot = qtbot

    def refreshed(self) -> None:
        with self.qtbot.waitSignal(self.schedule.changed, timeout=5000):
            self.schedule.refresh()

    def set_window(self, ends: datetime) -> None:
        meta = self.store.pack_meta(self.pack)
        self.store.set_pack_meta(self.pack, dict(meta, ends_at=ends.isoformat()))

    def typed(self, text: str) -> list[str]:
        """What the agent sees after opening the picker and typing ``text``."""
        self.picker.popup()
        self.qtbot.keyClicks(self.picker.query, text)
        return [row.script.title for row in self.picker.model.rows]

    def close(self):
        self.bridge.close()
        self.tasks.shutdown()


@pytest.fixture
def setup(qtbot, store):
    made = Setup(qtbot, store)
    yield made
    made.close()


@pytest.fixture
def rebuild_threads(monkeypatch):
    """The thread of every full rebuild of a search index."""
    threads = []
    original = SearchIndex.rebuild

    def recording(index, scripts):
        threads.append(threading.current_thread())
        return original(index, scripts)

    monkeypatch.setattr(SearchIndex, "rebuild", recording)
    return threads


def hold_worker_reads(monkeypatch, store):
    """Make the first worker's ``store.scripts()`` wait (after reading) until released."""
    read, release = threading.Event(), threading.Event()
    original = store.scripts

    def scripts(*args, **kwargs):
        result = original(*args, **kwargs)
        if threading.current_thread() is not threading.main_thread() and not read.is_set():
            read.set()
            release.wait(10)
        return result

    monkeypatch.setattr(store, "scripts", scripts)
    return read, release


def test_closing_window_takes_the_pack_out_of_the_picker_off_the_ui_thread(qtbot, setup, monkeypatch,
                                                                           rebuild_threads):
    setup.refreshed()
    assert setup.typed("fahuo")[:2] == ["双11a", "双11b"]  # active pack on top
    setup.index.record_use(setup.wl.id)
    setup.set_window(NOW - timedelta(minutes=1))  # 双11 is over
    read, release = hold_worker_reads(monkeypatch, setup.store)
    setup.schedule.refresh()
    qtbot.waitUntil(read.is_set)  # the worker is rebuilding from what it read
    added = setup.store.add_script(setup.store.personal_library().id,
                                   ScriptDraft(code="yh", title="延迟发货说明", body="发货会晚 1 天"))
    qtbot.waitUntil(lambda: added.id in setup.index)  # saved while the rebuild runs: found at once
    assert "延迟发货说明" in setup.typed("fahuo")
    setup.index.record_use(added.id)  # sent twice while the rebuild runs (as PasteFlow.delivered does)
    setup.index.record_use(added.id)
    with qtbot.waitSignal(setup.schedule.changed, timeout=5000):
        release.set()
    assert sorted(setup.typed("fahuo")) == ["延迟发货说明", "物流"]  # the pack is out; the new script stayed in
    assert setup.typed("") == ["延迟发货说明", "物流"]  # by use, also the uses made during the rebuild
    assert setup.index.archived_libraries == {setup.pack}
    assert rebuild_threads and threading.main_thread() not in rebuild_threads


def test_an_older_refresh_finishing_last_does_not_undo_a_newer_one(qtbot, setup, monkeypatch, rebuild_threads):
    setup.refreshed()
    setup.set_window(NOW - timedelta(minutes=1))  # closed...
    read, release = hold_worker_reads(monkeypatch, setup.store)
    setup.schedule.refresh()
    qtbot.waitUntil(read.is_set)
    setup.set_window(NOW + timedelta(days=2))  # ...and the lead extends it before that refresh is done
    setup.refreshed()
    release.set()
    qtbot.wait(300)  # the older result arrives and is dropped
    assert setup.index.archived_libraries == frozenset()
    assert setup.typed("fahuo")[:2] == ["双11a", "双11b"]
    assert setup.schedule.current.active == {setup.pack}
    assert threading.main_thread() not in rebuild_threads
