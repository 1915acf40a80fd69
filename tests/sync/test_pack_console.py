"""The lead's pack console against a real server: versions, diff, rollback, incident broadcast,
checklist ticks and the readiness board, usage review and its exports."""

from __future__ import annotations

import csv
import io
import time

import pytest
import requests

from sync.client import SyncApi
from sync.client.http import ApiError
from sync.client.packs import PackApi


def pack_document(version: int, count: int = 4, checklist=None, variables=None) -> dict:
    return {"format": "kefu-pack", "version": 1, "name": "双11 大促",
            "pack": {"notice": f"第{version}版", "variables": variables or {"券面额": "50"},
                     "checklist": checklist or ["数字证书已安装", "话术已导入", "自动回复已测试", "排班已确认"],
                     "starts_at": "2026-11-01T00:00:00+08:00", "ends_at": "2026-11-12T00:00:00+08:00"},
            "scripts": [{"id": f"s{i}", "code": f"d11-{i}", "title": f"话术{i}", "body": f"v{version} 活动话术 {i}"}
                        for i in range(count)]}


def wait_for(condition, seconds: float = 5.0, what: str = ""):
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def bodies(store, pack_id: str) -> set[str]:
    return {s.body for s in store.scripts(pack_id)}


def test_versions_diff_and_rollback_reach_every_agent(backend, server, seed, make_device):
    team = seed(agent=2)
    lead = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    devices = [make_device(f"a{n}", server.url, team[f"{team.name}-agent{n}"].token, listen=True) for n in (1, 2)]
    for _store, sync in devices:
        sync.start()
    wait_for(lambda: all(s.listening for _st, s in devices), what="listeners")

    first = lead.publish(pack_document(1))
    wait_for(lambda: all(st.pack_meta(first.id) and st.pack_meta(first.id)["version"] == 1 for st, _s in devices),
             what="version 1 on every agent")
    second_doc = pack_document(2, count=5, variables={"券面额": "80", "满减门槛": "300"},
                               checklist=["数字证书已安装", "话术已导入", "排班已确认"])
    second_doc["scripts"] = [s for s in second_doc["scripts"] if s["id"] != "s0"]  # s0 leaves, s4 arrives
    lead.publish(second_doc, first.id)
    wait_for(lambda: all(bodies(st, first.id) == {f"v2 活动话术 {i}" for i in range(1, 5)} for st, _s in devices),
             what="version 2 replaces version 1 everywhere")

    history = lead.versions(first.id)
    assert history.current == 2 and [v.version for v in history.versions] == [2, 1]
    assert history.versions[0].scripts == 4 and history.versions[0].notice == "第2版"
    assert history.versions[0].published_by == f"{team.name}-lead1"

    diff = lead.diff(first.id, 1, 2)
    assert [c.code for c in diff.added] == ["d11-4"] and [c.code for c in diff.removed] == ["d11-0"]
    assert sorted(c.code for c in diff.changed) == ["d11-1", "d11-2", "d11-3"]
    assert all(c.fields == ["body"] for c in diff.changed)
    assert diff.variables == {"券面额": ["50", "80"], "满减门槛": [None, "300"]}
    assert diff.checklist_removed == ["自动回复已测试"] and diff.checklist_added == []
    assert diff.meta["notice"] == ["第1版", "第2版"]

    rolled = lead.rollback(first.id, 1)
    assert rolled.pack.version == 3 and rolled.pack.notice == "第1版"
    wait_for(lambda: all(bodies(st, first.id) == {f"v1 活动话术 {i}" for i in range(4)}
                         and st.pack_meta(first.id)["version"] == 3 for st, _s in devices),
             what="the rollback on every agent")
    assert lead.versions(first.id).versions[0].note == "rollback to version 1"
    assert lead.diff(first.id, 1, 3).added == [] and lead.diff(first.id, 1, 3).changed == []

    agent = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-agent1"].token))
    for call in (lambda: agent.versions(first.id), lambda: agent.rollback(first.id, 1),
                 lambda: agent.board(first.id), lambda: agent.usage(first.id),
                 lambda: agent.broadcast("x", ["y"])):
        with pytest.raises(ApiError) as refused:
            call()
        assert refused.value.status == 403
    with pytest.raises(ApiError) as bad:
        lead.rollback(first.id, 9)
    assert bad.value.status == 422


