"""Start at login: one interface, one backend per OS (no Qt).

* Linux: an XDG autostart entry, ``$XDG_CONFIG_HOME/autostart/kefu-assistant.desktop``.
* Windows: a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``
  (the ``winreg`` module is injectable, so the backend is tested on Linux with a fake).
* macOS: a LaunchAgent, ``~/Library/LaunchAgents/com.kefu.assistant.plist``.

``login_command()`` is what the OS runs at login: the bundle's executable in a frozen
build, the ``kefu`` console script (or ``python -m ui``) in a pip install.  Each backend
only ever touches its own entry; turning it off when it is already off writes nothing.
"""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

from assistant.errors import KefuError

APP_ID = "kefu-assistant"
SETTING = "app.start_at_login"


class AutostartError(KefuError):
    """The login entry could not be written or removed (says which and why)."""

    code = "autostart"


class Autostart:
    """Start the app when the user logs in."""

    name = "autostart"

    def is_enabled(self) -> bool:
        raise NotImplementedError

    def command(self) -> list[str] | None:
        """The command the entry runs, or None when there is no entry."""
        raise NotImplementedError

    def enable(self, command: list[str]) -> None:
        raise NotImplementedError

    def disable(self) -> None:
        raise NotImplementedError

    def apply(self, enabled: bool, command: list[str] | None = None) -> None:
        """Make the entry match ``enabled`` (rewritten when the command moved)."""
        if enabled:
            command = command or login_command()
            if self.command() != command:
                self.enable(command)
        elif self.is_enabled():
            self.disable()


