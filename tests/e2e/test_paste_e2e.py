"""The whole hot path under a real X server: the real app, a real chat window (Tk, another
process), real key presses from xdotool, and the real clipboard read back by xclip."""

import pytest

from tests.xserver import AppProcess, clip, kefu_cli, pick, wait_until, xdotool

TEXT = "亲，您的包裹已经加急处理啦 🚚\n预计明天送达，请保持电话畅通～"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
    "0000000c4944415408d763f8cfc0000003010100c9fe92ef0000000049454e44ae426082")


@pytest.fixture
def app(x_display, tmp_path):
    home = tmp_path / "home"
    kefu_cli(home, "add", "--code", "jj", "--title", "加急安抚", "--body", TEXT)
    kefu_cli(home, "add", "--code", "hk", "--title", "热键话术", "--body", "热键直达的话术", "--hotkey", "f8")
    app = AppProcess(x_display, home)
    yield app
    app.close()


def test_picker_hotkey_code_enter_pastes_exactly_and_restores_text(app, x_display, x_target):
    chat = x_target()
    clip(x_display, data="买家的订单号 20261111".encode())
    pick(x_display, "jj")
    assert chat.wait_for(TEXT) == TEXT
    assert wait_until(lambda: clip(x_display).decode() == "买家的订单号 20261111")


def test_a_copy_made_between_two_pastes_is_what_the_second_restores(app, x_display, x_target):
    """After a paste we know what the clipboard holds without asking; a new copy voids that."""
    chat = x_target()
    clip(x_display, data="第一次复制".encode())
    xdotool(x_display, "type", ";jj ")
    assert chat.wait_for(TEXT) == TEXT
    assert wait_until(lambda: clip(x_display).decode() == "第一次复制")
    clip(x_display, data="第二次复制 A1002".encode())
    xdotool(x_display, "type", ";hk ")
    assert chat.wait_for(TEXT + "热键直达的话术") == TEXT + "热键直达的话术"
    assert wait_until(lambda: clip(x_display).decode() == "第二次复制 A1002")


def test_an_image_on_the_clipboard_survives_a_paste(app, x_display, x_target):
    chat = x_target()
    clip(x_display, "-t", "image/png", data=PNG)
    pick(x_display, "jj")
    assert chat.wait_for(TEXT) == TEXT
    assert wait_until(lambda: clip(x_display, "-t", "image/png") == PNG)


def test_a_script_hotkey_pastes_directly(app, x_display, x_target):
    chat = x_target()
    xdotool(x_display, "key", "F8")
    assert chat.wait_for("热键直达的话术") == "热键直达的话术", "".join(app.log)


def test_a_second_launch_opens_the_running_apps_picker(app, x_display, tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "KEFU_HOME": str(tmp_path / "home"), "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    second = subprocess.run([sys.executable, "-m", "ui.entry"], env=env, capture_output=True, text=True, timeout=20)
    assert second.returncode == 0 and "already running" in second.stderr
    assert wait_until(lambda: subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Kefu picker"],
                                             env=env, capture_output=True).returncode == 0)


def test_a_typed_code_expands_and_backspace_reverts_it(app, x_display, x_target):
    chat = x_target()
    clip(x_display, data=b"agent clipboard")
    xdotool(x_display, "type", "ok;jj ")
    assert chat.wait_for("ok" + TEXT) == "ok" + TEXT, "".join(app.log)
    assert wait_until(lambda: clip(x_display) == b"agent clipboard")
    # Tk 8.6 deletes half an emoji per Backspace (chat apps delete it whole), so the
    # revert is shown on a reply without one.
    xdotool(x_display, "type", " ;hk ")
    assert chat.wait_for("ok" + TEXT + " 热键直达的话术") == "ok" + TEXT + " 热键直达的话术"
    xdotool(x_display, "key", "BackSpace")
    assert chat.wait_for("ok" + TEXT + " ;hk") == "ok" + TEXT + " ;hk", "".join(app.log)


def test_the_pause_hotkey_stops_and_resumes_everything(app, x_display, x_target):
    chat = x_target()
    xdotool(x_display, "key", "ctrl+alt+p")
    xdotool(x_display, "type", "a;hk ")
    xdotool(x_display, "key", "F8")
    assert chat.wait_for("a;hk ") == "a;hk "
    import time

    time.sleep(0.5)
    assert chat.text() == "a;hk "  # neither the typed code nor the script hotkey fired
    xdotool(x_display, "key", "ctrl+alt+p")
    xdotool(x_display, "key", "F8")
    assert chat.wait_for("a;hk 热键直达的话术") == "a;hk 热键直达的话术"


def test_a_code_typed_right_after_the_picker_hotkey_goes_to_the_picker(app, x_display, x_target):
    """An agent faster than the picker can show: the code's keys right behind the hotkey's.
    They wait for the picker; none lands in the chat box, and the reply does."""
    chat = x_target()
    xdotool(x_display, "key", "--delay", "0", "ctrl+alt+k", "j", "j")
    xdotool(x_display, "key", "Return")
    assert chat.wait_for(TEXT) == TEXT, "".join(app.log)