def test_incident_broadcast_reaches_connected_agents_within_seconds(server, seed, make_device):
    team = seed(agent=3)
    lead = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    devices = [make_device(f"a{n}", server.url, team[f"{team.name}-agent{n}"].token, listen=True) for n in (1, 2, 3)]
    for _store, sync in devices:
        sync.start()
    wait_for(lambda: all(s.listening and s.state.status == "synced" for _st, s in devices), what="listeners")
    started = time.monotonic()
    pack = lead.broadcast("直播间口误", ["亲，直播间价格以详情页为准，给您带来不便非常抱歉～",
                                    "亲，口误的价格我们会按页面价为您处理，请放心～"],
                          "主播口误报了错误价格，统一按以下口径回复", hours=6)
    wait_for(lambda: all(st.pack_meta(pack.id) and len(st.scripts(pack.id)) == 2 for st, _s in devices),
             seconds=3, what="the broadcast on every connected agent")
    took = time.monotonic() - started
    assert took < 2.0, f"the broadcast took {took:.2f}s"
    meta = devices[0][0].pack_meta(pack.id)
    assert meta["name"] == "紧急：直播间口误" and meta["notice"] == "主播口误报了错误价格，统一按以下口径回复"
    assert meta["starts_at"] and meta["ends_at"] > meta["starts_at"]
    assert {s.title for s in devices[0][0].scripts(pack.id)} == {"直播间口误 (1)", "直播间口误 (2)"}


def test_readiness_board_after_some_agents_tick(backend, server, seed, make_device):
    team = seed(agent=4)
    lead = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    checklist = ["数字证书已安装", "话术已导入", "自动回复已测试", "排班已确认"]
    pack = lead.publish(pack_document(1, checklist=checklist))
    synced = {}
    for n in (1, 2, 3):  # agent4 never opens the app
        store, sync = make_device(f"a{n}", server.url, team[f"{team.name}-agent{n}"].token)
        sync.sync_once()
        synced[n] = store
    agents = {n: PackApi(SyncApi(server.url, lambda n=n: team[f"{team.name}-agent{n}"].token)) for n in (1, 2, 3)}
    assert agents[1].tick(pack.id, checklist).ticked == checklist
    agents[2].tick(pack.id, checklist[:2])
    agents[2].tick(pack.id, checklist[:3])  # the whole set each time: never counted twice
    with pytest.raises(ApiError) as bad:
        agents[3].tick(pack.id, ["不存在的检查项"])
    assert bad.value.status == 422 and "不存在的检查项" in bad.value.message
    assert agents[2].ticks(pack.id).ticked == checklist[:3]

    board = lead.board(pack.id)
    rows = {r.username.rsplit("-", 1)[1]: r for r in board.rows}
    assert (rows["agent1"].ticked, rows["agent1"].total) == (4, 4)
    assert (rows["agent2"].ticked, rows["agent2"].total) == (3, 4)
    assert rows["agent3"].ticked == 0 and rows["agent4"].ticked == 0
    assert [rows[f"agent{n}"].version for n in (1, 2, 3, 4)] == [1, 1, 1, 0]
    assert rows["agent1"].last_sync and rows["agent4"].last_sync is None
    assert rows["agent1"].online and not rows["agent4"].online
    assert board.people == 6 and board.ready == 1 and board.on_current_version == 3
    assert board.offline == 3  # agent4 and the admin, who never synced; the lead only called the API

    second = pack_document(2, checklist=checklist[:2] + ["新增：直播口径已阅读"])
    lead.publish(second, pack.id)
    board = lead.board(pack.id)
    rows = {r.username.rsplit("-", 1)[1]: r for r in board.rows}
    assert (rows["agent1"].ticked, rows["agent1"].total) == (2, 3)  # the new item is not ticked yet
    assert board.ready == 0 and board.on_current_version == 0


