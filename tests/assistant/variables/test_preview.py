"""``preview()``: what the picker shows; unknown prompts as 【客户】, never raising."""

import pytest

from assistant.variables import preview

from . import NOW


def broken_lookup(code):
    raise RuntimeError("store closed")


@pytest.mark.parametrize(
    "text, kwargs, expected",
    [
        ("{{客户}}您好，{{日期|%m月%d日}}发货", {}, "【客户】您好，11月11日发货"),
        ("{{客户=亲}}您好{{光标}}", {}, "亲您好"),
        ("{{客户}}您好", {"values": {"客户": "张三"}}, "张三您好"),
        ("{{客户}}您好", {"memory": {"客户": "李四"}}, "李四您好"),
        ("截止{{活动截止时间}}", {"team": {"活动截止时间": "24点"}}, "截止24点"),
        ("{{尺码:S|M}}码", {}, "【尺码】码"),
        ("单号{{剪贴板}}", {}, "单号【剪贴板】"),
        ("单号{{剪贴板}}", {"clipboard": "123"}, "单号123"),
        ("{{日期+x}}与{{客户}}", {}, "{{日期+x}}与【客户】"),
        ("未闭合{{客户", {}, "未闭合{{客户"),
        ("{{@hi}}", {"lookup": broken_lookup}, "【@hi】"),
        ("\\{{客户}} {}", {}, "{{客户}} {}"),
        ("😀\n𠮷{{客户}}", {}, "😀\n𠮷【客户】"),
    ],
)
def test_preview(text, kwargs, expected):
    assert preview(text, now=NOW, **kwargs) == expected
