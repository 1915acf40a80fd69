"""The macOS backend, on Linux, against fakes of pyobjc (fake_pyobjc.py) that play the
window server: taps get the events, a swallowed event never reaches the app."""

import importlib
import os
import plistlib
import sys
import threading

import pytest

import assistant.platform
from assistant.expansion import Key
from assistant.platform import create_desktop
from assistant.platform.base import HotkeyError, PlatformUnsupported, WindowRef
from assistant.platform.keys import parse_chord
from tests.assistant.desktop.fake_pyobjc import (COMMAND, CONTROL, FIELD_USER_DATA, KEY_DOWN, KEY_UP, OPTION,
                                                 SECONDARY_FN, SHIFT, FakeMacSession)

K, J, V, SPACE, RETURN, LEFT, COMMAND_KEY = 0x28, 0x26, 0x09, 0x31, 0x24, 0x7B, 0x37


@pytest.fixture
def mac(monkeypatch, tmp_path):
    session = FakeMacSession()
    for name, module in session.modules().items():
        monkeypatch.setitem(sys.modules, name, module)
    sys.modules.pop("assistant.platform.macos", None)
    session.backend = importlib.import_module("assistant.platform.macos")
    monkeypatch.setattr(session.backend, "SYMBOLIC_HOTKEYS", tmp_path / "com.apple.symbolichotkeys.plist")
    session.front = session.app(4242, "千牛工作台", "com.taobao.Aliworkbench")
    session.closers = []
    yield session
    for close in session.closers:
        close()
    sys.modules.pop("assistant.platform.macos", None)
    if hasattr(assistant.platform, "macos"):
        delattr(assistant.platform, "macos")


@pytest.fixture
def desktop(mac):
    d = create_desktop("macos")
    mac.closers.append(d.hotkeys.close)
    return d


def summary(events):
    return [("down" if e.kind == KEY_DOWN else "up", e.keycode, e.flags, e.units) for e in events]


def test_create_desktop_gives_the_macos_backend_with_cmd_v(desktop, mac):
    assert desktop.name == "macos"
    assert parse_chord(desktop.paste_chord) == parse_chord("super+v")  # cmd is super
    assert desktop.line_ending == "\n" and desktop.can_inject
    assert desktop.watch_typing is not None
    assert mac.ax_asked == [{"AXTrustedCheckOptionPrompt": True}]  # macOS shows its prompt


def test_a_registered_chord_is_swallowed_and_calls_back(desktop, mac):
    fired = threading.Event()
    desktop.hotkeys.register("ctrl+alt+k", fired.set)
    assert mac.press(K, CONTROL | OPTION) is False  # the chat app never sees it
    assert fired.wait(2)
    assert mac.release(K, CONTROL | OPTION) is False  # nor its key up
    assert mac.press(K, CONTROL | OPTION | 0x100) is False  # device-side bits (left/right key) do not matter
    assert [e.keycode for e in mac.delivered] == []


def test_cmd_chords_are_super_and_caps_lock_does_not_stop_them(desktop, mac):
    fired = threading.Event()
    desktop.hotkeys.register("cmd+shift+k", fired.set)
    assert mac.press(K, COMMAND | SHIFT | 0x10000) is False  # 0x10000: Caps Lock on
    assert fired.wait(2)


def test_unregistered_keys_and_other_chords_pass_through(desktop, mac):
    calls = []
    desktop.hotkeys.register("ctrl+alt+k", lambda: calls.append("k"))
    assert mac.press(J, CONTROL | OPTION) is True
    assert mac.press(K, CONTROL) is True  # another chord on the same key
    assert mac.press(K, text="k") is True  # plain typing
    desktop.hotkeys.unregister("control+option+k")
    assert mac.press(K, CONTROL | OPTION) is True
    assert [e.keycode for e in mac.delivered] == [J, K, K, K]
    assert calls == []


def test_a_held_hotkey_fires_once(desktop, mac):
    calls = []
    done = threading.Event()
    desktop.hotkeys.register("ctrl+alt+k", lambda: (calls.append(1), done.set()))
    mac.press(K, CONTROL | OPTION)
    assert mac.press(K, CONTROL | OPTION, autorepeat=True) is False  # still swallowed
    assert done.wait(2)
    desktop.hotkeys.close()
    mac.closers.clear()
    assert calls == [1]


