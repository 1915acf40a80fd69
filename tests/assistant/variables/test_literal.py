"""Text that is not a tag passes through untouched; ``\\{{`` writes a literal ``{{``."""

import pytest

from assistant.variables import check, parse, render

from . import NOW


@pytest.mark.parametrize(
    "text",
    [
        "{订单号}",
        "您好}}",
        "}}{",
        '{"a":1}',
        '{"a":{"b":{"c":1}}}',
        "if (x) { y(); }",
        "a\\b \\ \\n C:\\订单\\{x}",
        "第一行\n第二行\r\n第三行\n",
        "表情😀👍🏽🇨🇳👨‍👩‍👧 生僻字𠮷𪚥 全角｛｝",
        "",
        "  ",
    ],
)
def test_plain_text_is_untouched(text):
    assert check(text) == []
    assert render(text).text == text


@pytest.mark.parametrize(
    "text, values, expected",
    [
        ("\\{{客户}}", {}, "{{客户}}"),
        ("写法：\\{{客户=亲}} 显示 {{客户=亲}}", {}, "写法：{{客户=亲}} 显示 亲"),
        ("\\{{", {}, "{{"),
        ("\\{{{客户}}", {}, "{{{客户}}"),
        ("{{{订单号}}}", {"订单号": "123"}, "{123}"),
        ("{{{{订单号}}}}", {"订单号": "123"}, "{{123}}"),
        ("{{客户}}}}", {"客户": "亲"}, "亲}}"),
        ('{"name":"{{客户}}"}', {"客户": "张三"}, '{"name":"张三"}'),
        # values are never parsed again
        ("{{客户}}", {"客户": "{{日期}}{{光标}}\\{{"}, "{{日期}}{{光标}}\\{{"),
        ("{{客户}}😀\n{{客户}}", {"客户": "𠮷野家"}, "𠮷野家😀\n𠮷野家"),
    ],
)
def test_escapes_and_braces_around_tags(text, values, expected):
    assert check(text) == []
    assert render(text, values, now=NOW).text == expected


def test_parts_keep_source_spans():
    text = "亲{{客户}}，\\{{x"
    template = parse(text)
    assert [(type(p).__name__, text[p.start:p.end]) for p in template.parts] == [
        ("Text", "亲"), ("Prompt", "{{客户}}"), ("Text", "，\\{{x"),
    ]
    assert template.parts[-1].text == "，{{x"


def test_adjacent_tags_have_no_empty_text_between():
    assert [type(p).__name__ for p in parse("{{a}}{{b}}{{光标}}").parts] == ["Prompt", "Prompt", "Cursor"]
