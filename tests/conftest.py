"""Every test runs against its own data folder (KEFU_HOME) and offscreen Qt."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KEFU_HOME"] = tempfile.mkdtemp(prefix="kefu-test-home-")
atexit.register(shutil.rmtree, os.environ["KEFU_HOME"], True)
# start at login writes $XDG_CONFIG_HOME/autostart: never the tester's own login
os.environ["XDG_CONFIG_HOME"] = os.path.join(os.environ["KEFU_HOME"], "xdg-config")
pytest_plugins = ["tests.xserver"]


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh KEFU_HOME for one test."""
    monkeypatch.setenv("KEFU_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def store(tmp_path):
    from assistant.store import Store

    s = Store(tmp_path / "library.db")
    yield s
    s.close()


@pytest.fixture
def personal(store):
    return store.personal_library()
