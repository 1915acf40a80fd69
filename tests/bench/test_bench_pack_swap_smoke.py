"""The pack-window benchmark runs and reports every figure (no timing is asserted)."""

from tests.bench import bench_pack_swap


def test_bench_reports_the_ui_hold_before_and_now(qapp, capsys):
    result = bench_pack_swap.run_bench(200, rounds=2)
    assert len(result["before_ms"]) == 2
    assert len(result["gap_ms"]) == len(result["apply_ms"]) == len(result["total_ms"]) == 2
    bench_pack_swap.print_figures(result)
    out = capsys.readouterr().out
    assert "before: rebuild on the UI thread" in out and "longest UI-thread gap" in out
