"""Agents' devices and campaign packs, against a real server: the app hears of a new pack or
version (``on_pack``), the validity window puts the pack on top of the picker and expiry moves
it to the archive, checklist ticks made offline reach the lead's board."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

from assistant import pack_window
from assistant.model import ScriptDraft
from assistant.search import SearchIndex
from sync.client import SyncApi
from sync.client.packs import PackApi
from tests.sync.test_pack_console import pack_document, wait_for


def test_on_pack_called_once_per_new_version_from_the_sync_thread(server, seed, make_device):
    team = seed(agent=1)
    lead = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    heard, threads = [], []

    def on_pack(meta):
        heard.append(meta)
        threads.append(threading.current_thread().name)

    store, sync = make_device("a1", server.url, team[f"{team.name}-agent1"].token, listen=True)
    sync.on_pack = on_pack
    sync.start()
    wait_for(lambda: sync.listening, what="listener")
    document = pack_document(1)
    document["pack"]["pinned"] = ["d11-2", "d11-0"]
    pack = lead.publish(document)
    wait_for(lambda: heard, what="on_pack for version 1")
    assert heard[0]["library_id"] == pack.id and heard[0]["version"] == 1 and heard[0]["notice"] == "第1版"
    assert heard[0]["pinned"] == ["d11-2", "d11-0"] and heard[0]["incident"] is False
    assert threads == ["kefu-sync"]
    sync.request_sync(None)  # another round with nothing new: no second call
    time.sleep(0.5)
    assert len(heard) == 1
    lead.publish(pack_document(2), pack.id)
    wait_for(lambda: len(heard) == 2, what="on_pack for version 2")
    assert heard[1]["version"] == 2 and heard[1]["notice"] == "第2版"
    lead.broadcast("仓库爆仓", ["亲，仓库爆仓，发货会晚 1-2 天"], "中通仓爆仓")
    wait_for(lambda: len(heard) == 3, what="on_pack for the broadcast")
    assert heard[2]["incident"] is True and heard[2]["notice"] == "中通仓爆仓"


def test_window_on_top_then_archive_after_expiry(server, seed, make_device):
    team = seed(agent=1)
    lead = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    now = datetime.now(UTC)
    document = pack_document(1)
    document["pack"].update(starts_at=(now - timedelta(hours=1)).isoformat(),
                            ends_at=(now + timedelta(hours=2)).isoformat(), pinned=["d11-3"])
    for script in document["scripts"]:
        script["keywords"] = ["发货"]
    pack = lead.publish(document)
    store, sync = make_device("a1", server.url, team[f"{team.name}-agent1"].token)
    sync.sync_once()
    draft = ScriptDraft(code="fh", title="物流", keywords=("发货",), body="亲，48 小时内到")
    mine = store.add_script(store.personal_library().id, draft)

    index = SearchIndex(store.scripts(), reload=store.scripts)
    plan = pack_window.schedule(store, now)
    assert plan.active == {pack.id} and plan.archived == set()
    assert plan.next_change == pack_window.moment(document["pack"]["ends_at"])
    index.set_active_libraries(plan.boost)
    index.set_archived_libraries(plan.archived)
    hits = index.search("发货")
    assert [h.script.library_id for h in hits[:4]] == [pack.id] * 4 and hits[4].script.id == mine.id

    later = now + timedelta(hours=3)
    plan = pack_window.schedule(store, later)
    assert plan.archived == {pack.id} and plan.active == set()
    index.set_archived_libraries(plan.archived)
    assert [h.script.id for h in index.search("发货")] == [mine.id]  # out of the picker
    assert all(s.library_id != pack.id for s in (index.get(x.id) for x in store.scripts(pack.id)) if s)
    archived = next(p for p in plan.packs if p.library_id == pack.id)
    assert archived.state == pack_window.ARCHIVED and archived.pinned == ["d11-3"]
    browsable = pack_window.pinned_first(store.scripts(pack.id), archived.pinned)
    assert [s.code for s in browsable] == ["d11-3", "d11-0", "d11-1", "d11-2"]  # still there, pinned first

    document["pack"]["ends_at"] = (now + timedelta(days=2)).isoformat()  # the lead extends the window
    lead.publish(document, pack.id)
    sync.sync_once()
    plan = pack_window.schedule(store, later)
    index.set_archived_libraries(plan.archived)
    assert plan.active == {pack.id} and index.search("发货")[0].script.library_id == pack.id


def test_ticks_made_offline_reach_the_board(server, seed, make_device):
    team = seed(agent=2)
    lead = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    pack = lead.publish(pack_document(1))
    store, sync = make_device("a1", server.url, team[f"{team.name}-agent1"].token)
    sync.sync_once()
    checklist = store.pack_meta(pack.id)["checklist"]
    sync.api.base_url = "http://127.0.0.1:9"  # the network is down
    sync.tick(pack.id, checklist[:3])
    sync.sync_once()
    assert sync.state.status == "offline" and sync.ticked(pack.id) == checklist[:3]
    assert pack_window.schedule(store).packs[0].ticked == checklist[:3]
    sync.api.base_url = server.url
    sync.sync_once()
    board = lead.board(pack.id)
    row = next(r for r in board.rows if r.username.endswith("agent1"))
    assert (row.ticked, row.total) == (3, 4)
    assert board.ready == 0

    sync.tick(pack.id, checklist)
    sync.sync_once()
    assert lead.board(pack.id).ready == 1
