import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from assistant.core import open_core
from assistant.search import SearchIndex
from ui.store_bridge import StoreBridge
from ui.tasks import Tasks


class Wired:
    """The core plus the UI-thread pieces every window needs, wired as ui/app.py does."""

    def __init__(self):
        self.core = open_core()
        self.store = self.core.store
        self.tasks = Tasks()
        self.bridge = StoreBridge(self.store, self.tasks)
        self.index = SearchIndex(self.store.scripts(), usage=self.store.usage())
        self.bridge.changed.connect(self.index.apply)

    def close(self):
        self.bridge.close()
        self.tasks.shutdown()
        self.core.close()


@pytest.fixture
def wired(qtbot, home):
    w = Wired()
    yield w
    w.close()


def ime_commit(widget, text: str) -> None:
    """Type Chinese as an input method does: one commit event (QTest only types ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
