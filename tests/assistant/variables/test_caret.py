"""``{{光标}}``: the text comes back without it, with the caret counted from the end."""

import pytest

from assistant.variables import check, render

from . import NOW


@pytest.mark.parametrize(
    "text, values, expected_text, from_end, from_start",
    [
        ("您好{{光标}}，亲", {}, "您好，亲", 2, 2),
        ("{{光标}}", {}, "", 0, 0),
        ("请核对：{{cursor}}", {}, "请核对：", 0, 4),
        ("第一行\n{{光标}}\n第三行", {}, "第一行\n\n第三行", 4, 4),
        ("a{{光标}}\r\nb", {}, "a\r\nb", 2, 1),  # CR LF is one Left press
        ("{{光标}}😀👍🏽🇨🇳👨‍👩‍👧𠮷", {}, "😀👍🏽🇨🇳👨‍👩‍👧𠮷", 5, 0),
        ("é{{光标}}e\u0301", {}, "ée\u0301", 1, 1),
        ("{{客户}}{{光标}}，{{日期|%m月%d日}}", {"客户": "😀张"}, "😀张，11月11日", 7, 2),
        ("{{光标}}{{客户}}", {"客户": "多\n行"}, "多\n行", 3, 0),
    ],
)
def test_caret_offsets(text, values, expected_text, from_end, from_start):
    rendered = render(text, values, now=NOW)
    assert rendered.text == expected_text
    assert (rendered.caret_from_end, rendered.caret_from_start) == (from_end, from_start)


def test_caret_index_is_a_string_index():
    rendered = render("😀👍🏽{{光标}}尾")
    assert rendered.caret_index == 3
    assert rendered.text[rendered.caret_index:] == "尾"


def test_no_cursor_means_no_caret():
    rendered = render("您好")
    assert (rendered.caret_from_end, rendered.caret_from_start, rendered.caret_index) == (None, None, None)


def test_outer_cursor_wins_over_an_inlined_one():
    scripts = {"hi": "亲{{光标}}您好"}
    assert render("X{{@hi}}Y{{光标}}Z", lookup=scripts.get).caret_from_end == 1
    assert render("X{{@hi}}YZ", lookup=scripts.get).caret_from_end == 4
    assert check("X{{@hi}}Y{{光标}}Z", known_codes=scripts) == []
