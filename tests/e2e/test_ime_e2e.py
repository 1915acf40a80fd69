"""The real app under Xvfb with a (stand-in) fcitx5 on its session bus: a typed code does
not fire while the input method is in Chinese mode, and does in English mode."""

import time

import pytest

from tests.fake_ime import FCITX5, FakeInputMethod, session_bus
from tests.xserver import AppProcess, kefu_cli, xdotool

REPLY = "亲，已经为您加急处理啦"


@pytest.fixture
def fcitx5(monkeypatch):
    with session_bus() as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)  # the app's session bus
        fake = FakeInputMethod(address, FCITX5, value=2)
        yield fake
        fake.stop()


@pytest.fixture
def app(fcitx5, x_display, tmp_path):
    home = tmp_path / "home"
    kefu_cli(home, "add", "--code", "jj", "--title", "加急安抚", "--body", REPLY)
    app = AppProcess(x_display, home)
    yield app
    app.close()


def test_a_typed_code_waits_while_the_input_method_is_in_chinese_mode(app, fcitx5, x_display, x_target):
    chat = x_target()
    asked = fcitx5.asked
    xdotool(x_display, "type", ";jj ")
    assert chat.wait_for(";jj ") == ";jj "
    time.sleep(0.5)  # time enough for an expansion (a few ms) to have happened
    assert chat.text() == ";jj ", "".join(app.log)
    assert fcitx5.asked > asked  # the app did ask the input method

    fcitx5.value = 1  # the agent switched the input method to English
    chat.clear()
    xdotool(x_display, "type", ";jj ")
    assert chat.wait_for(REPLY) == REPLY, "".join(app.log)
