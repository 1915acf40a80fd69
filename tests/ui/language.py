"""The interface language for one test, put back afterwards (a translator left installed
would turn the next test's English into Chinese)."""

import pytest
from PySide6.QtCore import QCoreApplication

from ui.i18n import Translations


def uninstall(translations: Translations) -> None:
    if translations._translator is not None:
        QCoreApplication.removeTranslator(translations._translator)
        translations._translator = None


@pytest.fixture
def english(qtbot, tmp_path):
    translations = Translations(tmp_path)
    translations.switch("en")
    yield translations
    uninstall(translations)
