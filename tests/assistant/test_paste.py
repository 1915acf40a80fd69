"""The paste algorithm against a fake desktop on a virtual clock.

Each test is a situation an agent lives through; the fake chat window reads the
clipboard a little after Ctrl+V, as real targets do.
"""

import pytest

from assistant.model import OutputMode
from assistant.paste import Outcome, PasteDelays, PasteEngine, PasteJob
from assistant.platform.fake import fake_desktop

PNG = b"\x89PNG size chart"


@pytest.fixture
def world():
    desktop, clipboard, world = fake_desktop()
    chat = desktop.windows.open(1, app="qianniu")
    engine = PasteEngine(desktop, clipboard, PasteDelays(), sleep=world.sleep, monotonic=world.monotonic)
    return engine, desktop, clipboard, world, chat


def test_text_lands_exactly_and_the_clipboard_comes_back(world):
    engine, desktop, clipboard, w, chat = world
    clipboard.copy_by_user("agent's own copy", extra={"text/html": b"<b>agent</b>"})
    result = engine.deliver(chat.ref, PasteJob("亲，已为您加急 🚚\n请稍等"))
    w.sleep(1)
    assert chat.contents == "亲，已为您加急 🚚\n请稍等"
    assert result.outcome == Outcome.PASTED and result.clipboard_restored
    assert clipboard.formats == {"text/plain": b"agent's own copy", "text/html": b"<b>agent</b>"}
    # our temporary content never reached clipboard history
    assert all("加急" not in entry.get("text/plain", b"").decode() for entry in clipboard.history)


def test_restoring_too_early_would_paste_the_old_clipboard(world):
    """The peers' bug, shown on purpose with a zero restore delay."""
    _, desktop, clipboard, w, chat = world
    hasty = PasteEngine(desktop, clipboard, PasteDelays(restore_after_ms=0), sleep=w.sleep, monotonic=w.monotonic)
    hasty.deliver(chat.ref, PasteJob("新话术"))
    w.sleep(1)
    assert chat.contents == "agent's own copy"


def test_focus_returns_to_the_remembered_window(world):
    engine, desktop, _, w, chat = world
    picker = desktop.windows.open(2, app="kefu")  # our picker took the focus
    engine.deliver(chat.ref, PasteJob("回到原窗口"))
    w.sleep(1)
    assert chat.contents == "回到原窗口" and picker.contents == ""


def test_waits_for_the_hotkey_modifiers_to_be_released(world):
    engine, desktop, _, w, chat = world
    desktop.keys.held.update({"ctrl", "alt"})
    desktop.keys.release_at(0.3, "ctrl", "alt")
    engine.deliver(chat.ref, PasteJob("松开再贴"))
    w.sleep(1)
    assert chat.received[0] == "ctrl+v" and chat.contents == "松开再贴"


def test_gives_up_when_modifiers_stay_down_and_changes_nothing(world):
    engine, desktop, clipboard, w, chat = world
    desktop.keys.held.add("ctrl")
    result = engine.deliver(chat.ref, PasteJob("不会贴"))
    assert result.outcome == Outcome.ABORTED and "modifier" in result.reason
    assert chat.received == [] and clipboard.text() == "agent's own copy"


def test_a_clipboard_change_before_the_chord_is_retried_never_pasted(world):
    engine, _, clipboard, w, chat = world
    w.after(0.025, lambda: clipboard.copy_by_user("someone else's text"))
    result = engine.deliver(chat.ref, PasteJob("我们的话术"))
    w.sleep(1)
    assert result.outcome == Outcome.PASTED and chat.contents == "我们的话术"


def churn(clipboard, w, every=0.01, n=0):
    """Another program replacing the clipboard every ``every`` seconds."""
    clipboard.copy_by_user(f"other program {n}")
    w.after(every, lambda: churn(clipboard, w, every, n + 1))


def test_a_clipboard_that_never_stays_ours_aborts_with_nothing_pasted(world):
    """The churn starts as the paste does: the clipboard was quiet, so a paste was tried."""
    engine, _, clipboard, w, chat = world
    w.after(0.001, lambda: churn(clipboard, w))
    result = engine.deliver(None, PasteJob("我们的话术"))  # into the focused chat window, at once
    w.sleep(0.5)
    assert result.outcome == Outcome.ABORTED and "changing the clipboard" in result.reason
    assert chat.received == [] and chat.contents == ""


def test_while_another_program_keeps_changing_the_clipboard_the_text_is_typed(world):
    engine, _, clipboard, w, chat = world
    churn(clipboard, w, every=0.05)
    w.sleep(0.2)
    result = engine.deliver(chat.ref, PasteJob("亲，在的\n马上为您查询", mode=OutputMode.PASTE_ENTER))
    w.sleep(0.5)
    assert result.outcome == Outcome.TYPED and "typed" in result.reason
    assert chat.contents == "亲，在的⇧马上为您查询⏎"  # a new line without sending, then Enter sends
    assert "ctrl+v" not in chat.received
    assert clipboard.text().startswith("other program")  # never touched


