"""The CLI as an agent would use it: one clear line on error, non-zero exit, --json."""

import json
import subprocess
import sys

import pytest

from assistant.cli import main


@pytest.fixture
def kefu(home, capsys):
    def run(*argv):
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_add_list_edit_remove_restore(kefu):
    assert kefu("add", "--code", "tk", "--body", "亲，已为您退款", "--category", "售后/退款")[0] == 0
    code, out, _ = kefu("--json", "list")
    [script] = json.loads(out)
    assert (script["code"], script["category"]) == ("tk", "售后/退款")
    assert kefu("edit", "tk", "--body", "亲，退款已原路返回")[0] == 0
    assert json.loads(kefu("--json", "list")[1])[0]["body"] == "亲，退款已原路返回"
    assert kefu("remove", "tk")[0] == 0
    assert json.loads(kefu("--json", "list")[1]) == []
    trashed = json.loads(kefu("--json", "trash")[1])
    assert [t["code"] for t in trashed] == ["tk"]
    assert kefu("trash", "restore", trashed[0]["id"])[0] == 0
    assert [s["code"] for s in json.loads(kefu("--json", "list")[1])] == ["tk"]


def test_errors_are_one_line_and_change_nothing(kefu):
    kefu("add", "--code", "tk", "--body", "退款")
    code, out, err = kefu("add", "--code", "tk", "--body", "又一个")
    assert code == 1 and err.count("\n") == 1 and "kefu: error: code 'tk' is already used" in err
    code, _, err = kefu("add", "--code", "t k", "--body", "x")
    assert code == 1 and err.startswith("kefu: error: code:")
    code, _, err = kefu("edit", "nope", "--body", "x")
    assert code == 1 and "no script with id or code 'nope'" in err
    code, _, err = kefu("config", "set", "backup.keep", "many")
    assert code == 1 and "backup.keep" in err
    assert len(json.loads(kefu("--json", "list")[1])) == 1


def test_backup_and_restore(kefu, tmp_path):
    kefu("add", "--code", "tk", "--body", "退款")
    backup = json.loads(kefu("--json", "backup")[1])["file"]
    kefu("remove", "tk")
    assert kefu("backup", "restore", backup)[0] == 0
    assert [s["code"] for s in json.loads(kefu("--json", "list")[1])] == ["tk"]
    code, _, err = kefu("backup", "restore", str(tmp_path / "none.db"))
    assert code == 1 and "no such backup file" in err


def test_config_round_trip(kefu):
    assert kefu("config", "set", "backup.keep", "7")[0] == 0
    assert json.loads(kefu("--json", "config", "get", "backup.keep")[1]) == {"backup.keep": 7}


def test_installed_console_script_runs(home):
    result = subprocess.run([sys.executable, "-m", "ui.entry", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("kefu ")
