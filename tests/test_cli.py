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


def test_import_dry_run_then_apply_a_workbench_sheet(kefu, tmp_path):
    sheet = tmp_path / "千牛短语.csv"
    rows = ["快捷编码,快捷短语,快捷短语分组,备注"]
    rows += [f"c{i},亲&#44;第{i}条话术&#13;第二行,售前/咨询,x" for i in range(10_000)]
    rows += ["c5,重复的编码,售前,x", "bad code,x,,x"]
    sheet.write_bytes("\n".join(rows).encode("gb18030"))
    code, out, _ = kefu("--json", "import", str(sheet), "--dry-run")
    report = json.loads(out)
    assert code == 0 and report["adds"] == 10_000
    assert [r["row"] for r in report["rejected"]] == [10_002, 10_003]
    assert any("备注" in note for note in report["notes"])
    assert json.loads(kefu("--json", "list")[1]) == []  # a dry run writes nothing
    assert kefu("import", str(sheet))[0] == 0
    scripts = {s["code"]: s for s in json.loads(kefu("--json", "list")[1])}
    assert len(scripts) == 10_000 and scripts["c7"]["body"] == "亲,第7条话术\n第二行"
    out_file = tmp_path / "back.csv"
    assert kefu("export", str(out_file), "--format", "workbench-csv")[0] == 0
    assert "c7,亲&#44;第7条话术&#13;第二行,售前/咨询" in out_file.read_text(encoding="utf-8-sig")


def test_a_bad_file_is_one_clear_line_and_changes_nothing(kefu, tmp_path):
    junk = tmp_path / "phrases.xlsx"
    junk.write_bytes(b"PK\x03\x04 truncated")
    code, out, err = kefu("import", str(junk))
    assert code == 1 and err.startswith(f"kefu: error: {junk}") and err.count("\n") == 1
    assert json.loads(kefu("--json", "list")[1]) == []


def test_a_fresh_install_has_the_starter_library(kefu):
    starter = json.loads(kefu("--json", "list", "--all")[1])
    assert len(starter) >= 200 and all(s["state"] == "active" for s in starter)
    hits = json.loads(kefu("--json", "search", "催发货")[1])
    assert hits and any("发货" in h["title"] for h in hits[:3])
    assert json.loads(kefu("--json", "list")[1]) == []  # the agent's own library starts empty
    code, _, err = kefu("edit", starter[0]["id"], "--body", "改一下")
    assert code == 1 and "read-only" in err