def test_chords_macos_keeps_are_reported_and_the_users_settings_count(desktop, mac):
    with pytest.raises(HotkeyError, match="Spotlight"):
        desktop.hotkeys.register("cmd+space", lambda: None)
    with pytest.raises(HotkeyError, match="input source"):
        desktop.hotkeys.register("ctrl+space", lambda: None)
    with pytest.raises(HotkeyError, match="switches apps"):
        desktop.hotkeys.register("cmd+tab", lambda: None)
    with pytest.raises(HotkeyError, match="not on a Mac keyboard"):
        desktop.hotkeys.register("ctrl+alt+f24", lambda: None)
    # the agent turned Spotlight off and gave ctrl+alt+j (fn bit and all) to Mission Control
    with open(mac.backend.SYMBOLIC_HOTKEYS, "wb") as handle:
        plistlib.dump({"AppleSymbolicHotKeys": {
            "64": {"enabled": False, "value": {"parameters": [32, SPACE, COMMAND], "type": "standard"}},
            "32": {"enabled": True, "value": {"parameters": [106, J, CONTROL | OPTION | SECONDARY_FN],
                                              "type": "standard"}},
        }}, handle, fmt=plistlib.FMT_BINARY)
    desktop.hotkeys.register("cmd+space", lambda: None)
    with pytest.raises(HotkeyError, match="Mission Control"):
        desktop.hotkeys.register("ctrl+alt+j", lambda: None)
    with pytest.raises(HotkeyError, match="already one of our hotkeys"):
        desktop.hotkeys.register("super+space", lambda: None)


def test_send_chord_presses_cmd_v_like_a_keyboard_and_marks_it_ours(desktop, mac):
    desktop.keys.send_chord(desktop.paste_chord)
    assert summary(mac.posted) == [("down", COMMAND_KEY, COMMAND, None), ("down", V, COMMAND, None),
                                   ("up", V, COMMAND, None), ("up", COMMAND_KEY, 0, None)]
    assert all(e.fields[FIELD_USER_DATA] == mac.backend.INJECTED_MARKER for e in mac.posted)
    desktop.keys.send_chord("left")
    assert summary(mac.posted[4:]) == [("down", LEFT, 0, None), ("up", LEFT, 0, None)]


def test_type_text_posts_the_exact_utf16_units_with_return_for_newlines(desktop, mac):
    desktop.keys.type_text("亲😊\n好")
    assert summary(mac.posted) == [
        ("down", 0, 0, [0x4EB2, 0xD83D, 0xDE0A]), ("up", 0, 0, [0x4EB2, 0xD83D, 0xDE0A]),
        ("down", RETURN, 0, None), ("up", RETURN, 0, None),
        ("down", 0, 0, [0x597D]), ("up", 0, 0, [0x597D]),
    ]
    assert len(mac.delivered) == 6  # the app got them all


def test_long_text_is_chunked_without_splitting_a_surrogate_pair(desktop, mac):
    desktop.keys.type_text("a" * 19 + "😊" + "b\r\nc")
    downs = [e for e in mac.posted if e.kind == KEY_DOWN]
    assert [len(e.units or []) for e in downs] == [19, 3, 0, 1]
    assert downs[1].units == [0xD83D, 0xDE0A, ord("b")]
    assert downs[2].keycode == RETURN  # CRLF is one Return
    assert "".join(chr(u) for e in downs for u in (e.units or [])).encode("utf-16-le", "surrogatepass") \
        .decode("utf-16-le") == "a" * 19 + "😊bc"


def test_the_typing_monitor_sees_the_agent_but_not_our_own_keys(desktop, mac):
    keys = []
    monitor = desktop.watch_typing(keys.append)
    monitor.start()
    mac.closers.insert(0, monitor.stop)
    desktop.hotkeys.register("ctrl+alt+k", lambda: None)
    mac.press(0x29, text=";")
    mac.press(0x02, text="d")
    desktop.keys.type_text("亲，在的\n")
    desktop.keys.send_chord("cmd+v")
    desktop.keys.send_chord("ctrl+alt+k")  # ours: not a hotkey press, not swallowed either
    mac.press(0x04, text="h")
    mac.press(SPACE, text=" ")
    assert keys == [Key(char=";", app="千牛工作台"), Key(char="d", app="千牛工作台"),
                    Key(char="h", app="千牛工作台"), Key(name="space", app="千牛工作台")]
    assert len(mac.delivered) == 4 + len(mac.posted)  # everything we sent reached the app


