"""The Windows backend, on Linux, against fakes of ``keyboard`` and of user32, kernel32 and
imm32 (fake_windows.py) that play Windows: hotkeys take their chord away, hooks see every
key, and only what was not taken away reaches the focused window."""

import ctypes
import os
import sys
import threading
import time

import pytest

import assistant.platform
from assistant.expansion import Key
from assistant.platform import create_desktop
from assistant.platform.base import HotkeyError, WindowRef
from assistant.platform.keys import parse_chord
from assistant.platform.windows_keystate import HeldModifiers
from tests.assistant.desktop.fake_windows import (MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, SW_RESTORE, FakeEvent,
                                                  FakeWindowsSession)

BACKEND = ("assistant.platform.windows", "assistant.platform.windows_monitor")
CHAT, PICKER, EXPLORER = 0x10010, 0x20020, 0x30030
QIANNIU = "AliWorkbench.exe"


@pytest.fixture
def win(monkeypatch):
    session = FakeWindowsSession()
    monkeypatch.setitem(sys.modules, "keyboard", session.keyboard_module())
    monkeypatch.setattr(ctypes, "WinDLL", session.win_dll(session.dlls()), raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: session.last_error, raising=False)
    for name in BACKEND:
        sys.modules.pop(name, None)
    session.our_pid = os.getpid()
    session.window(CHAT, "买家 小王 - 千牛工作台", 4242, r"C:\Program Files\AliWorkbench\AliWorkbench.exe")
    session.window(PICKER, "Kefu Assistant", os.getpid(), r"C:\Program Files\Kefu\KefuAssistant.exe")
    session.window(EXPLORER, "Downloads", 77, r"C:\Windows\explorer.exe")
    session.front = CHAT
    session.closers = []
    yield session
    for close in session.closers:
        close()
    for name in BACKEND:
        sys.modules.pop(name, None)
        if hasattr(assistant.platform, name.rsplit(".", 1)[1]):
            delattr(assistant.platform, name.rsplit(".", 1)[1])


@pytest.fixture
def desktop(win):
    d = create_desktop("windows")
    win.closers.append(d.hotkeys.close)
    return d


@pytest.fixture
def typed(win, desktop):
    keys = []
    monitor = desktop.watch_typing(keys.append)
    monitor.start()
    win.closers.insert(0, monitor.stop)
    return keys


def test_create_desktop_gives_the_windows_backend_with_crlf_and_ctrl_v(desktop, win):
    assert desktop.name == "windows" and desktop.can_inject
    assert parse_chord(desktop.paste_chord) == parse_chord("ctrl+v")
    assert desktop.line_ending == "\r\n"
    assert desktop.watch_typing is not None
    assert sorted(win.dll_flags) == [("imm32", True), ("kernel32", True), ("user32", True)]  # error codes kept


def test_a_registered_chord_is_swallowed_and_called_back_off_the_hook_thread(desktop, win):
    fired, threads = threading.Event(), []
    desktop.hotkeys.register("ctrl+alt+k", lambda: (threads.append(threading.current_thread().name), fired.set()))
    assert win.probes == [(MOD_CONTROL | MOD_ALT, ord("K"))]
    assert win.registered == {}  # the probe was released at once
    win.key_down("ctrl")
    win.key_down("alt")
    assert win.key_down("k") is False  # the chat app never sees it
    assert fired.wait(2)
    assert threads == ["windows-hotkey-calls"]  # not inside keyboard's hook
    for key in ("k", "alt", "ctrl"):
        win.key_up(key)
    assert ("down", "k") not in win.received


def test_a_chord_another_program_holds_is_refused(desktop, win):
    win.taken.add((MOD_CONTROL | MOD_ALT, ord("J")))
    with pytest.raises(HotkeyError, match="already used by another program"):
        desktop.hotkeys.register("ctrl+alt+j", lambda: None)
    assert win.hotkeys == []
    win.key_down("ctrl")
    win.key_down("alt")
    assert win.key_down("j") is True  # still theirs
    for key in ("j", "alt", "ctrl"):
        win.key_up(key)
    desktop.hotkeys.register("ctrl+alt+k", lambda: None)
    with pytest.raises(HotkeyError, match="already one of our hotkeys"):
        desktop.hotkeys.register("control+option+k", lambda: None)


