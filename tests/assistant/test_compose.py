"""From script to paste job: prompts, team variables, inlined codes, remembered values."""

from datetime import datetime

import pytest

from assistant.compose import Composer
from assistant.model import OutputMode, ScriptDraft
from assistant.store import Store
from assistant.variables import VariableError

NOW = datetime(2026, 11, 11, 23, 59)
PNG = b"\x89PNG chart"


@pytest.fixture
def composer(store):
    return Composer(store, team_variables=lambda: {"券面额": "50元"}, now=lambda: NOW)


def add(store, lib, **kw):
    return store.add_script(lib.id, ScriptDraft(**kw))


def test_prompts_are_asked_once_then_remembered(store, personal, composer):
    s = add(store, personal, code="fh", body="{{客户=亲}}，您的订单{{订单号}}将于{{日期+3|%m月%d日}}前发出，{{光标}}谢谢")
    assert [(q.name, q.initial) for q in composer.questions(s)] == [("客户", "亲"), ("订单号", None)]
    job = composer.compose(s, {"客户": "王女士", "订单号": "A1001"})
    assert job.text == "王女士，您的订单A1001将于11月14日前发出，谢谢"
    assert job.caret_from_end == 2
    again = Composer(Store(store.path), now=lambda: NOW)
    assert [(q.name, q.initial) for q in again.questions(s)] == [("客户", "王女士"), ("订单号", "A1001")]


def test_team_variables_fill_without_asking_and_codes_inline(store, personal, composer):
    add(store, personal, code="qm", body="（本店满300减{{券面额}}）")
    s = add(store, personal, code="hd", body="活动说明{{@qm}}", output_mode="paste_enter", image=PNG)
    assert composer.questions(s) == []
    job = composer.compose(s)
    assert job.text == "活动说明（本店满300减50元）"
    assert job.mode == OutputMode.PASTE_ENTER and job.image == PNG and job.image_first


def test_missing_answers_and_broken_texts_never_become_a_paste(store, personal, composer):
    s = add(store, personal, code="x", body="{{客户}}您好")
    with pytest.raises(VariableError, match="客户"):
        composer.compose(s, {})
    broken = add(store, personal, code="y", body="见{{@nope}}")
    assert composer.problems(broken)
    with pytest.raises(VariableError):
        composer.compose(broken)
    assert "【客户】您好" == composer.preview(s)


def test_the_clipboard_is_read_only_for_a_text_that_uses_it(store, personal, composer):
    """Reading the agent's clipboard asks another program for it: not on every paste."""
    reads = []

    def clipboard() -> str:
        reads.append(1)
        return "订单 A1001"

    plain = add(store, personal, code="p", body="亲，在的")
    assert composer.compose(plain, clipboard=clipboard).text == "亲，在的"
    assert reads == []
    quoting = add(store, personal, code="q", body="您说的「{{剪贴板}}」我们已核实")
    assert composer.compose(quoting, clipboard=clipboard).text == "您说的「订单 A1001」我们已核实"
    assert reads == [1]
    inlining = add(store, personal, code="r", body="{{@q}}，请放心")
    assert composer.compose(inlining, clipboard=clipboard).text == "您说的「订单 A1001」我们已核实，请放心"
    assert reads == [1, 1]
