"""Is an input method in its native (Chinese) mode right now?  Asked over D-Bus.

On X11 the typing monitor sees raw key presses: with a Chinese input method in Chinese
mode the agent's ``;`` lands as "；" and ``jj`` + space picks a pinyin candidate, so a
typed code must not fire then.  :class:`ImeProbe` answers that question for the input
methods that say so on D-Bus:

* **fcitx5**: ``org.fcitx.Fcitx5`` ``/controller`` ``org.fcitx.Fcitx.Controller1.State``
  → 0 no input context, 1 inactive (English), 2 active (Chinese): only 2 is composing.
* **fcitx 4**: ``org.fcitx.Fcitx-<display number>`` (or ``org.fcitx.Fcitx``)
  ``/inputmethod`` ``org.fcitx.Fcitx.InputMethod.GetCurrentState``, same values.
* **IBus**: its own bus (``$IBUS_ADDRESS``, or the address file ibus-daemon writes in
  ``~/.config/ibus/bus/``), property ``GlobalEngine`` of ``org.freedesktop.IBus``
  (method ``GetGlobalEngine`` in older IBus), the focused window's engine: one
  named ``xkb:…`` is a plain keyboard layout, any other (pinyin, libpinyin, rime…)
  counts as composing.

Not detected: input methods that talk XIM only and have no D-Bus interface (old
scim, fcitx started without its dbus module), IBus when "share the same input method
among all applications" is off (it then has no global engine to report), and an
IBus engine's own English sub-mode (ibus-pinyin's Shift toggle): that
still counts as composing, so typed codes wait until the agent switches to an
``xkb:`` layout.  Wayland has its own backend and does not use this.

No session bus, or no input method on it, means "not composing": typed codes work as
before.  Every call has a short deadline (50 ms) so a hung input method never stalls
the typing monitor; a failure or a timeout counts as not composing and is logged once.
One connection per bus is kept and reopened lazily after it breaks.  Checked by hand
against fcitx5 5.0.21 (states 1 and 2 through a D-Bus input context) and IBus 1.5.27
(its address file, "No global engine.", ``xkb:us::eng``) on Debian 12; the tests use
stand-ins on a private bus (tests/fake_ime.py).
"""

from __future__ import annotations

import glob
import logging
import os
import re
import socket
import threading
import time
from itertools import count
from pathlib import Path

from jeepney import DBusAddress, HeaderFields, MessageFlag, MessageType, Parser, new_method_call
from jeepney.bus import get_connectable_addresses
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import prep_socket

log = logging.getLogger(__name__)

TIMEOUT = 0.05  # seconds for any one D-Bus call, connecting included
RETRY_AFTER = 2.0  # seconds before a bus that could not be reached is tried again

_FCITX5 = ("org.fcitx.Fcitx5", "/controller", "org.fcitx.Fcitx.Controller1", "State")
_FCITX4_PATH = ("/inputmethod", "org.fcitx.Fcitx.InputMethod", "GetCurrentState")
_FCITX_ACTIVE = 2
_IBUS = DBusAddress("/org/freedesktop/IBus", bus_name="org.freedesktop.IBus", interface="org.freedesktop.IBus")
_NO_SERVICE = ("org.freedesktop.DBus.Error.ServiceUnknown", "org.freedesktop.DBus.Error.NameHasNoOwner")


class _Unanswered(Exception):
    """The call got no usable answer (timeout, broken connection, odd reply)."""

    def __init__(self, message: str, error_name: str = "") -> None:
        super().__init__(message)
        self.error_name = error_name  # the D-Bus error, when the answer was one


class _NotThere(Exception):
    """Nobody owns that name on the bus: that input method is not running."""


