"""The composition root of the core: builds the services once and hands them out.

The GUI entry and the CLI are thin shells over :func:`open_core`; nothing reaches for
module-level singletons.  Slow work (the daily backup) is left to the caller, so the
GUI can run it off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.paths import AppPaths, resolve_paths
from assistant.settings import Settings
from assistant.store import Store
from assistant.store.backup import Backups


@dataclass
class Core:
    paths: AppPaths
    store: Store
    settings: Settings
    backups: Backups

    def close(self) -> None:
        self.store.close()


def open_core(paths: AppPaths | None = None, starter: bool = False) -> Core:
    """``starter``: put the built-in starter library in (first start, or new content)."""
    paths = (paths or resolve_paths()).ensure()
    store = Store(paths.database)
    store.personal_library()
    if starter:
        from assistant.content import ensure_builtin  # jsonschema and yaml: loaded only when seeding

        ensure_builtin(store)
    settings = Settings(store)
    return Core(paths, store, settings, Backups(store, paths.backups, settings))
