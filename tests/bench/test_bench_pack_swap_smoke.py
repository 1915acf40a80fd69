"""The pack-window benchmark runs and reports every figure (no timing is asserted)."""

import importlib.util
from pathlib import Path


def _bench():
    path = Path(__file__).with_name("bench_pack_swap.py")
    spec = importlib.util.spec_from_file_location("bench_pack_swap", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_reports_the_ui_hold_before_and_now(qapp, capsys):
    bench = _bench()
    result = bench.run_bench(200, rounds=2)
    assert len(result["before_ms"]) == 2
    assert len(result["gap_ms"]) == len(result["apply_ms"]) == len(result["total_ms"]) == 2
    bench.print_figures(result)
    out = capsys.readouterr().out
    assert "before: rebuild on the UI thread" in out and "longest UI-thread gap" in out
