"""Organising a library: categories, moves, trash, copies and undo (no Qt)."""

import pytest

from assistant.errors import ConflictError, ReadOnlyError, ValidationError
from assistant.model import LibraryKind, ScriptDraft, ScriptState
from assistant.store import organise


def add(store, library, code, category="", body="亲，这边为您处理"):
    return store.add_script(library.id, ScriptDraft(code=code, title=code, body=body, category=category))


def categories(store, library):
    return ["/".join(p) for p in organise.category_paths(store, library.id)]


def test_a_new_category_shows_even_when_empty_and_undo_removes_it(store, personal):
    undo = organise.add_category(store, personal.id, "售后/退款")
    assert categories(store, personal) == ["售后", "售后/退款", "未分组"]
    with pytest.raises(ConflictError):
        organise.add_category(store, personal.id, "售后/退款")
    with store.transaction():
        undo.revert(store)
    assert "售后/退款" not in categories(store, personal)


def test_rename_carries_the_scripts_below_and_refuses_a_taken_name(store, personal):
    a = add(store, personal, "a", "售后/退款")
    add(store, personal, "b", "售前")
    organise.rename_category(store, personal.id, "售后", "售后服务")
    assert store.get_script(a.id).category == ("售后服务", "退款")
    with pytest.raises(ConflictError, match="售前"):
        organise.rename_category(store, personal.id, "售后服务", "售前")
    with pytest.raises(ValidationError):
        organise.rename_category(store, personal.id, "未分组", "其他")
    assert store.get_script(a.id).category == ("售后服务", "退款")


def test_move_category_under_another_and_not_into_itself(store, personal):
    a = add(store, personal, "a", "退款")
    add(store, personal, "b", "售后")
    stack = organise.UndoStack()
    stack.push(organise.move_category(store, personal.id, "退款", "售后"))
    assert store.get_script(a.id).category == ("售后", "退款")
    with pytest.raises(ValidationError, match="into itself"):
        organise.move_category(store, personal.id, "售后", "售后/退款")
    stack.undo(store)
    assert store.get_script(a.id).category == ("退款",)


def test_deleting_a_category_keeps_its_scripts_in_the_parent_or_the_trash(store, personal):
    a = add(store, personal, "a", "售后/退款")
    b = add(store, personal, "b", "售后/退款/极速")
    undo = organise.delete_category(store, personal.id, "售后/退款")
    assert store.get_script(a.id).category == ("售后",)
    assert store.get_script(b.id).category == ("售后",)
    assert "售后/退款/极速" not in categories(store, personal)
    with store.transaction():
        undo.revert(store)
    assert store.get_script(b.id).category == ("售后", "退款", "极速")

    organise.delete_category(store, personal.id, "售后", to_trash=True)
    assert {s.id for s in store.scripts(state=ScriptState.TRASHED)} == {a.id, b.id}
    assert store.scripts(personal.id) == []


def test_multi_move_and_trash_undo_in_order(store, personal):
    a, b, c = (add(store, personal, code) for code in "abc")
    stack = organise.UndoStack()
    stack.push(organise.move_scripts(store, [a.id, b.id], "物流"))
    stack.push(organise.trash_scripts(store, [b.id, c.id]))
    assert [s.code for s in store.scripts(personal.id)] == ["a"]
    assert stack.undo(store).kind == "trash"
    assert [s.code for s in store.scripts(personal.id)] == ["a", "b", "c"]
    assert store.get_script(b.id).category == ("物流",)
    assert stack.undo(store).kind == "move"
    assert store.get_script(a.id).category == ("未分组",)
    assert stack.undo(store) is None


def test_an_edit_is_undone_to_the_old_text(store, personal):
    script, _ = organise.save_script(store, personal.id, None, ScriptDraft(code="tk", body="旧的"))
    stack = organise.UndoStack()
    _, undo = organise.save_script(store, personal.id, script.id, ScriptDraft(code="tk2", body="新的"))
    stack.push(undo)
    stack.undo(store)
    assert (store.get_script(script.id).code, store.get_script(script.id).body) == ("tk", "旧的")


def test_read_only_scripts_refuse_changes_and_copy_to_my_library(store, personal):
    team = store.ensure_library(LibraryKind.TEAM, "客服组")
    t = add(store, team, "yf", "运费")
    store.set_library_meta(team.id, "客服组", read_only=True)
    with pytest.raises(ReadOnlyError):
        organise.move_scripts(store, [t.id], "别处")
    with pytest.raises(ReadOnlyError):
        organise.trash_scripts(store, [t.id])
    [copy], undo = organise.copy_to_library(store, [t.id], personal.id)
    assert (copy.library_id, copy.code, copy.category) == (personal.id, "yf", ("运费",))
    with pytest.raises(ConflictError, match="yf"):
        organise.copy_to_library(store, [t.id], personal.id)
    assert len(store.scripts(personal.id)) == 1


def test_conflicts_name_the_holders(store, personal):
    team = store.ensure_library(LibraryKind.TEAM, "客服组")
    mine = store.add_script(personal.id, ScriptDraft(code="tk", body="x", hotkey="Ctrl+Alt+1"))
    add(store, team, "TK")
    found = organise.find_conflicts(store, personal.id, None, "tk", "alt+ctrl+1", {"hotkey.picker": "Ctrl+Alt+1"})
    assert [s.id for s in found.same_library] == [mine.id]
    assert [name for _, name in found.other_libraries] == ["客服组"]
    assert [s.id for s in found.hotkey] == [mine.id] and found.hotkey_setting == "hotkey.picker"
    assert organise.find_conflicts(store, personal.id, mine.id, "tk", "Ctrl+Alt+1").same_library == []
