"""Practice drills, driven as a new hire and a lead would use them."""

from __future__ import annotations

import pytest

from assistant.content import seed_builtin
from assistant.content.load import ContentError
from assistant.drills import (
    DrillSession, PACK_DRILLS_FIELD, PACK_TARGET_FIELD, drills_from_pack, history, load_drills, people,
    progress, readiness, score, target_from_pack, unknown_codes,
)
from assistant.search import SearchIndex
from assistant.store import Store


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += seconds


PACK = {
    "notice": "双11 新人练习",
    PACK_TARGET_FIELD: 80,
    PACK_DRILLS_FIELD: [
        {"id": "j1", "message": "今晚的券满多少能用？", "accept": ["dcgz", "sqyhq"], "difficulty": "easy"},
        {"id": "j2", "message": "主播说的赠品怎么没有", "accept": ["dczb"], "difficulty": "hard", "category": "突发"},
    ],
}


@pytest.mark.parametrize("correct, seconds, points", [
    (True, 0, 100), (True, 5, 100), (True, 17.5, 70), (True, 30, 40), (True, 300, 40),
    (False, 1, 0), (False, 60, 0),
])
def test_score_formula(correct, seconds, points):
    assert score(correct, seconds) == points


def test_a_new_hire_practises_and_progress_survives_a_restart(tmp_path):
    path = tmp_path / "library.db"
    store = Store(path)
    seed_builtin(store)
    clock = Clock()
    drills = load_drills()
    session = DrillSession(store, drills, clock=clock)

    first = session.next()
    assert first.message == "在吗？"
    clock.wait(2.0)
    quick = session.answer("tywh")  # typed the code at once
    assert quick.correct and quick.score == 100

    session.next()  # 这件衣服是什么面料的啊？
    clock.wait(1.0)
    wrong = session.answer("sqcm")
    assert not wrong.correct and wrong.score == 0

    session.next()  # 我身高165，体重105斤，穿什么码合适？
    clock.wait(17.5)
    slow = session.answer(";sqcm2")  # with the expansion prefix, out of habit
    assert slow.correct and slow.score == 70

    drill = session.next()  # 能便宜点吗？ — answered by choosing a script found by search
    index = SearchIndex(store.scripts())
    hit = index.suggest(drill.message, limit=3)[0]
    clock.wait(4.0)
    found = session.answer(hit.script)
    assert found.correct and found.score == 100 and found.answer == hit.script.code

    session.next()
    clock.wait(40)
    assert session.answer(None).score == 0  # gave up
    assert session.total == 270
    with pytest.raises(RuntimeError):
        session.answer("tywh")  # nothing shown
    store.close()

    store = Store(path)  # the app restarts
    mine = progress(store, drills)
    assert mine.best == {"d01": 100, "d02": 0, "d03": 70, "d04": 100, "d05": 0}
    assert mine.attempts == 5
    assert mine.overall == round(270 / len(drills), 2)
    assert mine.by_category["售前"] < mine.by_category["通用"]
    assert len(mine.weakest) == 3 and "通用" not in mine.weakest
    assert [row["drill_id"] for row in history(store)] == ["d01", "d02", "d03", "d04", "d05"]

    again = DrillSession(store, drills, clock=clock, order="weakest")
    assert again.next().id not in mine.best  # untried drills first, then the lowest best scores
    assert [d.id for d in again.drills if d.id in mine.best] == ["d02", "d05", "d03", "d01", "d04"]
    store.close()


def test_best_score_counts_and_people_are_kept_apart(store):
    clock = Clock()
    drills = load_drills()[:1]
    for person, seconds in (("小王", 20), ("小王", 3), ("小李", 29)):
        session = DrillSession(store, drills, person=person, clock=clock)
        session.next()
        clock.wait(seconds)
        session.answer("tywh")
    assert progress(store, drills, "小王").best == {"d01": 100}
    assert progress(store, drills, "小李").best == {"d01": score(True, 29)}
    assert progress(store, drills).best == {}
    assert people(store) == ["小李", "小王"]


def test_a_lead_pack_sets_drills_and_a_target_and_readiness_flips(store):
    seed_builtin(store)
    drills = drills_from_pack(PACK, namespace="pack-1111")
    assert [d.id for d in drills] == ["pack-1111:j1", "pack-1111:j2"]
    assert [d.category for d in drills] == ["活动", "突发"]
    target = target_from_pack(PACK)
    assert target == 80
    assert unknown_codes(drills, store) == {}
    assert unknown_codes(drills_from_pack({"drills": [{**PACK["drills"][0], "accept": ["zzz"]}]}), store) == {
        "pack:j1": ["zzz"]}

    before = readiness(store, target, drills)
    assert not before.ready and before.unattempted == 2 and before.overall == 0

    clock = Clock()
    session = DrillSession(store, drills, clock=clock)
    session.next()
    clock.wait(3)
    session.answer("SQYHQ")  # codes compare case-insensitively
    half = readiness(store, target, drills)
    assert not half.ready and half.overall == 50 and half.unattempted == 1

    session.next()
    clock.wait(10)  # 88 points
    session.answer("dczb")
    after = readiness(store, target, drills)
    assert after.ready and after.overall == 94 and after.unattempted == 0
    assert not readiness(store, target).ready  # the built-in set is another matter


def test_pack_fields_are_checked():
    assert drills_from_pack({}) == [] and target_from_pack({}) == 80
    with pytest.raises(ContentError, match="drill_target"):
        target_from_pack({PACK_TARGET_FIELD: 120})
    with pytest.raises(ContentError, match="used twice"):
        drills_from_pack({PACK_DRILLS_FIELD: [PACK["drills"][0], PACK["drills"][0]]})
    with pytest.raises(ContentError, match="difficulty"):
        drills_from_pack({PACK_DRILLS_FIELD: [{**PACK["drills"][0], "difficulty": "trivial"}]})


def test_sessions_can_be_shuffled_reproducibly(store):
    import random

    drills = load_drills()
    one = DrillSession(store, drills, order="shuffled", rng=random.Random(7)).drills
    two = DrillSession(store, drills, order="shuffled", rng=random.Random(7)).drills
    assert one == two and sorted(d.id for d in one) == sorted(d.id for d in drills)
    with pytest.raises(ValueError):
        DrillSession(store, drills, order="random")
