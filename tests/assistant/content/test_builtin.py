"""Seeding the read-only built-in library, and copying from it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.content import (
    BUILTIN_LIBRARY_ID, Content, builtin_library_scripts, builtin_script_id, copy_to_library, load_content,
    seed_builtin,
)
from assistant.errors import ReadOnlyError
from assistant.model import LibraryKind, ScriptDraft, ScriptState
from assistant.store import Store


@pytest.fixture(scope="module")
def content():
    return load_content()


def edited(content: Content, drop: str = "", change: str = "", add: str = "") -> Content:
    scripts = []
    for script in content.scripts:
        if script.code == drop:
            continue
        if script.code == change:
            script = replace(script, body=script.body + "（已更新）")
        scripts.append(script)
    if add:
        scripts.append(replace(content.script("tywh"), code=add, title="新增问候"))
    return Content(content.entries, tuple(scripts))


def test_drafts_carry_fixed_ids(content):
    drafts = builtin_library_scripts(content)
    assert len(drafts) == len(content.scripts)
    assert drafts[0].id == builtin_script_id(drafts[0].code)
    assert builtin_script_id("SHTK") == builtin_script_id("shtk")


def test_seed_creates_a_read_only_library_with_a_fixed_id(store, content, tmp_path):
    report = seed_builtin(store, content)
    assert len(report.added) == len(content.scripts) and report.unchanged == 0
    library = store.library(BUILTIN_LIBRARY_ID)
    assert library.kind == LibraryKind.BUILTIN and library.read_only
    scripts = store.scripts(BUILTIN_LIBRARY_ID)
    assert len(scripts) == len(content.scripts)
    refund = store.find_by_code("shtk")[0]
    assert refund.id == builtin_script_id("shtk") and refund.category == ("售后", "退款")
    assert store.outbox() == []  # the built-in library never syncs
    with pytest.raises(ReadOnlyError):
        store.add_script(BUILTIN_LIBRARY_ID, ScriptDraft(code="mine", body="x"))
    other = Store(tmp_path / "other.db")
    try:
        seed_builtin(other, content)
        assert {s.id for s in other.scripts(BUILTIN_LIBRARY_ID)} == {s.id for s in scripts}
    finally:
        other.close()


def test_seeding_again_changes_nothing(store, content):
    seed_builtin(store, content)
    changes = []
    store.subscribe(changes.append)
    report = seed_builtin(store, content)
    assert not report.changed and report.unchanged == len(content.scripts)
    assert changes == []


def test_new_content_updates_adds_and_trashes_in_one_change(store, content):
    seed_builtin(store, content)
    store.set_favourite(builtin_script_id("shtk"), True)
    changes = []
    store.subscribe(changes.append)
    report = seed_builtin(store, edited(content, drop="tywh2", change="shtk", add="tywh9"))
    assert report.added == ("tywh9",) and report.updated == ("shtk",) and report.trashed == ("tywh2",)
    assert len(changes) == 1  # one transaction, one notification
    assert {s.code for s in changes[0].upserted} == {"shtk", "tywh9"}
    assert changes[0].removed == (builtin_script_id("tywh2"),)
    refund = store.get_script(builtin_script_id("shtk"))
    assert refund.body.endswith("（已更新）") and refund.favourite  # the agent's mark survives
    assert store.get_script(builtin_script_id("tywh2")).state == ScriptState.TRASHED
    assert store.library(BUILTIN_LIBRARY_ID).read_only
    back = seed_builtin(store, content)  # the next version brings tywh2 back and drops tywh9
    assert set(back.updated) == {"shtk", "tywh2"} and back.trashed == ("tywh9",)
    assert store.get_script(builtin_script_id("tywh2")).state == ScriptState.ACTIVE
    assert len(store.scripts(BUILTIN_LIBRARY_ID)) == len(content.scripts)


def test_a_failed_seed_leaves_everything_as_it_was(store, content, monkeypatch):
    seed_builtin(store, content)
    before = {s.id: s.body for s in store.scripts(BUILTIN_LIBRARY_ID)}

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "add_script", broken)
    with pytest.raises(RuntimeError):
        seed_builtin(store, edited(content, change="shtk", add="tywh9"))
    assert {s.id: s.body for s in store.scripts(BUILTIN_LIBRARY_ID)} == before
    assert store.library(BUILTIN_LIBRARY_ID).read_only


def test_copy_to_library_reports_codes_that_exist(store, personal, content):
    seed_builtin(store, content)
    mine = store.add_script(personal.id, ScriptDraft(code="shtk2", body="我自己的退款话术"))
    ids = [builtin_script_id(code) for code in ("shtk", "shtk2", "shth3")]
    report = copy_to_library(store, ids, personal.id)
    assert [s.code for s in report.copied] == ["shtk", "shth3"]
    assert [(source.code, existing.id) for source, existing in report.skipped] == [("shtk2", mine.id)]
    assert store.get_script(mine.id).body == "我自己的退款话术"
    copy = report.copied[0]
    assert copy.library_id == personal.id and copy.id != builtin_script_id("shtk")
    assert copy.body == store.get_script(builtin_script_id("shtk")).body and copy.category == ("售后", "退款")
    assert store.find_by_code("shtk")[0].id == copy.id  # the agent's own copy now wins
    assert len(store.outbox()) == 3  # personal scripts sync


def test_copy_into_a_read_only_library_copies_nothing(store, personal, content):
    seed_builtin(store, content)
    with pytest.raises(ReadOnlyError):
        copy_to_library(store, [builtin_script_id("shtk")], BUILTIN_LIBRARY_ID)
    assert store.scripts(personal.id) == []
