"""Where Kefu Assistant keeps its files.

One place decides every directory:

* ``KEFU_HOME`` (environment): everything lives under that folder
  (``data/``, ``config/``, ``cache/``, ``backups/``).  Every test sets it.
* Portable mode: a file named ``kefu-portable.txt`` next to the executable (or the
  ``KEFU_PORTABLE=1`` environment variable) keeps everything in ``KefuData/`` beside
  the executable, for a USB stick or a shared office PC.
* Otherwise the OS conventions, through platformdirs.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "KefuAssistant"
HOME_ENV = "KEFU_HOME"
PORTABLE_ENV = "KEFU_PORTABLE"
PORTABLE_MARKER = "kefu-portable.txt"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    cache: Path
    backups: Path
    portable: bool = False

    @property
    def database(self) -> Path:
        return self.data / "library.db"

    @property
    def log_file(self) -> Path:
        return self.cache / "kefu.log"

    def ensure(self) -> "AppPaths":
        for folder in (self.data, self.config, self.cache, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @classmethod
    def under(cls, root: Path, portable: bool = False) -> "AppPaths":
        root = Path(root)
        return cls(root / "data", root / "config", root / "cache", root / "backups", portable)


def _executable_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def resolve_paths(environ: dict | None = None) -> AppPaths:
    env = os.environ if environ is None else environ
    if env.get(HOME_ENV):
        return AppPaths.under(Path(env[HOME_ENV]).expanduser())
    exe_dir = _executable_dir()
    if env.get(PORTABLE_ENV) == "1" or (exe_dir / PORTABLE_MARKER).exists():
        return AppPaths.under(exe_dir / "KefuData", portable=True)
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    data = Path(dirs.user_data_dir)
    return AppPaths(
        data=data,
        config=Path(dirs.user_config_dir),
        cache=Path(dirs.user_cache_dir),
        backups=data / "backups",
    )