def test_one_copy_by_the_agent_is_no_busy_clipboard(world):
    engine, _, clipboard, w, chat = world
    w.sleep(5)
    clipboard.copy_by_user("订单号 123456")
    clipboard.copy_by_user("订单号 123456")  # a clipboard manager taking the copy over
    result = engine.deliver(chat.ref, PasteJob("话术"))
    w.sleep(1)
    assert result.outcome == Outcome.PASTED and chat.contents == "话术"


def test_a_copy_made_right_after_the_paste_is_kept(world):
    engine, _, clipboard, w, chat = world
    w.after(0.12, lambda: clipboard.copy_by_user("订单号 123456"))  # read at 0.10, restore due at 0.14
    result = engine.deliver(chat.ref, PasteJob("话术"))
    w.sleep(1)
    assert chat.contents == "话术"
    assert not result.clipboard_restored and clipboard.text() == "订单号 123456"


def test_a_clipboard_stolen_before_the_target_read_it_is_reported_and_not_sent(world):
    engine, desktop, clipboard, w, chat = world
    w.after(0.07, lambda: clipboard.copy_by_user("other program"))  # chord at 0.05, read due at 0.10
    result = engine.deliver(chat.ref, PasteJob("我们的话术", mode=OutputMode.PASTE_ENTER))
    w.sleep(1)
    assert result.outcome == Outcome.PASTED and result.verified is False and "check the chat box" in result.reason
    assert "enter" not in chat.received  # never sent to the buyer
    assert clipboard.text() == "other program"


def test_without_read_tracking_the_fixed_restore_wait_applies(world):
    engine, _, clipboard, w, chat = world
    clipboard.tells_reads = False
    result = engine.deliver(chat.ref, PasteJob("话术"))
    assert result.clipboard_restored and w.now >= PasteDelays().restore_after_ms / 1000
    w.sleep(1)
    assert chat.contents == "话术"


def test_paste_enter_sends_after_the_text_and_caret_moves_back(world):
    engine, _, _, w, chat = world
    engine.deliver(chat.ref, PasteJob("您好，订单号是：", mode=OutputMode.PASTE_ENTER))
    w.sleep(1)
    assert chat.contents == "您好，订单号是：⏎"
    engine.deliver(chat.ref, PasteJob("亲爱的，", caret_from_end=2))
    w.sleep(1)
    assert chat.contents.endswith("亲爱的，←←")


def test_image_then_text_in_the_scripts_order(world):
    engine, _, clipboard, w, chat = world
    result = engine.deliver(chat.ref, PasteJob("这是尺码表", image=PNG, image_first=True))
    w.sleep(1)
    assert chat.images == [PNG] and chat.contents == "这是尺码表"
    assert result.clipboard_restored and clipboard.text() == "agent's own copy"


def test_copy_mode_and_desktops_without_injection_leave_the_text_on_the_clipboard(world):
    engine, desktop, clipboard, w, chat = world
    assert engine.deliver(chat.ref, PasteJob("仅复制", mode=OutputMode.COPY)).outcome == Outcome.COPIED
    assert clipboard.text() == "仅复制" and chat.received == []
    desktop.can_inject = False
    result = engine.deliver(chat.ref, PasteJob("Wayland"))
    assert result.outcome == Outcome.COPIED and "does not allow" in result.reason
    assert clipboard.text() == "Wayland"


def test_windows_line_endings_and_type_out_mode(world):
    engine, desktop, _, w, chat = world
    desktop.line_ending = "\r\n"
    engine.deliver(chat.ref, PasteJob("第一行\n第二行"))
    w.sleep(1)
    assert chat.contents == "第一行\r\n第二行"
    result = engine.deliver(chat.ref, PasteJob("逐字 😊", mode=OutputMode.TYPE))
    assert result.outcome == Outcome.TYPED and chat.contents.endswith("逐字 😊")


def test_a_closed_target_window_aborts(world):
    engine, _, _, _, chat = world
    from assistant.platform.base import WindowRef

    assert engine.deliver(WindowRef(99), PasteJob("x")).outcome == Outcome.ABORTED


def test_a_per_app_chord_is_sent_instead_of_ctrl_v(world):
    engine, desktop, _, w, chat = world
    engine.deliver(chat.ref, PasteJob("终端里粘贴", chord="shift+insert"))
    w.sleep(1)
    assert chat.received == ["shift+insert"] and chat.contents == "终端里粘贴"


def test_a_typed_code_is_erased_before_its_script_lands_and_can_be_reverted(world):
    engine, desktop, _, w, chat = world
    chat.contents = "好的;tk "
    engine.deliver(chat.ref, PasteJob("亲，退款已原路返回", erase_before=4))
    w.sleep(1)
    assert chat.contents == "好的亲，退款已原路返回"
    chat.contents = chat.contents[:-1]  # the agent's Backspace
    engine.revert(len("亲，退款已原路返回") - 1, ";tk")
    assert chat.contents == "好的;tk"
