"""The first-start welcome: the hotkey, the starter library, and "Try it" opens the picker."""

from PySide6.QtCore import Qt

from ui.i18n import Translations
from ui.welcome import Welcome


def test_welcome_names_the_hotkey_and_the_starter_library_and_try_it_opens_the_picker(qtbot, tmp_path):
    translations = Translations(tmp_path)
    translations.switch("zh_CN")
    welcome = Welcome("ctrl+alt+k")
    qtbot.addWidget(welcome)
    welcome.show()
    assert "Ctrl+Alt+K" in welcome.hotkey_label.text()
    assert "正在安装" in welcome.library_label.text()
    welcome.set_scripts(42)
    assert "42 条话术" in welcome.library_label.text()
    assert welcome.try_button.text() == "试一试"
    with qtbot.waitSignal(welcome.try_requested):
        qtbot.keyClick(welcome.try_button, Qt.Key.Key_Space)
    assert not welcome.isVisible()
    translations.switch("en")
    qtbot.waitUntil(lambda: "A starter library of 42 scripts" in welcome.library_label.text())
