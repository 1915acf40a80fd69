"""A real X server for tests that need one: Xvfb on a display it picks itself.

``x_display`` starts Xvfb (``-displayfd`` avoids clashes between parallel runs) with
no window manager, so the tests prove our own re-focus code works; ``x_target``
starts a second real program, a Tk text box, whose contents the test reads back.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

TK_TARGET = Path(__file__).with_name("tk_target.py")


@pytest.fixture
def x_display():
    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is not installed: run the tests through tests/run.sh, which installs it")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    name = f":{number}"
    yield name
    server.terminate()
    server.wait(timeout=5)


class TkTarget:
    """A chat-box stand-in in its own process; ``text()`` reads what it holds."""

    def __init__(self, display: str, tmp: Path, title: str = "chat") -> None:
        self.dump = tmp / f"{title}.txt"
        env = {**os.environ, "DISPLAY": display}
        self.proc = subprocess.Popen([sys.executable, str(TK_TARGET), str(self.dump), title], env=env,
                                     stdout=subprocess.PIPE, text=True)
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