def test_the_typing_monitor_names_shortcuts_clicks_and_our_own_windows(desktop, mac):
    keys = []
    monitor = desktop.watch_typing(keys.append)
    monitor.start()
    mac.closers.insert(0, monitor.stop)
    mac.press(0x08, COMMAND, text="c")
    mac.press(0x0E, OPTION, text="´")  # Option types characters on a Mac
    mac.press(0x33)
    mac.click()
    mac.front = mac.app(os.getpid(), "Kefu Assistant")
    mac.press(0x00, text="a")
    assert keys == [Key(name="chord", app="千牛工作台"), Key(char="´", app="千牛工作台"),
                    Key(name="backspace", app="千牛工作台"), Key(name="click", app="千牛工作台"),
                    Key(char="a", app="Kefu Assistant", ours=True)]
    monitor.stop()
    mac.closers.remove(monitor.stop)
    mac.press(0x00, text="a")
    assert len(keys) == 5  # stopped


def test_a_tap_macos_switched_off_is_switched_back_on(desktop, mac):
    tap = mac.taps[0]
    tap.enabled = False  # macOS does this after a slow callback, then tells the tap
    tap.callback(None, 0xFFFFFFFE, None, None)
    assert tap.enabled
    fired = threading.Event()
    desktop.hotkeys.register("ctrl+alt+k", fired.set)
    assert mac.press(K, CONTROL | OPTION) is False and fired.wait(2)


def test_modifiers_down_reads_the_hardware_state(desktop, mac):
    assert desktop.keys.modifiers_down() == frozenset()
    mac.held_flags = COMMAND | SHIFT | 0x10000
    assert desktop.keys.modifiers_down() == {"super", "shift"}


def test_the_frontmost_app_is_remembered_framed_and_brought_back(desktop, mac):
    mac.windows = [{"kCGWindowOwnerPID": 77, "kCGWindowLayer": 25, "kCGWindowBounds": {"X": 0, "Y": 0,
                                                                                       "Width": 30, "Height": 20}},
                   {"kCGWindowOwnerPID": 4242, "kCGWindowLayer": 0, "kCGWindowName": "买家 小王",
                    "kCGWindowBounds": {"X": 100.0, "Y": 50.0, "Width": 800.0, "Height": 600.0}}]
    target = desktop.windows.current()
    assert target == WindowRef(4242, title="买家 小王", app="千牛工作台", pid=4242)
    assert desktop.windows.frame(target) == (100, 50, 800, 600)
    mac.front = mac.app(os.getpid(), "Kefu Assistant")  # our picker took the front
    assert desktop.windows.activate(target)
    assert mac.activations == [(4242, 2)] and mac.front.pid == 4242
    mac.apps[4242].terminated = True
    assert not desktop.windows.activate(target)
    assert not desktop.windows.activate(WindowRef(999))  # no such process
    assert desktop.windows.frame(WindowRef(999)) is None


def test_an_app_without_a_readable_window_title_is_named_by_the_app(desktop, mac):
    mac.front = mac.app(5151, "", "com.tencent.xinWeChat")
    assert desktop.windows.current() == WindowRef(5151, title="com.tencent.xinWeChat", app="com.tencent.xinWeChat", pid=5151)
    mac.front = None
    assert desktop.windows.current() is None


def test_an_untrusted_process_is_told_to_allow_accessibility(mac):
    mac.trusted = False
    with pytest.raises(PlatformUnsupported, match="Privacy & Security → Accessibility"):
        create_desktop("macos")
    assert mac.ax_asked == [{"AXTrustedCheckOptionPrompt": True}]
    assert mac.taps == []  # nothing half-started


def test_without_input_monitoring_hotkeys_and_typed_codes_say_where_to_allow_it(mac):
    mac.input_monitoring = False
    with pytest.raises(PlatformUnsupported, match="Privacy & Security → Input Monitoring"):
        create_desktop("macos")
    mac.input_monitoring = True
    d = create_desktop("macos")
    mac.closers.append(d.hotkeys.close)
    mac.input_monitoring = False  # revoked while running
    with pytest.raises(PlatformUnsupported, match="typed codes are off.*Input Monitoring"):
        d.watch_typing(lambda key: None)
    assert mac.listen_asked == 1  # macOS was asked to show its prompt


def test_without_pyobjc_the_reason_is_given(monkeypatch):
    sys.modules.pop("assistant.platform.macos", None)
    monkeypatch.setitem(sys.modules, "Quartz", None)  # import Quartz fails as on Linux
    with pytest.raises(PlatformUnsupported, match="needs pyobjc"):
        create_desktop("macos")
    sys.modules.pop("assistant.platform.macos", None)
