"""Prompt variables: defaults, choices, remembered values, team precedence, questions."""

import pytest

from assistant.errors import KefuError
from assistant.variables import Variable, VariableError, parse, remember, render


@pytest.mark.parametrize(
    "text, values, kwargs, expected",
    [
        ("{{客户}}您好", {"客户": "张三"}, {}, "张三您好"),
        ("{{客户=亲}}您好", {}, {}, "亲您好"),
        ("{{客户 = 亲}}您好", {}, {}, "亲您好"),
        ("{{客户＝亲}}您好", {}, {}, "亲您好"),
        ("备注：{{备注=}}。", {}, {}, "备注：。"),
        ("{{尺码:S|M|L=M}}", {}, {}, "M"),
        ("{{尺码：S｜M｜L＝M}}", {}, {}, "M"),
        ("{{尺码:S|M|L=M}}", {"尺码": "L"}, {}, "L"),
        ("{{时段:10:00|14:00=14:00}}", {}, {}, "14:00"),
        ("{{链接=https://a.b/c?x=1}}", {}, {}, "https://a.b/c?x=1"),
        # same name twice is one value
        ("{{客户}}，{{客户}}", {"客户": "王五"}, {}, "王五，王五"),
        ("{{客户=亲}}…{{客户}}", {}, {}, "亲…亲"),
        # keys are compared after NFKC and trimming
        ("{{ 客户 }}", {"客户 ": "赵六"}, {}, "赵六"),
        ("{{ＶＩＰ}}", {"VIP": "是"}, {}, "是"),
        ("{{客户}}", {"客户": ""}, {}, ""),
    ],
)
def test_prompt_values(text, values, kwargs, expected):
    assert render(text, values, **kwargs).text == expected


PRECEDENCE = "{{客户=默认}}"


@pytest.mark.parametrize(
    "values, team, memory, expected",
    [
        ({"客户": "输入"}, {"客户": "团队"}, {"客户": "记住"}, "输入"),
        ({}, {"客户": "团队"}, {"客户": "记住"}, "团队"),
        ({}, {}, {"客户": "记住"}, "记住"),
        ({}, {}, {}, "默认"),
        ({}, {"别的": "x"}, {"别的": "y"}, "默认"),
    ],
)
def test_precedence_explicit_team_remembered_default(values, team, memory, expected):
    assert render(PRECEDENCE, values, team=team, memory=memory).text == expected


def test_remembered_value_outside_the_choices_is_ignored():
    assert render("{{尺码:S|M|L=M}}", memory={"尺码": "XXL"}).text == "M"
    assert render("{{尺码:S|M|L=M}}", memory={"尺码": "L"}).text == "L"


def test_missing_values_are_listed_in_order_once():
    with pytest.raises(VariableError) as error:
        render("{{订单号}}，{{客户}}，{{订单号}}，{{尺码:S|M}}，{{称呼=亲}}")
    assert isinstance(error.value, KefuError)
    assert error.value.code == "variables"
    assert error.value.reason == "missing"
    assert error.value.missing == ("订单号", "客户", "尺码")
    assert "订单号, 客户, 尺码" in str(error.value)


def test_variables_are_the_questions_in_order_deduplicated():
    template = parse("{{客户}}您好，{{尺码:S|M|L=M}}，{{日期}}{{剪贴板}}{{光标}}{{客户=亲}}{{活动截止时间}}")
    assert template.variables(team={"活动截止时间": "11月12日"}, memory={"客户": "张三", "尺码": "XXL"}) == [
        Variable("客户", default="亲", remembered="张三"),
        Variable("尺码", default="M", choices=("S", "M", "L")),
    ]
    assert [v.name for v in template.variables({"客户": "x"})] == ["尺码", "活动截止时间"]


def test_variable_initial_value_prefers_remembered():
    assert Variable("客户", default="亲", remembered="张三").initial == "张三"
    assert Variable("客户", default="亲").initial == "亲"
    assert Variable("客户").initial is None


def test_team_variable_is_never_asked():
    template = parse("活动截止{{活动截止时间}}，券{{券面额=5}}元")
    assert template.variables(team={"活动截止时间": "11月11日24点", "券面额": "20"}) == []
    assert render(template, team={"活动截止时间": "11月11日24点", "券面额": "20"}).text == "活动截止11月11日24点，券20元"


def test_remember_stores_entered_prompt_values_only():
    memory = {"客户": "旧", "其他": "留着"}
    template = parse("{{客户}}{{尺码:S|M}}{{备注=}}{{日期}}")
    remember(template, {"客户": "张三", "尺码": "M", "备注": "  ", "日期": "x", "无关": "y"}, memory)
    assert memory == {"客户": "张三", "尺码": "M", "其他": "留着"}
    assert render("{{客户=亲}}", memory=memory).text == "张三"


def test_remember_accepts_text_and_canonical_keys():
    memory = {}
    remember("{{ 客户 }}", {"客户 ": "李四"}, memory)
    assert memory == {"客户": "李四"}