class _Bus:
    """One blocking D-Bus connection whose every call has a deadline (jeepney's own
    connection says Hello without one, so a bus that stops answering would hang us)."""

    def __init__(self, address: str, timeout: float) -> None:
        self.timeout = timeout
        self.sock = prep_socket(next(get_connectable_addresses(address)), timeout=timeout)
        self.parser = Parser()
        self.serials = count(1)
        self.call(message_bus.Hello())

    def call(self, message) -> tuple:
        message.header.flags |= MessageFlag.no_auto_start  # asking must never start an input method
        serial = next(self.serials)
        deadline = time.monotonic() + self.timeout
        try:
            self.sock.settimeout(self.timeout)
            self.sock.sendall(message.serialise(serial))
            while True:
                reply = self.parser.get_next_message()
                if reply is None:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise _Unanswered("no answer in time")
                    self.sock.settimeout(left)
                    data = self.sock.recv(4096)
                    if not data:
                        raise ConnectionResetError("the bus closed the connection")
                    self.parser.add_data(data)
                    continue
                if reply.header.fields.get(HeaderFields.reply_serial) != serial:  # a late answer to an earlier call
                    continue
                if reply.header.message_type == MessageType.error:
                    name = reply.header.fields.get(HeaderFields.error_name, "")
                    if name in _NO_SERVICE:
                        raise _NotThere(name)
                    raise _Unanswered(f"{name}: {reply.body}", error_name=name)
                return reply.body
        except socket.timeout:
            raise _Unanswered("no answer in time") from None

    def close(self) -> None:
        self.sock.close()


class _LazyBus:
    """A bus connected on first use, reconnected after it breaks (not more often than
    every RETRY_AFTER seconds, so a bus that is gone costs nothing per key)."""

    def __init__(self, address_of, timeout: float) -> None:
        self.address_of, self.timeout = address_of, timeout
        self.bus: _Bus | None = None
        self.next_try = 0.0

    def call(self, message) -> tuple | None:
        """The reply's body; None when there is no such bus."""
        if self.bus is None:
            if time.monotonic() < self.next_try:
                return None
            address = self.address_of()
            if not address:
                self.next_try = time.monotonic() + RETRY_AFTER
                return None
            try:
                self.bus = _Bus(address, self.timeout)
            except (FileNotFoundError, ConnectionRefusedError):
                self.next_try = time.monotonic() + RETRY_AFTER
                return None  # a stale address: nobody listens there any more
            except (OSError, TimeoutError, RuntimeError, ValueError, _Unanswered, _NotThere) as exc:
                self.next_try = time.monotonic() + RETRY_AFTER
                raise _Unanswered(f"cannot connect to {address}: {exc}") from None
        try:
            return self.bus.call(message)
        except OSError as exc:
            self.close()
            raise _Unanswered(f"connection lost: {exc}") from None

    def close(self) -> None:
        if self.bus is not None:
            self.bus.close()
            self.bus = None


class ImeProbe:
    """``composing()`` → True when fcitx5, fcitx 4 or IBus is in its native mode."""

    def __init__(self, display: str | None = None, session_address: str | None = None,
                 ibus_address: str | None = None, timeout: float = TIMEOUT) -> None:
        self.display = display if display is not None else os.environ.get("DISPLAY", "")
        # None: found as the desktop session does; "": there is none
        self.session = _LazyBus(lambda: os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
                                if session_address is None else session_address, timeout)
        self.ibus = _LazyBus(lambda: ibus_bus_address(self.display) if ibus_address is None else ibus_address, timeout)
        self.lock = threading.Lock()
        self.warned: set[str] = set()
        self.asks = [self._fcitx5, self._fcitx4, self._ibus]  # the one that answered last goes first
        self.ibus_method_api = False  # GlobalEngine was a method (GetGlobalEngine), not a property

    def composing(self) -> bool:
        with self.lock:
            for ask in list(self.asks):
                try:
                    answer = ask()
                except _NotThere:
                    continue
                except _Unanswered as exc:
                    self._warn_once(ask.__name__, exc)
                    continue
                except Exception as exc:  # a garbled reply: start both connections afresh
                    self._warn_once(ask.__name__, exc)
                    self.session.close()
                    self.ibus.close()
                    continue
                if answer is None:
                    continue
                self.asks.remove(ask)
                self.asks.insert(0, ask)
                return answer
            return False

    def _fcitx5(self) -> bool | None:
        name, path, interface, method = _FCITX5
        body = self.session.call(new_method_call(DBusAddress(path, name, interface), method))
        return None if body is None else _state(body) == _FCITX_ACTIVE

    def _fcitx4(self) -> bool | None:
        path, interface, method = _FCITX4_PATH
        for name in (f"org.fcitx.Fcitx-{display_number(self.display)}", "org.fcitx.Fcitx"):
            try:
                body = self.session.call(new_method_call(DBusAddress(path, name, interface), method))
            except _NotThere:
                continue
            return None if body is None else _state(body) == _FCITX_ACTIVE
        raise _NotThere("fcitx 4")

    def _ibus(self) -> bool | None:
        if self.ibus_method_api:
            ask = new_method_call(_IBUS, "GetGlobalEngine")
        else:
            ask = new_method_call(_IBUS.with_interface("org.freedesktop.DBus.Properties"), "Get", "ss",
                                  ("org.freedesktop.IBus", "GlobalEngine"))
        try:
            body = self.ibus.call(ask)
        except _Unanswered as exc:
            if exc.error_name == "org.freedesktop.DBus.Error.Failed":
                return False  # "No global engine.": none chosen, or engines are per window
            if exc.error_name and not self.ibus_method_api:
                self.ibus_method_api = True  # no such property yet: the older method
                return self._ibus()
            raise
        if body is None:
            return None
        name = ibus_engine_name(body)
        return bool(name) and not name.startswith("xkb:")

    def _warn_once(self, what: str, exc: Exception) -> None:
        if what not in self.warned:
            self.warned.add(what)
            log.warning("cannot tell whether the input method is composing (%s: %s); typed codes stay on",
                        what.strip("_"), exc)

    def close(self) -> None:
        with self.lock:
            self.session.close()
            self.ibus.close()


