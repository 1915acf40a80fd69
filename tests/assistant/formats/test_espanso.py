"""Espanso match files: mapping, variables, forms, and what we cannot take."""

from __future__ import annotations

import textwrap

import pytest

from assistant.errors import FormatError
from assistant.formats import espanso
from assistant.model import OutputMode

MATCHES = """\
global_vars:
  - name: today
    type: date
    params:
      format: "%Y-%m-%d"

matches:
  - trigger: ":sig"
    replace: "此致\\n客服小吉"
    label: 签名

  - triggers: [":hi", ":hello", ";hey"]
    replace: "您好$|$，今天是{{today}}"
    word: true

  - trigger: ":ship"
    replace: "预计{{later}}发货，现在{{now}}，单号{{clip}}"
    search_terms: [发货, 物流]
    force_mode: keys
    vars:
      - name: later
        type: date
        params: {format: "%Y-%m-%d", offset: 259200}
      - name: now
        type: date
        params: {format: "%H:%M"}
      - name: clip
        type: clipboard

  - trigger: ":re"
    form: "亲，[[name]]您好，您的[[issue]]已处理 {{不是变量}}"
    form_fields:
      issue:
        type: choice
        values: [退款, 换货, 补发]

  - trigger: ":form2"
    replace: "收件人：{{form1.who}}；{{sig_ref}}；{{greeting}}"
    vars:
      - name: form1
        type: form
        params:
          layout: "收件人 [[who]]"
          fields:
            who: {default: 张三}
      - name: sig_ref
        type: match
        params: {trigger: ":sig"}
      - name: greeting
        type: echo
        params: {echo: "早上好"}

  - regex: ":d(?P<n>\\\\d+)"
    replace: "regex"

  - trigger: ":logo"
    image_path: "$CONFIG/images/logo.png"

  - trigger: ":ip"
    replace: "{{ip}}"
    vars:
      - name: ip
        type: shell
        params: {cmd: "curl ifconfig.me"}

  - trigger: ":week"
    replace: "{{stamp}}"
    vars:
      - name: stamp
        type: date
        params: {format: "%d/%m/%Y %H:%M", offset: 3600}

  - trigger: ":lit"
    replace: "模板写法 {{ 和 }} 保留"
    propagate_case: true
    some_future_key: 1
"""


@pytest.fixture
def parsed(tmp_path):
    path = tmp_path / "base.yml"
    path.write_text(MATCHES, encoding="utf-8")
    return espanso.read(path)


def drafts(parsed):
    return {row.number: row.draft for row in parsed.rows}


def test_triggers_replace_label_and_prefixes(parsed):
    rows = drafts(parsed)
    assert (rows[1].code, rows[1].title, rows[1].body) == ("sig", "签名", "此致\n客服小吉")
    assert rows[1].validated().category == ("未分组",)
    assert rows[2].code == "hi"
    assert any("match 2" in n and ":hello" in n and ";hey" in n for n in parsed.notes)
    assert any("prefix ':' removed" in n for n in parsed.notes)


def test_variables_map_to_our_syntax(parsed):
    rows = drafts(parsed)
    assert rows[2].body == "您好{{光标}}，今天是{{日期}}"
    assert rows[3].body == "预计{{日期+3}}发货，现在{{时间}}，单号{{剪贴板}}"
    assert rows[3].validated().keywords == ("发货", "物流")
    assert rows[3].validated().output_mode == OutputMode.TYPE


def test_forms_become_prompts_with_choices_noted(parsed):
    rows = drafts(parsed)
    assert rows[4].body == "亲，{{name}}您好，您的{{issue:退款|换货|补发}}已处理 \\{{不是变量}}"
    assert rows[5].body == "收件人：{{who=张三}}；{{@sig}}；早上好"
    assert any("match 5" in n and "echo" in n for n in parsed.notes)


def test_prompts_our_syntax_cannot_hold_fall_back_with_a_note(tmp_path):
    path = tmp_path / "forms.yml"
    path.write_text(textwrap.dedent("""\
        matches:
          - trigger: ":f"
            form: "[[size]] [[date]] [[a:b]]"
            form_fields:
              size: {type: list, values: "S|M\\nL"}
        """), encoding="utf-8")
    parsed = espanso.read(path)
    assert parsed.rows[0].draft.body == "{{size}} {{输入date}} [[a:b]]"
    assert any("choices S|M | L not kept" in n for n in parsed.notes)
    assert any("'date' is named {{输入date}}" in n for n in parsed.notes)


