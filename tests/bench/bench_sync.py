"""Sync server load benchmark: a lead publishes a pack to N connected agents.

    python tests/bench/bench_sync.py                       # N = 200 and 2,000 on SQLite
    python tests/bench/bench_sync.py --agents 50 --rounds 1 --backend postgres

What is measured (printed as a table):

* N simulated agents (asyncio + httpx, all in this one process) sign in, pull the
  pack's current version and hold the server-sent-event stream open.  The lead then
  publishes a new version of a 500-script pack.  Each agent, on the ``change`` event,
  fetches the whole version.  Latency = from the moment the lead sends the publish
  request until that agent holds the complete body; p50 / p99 / max over every agent of
  every round.  An agent that gets an error, or nothing within 60 s, is an error.
* The simulated agents keep the gzip body as received and check it is byte-identical to
  a sample that was decoded and verified to hold every script of the new version; they do
  not each parse it (2,000 JSON parses in one Python process would measure this script,
  not the server).  Applying a pack on a real device is measured on its own: the
  ``client apply`` line (a real SyncService pulling into a real local store).
* Sustained pulls per second with 64 concurrent pullers: "no changes" pulls of the team
  library (the steady state: a database read per pull) and whole-pack pulls.

The server is one ``kefu-server serve`` process on loopback; this process and the server
share the machine's cores.  Only 127.0.0.1 is used; every loop is bounded.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import resource
import ssl
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT))

import httpx

from tests.sync.harness import PgCluster, ServerProcess

PASSWORD = "bench password 1"
WAIT_SECONDS = 60.0


def pack_document(version: int, scripts: int) -> dict:
    return {"format": "kefu-pack", "version": 1, "name": "双11 大促话术", "pack": {
        "notice": f"第 {version} 版：0 点开抢，券面额见变量",
        "variables": {"券面额": "50", "活动截止时间": "11月11日 23:59"},
        "checklist": ["核对券面额", "核对发货时间"]},
        "scripts": [{"id": f"s{i}", "code": f"d11-{i}", "title": f"活动话术 {i}", "category": ["双11", f"分组{i % 12}"],
                     "keywords": ["双11", "优惠券", f"k{i}"],
                     "body": f"亲，v{version} 双11活动第{i}条：今晚0点开抢，下单立减{{{{券面额}}}}元，"
                             f"活动截止{{{{活动截止时间}}}}，库存有限先到先得哦～如有问题随时联系客服小美。"}
                    for i in range(scripts)]}


def seed(url: str, agents: int) -> dict:
    """A team with a lead and ``agents`` agents, tokens issued directly (one argon2 hash in all)."""
    from sqlalchemy import insert

    from sync.server import accounts, security
    from sync.server import tables as t
    from sync.server.db import Database

    db = Database(url)
    db.migrate()
    admin = accounts.create_team(db, "压测团队", "bench-admin", PASSWORD)
    lead = accounts.add_user(db, admin.team_id, "bench-lead", PASSWORD, "lead")
    hashed, now = security.hash_password(PASSWORD), security.now_iso()
    expires = security.now_iso(__import__("datetime").timedelta(days=1))
    tokens = []
    users, libraries, token_rows = [], [], []
    for number in range(agents):
        user_id, token = str(uuid.uuid4()), security.new_secret()
        users.append(dict(id=user_id, team_id=admin.team_id, username=f"bench-agent{number}", display_name="",
                          password_hash=hashed, role="agent", active=True, created_at=now))
        libraries.append(dict(id=str(uuid.uuid4()), team_id=admin.team_id, kind="personal", owner_id=user_id,
                              name="我的话术", revision=0, created_at=now, pack_version=0, pack_meta="{}",
                              script_count=0))
        token_rows.append(dict(hash=security.digest(token), user_id=user_id, device="bench", created_at=now,
                               expires_at=expires))
        tokens.append(token)
    with db.write() as conn:
        if users:
            conn.execute(insert(t.users), users)
            conn.execute(insert(t.libraries), libraries)
            conn.execute(insert(t.tokens), token_rows)
    lead_token = accounts.issue_token(db, lead.id)[0]
    db.dispose()
    return {"lead": lead_token, "agents": tokens}


class Agent:
    def __init__(self, client: httpx.AsyncClient, token: str, pack_id: str) -> None:
        self.client, self.pack_id = client, pack_id
        self.headers = {"Authorization": f"Bearer {token}"}
        self.revision = 0
        self.got: dict[int, tuple[float, str]] = {}  # revision -> (time, sha256 of the body as received)
        self.errors: list[str] = []
        self.retries = 0
        self.listening = asyncio.Event()
        self.notified: dict[int, float] = {}  # revision -> when the change event arrived
        self.keep: bytes | None = None  # the last body as received, kept by one agent for the check

    async def fetch(self) -> None:
        for attempt in (1, 2):  # one retry on a broken connection, as the real client's urllib3 does
            try:
                async with self.client.stream("GET", f"/api/libraries/{self.pack_id}/changes",
                                              params={"since": self.revision}, headers=self.headers) as answer:
                    raw = b"".join([chunk async for chunk in answer.aiter_raw()])
                    if answer.status_code != 200:
                        self.errors.append(f"pull {answer.status_code}")
                        return
                    revision = int(answer.headers.get("x-kefu-revision", self.revision))
                    break
            except httpx.TransportError as exc:
                self.retries += 1
                if attempt == 2:
                    self.errors.append(f"pull {type(exc).__name__}")
                    return
        if revision > self.revision:
            self.revision = revision
            self.got[revision] = (time.perf_counter(), hashlib.sha256(raw).hexdigest())
            if self.keep is not None:
                self.keep = raw

    async def listen(self) -> None:
        for attempt in range(3):  # like the real listener, reconnect after a failure
            await self._listen()
            if self.listening.is_set():
                return
            await asyncio.sleep(0.5 * (attempt + 1))

    async def _listen(self) -> None:
        try:
            async with self.client.stream("GET", "/api/events", headers=self.headers,
                                          timeout=httpx.Timeout(30, read=None)) as stream:
                if stream.status_code != 200:
                    self.retries += 1
                    return
                event = ""
                async for line in stream.aiter_lines():
                    if line.startswith("event:"):
                        event = line[6:].strip()
                        if event == "hello":
                            self.listening.set()
                    elif line.startswith("data:") and event == "change":
                        data = json.loads(line[5:])
                        if data["library_id"] == self.pack_id and data["revision"] > self.revision:
                            self.notified[data["revision"]] = time.perf_counter()
                            await self.fetch()
        except asyncio.CancelledError:
            raise
        except httpx.HTTPError:
            self.retries += 1  # listen() reconnects; an agent that never gets the pack is the error


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


async def run_level(url: str, tokens: dict, agents: int, rounds: int, scripts: int) -> dict:
    # One AsyncClient per agent, as on real devices (one shared pool of 4,000 connections makes
    # httpcore's pool bookkeeping the bottleneck); they share one TLS context to start fast.
    tls = ssl.create_default_context()
    async with httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(60), verify=tls) as client:
        lead = {"Authorization": f"Bearer {tokens['lead']}"}
        created = await client.post("/api/packs", json=pack_document(0, scripts), headers=lead)
        pack_id = created.json()["library"]["id"]
        clients = [httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(60), verify=tls)
                   for _ in tokens["agents"][:agents]]
        crowd = [Agent(own, token, pack_id) for own, token in zip(clients, tokens["agents"][:agents])]
        crowd[0].keep = b""
        for start in range(0, len(crowd), 100):  # sign-in storm, in waves of 100
            await asyncio.gather(*(a.fetch() for a in crowd[start:start + 100]))
        listeners = []
        for start in range(0, len(crowd), 100):
            listeners += [asyncio.create_task(a.listen()) for a in crowd[start:start + 100]]
            waves = asyncio.gather(*(a.listening.wait() for a in crowd[start:start + 100]))
            try:
                await asyncio.wait_for(waves, 30)
            except TimeoutError:
                break  # the agents that never connected count as errors below
        latencies, notified, publish_times, errors = [], [], [], 0
        for version in range(1, rounds + 1):
            document = pack_document(version, scripts)
            await asyncio.sleep(0.5)
            started = time.perf_counter()
            answer = await client.post(f"/api/packs/{pack_id}/versions", json=document, headers=lead)
            publish_times.append(time.perf_counter() - started)
            revision = answer.json()["library"]["revision"]
            deadline = time.monotonic() + WAIT_SECONDS
            while any(revision not in a.got for a in crowd) and time.monotonic() < deadline:
                await asyncio.sleep(0.01)
            sample = await client.get(f"/api/libraries/{pack_id}/changes", params={"since": 0}, headers=lead)
            records = sample.json()["records"]
            assert len(records) == scripts and all(f"v{version} " in r["body"] for r in records), "bad sample"
            held = crowd[0].keep if revision in crowd[0].got else b""
            if (gzip.decompress(held) if held[:2] == b"\x1f\x8b" else held) != sample.content:
                errors += 1  # the kept body is not the verified version
            if len({a.got[revision][1] for a in crowd if revision in a.got}) > 1:
                errors += len(crowd)  # every agent must hold byte-identical bodies
            for agent in crowd:
                if revision in agent.got:
                    latencies.append(agent.got[revision][0] - started)
                    if revision in agent.notified:
                        notified.append(agent.notified[revision] - started)
                else:
                    errors += 1
        errors += sum(len(a.errors) for a in crowd)
        retries = sum(a.retries for a in crowd)
        kinds = sorted({e for a in crowd for e in a.errors})
        if kinds:
            print(f"  errors at {agents} agents: {', '.join(kinds)}", file=sys.stderr)
        for task in listeners:
            task.cancel()
        await asyncio.gather(*listeners, return_exceptions=True)
        await asyncio.gather(*(own.aclose() for own in clients))
    return {"agents": agents, "rounds": rounds, "publish": statistics.median(publish_times),
            "p50": percentile(latencies, 0.50), "p99": percentile(latencies, 0.99), "max": max(latencies, default=0),
            "notified_p50": percentile(notified, 0.50), "notified_p99": percentile(notified, 0.99), "errors": errors,
            "retries": retries}


async def sustained_pulls(url: str, tokens: dict, seconds: float, workers: int = 64) -> dict:
    tls = ssl.create_default_context()
    async with httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(30), verify=tls) as client:
        lead = {"Authorization": f"Bearer {tokens['lead']}"}
        libraries = (await client.get("/api/libraries", headers=lead)).json()["libraries"]
        team = next(lib for lib in libraries if lib["kind"] == "team")
        pack = next(lib for lib in libraries if lib["kind"] == "campaign")
        agents = [{"Authorization": f"Bearer {token}"} for token in (tokens["agents"] or [tokens["lead"]])]
        results = {}
        for name, path, since in (("no changes (team library)", f"/api/libraries/{team['id']}/changes",
                                   team["revision"]),
                                  ("whole pack, gzip", f"/api/libraries/{pack['id']}/changes", 0)):
            done, failed = 0, 0
            stop = time.perf_counter() + seconds

            async def puller(index: int, own: httpx.AsyncClient, path=path, since=since, stop=stop) -> None:
                nonlocal done, failed
                while time.perf_counter() < stop:
                    headers = agents[(index + done) % len(agents)]
                    async with own.stream("GET", path, params={"since": since}, headers=headers) as answer:
                        async for _chunk in answer.aiter_raw():
                            pass
                        if answer.status_code == 200:
                            done += 1
                        else:
                            failed += 1

            owns = [httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(30), verify=tls) for _ in range(workers)]
            started = time.perf_counter()
            await asyncio.gather(*(puller(i, own) for i, own in enumerate(owns)))
            await asyncio.gather(*(own.aclose() for own in owns))
            results[name] = (done / (time.perf_counter() - started), failed)
    return results


def _run(coroutine):
    """asyncio.run, on uvloop when it is installed (as the server's uvicorn uses it)."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coroutine)
    return uvloop.run(coroutine)


def client_apply(url: str, tokens: dict, scripts: int) -> float:
    """Seconds for a real SyncService to pull and apply the current pack into a fresh local store."""
    from assistant.model import LibraryKind
    from assistant.store import Store
    from sync.client import SyncApi, SyncService

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "library.db")
        service = SyncService(store, SyncApi(url, lambda: tokens["agents"][0] if tokens["agents"] else tokens["lead"]),
                              listen=False)
        started = time.perf_counter()
        service.sync_once()
        took = time.perf_counter() - started
        packs = store.libraries(LibraryKind.CAMPAIGN)
        assert service.state.status == "synced" and packs and len(store.scripts(packs[-1].id)) == scripts
        store.close()
    return took


