"""The search benchmark runs and reports every figure (no timing is asserted)."""

import importlib.util
from pathlib import Path


def _bench():
    path = Path(__file__).with_name("bench_search.py")
    spec = importlib.util.spec_from_file_location("bench_search", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_reports_every_query_kind(capsys):
    bench = _bench()
    result = bench.run_bench(1000, queries_per_kind=3, memory=False)
    kinds = {"code prefix", "chinese substring", "pinyin initials", "full pinyin", "mixed", "no hit"}
    assert kinds <= set(result["latency"])
    for figures in result["latency"].values():
        assert figures["keystrokes"] > 0 and figures["p99"] >= figures["p50"] >= 0
    assert result["build_ms"] > 0 and result["patch_p50"] >= 0
    bench.print_table([result])
    assert "| 1,000 |" in capsys.readouterr().out


def test_generated_library_is_realistic():
    bench = _bench()
    scripts = bench.make_library(300, seed=3)
    assert len({s.id for s in scripts}) == 300
    assert all(30 <= len(s.body) <= 200 for s in scripts)
    assert len({s.code for s in scripts if s.code}) == len([s for s in scripts if s.code])
    assert scripts == bench.make_library(300, seed=3)  # deterministic
