"""My stats figures after scripted uses at known times."""

from datetime import date, timezone

from assistant.model import ScriptDraft
from assistant.usage_stats import usage_stats


def use(store, script, at):
    store.clock = lambda: at
    store.record_use(script.id)


def test_top_scripts_days_and_hours_count_each_use(store, personal):
    thanks = store.add_script(personal.id, ScriptDraft(code="xx", title="谢谢", body="谢谢亲"))
    wait = store.add_script(personal.id, ScriptDraft(code="dd", title="稍等", body="稍等亲"))
    for at in ("2026-11-11T09:05:00+00:00", "2026-11-11T09:40:00+00:00", "2026-11-12T21:00:00+00:00"):
        use(store, thanks, at)
    use(store, wait, "2026-11-12T09:10:00+00:00")
    use(store, wait, "2026-09-01T03:00:00+00:00")  # older than 30 days: in hours and top, not in days

    stats = usage_stats(store, today=date(2026, 11, 12), tz=timezone.utc)

    assert stats.total == 5
    assert [(t.code, t.title, t.uses) for t in stats.top] == [("xx", "谢谢", 3), ("dd", "稍等", 2)]
    assert len(stats.per_day) == 30 and stats.per_day[0][0] == date(2026, 10, 14)
    assert stats.per_day[-2:] == ((date(2026, 11, 11), 2), (date(2026, 11, 12), 2))
    assert sum(n for _d, n in stats.per_day) == 4
    assert stats.per_hour[9] == 3 and stats.per_hour[21] == 1 and stats.per_hour[3] == 1
    assert sum(stats.per_hour) == 5


def test_days_and_hours_follow_the_local_time_zone(store, personal):
    from datetime import timedelta

    script = store.add_script(personal.id, ScriptDraft(code="xx", body="谢谢亲"))
    use(store, script, "2026-11-11T23:30:00+00:00")  # 07:30 on the 12th in Beijing
    stats = usage_stats(store, today=date(2026, 11, 12), tz=timezone(timedelta(hours=8)))
    assert stats.per_day[-1] == (date(2026, 11, 12), 1)
    assert stats.per_hour[7] == 1


def test_no_uses_gives_zeros(store, personal):
    stats = usage_stats(store, today=date(2026, 11, 12))
    assert stats.total == 0 and stats.top == () and sum(stats.per_hour) == 0
    assert all(n == 0 for _d, n in stats.per_day)
