"""One person's two devices, and a team receiving a pack: against a real server."""

from __future__ import annotations

import time

import requests

from assistant.model import LibraryKind, ScriptDraft, ScriptState
from tests.sync.harness import CuttableProxy


def live(store) -> dict[str, tuple]:
    lib = store.libraries(LibraryKind.PERSONAL)[0]
    return {s.id: (s.code, s.title, s.body, s.category) for s in store.scripts(lib.id)}


def texts(store) -> set[str]:
    return {body for _code, _title, body, _cat in live(store).values()}


def test_two_devices_edit_offline_and_converge(backend, server, seed, make_device):
    team = seed()
    me = team[f"{team.name}-agent1"]
    proxy_home, proxy_office = CuttableProxy(server.port), CuttableProxy(server.port)
    home, home_sync = make_device("home", proxy_home.url, me.token)
    office, office_sync = make_device("office", proxy_office.url, me.token)

    # Each device had scripts before its first sign-in: both sets end up in one library.
    home.add_script(home.personal_library().id, ScriptDraft(code="hi", body="家里写的问候"))
    office.add_script(office.personal_library().id, ScriptDraft(code="bye", body="办公室写的告别"))
    shared = home.add_script(home.personal_library().id, ScriptDraft(code="s1", title="S1", body="共享原文"))
    doomed = home.add_script(home.personal_library().id, ScriptDraft(code="s2", body="将被删除"))
    for sync in (home_sync, office_sync, home_sync):
        sync.sync_once()
        assert sync.state.status == "synced", sync.state
    assert live(home) == live(office)
    assert {"家里写的问候", "办公室写的告别", "共享原文"} <= texts(office)

    # Offline: both edit the same script, both claim the code 'x', one deletes what the other edits.
    proxy_home.refuse = proxy_office.refuse = True
    proxy_home.drop(), proxy_office.drop()
    home.update_script(shared.id, ScriptDraft(code="s1", title="家里改的标题", body="共享原文"))
    office.update_script(shared.id, ScriptDraft(code="s1", title="S1", body="办公室改的正文"))
    home.add_script(home.personal_library().id, ScriptDraft(code="x", body="家里的 x"))
    office.add_script(office.personal_library().id, ScriptDraft(code="x", body="办公室的 x"))
    home.trash_script(doomed.id)
    office.update_script(doomed.id, ScriptDraft(code="s2", body="办公室救回并修改"))
    home_sync.sync_once()
    assert home_sync.state.status == "offline"
    assert len(home.outbox()) == 3  # the store kept working; everything waits in the outbox

    proxy_home.refuse = proxy_office.refuse = False
    for sync in (home_sync, office_sync, home_sync, office_sync):
        sync.sync_once()
        assert sync.state.status == "synced", sync.state
    assert live(home) == live(office)
    assert home.outbox() == [] and office.outbox() == []
    everything = texts(home)
    for text in ("家里写的问候", "办公室写的告别", "办公室改的正文", "家里的 x", "办公室的 x", "办公室救回并修改"):
        assert text in everything, text
    titles = [title for _c, title, _b, _cat in live(home).values()]
    assert any(t.startswith("家里改的标题（冲突副本") for t in titles), titles  # the losing edit, kept
    codes = [code for code, *_ in live(home).values() if code]
    assert len(codes) == len(set(c.casefold() for c in codes))  # codes stay unique
    assert home.get_script(doomed.id).state == ScriptState.ACTIVE
    proxy_home.close(), proxy_office.close()


def test_pack_published_while_agents_are_connected(server, seed, make_device):
    team = seed(agent=3)
    lead = team[f"{team.name}-lead1"]
    agents = []
    for number in (1, 2, 3):
        store, sync = make_device(f"agent{number}", server.url, team[f"{team.name}-agent{number}"].token, listen=True)
        sync.start()
        agents.append((store, sync))
    deadline = time.monotonic() + 10
    while not all(sync.listening and sync.state.status == "synced" for _s, sync in agents):
        assert time.monotonic() < deadline, [sync.state for _s, sync in agents]
        time.sleep(0.05)

    pack_id = None
    for version in (1, 2):
        document = {"format": "kefu-pack", "version": 1, "name": "双11 大促",
                    "pack": {"notice": f"第{version}版", "variables": {"券面额": "50"}},
                    "scripts": [{"id": f"s{i}", "code": f"d11-{i}", "body": f"v{version} 活动话术 {i}"}
                                for i in range(200)]}
        started = time.monotonic()
        answer = requests.post(server.url + "/api/packs" + (f"/{pack_id}/versions" if version == 2 else ""),
                               json=document, headers=lead.headers(), timeout=30)
        assert answer.status_code == 201, answer.text
        pack_id = answer.json()["library"]["id"]
        published = time.monotonic()
        while True:
            done = []
            for store, _sync in agents:
                meta = store.pack_meta(pack_id)
                bodies = {s.body.split(" ")[0] for s in store.scripts(pack_id)} if meta else set()
                assert len(bodies) <= 1, "a device shows a mix of two pack versions"
                done.append(meta is not None and meta["version"] == version and bodies == {f"v{version}"}
                            and len(store.scripts(pack_id)) == 200)
            if all(done):
                break
            assert time.monotonic() - published < 3.0, "agents did not get the pack in time"
            time.sleep(0.02)
        arrival = time.monotonic() - published
        assert arrival < 1.5, f"pack took {arrival:.2f}s after publishing ({published - started:.2f}s to publish)"
        assert agents[0][0].pack_meta(pack_id)["notice"] == f"第{version}版"
    receipts = requests.get(f"{server.url}/api/packs/{pack_id}/receipts", headers=lead.headers(), timeout=10).json()
    got = {r["username"]: r["version"] for r in receipts["receipts"]}
    assert all(got[f"{team.name}-agent{n}"] == 2 for n in (1, 2, 3))
