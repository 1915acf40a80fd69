"""Typed codes stay quiet while a Chinese input method is in Chinese mode (X11).

The probe is asked over a private D-Bus session bus where a stand-in fcitx5 (or fcitx 4,
or IBus) answers with the state the test sets; the last tests watch real key presses
under Xvfb with the real typing monitor and expander.
"""

import contextlib
import logging
import threading
import time

import pytest

from assistant.expansion import Expand, Expander, Key
from assistant.model import Script
from assistant.platform import x11_ime
from assistant.platform.x11_ime import ImeProbe
from assistant.platform.x11_monitor import X11KeyMonitor
from tests.fake_ime import FCITX4, FCITX5, IBUS, IBUS_OLD, FakeInputMethod, session_bus
from tests.xserver import wait_until, xdotool


@pytest.fixture
def bus():
    with session_bus() as address:
        yield address


@pytest.fixture
def fcitx5(bus):
    fake = FakeInputMethod(bus, FCITX5, value=2)
    yield fake
    fake.stop()


@pytest.fixture
def probe(bus):
    p = ImeProbe(display=":0", session_address=bus, ibus_address="")
    yield p
    p.close()


def test_fcitx5_in_chinese_mode_is_composing_and_in_english_mode_is_not(fcitx5, probe):
    assert probe.composing() is True
    fcitx5.value = 1  # the agent pressed Shift / Ctrl+Space: English
    assert probe.composing() is False
    fcitx5.value = 0  # no input context has the focus
    assert probe.composing() is False
    fcitx5.value = 2
    assert probe.composing() is True


def test_an_input_method_that_quits_means_typed_codes_work_again(fcitx5, probe, caplog):
    assert probe.composing() is True
    fcitx5.stop()
    with caplog.at_level(logging.WARNING):
        assert probe.composing() is False
    assert not caplog.records  # an input method that is not running is no trouble


def test_a_hung_input_method_costs_at_most_the_timeout_and_is_logged_once(fcitx5, probe, caplog):
    fcitx5.silent = True
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            started = time.monotonic()
            assert probe.composing() is False
            assert time.monotonic() - started < 0.2
    assert fcitx5.asked >= 3
    assert len([r for r in caplog.records if "input method" in r.getMessage()]) == 1
    fcitx5.silent = False  # it recovers: the same connection answers again
    assert probe.composing() is True


def test_no_session_bus_or_a_dead_one_means_not_composing(monkeypatch, tmp_path):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert ImeProbe(display=":0", ibus_address="").composing() is False
    gone = ImeProbe(display=":0", session_address=f"unix:path={tmp_path}/no-bus", ibus_address="")
    started = time.monotonic()
    assert gone.composing() is False
    assert time.monotonic() - started < 0.2


def test_the_probe_reconnects_when_the_session_bus_comes_back(tmp_path, monkeypatch):
    monkeypatch.setattr(x11_ime, "RETRY_AFTER", 0.0)
    socket = tmp_path / "bus"
    probe = ImeProbe(display=":0", session_address=f"unix:path={socket}", ibus_address="")
    try:
        with session_bus(socket) as address:
            fake = FakeInputMethod(address, FCITX5, value=2)
            assert probe.composing() is True
            fake.stop()
        assert probe.composing() is False  # the bus is gone
        with session_bus(socket) as address:
            fake = FakeInputMethod(address, FCITX5, value=2)
            assert probe.composing() is True
            fake.stop()
    finally:
        probe.close()


def test_fcitx4_is_asked_on_its_display_numbered_name(bus, probe):
    fake = FakeInputMethod(bus, FCITX4, value=2)
    try:
        assert probe.composing() is True
        fake.value = 1
        assert probe.composing() is False
    finally:
        fake.stop()


@pytest.fixture
def ibus(bus):
    """ibus(service, engine) → (stand-in IBus on a bus of its own, as ibus-daemon runs one; a probe)."""
    with contextlib.ExitStack() as stack:
        def make(service, engine):
            ibus_bus = stack.enter_context(session_bus())
            fake = FakeInputMethod(ibus_bus, service, value=engine)
            stack.callback(fake.stop)
            probe = ImeProbe(display=":0", session_address=bus, ibus_address=ibus_bus)
            stack.callback(probe.close)
            return fake, probe

        yield make


def test_ibus_with_a_pinyin_engine_is_composing_and_with_a_keyboard_layout_is_not(ibus, caplog):
    fake, probe = ibus(IBUS, "pinyin")
    assert probe.composing() is True
    fake.value = "rime"
    assert probe.composing() is True
    fake.value = "xkb:us::eng"
    assert probe.composing() is False
    fake.value = None  # no global engine (or one per window)
    with caplog.at_level(logging.WARNING):
        assert probe.composing() is False
    assert not caplog.records


def test_an_older_ibus_without_the_property_is_asked_by_method(ibus):
    fake, probe = ibus(IBUS_OLD, "libpinyin")
    assert probe.composing() is True
    fake.value = "xkb:cn::chi"
    assert probe.composing() is False


def test_the_ibus_address_file_is_found_for_the_display(tmp_path, monkeypatch):
    monkeypatch.delenv("IBUS_ADDRESS", raising=False)
    monkeypatch.delenv("IBUS_ADDRESS_FILE", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    folder = tmp_path / "ibus" / "bus"
    folder.mkdir(parents=True)
    (folder / f"{x11_ime._machine_id()}-unix-3").write_text(
        "# This file is created by ibus-daemon, please do not modify it.\n"
        "IBUS_ADDRESS=unix:path=/tmp/ibus-socket,guid=abc\nIBUS_DAEMON_PID=4242\n")
    assert x11_ime.ibus_bus_address(":3") == "unix:path=/tmp/ibus-socket,guid=abc"
    assert x11_ime.ibus_bus_address(":3.0") == "unix:path=/tmp/ibus-socket,guid=abc"


# -- the real typing monitor and expander under Xvfb ---------------------------------------

SCRIPT = Script(id="s1", library_id="personal", title="加急安抚", body="亲，已加急处理～", code="jj")


@pytest.fixture
def typing(x_display, x_target, fcitx5, probe):
    """Keys typed into a Tk chat window reach the expander through the real monitor."""
    chat = x_target()
    expander = Expander(lambda code: SCRIPT if code == "jj" else None)
    fired, seen = [], []
    lock = threading.Lock()

    def on_key(key: Key) -> None:
        with lock:
            seen.append(key)
            action = expander.feed(key)
            if action is not None:
                fired.append(action)

    monitor = X11KeyMonitor(on_key, name=x_display, ime=probe.composing)
    monitor.start()
    time.sleep(0.2)  # the record context is enabled on the monitor's thread

    def type_(text: str) -> None:
        expected, before = chat.text() + text, len(seen)
        xdotool(x_display, "type", text)
        assert chat.wait_for(expected) == expected
        assert wait_until(lambda: len(seen) >= before + len(text))  # the monitor saw every key

    yield type_, fired, fcitx5
    monitor.stop()


def test_chinese_mode_keeps_semicolon_jj_space_from_expanding(typing):
    type_, fired, fcitx5 = typing
    asked = fcitx5.asked
    type_("ok;jj ")
    assert fired == []
    assert fcitx5.asked == asked + 1  # one question per terminator, none per letter


def test_english_mode_lets_the_same_keys_expand(typing):
    type_, fired, fcitx5 = typing
    fcitx5.value = 1
    type_("ok;jj ")
    assert [(type(a), a.script.code, a.erase) for a in fired] == [(Expand, "jj", 4)]
