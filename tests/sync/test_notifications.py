"""Change notifications: SSE on one server, and across two app servers on one PostgreSQL."""

from __future__ import annotations

import queue
import threading
import time
import uuid

import pytest
import requests

from sync.client import SyncApi
from tests.sync.harness import ServerProcess


def listen(url: str, token: str, events: queue.Queue, stop: threading.Event) -> threading.Thread:
    api = SyncApi(url, lambda: token)

    def run():
        try:
            for name, data in api.events():
                events.put((time.monotonic(), name, data))
                if stop.is_set():
                    return
        except Exception as exc:  # the test reads what happened from the queue
            events.put((time.monotonic(), "error", {"error": repr(exc)}))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def wait_for(events: queue.Queue, name: str, timeout: float = 5.0, **match):
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        assert left > 0, f"no '{name}' event {match}"
        at, got, data = events.get(timeout=left)
        if got == name and all(data.get(k) == v for k, v in match.items()):
            return at, data


def push_one(url: str, person, library_id: str) -> tuple[float, int]:
    answer = requests.post(f"{url}/api/libraries/{library_id}/push", headers=person.headers(), timeout=10, json={
        "idempotency_key": uuid.uuid4().hex, "changes": [{"id": str(uuid.uuid4()), "body": "新话术"}]})
    assert answer.status_code == 200, answer.text
    return time.monotonic(), answer.json()["revision"]


def test_events_reach_only_the_right_people(server, seed):
    team, other = seed(), seed("别的店")
    lead, agent = team[f"{team.name}-lead1"], team[f"{team.name}-agent1"]
    libs = {lib["kind"]: lib["id"] for lib in requests.get(server.url + "/api/libraries", headers=agent.headers(),
                                                             timeout=10).json()["libraries"]}
    streams = {}
    stop = threading.Event()
    for person in (agent, team[f"{team.name}-agent2"], other[f"{other.name}-agent1"]):
        streams[person.username] = queue.Queue()
        listen(server.url, person.token, streams[person.username], stop)
        wait_for(streams[person.username], "hello")

    pushed_at, revision = push_one(server.url, lead, libs["team"])
    for name in (agent.username, f"{team.name}-agent2"):
        at, data = wait_for(streams[name], "change", library_id=libs["team"], revision=revision)
        assert at - pushed_at < 1.0
    push_one(server.url, agent, libs["personal"])  # agent1's personal library: only agent1 hears of it
    wait_for(streams[agent.username], "change", library_id=libs["personal"])
    time.sleep(0.3)
    for name in (f"{team.name}-agent2", f"{other.name}-agent1"):
        assert streams[name].empty(), f"{name} heard of someone else's change"
    stop.set()


def test_revoked_token_closes_the_stream(database_url, tmp_path, seed):
    server = ServerProcess(database_url, tmp_path / "srv", env={"KEFU_SERVER_TOKEN_CACHE_SECONDS": "0.5",
                                                                "KEFU_SERVER_KEEPALIVE_SECONDS": "0.2"}).start()
    try:
        team = seed()
        agent = team[f"{team.name}-agent1"]
        events, stop = queue.Queue(), threading.Event()
        listen(server.url, agent.token, events, stop)
        wait_for(events, "hello")
        assert requests.post(server.url + "/api/auth/logout", headers=agent.headers(), timeout=10).status_code == 204
        wait_for(events, "bye", timeout=3)
        assert requests.get(server.url + "/api/me", headers=agent.headers(), timeout=10).status_code == 401
    finally:
        server.stop()


@pytest.mark.parametrize("backend", ["postgres"])
def test_two_app_servers_on_one_postgresql(backend, database_url, tmp_path, seed):
    url = database_url
    first = ServerProcess(url, tmp_path / "one").start()
    second = ServerProcess(url, tmp_path / "two").start()
    try:
        team = seed()
        lead, agent = team[f"{team.name}-lead1"], team[f"{team.name}-agent1"]
        team_lib = next(lib["id"] for lib in requests.get(second.url + "/api/libraries", headers=agent.headers(),
                                                          timeout=10).json()["libraries"] if lib["kind"] == "team")
        events, stop = queue.Queue(), threading.Event()
        listen(second.url, agent.token, events, stop)  # the agent is connected to the second server
        wait_for(events, "hello")
        time.sleep(0.5)  # the second server's LISTEN connection is up
        latencies = []
        for _ in range(5):
            pushed_at, revision = push_one(first.url, lead, team_lib)  # the lead writes through the first
            at, _data = wait_for(events, "change", library_id=team_lib, revision=revision)
            latencies.append(at - pushed_at)
        assert max(latencies) < 1.0, latencies
        document = {"format": "kefu-pack", "version": 1, "name": "直播应急",
                    "scripts": [{"code": f"z{i}", "body": f"应急 {i}"} for i in range(50)]}
        answer = requests.post(first.url + "/api/packs", json=document, headers=lead.headers(), timeout=30)
        pack_id = answer.json()["library"]["id"]
        wait_for(events, "change", library_id=pack_id, kind="campaign")
        page = requests.get(f"{second.url}/api/libraries/{pack_id}/changes", headers=agent.headers(), timeout=10)
        assert len(page.json()["records"]) == 50
        stop.set()
    finally:
        first.stop()
        second.stop()
