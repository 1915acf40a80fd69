"""An agent signs two machines in from the command line; a script made on one reaches
the other with ``kefu sync``.  Tokens go to the OS keyring, or a user-only file where
there is none (as on this headless machine)."""

import json
import os
import stat
import subprocess
import sys

from tests.sync.conftest import PASSWORD


def kefu(home, *args, stdin=""):
    return subprocess.run([sys.executable, "-m", "ui.entry", *args], input=stdin, capture_output=True, text=True,
                          env={**os.environ, "KEFU_HOME": str(home), "PYTHON_KEYRING_BACKEND":
                               "keyring.backends.fail.Keyring"}, timeout=60)


def test_login_sync_on_two_machines_and_logout(server, seed, tmp_path):
    team = seed("旗舰店")
    agent = team["旗舰店-agent1"].username
    office, home = tmp_path / "office", tmp_path / "home"
    for machine in (office, home):
        signed = kefu(machine, "--json", "login", server.url, agent, "--password-stdin", stdin=PASSWORD + "\n")
        assert signed.returncode == 0, signed.stderr
        assert json.loads(signed.stdout)["token_kept_in"] == "file"
        token_file = machine / "config" / "sync-token"
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600

    assert kefu(office, "add", "--code", "jj", "--body", "亲，已为您加急处理").returncode == 0
    pushed = kefu(office, "--json", "sync")
    assert pushed.returncode == 0 and json.loads(pushed.stdout)["pushed"] == 1, pushed.stderr
    pulled = kefu(home, "--json", "sync")
    assert pulled.returncode == 0, pulled.stderr
    mine = json.loads(kefu(home, "--json", "list").stdout)
    assert [(s["code"], s["body"]) for s in mine] == [("jj", "亲，已为您加急处理")]

    assert kefu(home, "logout").returncode == 0
    after = kefu(home, "sync")
    assert after.returncode == 1 and "not signed in" in after.stderr


def test_a_wrong_password_is_one_clear_line(server, seed, tmp_path):
    team = seed("旗舰店")
    result = kefu(tmp_path / "m", "login", server.url, team["旗舰店-agent1"].username, "--password-stdin",
                  stdin="wrong\n")
    assert result.returncode == 1 and result.stderr.startswith("kefu: error:") and result.stderr.count("\n") == 1
