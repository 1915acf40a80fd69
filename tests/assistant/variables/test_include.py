"""``{{@code}}`` inlines other scripts, recursively, and refuses cycles and deep chains."""

import pytest

from assistant.variables import MAX_DEPTH, VariableError, check, parse, preview, render

from . import NOW

SCRIPTS = {
    "hi": "亲，您好{{光标}}",
    "sig": "——{{客服名=小美}}",
    "wrap": "{{@hi}}！{{@sig}}",
    "cust": "{{客户}}，",
    "a": "A{{@b}}",
    "b": "B{{@A}}",
    "me": "我{{@me}}",
    "bad": "坏{{日期+x}}",
    "vip": "尊敬的{{客户}}",
}
for level in range(1, 8):
    SCRIPTS[f"c{level}"] = f"{level}{{{{@c{level + 1}}}}}"
SCRIPTS["c8"] = "底"


def lookup(code):
    return {k.casefold(): v for k, v in SCRIPTS.items()}.get(code.casefold())


@pytest.mark.parametrize(
    "text, values, expected",
    [
        ("{{@hi}}", {}, "亲，您好"),
        ("开头{{@sig}}", {}, "开头——小美"),
        ("{{@wrap}}", {}, "亲，您好！——小美"),
        ("{{@HI}}", {}, "亲，您好"),
        ("{{ @ hi }}", {}, "亲，您好"),
        ("{{@cust}}{{@vip}}，{{客户}}", {"客户": "张三"}, "张三，尊敬的张三，张三"),
        ("{{@c5}}", {}, "567底"),  # c5 -> c8: 4 inclusions deep
        ("{{@c4}}", {}, "4567底"),  # exactly MAX_DEPTH (5)
    ],
)
def test_inlining(text, values, expected):
    assert check(text, known_codes=SCRIPTS) == []
    assert render(text, values, lookup=lookup, now=NOW).text == expected


def test_inlined_variables_are_asked_once_with_the_outer_ones():
    template = parse("{{客户}}{{@sig}}{{@vip}}")
    assert [v.name for v in template.variables(lookup=lookup)] == ["客户", "客服名"]
    assert [v.name for v in template.variables()] == ["客户"]  # no lookup: includes not followed


@pytest.mark.parametrize(
    "text, code, problem, chain",
    [
        ("{{@a}}", None, "include_cycle", "a → b → A"),
        ("{{@b}}", "a", "include_cycle", "a → b → A"),
        ("{{@me}}", None, "include_cycle", "me → me"),
        ("x{{@x}}", "x", "include_cycle", "x → x"),
        ("{{@c3}}", None, "include_too_deep", "c3 → c4 → c5 → c6 → c7 → c8"),
        ("{{@c1}}", None, "include_too_deep", "c1 → c2 → c3 → c4 → c5 → c6"),
        ("{{@nope}}", None, "unknown_code", "nope"),
        ("{{@wrap}}{{@bad}}", None, "include_problem", "bad"),
    ],
)
def test_cycles_depth_and_unknown_codes_name_the_chain(text, code, problem, chain):
    found = check(text, known_codes=SCRIPTS, code=code)
    assert [p.code for p in found] == [problem]
    assert chain in found[0].message
    with pytest.raises(VariableError) as error:
        render(text, lookup=lookup, code=code)
    assert error.value.reason == "problems"
    assert [p.code for p in error.value.problems] == [problem]
    assert chain in str(error.value)


def test_depth_limit_is_five():
    assert MAX_DEPTH == 5


def test_include_without_lookup_is_unknown_at_render_and_unchecked_in_check():
    assert check("{{@hi}}") == []
    assert [p.code for p in check("{{@hi}}", known_codes={"hi"})] == []
    assert [p.code for p in check("{{@Hi}}", known_codes=["sig"])] == ["unknown_code"]
    with pytest.raises(VariableError) as error:
        render("{{@hi}}")
    assert [p.code for p in error.value.problems] == ["unknown_code"]


def test_too_many_inclusions():
    text = "{{@sig}}" * 101
    assert "include_too_many" in {p.code for p in check(text, known_codes=SCRIPTS)}
    assert render("{{@sig}}" * 100, lookup=lookup).text == "——小美" * 100


def test_preview_shows_what_it_cannot_inline():
    assert preview("{{@a}}", lookup=lookup) == "AB【@A】"
    assert preview("{{@nope}}/{{@hi}}", lookup=lookup) == "【@nope】/亲，您好"
    assert preview("{{@hi}}") == "【@hi】"
