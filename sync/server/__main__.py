"""``python -m sync.server`` is ``kefu-server``."""

from sync.server.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
