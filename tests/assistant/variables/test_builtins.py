"""Each built-in as the agent sees it, with a fixed clock (2026-11-11 23:59, a Wednesday)."""

from datetime import datetime

import pytest

from assistant.variables import VariableError, render

from . import NOW

SATURDAY = datetime(2026, 11, 14, 10, 5)
MARCH = datetime(2026, 3, 5, 9, 5, 7)


@pytest.mark.parametrize(
    "text, now, expected",
    [
        ("{{日期}}", NOW, "2026-11-11"),
        ("{{date}}", NOW, "2026-11-11"),
        ("{{Date}}", NOW, "2026-11-11"),
        ("{{ 日期 }}", NOW, "2026-11-11"),
        ("{{日期|%m月%d日}}", NOW, "11月11日"),
        ("{{日期|%Y年%m月%d日}}", MARCH, "2026年03月05日"),
        ("{{日期|%-m月%-d日}}", MARCH, "3月5日"),
        ("{{日期|%y/%m/%d}}", MARCH, "26/03/05"),
        ("{{日期|%j}}", MARCH, "064"),
        ("{{时间}}", NOW, "23:59"),
        ("{{time}}", MARCH, "09:05"),
        ("{{时间|%H点%M分}}", NOW, "23点59分"),
        ("{{时间|%p%-I点%M分}}", NOW, "下午11点59分"),
        ("{{时间|%p%-I点}}", MARCH, "上午9点"),
        ("{{时间|%H:%M:%S}}", MARCH, "09:05:07"),
        ("{{星期}}", NOW, "星期三"),
        ("{{weekday}}", NOW, "星期三"),
        ("{{星期|%a}}", NOW, "周三"),
        ("{{星期+1}}", NOW, "星期四"),
        ("{{星期+5}}", NOW, "星期一"),
        ("{{星期}}", SATURDAY, "星期六"),
        ("{{日期|%m月%d日（%a）}}", NOW, "11月11日（周三）"),
        ("{{日期|100%%好评 %m.%d}}", NOW, "100%好评 11.11"),
        # offsets in days
        ("{{日期+1}}", NOW, "2026-11-12"),
        ("{{日期+3}}", NOW, "2026-11-14"),
        ("{{日期-1}}", NOW, "2026-11-10"),
        ("{{日期 + 3}}", NOW, "2026-11-14"),
        ("{{日期＋3}}", NOW, "2026-11-14"),
        ("{{日期+2天}}", NOW, "2026-11-13"),
        ("{{日期+50}}", NOW, "2026-12-31"),
        ("{{日期+51}}", NOW, "2027-01-01"),
        ("{{日期+3|%m月%d日}}", NOW, "11月14日"),
        ("{{date+3|%-m/%-d}}", NOW, "11/14"),
        # working days skip Saturday and Sunday
        ("{{日期+3工作日}}", NOW, "2026-11-16"),
        ("{{日期+2工作日}}", NOW, "2026-11-13"),
        ("{{日期-3工作日}}", NOW, "2026-11-06"),
        ("{{date+3workdays}}", NOW, "2026-11-16"),
        ("{{日期+1工作日}}", SATURDAY, "2026-11-16"),
        ("{{日期-1工作日}}", SATURDAY, "2026-11-13"),
        ("{{日期+0工作日}}", SATURDAY, "2026-11-14"),
        ("{{日期+5工作日|%m月%d日 %A}}", NOW, "11月18日 星期三"),
    ],
)
def test_clock_builtins(text, now, expected):
    assert render(text, now=now).text == expected


def test_now_defaults_to_the_local_clock():
    before = datetime.now().strftime("%Y-%m-%d")
    assert render("{{日期}}").text in (before, datetime.now().strftime("%Y-%m-%d"))


@pytest.mark.parametrize(
    "text, clipboard, expected",
    [
        ("单号：{{剪贴板}}", "123456789", "单号：123456789"),
        ("{{clipboard}}", "多行\n内容", "多行\n内容"),
        ("[{{剪贴板}}]", "", "[]"),
        # the clipboard is inserted verbatim, never parsed again
        ("{{剪贴板}}", "{{光标}}{{日期}}\\{{", "{{光标}}{{日期}}\\{{"),
    ],
)
def test_clipboard_is_what_the_caller_supplies(text, clipboard, expected):
    assert render(text, clipboard=clipboard, now=NOW).text == expected


def test_clipboard_not_supplied_is_refused():
    with pytest.raises(VariableError) as error:
        render("单号：{{剪贴板}}")
    assert error.value.reason == "no_clipboard"


def test_explicit_or_team_value_replaces_a_builtin():
    assert render("{{日期}}", {"日期": "双11当天"}, now=NOW).text == "双11当天"
    assert render("{{date}}", team={"日期": "11月11日"}, now=NOW).text == "11月11日"
    assert render("{{剪贴板}}", {"clipboard": "值"}).text == "值"


def test_a_builtin_is_never_filled_from_memory():
    assert render("{{日期}}", memory={"日期": "昨天"}, now=NOW).text == "2026-11-11"
