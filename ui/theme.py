"""Light, dark or the system's colours (setting ``ui.theme``), applied to the whole app live.

"system" gives the style's own palette back and lets Qt follow the desktop's colour
scheme; "light" and "dark" set a fixed palette on the Fusion style (the platform styles
ignore palettes on some desktops).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")

_COLOURS = {
    "light": {"Window": "#f5f5f5", "WindowText": "#1f1f1f", "Base": "#ffffff", "AlternateBase": "#f0f0f0",
              "Text": "#1f1f1f", "Button": "#ececec", "ButtonText": "#1f1f1f", "Highlight": "#2f6fd6",
              "HighlightedText": "#ffffff", "ToolTipBase": "#ffffdc", "ToolTipText": "#1f1f1f",
              "PlaceholderText": "#8a8a8a", "Mid": "#b8b8b8", "Link": "#2f6fd6"},
    "dark": {"Window": "#2b2b2b", "WindowText": "#e8e8e8", "Base": "#1e1e1e", "AlternateBase": "#262626",
             "Text": "#e8e8e8", "Button": "#353535", "ButtonText": "#e8e8e8", "Highlight": "#3d7be0",
             "HighlightedText": "#ffffff", "ToolTipBase": "#3a3a3a", "ToolTipText": "#e8e8e8",
             "PlaceholderText": "#8f8f8f", "Mid": "#5a5a5a", "Link": "#7aa7f0"},
}


def palette_for(theme: str) -> QPalette:
    palette = QPalette()
    for role, colour in _COLOURS[theme].items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    disabled = QColor(_COLOURS[theme]["PlaceholderText"])
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(theme: str, app: QApplication | None = None) -> None:
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; known: {', '.join(THEMES)}")
    app = app or QApplication.instance()
    hints = QGuiApplication.styleHints()
    if theme == "system":
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        app.setPalette(app.style().standardPalette())
        return
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    if app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(palette_for(theme))
