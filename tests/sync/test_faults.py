"""Faults: the server SIGKILLed mid-publish, the network cut mid-pull, the server down
for a whole session."""

from __future__ import annotations

import json
import threading
import time
import uuid
from pathlib import Path

import requests
from sqlalchemy import select

from assistant.model import LibraryKind, ScriptDraft
from tests.sync.harness import CuttableProxy, ServerProcess


def pack(tag: str, count: int, body_chars: int = 20) -> dict:
    return {"format": "kefu-pack", "version": 1, "name": "应急话术", "pack": {"notice": tag},
            "scripts": [{"id": f"s{i}", "code": f"e{i}", "body": f"{tag} {i} " + "x" * body_chars}
                        for i in range(count)]}


def _writing(server: ServerProcess, database_url: str, wal_baseline: int) -> bool:
    """True once the publish transaction is writing rows (not yet committed)."""
    if database_url.startswith("sqlite"):
        wal = Path(database_url.split("///", 1)[1] + "-wal")
        return wal.exists() and wal.stat().st_size > wal_baseline + 256 * 1024
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as conn:
        rows = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                            "AND (query LIKE 'INSERT INTO scripts%%' OR query LIKE 'DELETE FROM scripts%%') "
                            "AND xact_start IS NOT NULL AND pid != pg_backend_pid()").fetchone()
    return rows[0] > 0


def test_server_killed_mid_publish_leaves_no_partial_pack(backend, server, seed, database_url):
    team = seed(agent=1)
    lead = team[f"{team.name}-lead1"]
    first = requests.post(server.url + "/api/packs", json=pack("v1", 10), headers=lead.headers(), timeout=30)
    pack_id = first.json()["library"]["id"]
    wal = Path(database_url.split("///", 1)[1] + "-wal") if backend == "sqlite" else None
    baseline = wal.stat().st_size if wal and wal.exists() else 0

    big = pack("v2", 4000, body_chars=1500)
    outcome = {}

    def publish():
        try:
            outcome["answer"] = requests.post(f"{server.url}/api/packs/{pack_id}/versions", json=big,
                                              headers=lead.headers(), timeout=60)
        except requests.RequestException as exc:
            outcome["error"] = exc

    sender = threading.Thread(target=publish)
    sender.start()
    deadline = time.monotonic() + 30
    while not _writing(server, database_url, baseline):
        assert time.monotonic() < deadline and "answer" not in outcome, "publish was never caught mid-write"
        time.sleep(0.002)
    server.kill()
    sender.join(10)
    assert "error" in outcome  # the lead was not told it worked

    server.start()
    agent = team[f"{team.name}-agent1"]
    page = requests.get(f"{server.url}/api/libraries/{pack_id}/changes", params={"since": 0},
                        headers=agent.headers(), timeout=30).json()
    tags = {r["body"].split(" ")[0] for r in page["records"]}
    assert tags == {"v1"} and len(page["records"]) == 10 and page["pack"]["version"] == 1

    from sync.server import tables as t
    from sync.server.db import Database

    db = Database(database_url)
    with db.read() as conn:
        lib = conn.execute(select(t.libraries).where(t.libraries.c.id == pack_id)).one()
        rows = conn.execute(select(t.scripts.c.revision).where(t.scripts.c.library_id == pack_id)).all()
    db.dispose()
    assert len(rows) == lib.script_count == 10 and {r.revision for r in rows} == {lib.revision}
    # and the next publish works as if nothing happened
    again = requests.post(f"{server.url}/api/packs/{pack_id}/versions", json=pack("v3", 20), headers=lead.headers(),
                          timeout=30)
    assert again.status_code == 201 and again.json()["library"]["pack"]["version"] == 2


def test_network_cut_mid_pull_resumes_without_duplicates(server, seed, make_device):
    team = seed(agent=1)
    lead = team[f"{team.name}-lead1"]
    libs = requests.get(server.url + "/api/libraries", headers=lead.headers(), timeout=10).json()["libraries"]
    team_lib = next(lib["id"] for lib in libs if lib["kind"] == "team")
    for batch in range(3):
        changes = [{"id": str(uuid.uuid4()), "code": f"t{batch}-{i}", "body": f"团队话术 {batch}-{i}"}
                   for i in range(400)]
        answer = requests.post(f"{server.url}/api/libraries/{team_lib}/push", headers=lead.headers(), timeout=30,
                               json={"idempotency_key": f"seed-{batch}-{uuid.uuid4().hex}", "changes": changes})
        assert answer.status_code == 200
    proxy = CuttableProxy(server.port)
    store, sync = make_device("agent", proxy.url, team[f"{team.name}-agent1"].token)
    proxy.cut_on = ("since=500", 3000)  # the second page's answer is cut after 3 kB

    sync.sync_once()
    assert sync.state.status == "offline"
    assert len(store.scripts(team_lib)) == 500  # the first page, applied whole
    assert store.sync_state(team_lib)["revision"] == 500

    proxy.refuse = False
    seen = len(proxy.requests_seen)
    sync.sync_once()
    assert sync.state.status == "synced", sync.state
    pulls = [line for line in proxy.requests_seen[seen:] if f"/libraries/{team_lib}/changes" in line]
    assert "since=500" in pulls[0]  # resumed where it stopped
    scripts = store.scripts(team_lib)
    assert len(scripts) == 1200 and len({s.body for s in scripts}) == 1200
    assert store.database.scalar("SELECT COUNT(*) FROM scripts WHERE library_id = ?", (team_lib,)) == 1200
    proxy.close()


def test_server_down_for_a_whole_session(server, seed, make_device):
    team = seed(agent=1)
    agent = team[f"{team.name}-agent1"]
    proxy = CuttableProxy(server.port)
    proxy.refuse = True
    states = []
    store, sync = make_device("agent", proxy.url, agent.token, listen=True, on_state=states.append)
    sync.start()
    personal = store.personal_library().id
    made = [store.add_script(personal, ScriptDraft(code=f"off{i}", body=f"离线写的 {i}")) for i in range(5)]
    store.update_script(made[0].id, ScriptDraft(code="off0", body="离线改过"))
    store.trash_script(made[4].id)
    assert [s.code for s in store.find_by_code("off1")] == ["off1"]  # fully usable offline
    deadline = time.monotonic() + 10
    while sync.state.status != "offline":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert sync.state.since is not None and len(store.outbox()) == 5

    proxy.refuse = False  # the server is back: the outbox drains by itself
    deadline = time.monotonic() + 15
    while store.outbox() or sync.state.status != "synced":
        assert time.monotonic() < deadline, (sync.state, store.outbox())
        time.sleep(0.05)
    assert any(s.status == "offline" for s in states) and states[-1].status == "synced"
    libs = requests.get(server.url + "/api/libraries", headers=agent.headers(), timeout=10).json()["libraries"]
    mine = next(lib for lib in libs if lib["kind"] == "personal")
    assert personal != mine["id"] and [lib.id for lib in store.libraries(LibraryKind.PERSONAL)] == [mine["id"]]
    page = requests.get(f"{server.url}/api/libraries/{mine['id']}/changes", headers=agent.headers(), timeout=10).json()
    live = {r["code"]: r["body"] for r in page["records"] if not r["deleted"]}
    assert live == {"off0": "离线改过", "off1": "离线写的 1", "off2": "离线写的 2", "off3": "离线写的 3"}
    assert json.dumps(page)  # plain JSON all the way
    proxy.close()
