"""The core's rules for applying server data and settling conflicts (no server needed)."""

from __future__ import annotations

import uuid
from datetime import datetime

from assistant.model import LibraryKind, ScriptDraft, ScriptState
from assistant.store import sync_apply
from assistant.store.sync_apply import RemoteScript

WHEN = datetime(2026, 11, 23, 10, 0)


def remote(script_id: str | None = None, revision: int = 1, **fields) -> RemoteScript:
    return RemoteScript(id=script_id or str(uuid.uuid4()), revision=revision, **fields)


def test_pull_applies_in_one_transaction_and_notifies(store):
    team = sync_apply.ensure_library(store, str(uuid.uuid4()), LibraryKind.TEAM, "团队话术", read_only=True)
    changes = []
    store.subscribe(changes.append)
    records = [remote(code=f"c{i}", body=f"正文 {i}", revision=i + 1) for i in range(3)]
    result = sync_apply.apply_page(store, team, records, revision=3)
    assert result.upserted == 3 and len(changes) == 1 and len(changes[0].upserted) == 3
    assert store.sync_state(team.id)["revision"] == 3 and store.outbox() == []  # remote data is never queued
    gone = sync_apply.apply_page(store, team, [remote(records[0].id, revision=4, deleted=True)], revision=4)
    assert gone.removed == 1 and store.get_script(records[0].id).state == ScriptState.PURGED
    assert changes[-1].removed == (records[0].id,)


def test_pending_local_script_loses_its_code_not_its_text(store):
    personal = sync_apply.adopt_personal(store, str(uuid.uuid4()), "我的话术")
    mine = store.add_script(personal.id, ScriptDraft(code="hi", body="我离线写的"))
    incoming = remote(code="hi", body="另一台设备写的", revision=1)
    result = sync_apply.apply_page(store, personal, [incoming], revision=1, now=WHEN)
    assert result.conflict_copies == [mine.id]
    kept = store.get_script(mine.id)
    assert kept.code == "" and kept.body == "我离线写的" and kept.title.endswith("（冲突副本 2026-11-23 10:00）")
    assert store.get_script(incoming.id).code == "hi"
    assert mine.id in store.pending_ids()  # still goes to the server, without the code


def test_pull_does_not_overwrite_a_pending_edit(store):
    personal = sync_apply.adopt_personal(store, str(uuid.uuid4()), "我的话术")
    base = remote(code="a", body="原文", revision=1)
    sync_apply.apply_page(store, personal, [base], revision=1)
    store.update_script(base.id, ScriptDraft(code="a", body="本地改过"))
    result = sync_apply.apply_page(store, personal, [remote(base.id, revision=2, code="a", body="远端改过")],
                                   revision=2)
    assert result.skipped_pending == 1 and store.get_script(base.id).body == "本地改过"


def test_personal_conflict_keeps_the_losing_version_as_a_copy(store):
    personal = sync_apply.adopt_personal(store, str(uuid.uuid4()), "我的话术")
    base = remote(code="a", title="标题", body="原文", revision=1)
    sync_apply.apply_page(store, personal, [base], revision=1)
    local = store.update_script(base.id, ScriptDraft(code="a", title="标题", body="本机版本"))
    key = store.outbox()[0]["key"]
    server = remote(base.id, revision=5, code="a", title="标题", body="另一台的版本")
    copy_id = sync_apply.resolve_conflict(store, personal, local, key, "stale_base", server, 5, personal.id, WHEN)
    copy = store.get_script(copy_id)
    assert copy.body == "另一台的版本" and copy.code == "" and copy.title == "标题（冲突副本 2026-11-23 10:00）"
    assert store.get_script(base.id).revision == 5 and store.get_script(base.id).body == "本机版本"
    assert {r["entity_id"] for r in store.outbox()} == {base.id, copy_id}  # ours is pushed again, on the new base


def test_team_conflict_server_wins_and_the_lead_keeps_a_copy(store):
    personal = sync_apply.adopt_personal(store, str(uuid.uuid4()), "我的话术")
    team = sync_apply.ensure_library(store, str(uuid.uuid4()), LibraryKind.TEAM, "团队话术", read_only=False)
    base = remote(code="t", body="团队原文", revision=1)
    sync_apply.apply_page(store, team, [base], revision=1)
    local = store.update_script(base.id, ScriptDraft(code="t", body="组长的改动"))
    key = store.outbox()[0]["key"]
    server = remote(base.id, revision=3, code="t", body="另一位组长的改动")
    copy_id = sync_apply.resolve_conflict(store, team, local, key, "stale_base", server, 3, personal.id, WHEN)
    assert store.get_script(base.id).body == "另一位组长的改动"
    assert store.get_script(copy_id).library_id == personal.id and store.get_script(copy_id).body == "组长的改动"
    assert base.id not in store.pending_ids()


def test_first_sign_in_adopts_the_local_personal_library(store):
    local = store.personal_library()
    made = store.add_script(local.id, ScriptDraft(code="x", body="登录前写的"))
    server_id = str(uuid.uuid4())
    adopted = sync_apply.adopt_personal(store, server_id, "我的话术")
    assert adopted.id == server_id and [lib.id for lib in store.libraries(LibraryKind.PERSONAL)] == [server_id]
    assert store.get_script(made.id).library_id == server_id
    assert made.id in store.pending_ids(server_id)
    assert store.personal_library().id == server_id


def test_snapshot_replaces_a_pack_whole(store):
    pack = sync_apply.ensure_library(store, str(uuid.uuid4()), LibraryKind.CAMPAIGN, "双11", read_only=True)
    first = [remote(code=f"p{i}", body="v1", revision=1) for i in range(3)]
    sync_apply.apply_page(store, pack, first, revision=1, snapshot=True)
    second = [remote(first[0].id, revision=2, code="p1", body="v2"), remote(revision=2, code="p0", body="v2")]
    sync_apply.apply_page(store, pack, second, revision=2, snapshot=True)
    live = store.scripts(pack.id)
    assert sorted(s.code for s in live) == ["p0", "p1"] and {s.body for s in live} == {"v2"}