def login_command(frozen: bool | None = None, executable: str | None = None,
                  platform: str | None = None) -> list[str]:
    """The command that starts the desktop app at login."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = executable or sys.executable
    platform = platform or sys.platform
    if frozen:  # the bundle's own kefu / kefu.exe
        return [str(Path(executable).resolve())]
    script = shutil.which("kefu", path=str(Path(executable).parent) + os.pathsep + os.environ.get("PATH", ""))
    if script:
        return [str(Path(script).resolve())]
    if platform.startswith("win"):  # pythonw: no console window at login
        pythonw = Path(executable).with_name("pythonw.exe")
        if pythonw.exists():
            executable = str(pythonw)
    return [executable, "-m", "ui"]


# -- Linux: XDG autostart -----------------------------------------------------------------
def _desktop_quote(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%'):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def _desktop_exec(command: list[str]) -> str:
    """The Exec value: arguments quoted, then the key-file escaping of backslashes on top."""
    return " ".join(_desktop_quote(arg) for arg in command).replace("\\", "\\\\")


def _desktop_unquote(value: str) -> list[str]:
    unescaped = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m[1], m[1]), value)
    return [part.replace("%%", "%") for part in _split_command(unescaped, backslash_escapes=True)]


def _split_command(line: str, backslash_escapes: bool) -> list[str]:
    """Split a command line written by us: double quotes group; inside them a backslash
    escapes the next character (Desktop Entry Exec) or is literal (Windows paths)."""
    parts, current, quoted, started, chars = [], [], False, False, iter(line)
    for char in chars:
        if quoted and backslash_escapes and char == "\\":
            current.append(next(chars, ""))
        elif char == '"':
            quoted, started = not quoted, True
        elif char in " \t" and not quoted:
            if current or started:
                parts.append("".join(current))
            current, started = [], False
        else:
            current.append(char)
    if current or started:
        parts.append("".join(current))
    return parts


class XdgAutostart(Autostart):
    name = "XDG autostart"

    def __init__(self, config_home: Path | str | None = None) -> None:
        if config_home is None:
            config_home = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
        self.path = Path(config_home) / "autostart" / f"{APP_ID}.desktop"

    def is_enabled(self) -> bool:
        return self.command() is not None

    def command(self) -> list[str] | None:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as exc:
            raise AutostartError(f"cannot read {self.path}: {exc}") from None
        fields = dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))
        if fields.get("Hidden", "").lower() == "true" or fields.get("X-GNOME-Autostart-enabled", "") == "false":
            return None
        return _desktop_unquote(fields["Exec"]) if fields.get("Exec") else None

    def enable(self, command: list[str]) -> None:
        text = "\n".join([
            "[Desktop Entry]",
            "Type=Application",
            "Name=Kefu Assistant",
            "Name[zh_CN]=客服助手",
            "Comment=Quick replies for customer service",
            "Comment[zh_CN]=客服快捷话术",
            f"Exec={_desktop_exec(command)}",
            "Icon=kefu-assistant",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ])
        _write_atomically(self.path, text.encode("utf-8"))

    def disable(self) -> None:
        _remove(self.path)


# -- Windows: HKCU Run key ----------------------------------------------------------------
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "KefuAssistant"


class RunKeyAutostart(Autostart):
    name = "Windows Run key"

    def __init__(self, winreg=None) -> None:
        if winreg is None:
            import winreg  # noqa: PLC0415 (Windows only)
        self.winreg = winreg

    def command(self) -> list[str] | None:
        reg = self.winreg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_READ) as key:
                value, _kind = reg.QueryValueEx(key, RUN_VALUE)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise AutostartError(f"cannot read HKCU\\{RUN_KEY}: {exc}") from None
        return _split_command(value, backslash_escapes=False)

    def is_enabled(self) -> bool:
        return self.command() is not None

    def enable(self, command: list[str]) -> None:
        reg = self.winreg
        try:
            with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.SetValueEx(key, RUN_VALUE, 0, reg.REG_SZ, subprocess.list2cmdline(command))
        except OSError as exc:
            raise AutostartError(f"cannot write HKCU\\{RUN_KEY}\\{RUN_VALUE}: {exc}") from None

    def disable(self) -> None:
        reg = self.winreg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise AutostartError(f"cannot remove HKCU\\{RUN_KEY}\\{RUN_VALUE}: {exc}") from None


# -- macOS: LaunchAgent -------------------------------------------------------------------
LAUNCH_AGENT_LABEL = "com.kefu.assistant"


class LaunchAgentAutostart(Autostart):
    name = "macOS LaunchAgent"

    def __init__(self, agents_dir: Path | str | None = None) -> None:
        agents_dir = Path(agents_dir) if agents_dir is not None else Path.home() / "Library" / "LaunchAgents"
        self.path = agents_dir / f"{LAUNCH_AGENT_LABEL}.plist"

    def command(self) -> list[str] | None:
        try:
            with self.path.open("rb") as handle:
                agent = plistlib.load(handle)
        except FileNotFoundError:
            return None
        except (OSError, plistlib.InvalidFileException) as exc:
            raise AutostartError(f"cannot read {self.path}: {exc}") from None
        if agent.get("Disabled") or not agent.get("RunAtLoad"):
            return None
        return list(agent.get("ProgramArguments") or []) or None

    def is_enabled(self) -> bool:
        return self.command() is not None

    def enable(self, command: list[str]) -> None:
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",  # the GUI login only, not ssh sessions
        }
        _write_atomically(self.path, plistlib.dumps(agent))

    def disable(self) -> None:
        _remove(self.path)


# -- choosing and applying ----------------------------------------------------------------
def create_autostart(platform: str | None = None) -> Autostart:
    platform = platform or sys.platform
    if platform.startswith("win"):
        return RunKeyAutostart()
    if platform == "darwin":
        return LaunchAgentAutostart()
    return XdgAutostart()


def apply_start_at_login(settings, autostart: Autostart | None = None) -> bool:
    """Make the OS entry match the ``app.start_at_login`` setting; returns the setting."""
    enabled = bool(settings.get(SETTING))
    (autostart or create_autostart()).apply(enabled)
    return enabled


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as exc:
        raise AutostartError(f"cannot write {path}: {exc}") from None


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise AutostartError(f"cannot remove {path}: {exc}") from None
