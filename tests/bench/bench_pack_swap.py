"""How long the UI thread is held when a campaign pack's window opens or closes (the set of
archived packs changes and the search index is rebuilt without them).

    python tests/bench/bench_pack_swap.py [--size 10000] [--rounds 6]

In-process, offscreen Qt.  ``--size`` generated scripts (``bench_search.make_library``;
every 50th in a campaign pack whose window is closed and reopened each round).  Printed:

* **before**: ``SearchIndex.set_archived_libraries`` on the UI thread (what the pack schedule
  did until the rebuild moved to its worker);
* **now**: ``PackSchedule.refresh`` as the app runs it: the longest the UI thread's event
  loop went without running (a 2 ms timer's largest gap), the time spent in ``_apply`` (the
  swap, ranking state and replay), and the refresh from start to the new schedule applied.

Timing is printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_store(path: Path, size: int):
    """A store with ``size`` scripts, every 50th in one campaign pack; returns (store, pack id)."""
    from assistant.errors import ConflictError
    from assistant.model import LibraryKind, ScriptDraft
    from assistant.store import Store
    from tests.bench.bench_search import make_library

    store = Store(path)
    team = store.ensure_library(LibraryKind.TEAM, "客服团队")
    pack = store.ensure_library(LibraryKind.CAMPAIGN, "双11活动")
    with store.transaction():
        for script in make_library(size):
            target = pack if script.library_id == "campaign" else team
            draft = ScriptDraft(code=script.code, title=script.title, body=script.body,
                                category="/".join(script.category), keywords=script.keywords)
            try:
                store.add_script(target.id, draft)
            except ConflictError:  # a code that differs only in case
                store.add_script(target.id, ScriptDraft(title=script.title, body=script.body))
    return store, pack.id


def set_window(store, pack_id: str, open_: bool) -> None:
    now = datetime.now(UTC)
    ends = now + timedelta(days=1) if open_ else now - timedelta(minutes=1)
    store.set_pack_meta(pack_id, {"name": "双11活动", "version": 1, "starts_at": (now - timedelta(days=1)).isoformat(),
                                  "ends_at": ends.isoformat(), "notice": "", "variables": {}, "checklist": []})


def run_bench(size: int = 10000, rounds: int = 6) -> dict:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

    from assistant.search import SearchIndex
    from ui.pack_schedule import PackSchedule
    from ui.tasks import Tasks

    qt = QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory(prefix="kefu-bench-pack-") as folder:
        store, pack_id = make_store(Path(folder) / "library.db", size)
        scripts = store.scripts()

        before = []  # the old way: the rebuild on the UI thread
        index = SearchIndex(scripts, reload=store.scripts)
        for n in range(rounds):
            archived = {pack_id} if n % 2 == 0 else set()
            started = time.perf_counter()
            index.set_archived_libraries(archived, scripts)
            before.append((time.perf_counter() - started) * 1000)

        tasks = Tasks()
        index = SearchIndex(scripts, reload=store.scripts, usage=store.usage())
        schedule = PackSchedule(tasks, store, index)
        applied = []
        original_apply = schedule._apply

        def timed_apply(result):
            started = time.perf_counter()
            original_apply(result)
            applied.append((time.perf_counter() - started) * 1000)

        schedule._apply = timed_apply
        gaps, totals = [], []
        for n in range(rounds + 1):
            set_window(store, pack_id, open_=n % 2 == 1)  # round 0 closes the window (from no schedule yet)
            done = []
            schedule.changed.connect(lambda _plan: done.append(True))
            clock, ticks, widest = QElapsedTimer(), QTimer(), [0]
            ticks.setInterval(2)

            def tick():
                widest[0] = max(widest[0], clock.restart())

            ticks.timeout.connect(tick)
            started = time.perf_counter()
            clock.start()
            ticks.start()
            schedule.refresh()
            while not done:
                qt.processEvents()
                time.sleep(0.0005)
            ticks.stop()
            schedule.changed.disconnect()
            gaps.append(widest[0])
            totals.append((time.perf_counter() - started) * 1000)
            assert (pack_id in index.archived_libraries) == (n % 2 == 0)
        tasks.shutdown()
        store.close()
    return {"size": size, "before_ms": before, "gap_ms": gaps[1:], "apply_ms": applied[1:], "total_ms": totals[1:]}


def print_figures(result: dict) -> None:
    def line(name, values):
        print(f"{name:<52} median {statistics.median(values):7.1f} ms   max {max(values):7.1f} ms")

    print(f"archived packs change at {result['size']:,} scripts ({len(result['before_ms'])} rounds)")
    line("before: rebuild on the UI thread", result["before_ms"])
    line("now: longest UI-thread gap during the refresh", result["gap_ms"])
    line("now: UI thread in _apply (swap + ranking + replay)", result["apply_ms"])
    line("now: refresh to schedule applied (worker)", result["total_ms"])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args(argv)
    print_figures(run_bench(args.size, args.rounds))


if __name__ == "__main__":
    main()
