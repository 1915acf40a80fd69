"""Every interface string is translated, and the language switches live."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.i18n import LANGUAGES, Translations
from ui.library_window import LibraryWindow

ROOT = Path(__file__).parents[2]
LUPDATE = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_interface_string_is_left_untranslated(language, tmp_path):
    ts = tmp_path / f"kefu_{language}.ts"
    shutil.copy(ROOT / "resources" / "translations" / ts.name, ts)
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run([str(LUPDATE), "-locations", "none", "-no-obsolete", *sources, "-ts", str(ts)],
                   check=True, capture_output=True)
    untranslated = [m.find("source").text for m in ET.parse(ts).iter("message")
                    if m.find("translation").get("type") == "unfinished"]
    assert untranslated == [], f"add these to resources/translations/{ts.name}"


def test_language_switches_live(qtbot, wired, tmp_path):
    translations = Translations(tmp_path)
    window = LibraryWindow(wired.core, wired.index, wired.bridge)
    qtbot.addWidget(window)
    translations.switch("zh_CN")
    qtbot.waitUntil(lambda: window.windowTitle() == "客服助手 — 话术库")
    assert window.count.text() == "0 条话术"
    assert window.query.placeholderText() == "输入快捷编码、中文、拼音或首字母"
    translations.switch("en")
    qtbot.waitUntil(lambda: window.windowTitle() == "Kefu Assistant — Library")
    assert window.count.text() == "0 scripts"
