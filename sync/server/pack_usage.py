"""Usage review (复盘) of one campaign pack: uses per script, person and hour; scripts never
used; top scripts; time saved; export as .xlsx and .csv.

Decisions:

* Time saved = characters not typed ÷ typing speed.  Characters not typed per use are
  the length of the script's text (the agent typed a short code or a search instead);
  the speed defaults to ``DEFAULT_CHARS_PER_MINUTE`` = 50 characters a minute (a usual
  bar for Chinese typing in customer-service hiring tests) and can be given per report.
* Script texts come from the current version, or for a script that left the pack from
  the newest kept version that had it, so a removed script still shows its title.
* Hours are UTC, ``[since, until)`` like ``/api/usage/report``.
"""

from __future__ import annotations

import csv
import io
import json

from sqlalchemy import select

from sync.protocol import PackUsage, UsageAgent, UsageCell, UsageHour, UsageScript
from sync.server import tables as t
from sync.server.accounts import Caller
from sync.server.db import Database
from sync.server.errors import forbidden, invalid
from sync.server.libraries import load_library

DEFAULT_CHARS_PER_MINUTE = 50.0


def review(db: Database, caller: Caller, library_id: str, since: str = "2000-01-01T00",
           until: str = "9999-12-31T23", chars_per_minute: float = DEFAULT_CHARS_PER_MINUTE) -> PackUsage:
    if not caller.is_lead:
        raise forbidden("only a lead or an admin can review pack usage")
    if chars_per_minute <= 0:
        raise invalid("chars_per_minute: must be above 0")
    with db.read() as conn:
        lib = load_library(conn, caller, library_id)
        if lib.kind != "campaign":
            raise invalid(f"library {library_id} is not a campaign pack")
        cells = conn.execute(select(t.usage.c.script_id, t.usage.c.user_id, t.usage.c.hour, t.usage.c.count)
                             .where(t.usage.c.team_id == caller.team_id, t.usage.c.library_id == lib.id,
                                    t.usage.c.hour >= since, t.usage.c.hour < until)
                             .order_by(t.usage.c.hour, t.usage.c.script_id, t.usage.c.user_id)).all()
        current = [dict(id=r.id, code=r.code, title=r.title, body=r.body) for r in conn.execute(
            select(t.scripts.c.id, t.scripts.c.code, t.scripts.c.title, t.scripts.c.body)
            .where(t.scripts.c.library_id == lib.id, t.scripts.c.deleted.is_(False))
            .order_by(t.scripts.c.code_key, t.scripts.c.title))]
        known = {s["id"]: s for s in current}
        if any(c.script_id not in known for c in cells):
            for row in conn.execute(select(t.pack_versions.c.scripts).where(t.pack_versions.c.library_id == lib.id)
                                    .order_by(t.pack_versions.c.version.desc())):
                for s in json.loads(row.scripts or "[]"):
                    known.setdefault(s["id"], s)
        names = dict(conn.execute(select(t.users.c.id, t.users.c.username)
                                  .where(t.users.c.team_id == caller.team_id)).all())
    per_script: dict[str, list[int]] = {}
    users: dict[str, set[str]] = {}
    per_agent: dict[str, list[float]] = {}
    per_hour: dict[str, int] = {}
    for c in cells:
        chars = len(known.get(c.script_id, {}).get("body", ""))
        per_script.setdefault(c.script_id, [0])[0] += c.count
        users.setdefault(c.script_id, set()).add(c.user_id)
        agent = per_agent.setdefault(c.user_id, [0, 0.0])
        agent[0] += c.count
        agent[1] += c.count * chars / chars_per_minute
        per_hour[c.hour] = per_hour.get(c.hour, 0) + c.count

    def script(sid: str) -> UsageScript:
        s = known.get(sid, {})
        uses, chars = per_script.get(sid, [0])[0], len(s.get("body", ""))
        return UsageScript(script_id=sid, code=s.get("code", ""), title=s.get("title", "") or s.get("body", "")[:30],
                           uses=uses, users=len(users.get(sid, ())), chars=chars,
                           minutes_saved=round(uses * chars / chars_per_minute, 2))

    ids = [s["id"] for s in current] + [sid for sid in per_script if sid not in {s["id"] for s in current}]
    scripts = sorted((script(sid) for sid in ids), key=lambda s: (-s.uses, s.code, s.title))
    agents = sorted((UsageAgent(user_id=uid, username=names.get(uid, uid), uses=v[0], minutes_saved=round(v[1], 2))
                     for uid, v in per_agent.items()), key=lambda a: (-a.uses, a.username))
    return PackUsage(library_id=lib.id, name=lib.name, version=lib.pack_version, since=since, until=until,
                     chars_per_minute=chars_per_minute, uses=sum(s.uses for s in scripts),
                     minutes_saved=round(sum(s.minutes_saved for s in scripts), 2), scripts=scripts,
                     never_used=[s for s in scripts if s.uses == 0 and s.script_id in {x["id"] for x in current}],
                     agents=agents, hours=[UsageHour(hour=h, uses=n) for h, n in sorted(per_hour.items())],
                     cells=[UsageCell(script_id=c.script_id, user_id=c.user_id, hour=c.hour, uses=c.count)
                            for c in cells])


