"""The local store: model rules, one-transaction writes, trash, clashes, notifications."""

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant.errors import ConflictError, ReadOnlyError, StoreError, ValidationError
from assistant.model import MAX_BODY_CHARS, LibraryKind, ScriptDraft, ScriptState
from assistant.store import Store

PNG = b"\x89PNG\r\n\x1a\n" + b"size-chart" * 10


def add(store, library, code="tk", body="亲，这边为您办理退款", **kw):
    return store.add_script(library.id, ScriptDraft(code=code, body=body, **kw))


def test_a_script_keeps_everything_the_agent_typed(store, personal):
    s = add(store, personal, code="购物金", body="亲～购物金可叠加使用 😊\n第二行", category="售前/活动",
            keywords="购物金，叠加, 优惠", output_mode="paste_enter")
    again = Store(store.path).get_script(s.id)
    assert again.code == "购物金"
    assert again.body == "亲～购物金可叠加使用 😊\n第二行"
    assert again.category == ("售前", "活动")
    assert again.keywords == ("购物金", "叠加", "优惠")
    assert again.output_mode.value == "paste_enter"
    assert again.title == "亲～购物金可叠加使用 😊"


@pytest.mark.parametrize("code", ["tk", "购物金", "tk退款", "a-1.b_2", "x" * 32])
def test_allowed_codes(store, personal, code):
    assert add(store, personal, code=code).code == code


@pytest.mark.parametrize("code", ["t k", "tk!", "x" * 33, "😊", "a/b", "；"])
def test_refused_codes_name_the_field_and_change_nothing(store, personal, code):
    with pytest.raises(ValidationError) as err:
        add(store, personal, code=code)
    assert err.value.field == "code"
    assert store.scripts() == []


def test_full_width_code_is_stored_half_width():
    assert ScriptDraft(code="ＴＫ１", body="x").validated().code == "TK1"


def test_code_unique_in_a_library_ignoring_case_and_width(store, personal):
    add(store, personal, code="TK1")
    with pytest.raises(ConflictError, match="already used"):
        add(store, personal, code="ｔｋ１")
    assert len(store.scripts()) == 1


def test_body_limits(store, personal):
    with pytest.raises(ValidationError, match="body"):
        add(store, personal, body="字" * (MAX_BODY_CHARS + 1))
    with pytest.raises(ValidationError, match="empty"):
        add(store, personal, body="   \n ")
    assert add(store, personal, body="字" * MAX_BODY_CHARS).body == "字" * MAX_BODY_CHARS


def test_same_code_in_two_libraries_is_shown_with_the_winner(store, personal):
    team = store.ensure_library(LibraryKind.TEAM, "客服组")
    builtin = store.ensure_library(LibraryKind.BUILTIN, "内置", read_only=True)
    mine = add(store, personal, code="tk", body="我的退款话术")
    theirs = add(store, team, code="TK", body="团队退款话术")
    [clash] = store.code_clashes()
    assert clash.winner.id == mine.id and [o.id for o in clash.others] == [theirs.id]
    assert [s.id for s in store.find_by_code("tk")] == [mine.id, theirs.id]
    with pytest.raises(ReadOnlyError):
        add(store, builtin, code="tk")


def test_trash_restore_purge(store, personal):
    s = add(store, personal)
    store.trash_script(s.id)
    assert store.scripts() == [] and [t.id for t in store.scripts(state=ScriptState.TRASHED)] == [s.id]
    # the code is free while the old script sits in the trash ...
    other = add(store, personal, code="tk", body="新的")
    with pytest.raises(ConflictError):  # ... so restoring it would clash
        store.restore_script(s.id)
    store.trash_script(other.id)
    assert store.restore_script(s.id).body == "亲，这边为您办理退款"
    store.trash_script(s.id)
    assert store.empty_trash() == 2
    assert store.scripts(state=ScriptState.TRASHED) == []
    assert store.get_script(s.id).state == ScriptState.PURGED  # tombstone for sync


def test_a_failed_write_in_a_group_leaves_nothing(store, personal):
    add(store, personal, code="keep")
    with pytest.raises(ConflictError):
        with store.transaction():
            add(store, personal, code="a1")
            add(store, personal, code="a2")
            add(store, personal, code="keep")
    assert [s.code for s in store.scripts()] == ["keep"]


def test_subscribers_hear_one_change_per_commit(store, personal):
    heard = []
    store.subscribe(heard.append)
    with store.transaction():
        a = add(store, personal, code="a")
        b = add(store, personal, code="b")
    store.trash_script(a.id)
    assert [sorted(s.code for s in c.upserted) for c in heard] == [["a", "b"], []]
    assert heard[1].removed == (a.id,)
    with pytest.raises(ConflictError):
        add(store, personal, code="b")
    assert len(heard) == 2  # a rolled-back write tells nobody
    assert b.id in {s.id for s in heard[0].upserted}


