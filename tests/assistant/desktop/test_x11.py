"""The X11 backend against a real X server (Xvfb, no window manager) and a real Tk window."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant.platform import x11
from assistant.platform.base import HotkeyError, WindowRef
from tests.xserver import wait_until, xdotool

QT_TARGET = Path(__file__).parents[2] / "qt_target.py"


@pytest.fixture
def desktop(x_display):
    d = x11.create(x_display)
    yield d
    d.hotkeys.close()


def test_a_grabbed_hotkey_fires_and_never_reaches_the_chat_window(desktop, x_display, x_target):
    chat = x_target()
    fired = threading.Event()
    desktop.hotkeys.register("ctrl+alt+k", fired.set)
    xdotool(x_display, "key", "ctrl+alt+k")
    assert fired.wait(3)
    xdotool(x_display, "type", "ok")
    assert chat.wait_for("ok") == "ok"  # the chord itself typed nothing


def test_a_chord_held_by_another_program_is_reported(desktop, x_display):
    other = x11.X11Hotkeys(x_display)
    try:
        other.register("ctrl+alt+j", lambda: None)
        with pytest.raises(HotkeyError, match="already used by another program"):
            desktop.hotkeys.register("ctrl+alt+j", lambda: None)
        desktop.hotkeys.register("ctrl+alt+h", lambda: None)  # a free one still works
        with pytest.raises(HotkeyError, match="virtual console"):  # the X server keeps these
            desktop.hotkeys.register("ctrl+alt+f9", lambda: None)
    finally:
        other.close()


def test_type_out_delivers_chinese_emoji_and_newlines(desktop, x_target):
    chat = x_target()
    text = "亲，您好～订单已发出 😊\n预计3天到达𠮷"
    desktop.keys.type_text(text)
    assert chat.wait_for(text) == text


def test_a_long_reply_with_many_different_characters_is_typed_exactly(desktop, x_target):
    """More distinct characters than spare keycodes: typed in batches, none lost or swapped."""
    chat = x_target()
    text = "".join(chr(0x4E00 + i * 7) for i in range(90)) + "～😊"
    desktop.keys.type_text(text)
    assert chat.wait_for(text, timeout=10) == text
    desktop.keys.type_text("再见")  # soon after: the mapping left from the last text does not confuse it
    assert chat.wait_for(text + "再见") == text + "再见"


@pytest.fixture
def qt_box(x_display, tmp_path):
    """A Qt chat box in another process, focused; the fixture gives its content file."""
    boxes = []

    def make(*stall: str) -> Path:
        dump = tmp_path / f"qt{len(boxes)}.txt"
        env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
        boxes.append(subprocess.Popen([sys.executable, str(QT_TARGET), str(dump), "qtchat", *stall], env=env,
                                      stdout=subprocess.PIPE, text=True))
        assert boxes[-1].stdout.readline().strip() == "ready"
        xdotool(x_display, "search", "--name", "qtchat", "windowfocus", "--sync")
        return dump

    yield make
    for box in boxes:
        box.terminate()
        box.wait(5)


def test_type_out_reaches_a_qt_chat_box_exactly(desktop, qt_box):
    """Qt reads the keyboard through xkbcommon, not Xlib: xdotool's typing lost everything
    there (X11-NOTES); ours maps two characters per spare key, the second with Shift."""
    dump = qt_box()
    text = "亲，您好～订单已发出 😊预计3天到达𠮷 ABCabc"
    desktop.keys.type_text(text)
    desktop.keys.send_chord("shift+enter")
    desktop.keys.type_text("第二行")
    assert wait_until(lambda: dump.exists() and dump.read_text(encoding="utf-8") == text + "\n第二行")


def test_a_program_that_hangs_mid_reply_still_gets_every_character_right(desktop, qt_box):
    """The box stops for 1.5 s at the first character, longer than a keycode would rest
    (its later keys wait in its queue, to be looked up then): the keycodes are given new
    characters only once it answers a ping, so it types no character of a later batch."""
    dump = qt_box("1.5")
    text = "".join(chr(0x4E00 + i * 7) for i in range(90)) + "～😊"
    desktop.keys.type_text(text)
    assert wait_until(lambda: dump.exists() and len(dump.read_text(encoding="utf-8")) >= len(text), timeout=10)
    assert dump.read_text(encoding="utf-8") == text


def test_focus_goes_back_to_the_remembered_window_without_a_window_manager(desktop, x_target):
    chat = x_target("chat")
    remembered = desktop.windows.current()
    assert remembered is not None
    other = x_target("other")  # takes the focus, as our picker would
    assert desktop.windows.activate(remembered)
    desktop.keys.type_text("回来了")
    assert chat.wait_for("回来了") == "回来了"
    assert other.text() == ""


def test_modifiers_down_follows_the_real_keyboard_state(desktop, x_display):
    assert desktop.keys.modifiers_down() == frozenset()
    xdotool(x_display, "keydown", "ctrl")
    assert desktop.keys.modifiers_down() == {"ctrl"}
    xdotool(x_display, "keyup", "ctrl")
    assert desktop.keys.modifiers_down() == frozenset()


def test_a_held_hotkey_key_counts_as_held_until_released(desktop, x_display, x_target):
    """X keeps the keyboard grabbed while the hotkey's key is down: a Ctrl+V sent then
    would reach us, not the chat window, so the paste waits for that key too."""
    chat = x_target()
    desktop.hotkeys.register("ctrl+alt+k", lambda: None)
    xdotool(x_display, "keydown", "ctrl+alt+k")
    xdotool(x_display, "keyup", "ctrl+alt")
    assert desktop.keys.modifiers_down() == {"hotkey"}
    desktop.keys.send_chord("x")  # sent during the grab: lost, as a paste would be
    xdotool(x_display, "keyup", "k")
    assert desktop.keys.modifiers_down() == frozenset()
    desktop.keys.send_chord("y")
    assert chat.wait_for("y") == "y"


def test_an_enter_still_held_by_the_agent_does_not_swallow_ours(desktop, x_display, x_target):
    """The agent's Enter in the picker is still down when the reply's line break is typed:
    ours waits for it to come up (X would take our press for the same one and drop it)."""
    chat = x_target()
    desktop.keys.type_text("第一行")
    chat.wait_for("第一行")
    xdotool(x_display, "keydown", "Return")  # (reaches the chat box: one line break of its own)
    chat.wait_for("第一行\n")
    threading.Timer(0.1, lambda: xdotool(x_display, "keyup", "Return")).start()
    desktop.keys.send_chord("shift+enter")
    desktop.keys.type_text("第二行")
    assert chat.wait_for("第一行\n\n第二行") == "第一行\n\n第二行"


def test_enter_and_left_chords_reach_the_target(desktop, x_target):
    chat = x_target()
    desktop.keys.type_text("ab")
    chat.wait_for("ab")
    desktop.keys.send_chord("left")
    desktop.keys.type_text("X")
    desktop.keys.send_chord("enter")
    assert chat.wait_for("aX\nb") == "aX\nb"


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


def test_keys_right_behind_a_holding_hotkey_wait_and_are_never_lost(desktop, x_display, x_target):
    """hold_keys keeps them from the chat window until a window of ours has the focus;
    when none takes it they go where the focus is, in order, and the keyboard is free."""
    chat = x_target()
    desktop.hotkeys.register("ctrl+alt+k", desktop.hotkeys.hold_keys)
    xdotool(x_display, "key", "--delay", "0", "ctrl+alt+k", "a", "b")
    assert not wait_until(lambda: chat.text() != "", timeout=0.3)  # held: nothing reached the chat box
    assert chat.wait_for("ab", timeout=x11.HOLD_LIMIT_S + 3) == "ab"
    xdotool(x_display, "type", "c")
    assert chat.wait_for("abc") == "abc"


def test_a_held_key_the_agent_still_holds_is_not_dropped(desktop, x_display, x_target):
    """Still down when the held keys are handed on: X would drop a press of a down key."""
    from Xlib import X, display

    chat = x_target()
    desktop.hotkeys.register("ctrl+alt+k", desktop.hotkeys.hold_keys)
    keyboard = display.Display(x_display)
    keyboard.change_keyboard_control(auto_repeat_mode=X.AutoRepeatModeOff)  # one press while held, not many
    keyboard.sync()
    xdotool(x_display, "key", "--delay", "0", "ctrl+alt+k", "keydown", "a")
    try:
        assert chat.wait_for("a", timeout=x11.HOLD_LIMIT_S + 3) == "a"
    finally:
        xdotool(x_display, "keyup", "a")
        keyboard.change_keyboard_control(auto_repeat_mode=X.AutoRepeatModeDefault)
        keyboard.close()
