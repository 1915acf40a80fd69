"""The library manager, driven by keyboard as an agent would."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from assistant.model import LibraryKind, ScriptDraft, ScriptState
from tests.ui.conftest import ime_commit
from ui.library_window import LibraryWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, wired):
    w = LibraryWindow(wired.core, wired.index, wired.bridge, wired.tasks)
    qtbot.addWidget(w)
    w.present()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: bool(w.libraries))
    yield w
    w.reload_timer.stop()  # a store change or an edit just before the end must not reach the next test
    w.editor.timer.stop()
    w.close()


def add(wired, code, body="亲，这边为您处理", category="", library=None, **kw):
    library = library or wired.store.personal_library()
    script = wired.store.add_script(library.id, ScriptDraft(code=code, title=kw.pop("title", code), body=body,
                                                            category=category, **kw))
    return script


def rows(window):
    return [window.list.topLevelItem(i).text(0) for i in range(window.list.topLevelItemCount())]


def live(wired, code):
    return next(iter(wired.store.find_by_code(code)), None)


def save(qtbot, window):
    qtbot.keyClick(window.editor.body, Qt.Key.Key_S, CTRL)


def test_a_new_script_with_code_and_variables_is_found_by_search(qtbot, window, wired):
    qtbot.keyClick(window.list, Qt.Key.Key_N, CTRL)
    editor = window.editor
    assert editor.code.hasFocus()
    qtbot.keyClicks(editor.code, "fh")
    ime_commit(editor.title, "发货通知")
    ime_commit(editor.body, "{{客户=亲}}，您的订单{{订单号}}已发货")
    qtbot.waitUntil(lambda: editor.preview.toPlainText() == "亲，您的订单【订单号】已发货")
    assert editor.problems.text() == ""
    save(qtbot, window)
    qtbot.waitUntil(lambda: live(wired, "fh") is not None)
    assert live(wired, "fh").title == "发货通知"
    qtbot.keyClicks(window.query, "fahuo")
    qtbot.waitUntil(lambda: rows(window) == ["fh"])


def test_a_new_script_from_the_picker_opens_with_its_text(qtbot, window):
    window.new_script("亲，稍等")
    assert window.editor.body.toPlainText() == "亲，稍等"
    assert window.editor.save_button.isVisible()


def test_an_invalid_variable_is_flagged_and_saving_is_refused(qtbot, window, wired):
    window.new_script()
    editor = window.editor
    qtbot.keyClicks(editor.code, "bad")
    ime_commit(editor.body, "预计{{日期+x}}到货，{{@nosuch}}")
    qtbot.waitUntil(lambda: "{{日期+x}}" in editor.problems.text())
    assert "{{@nosuch}}" in editor.problems.text()
    assert editor.highlighter.spans  # underlined in the body
    save(qtbot, window)
    qtbot.waitUntil(lambda: editor.message.text().startswith("Not saved"))
    assert live(wired, "bad") is None


def test_edit_then_undo_brings_the_old_text_back(qtbot, window, wired):
    script = add(wired, "tk", body="退款原路返回")
    qtbot.waitUntil(lambda: rows(window) == ["tk"])
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Down)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.code.text() == "tk")
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_End, CTRL)
    ime_commit(editor.body, "，1-3个工作日")
    save(qtbot, window)
    qtbot.waitUntil(lambda: editor.message.text() == "Saved.")
    assert wired.store.get_script(script.id).body == "退款原路返回，1-3个工作日"
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: wired.store.get_script(script.id).body == "退款原路返回")


def test_code_taken_in_this_library_is_refused_and_in_another_is_a_warning(qtbot, window, wired):
    team = wired.store.ensure_library(LibraryKind.TEAM, "客服组")
    add(wired, "tk", title="我的退款")
    add(wired, "yf", title="团队运费", library=team)
    window.new_script("亲，好的")
    editor = window.editor
    qtbot.keyClicks(editor.code, "tk")
    qtbot.waitUntil(lambda: "already used by “我的退款” in this library" in editor.conflicts.text())
    save(qtbot, window)
    qtbot.waitUntil(lambda: editor.message.text().startswith("Not saved"))
    assert len(wired.store.find_by_code("tk")) == 1
    editor.code.selectAll()
    qtbot.keyClicks(editor.code, "yf")
    qtbot.waitUntil(lambda: "also exists in 客服组" in editor.conflicts.text())
    save(qtbot, window)
    qtbot.waitUntil(lambda: len(wired.store.find_by_code("yf")) == 2)


def test_the_hotkey_recorder_takes_a_chord_and_warns_of_a_clash(qtbot, window, wired):
    add(wired, "tk", title="退款", hotkey="ctrl+alt+1")
    window.new_script("亲，好的")
    editor = window.editor
    editor.hotkey.setFocus()
    qtbot.keyClick(editor.hotkey, Qt.Key.Key_1, CTRL | Qt.KeyboardModifier.AltModifier)
    assert editor.hotkey.text() == "ctrl+alt+1"
    qtbot.waitUntil(lambda: "ctrl+alt+1 is already used by “退款”" in editor.conflicts.text())
    qtbot.keyClick(editor.hotkey, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "app's own hotkeys" in editor.conflicts.text())
    qtbot.keyClick(editor.hotkey, Qt.Key.Key_Backspace)
    assert editor.hotkey.text() == ""


def test_multi_select_move_to_a_category(qtbot, window, wired):
    ids = [add(wired, code).id for code in ("a1", "a2", "a3")]
    qtbot.waitUntil(lambda: len(rows(window)) == 3)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(window.list, Qt.Key.Key_M, CTRL)
    dialog = window.move_dialog
    assert dialog is not None and dialog.isVisible()
    ime_commit(dialog.category.lineEdit(), "物流/催单")
    qtbot.keyClick(dialog.category, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all(s.category == ("物流", "催单") for s in wired.store.get_scripts(ids)))
    mine = wired.store.personal_library().id
    qtbot.waitUntil(lambda: window.tree.item_at_place(mine, ("物流", "催单")) is not None)


def test_delete_goes_to_the_trash_restore_and_undo(qtbot, window, wired):
    keep, gone = add(wired, "keep"), add(wired, "gone", title="要删的")
    qtbot.waitUntil(lambda: sorted(rows(window)) == ["gone", "keep"])
    window.list.setFocus()
    window.list.select_id(gone.id)
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: rows(window) == ["keep"])
    assert wired.store.get_script(gone.id).state == ScriptState.TRASHED

    qtbot.keyClick(window.list, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.trash.rows() == ["要删的"])
    qtbot.keyClick(window.trash.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sorted(rows(window)) == ["gone", "keep"])
    qtbot.waitUntil(lambda: window.trash.rows() == [])

    qtbot.keyClick(window.trash.list, Qt.Key.Key_Escape)
    assert not window.trash.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Z, CTRL)  # undo the restore: back in the trash
    qtbot.waitUntil(lambda: rows(window) == ["keep"])
    qtbot.keyClick(window.list, Qt.Key.Key_Z, CTRL)  # undo the delete
    qtbot.waitUntil(lambda: sorted(rows(window)) == ["gone", "keep"])
    assert wired.store.get_script(keep.id).state == ScriptState.ACTIVE


def test_import_shows_the_dry_run_with_the_bad_row_then_applies_the_rest(qtbot, window, wired, tmp_path):
    sheet = tmp_path / "workbench.csv"
    sheet.write_text("快捷编码,快捷短语,快捷短语分组\n"
                     "hy,欢迎光临本店,售前\n"
                     "bad code!,这一行的编码不对,售前\n"
                     "fh,已为您发货&#13;请注意查收,物流\n", encoding="utf-8")
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_I, CTRL)
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.path, str(sheet))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    report = dialog.report_rows()
    assert ("Rejected", "3", "", report[0][3]) == report[0] and "bad code!" in report[0][3]
    assert [(kind, row, code) for kind, row, code, _ in report[1:]] == [("Add", "2", "hy"), ("Add", "4", "fh")]
    assert "2 to add" in dialog.summary.text() and "1 rejected" in dialog.summary.text()
    assert live(wired, "hy") is None  # a dry run writes nothing
    assert dialog.apply_button.hasFocus()
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.summary.text() == "Imported: 2 added, 0 updated.")
    assert live(wired, "fh").body == "已为您发货\n请注意查收"
    assert live(wired, "fh").category == ("物流",)


def test_team_scripts_are_read_only_and_copy_to_my_library(qtbot, window, wired):
    team = wired.store.ensure_library(LibraryKind.TEAM, "客服组")
    script = add(wired, "yf", title="运费说明", category="售后", library=team)
    wired.store.set_library_meta(team.id, "客服组", read_only=True)
    window.reload_places()
    qtbot.waitUntil(lambda: window.libraries.get(team.id) and window.libraries[team.id].read_only)
    window.list.setFocus()
    qtbot.waitUntil(lambda: window.list.select_id(script.id))
    editor = window.editor
    qtbot.waitUntil(lambda: editor.code.text() == "yf")
    assert editor.body.isReadOnly() and not editor.save_button.isVisible()
    assert "read-only" in editor.heading.text()
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)  # refused: nothing moves to the trash
    qtbot.waitUntil(lambda: "read-only" in window.statusBar().currentMessage())
    assert wired.store.get_script(script.id).state == ScriptState.ACTIVE

    assert editor.copy_button.isVisible()
    editor.copy_button.setFocus()
    qtbot.keyClick(editor.copy_button, Qt.Key.Key_Space)
    mine = wired.store.personal_library()
    qtbot.waitUntil(lambda: [s.code for s in wired.store.scripts(mine.id)] == ["yf"])
    qtbot.waitUntil(lambda: editor.library is not None and editor.library.id == mine.id)
    assert not editor.body.isReadOnly()


def drop(tree, item, mime):
    """What a mouse drag over ``item`` and a release there deliver to the tree."""
    point = tree.visualItemRect(item).center()
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(tree.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, *args)
    QApplication.sendEvent(tree.viewport(), move)
    assert move.isAccepted()
    QApplication.sendEvent(tree.viewport(), QDropEvent(QPointF(point), *args))


def test_dragging_scripts_onto_a_category_moves_them(qtbot, window, wired):
    a = add(wired, "a1", category="售前")
    b = add(wired, "b1")
    mine = wired.store.personal_library().id
    qtbot.waitUntil(lambda: window.tree.item_at_place(mine, ("售前",)) is not None and len(rows(window)) == 2)
    window.list.select_id(b.id)
    mime = window.list.mimeData(window.list.selectedItems())
    drop(window.tree, window.tree.item_at_place(mine, ("售前",)), mime)
    qtbot.waitUntil(lambda: wired.store.get_script(b.id).category == ("售前",))
    assert wired.store.get_script(a.id).category == ("售前",)


def test_dragging_a_category_onto_another_nests_it(qtbot, window, wired):
    add(wired, "r1", category="退款")
    add(wired, "s1", category="售后")
    mine = wired.store.personal_library().id
    tree = window.tree
    qtbot.waitUntil(lambda: tree.item_at_place(mine, ("退款",)) is not None)
    mime = tree.mimeData([tree.item_at_place(mine, ("退款",))])
    drop(tree, tree.item_at_place(mine, ("售后",)), mime)
    qtbot.waitUntil(lambda: live(wired, "r1").category == ("售后", "退款"))
    qtbot.waitUntil(lambda: tree.item_at_place(mine, ("售后", "退款")) is not None)


def test_unsaved_edits_are_not_dropped_silently(qtbot, window, wired):
    first, second = add(wired, "a1", body="第一条"), add(wired, "b1", body="第二条")
    qtbot.waitUntil(lambda: rows(window) == ["a1", "b1"])
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: window.editor.code.text() == "a1")
    assert not window.editor.dirty
    qtbot.keyClick(window.editor.body, Qt.Key.Key_End, CTRL)
    ime_commit(window.editor.body, "改过")
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Down)  # to the second script: asked first
    box = window.unsaved_box
    assert box.isVisible() and window.editor.code.text() == "a1"
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Save is the default
    qtbot.waitUntil(lambda: window.editor.code.text() == "b1")
    assert wired.store.get_script(first.id).body == "第一条改过"
    assert wired.store.get_script(second.id).body == "第二条"


def test_deleting_a_category_keeps_its_scripts(qtbot, window, wired):
    script = add(wired, "r1", category="售后/退款")
    mine = wired.store.personal_library().id
    tree = window.tree
    qtbot.waitUntil(lambda: tree.item_at_place(mine, ("售后", "退款")) is not None)
    tree.setFocus()
    tree.select_place(mine, ("售后", "退款"))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    box = window.delete_box
    assert box.isVisible() and "售后/退款" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: scripts go to the parent category
    qtbot.waitUntil(lambda: tree.item_at_place(mine, ("售后", "退款")) is None)
    assert wired.store.get_script(script.id).category == ("售后",)
    assert wired.store.get_script(script.id).state == ScriptState.ACTIVE


def test_export_writes_the_file(qtbot, window, wired, tmp_path):
    add(wired, "tk", body="退款原路返回", category="售后")
    target = tmp_path / "out.csv"
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_E, CTRL | SHIFT)
    dialog = window.export_dialog
    dialog.format.setFocus()
    qtbot.keyClicks(dialog.format, "S")  # Spreadsheet CSV
    assert dialog.format.currentData() == "csv"
    qtbot.keyClicks(dialog.path, str(target))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Exported 1 script"))
    assert "退款原路返回" in target.read_text(encoding="utf-8-sig")


def test_new_and_renamed_categories_by_keyboard(qtbot, window, wired):
    mine = wired.store.personal_library().id
    tree = window.tree
    tree.setFocus()
    tree.select_place(mine, ())
    qtbot.keyClick(tree, Qt.Key.Key_N, CTRL | SHIFT)
    field = window.input_dialog.findChild(QLineEdit)
    ime_commit(field, "售后")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tree.item_at_place(mine, ("售后",)) is not None)  # shown while still empty

    tree.setFocus()
    tree.select_place(mine, ("售后",))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    field = window.input_dialog.findChild(QLineEdit)
    field.selectAll()
    ime_commit(field, "售后服务")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tree.item_at_place(mine, ("售后服务",)) is not None)
    assert tree.item_at_place(mine, ("售后",)) is None


def confirm_delete_forever(qtbot, box):
    """Enter would cancel (the default): the agent tabs to “Delete forever” and presses Space."""
    assert box.isVisible()
    button = next(b for b in box.buttons() if b.text() == "Delete forever")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def open_trash_with(qtbot, window, wired, titles):
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: sorted(window.trash.rows()) == sorted(titles))
    window.trash.list.setFocus()


def test_delete_forever_removes_the_selected_trashed_script_only(qtbot, window, wired):
    first, second = add(wired, "a1", title="第一条"), add(wired, "b1", title="第二条")
    for script in (first, second):
        wired.store.trash_script(script.id)
    open_trash_with(qtbot, window, wired, ["第一条", "第二条"])
    trash = window.trash
    qtbot.keyClick(trash.list, Qt.Key.Key_Home)  # 第一条 (the list is sorted by code)
    qtbot.keyClick(trash.list, Qt.Key.Key_Delete, SHIFT)
    box = trash.confirm_box
    assert "1 script" in box.text() and "cannot be undone" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter cancels: nothing deleted
    assert wired.store.get_script(first.id).state == ScriptState.TRASHED
    qtbot.keyClick(trash.list, Qt.Key.Key_Delete, SHIFT)
    confirm_delete_forever(qtbot, trash.confirm_box)
    qtbot.waitUntil(lambda: trash.rows() == ["第二条"])
    assert wired.store.get_script(first.id).state == ScriptState.PURGED  # a tombstone, for sync
    assert wired.store.get_script(second.id).state == ScriptState.TRASHED
    assert "1 script" in trash.message.text()


def test_empty_trash_after_confirming(qtbot, window, wired):
    scripts = [add(wired, code, title=code) for code in ("a1", "b1", "c1")]
    keep = add(wired, "keep")
    for script in scripts:
        wired.store.trash_script(script.id)
    open_trash_with(qtbot, window, wired, ["a1", "b1", "c1"])
    trash = window.trash
    trash.empty_button.setFocus()
    qtbot.keyClick(trash.empty_button, Qt.Key.Key_Space)
    assert "all 3 script" in trash.confirm_box.text()
    confirm_delete_forever(qtbot, trash.confirm_box)
    qtbot.waitUntil(lambda: trash.rows() == [])
    assert {wired.store.get_script(s.id).state for s in scripts} == {ScriptState.PURGED}
    assert wired.store.get_script(keep.id).state == ScriptState.ACTIVE
    assert not trash.empty_button.isEnabled()


def open_in_editor(qtbot, window, script):
    qtbot.waitUntil(lambda: script.code in rows(window))
    window.list.setFocus()
    window.list.select_id(script.id)
    qtbot.waitUntil(lambda: window.editor.script is not None and window.editor.script.id == script.id)
    window.editor.body.setFocus()
    qtbot.keyClick(window.editor.body, Qt.Key.Key_End, CTRL)


def sync_changes(wired, script, body):
    """What a pull from the sync server does to a script (another device edited it)."""
    draft = ScriptDraft(id=script.id, code=script.code, title=script.title, body=body).validated()
    wired.store.put_remote_script(script.library_id, draft, revision=script.revision + 1,
                                  updated_at="2030-01-01T00:00:00.000+00:00")


def test_a_change_underneath_an_editor_without_edits_reloads_it(qtbot, window, wired):
    script = add(wired, "tk", body="退款原路返回")
    open_in_editor(qtbot, window, script)
    editor = window.editor
    sync_changes(wired, script, "退款原路返回，1-3个工作日到账")
    qtbot.waitUntil(lambda: editor.body.toPlainText() == "退款原路返回，1-3个工作日到账")
    assert not editor.dirty and editor.conflict_bar.isHidden()
    assert editor.body.hasFocus()
    assert editor.body.textCursor().position() == len("退款原路返回")  # the caret stays where it was
    qtbot.keyClick(editor.body, Qt.Key.Key_End, CTRL)
    ime_commit(editor.body, "哦")  # the next save is made against the reloaded version
    save(qtbot, window)
    qtbot.waitUntil(lambda: wired.store.get_script(script.id).body == "退款原路返回，1-3个工作日到账哦")


def typed_then_changed_elsewhere(qtbot, window, wired, typed, theirs):
    """退款说明 open in the editor, ``typed`` at its end (unsaved), then sync brings ``theirs``."""
    script = add(wired, "tk", title="退款说明", body="退款原路返回")
    open_in_editor(qtbot, window, script)
    ime_commit(window.editor.body, typed)
    sync_changes(wired, script, theirs)
    qtbot.waitUntil(lambda: window.editor.conflict_bar.isVisible())
    return script, window.editor


def test_a_change_underneath_unsaved_edits_keeps_them_and_saves_mine_as_a_copy(qtbot, window, wired):
    script, editor = typed_then_changed_elsewhere(qtbot, window, wired, "，请耐心等待", "同事改过的退款话术")
    assert "changed elsewhere" in editor.conflict_bar.text.text()
    assert editor.body.toPlainText() == "退款原路返回，请耐心等待"  # nothing typed is lost
    save(qtbot, window)  # Ctrl+S does not overwrite the other change
    qtbot.waitUntil(lambda: editor.message.text().startswith("Not saved"))
    assert wired.store.get_script(script.id).body == "同事改过的退款话术"
    editor.conflict_bar.copy_button.setFocus()
    qtbot.keyClick(editor.conflict_bar.copy_button, Qt.Key.Key_Space)
    mine = wired.store.personal_library().id
    qtbot.waitUntil(lambda: len(wired.store.scripts(mine)) == 2)
    copy = next(s for s in wired.store.scripts(mine) if s.id != script.id)
    assert copy.body == "退款原路返回，请耐心等待" and copy.title == "退款说明 (my copy)"
    assert copy.code == ""  # tk stays with the original
    assert wired.store.get_script(script.id).body == "同事改过的退款话术"
    qtbot.waitUntil(lambda: editor.script.id == copy.id)
    assert not editor.dirty and editor.conflict_bar.isHidden()
    assert "without the code tk" in editor.message.text()


def test_overwrite_theirs_only_after_confirming_or_take_theirs(qtbot, window, wired):
    script, editor = typed_then_changed_elsewhere(qtbot, window, wired, "，我的版本", "同事的版本")
    editor.conflict_bar.overwrite_button.setFocus()
    qtbot.keyClick(editor.conflict_bar.overwrite_button, Qt.Key.Key_Space)
    box = editor.overwrite_box
    assert box.isVisible() and "退款说明" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # changed my mind: nothing written
    assert wired.store.get_script(script.id).body == "同事的版本" and editor.conflict_bar.isVisible()
    qtbot.keyClick(editor.conflict_bar.overwrite_button, Qt.Key.Key_Space)
    confirm = next(b for b in editor.overwrite_box.buttons() if b.text() == "Overwrite with mine")
    confirm.setFocus()
    qtbot.keyClick(confirm, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wired.store.get_script(script.id).body == "退款原路返回，我的版本")
    qtbot.waitUntil(lambda: editor.conflict_bar.isHidden() and not editor.dirty)

    ime_commit(editor.body, "再改")  # a second round: this time take theirs
    sync_changes(wired, wired.store.get_script(script.id), "同事的第二版")
    qtbot.waitUntil(lambda: editor.conflict_bar.isVisible())
    editor.conflict_bar.theirs_button.setFocus()
    qtbot.keyClick(editor.conflict_bar.theirs_button, Qt.Key.Key_Space)
    assert editor.body.toPlainText() == "同事的第二版" and not editor.dirty and editor.conflict_bar.isHidden()


def test_a_script_deleted_underneath_unsaved_edits_can_be_saved_as_new(qtbot, window, wired):
    script = add(wired, "yf", title="运费说明", body="满99包邮")
    open_in_editor(qtbot, window, script)
    editor = window.editor
    ime_commit(editor.body, "，偏远地区除外")
    wired.store.remove_remote_script(script.id, revision=2, state=ScriptState.TRASHED)  # deleted on another device
    qtbot.waitUntil(lambda: editor.conflict_bar.isVisible())
    assert "deleted elsewhere" in editor.conflict_bar.text.text()
    assert editor.body.toPlainText() == "满99包邮，偏远地区除外"
    button = editor.conflict_bar.copy_button
    assert button.text().replace("&", "") == "Save mine as a new script"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: live(wired, "yf") is not None)
    saved = live(wired, "yf")
    assert saved.id != script.id and saved.body == "满99包邮，偏远地区除外" and saved.title == "运费说明"
    qtbot.waitUntil(lambda: editor.script.id == saved.id)
    assert editor.conflict_bar.isHidden() and not editor.dirty


def test_a_script_deleted_underneath_an_editor_without_edits_closes_it(qtbot, window, wired):
    script = add(wired, "yf", body="满99包邮")
    open_in_editor(qtbot, window, script)
    wired.store.trash_script(script.id)
    qtbot.waitUntil(lambda: window.editor.script is None)
    assert window.editor.body.toPlainText() == "" and "deleted elsewhere" in window.editor.message.text()


def test_a_change_by_the_command_line_is_caught_when_saving(qtbot, window, wired):
    from assistant.store import Store
    script = add(wired, "tk", title="退款说明", body="退款原路返回")
    open_in_editor(qtbot, window, script)
    editor = window.editor
    ime_commit(editor.body, "，我的版本")
    other = Store(wired.store.path)  # another process: this one hears nothing
    try:
        other.update_script(script.id, ScriptDraft(code="tk", title="退款说明", body="命令行改的"))
    finally:
        other.close()
    save(qtbot, window)
    qtbot.waitUntil(lambda: editor.conflict_bar.isVisible())
    assert wired.store.get_script(script.id).body == "命令行改的"
    assert editor.body.toPlainText() == "退款原路返回，我的版本"


def test_the_import_dry_run_gives_its_reasons_in_chinese(qtbot, window, wired, tmp_path):
    from tests.ui.language import uninstall
    from ui.i18n import Translations
    sheet = tmp_path / "workbench.csv"
    sheet.write_text("快捷编码,快捷短语,快捷短语分组\n"
                     "hy,欢迎光临本店,售前\n"
                     "bad code!,这一行的编码不对,售前\n"
                     "hy,又一条欢迎语,售前\n"
                     "kb,,售前\n", encoding="utf-8")
    translations = Translations(tmp_path / "cache")
    translations.switch("zh_CN")
    try:
        dialog = window.show_import(str(sheet))
        qtbot.waitUntil(lambda: dialog.plan is not None)
        report = {row: (kind, details) for kind, row, _code, details in dialog.report_rows()}
        assert report["3"] == ("拒绝", "快捷编码 bad code! 只能包含字母（含汉字）、数字和 _ - .")
        assert report["4"] == ("拒绝", "快捷编码 hy 已在本文件第 2 行出现")
        assert report["5"] == ("拒绝", "话术正文为空")
    finally:
        uninstall(translations)
    # the command line keeps the core's English
    assert [r["reason"] for r in dialog.plan.summary()["rejected"]][1] == "code 'hy' repeats row 2 of this file"


def test_typing_on_while_my_own_save_runs_is_not_a_conflict(qtbot, window, wired):
    script = add(wired, "tk", body="退款原路返回")
    open_in_editor(qtbot, window, script)
    editor = window.editor
    ime_commit(editor.body, "，第一版")
    save(qtbot, window)
    ime_commit(editor.body, "，第二版")  # typed before the save came back
    qtbot.waitUntil(lambda: editor.message.text() == "Saved.")
    assert wired.store.get_script(script.id).body == "退款原路返回，第一版"
    assert editor.conflict_bar.isHidden() and editor.dirty
    save(qtbot, window)
    qtbot.waitUntil(lambda: not editor.dirty)
    assert wired.store.get_script(script.id).body == "退款原路返回，第一版，第二版"
    assert editor.conflict_bar.isHidden()
