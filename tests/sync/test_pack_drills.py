"""Practice drills in a campaign pack, against a real server: a lead publishes drills and a target,
agents' devices get them, practise, and the readiness board counts the automatic drill item for
the agent who reached the target only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from assistant import drills as drill_core
from assistant import pack_drills
from sync.client import SyncApi
from sync.client.http import ApiError
from sync.client.packs import PackApi
from tests.sync.test_pack_console import pack_document

DRILLS = [{"message": "亲，双11的券怎么用呀？", "accept": ["d11-0"], "difficulty": "easy"},
          {"message": "什么时候发货？", "accept": ["d11-1", "d11-2"], "difficulty": "medium"},
          {"message": "能退货吗", "accept": ["d11-3", "shth"], "difficulty": "hard"}]
ITEM = "练习达标 ≥ 80 分"


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def drilled_document(version: int = 1, drills=None, target=80) -> dict:
    document = pack_document(version)
    document["pack"]["drills"] = DRILLS if drills is None else drills
    document["pack"]["drill_target"] = target
    now = datetime.now(UTC)  # valid now: an archived pack offers no drills
    document["pack"].update(starts_at=(now - timedelta(days=1)).isoformat(), ends_at=(now + timedelta(days=9)).isoformat())
    return document


def practise(store, drills, answers, seconds: float) -> drill_core.DrillSession:
    clock = Clock()
    session = drill_core.DrillSession(store, drills, clock=clock)
    for answer in answers:
        session.next()
        clock.now += seconds
        session.answer(answer)
    return session


def test_drills_and_target_reach_agents_and_the_board_counts_the_drill_item(server, seed, make_device):
    team = seed(agent=2)
    lead = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    pack = lead.publish(drilled_document())
    assert pack.pack.checklist[-1] == ITEM and pack.pack.drill_target == 80

    good = make_device("a1", server.url, team[f"{team.name}-agent1"].token)
    weak = make_device("a2", server.url, team[f"{team.name}-agent2"].token)
    sets = {}
    for store, sync in (good, weak):
        sync.sync_once()
        assert sync.state.status == "synced"
        assert store.pack_meta(pack.id)["checklist"][-1] == ITEM
        [found] = pack_drills.drill_sets(store)
        assert [d.message for d in found.drills] == [d["message"] for d in DRILLS]
        assert found.target == 80 and found.name == "双11 大促" and found.drills[1].accept == ("d11-1", "d11-2")
        sets[store] = found

    good_store, good_sync = good
    session = practise(good_store, sets[good_store].drills, ["d11-0", ";d11-2", "SHTH"], seconds=3)
    assert session.total == 300
    weak_store, weak_sync = weak
    session = practise(weak_store, sets[weak_store].drills, ["d11-0", "wrong", None], seconds=3)
    assert session.total == 100
    assert drill_core.readiness(weak_store, 80, sets[weak_store].drills).overall == pytest.approx(33.33)

    # the agent cannot tick the drill item by hand: it follows the results
    checklist = weak_store.pack_meta(pack.id)["checklist"]
    weak_sync.tick(pack.id, checklist)
    assert ITEM not in weak_sync.ticked(pack.id) and len(weak_sync.ticked(pack.id)) == 4
    good_sync.tick(pack.id, checklist[:1])
    assert good_sync.ticked(pack.id) == [checklist[0], ITEM]
    for _store, sync in (good, weak):
        sync.sync_once()

    board = lead.board(pack.id)
    rows = {r.username.rsplit("-", 1)[1]: r for r in board.rows}
    assert board.checklist[-1] == ITEM and rows["agent1"].total == 5
    assert ITEM in rows["agent1"].ticked_items and ITEM not in rows["agent2"].ticked_items
    assert (rows["agent1"].ticked, rows["agent2"].ticked) == (2, 4)

    # the weak agent practises again and gets there: the next round ticks the item on its own
    practise(weak_store, sets[weak_store].drills, ["d11-0", "d11-1", "d11-3"], seconds=3)
    weak_sync.sync_once()
    board = lead.board(pack.id)
    rows = {r.username.rsplit("-", 1)[1]: r for r in board.rows}
    assert rows["agent2"].ticked == 5 and board.ready == 1

    # the next version adds a drill: nobody has tried it, so the item is unticked again
    lead.publish(drilled_document(2, DRILLS + [{"message": "发票怎么开", "accept": ["d11-1"], "difficulty": "easy"}]),
                 pack.id)
    weak_sync.sync_once()
    assert ITEM not in weak_sync.ticked(pack.id)
    assert ITEM not in next(r for r in lead.board(pack.id).rows if r.username.endswith("agent2")).ticked_items
    diff = lead.diff(pack.id, 1, 2)
    assert diff.drills_added == ["发票怎么开"] and diff.drills_removed == [] and diff.drills_changed == []
    changed = [dict(d) for d in DRILLS]
    changed[0]["difficulty"] = "hard"
    lead.publish(drilled_document(3, changed, target=90), pack.id)
    diff = lead.diff(pack.id, 2, 3)
    assert diff.drills_changed == ["亲，双11的券怎么用呀？"] and diff.drills_removed == ["发票怎么开"]
    assert diff.meta["drill_target"] == [80, 90]


def test_bad_drills_refuse_the_pack_naming_each_drill(server, seed):
    team = seed(agent=1)
    lead = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    bad = [DRILLS[0], {"message": "在吗", "accept": ["nosuch"], "difficulty": "easy"},
           {"message": "", "accept": ["d11-0"], "difficulty": "easy"},
           {"message": "退款多久到", "accept": ["shth"], "difficulty": "extreme"}]
    with pytest.raises(ApiError) as caught:
        lead.publish(drilled_document(drills=bad))
    problems = caught.value.details
    assert [p["drill"] for p in problems] == [2, 3, 4]
    assert "nosuch" in problems[0]["message"] and "drill 2" in caught.value.message
    with pytest.raises(ApiError) as caught:
        lead.publish(drilled_document(target=120))
    assert "pack.drill_target: 120 is greater than the maximum of 100" in caught.value.message
    with pytest.raises(ApiError) as caught:
        lead.publish(drilled_document(drills=[], target=80))
    assert "'drill_target' needs drills" in caught.value.message
    assert lead.list() == []
