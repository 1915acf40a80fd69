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
