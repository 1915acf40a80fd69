"""``check()``: each problem kind with its span; a text with problems never renders."""

import pytest

from assistant.variables import Problem, VariableError, check, render

SCRIPTS = {"hi": "亲，您好", "a": "{{@b}}", "b": "{{@a}}", "bad": "{{尺码:S||M}}"}

# text, problem code, the exact source span flagged, extra check() arguments
PROBLEMS = [
    ("ab{{客户", "unclosed_tag", "{{客户", {}),
    ("x{{客户\n}}", "unclosed_tag", "{{客户", {}),
    ("{{a{{客户}}", "unclosed_tag", "{{a", {}),
    ("价格{{", "unclosed_tag", "{{", {}),
    ("{{}}", "empty_tag", "{{}}", {}),
    ("您好{{  }}", "empty_tag", "{{  }}", {}),
    ("{{=亲}}", "empty_name", "{{=亲}}", {}),
    ("{{:S|M}}", "empty_name", "{{:S|M}}", {}),
    ("{{a{b}}", "bad_name", "{{a{b}}", {}),
    ("{{客户|亲}}", "bad_syntax", "{{客户|亲}}", {}),
    ("您好{{日期+x}}", "bad_offset", "{{日期+x}}", {}),
    ("{{日期+}}", "bad_offset", "{{日期+}}", {}),
    ("{{日期+3周}}", "bad_offset", "{{日期+3周}}", {}),
    ("{{日期+99999}}", "bad_offset", "{{日期+99999}}", {}),
    ("{{时间+1}}", "bad_offset", "{{时间+1}}", {}),
    ("{{date-of-birth}}", "bad_offset", "{{date-of-birth}}", {}),
    ("{{日期|%Q}}", "bad_format", "{{日期|%Q}}", {}),
    ("{{日期|}}", "bad_format", "{{日期|}}", {}),
    ("{{日期|%m月%}}", "bad_format", "{{日期|%m月%}}", {}),
    ("{{日期|m月d日}}", "bad_format", "{{日期|m月d日}}", {}),
    ("{{时间|%-p}}", "bad_format", "{{时间|%-p}}", {}),
    ("{{光标=1}}", "builtin_args", "{{光标=1}}", {}),
    ("{{剪贴板|x}}", "builtin_args", "{{剪贴板|x}}", {}),
    ("{{日期:今天|明天}}", "builtin_args", "{{日期:今天|明天}}", {}),
    ("{{日期=明天}}", "builtin_args", "{{日期=明天}}", {}),
    ("{{尺码:S||M}}", "empty_choice", "{{尺码:S||M}}", {}),
    ("{{尺码:S|M|}}", "empty_choice", "{{尺码:S|M|}}", {}),
    ("{{尺码:}}", "empty_choice", "{{尺码:}}", {}),
    ("{{尺码:S|M=XL}}", "default_not_in_choices", "{{尺码:S|M=XL}}", {}),
    ("{{@}}", "empty_code", "{{@}}", {}),
    ("{{@a b}}", "bad_code", "{{@a b}}", {}),
    ("看{{@nope}}", "unknown_code", "{{@nope}}", {"known_codes": SCRIPTS}),
    ("看{{@nope}}", "unknown_code", "{{@nope}}", {"known_codes": ["hi"]}),
    ("{{@a}}", "include_cycle", "{{@a}}", {"known_codes": SCRIPTS}),
    ("再{{@b}}", "include_cycle", "{{@b}}", {"known_codes": {"b": "{{@a}}"}, "code": "a"}),
    ("{{@hi}}{{@bad}}", "include_problem", "{{@bad}}", {"known_codes": SCRIPTS}),
    ("{{光标}}x{{光标}}", "duplicate_cursor", "{{光标}}", {}),
    ("{{客户=亲}}{{客户=您}}", "conflicting_definition", "{{客户=您}}", {}),
    ("{{尺码:S|M}}{{尺码:S|L}}", "conflicting_definition", "{{尺码:S|L}}", {}),
    ("{{日期+3}}", "shadowed_builtin", "{{日期+3}}", {"team_names": ["日期"]}),
    ("{{date|%m}}", "shadowed_builtin", "{{date|%m}}", {"team_names": ["date"]}),
]


@pytest.mark.parametrize("text, code, span_text, kwargs", PROBLEMS)
def test_each_problem_has_a_code_a_message_and_a_span(text, code, span_text, kwargs):
    problems = check(text, **kwargs)
    assert [p.code for p in problems] == [code]
    problem = problems[0]
    assert isinstance(problem, Problem)
    assert text[problem.start:problem.end] == span_text
    assert problem.message
    assert str(problem).endswith(f"(characters {problem.start}-{problem.end})")


@pytest.mark.parametrize("text, code, span_text, kwargs", PROBLEMS)
def test_a_text_with_problems_never_renders(text, code, span_text, kwargs):
    lookup = None
    known = kwargs.get("known_codes")
    if isinstance(known, dict):
        lookup = known.get
    team = {name: "x" for name in kwargs.get("team_names", ())}
    with pytest.raises(VariableError) as error:
        render(text, {"客户": "亲", "尺码": "S"}, team=team, lookup=lookup, clipboard="c", code=kwargs.get("code"))
    assert error.value.reason == "problems"
    assert code in {p.code for p in error.value.problems}


@pytest.mark.parametrize(
    "text",
    [
        "{{客户}}{{客户=亲}}{{客户}}",  # a bare repeat is not a conflict
        "{{客户=亲}}{{客户=亲}}",
        "{{尺码:S|M|L=M}}{{尺码}}",
        "{{日期}}{{日期+3工作日|%m月%d日}}{{时间|%H:%M}}{{星期-1}}{{剪贴板}}{{光标}}",
        "{{date}}{{time}}{{weekday}}{{clipboard}}{{cursor}}",
        "{{日期范围}}{{时间段=上午}}",  # names starting like a built-in are prompts
        "{{#if 客户}}",  # any name is a valid prompt
    ],
)
def test_valid_texts_have_no_problems(text):
    assert check(text) == []


def test_a_bare_builtin_overridden_by_the_team_is_fine():
    assert check("{{日期}}", team_names=["日期"]) == []


def test_several_problems_are_sorted_by_position():
    text = "{{日期+x}} ok {{}} {{尺码:S|M=L}} {{a"
    assert [p.code for p in check(text)] == ["bad_offset", "empty_tag", "default_not_in_choices", "unclosed_tag"]


def test_explicit_override_of_a_builtin_with_an_offset_is_refused():
    with pytest.raises(VariableError) as error:
        render("{{日期+3}}", {"日期": "明天"})
    assert [p.code for p in error.value.problems] == ["shadowed_builtin"]
