"""My stats window after a few scripted uses."""

import pytest

from assistant.model import ScriptDraft
from tests.ui.language import english  # noqa: F401 (fixture)
from ui.stats_window import StatsWindow


@pytest.fixture(autouse=True)
def in_english(english):
    return english


def test_stats_show_top_scripts_and_charts_after_uses(qtbot, wired):
    personal = wired.store.personal_library()
    thanks = wired.store.add_script(personal.id, ScriptDraft(code="xx", title="谢谢", body="谢谢亲"))
    wait = wired.store.add_script(personal.id, ScriptDraft(code="dd", title="稍等", body="稍等亲"))
    for script in (thanks, thanks, thanks, wait):
        wired.store.record_use(script.id)
    window = StatsWindow(wired.core, wired.tasks)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    qtbot.waitUntil(lambda: window.stats is not None)
    assert window.summary.text() == "4 uses in all"
    rows = [[window.top.topLevelItem(i).text(c) for c in range(3)] for i in range(window.top.topLevelItemCount())]
    assert rows == [["xx", "谢谢", "3"], ["dd", "稍等", "1"]]
    assert window.daily.bars[-1][1] == 4 and len(window.daily.bars) == 30
    assert sum(n for _hour, n in window.hourly.bars) == 4 and len(window.hourly.bars) == 24
    window.grab()  # the charts paint without error


def test_stats_before_any_use_show_zero(qtbot, wired):
    window = StatsWindow(wired.core, wired.tasks)
    qtbot.addWidget(window)
    window.refresh()
    qtbot.waitUntil(lambda: window.stats is not None)
    assert window.summary.text() == "0 uses in all"
    assert window.top.topLevelItemCount() == 0
