"""The app benchmark runs end to end on a small library and reports every figure."""

from tests.bench import bench_app as bench


def test_app_bench_reports_start_latency_and_memory(capsys):
    result = bench.run_bench(size=300, starts=1, samples=3, cycles=20, idle_s=0.2)
    assert 0 < result["cold_start_s"] <= result["index_ready_s"]
    assert result["hotkey_p99_ms"] >= result["hotkey_p50_ms"] > 0
    assert result["idle_rss_mib"] > 20 and result["rss_after_cycles_mib"] > 20
    bench.print_figures(result)
    out = capsys.readouterr().out
    assert "| cold start → tray ready |" in out and "| idle RSS |" in out
