"""The sync benchmark runs end to end at a tiny size (figures are not asserted)."""

from tests.bench import bench_sync


def test_bench_sync_runs(capsys):
    report = bench_sync.main(["--agents", "3,6", "--rounds", "1", "--scripts", "40", "--pull-seconds", "0.5"])
    assert [level["agents"] for level in report["levels"]] == [3, 6]
    assert all(level["errors"] == 0 for level in report["levels"])
    assert all(failed == 0 for _rate, failed in report["pulls"].values())
    assert "| agents |" in capsys.readouterr().out
