"""Start-up order: the tray and picker come first, the library loads off the UI thread,
and the first start shows the welcome."""

import pytest
from PySide6.QtWidgets import QApplication

from assistant.core import open_core
from assistant.model import ScriptDraft
from tests.ui.language import uninstall
from ui import app as app_module


@pytest.fixture
def start_app(qtbot, home, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)  # no desktop backend: picker and windows only
    started = []

    def start():
        app = app_module.App(QApplication.instance(), open_core(), starter=True)
        started.append(app)
        app.start()
        return app

    yield start
    for app in started:
        app.close()
        uninstall(app.translations)  # the next test's windows speak English again


def test_picker_is_usable_once_the_library_is_loaded_and_changes_made_meanwhile_are_kept(qtbot, start_app):
    app = start_app()
    app.open_picker()  # at once: it says it is loading, or already shows scripts
    assert app.picker.isVisible()
    lib = app.core.store.personal_library()
    app.core.store.add_script(lib.id, ScriptDraft(code="zzxin", title="刚加的话术", body="你好"))
    qtbot.waitUntil(lambda: app.index_ready, timeout=60000)  # a loaded machine builds slowly
    assert app.picker.model.rows  # the starter library
    qtbot.waitUntil(lambda: [hit.script.code for hit in app.index.search("zzxin")][:1] == ["zzxin"])
    qtbot.keyClicks(app.picker.query, "zzxin")
    assert app.picker.current_script().title == "刚加的话术"
    assert app.picker.model.rows[0].kind is not None  # badge known


def test_first_start_shows_the_welcome_once(qtbot, start_app):
    app = start_app()
    assert app.welcome is not None and app.welcome.isVisible()
    qtbot.waitUntil(lambda: app.welcome.scripts, timeout=60000)  # the starter library's size
    qtbot.waitUntil(lambda: app.core.settings.get("ui.welcome_shown"))
    app.welcome.try_button.click()
    assert app.picker.isVisible() and not app.welcome.isVisible()
    again = start_app()
    assert again.welcome is None


def test_the_sync_key_read_before_importing_sync_is_the_one_sync_writes():
    from sync.cli import SERVER_KEY

    assert app_module.SYNC_SERVER_KEY == SERVER_KEY
