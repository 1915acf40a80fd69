"""A refused setting value in the interface language.

The core's errors are English one-liners for the CLI and logs; the UI words them from
what it knows: the setting's declaration (limits, choices) and the kind of value.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assistant.settings import SETTINGS


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingErrors", text)


def describe(name: str, error: Exception) -> str:
    setting = SETTINGS[name]
    if name == "expansion.prefix":
        return _tr("Use 1 to 3 signs such as ; or // (no letters, digits or spaces).")
    if name.startswith("hotkey."):
        return _tr("Not a usable key combination: use something like Ctrl+Alt+K or F9 "
                   "(a single letter or digit needs Ctrl or Alt).")
    if setting.type is dict:
        field = getattr(error, "field", "")
        program = field[field.find("[") + 1:-1] if "[" in field else ""
        return _tr("Paste keys for “%1”: write a key combination such as ctrl+shift+v.").replace("%1", program)
    if setting.type is int and setting.minimum is not None and setting.maximum is not None:
        return _tr("Use a number from %1 to %2.").replace("%1", f"{setting.minimum:g}").replace(
            "%2", f"{setting.maximum:g}")
    if setting.choices:
        return _tr("Choose one of: %1").replace("%1", ", ".join(map(str, setting.choices)))
    return str(error)
