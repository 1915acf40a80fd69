"""A real X server for tests that need one: Xvfb on a display it picks itself.

``x_display`` starts Xvfb (``-displayfd`` avoids clashes between parallel runs) with
no window manager, so the tests prove our own re-focus code works; ``x_target``
starts a second real program, a Tk text box, whose contents the test reads back.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import subprocess
import sys
import time
from pathlib import Path

import pytest

TK_TARGET = Path(__file__).with_name("tk_target.py")


@contextlib.contextmanager
def xvfb():
    """A fresh Xvfb; yields its display name (':N')."""
    if not shutil.which("Xvfb"):
        raise RuntimeError("Xvfb is not installed: run the tests through tests/run.sh, which installs it")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=5)


@pytest.fixture
def x_display():
    with xvfb() as name:
        yield name


class TkTarget:
    """A chat-box stand-in in its own process; ``text()`` reads what it holds."""

    def __init__(self, display: str, tmp: Path, title: str = "chat") -> None:
        self.dump = tmp / f"{title}.txt"
        env = {**os.environ, "DISPLAY": display}
        self.proc = subprocess.Popen([sys.executable, str(TK_TARGET), str(self.dump), title], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.window_id = int(self.proc.stdout.readline().strip())

    def text(self) -> str:
        try:
            return self.dump.read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""

    def wait_for(self, expected: str, timeout: float = 5.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.text() != expected:
            time.sleep(0.01)
        return self.text()

    def clear(self) -> None:
        self.proc.stdin.write("clear\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "ok"

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=5)


@pytest.fixture
def x_target(x_display, tmp_path):
    targets = []

    def make(title: str = "chat") -> TkTarget:
        targets.append(TkTarget(x_display, tmp_path, title))
        return targets[-1]

    yield make
    for target in targets:
        target.close()


def xdotool(display: str, *args: str) -> None:
    subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, check=True)


def wait_until(check, timeout: float = 5.0, poll: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(poll)
    return False


def clip(display: str, *args: str, data: bytes | None = None) -> bytes:
    """Write (data given) or read the CLIPBOARD selection with xclip, as another program would."""
    env = {**os.environ, "DISPLAY": display}
    if data is not None:
        subprocess.run(["xclip", "-selection", "clipboard", *args, "-i"], input=data, env=env, check=True)
        return data
    return subprocess.run(["xclip", "-selection", "clipboard", *args, "-o"], env=env, capture_output=True,
                          timeout=5).stdout


def kefu_cli(home: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "ui.entry", *args], check=True, capture_output=True,
                   env={**os.environ, "KEFU_HOME": str(home)})


class AppProcess:
    """The real desktop app on a display; ``log`` collects its stderr (read continuously)."""

    def __init__(self, display: str, home: Path) -> None:
        env = {**os.environ, "KEFU_HOME": str(home), "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        self.proc = subprocess.Popen([sys.executable, "-m", "ui.entry"], env=env, stderr=subprocess.PIPE, text=True)
        self.log: list[str] = []
        ready = threading.Event()

        def drain():
            for line in self.proc.stderr:
                self.log.append(line)
                if "ready: picker hotkey" in line:
                    ready.set()
            ready.set()

        threading.Thread(target=drain, daemon=True).start()
        if not ready.wait(30) or self.proc.poll() is not None:
            raise RuntimeError("the app did not start:\n" + "".join(self.log))

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def open_picker(display: str, chord: str = "ctrl+alt+k") -> None:
    """Press the picker hotkey and wait until the picker has the keyboard (keys typed
    before that go to the chat window, as they would for a person typing that fast)."""
    xdotool(display, "key", chord)
    env = {**os.environ, "DISPLAY": display}
    focused = wait_until(lambda: subprocess.run(["xdotool", "getwindowfocus", "getwindowname"], env=env,
                                                capture_output=True, text=True).stdout.strip() == "Kefu picker",
                         poll=0.005)
    assert focused, "the picker did not take the keyboard"


def pick(display: str, code: str, chord: str = "ctrl+alt+k") -> None:
    """Open the picker, type the code, press Enter."""
    open_picker(display, chord)
    xdotool(display, "type", code)
    xdotool(display, "key", "Return")
