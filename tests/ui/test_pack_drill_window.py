"""An agent practises a campaign pack's drills: the drill window offers the pack's set beside the
built-in drills, with the pack's target; reaching it ticks the pack's drill item, which the agent
cannot tick by hand in the checklist."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from assistant import pack_drills, pack_window
from assistant.model import LibraryKind
from assistant.store import sync_apply
from assistant.store.sync_apply import RemoteScript
from tests.ui.language import english  # noqa: F401 (fixture)
from tests.ui.test_drill_window import DRILLS, Clock, answer, start_as
from ui.drill_window import DrillWindow
from ui.pack_views import PackArchiveWindow

PACK = "0b5c8a9e-1111-4c3a-9d6e-000000000011"
ITEM = "练习达标 ≥ 80 分"


def a_pack_with_drills(store) -> None:
    """What a sync round leaves on the device after the lead published a pack with drills."""
    library = sync_apply.ensure_library(store, PACK, LibraryKind.CAMPAIGN, "双11 大促", True)
    sync_apply.apply_page(store, library, [RemoteScript(id="0b5c8a9e-2222-4c3a-9d6e-000000000001", revision=1,
                                                        code="d11-fh", title="双11 发货", body="亲，72 小时内发货")],
                          1, snapshot=True)
    now = datetime.now(UTC)
    store.set_pack_meta(PACK, {"name": "双11 大促", "version": 1, "starts_at": (now - timedelta(days=1)).isoformat(),
                               "ends_at": (now + timedelta(days=9)).isoformat(), "checklist": ["话术已导入", ITEM]})
    store.set_setting(pack_window.EXTRA_KEY.format(PACK), {
        "pinned": [], "incident": False, "drill_target": 80,
        "drills": [{"message": "双11的货什么时候发？", "accept": ["d11-fh"], "difficulty": "easy"},
                   {"message": "我要退货", "accept": ["shth", "shth2"], "difficulty": "medium"}]})


def test_the_pack_set_by_keyboard_and_its_target_ticks_the_drill_item(qtbot, wired, english, tmp_path):
    store = wired.store
    a_pack_with_drills(store)
    clock = Clock()
    window = DrillWindow(wired.core, wired.index, wired.tasks, load=lambda: list(DRILLS), target=70,
                         sets=lambda: pack_drills.drill_sets(store), clock=clock, order="given")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.progress is not None)
    assert [window.drill_set.itemText(n) for n in range(window.drill_set.count())] == [
        "Built-in drills (3)", "Pack “双11 大促”: 2 drills, target 80"]
    assert "(target 70)" in window.progress_label.text()

    window.drill_set.setFocus()
    qtbot.keyClick(window.drill_set, Qt.Key.Key_Down)  # the agent picks the pack's drills
    qtbot.waitUntil(lambda: window.progress is not None and len(window.drills) == 2)
    assert window.progress_label.text().startswith("Tried 0 of 2 drills · overall score 0 (target 80)")
    assert "Not ready yet" in window.progress_label.text() and window.count.value() == 2
    window.grab().save(str(tmp_path / "drill-sets.png"))
    assert pack_drills.with_drill_item(store, PACK, ["话术已导入"]) == ["话术已导入"]

    start_as(qtbot, window, "")  # the agent's own computer: no name
    assert window.message.text() == "双11的货什么时候发？"
    clock.now += 2
    answer(qtbot, window, "d11-fh")
    assert window.verdict.correct and window.verdict.score == 100
    qtbot.keyClick(window.answer, Qt.Key.Key_Return)
    assert window.message.text() == "我要退货"
    clock.now += 4
    with qtbot.waitSignal(window.practised, timeout=5000):
        answer(qtbot, window, "shth2")
        qtbot.keyClick(window.answer, Qt.Key.Key_Return)  # the round is over
    qtbot.waitUntil(lambda: "Ready: the target is reached." in window.summary.text())
    assert "Overall score over all drills: 100 (target 80)" in window.summary.text()
    window.grab().save(str(tmp_path / "drill-pack-summary.png"))
    assert pack_drills.with_drill_item(store, PACK, ["话术已导入"]) == ["话术已导入", ITEM]

    # the checklist shows the drill item ticked, and the agent cannot untick it by hand
    store.set_setting(pack_window.TICKS_KEY.format(PACK), [ITEM])  # what the app's refresh stored
    sent = []
    archive = PackArchiveWindow(wired.tasks, store, lambda pack, ticked: sent.append((pack, ticked)))
    qtbot.addWidget(archive)
    archive.show()
    qtbot.waitUntil(lambda: archive.packs.count() == 1 and archive.checklist_button.isEnabled())
    archive.checklist_button.setFocus()
    qtbot.keyClick(archive.checklist_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(archive, "dialog", None) is not None and archive.dialog.isVisible())
    dialog = archive.dialog
    drill_box = dialog.boxes[1]
    assert drill_box.text() == ITEM and not drill_box.isEnabled() and drill_box.isChecked()
    assert dialog.counter.text() == "1 / 2 ready"
    dialog.boxes[0].setFocus()
    qtbot.keyClick(dialog.boxes[0], Qt.Key.Key_Space)  # an ordinary item toggles
    assert dialog.ticked() == ["话术已导入", ITEM] and dialog.counter.text() == "2 / 2 ready"
    qtbot.keyClick(drill_box, Qt.Key.Key_Space)  # the drill item does not
    assert dialog.ticked() == ["话术已导入", ITEM]
    dialog.grab().save(str(tmp_path / "checklist.png"))
    qtbot.keyClick(dialog.boxes[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sent == [(PACK, ["话术已导入", ITEM])])
    with qtbot.waitSignal(archive.destroyed):  # gone before the language switches back
        archive.deleteLater()


def test_a_pack_that_arrives_later_is_offered_when_the_window_is_opened_again(qtbot, wired, english):
    offered = []
    window = DrillWindow(wired.core, wired.index, wired.tasks, load=lambda: list(DRILLS),
                         sets=lambda: list(offered), order="given")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.progress is not None)
    assert window.drill_set.count() == 1
    window.hide()
    a_pack_with_drills(wired.store)
    offered.extend(pack_drills.drill_sets(wired.store))
    window.show()
    qtbot.waitUntil(lambda: window.drill_set.count() == 2)
    assert window.drill_set.currentIndex() == 0 and len(window.drills) == 3  # still the built-in set chosen
    window.drill_set.setFocus()
    qtbot.keyClick(window.drill_set, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.progress is not None and window.target == 80)
    assert [d.message for d in window.drills] == ["双11的货什么时候发？", "我要退货"]