def _state(body: tuple) -> int:
    if not body or not isinstance(body[0], int):
        raise _Unanswered(f"unexpected state reply {body!r}")
    return body[0]


def ibus_engine_name(body: tuple) -> str:
    """The engine name out of ``Get(GlobalEngine)``: a variant holding a variant holding
    the serialised IBusEngineDesc ``(s a{sv} name longname ...)``."""
    value = body[0] if body else None
    while isinstance(value, tuple) and len(value) == 2 and value[0] == "v":
        value = value[1]  # unwrap (signature 'v', content)
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str) and value[0].startswith("("):
        value = value[1]
    if isinstance(value, tuple) and len(value) > 2 and isinstance(value[2], str):
        return value[2]
    raise _Unanswered(f"unexpected GlobalEngine reply {body!r}")


def display_number(display: str) -> str:
    match = re.search(r":(\d+)", display or "")
    return match.group(1) if match else "0"


def ibus_bus_address(display: str) -> str:
    """Where ibus-daemon listens: ``$IBUS_ADDRESS``, else the address file it wrote
    (``$IBUS_ADDRESS_FILE``, or ``<config or runtime dir>/ibus/bus/<machine-id>-<host>-<display>``)."""
    if os.environ.get("IBUS_ADDRESS"):
        return os.environ["IBUS_ADDRESS"]
    host = (display or "").split(":")[0] or "unix"
    name = f"{_machine_id()}-{host}-{display_number(display)}"
    folders = [Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "ibus" / "bus"]
    if os.environ.get("XDG_RUNTIME_DIR"):
        folders.append(Path(os.environ["XDG_RUNTIME_DIR"]) / "ibus" / "bus")
    files = [os.environ["IBUS_ADDRESS_FILE"]] if os.environ.get("IBUS_ADDRESS_FILE") else []
    files += [str(folder / name) for folder in folders]
    files += sorted((f for folder in folders for f in glob.glob(str(folder / "*"))), key=_mtime, reverse=True)
    for file in files:
        try:
            text = Path(file).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        match = re.search(r"^IBUS_ADDRESS=(.+)$", text, re.MULTILINE)
        if match:
            return match.group(1).strip()
    return ""


def _machine_id() -> str:
    for file in ("/var/lib/dbus/machine-id", "/etc/machine-id"):
        try:
            return Path(file).read_text(encoding="ascii").strip()
        except OSError:
            continue
    return "machine-id"


def _mtime(file: str) -> float:
    try:
        return os.path.getmtime(file)
    except OSError:
        return 0.0
