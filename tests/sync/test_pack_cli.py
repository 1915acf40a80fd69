"""``kefu pack`` from a lead's machine against a real server: a spreadsheet with workbench
columns plus pack columns becomes a pack; bad rows are reported by sheet and row number
and nothing is published; versions, diff, rollback, board, report and tick."""

from __future__ import annotations

import csv
import json

from openpyxl import Workbook, load_workbook

from tests.sync.conftest import PASSWORD
from tests.sync.test_cli_login import kefu


def sheet(path, rows, variables=(("券面额", "50"), ("满减门槛", "300")),
          checklist=("数字证书已安装", "话术已导入", "自动回复已测试")):
    book = Workbook()
    scripts = book.active
    scripts.title = "话术"
    scripts.append(["快捷编码", "快捷短语", "快捷短语分组", "标题", "置顶"])
    for row in rows:
        scripts.append(list(row))
    names = book.create_sheet("变量")
    names.append(["变量名", "值"])
    for row in variables:
        names.append(list(row))
    items = book.create_sheet("检查项")
    items.append(["检查项"])
    for item in checklist:
        items.append([item])
    book.save(path)
    return path


def sign_in(machine, server, username):
    signed = kefu(machine, "--json", "login", server.url, username, "--password-stdin", stdin=PASSWORD + "\n")
    assert signed.returncode == 0, signed.stderr


def run_json(machine, *args):
    done = kefu(machine, "--json", *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_spreadsheet_to_pack_and_the_lead_commands(server, seed, tmp_path):
    team = seed(agent=2)
    lead, agent = tmp_path / "lead", tmp_path / "agent"
    sign_in(lead, server, f"{team.name}-lead1")
    sign_in(agent, server, f"{team.name}-agent1")

    bad = sheet(tmp_path / "bad.xlsx", [
        ("d11-mj", "满{{满减门槛}}减50，{{券面额}}元券可叠加", "活动/满减", "满减说明", 1),
        ("d11-fh", "", "活动", "发货", ""),                        # row 3: no body
        ("d11-mj", "重复的编码", "活动", "", ""),                    # row 4: code twice
        ("d11-yj", "预售尾款 11 月 11 日付", "活动", "", "第一"),    # row 5: pinned is not a number
        ("", "没有编码却置顶", "活动", "", 2),                       # row 6: pinned without a code
    ], variables=(("券面额", "50"), ("", "没有名字"), ("券面额", "60")))
    refused = kefu(lead, "pack", "publish", str(bad), "--name", "双11", "--starts", "2026-11-01 00:00",
                   "--ends", "2026-11-12 00:00")
    assert refused.returncode == 1
    for where in ("话术 row 3", "话术 row 4", "话术 row 5", "话术 row 6", "变量 row 3", "变量 row 4"):
        assert where in refused.stderr, (where, refused.stderr)
    assert "row 2:" not in refused.stderr and "nothing was published" in refused.stderr
    assert run_json(lead, "pack", "list") == []

    good = sheet(tmp_path / "双11.xlsx", [
        ("d11-mj", "满{{满减门槛}}减50，{{券面额}}元券可叠加", "活动/满减", "满减说明", 2),
        ("d11-fh", "亲，11 月 11 日的订单 48 小时内发货", "活动", "发货", 1),
        ("d11-yj", "预售尾款 11 月 11 日付", "活动", "", ""),
    ])
    published = run_json(lead, "pack", "publish", str(good), "--name", "双11", "--starts", "2026-11-01 00:00+08:00",
                         "--ends", "2026-11-12 00:00+08:00", "--notice", "双11 话术已更新，请先看满减说明")
    assert published["version"] == 1 and published["scripts"] == 3
    assert run_json(agent, "sync")["pulled"] == 3
    shown = run_json(agent, "list", "--library", published["pack"])
    assert {s["code"] for s in shown} >= {"d11-mj", "d11-fh", "d11-yj"}

    versions = run_json(lead, "pack", "versions", "双11")
    assert [v["version"] for v in versions] == [1] and versions[0]["notice"] == "双11 话术已更新，请先看满减说明"
    second = sheet(tmp_path / "v2.xlsx", [("d11-fh", "亲，11 月 11 日的订单 72 小时内发货", "活动", "发货", 1)],
                   variables=(("券面额", "80"),))
    assert run_json(lead, "pack", "publish", str(second), "--name", "双11", "--pack", "双11")["version"] == 2
    diff = run_json(lead, "pack", "diff", "双11", "1", "2")
    assert sorted(c["code"] for c in diff["removed"]) == ["d11-mj", "d11-yj"]
    assert [c["code"] for c in diff["changed"]] == ["d11-fh"] and diff["variables"]["券面额"] == ["50", "80"]
    assert run_json(lead, "pack", "rollback", "双11", "1")["version"] == 3

    ticked = run_json(agent, "pack", "tick", "双11", "数字证书已安装", "话术已导入")
    assert ticked["ticked"] == "2 / 3"
    board = run_json(lead, "pack", "board", "双11")
    rows = {r["user"]: r for r in board["rows"]}
    assert rows[f"{team.name}-agent1"]["checklist"] == "2 / 3" and rows[f"{team.name}-agent2"]["version"] == 0

    report = run_json(lead, "pack", "report", "双11", "--xlsx", str(tmp_path / "r.xlsx"), "--csv",
                      str(tmp_path / "r.csv"))
    assert report["uses"] == 0 and len(report["never_used"]) == 3
    assert load_workbook(tmp_path / "r.xlsx").sheetnames[0] == "汇总"
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[0] == "hour_utc"

    broadcast = run_json(lead, "pack", "broadcast", "--title", "快递延误", "--reply", "亲，因天气原因快递延误，我们在催",
                         "--explain", "中通华东仓停发一天")
    assert broadcast["name"] == "紧急：快递延误"
    refused = kefu(agent, "pack", "board", "双11")
    assert refused.returncode == 1 and "lead" in refused.stderr


def test_pack_metadata_from_the_sheet(tmp_path):
    from assistant.formats import packsheet

    path = sheet(tmp_path / "p.xlsx", [("a1", "正文一", "", "", 2), ("a2", "正文二", "", "", ""),
                                       ("a3", "正文三", "", "", 1)])
    document = packsheet.read(path, "测试", "2026-11-01T00:00:00+08:00", None, "通知")
    assert document["pack"]["pinned"] == ["a3", "a1"]
    assert document["pack"]["variables"] == {"券面额": "50", "满减门槛": "300"}
    assert document["pack"]["checklist"] == ["数字证书已安装", "话术已导入", "自动回复已测试"]
    assert document["pack"]["starts_at"] == "2026-11-01T00:00:00+08:00" and "ends_at" not in document["pack"]
    assert [s["code"] for s in document["scripts"]] == ["a1", "a2", "a3"]
