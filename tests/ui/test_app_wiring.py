"""The composition root's own wiring: Q&A replies reach the chat window, leads see the console."""

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication

from assistant.core import open_core
from assistant.paste import PasteDelays, PasteEngine
from assistant.platform.fake import fake_desktop
from sync.client.http import OfflineError
from tests.ui.language import uninstall

REPLY = "亲，包裹已经加急处理 🚚\n明天送达～"


@pytest.fixture
def fake(qtbot, home, monkeypatch):
    import ui.app

    desktop, clipboard, world = fake_desktop()
    monkeypatch.setattr(ui.app, "create_desktop", lambda: desktop)
    app = ui.app.App(QApplication.instance(), open_core())
    app.flow.engine = PasteEngine(desktop, clipboard, PasteDelays(), sleep=world.sleep, monotonic=world.monotonic)
    yield app, desktop, clipboard
    app.close()
    uninstall(app.translations)


def test_a_qa_reply_lands_in_the_chat_window_that_was_active_when_the_qa_opened(qtbot, fake):
    app, desktop, clipboard = fake
    chat = desktop.windows.open(101, app="qianniu")
    app.show_qa()
    qa = app.panels.qa
    qtbot.waitUntil(qa.isVisible)
    desktop.windows.open(int(qa.winId()), app="kefu")  # the agent is reading the Q&A now
    app.panels.paste_requested.emit(REPLY)
    qtbot.waitUntil(lambda: chat.contents == REPLY, timeout=5000)
    assert clipboard.text() == "agent's own copy"


def test_the_lead_console_is_offered_to_leads_only():
    from ui.app import is_lead

    def service(me):
        return SimpleNamespace(api=SimpleNamespace(me=me))

    def offline():
        raise OfflineError("server not reachable")

    assert is_lead(service(lambda: SimpleNamespace(role="lead")))
    assert is_lead(service(lambda: SimpleNamespace(role="admin")))
    assert not is_lead(service(lambda: SimpleNamespace(role="agent")))
    assert not is_lead(service(offline))
