"""Usage counts (per person, script and UTC hour) for the lead's reports; never chat content.

Decisions: an upload is idempotent (same key, same answer, counted once); only
scripts of the team library and campaign packs of the uploader's own team are
accepted (personal scripts stay private) — rows for anything else are dropped and
left out of ``accepted``.  Reports are for leads and
admins and sum over the team.
"""

from __future__ import annotations

from sqlalchemy import func, insert, select, update

from sync.protocol import UsageReport, UsageReportRow, UsageUpload, UsageUploadResult
from sync.server import tables as t
from sync.server.accounts import Caller
from sync.server.db import Database
from sync.server.errors import forbidden
from sync.server.libraries import LibraryRow, _remember, _replay, can_read


def upload(db: Database, caller: Caller, request: UsageUpload) -> UsageUploadResult:
    with db.write() as conn:
        stored = _replay(conn, caller, request.idempotency_key, "usage")
        if stored is not None:
            return UsageUploadResult.model_validate_json(stored).model_copy(update={"replayed": True})
        wanted = sorted({row.library_id for row in request.rows})
        readable = set()
        if wanted:
            rows = conn.execute(select(*[t.libraries.c[n] for n in LibraryRow.__dataclass_fields__])
                                .where(t.libraries.c.id.in_(wanted), t.libraries.c.team_id == caller.team_id))
            readable = {r.id for r in rows if r.kind != "personal" and can_read(caller, LibraryRow(**r._mapping))}
        accepted = 0
        for row in request.rows:
            if row.library_id not in readable:
                continue
            accepted += 1
            key = (t.usage.c.team_id == caller.team_id, t.usage.c.user_id == caller.id,
                   t.usage.c.script_id == row.script_id, t.usage.c.hour == row.hour)
            if not conn.execute(update(t.usage).where(*key).values(count=t.usage.c.count + row.count)).rowcount:
                conn.execute(insert(t.usage).values(team_id=caller.team_id, user_id=caller.id,
                                                    script_id=row.script_id, hour=row.hour,
                                                    library_id=row.library_id, count=row.count))
        result = UsageUploadResult(accepted=accepted)
        _remember(conn, caller, request.idempotency_key, "usage", result.model_dump_json())
    return result


def report(db: Database, caller: Caller, since: str, until: str, library_id: str | None) -> UsageReport:
    if not caller.is_lead:
        raise forbidden("only a lead or an admin can read usage reports")
    query = (select(t.usage.c.script_id, t.usage.c.library_id, func.sum(t.usage.c.count).label("count"),
                    func.count(func.distinct(t.usage.c.user_id)).label("users"))
             .where(t.usage.c.team_id == caller.team_id, t.usage.c.hour >= since, t.usage.c.hour < until)
             .group_by(t.usage.c.script_id, t.usage.c.library_id)
             .order_by(func.sum(t.usage.c.count).desc(), t.usage.c.script_id).limit(5000))
    if library_id:
        query = query.where(t.usage.c.library_id == library_id)
    with db.read() as conn:
        rows = conn.execute(query).all()
        names = {}
        ids = sorted({r.script_id for r in rows})
        for start in range(0, len(ids), 400):
            for s in conn.execute(select(t.scripts.c.id, t.scripts.c.library_id, t.scripts.c.code, t.scripts.c.title)
                                  .join(t.libraries, t.libraries.c.id == t.scripts.c.library_id)
                                  .where(t.scripts.c.id.in_(ids[start:start + 400]),
                                         t.libraries.c.team_id == caller.team_id)):
                names[(s.library_id, s.id)] = (s.code, s.title)
    out = [UsageReportRow(script_id=r.script_id, library_id=r.library_id, count=int(r.count), users=int(r.users),
                          code=names.get((r.library_id, r.script_id), ("", ""))[0],
                          title=names.get((r.library_id, r.script_id), ("", ""))[1]) for r in rows]
    return UsageReport(since=since, until=until, rows=out)
