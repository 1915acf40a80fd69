"""docs/server.md documents every admin command and every setting (kept honest by a test)."""

from pathlib import Path

from sync.server.cli import COMMANDS, build_parser
from sync.server.config import Settings

DOC = (Path(__file__).parents[2] / "docs" / "server.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    assert [name for name in COMMANDS if f"kefu-server {name}" not in DOC] == []
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)


def test_every_setting_is_documented():
    assert [name for name in Settings.model_fields if f"KEFU_SERVER_{name.upper()}" not in DOC] == []
