"""Interface language: Qt translations, switched live.

Sources are English strings in ``self.tr()`` calls; ``resources/translations/*.ts`` hold
the translations (edited with Qt Linguist or by hand, refreshed by ``pyside6-lupdate``).
The ``.qm`` files Qt loads are built, never committed: from the ``.ts`` into the cache
folder with PySide6's ``lrelease`` whenever the ``.ts`` is newer (a frozen build ships
them prebuilt).  Switching installs the new translator; Qt then sends every widget a
LanguageChange event and each one calls its ``retranslate()``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal

from resources import resource_path

LANGUAGES = {"zh_CN": "中文", "en": "English"}


def lrelease_binary() -> Path:
    name = "lrelease.exe" if sys.platform.startswith("win") else "lrelease"
    return Path(os.path.dirname(PySide6.__file__)) / name


def build_qm(language: str, cache: Path) -> Path:
    """The compiled translation for ``language``, rebuilt when its .ts changed."""
    ts = resource_path("translations", f"kefu_{language}.ts")
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped  # frozen builds ship .qm files
    qm = Path(cache) / "translations" / f"kefu_{language}.qm"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(lrelease_binary()), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


class Translations(QObject):
    changed = Signal(str)

    def __init__(self, cache: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.language = "en"
        self._translator: QTranslator | None = None

    def switch(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language}; known: {', '.join(LANGUAGES)}")
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
        translator = QTranslator(self)
        if not translator.load(str(build_qm(language, self.cache))):
            raise RuntimeError(f"the {language} translation could not be loaded")
        app.installTranslator(translator)
        self._translator, self.language = translator, language
        self.changed.emit(language)
