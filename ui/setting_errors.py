"""A refused setting value in the interface language.

The core's errors are English one-liners for the CLI and logs; the UI words them from
what it knows: the setting's declaration (limits, choices) and the kind of value.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assistant.settings import SETTINGS

translate = QCoreApplication.translate


def describe(name: str, error: Exception) -> str:
    setting = SETTINGS[name]
    if name == "expansion.prefix":
        return translate("SettingErrors", "Use 1 to 3 signs such as ; or // (no letters, digits or spaces).")
    if name.startswith("hotkey."):
        return translate("SettingErrors", "Not a usable key combination: use one like Ctrl+Alt+K or F9.")
    if setting.type is dict:
        field = getattr(error, "field", "")
        program = field[field.find("[") + 1:-1] if "[" in field else ""
        text = translate("SettingErrors", "Paste keys for “%1”: write keys such as ctrl+shift+v.")
        return text.replace("%1", program)
    if setting.type is int and setting.minimum is not None and setting.maximum is not None:
        text = translate("SettingErrors", "Use a number from %1 to %2.")
        return text.replace("%1", f"{setting.minimum:g}").replace("%2", f"{setting.maximum:g}")
    if setting.choices:
        text = translate("SettingErrors", "Choose one of: %1")
        return text.replace("%1", ", ".join(map(str, setting.choices)))
    return str(error)
