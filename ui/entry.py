"""The ``kefu`` console script: the desktop app with no arguments, the CLI with any.

Kept free of Qt imports so ``kefu list`` starts fast and works on a machine with no
display; Qt is imported only when the app really starts.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--self-test"]:  # does this build (frozen or not) have all it needs
        from ui.self_test import run as self_test

        return self_test()
    command = next((a for a in argv if not a.startswith("-")), None)
    from sync.cli import COMMANDS as SYNC_COMMANDS

    if command in SYNC_COMMANDS:
        from sync.cli import main as sync_main

        return sync_main(argv)
    if argv:
        from assistant.cli import main as cli_main

        return cli_main(argv)
    from ui.app import run

    return run()


if __name__ == "__main__":
    sys.exit(main())
