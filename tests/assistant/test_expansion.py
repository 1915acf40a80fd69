"""Typed codes, key by key, as an agent types them."""

import pytest

from assistant.expansion import Expand, Expander, Key, Revert
from assistant.model import Script

SCRIPTS = {"tk": Script("1", "l", "tk", "退款", "亲，退款已经原路返回啦\n请注意查收"),
           "购物金": Script("2", "l", "购物金", "购物金", "购物金可以叠加使用哦")}


@pytest.fixture
def expander():
    return Expander(lambda code: SCRIPTS.get(code.casefold()), blocked_apps=frozenset({"KeePassXC"}))


def type_(expander, text, **context):
    actions = [expander.feed(Key(char=c, **context)) for c in text]
    return [a for a in actions if a is not None]


def test_prefix_code_space_expands_and_counts_what_to_erase(expander):
    [action] = type_(expander, "好的;tk ")
    assert isinstance(action, Expand) and action.script.code == "tk"
    assert action.erase == 4 and action.typed == ";tk"


def test_tab_terminates_and_chinese_codes_work(expander):
    [action] = type_(expander, ";购物金\t")
    assert action.script.code == "购物金" and action.erase == 5


def test_unknown_codes_and_ordinary_typing_never_fire(expander):
    assert type_(expander, "tk ") == []
    assert type_(expander, ";nope ") == []
    assert type_(expander, "a;tk") == []  # no terminator yet
    assert type_(expander, "!") == []


def test_backspace_right_after_reverts(expander):
    [action] = type_(expander, ";tk ")
    expander.pasted(action, action.script.body)
    revert = expander.feed(Key(name="backspace"))
    # the agent's own Backspace already took one character
    assert revert == Revert(erase=len("亲，退款已经原路返回啦\n请注意查收") - 1, retype=";tk")
    assert expander.feed(Key(name="backspace")) is None  # only once


def test_backspace_after_more_typing_does_not_revert(expander):
    [action] = type_(expander, ";tk ")
    expander.pasted(action, action.script.body)
    type_(expander, "x")
    assert expander.feed(Key(name="backspace")) is None


def test_backspace_while_typing_a_code_edits_it(expander):
    type_(expander, ";tx")
    expander.feed(Key(name="backspace"))
    [action] = type_(expander, "k ")
    assert action.script.code == "tk"


@pytest.mark.parametrize("context", [{"composing": True}, {"ours": True}, {"app": "keepassxc"}])
def test_never_fires_while_composing_in_our_windows_or_blocked_apps(expander, context):
    assert type_(expander, ";tk ", **context) == []


def test_pause_and_caret_moves_forget_the_code(expander):
    expander.paused = True
    assert type_(expander, ";tk ") == []
    expander.paused = False
    type_(expander, ";t")
    expander.feed(Key(name="left"))
    assert type_(expander, "k ") == []
