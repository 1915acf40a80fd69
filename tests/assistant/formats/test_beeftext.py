"""Beeftext combo files: groups, variables, and the variables we cannot take."""

from __future__ import annotations

import json

import pytest

from assistant.errors import FormatError
from assistant.formats import beeftext
from assistant.model import UNCATEGORISED

GROUP_AFTER_SALES = "{5b1e2a9c-0000-4000-8000-000000000001}"
GROUP_PRE_SALES = "{5b1e2a9c-0000-4000-8000-000000000002}"


def combo(number: int, keyword: str, snippet: str, **extra) -> dict:
    return {
        "uuid": f"{{00000000-0000-4000-8000-{number:012d}}}",
        "name": extra.pop("name", f"combo {number}"),
        "keyword": keyword,
        "snippet": snippet,
        "matchingMode": 0,
        "caseSensitivity": 0,
        "enabled": extra.pop("enabled", True),
        "creationDateTime": "2024-01-01T10:00:00.000",
        "modificationDateTime": "2024-01-01T10:00:00.000",
        "lastUseDateTime": "2024-01-02T10:00:00.000",
        **extra,
    }


COMBOS = [
    combo(1, "tk", "亲，退款已处理#{cursor}", name="退款", group=GROUP_AFTER_SALES),
    combo(2, "dh", "单号：#{clipboard}，今天#{date} #{time}，现在#{dateTime}", group=GROUP_PRE_SALES),
    combo(3, "ask", "#{input:订单号}的#{input:客户\\}名}您好，#{combo:tk}", enabled=False),
    combo(4, "env", "路径 #{envVar:PATH}"),
    combo(5, "ps", "#{powershell:C:\\\\x.ps1}"),
    combo(6, "lit", "模板 {{客户}} 和 #{notAVariable}", matchingMode=2, caseSensitivity=1),
    combo(7, "fmt", "#{dateTime:yyyy-MM-dd}|#{dateTime:HH:mm}|#{dateTime:+1w:yyyy/MM/dd}|#{dateTime:}|"
                    "#{dateTime:yyyy年M月d日 'at' HH:mm}|#{dateTime:dddd MMMM}|#{input:date}",
          group="{deleted-group}"),
    combo(8, "shift", "#{dateTime:+3h:HH:mm}"),
    combo(9, "up", "#{upper:tk}"),
    combo(10, "keys", "hello#{key:Enter}"),
]


@pytest.fixture
def parsed(tmp_path):
    path = tmp_path / "comboList.json"
    document = {
        "fileFormatVersion": 10,
        "combos": COMBOS,
        "groups": [
            {"uuid": GROUP_AFTER_SALES, "name": "售后", "description": "after sales"},
            {"uuid": GROUP_PRE_SALES, "name": "售前", "description": ""},
        ],
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return beeftext.read(path)


def by_number(parsed):
    return {row.number: row.draft for row in parsed.rows}


def test_keyword_snippet_name_and_group(parsed):
    rows = by_number(parsed)
    first = rows[1].validated()
    assert (first.code, first.title, first.body) == ("tk", "退款", "亲，退款已处理{{光标}}")
    assert first.category == ("售后",)
    assert rows[2].validated().category == ("售前",)
    assert rows[3].validated().category == (UNCATEGORISED,)
    assert rows[1].extra["beeftext_uuid"] == COMBOS[0]["uuid"]
    assert rows[1].id is None  # our ids are ours


def test_variables_map_to_our_syntax(parsed):
    rows = by_number(parsed)
    assert rows[2].body == "单号：{{剪贴板}}，今天{{日期}} {{时间}}，现在{{日期}} {{时间}}"
    assert rows[3].body == "{{订单号}}的{{客户 名}}您好，{{@tk}}"
    assert rows[7].body == ("{{日期}}|{{时间}}|{{日期+7|%Y/%m/%d}}|{{日期}} {{时间}}|"
                            "{{日期|%Y年%-m月%-d日 at %H:%M}}|{{日期}}|{{输入date}}")
    assert any("combo 7" in n and "'dddd MMMM' not kept" in n for n in parsed.notes)
    assert any("combo 7" in n and "{{输入date}}" in n for n in parsed.notes)


def test_unsupported_variables_are_rejected_by_name(parsed):
    reasons = {r.number: r.reason for r in parsed.rejected}
    assert set(reasons) == {4, 5, 8, 9, 10}
    assert "#{envVar:PATH}" in reasons[4]
    assert "powershell" in reasons[5]
    assert "+3h" in reasons[8]
    assert "#{upper:tk}" in reasons[9]
    assert "#{key:Enter}" in reasons[10]


def test_literal_braces_and_unknown_variables(parsed):
    rows = by_number(parsed)
    assert rows[6].body == "模板 \\{{客户}} 和 #{notAVariable}"
    assert any("combo 6" in n and "#{notAVariable}" in n for n in parsed.notes)


def test_disabled_options_and_unknown_group_are_noted(parsed):
    notes = "\n".join(parsed.notes)
    assert "disabled in Beeftext, imported as active (combos 3)" in notes
    assert "matching mode / case sensitivity not kept (combos 6)" in notes
    assert "unknown group" in notes and "combos 7" in notes


def test_old_format_and_html_combos(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps({
        "fileFormatVersion": 1,
        "combos": [
            {"uuid": "{a}", "name": "x", "comboText": "old", "substitutionText": "旧格式"},
            {"uuid": "{b}", "keyword": "rich", "snippet": "<b>hi</b>", "useHtml": True},
            "garbage",
        ],
    }), encoding="utf-8")
    parsed = beeftext.read(path)
    assert (parsed.rows[0].draft.code, parsed.rows[0].draft.body) == ("old", "旧格式")
    assert [(r.number, "HTML" in r.reason or "combo" in r.reason) for r in parsed.rejected] == [(2, True), (3, True)]


def test_json_without_combos_is_refused(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"groups": []}', encoding="utf-8")
    with pytest.raises(FormatError, match="settings.json: not a Beeftext file"):
        beeftext.read(path)


def test_backslash_right_before_a_variable(tmp_path):
    path = tmp_path / "combos.json"
    path.write_text(json.dumps({"combos": [combo(1, "p", "C:\\#{clipboard}"), combo(2, "q", "C:\\#{unknown}")]}),
                    encoding="utf-8")
    parsed = beeftext.read(path)
    assert [(r.number, "backslash" in r.reason) for r in parsed.rejected] == [(1, True)]
    assert parsed.rows[0].draft.body == "C:\\#{unknown}"
