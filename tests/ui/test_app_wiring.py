"""The composition root's own wiring: Q&A replies reach the chat window, leads see the console."""

import os
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


def typed_code_fixture(kefu, desktop, **window):
    """A chat window holding ';jj ' as the agent typed it, and the keys the monitor saw."""
    from assistant.expansion import Expander, Key
    from assistant.model import ScriptDraft

    store = kefu.core.store
    store.add_script(store.personal_library().id, ScriptDraft(code="jj", title="加急", body=REPLY))
    on_key = kefu.flow.watch_typing(Expander(lambda code: next(iter(store.find_by_code(code)), None),
                                            blocked_apps=frozenset({"keepassxc"})))
    chat = desktop.windows.open(202, **window)
    chat.contents = "亲;jj "
    for key in (Key(char=";"), Key(char="j"), Key(char="j"), Key(name="space")):
        on_key(key)
    return chat, on_key


def test_a_typed_code_becomes_its_script_in_the_chat_window(qtbot, fake):
    app, desktop, clipboard = fake
    chat, _ = typed_code_fixture(app, desktop, app="qianniu")
    qtbot.waitUntil(lambda: chat.contents == "亲" + REPLY, timeout=5000)
    assert clipboard.text() == "agent's own copy"
    assert chat.received.count("backspace") == 4  # ';jj ' erased, nothing more


def test_with_a_busy_clipboard_a_typed_code_is_typed_with_the_chosen_new_line_keys(qtbot, fake):
    app, desktop, clipboard = fake
    app.core.settings.set("paste.newline_chord", "ctrl+enter")
    for n in range(3):
        clipboard.copy_by_user(f"remote desktop sync {n}")  # a program that keeps changing it
    chat, _ = typed_code_fixture(app, desktop, app="qianniu")
    qtbot.waitUntil(lambda: chat.contents == "亲" + REPLY.replace("\n", ""), timeout=5000)
    assert "ctrl+enter" in chat.received and "ctrl+v" not in chat.received
    assert clipboard.text() == "remote desktop sync 2"


def test_a_typed_out_expansion_is_undone_by_backspace_too(qtbot, fake):
    from assistant.expansion import Key

    app, desktop, clipboard = fake
    for n in range(3):
        clipboard.copy_by_user(f"remote desktop sync {n}")
    results = []
    app.flow.delivered.connect(lambda _script, result: results.append(result))
    chat, on_key = typed_code_fixture(app, desktop, app="qianniu")
    qtbot.waitUntil(lambda: bool(results), timeout=5000)  # the app has heard how it went
    assert chat.contents == "亲" + REPLY.replace("\n", "⇧")
    chat.contents = chat.contents[:-1]  # the agent's Backspace, as the chat box takes it
    on_key(Key(name="backspace"))
    qtbot.waitUntil(lambda: chat.contents == "亲;jj", timeout=5000)


def test_an_expired_campaign_packs_code_no_longer_fires(fake):
    from assistant.model import LibraryKind, ScriptDraft

    app, _desktop, _clipboard = fake
    store = app.core.store
    pack = store.ensure_library(LibraryKind.CAMPAIGN, "双11 活动包")
    store.add_script(pack.id, ScriptDraft(code="hd", title="活动", body="满300减50"))
    assert app.resolve_code("hd").body == "满300减50"
    app.index.set_archived_libraries({pack.id})  # its window closed
    assert app.resolve_code("hd") is None


@pytest.mark.parametrize("where", [{"app": "keepassxc"}, {"app": "kefu", "pid": os.getpid()}],
                         ids=["blocked program", "our own window"])
def test_a_typed_code_never_fires_in_a_blocked_program_or_our_own_windows(qtbot, fake, where):
    app, desktop, clipboard = fake
    chat, _ = typed_code_fixture(app, desktop, **where)
    qtbot.wait(300)
    assert chat.contents == "亲;jj " and chat.received == []


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


class StubSync:
    """Stands in for sync.client.service.SyncService: a signed-in lead, no network."""

    def __init__(self, role: str) -> None:
        self.api = SimpleNamespace(me=lambda: SimpleNamespace(role=role))
        self.started = self.stopped = False

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        self.stopped = True


@pytest.mark.parametrize("role, shown", [("lead", True), ("agent", False)])
def test_a_signed_in_device_starts_sync_and_shows_the_lead_console_to_leads(qtbot, home, monkeypatch, role, shown):
    import sync.cli
    import ui.app

    service = StubSync(role)
    monkeypatch.setattr(ui.app, "create_desktop", lambda: fake_desktop()[0])
    monkeypatch.setattr(sync.cli, "signed_in_service", lambda *args, **kwargs: service)
    core = open_core()
    core.store.set_setting(ui.app.SYNC_SERVER_KEY, "http://127.0.0.1:9")
    app = ui.app.App(QApplication.instance(), core)
    try:
        app.start()
        qtbot.waitUntil(lambda: service.started, timeout=10000)
        assert app.sync is service and app.lead_console is not None
        assert app.tray.lead_action.isVisible() is shown
        app.restart_sync()  # signed out in settings: the old client stops, a new one starts
        qtbot.waitUntil(lambda: service.stopped, timeout=10000)
    finally:
        app.close()
        uninstall(app.translations)
