"""Rotating backups of the library database, and restore.

* A backup is a consistent copy made with SQLite's online backup API (safe while the
  app writes), written to a temporary name and renamed, so a kill never leaves a
  half backup that looks whole.  Names: ``library-YYYYmmdd-HHMMSS[-label].db``.
* ``maybe_backup()`` runs at start and daily: a new automatic backup when the newest
  one is older than ``backup.interval_hours``; automatic backups beyond
  ``backup.keep`` are deleted, oldest first.  Manual and pre-restore backups (those
  with a label) are never rotated away.
* ``restore(file)`` checks the file (a SQLite database that passes
  ``integrity_check``, made by this or an older schema), backs up the current library
  first (label ``pre-restore``), then copies the backup into the live database in one
  step and migrates it.  A bad file changes nothing.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from assistant.errors import StoreError
from assistant.settings import Settings
from assistant.store.migrations import SCHEMA_VERSION
from assistant.store.store import Store

_NAME = re.compile(r"^library-(\d{8}-\d{6})(?:_\d+)?(?:-([\w-]+))?\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    label: str  # '' for automatic backups

    @property
    def automatic(self) -> bool:
        return not self.label


class Backups:
    def __init__(self, store: Store, folder: Path, settings: Settings,
                 now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.folder = Path(folder)
        self.settings = settings
        self.now = now

    def list(self) -> list[Backup]:
        found = []
        if self.folder.exists():
            for path in self.folder.iterdir():
                match = _NAME.match(path.name)
                if match:
                    made = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=timezone.utc)
                    found.append(Backup(path, made, match.group(2) or ""))
        return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)

    def create(self, label: str = "") -> Backup:
        if label and not re.fullmatch(r"[\w-]+", label):
            raise StoreError(f"backup label '{label}' may only hold letters, digits, '_' and '-'")
        self.folder.mkdir(parents=True, exist_ok=True)
        made = self.now().replace(microsecond=0)
        stem, tail = f"library-{made:%Y%m%d-%H%M%S}", (f"-{label}" if label else "") + ".db"
        final, counter = self.folder / (stem + tail), 1
        while final.exists():  # several backups in one second
            final, counter = self.folder / f"{stem}_{counter}{tail}", counter + 1
        temp = final.with_suffix(".part")
        target = sqlite3.connect(str(temp))
        try:
            self.store.database.copy_to(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        os.replace(temp, final)
        return Backup(final, made, label)

    def maybe_backup(self) -> Backup | None:
        automatic = [b for b in self.list() if b.automatic]
        interval = timedelta(hours=self.settings.get("backup.interval_hours"))
        made = None
        if not automatic or self.now() - automatic[0].made_at >= interval:
            made = self.create()
            automatic.insert(0, made)
        for old in automatic[self.settings.get("backup.keep"):]:
            old.path.unlink(missing_ok=True)
        return made

    def restore(self, path: Path | str) -> Backup:
        """Replace the library with a backup; returns the pre-restore backup just made."""
        path = Path(path)
        _check_backup(path)
        safety = self.create("pre-restore")
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            self.store.database.replace_with(source)
        finally:
            source.close()
        self.store.mark_reset()
        return safety


def _check_backup(path: Path) -> None:
    if not path.is_file():
        raise StoreError(f"{path}: no such backup file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_scripts = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'scripts'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a Kefu Assistant backup ({exc})") from exc
    if result != "ok":
        raise StoreError(f"{path}: the backup is damaged ({result})")
    if not has_scripts or version < 1:
        raise StoreError(f"{path}: not a Kefu Assistant library")
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: made by a newer Kefu Assistant (schema {version}); update the app first")