def test_usage_review_after_a_scripted_day(backend, server, seed, make_device):
    team = seed(agent=2)
    lead = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    document = pack_document(1, count=3)
    document["scripts"][0]["body"] = "亲" * 100  # 100 characters
    document["scripts"][1]["body"] = "好" * 50
    pack = lead.publish(document)
    day = {  # agent -> [(UTC time, script index)]
        1: [("2026-11-11T01:05:00+00:00", 0)] * 3 + [("2026-11-11T02:10:00+00:00", 1)] * 2,
        2: [("2026-11-11T01:30:00+00:00", 0)] * 5,
    }
    for n, uses in day.items():
        store, sync = make_device(f"a{n}", server.url, team[f"{team.name}-agent{n}"].token)
        sync.sync_once()
        ids = {s.code: s.id for s in store.scripts(pack.id)}
        for stamp, index in uses:
            store.clock = lambda stamp=stamp: stamp
            store.record_use(ids[f"d11-{index}"])
        assert sync.sync_once().usage_rows

    review = lead.usage(pack.id, chars_per_minute=50)
    assert review.uses == 10
    top = review.scripts[0]
    assert (top.code, top.uses, top.users, top.chars, top.minutes_saved) == ("d11-0", 8, 2, 100, 16.0)
    assert (review.scripts[1].code, review.scripts[1].uses, review.scripts[1].minutes_saved) == ("d11-1", 2, 2.0)
    assert [s.code for s in review.never_used] == ["d11-2"]
    assert review.minutes_saved == 18.0
    assert {a.username.rsplit("-", 1)[1]: (a.uses, a.minutes_saved) for a in review.agents} == {
        "agent1": (5, 8.0), "agent2": (5, 10.0)}
    assert [(h.hour, h.uses) for h in review.hours] == [("2026-11-11T01", 8), ("2026-11-11T02", 2)]
    assert lead.usage(pack.id, since="2026-11-11T02").uses == 2
    assert lead.usage(pack.id, chars_per_minute=100).minutes_saved == 9.0  # the stated speed counts

    text = lead.usage_file(pack.id, "csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["hour_utc", "username", "code", "title", "uses", "chars_per_use", "minutes_saved"]
    assert sum(int(r[4]) for r in rows[1:]) == 10 and len(rows) == 4
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(lead.usage_file(pack.id, "xlsx")))
    assert book.sheetnames == ["汇总", "话术", "坐席", "小时", "未使用", "明细"]
    assert [c.value for c in book["话术"][2]][:3] == ["d11-0", "话术0", 8]
    assert book["未使用"]["A2"].value == "d11-2"
    summary = {r[0].value: r[1].value for r in book["汇总"].iter_rows()}
    assert summary["节省时间 (分钟)"] == 18.0 and summary["使用次数"] == 10
    unauth = requests.get(f"{server.url}/api/packs/{pack.id}/usage.csv", timeout=10)
    assert unauth.status_code == 401


def test_xlsx_export_drops_control_characters_the_format_forbids():
    from openpyxl import load_workbook

    from sync.protocol import PackUsage, UsageCell, UsageScript
    from sync.server.pack_usage import to_xlsx

    report = PackUsage(library_id="p", name="双11\x01", version=1, since="2026-11-11T00", until="2026-11-12T00",
                       chars_per_minute=50, uses=1, minutes_saved=0.1,
                       scripts=[UsageScript(script_id="s", code="a", title="标题\x02", uses=1, chars=5)],
                       never_used=[], agents=[], hours=[], cells=[UsageCell(script_id="s", user_id="u",
                                                                            hour="2026-11-11T01", uses=1)])
    book = load_workbook(io.BytesIO(to_xlsx(report)))
    assert book["汇总"]["B1"].value == "双11" and book["话术"]["B2"].value == "标题"


def test_a_version_published_before_versions_were_kept_can_still_be_compared(server, seed, database_url):
    from sqlalchemy import delete

    from sync.server import tables as t
    from sync.server.db import Database

    team = seed(agent=1)
    lead = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    pack = lead.publish(pack_document(1))
    db = Database(database_url)
    with db.write() as conn:  # as a pack published by a server before migration 0002
        conn.execute(delete(t.pack_versions).where(t.pack_versions.c.library_id == pack.id))
    db.dispose()
    assert lead.diff(pack.id, 1, 1).changed == []
    lead.publish(pack_document(2), pack.id)
    assert [v.version for v in lead.versions(pack.id).versions] == [2, 1]  # kept on the next publish
    assert len(lead.diff(pack.id, 1, 2).changed) == 4
