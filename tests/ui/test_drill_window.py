"""A new agent practises: reads the buyer's message, answers by code or search, sees the verdict."""

import pytest
from PySide6.QtCore import Qt

from assistant.drills import Drill
from assistant.model import ScriptDraft
from tests.ui.language import english  # noqa: F401 (fixture)
from ui.drill_window import DrillWindow

DRILLS = [
    Drill("d01", "在吗？", ("tywh",), "easy", "通用"),
    Drill("d02", "这件衣服是什么面料的啊？", ("sqcz",), "easy", "售前"),
    Drill("d03", "能便宜点吗？", ("sqjj",), "easy", "售前"),
]


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


def open_window(qtbot, wired, clock):
    window = DrillWindow(wired.core, wired.index, wired.tasks, load=lambda: list(DRILLS), target=80,
                         clock=clock, order="given")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.progress is not None)
    return window


def start_as(qtbot, window, name):
    window.person.setFocus()
    window.person.lineEdit().selectAll()
    qtbot.keyClicks(window.person.lineEdit(), name)
    qtbot.keyClick(window.person.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 1)


def answer(qtbot, window, text):
    qtbot.keyClicks(window.answer, text)
    qtbot.keyClick(window.answer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.verdict is not None)


def test_a_round_right_wrong_and_searched_answers_then_progress_on_reopening(qtbot, wired, english, clock):
    personal = wired.store.personal_library()
    wired.store.add_script(personal.id, ScriptDraft(code="sqjj", title="议价婉拒", body="亲，已经是活动价啦",
                                                    keywords=("便宜", "砍价")))
    window = open_window(qtbot, wired, clock)
    window.count.setValue(3)
    start_as(qtbot, window, "xiaowang")
    assert window.message.text() == "在吗？"
    assert window.position_label.text() == "Drill 1 of 3"

    clock.now += 3  # the clock runs while the agent looks for the code
    qtbot.wait(150)
    assert window.clock_label.text() == "3.0 s"
    answer(qtbot, window, "tywh")
    assert window.verdict.correct and window.verdict.score == 100
    assert window.verdict_label.text().startswith("Correct: 100 points in 3.0 s")
    assert window.total_label.text() == "Total: 100 points"

    qtbot.keyClick(window.answer, Qt.Key.Key_Return)  # next drill
    assert window.message.text() == "这件衣服是什么面料的啊？"
    clock.now += 10
    answer(qtbot, window, "sqjj")
    assert not window.verdict.correct and window.verdict.score == 0
    assert window.verdict_label.text().startswith("Wrong (sqjj): 0 points")
    assert "Expected: sqcz" in window.verdict_label.text()
    assert window.total_label.text() == "Total: 100 points"

    qtbot.keyClick(window.answer, Qt.Key.Key_Return)
    clock.now += 17.5  # slow but found by searching: 100 - 60 * 12.5 / 25 = 70
    qtbot.keyClicks(window.answer, "kanjia")
    assert window.results.currentItem().text().startswith("sqjj")
    qtbot.keyClick(window.answer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.verdict is not None)
    assert window.verdict.correct and window.verdict.score == 70

    qtbot.keyClick(window.answer, Qt.Key.Key_Return)  # past the last drill: the summary
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 2 and "Overall" in window.summary.text())
    summary = window.summary.text()
    assert "Right: 2 of 3" in summary and "Points this round: 170" in summary
    assert "Overall score over all drills: 57 (target 80)" in summary
    assert "Not ready yet" in summary
    window.close()

    reopened = open_window(qtbot, wired, clock)
    reopened.person.setEditText("xiaowang")
    qtbot.waitUntil(lambda: reopened.history.topLevelItemCount() == 3)
    assert reopened.progress_label.text().startswith("Tried 3 of 3 drills · overall score 57 (target 80)")
    assert [reopened.history.topLevelItem(i).text(4) for i in range(3)] == ["70", "0", "100"]
    assert reopened.person.findText("xiaowang") >= 0  # known people are offered


def test_escape_gives_up_and_shows_the_expected_reply(qtbot, wired, english, clock):
    window = open_window(qtbot, wired, clock)
    start_as(qtbot, window, "")
    qtbot.keyClick(window.answer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.verdict is not None)
    assert window.verdict_label.text().startswith("Wrong ((gave up)): 0 points")
    assert "Expected: tywh" in window.verdict_label.text()


def test_another_person_has_their_own_progress(qtbot, wired, english, clock):
    window = open_window(qtbot, wired, clock)
    start_as(qtbot, window, "a")
    answer(qtbot, window, "tywh")
    window.close()
    other = open_window(qtbot, wired, clock)
    other.person.setEditText("b")
    qtbot.waitUntil(lambda: other.progress_label.text().startswith("Tried 0 of 3"))
    assert other.history.topLevelItemCount() == 0
