"""Any text at all: check() gives valid spans, preview() never raises, render() either
renders or raises VariableError, and renders whenever check() found nothing."""

import random
import time

from assistant.variables import VariableError, check, parse, preview, render

from . import NOW

PIECES = ["{", "}", "{{", "}}", "\\", "|", "=", ":", "@", "+", "-", "%", "%m", "\n", " ", "日期", "时间",
          "星期", "客户", "光标", "剪贴板", "尺码", "S", "3", "工作日", "😀", "𠮷", "hi", "x"]
SCRIPTS = {"hi": "亲{{客户}}{{光标}}", "x": "{{@hi}}{{日期}}"}


def test_random_texts_never_crash():
    rng = random.Random(20261111)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 25)))
        problems = check(text, known_codes=SCRIPTS)
        for problem in problems:
            assert 0 <= problem.start < problem.end <= len(text)
        assert isinstance(preview(text, now=NOW, lookup=SCRIPTS.get), str)
        values = {v.name: "值" for v in parse(text).variables(lookup=SCRIPTS.get)}
        try:
            render(text, values, lookup=SCRIPTS.get, clipboard="剪", now=NOW)
        except VariableError as error:
            assert problems, (text, error)


def test_a_long_body_is_fast():
    body = ("亲，{{客户}}您好，订单{{订单号}}将于{{日期+3工作日|%m月%d日}}发出{}。\n" * 200)[:10_000]
    start = time.perf_counter()
    for _ in range(10):
        preview(body, now=NOW)
    assert (time.perf_counter() - start) / 10 < 0.05
