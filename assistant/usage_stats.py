"""My stats: what the agent used, from the store's usage events.  No Qt.

``usage_stats(store)`` returns the top scripts, uses per day over the last
:data:`DAYS` days (oldest first, days without use counted 0) and uses per hour of the
day (0-23).  Days and hours are in the local time zone (``tz``; default: the
machine's), since an agent thinks of "this morning", not of UTC.  Uses of scripts
that are gone since (deleted, purged) still count in the days and hours; the top list
names them by what the store still knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

DAYS = 30
TOP = 10


@dataclass(frozen=True)
class TopScript:
    script_id: str
    code: str
    title: str
    uses: int


@dataclass(frozen=True)
class UsageStats:
    total: int
    top: tuple[TopScript, ...]
    per_day: tuple[tuple[date, int], ...]  # last DAYS days, oldest first
    per_hour: tuple[int, ...]  # 24 counts, hour 0 first


def usage_stats(store, today: date | None = None, tz: tzinfo | None = None, days: int = DAYS,
                top: int = TOP) -> UsageStats:
    rows = store.database.query("SELECT script_id, used_at FROM usage_events")
    today = today or datetime.now(tz).date()
    first = today - timedelta(days=days - 1)
    per_day = {first + timedelta(days=n): 0 for n in range(days)}
    per_hour = [0] * 24
    counts: dict[str, int] = {}
    for row in rows:
        when = datetime.fromisoformat(row["used_at"]).astimezone(tz)
        if when.date() in per_day:
            per_day[when.date()] += 1
        per_hour[when.hour] += 1
        counts[row["script_id"]] = counts.get(row["script_id"], 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]
    known = {s.id: s for s in store.get_scripts([script_id for script_id, _n in ranked])}
    top_scripts = tuple(TopScript(script_id, known[script_id].code if script_id in known else "",
                                  known[script_id].title if script_id in known else "", n)
                        for script_id, n in ranked)
    return UsageStats(len(rows), top_scripts, tuple(per_day.items()), tuple(per_hour))
