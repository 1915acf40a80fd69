"""The HTTP API against a real server: revisions, push answers, packs, limits, errors, accounts."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import uuid

import requests

from tests.sync.harness import ROOT


def api(server, person, method: str, path: str, headers: dict | None = None, **kwargs) -> requests.Response:
    return requests.request(method, server.url + path, headers={**person.headers(), **(headers or {})}, timeout=30,
                            **kwargs)


def team_library(server, person) -> str:
    libs = api(server, person, "GET", "/api/libraries").json()["libraries"]
    return next(lib["id"] for lib in libs if lib["kind"] == "team")


def push(server, person, library_id: str, changes: list[dict], key: str | None = None) -> dict:
    answer = api(server, person, "POST", f"/api/libraries/{library_id}/push",
                 json={"idempotency_key": key or uuid.uuid4().hex, "changes": changes})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_revisions_conflicts_and_idempotency(backend, server, seed):
    team = seed()
    lead = team[f"{team.name}-lead1"]
    lib = team_library(server, lead)
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    first = push(server, lead, lib, [{"id": a, "code": "hi", "body": "你好"}, {"id": b, "code": "ho", "body": "再见"}],
                 key="batch-one")
    assert [r["revision"] for r in first["results"]] == [1, 2] and first["revision"] == 2
    assert push(server, lead, lib, [{"id": a, "code": "x", "body": "changed"}], key="batch-one") == {
        **first, "replayed": True}  # same key: same answer, nothing applied again

    stale = push(server, lead, lib, [{"id": a, "base_revision": 0, "code": "hi", "body": "stale"}])["results"][0]
    assert stale["status"] == "conflict" and stale["reason"] == "stale_base" and stale["server"]["body"] == "你好"
    taken = push(server, lead, lib, [{"id": str(uuid.uuid4()), "code": "HI", "body": "dup"}])["results"][0]
    assert taken["status"] == "conflict" and taken["reason"] == "code_taken" and taken["holder_id"] == a
    swap = push(server, lead, lib, [{"id": a, "base_revision": 1, "code": "ho", "body": "你好"},
                                    {"id": b, "base_revision": 2, "code": "hi", "body": "再见"}])
    assert [r["status"] for r in swap["results"]] == ["applied", "applied"]  # a batch may swap codes
    gone = push(server, lead, lib, [{"id": b, "base_revision": 4, "deleted": True}])
    assert gone["results"][0]["status"] == "applied"

    page = api(server, lead, "GET", f"/api/libraries/{lib}/changes", params={"since": 2, "limit": 1}).json()
    assert [r["revision"] for r in page["records"]] == [3] and page["more"] and page["revision"] == 3
    rest = api(server, lead, "GET", f"/api/libraries/{lib}/changes", params={"since": 3}).json()
    assert rest["records"][0]["deleted"] and rest["records"][0]["body"] == "" and not rest["more"]
    assert rest["revision"] == 5


def test_invalid_records_and_limits_are_clear_json(server, seed):
    team = seed()
    lead = team[f"{team.name}-lead1"]
    lib = team_library(server, lead)
    bad = api(server, lead, "POST", f"/api/libraries/{lib}/push", json={
        "idempotency_key": uuid.uuid4().hex, "changes": [{"id": str(uuid.uuid4()), "code": "a b", "body": "x"}]})
    assert bad.status_code == 422 and "code" in bad.json()["error"]["message"]
    nul = api(server, lead, "POST", f"/api/libraries/{lib}/push", json={
        "idempotency_key": uuid.uuid4().hex, "changes": [{"id": str(uuid.uuid4()), "body": "a\x00b"}]})
    assert nul.status_code == 422 and nul.json()["error"]["details"][0]["where"].startswith("body.changes.0")
    huge = api(server, lead, "POST", f"/api/libraries/{lib}/push", data=b"x" * (3 * 1024 * 1024),
               headers={"Content-Type": "application/json"})
    assert huge.status_code == 413 and huge.json()["error"]["code"] == "too_large"
    chunked = requests.post(f"{server.url}/api/libraries/{lib}/push", data=iter([b"x" * 1024 * 1024] * 3),
                            headers={**lead.headers(), "Content-Type": "application/json"}, timeout=30)
    assert chunked.status_code == 413
    missing = api(server, lead, "GET", f"/api/libraries/{uuid.uuid4()}/changes")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert requests.get(server.url + "/openapi.json", timeout=10).json()["info"]["title"].startswith("Kefu")
    broken = requests.post(server.url + "/api/auth/login", data=b"{not json", timeout=10,
                           headers={"Content-Type": "application/json"})
    assert broken.status_code == 422 and "Traceback" not in broken.text


def test_pack_publish_rules(backend, server, seed):
    team = seed()
    lead, agent = team[f"{team.name}-lead1"], team[f"{team.name}-agent1"]
    image = b"\x89PNG\r\n\x1a\n" + b"pack image" * 20
    digest = hashlib.sha256(image).hexdigest()
    import base64

    document = {"format": "kefu-pack", "version": 1, "name": "618", "pack": {"ends_at": "2026-06-18T23:59:00+08:00"},
                "scripts": [{"id": "a", "code": "q1", "body": "问答一", "image": {
                    "mime": "image/png", "data": base64.b64encode(image).decode(), "sha256": digest}},
                            {"id": "b", "code": "q2", "body": "问答二"}]}
    created = api(server, lead, "POST", "/api/packs", json=document)
    assert created.status_code == 201
    pack = created.json()["library"]
    assert pack["pack"]["version"] == 1 and pack["pack"]["scripts"] == 2 and pack["pack"]["ends_at"]
    duplicate = dict(document, scripts=[{"code": "q", "body": "1"}, {"code": "Q", "body": "2"}, {"body": ""}])
    refused = api(server, lead, "POST", f"/api/packs/{pack['id']}/versions", json=duplicate)
    assert refused.status_code == 422 and [p["script"] for p in refused.json()["error"]["details"]] == [2, 3]
    not_a_pack = api(server, lead, "POST", "/api/packs", json={"format": "beeftext", "combos": []})
    assert not_a_pack.status_code == 422 and "kefu-pack" in not_a_pack.json()["error"]["message"]
    page = api(server, agent, "GET", f"/api/libraries/{pack['id']}/changes").json()
    assert page["snapshot"] and page["pack"]["version"] == 1
    ids = {r["id"] for r in page["records"]}
    again = api(server, lead, "POST", f"/api/packs/{pack['id']}/versions", json=document).json()["library"]
    assert again["pack"]["version"] == 2 and again["revision"] == pack["revision"] + 1  # one bump per version
    page = api(server, agent, "GET", f"/api/libraries/{pack['id']}/changes", params={"since": pack["revision"]})
    assert {r["id"] for r in page.json()["records"]} == ids  # stable ids from one version to the next
    with_image = next(r for r in page.json()["records"] if r["code"] == "q1")
    fetched = api(server, agent, "GET", f"/api/images/{with_image['image_hash']}")
    assert fetched.content == image and fetched.headers["content-type"] == "image/png"


def test_images_and_usage(server, seed):
    team = seed()
    lead, agent = team[f"{team.name}-lead1"], team[f"{team.name}-agent1"]
    data = b"GIF89a" + os.urandom(64)
    digest = hashlib.sha256(data).hexdigest()
    assert api(server, agent, "POST", "/api/images/missing", json={"hashes": [digest]}).json()["missing"] == [digest]
    wrong = api(server, agent, "PUT", f"/api/images/{'0' * 64}", data=data)
    assert wrong.status_code == 422
    assert api(server, agent, "PUT", f"/api/images/{digest}", data=data,
               headers={"Content-Type": "image/gif"}).status_code == 204
    assert api(server, agent, "POST", "/api/images/missing", json={"hashes": [digest]}).json()["missing"] == []
    lib = team_library(server, lead)
    script = str(uuid.uuid4())
    push(server, lead, lib, [{"id": script, "code": "tk", "title": "退款", "body": "退款说明"}])
    upload = {"idempotency_key": "usage-one-1", "rows": [
        {"script_id": script, "library_id": lib, "hour": "2026-11-11T00", "count": 7},
        {"script_id": script, "library_id": lib, "hour": "2026-11-11T01", "count": 3}]}
    assert api(server, agent, "POST", "/api/usage", json=upload).json() == {"accepted": 2, "replayed": False}
    assert api(server, agent, "POST", "/api/usage", json=upload).json()["replayed"]  # counted once
    report = api(server, lead, "GET", "/api/usage/report", params={"since": "2026-11-11T00"}).json()
    assert report["rows"] == [{"script_id": script, "library_id": lib, "code": "tk", "title": "退款",
                               "count": 10, "users": 1}]
    assert api(server, agent, "GET", "/api/usage/report").status_code == 403


def test_invites_register_and_cli(server, seed, database_url, tmp_path):
    team = seed()
    admin = team[f"{team.name}-admin"]
    invite = api(server, admin, "POST", "/api/invites", json={"role": "lead", "uses": 1}).json()
    body = {"invite_code": invite["code"], "username": "new-lead", "password": "long password"}
    joined = requests.post(server.url + "/api/auth/register", json=body, timeout=30)
    assert joined.status_code == 201 and joined.json()["user"]["role"] == "lead"
    again = requests.post(server.url + "/api/auth/register", json={**body, "username": "other"}, timeout=30)
    assert again.status_code == 403 and again.json()["error"]["code"] == "bad_invite"

    env = {**os.environ, "KEFU_SERVER_DATABASE_URL": database_url, "PYTHONPATH": str(ROOT)}

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "sync.server", *args], input=stdin, capture_output=True,
                              text=True, env=env, timeout=60)

    added = cli("add-user", "cli-agent", "--role", "agent", stdin="cli password 1\n")
    assert added.returncode == 0, added.stderr
    assert "cli-agent\tagent" in cli("list-users").stdout
    assert cli("set-role", "cli-agent", "lead").returncode == 0
    assert cli("reset-password", "cli-agent", stdin="new password 2\n").returncode == 0
    login = requests.post(server.url + "/api/auth/login", json={"username": "cli-agent",
                                                                "password": "new password 2"}, timeout=30)
    assert login.status_code == 200 and login.json()["user"]["role"] == "lead"
    assert "revoked 1 token" in cli("revoke", "cli-agent").stdout
    assert "invite code:" in cli("invite", "--role", "agent").stdout
    refused = cli("init", "--team", "second", "--admin", "x", stdin="password 123\n")
    assert refused.returncode == 1 and refused.stderr.startswith("kefu-server: error:")
    assert cli("disable", "cli-agent").returncode == 0
    assert requests.post(server.url + "/api/auth/login", json={"username": "cli-agent",
                                                               "password": "new password 2"},
                         timeout=30).status_code == 401
