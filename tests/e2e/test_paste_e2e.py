"""The whole hot path under a real X server: the real app, a real chat window (Tk, another
process), real key presses from xdotool, and the real clipboard read back by xclip."""

import os
import subprocess
import sys
import threading
import time

import pytest

from tests.xserver import xdotool

TEXT = "亲，您的包裹已经加急处理啦 🚚\n预计明天送达，请保持电话畅通～"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
    "0000000c4944415408d763f8cfc0000003010100c9fe92ef0000000049454e44ae426082")


def kefu(home, *args, env=None):
    subprocess.run([sys.executable, "-m", "ui.entry", *args], check=True, capture_output=True,
                   env={**os.environ, "KEFU_HOME": str(home), **(env or {})})


@pytest.fixture
def app(x_display, tmp_path):
    home = tmp_path / "home"
    kefu(home, "add", "--code", "jj", "--title", "加急安抚", "--body", TEXT)
    kefu(home, "add", "--code", "hk", "--title", "热键话术", "--body", "热键直达的话术", "--hotkey", "f8")
    env = {**os.environ, "KEFU_HOME": str(home), "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.Popen([sys.executable, "-m", "ui.entry"], env=env, stderr=subprocess.PIPE, text=True)
    log, ready = [], threading.Event()

    def drain():  # keep reading, so the app never blocks on a full pipe
        for line in proc.stderr:
            log.append(line)
            if "ready: picker hotkey" in line:
                ready.set()

    threading.Thread(target=drain, daemon=True).start()
    assert ready.wait(20), "".join(log)
    proc.log = log
    yield proc
    proc.terminate()
    proc.wait(timeout=10)


def clip(display, *args, data: bytes | None = None) -> bytes:
    env = {**os.environ, "DISPLAY": display}
    if data is not None:
        subprocess.run(["xclip", "-selection", "clipboard", *args, "-i"], input=data, env=env, check=True)
        return data
    return subprocess.run(["xclip", "-selection", "clipboard", *args, "-o"], env=env, capture_output=True,
                          timeout=5).stdout


def wait_until(check, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return False


def pick(display, code):
    """Press the picker hotkey, wait for the picker, type the code, press Enter."""
    xdotool(display, "key", "ctrl+alt+k")
    env = {**os.environ, "DISPLAY": display}
    assert wait_until(lambda: subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Kefu picker"],
                                             env=env, capture_output=True).returncode == 0), "no picker"
    xdotool(display, "type", code)
    xdotool(display, "key", "Return")


def test_picker_hotkey_code_enter_pastes_exactly_and_restores_text(app, x_display, x_target):
    chat = x_target()
    clip(x_display, data="买家的订单号 20261111".encode())
    pick(x_display, "jj")
    assert chat.wait_for(TEXT) == TEXT
    assert wait_until(lambda: clip(x_display).decode() == "买家的订单号 20261111")


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
