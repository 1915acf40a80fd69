"""The tray says what state sync is in, in the agent's language."""

from ui.i18n import Translations
from ui.tray import Tray


def test_sync_state_in_words(qtbot, tmp_path):
    translations = Translations(tmp_path)  # kept alive: its translator goes with it
    translations.switch("zh_CN")
    tray = Tray()
    assert not tray.sync_action.isVisible()
    tray.show_sync_state("offline", since="10:05")
    assert tray.icon.toolTip() == "客服助手\n自 10:05 起离线"
    assert tray.sync_action.isVisible()
    tray.show_sync_state("error", reason="服务器拒绝了请求")
    assert tray.icon.toolTip().endswith("同步出错：服务器拒绝了请求")
    tray.pause_action.toggle()
    assert tray.icon.toolTip().startswith("客服助手 — 已暂停")
