"""The start-at-login checkbox: applies off the UI thread, shows and undoes a failure."""

from __future__ import annotations

from PySide6.QtCore import Qt

from assistant.platform.autostart import XdgAutostart
from ui.start_at_login import StartAtLoginBox


def make_box(qtbot, wired, autostart):
    box = StartAtLoginBox(wired.core.settings, autostart, wired.tasks)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitUntil(box.checkbox.isEnabled)
    return box


def test_ticking_the_box_writes_the_login_entry_and_the_setting(qtbot, wired, tmp_path):
    autostart = XdgAutostart(tmp_path)
    box = make_box(qtbot, wired, autostart)
    assert not box.checkbox.isChecked()
    box.checkbox.setFocus()
    with qtbot.waitSignal(box.applied, timeout=5000) as applied:
        qtbot.keyClick(box.checkbox, Qt.Key.Key_Space)
    assert applied.args == [True]
    assert (tmp_path / "autostart" / "kefu-assistant.desktop").exists()
    assert wired.core.settings.get("app.start_at_login") is True
    box.grab().save(str(tmp_path / "start-at-login.png"))

    with qtbot.waitSignal(box.applied, timeout=5000):
        qtbot.keyClick(box.checkbox, Qt.Key.Key_Space)
    assert not (tmp_path / "autostart" / "kefu-assistant.desktop").exists()
    assert wired.core.settings.get("app.start_at_login") is False


def test_the_box_shows_the_stored_setting(qtbot, wired, tmp_path):
    wired.core.settings.set("app.start_at_login", True)
    box = make_box(qtbot, wired, XdgAutostart(tmp_path))
    assert box.checkbox.isChecked()


def test_a_failure_is_shown_and_the_box_goes_back(qtbot, wired, tmp_path):
    (tmp_path / "autostart").write_text("a file where the folder should be")
    box = make_box(qtbot, wired, XdgAutostart(tmp_path))
    box.checkbox.setFocus()
    with qtbot.waitSignal(box.failed, timeout=5000) as failed:
        qtbot.keyClick(box.checkbox, Qt.Key.Key_Space)
    assert "cannot write" in failed.args[0]
    qtbot.waitUntil(box.checkbox.isEnabled)
    assert not box.checkbox.isChecked()
    assert box.error.isVisible() and "Could not turn on start at login" in box.error.text()
    assert wired.core.settings.get("app.start_at_login") is False
    box.adjustSize()
    box.grab().save("/tmp/kefu-start-at-login-error.png")
