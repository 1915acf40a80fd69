"""Kill a writer with SIGKILL at random moments; the library must survive every time."""

import ast
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.store import Store

KILLS = 100


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_never_loses_a_committed_write(tmp_path):
    db = tmp_path / "library.db"
    writer = Path(__file__).with_name("crash_writer.py")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    rng = random.Random(20261111)
    committed: dict[str, str] = {}  # id -> body surely committed
    maybe: dict[str, list[str]] = {}  # id -> bodies begun after that, perhaps committed
    kills_mid_write = 0

    for attempt in range(KILLS):
        child = subprocess.Popen([sys.executable, str(writer), str(db), str(attempt)],
                                 stdout=subprocess.PIPE, env=env, text=True)
        # Half the kills land during start-up (opening, migrating), half while writing.
        if attempt % 2:
            assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        begun: dict[str, str] = {}
        for line in out.splitlines():
            parts = line.split(" ", 2)
            if len(parts) != 3 or parts[0] not in ("begin", "commit"):
                continue  # 'ready', or a line cut by the kill
            kind, script_id, body = parts
            if kind == "begin":
                begun[script_id] = ast.literal_eval(body)
                maybe.setdefault(script_id, []).append(begun[script_id])
            else:
                kills_mid_write += 1
                committed[script_id] = begun[script_id]
                maybe[script_id] = []

        store = Store(db)
        try:
            assert store.database.integrity_check() == "ok", f"attempt {attempt}"
            found = {s.id: s.body for s in store.get_scripts(committed)}
            missing = set(committed) - set(found)
            assert not missing, f"attempt {attempt}: {len(missing)} committed scripts lost"
            lost = [i for i, body in committed.items() if found[i] != body and found[i] not in maybe[i]]
            assert not lost, f"attempt {attempt}: a committed edit was lost"
            for script_id, body in found.items():  # what the store holds is now the known state
                committed[script_id], maybe[script_id] = body, []
        finally:
            store.close()

    assert kills_mid_write > KILLS, "the writer must have committed work before most kills"
