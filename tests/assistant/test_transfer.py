"""Import planning and atomic apply, independent of any file format."""

import pytest

from assistant.errors import ConflictError
from assistant.formats.base import ParsedFile, Rejected, Row
from assistant.model import LibraryKind, ScriptDraft
from assistant.transfer import apply_import, plan_import


def parsed(*rows, rejected=()):
    return ParsedFile("sheet.csv", "csv", [Row(n, d) for n, d in rows], list(rejected), ["column 备注 ignored"])


def test_plan_sorts_every_row_into_one_bucket(store, personal):
    same = store.add_script(personal.id, ScriptDraft(code="same", body="不变", category="售前"))
    old = store.add_script(personal.id, ScriptDraft(code="old", body="旧话术"))
    store.add_script(personal.id, ScriptDraft(code="third", body="别人的"))
    store.ensure_library(LibraryKind.TEAM, "团队")
    team = store.libraries(LibraryKind.TEAM)[0]
    store.add_script(team.id, ScriptDraft(code="shared", body="团队的"))
    source = parsed(
        (2, ScriptDraft(code="new", body="新话术")),
        (3, ScriptDraft(code="same", body="不变", category="售前")),
        (4, ScriptDraft(code="OLD", body="新内容")),
        (5, ScriptDraft(code="bad code", body="x")),
        (6, ScriptDraft(code="new", body="又一个")),
        (7, ScriptDraft(code="x", body="")),
        (8, ScriptDraft(id=old.id, code="third", body="抢别人的编码")),
        (9, ScriptDraft(code="shared", body="我也有")),
        rejected=[Rejected(10, "cell too long")],
    )
    plan = plan_import(store, source, personal.id)
    assert [r.number for r in plan.adds] == [2, 9]
    assert [(r.number, r.target.id) for r in plan.updates] == [(4, old.id)]
    assert [(r.number, r.target.id) for r in plan.unchanged] == [(3, same.id)]
    assert [r.number for r in plan.conflicts] == [8]
    assert "belongs to another script" in plan.conflicts[0].reason
    assert [r.number for r in plan.rejected] == [5, 6, 7, 10]
    assert "repeats row 2" in plan.rejected[1].reason
    assert plan.clashes == ["shared"]
    # every problem also carries a stable code and its facts, for the UI to translate
    assert [(r.code, r.params.get("problem")) for r in plan.rejected] == [
        ("invalid", "bad_characters"), ("code_repeated", None), ("invalid", "empty"), ("other", None)]
    assert plan.rejected[1].params == {"code": "new", "first_row": 2}
    assert (plan.conflicts[0].code, plan.conflicts[0].params) == ("code_taken", {"code": "third", "title": "别人的"})
    assert plan.summary()["rejected"][1]["code"] == "code_repeated"
    assert plan.summary()["notes"] == ["column 备注 ignored"]
    assert len(store.scripts()) == 4  # planning writes nothing


def test_apply_writes_adds_and_updates_and_keeps_favourites(store, personal):
    old = store.add_script(personal.id, ScriptDraft(code="old", body="旧话术"))
    store.set_favourite(old.id, True)
    plan = plan_import(store, parsed((2, ScriptDraft(code="new", body="新")), (3, ScriptDraft(code="old", body="改"))),
                       personal.id)
    assert apply_import(store, plan)["added"] == 1
    after = {s.code: s for s in store.scripts()}
    assert after["old"].body == "改" and after["old"].favourite
    assert after["new"].body == "新"


def test_apply_is_all_or_nothing(store, personal):
    plan = plan_import(store, parsed(*[(n, ScriptDraft(code=f"c{n}", body="话术")) for n in range(2, 50)]),
                       personal.id)
    store.add_script(personal.id, ScriptDraft(code="c40", body="在计划之后才加的"))
    with pytest.raises(ConflictError):
        apply_import(store, plan)
    assert [s.code for s in store.scripts()] == ["c40"]


def test_a_file_exported_from_one_library_imports_into_another_as_copies(store, personal):
    team = store.ensure_library(LibraryKind.TEAM, "团队")
    original = store.add_script(team.id, ScriptDraft(code="tk", body="团队退款话术"))
    plan = plan_import(store, parsed((2, ScriptDraft(id=original.id, code="tk", body="团队退款话术"))), personal.id)
    apply_import(store, plan)
    [copy] = store.scripts(personal.id)
    assert copy.id != original.id and copy.body == "团队退款话术"
    assert store.get_script(original.id).library_id == team.id
