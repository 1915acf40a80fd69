"""A private D-Bus session bus and stand-in input methods on it, for the IME guard tests.

``session_bus()`` runs its own ``dbus-daemon`` (never the tester's session bus);
``FakeInputMethod`` owns a well-known name on it and answers the one call the
assistant asks an input method, with whatever the test set: fcitx5's ``State``,
fcitx 4's ``GetCurrentState`` or IBus's ``GlobalEngine`` property.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import threading

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

FCITX5 = ("org.fcitx.Fcitx5", "/controller", "org.fcitx.Fcitx.Controller1", "State")
FCITX4 = ("org.fcitx.Fcitx-0", "/inputmethod", "org.fcitx.Fcitx.InputMethod", "GetCurrentState")
IBUS = ("org.freedesktop.IBus", "/org/freedesktop/IBus", "org.freedesktop.DBus.Properties", "Get")
IBUS_OLD = ("org.freedesktop.IBus", "/org/freedesktop/IBus", "org.freedesktop.IBus", "GetGlobalEngine")
# IBusEngineDesc as ibus-daemon serialises it: type name, attachments, name, longname, ...
_ENGINE_DESC = "(sa{sv}" + "s" * 8 + "u" + "s" * 8 + ")"

_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>{listen}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@contextlib.contextmanager
def session_bus(socket_path=None):
    """A throw-away session bus (listening on ``socket_path`` when given); yields its address.

    It has no service files, so nothing asked on it (the accessibility bus, a portal)
    is started behind the test's back."""
    if not shutil.which("dbus-daemon"):
        raise RuntimeError("dbus-daemon is not installed: run the tests through tests/run.sh, which installs it")
    config = tempfile.NamedTemporaryFile("w", suffix=".conf", delete=False)
    with config:
        config.write(_CONFIG.format(listen=f"unix:path={socket_path}" if socket_path else "unix:tmpdir=/tmp"))
    daemon = subprocess.Popen(["dbus-daemon", f"--config-file={config.name}", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = daemon.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon printed no address")
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=5)
        os.unlink(config.name)


class FakeInputMethod:
    """Owns ``service`` on the bus at ``address`` and answers ``method`` with ``self.value``
    (an int state for fcitx, an engine name for IBus); ``silent`` stops it answering at all."""

    def __init__(self, address: str, service=FCITX5, value=2) -> None:
        self.name, self.path, self.interface, self.method = service
        self.value = value
        self.silent = False
        self.asked = 0
        self.conn = open_dbus_connection(bus=address)
        reply = self.conn.send_and_get_reply(message_bus.RequestName(self.name), timeout=5)
        assert reply.body == (1,), f"could not own {self.name}: {reply.body}"  # 1: primary owner
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                msg = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            fields = msg.header.fields
            if msg.header.message_type != MessageType.method_call:
                continue
            self.asked += 1
            if self.silent:
                continue
            if (fields.get(HeaderFields.member), fields.get(HeaderFields.path)) == (self.method, self.path):
                self.conn.send(self._answer(msg))
            else:
                self.conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))

    def _answer(self, msg):
        if self.value is None:  # ibus-daemon with no engine, or engines per window
            return new_error(msg, "org.freedesktop.DBus.Error.Failed", "s", ("No global engine.",))
        if self.name == "org.freedesktop.IBus":
            desc = ("IBusEngineDesc", {}, self.value, self.value, "", "zh", "GPL", "", "", "us", 0, "", "拼", "",
                    "", "", "1.0", "", "")
            if self.method == "Get":  # the property's type is itself a variant
                return new_method_return(msg, "v", (("v", (_ENGINE_DESC, desc)),))
            return new_method_return(msg, "v", ((_ENGINE_DESC, desc),))
        return new_method_return(msg, "i", (self.value,))

    def stop(self) -> None:
        """The input method quits: its name leaves the bus."""
        self._stop.set()
        self.thread.join(timeout=2)
        self.conn.close()