def test_a_save_while_another_thread_writes_waits_and_both_are_kept(store, personal):
    """The agent saves a script while sync is applying a pack on its own thread."""
    heard = []
    store.subscribe(lambda change: heard.append({s.code for s in change.upserted}))
    inside, release = threading.Event(), threading.Event()

    def sync_thread():
        with store.transaction():
            store.add_script(personal.id, ScriptDraft(code="pack1", title="活动话术", body="满300减50"))
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=sync_thread)
    worker.start()
    inside.wait(5)
    threading.Timer(0.2, release.set).start()
    store.add_script(personal.id, ScriptDraft(code="mine", title="我的话术", body="亲，在的"))  # waits its turn
    worker.join(5)
    assert {s.code for s in store.scripts()} >= {"pack1", "mine"}
    assert sorted(heard, key=sorted) == [{"mine"}, {"pack1"}]


def test_outbox_keeps_one_row_per_script_and_skips_builtin(store, personal):
    builtin = store.ensure_library(LibraryKind.BUILTIN, "内置")
    s = add(store, personal)
    store.update_script(s.id, ScriptDraft(code="tk", body="改过"))
    store.trash_script(s.id)
    add(store, builtin, code="x")
    rows = store.outbox()
    assert [(r["entity_id"], r["op"]) for r in rows] == [(s.id, "delete")]


def test_images_are_stored_once_by_content_hash(store, personal):
    a = add(store, personal, code="a", body="尺码表", image=PNG)
    b = add(store, personal, code="b", body="", image=PNG)
    assert a.image_hash == b.image_hash
    assert store.image(a.image_hash) == (PNG, "image/png")
    assert store.database.scalar("SELECT COUNT(*) FROM images") == 1


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "library.db"
    Store(path).close()
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_junk_file_is_refused_with_its_path(tmp_path):
    path = tmp_path / "library.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=str(path)):
        Store(path)


def test_favourite_is_allowed_on_read_only_libraries(store):
    builtin = store.ensure_library(LibraryKind.BUILTIN, "内置", read_only=True)
    with store.transaction():
        store.database.execute(
            "INSERT INTO scripts (id, library_id, title, body, created_at, updated_at) "
            "VALUES ('b1', ?, 't', 'b', 'now', 'now')", (builtin.id,))
    assert store.set_favourite("b1", True).favourite


def test_opening_the_store_does_not_load_numpy_or_pandas(tmp_path):
    """sqlite-utils would load them (~22 MiB, ~100 ms at every app start) only to map their types."""
    code = ("import sys; from assistant.store import Store; Store(sys.argv[1]); "
            "print(sorted({'numpy', 'pandas'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "kefu.db")], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).parents[2])
    assert out.stdout.strip() == "[]"


def test_a_save_against_a_stale_version_is_refused_and_changes_nothing(store, personal):
    opened = add(store, personal, title="退款说明", body="原来的话术")
    theirs = store.update_script(opened.id, ScriptDraft(code="tk", title="退款说明", body="同步来的新话术"))
    outbox = store.outbox()
    seen = []
    store.subscribe(seen.append)
    with pytest.raises(ConflictError, match="退款说明.*changed elsewhere") as refused:
        store.update_script(opened.id, ScriptDraft(code="tk2", title="退款说明", body="编辑器里的话术"),
                            expected_version=opened.version)
    assert refused.value.code == "changed_elsewhere" and refused.value.details["script_id"] == opened.id
    again = store.get_script(opened.id)
    assert (again.body, again.code, again.version) == ("同步来的新话术", "tk", theirs.version)
    assert store.outbox() == outbox and seen == []
    # against the version it has now, the same save goes through
    saved = store.update_script(opened.id, ScriptDraft(code="tk2", body="编辑器里的话术"),
                                expected_version=theirs.version)
    assert saved.body == "编辑器里的话术" and saved.version != theirs.version


def test_a_save_against_a_script_deleted_meanwhile_names_it(store, personal):
    opened = add(store, personal, title="运费说明")
    store.trash_script(opened.id)
    with pytest.raises(ConflictError, match="运费说明.*deleted elsewhere") as refused:
        store.update_script(opened.id, ScriptDraft(code="tk", body="新的"), expected_version=opened.version)
    assert refused.value.details["deleted"] is True
    assert store.get_script(opened.id).state == ScriptState.TRASHED


def test_the_version_ignores_sync_acknowledgements_and_the_favourite_mark(store, personal):
    script = add(store, personal)
    store.set_script_revision(script.id, 7)
    store.set_favourite(script.id, True)
    assert store.get_script(script.id).version == script.version
