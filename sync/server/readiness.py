"""Readiness for a campaign pack: checklist ticks from agents and the lead's board.

Decisions:

* An agent sends the whole set of items they have ticked (``PUT``), so a repeat or a
  late retry can never double-count; items not on the pack's current checklist are
  refused with a 422 naming them.  Ticks are kept by item text, so an item that stays
  on the checklist in the next version keeps its tick; one that leaves stops counting.
* "Online" on the board: the person's app holds a notification stream to this app
  server, or their device started a sync round within ``ONLINE_SECONDS`` (the app
  syncs at least every 5 minutes), so a board on one of several app servers is right
  to within that margin.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, insert, select

from assistant import drills
from sync.protocol import BoardRow, ReadinessBoard, TicksResult
from sync.server import security
from sync.server import tables as t
from sync.server.accounts import Caller
from sync.server.db import Database
from sync.server.errors import forbidden, invalid
from sync.server.libraries import LibraryRow, load_library

ONLINE_SECONDS = 330


def _pack(conn, caller: Caller, library_id: str) -> LibraryRow:
    lib = load_library(conn, caller, library_id)
    if lib.kind != "campaign":
        raise invalid(f"library {library_id} is not a campaign pack")
    return lib


def checklist(lib: LibraryRow) -> list[str]:
    """The lead's items plus the automatic drill item (ticked by the agent's app from drill results)."""
    return drills.pack_checklist(json.loads(lib.pack_meta or "{}"))


def set_ticks(db: Database, caller: Caller, library_id: str, ticked: list[str]) -> TicksResult:
    with db.write() as conn:
        lib = _pack(conn, caller, library_id)
        items = checklist(lib)
        unknown = [item for item in ticked if item not in items]
        if unknown:
            raise invalid(f"not on the checklist of this pack: {', '.join(unknown[:5])}",
                          [{"item": item} for item in unknown])
        wanted = list(dict.fromkeys(ticked))
        conn.execute(delete(t.pack_ticks).where(t.pack_ticks.c.library_id == lib.id,
                                                t.pack_ticks.c.user_id == caller.id))
        now = security.now_iso()
        if wanted:
            conn.execute(insert(t.pack_ticks), [dict(library_id=lib.id, user_id=caller.id, item=item, ticked_at=now)
                                                for item in wanted])
    return TicksResult(ticked=[i for i in items if i in wanted], total=len(items))


def my_ticks(db: Database, caller: Caller, library_id: str) -> TicksResult:
    with db.read() as conn:
        lib = _pack(conn, caller, library_id)
        items = checklist(lib)
        have = {r.item for r in conn.execute(select(t.pack_ticks.c.item).where(
            t.pack_ticks.c.library_id == lib.id, t.pack_ticks.c.user_id == caller.id))}
    return TicksResult(ticked=[i for i in items if i in have], total=len(items))


def board(db: Database, caller: Caller, library_id: str, connected: set[str]) -> ReadinessBoard:
    """Per active person in the team: version fetched, last sync, ticks "n / total", online."""
    if not caller.is_lead:
        raise forbidden("only a lead or an admin can see the readiness board")
    with db.read() as conn:
        lib = _pack(conn, caller, library_id)
        items = checklist(lib)
        people = conn.execute(select(t.users).where(t.users.c.team_id == caller.team_id,
                                                    t.users.c.active.is_(True)).order_by(t.users.c.username)).all()
        got = {r.user_id: r for r in conn.execute(select(t.receipts).where(t.receipts.c.library_id == lib.id))}
        seen = dict(conn.execute(select(t.user_seen.c.user_id, t.user_seen.c.seen_at)
                                 .join(t.users, t.users.c.id == t.user_seen.c.user_id)
                                 .where(t.users.c.team_id == caller.team_id)).all())
        ticks: dict[str, set[str]] = {}
        for r in conn.execute(select(t.pack_ticks.c.user_id, t.pack_ticks.c.item)
                              .where(t.pack_ticks.c.library_id == lib.id)):
            ticks.setdefault(r.user_id, set()).add(r.item)
    recent = (datetime.now(UTC) - timedelta(seconds=ONLINE_SECONDS)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    rows = []
    for u in people:
        done = [i for i in items if i in ticks.get(u.id, set())]
        rows.append(BoardRow(user_id=u.id, username=u.username, display_name=u.display_name, role=u.role,
                             version=got[u.id].version if u.id in got else 0,
                             received_at=got[u.id].received_at if u.id in got else None,
                             last_sync=seen.get(u.id), ticked=len(done), total=len(items), ticked_items=done,
                             online=u.id in connected or (seen.get(u.id) or "") >= recent))
    return ReadinessBoard(library_id=lib.id, name=lib.name, version=lib.pack_version, checklist=items,
                          people=len(rows), on_current_version=sum(r.version == lib.pack_version for r in rows),
                          ready=sum(bool(items) and r.ticked == r.total for r in rows),
                          offline=sum(not r.online for r in rows), rows=rows)