def run(levels: list[int], rounds: int, scripts: int, backend: str, pull_seconds: float) -> dict:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 65536)), hard))
    folder = Path(tempfile.mkdtemp(prefix="kefu-bench-"))
    cluster = PgCluster().start() if backend == "postgres" else None
    url = cluster.new_database() if cluster else f"sqlite:///{folder / 'server' / 'kefu-server.db'}"
    tokens = seed(url, max(levels))
    server = ServerProcess(url, folder / "server").start()
    try:
        report = {"backend": backend, "scripts": scripts, "levels": []}
        for agents in levels:
            report["levels"].append(_run(run_level(server.url, tokens, agents, rounds, scripts)))
        report["pulls"] = _run(sustained_pulls(server.url, tokens, pull_seconds))
        report["apply"] = client_apply(server.url, tokens, scripts)
    finally:
        server.stop()
        if cluster:
            cluster.stop()
    return report


def print_report(report: dict) -> None:
    print(f"\nKefu sync benchmark: {report['backend']}, {report['scripts']}-script pack, one server process, "
          f"agents simulated in one asyncio+httpx process, same 2-core machine\n")
    print("| agents | rounds | publish answered | event p50 / p99 | pack fetched p50 | p99 | max | errors | retries |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for level in report["levels"]:
        print(f"| {level['agents']:,} | {level['rounds']} | {level['publish']:.2f} s "
              f"| {level['notified_p50']:.2f} s / {level['notified_p99']:.2f} s | {level['p50']:.2f} s "
              f"| {level['p99']:.2f} s | {level['max']:.2f} s | {level['errors']} | {level['retries']} |")
    print("\n| sustained pulls (64 concurrent) | per second | errors |")
    print("| --- | ---: | ---: |")
    for name, (rate, failed) in report["pulls"].items():
        print(f"| {name} | {rate:,.0f} | {failed} |")
    print(f"\nclient apply of the {report['scripts']}-script pack (real SyncService into a fresh local store): "
          f"{report['apply'] * 1000:.0f} ms")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agents", default="200,2000", help="comma-separated agent counts")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--scripts", type=int, default=500)
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--pull-seconds", type=float, default=5.0)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    report = run([int(n) for n in args.agents.split(",")], args.rounds, args.scripts, args.backend, args.pull_seconds)
    print_report(report)
    if args.json:
        print(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main()