def test_unsupported_features_are_rejected_by_name(parsed):
    reasons = {r.number: r.reason for r in parsed.rejected}
    assert set(reasons) == {6, 7, 8, 9}
    assert "regex" in reasons[6]
    assert "image_path" in reasons[7]
    assert "shell" in reasons[8] and "'ip'" in reasons[8]
    assert "3600 seconds" in reasons[9]


def test_literal_braces_and_ignored_options_are_noted(parsed):
    rows = drafts(parsed)
    assert rows[10].body == "模板写法 \\{{ 和 }} 保留"
    assert any("word" in n and "2" in n for n in parsed.notes)
    assert any("propagate_case" in n and "10" in n for n in parsed.notes)
    assert any("some_future_key" in n for n in parsed.notes)


def test_every_match_is_a_row_or_a_rejection(parsed):
    numbers = sorted([r.number for r in parsed.rows] + [r.number for r in parsed.rejected])
    assert numbers == list(range(1, 11))


def test_date_formats(tmp_path):
    path = tmp_path / "dates.yml"
    path.write_text(textwrap.dedent("""\
        matches:
          - trigger: ":a"
            replace: "{{d}}"
            vars: [{name: d, type: date, params: {format: "%Y年%m月%d日", offset: -86400}}]
          - trigger: ":b"
            replace: "{{d}}"
            vars: [{name: d, type: date, params: {format: "%Y-%m-%d %H:%M"}}]
          - trigger: ":c"
            replace: "{{d}}"
            vars: [{name: d, type: random, params: {choices: [a, b]}}]
          - trigger: ":d"
            replace: "{{d}}"
            vars: [{name: d, type: date, params: {format: "%e %B %H:%M"}}]
          - trigger: ":e"
            replace: "{{d}}"
            vars: [{name: d, type: date, params: {format: "%H点%M分", offset: 172800}}]
          - trigger: ":f"
            replace: "{{d}}"
            vars: [{name: d, type: date, params: {format: "%Y", offset: 8640000000}}]
        """), encoding="utf-8")
    parsed = espanso.read(path)
    rows = drafts(parsed)
    assert rows[1].body == "{{日期-1|%Y年%m月%d日}}"
    assert rows[2].body == "{{日期|%Y-%m-%d %H:%M}}"
    assert rows[4].body == "{{日期}} {{时间}}"
    assert any("match 4" in n and "%e %B %H:%M" in n and "default format" in n for n in parsed.notes)
    assert rows[5].body == "{{时间|%H点%M分}}"
    reasons = {r.number: r.reason for r in parsed.rejected}
    assert "random" in reasons[3]
    assert "out of range" in reasons[6]


def test_invalid_yaml_names_the_line(tmp_path):
    path = tmp_path / "broken.yml"
    path.write_text('matches:\n  - trigger: ":a"\n    replace: "ok"\n  - trigger: ":b\n    replace: x\n',
                    encoding="utf-8")
    with pytest.raises(FormatError, match=r"broken.yml: invalid YAML at line \d+") as caught:
        espanso.read(path)
    assert caught.value.details["line"] >= 4


def test_yaml_that_is_not_an_espanso_file(tmp_path):
    path = tmp_path / "other.yaml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(FormatError, match="other.yaml: not an Espanso match file"):
        espanso.read(path)


def test_imports_are_noted_not_followed(tmp_path):
    path = tmp_path / "main.yml"
    path.write_text('imports: ["other.yml"]\nmatches: []\n', encoding="utf-8")
    parsed = espanso.read(path)
    assert parsed.rows == [] and any("other.yml" in n for n in parsed.notes)


def test_backslash_right_before_a_variable_is_rejected_not_garbled(tmp_path):
    path = tmp_path / "paths.yml"
    path.write_text(textwrap.dedent("""\
        matches:
          - trigger: ":p"
            replace: 'C:\\{{c}}'
            vars: [{name: c, type: clipboard}]
          - trigger: ":q"
            replace: 'C:\\ {{c}} and \\{{ braces'
            vars: [{name: c, type: clipboard}]
        """), encoding="utf-8")
    parsed = espanso.read(path)
    assert [(r.number, "backslash" in r.reason) for r in parsed.rejected] == [(1, True)]
    assert parsed.rows[0].draft.body == "C:\\ {{剪贴板}} and \\\\{{ braces"
