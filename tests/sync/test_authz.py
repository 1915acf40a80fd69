"""Authorization matrix: role × endpoint × own / other team, against a real server."""

from __future__ import annotations

import hashlib
import uuid

import pytest
import requests

PACK = {"format": "kefu-pack", "version": 1, "name": "权限测试包", "scripts": [{"code": "p1", "body": "包内话术"}]}
IMAGE = b"\x89PNG\r\n\x1a\n" + b"matrix" * 10
IMAGE_HASH = hashlib.sha256(IMAGE).hexdigest()
CALLERS = ("admin", "lead", "agent", "other")

# (name, method, path template, body maker, expected status per caller)
MATRIX = [
    ("pull team library", "GET", "/api/libraries/{team}/changes", None, (200, 200, 200, 404)),
    ("push team library", "POST", "/api/libraries/{team}/push", "push", (200, 200, 403, 404)),
    ("pull agent's personal library", "GET", "/api/libraries/{personal}/changes", None, (404, 404, 200, 404)),
    ("push agent's personal library", "POST", "/api/libraries/{personal}/push", "push", (404, 404, 200, 404)),
    ("pull pack", "GET", "/api/libraries/{pack}/changes", None, (200, 200, 200, 404)),
    ("push into a pack", "POST", "/api/libraries/{pack}/push", "push", (403, 403, 403, 404)),
    ("publish pack version", "POST", "/api/packs/{pack}/versions", "pack", (201, 201, 403, 404)),
    ("create pack in own team", "POST", "/api/packs", "pack", (201, 201, 403, 201)),
    ("pack receipts", "GET", "/api/packs/{pack}/receipts", None, (200, 200, 403, 404)),
    ("list users (own team)", "GET", "/api/users", None, (200, 403, 403, 200)),
    ("add user to own team", "POST", "/api/users", "user", (201, 403, 403, 201)),
    ("change a person's role", "PATCH", "/api/users/{agent2}", "role", (200, 403, 403, 404)),
    ("revoke a person's tokens", "POST", "/api/users/{agent2}/revoke-tokens", None, (200, 403, 403, 404)),
    ("make invite (own team)", "POST", "/api/invites", "invite", (201, 403, 403, 201)),
    ("usage report (own team)", "GET", "/api/usage/report", None, (200, 200, 403, 200)),
    ("read a team image", "GET", "/api/images/{image}", None, (200, 200, 200, 404)),
    ("libraries list", "GET", "/api/libraries", None, (200, 200, 200, 200)),
    ("me", "GET", "/api/me", None, (200, 200, 200, 200)),
]


def body_for(kind: str | None) -> dict | None:
    if kind == "push":
        return {"idempotency_key": uuid.uuid4().hex, "changes": [{"id": str(uuid.uuid4()), "body": "权限测试"}]}
    if kind == "pack":
        return PACK
    if kind == "user":
        return {"username": "new-" + uuid.uuid4().hex[:8], "password": "long enough 1", "role": "agent"}
    if kind == "role":
        return {"role": "agent", "display_name": "改名"}
    if kind == "invite":
        return {"role": "agent", "hours": 1}
    return None


def test_authorization_matrix(backend, server, seed):
    team, other = seed(agent=2), seed("隔壁店", agent=1)
    callers = {"admin": team[f"{team.name}-admin"], "lead": team[f"{team.name}-lead1"],
               "agent": team[f"{team.name}-agent1"], "other": other[f"{other.name}-admin"]}
    url = server.url
    agent_libs = requests.get(url + "/api/libraries", headers=callers["agent"].headers(), timeout=10).json()
    ids = {lib["kind"]: lib["id"] for lib in agent_libs["libraries"]}
    created = requests.post(url + "/api/packs", json=PACK, headers=callers["lead"].headers(), timeout=10)
    requests.put(f"{url}/api/images/{IMAGE_HASH}", data=IMAGE, headers={**callers["agent"].headers(),
                                                                       "Content-Type": "image/png"}, timeout=10)
    where = {"team": ids["team"], "personal": ids["personal"], "pack": created.json()["library"]["id"],
             "agent2": team[f"{team.name}-agent2"].id, "image": IMAGE_HASH}

    wrong = []
    for name, method, template, body, expected in MATRIX:
        path = template.format(**where)
        for caller, status in zip(CALLERS, expected):
            answer = requests.request(method, url + path, json=body_for(body), headers=callers[caller].headers(),
                                      timeout=30)
            if answer.status_code != status:
                wrong.append(f"{name} as {caller}: {answer.status_code} (wanted {status}) {answer.text[:120]}")
            elif answer.status_code >= 400:
                assert answer.json()["error"]["message"], (name, caller)
        anonymous = requests.request(method, url + path, json=body_for(body), timeout=10)
        if anonymous.status_code != 401:
            wrong.append(f"{name} without a token: {anonymous.status_code}")
    assert wrong == []

    # The other team's admin sees none of this team in lists and reports.
    theirs = requests.get(url + "/api/users", headers=callers["other"].headers(), timeout=10).json()
    assert {u["team_id"] for u in theirs} == {other.id}
    their_libs = requests.get(url + "/api/libraries", headers=callers["other"].headers(), timeout=10).json()
    assert not set(where.values()) & {lib["id"] for lib in their_libs["libraries"]}
    # Usage for another team's library is not counted.
    usage = {"idempotency_key": uuid.uuid4().hex, "rows": [
        {"script_id": str(uuid.uuid4()), "library_id": ids["team"], "hour": "2026-11-11T00", "count": 1}]}
    assert requests.post(url + "/api/usage", json=usage, headers=callers["other"].headers(),
                         timeout=10).json()["accepted"] == 0


def test_role_change_takes_effect_at_once(server, seed):
    team = seed(agent=1)
    admin, agent = team[f"{team.name}-admin"], team[f"{team.name}-agent1"]
    libs = requests.get(server.url + "/api/libraries", headers=agent.headers(), timeout=10).json()["libraries"]
    team_lib = next(lib["id"] for lib in libs if lib["kind"] == "team")
    assert requests.patch(f"{server.url}/api/users/{agent.id}", json={"role": "lead"}, headers=admin.headers(),
                          timeout=10).status_code == 200
    assert requests.get(server.url + "/api/me", headers=agent.headers(), timeout=10).status_code == 401
    login = requests.post(server.url + "/api/auth/login", json={"username": agent.username,
                                                                "password": "correct horse 1"}, timeout=10)
    assert login.status_code == 200 and login.json()["user"]["role"] == "lead"
    headers = {"Authorization": "Bearer " + login.json()["token"]}
    push = requests.post(f"{server.url}/api/libraries/{team_lib}/push", headers=headers, timeout=10,
                         json=body_for("push"))
    assert push.status_code == 200


@pytest.mark.parametrize("backend", ["sqlite"])
def test_login_is_rate_limited(backend, server, seed):
    team = seed(agent=1)
    name = f"{team.name}-agent1"
    codes = [requests.post(server.url + "/api/auth/login", json={"username": name, "password": "wrong password"},
                           timeout=10).status_code for _ in range(11)]
    assert codes[:10] == [401] * 10 and codes[10] == 429
    locked = requests.post(server.url + "/api/auth/login", json={"username": name, "password": "correct horse 1"},
                           timeout=10)
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
    assert "try again" in locked.json()["error"]["message"]
