"""The served OpenAPI schema, fuzzed by schemathesis: no request may get a 5xx answer.

Bounded (examples per operation, a time budget) so it finishes in well under two
minutes.  The event stream never ends and logout would end the run's own session, so
both are left to the other tests; the stateful phase is left out for the same reason
(it chains GET /api/users into revoke-tokens and signs its own admin out), and the
coverage phase because schemathesis 4.32 crashes inside it on this schema (its own
bug, reported as a runtime error, not a server answer).
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
import requests


@pytest.mark.slow
def test_no_server_errors_under_schemathesis(backend, server, seed, tmp_path):
    if shutil.which("schemathesis") is None and not _module("schemathesis"):
        pytest.skip("schemathesis is not installed")
    team = seed(agent=1)
    admin = team[f"{team.name}-admin"]
    schema = requests.get(server.url + "/openapi.json", timeout=10)
    assert schema.status_code == 200 and "/api/libraries/{library_id}/push" in schema.json()["paths"]
    base = [sys.executable, "-m", "schemathesis.cli", "run", server.url + "/openapi.json",
            "--checks", "not_a_server_error", "--phases", "examples,fuzzing", "--request-timeout", "10",
            "--header", f"Authorization: Bearer {admin.token}", "--workers", "2", "--seed", "6", "--no-shrink",
            "--generation-database", "none", "--no-color", "--suppress-health-check", "all"]
    # First everything that cannot sign the admin out, then the user-changing routes (which may:
    # fuzzing reuses ids from answers, so it can change the admin's own password).
    mutating = r"^/api/users/\{user_id\}"
    for extra in (["--exclude-path", "/api/events", "--exclude-path", "/api/auth/logout",
                   "--exclude-path-regex", mutating, "--max-examples", "40", "--max-time", "22"],
                  ["--include-path-regex", mutating, "--max-examples", "25", "--max-time", "6"]):
        result = subprocess.run(base + extra, capture_output=True, text=True, timeout=110, cwd=tmp_path)
        output = result.stdout + result.stderr
        assert result.returncode == 0, output[-6000:]
        assert "Server error" not in output
        if "--exclude-path-regex" in extra:  # the run really reached the routes behind the token
            refused = output.partition("Authentication failed")[2].partition("💡")[0]
            # random credentials / invites; pushes into random library ids (refused by design: a
            # library you are not in is 403 whatever exists; fuzzing knows no real id)
            for expected in ("POST /api/auth/login", "POST /api/auth/register",
                             "POST /api/libraries/{library_id}/push"):
                refused = refused.replace(expected, "")
            assert "/api/" not in refused, output[-3000:]
    log = server.log_path.read_text(errors="replace")
    assert "internal error" not in log, log[-3000:]


def _module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None
