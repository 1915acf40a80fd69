"""Every setting, declared once: name, type, default, limits, and what it is for.

Values live in the store's ``settings`` table (so they are in backups and move with
the library).  ``Settings.get`` returns the declared default until the user sets a
value; ``Settings.set`` checks type and range and refuses bad values with an error
that names the setting, changing nothing.  Per-OS defaults are given as a dict keyed
by ``platform_key()`` (``windows`` / ``macos`` / ``linux``); later issues add the paste
delays here.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, Callable

from assistant.errors import ValidationError


def platform_key() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    doc: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple = ()
    check_item: Callable[[str, str], None] | None = None  # each dict value, or a str value: raises ValidationError

    def default_value(self):
        if isinstance(self.default, dict):
            return self.default[platform_key()]
        return self.default

    def check(self, value):
        if self.type is bool and not isinstance(value, bool):
            raise ValidationError(self.name, f"must be true or false, not {value!r}")
        if self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(self.name, f"must be a whole number, not {value!r}")
        if self.type is str and not isinstance(value, str):
            raise ValidationError(self.name, f"must be text, not {value!r}")
        if self.type is str and self.check_item:
            self.check_item(self.name, value)
        if self.type is dict:
            if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                     for k, v in value.items()):
                raise ValidationError(self.name, f"must be a mapping of names to text, not {value!r}")
            if self.check_item:
                for key, item in value.items():
                    self.check_item(f"{self.name}[{key}]", item)
        if self.minimum is not None and value < self.minimum:
            raise ValidationError(self.name, f"must be at least {self.minimum}, not {value}")
        if self.maximum is not None and value > self.maximum:
            raise ValidationError(self.name, f"must be at most {self.maximum}, not {value}")
        if self.choices and value not in self.choices:
            raise ValidationError(self.name, f"must be one of {', '.join(map(str, self.choices))}, not {value!r}")
        return value


def _check_chord(name: str, chord: str) -> None:
    from assistant.platform.keys import parse_chord
    from assistant.platform.base import HotkeyError

    try:
        parse_chord(chord)
    except HotkeyError as exc:
        raise ValidationError(name, str(exc)) from None


def _check_prefix(name: str, prefix: str) -> None:
    if not 1 <= len(prefix) <= 3 or any(c.isspace() or c.isalnum() for c in prefix):
        raise ValidationError(name, f"must be 1 to 3 signs such as ; or // (no letters, digits or spaces), "
                                    f"not {prefix!r}")


SETTINGS: dict[str, Setting] = {s.name: s for s in (
    Setting("backup.keep", int, 14, "how many automatic backups to keep", 1, 365),
    Setting("backup.interval_hours", int, 24, "hours between automatic backups", 1, 24 * 30),
    Setting("ui.language", str, "zh_CN", "interface language", choices=("zh_CN", "en")),
    Setting("ui.welcome_shown", bool, False, "the first-start welcome was shown"),
    Setting("ui.theme", str, "system", "light, dark, or follow the system", choices=("system", "light", "dark")),
    Setting("app.start_at_login", bool, False, "start the app when you log in (applied by kefu config set and the app)"),
    Setting("expansion.prefix", str, ";", "typed before a code to expand it", check_item=_check_prefix),
    Setting("expansion.enabled", bool, True, "typed codes (prefix + code + space) turn into their script"),
    Setting("expansion.terminators", str, "space,tab", "keys that end a typed code: space, tab, enter",
            choices=("space", "tab", "enter", "space,tab", "space,enter", "tab,enter", "space,tab,enter")),
    Setting("expansion.blocked_apps", str, "keepassxc,1password,bitwarden",
            "programs (comma-separated) where typed codes never fire"),
    # Ctrl+Alt+letter: chat apps keep to Ctrl+Shift / Alt chords (QQ Ctrl+Alt+A/Z, WeCom
    # Alt+A, DingTalk Ctrl+Shift+A) and browsers leave Ctrl+Alt+K and +P free.
    Setting("hotkey.picker", str, "ctrl+alt+k", "opens the picker", check_item=_check_chord),
    Setting("hotkey.pause", str, "ctrl+alt+p", "pauses and resumes every hotkey and typed code",
            check_item=_check_chord),
    # Paste delays (assistant/paste.py).  Linux figures were measured under Xvfb: a Tk
    # chat box "dropped" a Ctrl+V sent <10 ms after a grabbed hotkey — the hotkey's key
    # was still down, so X still routed keys to our grab; the X11 backend now waits for
    # exactly that key's release (modifiers_down reports it), so no fixed wait before
    # the paste.  Restoring the clipboard at once made the target paste the old text (so
    # we wait until the target has read it: paste.after_fetch_ms).  The X11 backend
    # confirms the focus itself, so no fixed wait after activation either.
    Setting("paste.after_activate_ms", int, {"windows": 30, "macos": 50, "linux": 0},
            "after bringing the chat window back, before anything is sent", 0, 2000),
    Setting("paste.before_paste_ms", int, {"windows": 20, "macos": 30, "linux": 0},
            "after the clipboard is set, before the paste chord", 0, 2000),
    Setting("paste.restore_after_ms", int, {"windows": 200, "macos": 250, "linux": 250},
            "after the paste chord, the longest wait for the target to read the clipboard before the old "
            "clipboard is put back (targets read it late)", 50, 5000),
    Setting("paste.after_fetch_ms", int, 40,
            "once the target has read our clipboard, before it is put back (some read twice)", 0, 2000),
    Setting("paste.after_paste_ms", int, {"windows": 80, "macos": 100, "linux": 80},
            "after the paste, before Enter (paste + send) or the caret keys", 0, 5000),
    Setting("paste.modifier_release_timeout_ms", int, 2000,
            "how long to wait for the agent to let go of the hotkey's modifiers", 100, 10000),
    # Typed-out text (output mode "type", or a paste while another program keeps changing
    # the clipboard) must not send the message at every line: chat apps send on Enter.
    Setting("paste.newline_chord", str, "shift+enter",
            "keys that start a new line in a chat box without sending, when text is typed out",
            choices=("shift+enter", "ctrl+enter", "alt+enter", "enter")),
    Setting("paste.app_chords", dict, {"windows": {}, "macos": {},
                                       "linux": {"xterm": "shift+insert", "gnome-terminal-server": "ctrl+shift+v",
                                                 "konsole": "ctrl+shift+v", "xfce4-terminal": "ctrl+shift+v"}},
            "paste chord per program (window class or process name, lower case) when it is not the usual one",
            check_item=_check_chord),
)}


class Settings:
    def __init__(self, store) -> None:
        self.store = store

    def get(self, name: str):
        setting = _declared(name)
        stored = self.store.get_setting(name)
        if stored is None:
            return setting.default_value()
        try:
            return setting.check(stored)
        except ValidationError:  # a value an older version allowed: fall back, don't crash
            return setting.default_value()

    def set(self, name: str, value) -> None:
        self.store.set_setting(name, _declared(name).check(value))

    def reset(self, name: str) -> None:
        _declared(name)
        with self.store.transaction():
            self.store.database.execute("DELETE FROM settings WHERE key = ?", (name,))

    def all(self) -> dict[str, Any]:
        return {name: self.get(name) for name in SETTINGS}


def _declared(name: str) -> Setting:
    if name not in SETTINGS:
        raise ValidationError("setting", f"'{name}' is not a setting; known: {', '.join(sorted(SETTINGS))}")
    return SETTINGS[name]


def parse_value(name: str, text: str):
    """Turn the CLI's text into the setting's type (``kefu config set backup.keep 7``)."""
    setting = _declared(name)
    if setting.type is bool:
        if text.lower() in ("true", "1", "yes", "on"):
            return True
        if text.lower() in ("false", "0", "no", "off"):
            return False
        raise ValidationError(name, f"must be true or false, not '{text}'")
    if setting.type is int:
        try:
            return int(text)
        except ValueError:
            raise ValidationError(name, f"must be a whole number, not '{text}'") from None
    if setting.type is dict:  # app=chord,app=chord
        pairs = [item.split("=", 1) for item in text.split(",") if item.strip()]
        if any(len(pair) != 2 for pair in pairs):
            raise ValidationError(name, f"write it as app=chord,app=chord, not '{text}'")
        return {key.strip().lower(): value.strip() for key, value in pairs}
    return text
