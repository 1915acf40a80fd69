"""The tray: its menu opens every window, its icon and tooltip say what state the app is in."""

import pytest

from ui.i18n import Translations
from ui.tray import Tray


@pytest.fixture
def tray(qtbot, tmp_path):
    translations = Translations(tmp_path)  # kept alive: its translator goes with it
    translations.switch("zh_CN")
    shown = Tray()
    yield shown
    translations.switch("en")


def visible_entries(tray):
    return [a.text() for a in tray.menu.actions() if a.isVisible() and not a.isSeparator()]


def test_sync_state_in_words(tray):
    assert not tray.sync_action.isVisible()
    tray.show_sync_state("offline", since="10:05")
    assert tray.icon.toolTip() == "客服助手\n自 10:05 起离线"
    assert tray.sync_action.isVisible()
    tray.show_sync_state("error", reason="服务器拒绝了请求")
    assert tray.icon.toolTip().endswith("同步出错：服务器拒绝了请求")
    tray.pause_action.toggle()
    assert tray.icon.toolTip().startswith("客服助手 — 已暂停")


def test_menu_lists_every_window_in_chinese_and_the_lead_console_only_for_leads(tray):
    assert visible_entries(tray) == ["打开快捷面板", "话术库", "问答", "练习", "我的统计", "活动包",
                                     "暂停热键", "设置", "退出"]
    tray.set_lead(True)
    tray.show_sync_state("synced")
    assert "组长控制台" in visible_entries(tray) and "立即同步" in visible_entries(tray)


@pytest.mark.parametrize("entry, signal", [
    ("picker_action", "picker_requested"), ("library_action", "library_requested"), ("qa_action", "qa_requested"),
    ("drills_action", "drills_requested"), ("stats_action", "stats_requested"),
    ("lead_action", "lead_console_requested"), ("packs_action", "packs_requested"),
    ("sync_action", "sync_requested"), ("settings_action", "settings_requested"), ("quit_action", "quit_requested"),
])
def test_each_entry_asks_for_its_window(qtbot, tray, entry, signal):
    with qtbot.waitSignal(getattr(tray, signal)):
        getattr(tray, entry).trigger()


def test_states_have_their_own_icons_most_urgent_first(qtbot, tray):
    assert tray.state == "synced"
    icons = {"synced": tray.icon.icon().cacheKey()}
    tray.notify_new_pack("双11活动", "双11话术已更新")
    assert tray.state == "new_pack" and "新活动包：双11活动" in tray.icon.toolTip()
    icons["new_pack"] = tray.icon.icon().cacheKey()
    tray.show_sync_state("offline", since="10:05")
    assert tray.state == "offline"
    icons["offline"] = tray.icon.icon().cacheKey()
    with qtbot.waitSignal(tray.pause_toggled) as paused:
        tray.pause_action.trigger()
    assert paused.args == [True] and tray.state == "paused"
    icons["paused"] = tray.icon.icon().cacheKey()
    assert len(set(icons.values())) == 4
    tray.pause_action.trigger()
    tray.show_sync_state("synced")
    assert tray.state == "new_pack"
    tray.packs_action.trigger()  # the agent looked at the packs: back to the plain icon
    assert tray.state == "synced" and "活动包" not in tray.icon.toolTip()


def test_notifications_never_fail_without_a_tray(tray):
    assert not tray.available  # offscreen: no system tray
    tray.notify("客服助手", "你好")
    tray.notify_trouble("快捷键 ctrl+alt+k 已被占用")
    tray.notify_new_pack("双11活动", "")
    assert tray.state == "new_pack"
