"""Settings are declared once; a bad value names the setting and changes nothing."""

import pytest

from assistant.errors import ValidationError
from assistant.settings import Settings, parse_value


def test_settings_refuse_bad_values_by_name(store):
    settings = Settings(store)
    for name, value in (("backup.keep", 0), ("backup.keep", "7"), ("ui.language", "fr"), ("nope", 1)):
        with pytest.raises(ValidationError) as err:
            settings.set(name, value)
        assert name in str(err.value)
    assert settings.get("backup.keep") == 14


def test_per_app_chords_are_checked_chord_by_chord(store):
    settings = Settings(store)
    settings.set("paste.app_chords", parse_value("paste.app_chords", "Qianniu=ctrl+v, xterm=shift+insert"))
    assert settings.get("paste.app_chords") == {"qianniu": "ctrl+v", "xterm": "shift+insert"}
    with pytest.raises(ValidationError, match=r"paste.app_chords\[wecom\]"):
        settings.set("paste.app_chords", {"wecom": "ctrl+hyper+v"})
