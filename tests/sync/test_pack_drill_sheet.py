"""Practice drills from a lead's spreadsheet (sheet 练习) or JSON: bad rows are reported by their row
number and nothing is published; good ones reach the server with ``kefu pack publish --drill-target``."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from assistant.formats import packsheet
from sync.client import SyncApi
from sync.client.packs import PackApi
from tests.sync.test_pack_cli import run_json, sheet, sign_in
from tests.sync.test_cli_login import kefu

SCRIPTS = [("d11-mj", "满300减50", "活动/满减", "满减说明", 1), ("d11-fh", "11 月 11 日的订单 72 小时内发货", "活动", "发货", "")]


def with_drills(path, rows, header=("买家消息", "答案编码", "难度")):
    sheet(path, SCRIPTS)
    book = load_workbook(path)
    drills = book.create_sheet("练习")
    drills.append(list(header))
    for row in rows:
        drills.append(list(row))
    book.save(path)
    return path


def test_bad_drill_rows_are_reported_by_row_number(tmp_path):
    path = with_drills(tmp_path / "bad.xlsx", [
        ("满减怎么算？", "d11-mj", "简单"),          # row 2: fine
        ("", "d11-fh", "中等"),                      # row 3: no message
        ("什么时候发货", "", "困难"),                 # row 4: no code
        ("能便宜点吗", "d11-mj", "超难"),             # row 5: unknown difficulty
        ("在吗在吗", "d11-xx、shth", "简单"),          # row 6: d11-xx is no script
        ("满减怎么算？", "d11-mj", ""),               # row 7: the same drill as row 2
    ])
    with pytest.raises(packsheet.PackSheetError) as caught:
        packsheet.read(path, "双11", drill_target=80)
    found = {p.row: p.reason for p in caught.value.problems}
    assert sorted(found) == [3, 4, 5, 6, 7] and all(p.sheet == "练习" for p in caught.value.problems)
    assert "买家消息" in found[3] and "答案编码" in found[4] and "超难" in found[5]
    assert "d11-xx" in found[6] and "shth" not in found[6] and "drill 1" in found[7]
    assert "练习 row 6:" in str(caught.value)

    missing = with_drills(tmp_path / "header.xlsx", [("在吗", "d11-mj", "")], header=("消息", "编码"))
    with pytest.raises(packsheet.PackSheetError) as caught:
        packsheet.read(missing, "双11")
    assert [(p.sheet, p.row) for p in caught.value.problems] == [("练习", 1)]

    no_drills = sheet(tmp_path / "plain.xlsx", SCRIPTS)
    with pytest.raises(packsheet.PackSheetError, match="drill target needs drills"):
        packsheet.read(no_drills, "双11", drill_target=80)


def test_publish_drills_from_xlsx_and_json_with_a_target(server, seed, tmp_path):
    team = seed(agent=1)
    lead = tmp_path / "lead"
    sign_in(lead, server, f"{team.name}-lead1")
    good = with_drills(tmp_path / "双11.xlsx", [("满减怎么算？", "d11-mj", "简单"),
                                                ("什么时候发货", "d11-fh，shth", "hard")])
    bad = with_drills(tmp_path / "bad.xlsx", [("在吗", "nosuch", "简单")])
    refused = kefu(lead, "pack", "publish", str(bad), "--name", "双11", "--drill-target", "80")
    assert refused.returncode != 0 and "练习 row 2" in refused.stderr and "nosuch" in refused.stderr
    assert run_json(lead, "pack", "list") == []

    published = run_json(lead, "pack", "publish", str(good), "--name", "双11", "--drill-target", "85")
    board = run_json(lead, "pack", "board", "双11")
    assert board["checklist"][-1] == "练习达标 ≥ 85 分"
    listed = next(p for p in run_json(lead, "pack", "list") if p["pack"] == published["pack"])
    assert (listed["drills"], listed["drill_target"]) == (2, 85)
    api = PackApi(SyncApi(server.url, lambda: team[f"{team.name}-lead1"].token))
    assert api.version(published["pack"], 1)["pack"]["drills"] == [
        {"message": "满减怎么算？", "accept": ["d11-mj"], "difficulty": "easy"},
        {"message": "什么时候发货", "accept": ["d11-fh", "shth"], "difficulty": "hard"}]

    document = {"format": "kefu-pack", "version": 1, "name": "x",
                "pack": {"drills": [{"message": "退货运费谁出", "accept": ["shth"], "difficulty": "medium"}]},
                "scripts": [{"code": "d12-a", "body": "双12 话术"}]}
    path = tmp_path / "双12.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    run_json(lead, "pack", "publish", str(path), "--name", "双12", "--drill-target", "70")
    assert run_json(lead, "pack", "board", "双12")["checklist"] == ["练习达标 ≥ 70 分"]
