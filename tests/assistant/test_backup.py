"""Rotating backups and restore: nothing the agent made is lost, a bad file changes nothing."""

from datetime import UTC, datetime, timedelta

import pytest

from assistant.errors import StoreError
from assistant.model import ScriptDraft
from assistant.settings import Settings
from assistant.store.backup import Backups


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 11, 0, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


@pytest.fixture
def backups(store, tmp_path):
    clock = Clock()
    b = Backups(store, tmp_path / "backups", Settings(store), now=clock)
    b.clock = clock
    return b


def test_daily_backup_rotates_and_keeps_labelled_ones(store, backups):
    Settings(store).set("backup.keep", 3)
    manual = backups.create("manual")
    made = []
    for day in range(6):
        made.append(backups.maybe_backup())
        assert backups.maybe_backup() is None  # at most one a day
        backups.clock.now += timedelta(days=1)
    kept = backups.list()
    assert [b.path for b in kept if b.automatic] == [m.path for m in reversed(made[-3:])]
    assert manual.path in [b.path for b in kept]


def test_restore_brings_back_the_library_and_saves_the_current_one(store, personal, backups):
    kept = store.add_script(personal.id, ScriptDraft(code="tk", body="退款话术"))
    snapshot = backups.create()
    heard = []
    store.subscribe(heard.append)
    store.trash_script(kept.id)
    store.empty_trash()
    store.add_script(personal.id, ScriptDraft(code="new", body="备份后新加的"))

    safety = backups.restore(snapshot.path)
    assert [s.code for s in store.scripts()] == ["tk"]
    assert heard[-1].reset
    assert safety.label == "pre-restore" and safety.path.exists()
    backups.restore(safety.path)  # and back again: nothing was lost
    assert [s.code for s in store.scripts()] == ["new"]


def test_a_bad_backup_file_changes_nothing(store, personal, backups, tmp_path):
    store.add_script(personal.id, ScriptDraft(code="tk", body="退款话术"))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    for bad in (junk, tmp_path / "missing.db"):
        with pytest.raises(StoreError, match=bad.name):
            backups.restore(bad)
    assert [s.code for s in store.scripts()] == ["tk"]
    assert backups.list() == []
