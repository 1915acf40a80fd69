"""Where the target window is, so the picker can show over it (X11, real Tk window)."""

import pytest

from assistant.platform import x11
from assistant.platform.base import WindowRef
from tests.xserver import xdotool


@pytest.fixture
def desktop(x_display):
    d = x11.create(x_display)
    yield d
    d.hotkeys.close()


def test_frame_follows_the_window_on_the_desktop(desktop, x_display, x_target):
    chat = x_target()
    window = WindowRef(chat.window_id)
    xdotool(x_display, "windowmove", "--sync", str(chat.window_id), "100", "100")
    xdotool(x_display, "windowsize", "--sync", str(chat.window_id), "400", "250")
    x, y, width, height = desktop.windows.frame(window)
    assert (width, height) == (400, 250) and x >= 100 and y >= 100  # Tk's wrapper may add an offset
    xdotool(x_display, "windowmove", "--sync", str(chat.window_id), "300", "160")
    assert desktop.windows.frame(window) == (x + 200, y + 60, 400, 250)


def test_frame_of_a_window_that_is_gone_is_unknown(desktop):
    assert desktop.windows.frame(WindowRef(0x3FFFFFF)) is None
