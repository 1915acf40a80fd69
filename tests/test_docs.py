"""The README documents every CLI command (as sqlite-utils' docs test does)."""

from pathlib import Path

from assistant.cli import COMMANDS, build_parser
from sync.cli import COMMANDS as SYNC_COMMANDS

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_is_in_the_readme():
    missing = [name for name in [*COMMANDS, *SYNC_COMMANDS]
               if f"kefu {name}" not in README and f"kefu --json {name}" not in README]
    assert missing == []


def test_parser_and_dispatch_agree():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)
