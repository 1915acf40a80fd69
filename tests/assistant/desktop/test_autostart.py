"""Start at login: each OS backend against a temporary folder or a fake registry."""

from __future__ import annotations

import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main as cli_main
from assistant.platform.autostart import (
    RUN_KEY, RUN_VALUE, AutostartError, LaunchAgentAutostart, RunKeyAutostart, XdgAutostart, create_autostart,
    login_command,
)

COMMAND = ["/opt/Kefu Assistant/kefu", "--from-login"]


class FakeWinreg:
    """The part of ``winreg`` the Run-key backend uses, over a dict of keys."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ, KEY_SET_VALUE, REG_SZ = 1, 2, 1

    def __init__(self, denied: bool = False):
        self.keys: dict[tuple[str, str], dict[str, tuple[str, int]]] = {}
        self.denied = denied

    class _Key:
        def __init__(self, values):
            self.values = values

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def OpenKey(self, root, path, reserved=0, access=1):
        if (root, path) not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return self._Key(self.keys[(root, path)])

    def CreateKeyEx(self, root, path, reserved=0, access=2):
        if self.denied:
            raise PermissionError(5, "Access is denied")
        return self._Key(self.keys.setdefault((root, path), {}))

    def QueryValueEx(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.values[name]

    def SetValueEx(self, key, name, reserved, kind, value):
        key.values[name] = (value, kind)

    def DeleteValue(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del key.values[name]


# -- Linux --------------------------------------------------------------------------------
def test_xdg_entry_is_written_in_the_autostart_folder_and_removed(tmp_path):
    autostart = XdgAutostart(tmp_path)
    assert not autostart.is_enabled()
    autostart.enable(COMMAND)
    entry = tmp_path / "autostart" / "kefu-assistant.desktop"
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert 'Exec="/opt/Kefu Assistant/kefu" --from-login\n' in text
    assert "Type=Application" in text and "Name[zh_CN]=客服助手" in text
    assert autostart.is_enabled() and autostart.command() == COMMAND
    autostart.disable()
    assert not entry.exists() and not autostart.is_enabled()
    autostart.disable()  # already off: no error


def test_xdg_entry_follows_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    autostart = create_autostart("linux")
    assert isinstance(autostart, XdgAutostart)
    autostart.apply(True, ["/usr/bin/kefu"])
    assert (tmp_path / "cfg" / "autostart" / "kefu-assistant.desktop").exists()


def test_xdg_entry_the_user_hid_counts_as_off(tmp_path):
    autostart = XdgAutostart(tmp_path)
    autostart.enable(COMMAND)
    autostart.path.write_text(autostart.path.read_text() + "Hidden=true\n")
    assert not autostart.is_enabled()


def test_xdg_quotes_awkward_paths_both_ways(tmp_path):
    autostart = XdgAutostart(tmp_path)
    command = ['/home/a b/"q"/$x/100%/back\\slash/kefu', "-m", "ui"]
    autostart.enable(command)
    assert autostart.command() == command


def test_xdg_unwritable_folder_is_a_clear_error(tmp_path):
    (tmp_path / "autostart").write_text("not a folder")
    with pytest.raises(AutostartError, match="autostart"):
        XdgAutostart(tmp_path).enable(COMMAND)


def test_apply_rewrites_an_entry_whose_program_moved(tmp_path):
    autostart = XdgAutostart(tmp_path)
    autostart.apply(True, ["/old/kefu"])
    autostart.apply(True, ["/new/kefu"])
    assert autostart.command() == ["/new/kefu"]
    autostart.apply(False)
    assert not autostart.path.exists()


# -- Windows ------------------------------------------------------------------------------
def test_run_key_value_is_set_and_deleted():
    registry = FakeWinreg()
    autostart = RunKeyAutostart(registry)
    assert not autostart.is_enabled()
    autostart.enable([r"C:\Program Files\Kefu Assistant\kefu.exe"])
    value, kind = registry.keys[("HKCU", RUN_KEY)][RUN_VALUE]
    assert value == r'"C:\Program Files\Kefu Assistant\kefu.exe"' and kind == FakeWinreg.REG_SZ
    assert autostart.command() == [r"C:\Program Files\Kefu Assistant\kefu.exe"]
    autostart.disable()
    assert RUN_VALUE not in registry.keys[("HKCU", RUN_KEY)]
    autostart.disable()  # already gone: no error


def test_run_key_keeps_other_programs_entries():
    registry = FakeWinreg()
    registry.keys[("HKCU", RUN_KEY)] = {"OneDrive": ("onedrive.exe /background", 1)}
    autostart = RunKeyAutostart(registry)
    autostart.apply(True, [r"C:\Python\pythonw.exe", "-m", "ui"])
    assert autostart.command() == [r"C:\Python\pythonw.exe", "-m", "ui"]
    autostart.apply(False)
    assert registry.keys[("HKCU", RUN_KEY)] == {"OneDrive": ("onedrive.exe /background", 1)}


def test_run_key_access_denied_is_a_clear_error():
    with pytest.raises(AutostartError, match=r"cannot write HKCU.*Run.*KefuAssistant.*denied"):
        RunKeyAutostart(FakeWinreg(denied=True)).enable(["kefu.exe"])


# -- macOS --------------------------------------------------------------------------------
def test_launch_agent_plist_runs_at_load_and_is_removed(tmp_path):
    autostart = LaunchAgentAutostart(tmp_path / "LaunchAgents")
    assert not autostart.is_enabled()
    autostart.enable(["/Applications/Kefu Assistant.app/Contents/MacOS/kefu"])
    plist = tmp_path / "LaunchAgents" / "com.kefu.assistant.plist"
    agent = plistlib.loads(plist.read_bytes())
    assert agent["Label"] == "com.kefu.assistant"
    assert agent["ProgramArguments"] == ["/Applications/Kefu Assistant.app/Contents/MacOS/kefu"]
    assert agent["RunAtLoad"] is True
    assert autostart.is_enabled()
    autostart.disable()
    assert not plist.exists()


def test_launch_agent_under_home_library(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    autostart = create_autostart("darwin")
    assert isinstance(autostart, LaunchAgentAutostart)
    assert autostart.path == tmp_path / "Library" / "LaunchAgents" / "com.kefu.assistant.plist"


def test_a_damaged_plist_is_a_clear_error(tmp_path):
    autostart = LaunchAgentAutostart(tmp_path)
    autostart.path.write_bytes(b"not a plist")
    with pytest.raises(AutostartError, match="com.kefu.assistant.plist"):
        autostart.is_enabled()


# -- the command --------------------------------------------------------------------------
def test_frozen_build_starts_its_own_executable(tmp_path):
    exe = tmp_path / "kefu"
    assert login_command(frozen=True, executable=str(exe)) == [str(exe.resolve())]


def test_pip_install_starts_the_console_script_or_python_m_ui(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    python = bin_dir / "python"
    python.write_text("")
    monkeypatch.setenv("PATH", "")
    assert login_command(frozen=False, executable=str(python), platform="linux") == [str(python), "-m", "ui"]
    script = bin_dir / "kefu"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert login_command(frozen=False, executable=str(python), platform="linux") == [str(script.resolve())]


def test_python_m_ui_really_starts_the_entry_point():
    result = subprocess.run([sys.executable, "-m", "ui", "--version"], capture_output=True, text=True,
                            cwd=Path(__file__).parents[3], timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


# -- the setting --------------------------------------------------------------------------
def test_kefu_config_set_start_at_login_writes_and_removes_the_entry(tmp_path, monkeypatch, home, capsys):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    entry = tmp_path / "cfg" / "autostart" / "kefu-assistant.desktop"
    assert cli_main(["config", "set", "app.start_at_login", "true"]) == 0
    assert entry.exists() and "Exec=" in entry.read_text()
    assert "app.start_at_login = True" in capsys.readouterr().out
    assert cli_main(["config", "set", "app.start_at_login", "off"]) == 0
    assert not entry.exists()


def test_when_the_entry_cannot_be_written_the_setting_stays_off(tmp_path, monkeypatch, home, capsys):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "autostart").write_text("a file where the folder should be")
    assert cli_main(["config", "set", "app.start_at_login", "true"]) != 0
    assert "cannot write" in capsys.readouterr().err
    assert cli_main(["config", "get", "app.start_at_login"]) == 0
    assert "app.start_at_login = False" in capsys.readouterr().out


def test_the_app_start_makes_the_entry_follow_the_setting(tmp_path, home):
    from assistant.core import open_core
    from assistant.platform.autostart import apply_start_at_login

    autostart = XdgAutostart(tmp_path)
    core = open_core()
    try:
        autostart.enable(["/old/place/kefu"])  # entry left behind, setting off: removed
        assert apply_start_at_login(core.settings, autostart) is False
        assert not autostart.path.exists()
        core.settings.set("app.start_at_login", True)
        assert apply_start_at_login(core.settings, autostart) is True
        assert autostart.command() == login_command()
    finally:
        core.close()