def test_chords_are_probed_with_the_layouts_keys_and_named_as_keyboard_names_them(desktop, win):
    desktop.hotkeys.register("win+shift+;", lambda: None)
    desktop.hotkeys.register("ctrl+alt+pageup", lambda: None)
    assert win.probes == [(MOD_WIN | MOD_SHIFT, 0xBA), (MOD_CONTROL | MOD_ALT, 0x21)]
    assert [h["name"] for h in win.hotkeys] == ["shift+windows+;", "ctrl+alt+page up"]
    assert all(h["suppress"] for h in win.hotkeys)
    with pytest.raises(HotkeyError, match="not on this keyboard"):
        desktop.hotkeys.register("ctrl+alt+é", lambda: None)


def test_unregister_and_close_remove_every_hook(desktop, win):
    calls = []
    desktop.hotkeys.register("ctrl+alt+k", lambda: calls.append(1))
    desktop.hotkeys.unregister("ctrl+alt+k")
    win.key_down("ctrl")
    win.key_down("alt")
    assert win.key_down("k") is True
    for key in ("k", "alt", "ctrl"):
        win.key_up(key)
    desktop.hotkeys.register("ctrl+alt+p", lambda: None)
    monitor = desktop.watch_typing(lambda key: None)
    monitor.start()
    assert len(win.hooks) == 2 and len(win.hotkeys) == 1  # the modifier tracker and the monitor
    monitor.stop()
    desktop.hotkeys.close()
    win.closers.clear()
    assert win.hooks == [] and win.hotkeys == []
    assert not any(t.name == "windows-hotkey-calls" for t in threading.enumerate())
    assert calls == []


def test_the_foreground_window_is_remembered_and_brought_back_restored(desktop, win):
    target = desktop.windows.current()
    assert target == WindowRef(CHAT, title="买家 小王 - 千牛工作台", app=QIANNIU, pid=4242)
    assert win.open_handles == set()  # the process handle was closed
    win.front = EXPLORER  # the agent went elsewhere; we are a background process
    win.windows[CHAT].iconic = True
    assert desktop.windows.activate(target)
    assert win.front == CHAT and win.shown == [(CHAT, SW_RESTORE)]
    assert win.sent == [("down", 0x12), ("up", 0x12)] and win.sent_down == set()  # Alt was let go
    win.windows[CHAT].alive = False
    assert not desktop.windows.activate(target)
    win.front = 0
    assert desktop.windows.current() is None


def test_send_chord_sends_virtual_keys_pressed_in_order_released_in_reverse(desktop, win):
    desktop.keys.send_chord(desktop.paste_chord)
    assert win.sent == [("down", 0x11), ("down", 0x56), ("up", 0x56), ("up", 0x11)]
    del win.sent[:]
    desktop.keys.send_chord("shift+insert")
    desktop.keys.send_chord("left")
    desktop.keys.send_chord("ctrl+shift+;")
    assert win.sent == [("down", 0x10), ("down", 0x2D), ("up", 0x2D), ("up", 0x10), ("down", 0x25), ("up", 0x25),
                        ("down", 0x11), ("down", 0x10), ("down", 0xBA), ("up", 0xBA), ("up", 0x10), ("up", 0x11)]


def test_type_text_types_each_line_as_unicode_with_enter_between(desktop, win):
    desktop.keys.type_text("亲，在的😊\r\n好的\n")
    assert win.received == [("text", "亲，在的😊"), ("down", "enter"), ("up", "enter"), ("text", "好的"),
                            ("down", "enter"), ("up", "enter")]
    assert all(w["exact"] is True and w["restore_state_after"] is False for w in win.writes)


@pytest.mark.parametrize("hide_sends", [False, True], ids=["keyboard-reports-our-keys", "keyboard-hides-them"])
def test_the_typing_monitor_turns_typed_keys_into_keys_and_skips_ours(desktop, win, typed, hide_sends):
    win.hide_sends = hide_sends
    win.type(";dd")
    desktop.keys.send_chord("backspace")
    desktop.keys.type_text("亲，在的\n")
    desktop.keys.send_chord("ctrl+v")
    desktop.keys.send_chord("enter")
    win.type("h ")
    assert typed == [Key(char=";", app=QIANNIU), Key(char="d", app=QIANNIU), Key(char="d", app=QIANNIU),
                     Key(char="h", app=QIANNIU), Key(name="space", app=QIANNIU)]


