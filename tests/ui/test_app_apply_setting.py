"""The app applies a setting the settings window changed, at once (App.apply_setting)."""

import pytest
from PySide6.QtWidgets import QApplication

from assistant.core import open_core
from assistant.platform.fake import fake_desktop
from tests.ui.language import uninstall


@pytest.fixture
def app(qtbot, home, monkeypatch):
    import ui.app

    desktop = fake_desktop()[0]
    monkeypatch.setattr(ui.app, "create_desktop", lambda: desktop)
    application = ui.app.App(QApplication.instance(), open_core())
    application.desktop_fake = desktop
    yield application
    application.close()
    uninstall(application.translations)


def test_a_new_picker_hotkey_replaces_the_old_one(app):
    hotkeys = app.desktop_fake.hotkeys
    assert "ctrl+alt+k" in hotkeys.bound
    app.core.settings.set("hotkey.picker", "ctrl+alt+j")
    app.panels.setting_changed.emit("hotkey.picker")
    assert "ctrl+alt+j" in hotkeys.bound and "ctrl+alt+k" not in hotkeys.bound
    assert "ctrl+alt+p" in hotkeys.bound  # the pause hotkey untouched


def test_new_paste_delays_reach_the_engine(app):
    app.core.settings.set("paste.after_paste_ms", 333)
    app.panels.setting_changed.emit("paste.after_paste_ms")
    assert app.flow.engine.delays.after_paste_ms == 333


def test_a_new_prefix_reaches_the_search(app):
    app.core.settings.set("expansion.prefix", "//")
    app.panels.setting_changed.emit("expansion.prefix")
    assert app.index.prefix == "//"


def test_the_settings_window_opens_lazily(qtbot, app):
    assert app.panels.settings is None
    window = app.panels.show_settings()
    assert window.isVisible() and app.panels.show_settings() is window


def test_typed_codes_restart_and_say_when_they_cannot_run(app, monkeypatch):
    told = []
    monkeypatch.setattr(app, "trouble", told.append)
    app.core.settings.set("expansion.enabled", True)
    app.panels.setting_changed.emit("expansion.enabled")
    assert told == ["typed codes are not available on fake; use the picker hotkey"]  # the fake desktop has none
    assert app.monitor is None


def test_language_switches_when_the_setting_changes(qtbot, app):
    app.core.settings.set("ui.language", "en")
    app.panels.setting_changed.emit("ui.language")
    assert app.translations.language == "en"
    app.core.settings.set("ui.language", "zh_CN")
    app.panels.setting_changed.emit("ui.language")
    assert app.translations.language == "zh_CN"