# -- export (also used by the app and the CLI on a PackUsage they received) ---------------------
CSV_HEADER = ["hour_utc", "username", "code", "title", "uses", "chars_per_use", "minutes_saved"]


def _cell_rows(report: PackUsage, names: dict[str, str] | None = None) -> list[list]:
    names = names or {a.user_id: a.username for a in report.agents}
    scripts = {s.script_id: s for s in report.scripts}
    rows = []
    for c in report.cells:
        s = scripts.get(c.script_id) or UsageScript(script_id=c.script_id, uses=0)
        rows.append([c.hour, names.get(c.user_id, c.user_id), s.code, s.title, c.uses, s.chars,
                     round(c.uses * s.chars / report.chars_per_minute, 2)])
    return rows


def to_csv(report: PackUsage) -> str:
    """One row per hour, person and script (UTF-8 with BOM so Excel opens Chinese text right)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(_cell_rows(report))
    return "\ufeff" + out.getvalue()


def to_xlsx(report: PackUsage) -> bytes:
    """Sheets: 汇总 (summary), 话术 (per script, most used first), 坐席 (per person), 小时 (per hour),
    未使用 (never used), 明细 (hour × person × script)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def clean(row: list) -> list:  # control characters the xlsx format forbids are dropped
        return [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row]

    book = Workbook()
    summary = book.active
    summary.title = "汇总"
    for row in (["活动包", report.name], ["版本", report.version], ["起 (UTC)", report.since],
                ["止 (UTC)", report.until], ["使用次数", report.uses], ["打字速度 (字/分钟)", report.chars_per_minute],
                ["节省时间 (分钟)", report.minutes_saved], ["未使用话术", len(report.never_used)]):
        summary.append(clean(row))
    sheets = {
        "话术": (["编码", "标题", "使用次数", "使用人数", "字数", "节省分钟"],
               [[s.code, s.title, s.uses, s.users, s.chars, s.minutes_saved] for s in report.scripts]),
        "坐席": (["账号", "使用次数", "节省分钟"], [[a.username, a.uses, a.minutes_saved] for a in report.agents]),
        "小时": (["小时 (UTC)", "使用次数"], [[h.hour, h.uses] for h in report.hours]),
        "未使用": (["编码", "标题"], [[s.code, s.title] for s in report.never_used]),
        "明细": (["小时 (UTC)", "账号", "编码", "标题", "使用次数", "字数", "节省分钟"], _cell_rows(report)),
    }
    for title, (header, rows) in sheets.items():
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in rows:
            sheet.append(clean(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