def test_the_typing_monitor_names_shortcuts_caret_keys_and_window_changes(desktop, win, typed):
    win.key_down("ctrl")
    win.tap("c")
    win.key_up("ctrl")
    win.key_down("shift")
    win.tap(";", name=":")  # shifted characters are typing
    win.key_up("shift")
    win.tap("backspace")
    win.tap("left")
    win.tap("esc")
    win.front = PICKER  # our own window takes the keys
    win.tap("a")
    app = dict(app=QIANNIU)
    assert typed == [Key(name="chord", **app), Key(char=":", **app), Key(name="backspace", **app),
                     Key(name="left", **app), Key(name="escape", **app),
                     Key(name="focus", app="KefuAssistant.exe", ours=True),
                     Key(char="a", app="KefuAssistant.exe", ours=True)]
    win.closers.pop(0)()  # the monitor stops
    win.tap("a")
    assert len(typed) == 7


def test_terminators_carry_composing_while_the_input_method_is_in_chinese_mode(desktop, win, typed):
    win.focus = CHAT + 1  # the chat box control inside the window
    win.ime[CHAT + 1] = (1, 0x0401)  # open, native (Chinese) mode
    win.type("; ")
    win.tap("enter")
    assert typed == [Key(char=";", app=QIANNIU), Key(name="space", app=QIANNIU, composing=True),
                     Key(name="enter", app=QIANNIU, composing=True)]
    del typed[:]
    win.ime[CHAT + 1] = (1, 0x0000)  # English mode of the same input method
    win.tap("space")
    win.ime[CHAT + 1] = (0, 0x0401)  # closed
    win.tap("tab")
    win.ime_hung = True  # no answer in time
    win.ime[CHAT + 1] = (1, 0x0401)
    win.tap("space")
    assert [k.composing for k in typed] == [False, False, False]


def test_modifiers_down_follows_the_agent_even_while_keyboard_holds_them_back(desktop, win):
    assert desktop.keys.modifiers_down() == frozenset()
    win.key_down("ctrl")
    win.key_down("alt")
    assert desktop.keys.modifiers_down() == {"ctrl", "alt"}
    win.windows_down.clear()  # keyboard withholds them from Windows after a suppressed hotkey
    assert desktop.keys.modifiers_down() == {"ctrl", "alt"}
    win.key_up("ctrl")
    win.key_up("alt")
    assert desktop.keys.modifiers_down() == frozenset()
    seen = []
    win.hooks.append(lambda event: seen.append(desktop.keys.modifiers_down()))
    desktop.keys.send_chord("ctrl+v")  # our own Ctrl is never the agent's
    assert seen == [frozenset()] * 4


def test_a_modifier_whose_release_windows_withheld_does_not_block_pastes(desktop, win, monkeypatch):
    from assistant.platform import windows_keystate

    monkeypatch.setattr(windows_keystate, "HELD_FRESH_S", 0.05)
    win.key_down("windows")
    win.key_down("shift")
    win.windows_down.discard(0x5B)  # Win+L: the lock screen took the release
    time.sleep(0.06)
    assert desktop.keys.modifiers_down() == {"shift"}  # still down in Windows


def test_held_modifiers_trust_autorepeat_and_windows_not_a_stale_press():
    now, down = [0.0], set()
    held = HeldModifiers({"ctrl": {29}, "alt": {56}}, lambda mod: mod in down, clock=lambda: now[0])
    held.feed(FakeEvent("down", 29))
    held.feed(FakeEvent("down", -0x12))  # sent without a scan code: ours
    assert held.held() == {"ctrl"}
    now[0] += 1.0
    held.feed(FakeEvent("down", 29))  # autorepeat while held
    now[0] += 1.0
    assert held.held() == {"ctrl"}
    now[0] += 0.2
    assert held.held() == frozenset()  # no repeat for 1.2 s and Windows has it up: stale
    down.add("ctrl")
    assert held.held() == {"ctrl"}
    held.feed(FakeEvent("up", 29))
    assert held.held() == frozenset()
