"""``kefu pack …``: campaign packs from the command line (leads; ``tick`` for agents).

    kefu pack publish FILE.xlsx|FILE.csv|FILE.json --name 双11 --starts "2026-11-01 00:00" --ends … [--notice …]
        [--drill-target 80]
    kefu pack list | versions PACK | diff PACK OLD NEW | rollback PACK VERSION
    kefu pack broadcast --title … --reply … [--reply …] [--explain …] [--hours 24]
    kefu pack board PACK | report PACK [--since …] [--until …] [--speed 50] [--xlsx FILE] [--csv FILE]
    kefu pack tick PACK ITEM [ITEM …]

PACK is a pack's id or its name.  A spreadsheet is read by ``assistant/formats/packsheet.py``
(workbench columns + 置顶, sheets 变量, 检查项 and 练习); any bad row is reported by sheet and
row number and nothing is published.  Times without a zone are local time.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import datetime
from pathlib import Path

from assistant.errors import KefuError
from assistant.formats import packjson, packsheet
from sync.client.http import SyncApi, SyncError
from sync.client.packs import PackApi

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class PackCliError(SyncError):
    pass


def add_parser(sub) -> None:
    pack = sub.add_parser("pack", help="campaign packs: publish, versions, diff, rollback, broadcast, board, report")
    cmd = pack.add_subparsers(dest="pack_command", required=True)
    p = cmd.add_parser("publish", help="publish a spreadsheet or kefu-pack JSON as a pack (or its next version)")
    p.add_argument("file", type=Path)
    p.add_argument("--name", required=True)
    p.add_argument("--starts", help="start of the validity window, e.g. '2026-11-01 00:00'")
    p.add_argument("--ends", help="end of the validity window")
    p.add_argument("--notice", default=None, help="shown to agents when the pack arrives")
    p.add_argument("--pack", help="publish as the next version of this pack (id or name)")
    p.add_argument("--drill-target", type=float, default=None,
                   help="score (0-100) agents reach over the pack's drills (sheet 练习 or pack.drills); "
                        "adds the checklist item 练习达标 ≥ N 分")
    cmd.add_parser("list", help="the team's packs")
    p = cmd.add_parser("versions", help="every published version of a pack")
    p.add_argument("pack")
    p = cmd.add_parser("diff", help="what changed between two versions")
    p.add_argument("pack")
    p.add_argument("old", type=int)
    p.add_argument("new", type=int)
    p = cmd.add_parser("rollback", help="publish an older version again, as the next version")
    p.add_argument("pack")
    p.add_argument("version", type=int)
    p = cmd.add_parser("broadcast", help="incident: push reference replies to every agent now")
    p.add_argument("--title", required=True)
    p.add_argument("--reply", action="append", required=True, help="a reference reply (repeat for more)")
    p.add_argument("--explain", default="", help="what happened, for the agents (the notice)")
    p.add_argument("--hours", type=float, default=24.0, help="how long the replies stay on top (default 24)")
    p = cmd.add_parser("board", help="readiness per person: version, last sync, checklist, online")
    p.add_argument("pack")
    p = cmd.add_parser("report", help="usage review; --xlsx / --csv write it to a file")
    p.add_argument("pack")
    p.add_argument("--since", help="first UTC hour, e.g. 2026-11-11T00")
    p.add_argument("--until", help="UTC hour after the last one")
    p.add_argument("--speed", type=float, help="typing speed in characters a minute (default 50)")
    p.add_argument("--xlsx", type=Path)
    p.add_argument("--csv", type=Path)
    p = cmd.add_parser("tick", help="tick checklist items of a pack (the whole set you have done)")
    p.add_argument("pack")
    p.add_argument("items", nargs="*")


def when(text: str | None, what: str) -> str | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        raise PackCliError(f"--{what} '{text}' is not a date and time like 2026-11-01 00:00") from None
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")


def load_document(path: Path, name: str, starts: str | None, ends: str | None, notice: str | None,
                  drill_target: float | None = None) -> dict:
    if path.suffix.lower() == ".json":
        document = packjson.load_json(path)
        if not isinstance(document, dict):
            raise PackCliError(f"{path}: not a kefu-pack document")
        document["name"] = name
        pack = dict(document.get("pack") or {})
        for key, value in (("starts_at", starts), ("ends_at", ends), ("notice", notice),
                           ("drill_target", drill_target)):
            if value is not None:
                pack[key] = value
        document["pack"] = pack
        return document
    return packsheet.read(path, name, starts, ends, notice or "", drill_target)


def resolve(api: SyncApi, pack: str) -> str:
    if UUID.match(pack):
        return pack
    found = [lib.id for lib in api.libraries().libraries if lib.kind == "campaign" and lib.name == pack]
    if not found:
        raise PackCliError(f"no pack named '{pack}' (kefu pack list shows them)")
    if len(found) > 1:
        raise PackCliError(f"{len(found)} packs are named '{pack}': give its id ({', '.join(found)})")
    return found[0]


def run(args: argparse.Namespace, api: SyncApi) -> dict | list:
    packs = PackApi(api)
    command = args.pack_command
    if command == "publish":
        starts, ends = when(args.starts, "starts"), when(args.ends, "ends")
        if starts and ends and ends <= starts:
            raise PackCliError("--ends must be after --starts")
        document = load_document(args.file, args.name, starts, ends, args.notice, args.drill_target)
        info = packs.publish(document, resolve(api, args.pack) if args.pack else None)
        return {"pack": info.id, "name": info.name, "version": info.pack.version, "scripts": info.pack.scripts}
    if command == "list":
        return [{"pack": i.id, "name": i.name, "version": i.pack.version, "scripts": i.pack.scripts,
                 "starts_at": i.pack.starts_at, "ends_at": i.pack.ends_at, "drills": len(i.pack.drills),
                 "drill_target": i.pack.drill_target} for i in packs.list()]
    if command == "broadcast":
        info = packs.broadcast(args.title, args.reply, args.explain, args.hours)
        return {"pack": info.id, "name": info.name, "ends_at": info.pack.ends_at}
    if command == "tick":
        result = packs.tick(resolve(api, args.pack), args.items)
        return {"ticked": f"{len(result.ticked)} / {result.total}", "items": result.ticked}
    library_id = resolve(api, args.pack)
    if command == "versions":
        return [v.model_dump() for v in packs.versions(library_id).versions]
    if command == "diff":
        return packs.diff(library_id, args.old, args.new).model_dump()
    if command == "rollback":
        info = packs.rollback(library_id, args.version)
        return {"pack": info.id, "version": info.pack.version, "content_of": args.version}
    if command == "board":
        board = packs.board(library_id)
        return {"version": board.version, "checklist": board.checklist, "people": board.people, "on_current_version": board.on_current_version,
                "ready": board.ready, "offline": board.offline,
                "rows": [{"user": r.username, "version": r.version, "last_sync": r.last_sync,
                          "checklist": f"{r.ticked} / {r.total}", "online": r.online} for r in board.rows]}
    options = dict(since=args.since, until=args.until, chars_per_minute=args.speed)
    for kind in ("xlsx", "csv"):
        target = getattr(args, kind)
        if target:
            target.write_bytes(packs.usage_file(library_id, kind, **options))
    review = packs.usage(library_id, **options)
    return {"uses": review.uses, "minutes_saved": review.minutes_saved, "chars_per_minute": review.chars_per_minute,
            "top": [{"code": s.code, "title": s.title, "uses": s.uses} for s in review.scripts[:10] if s.uses],
            "never_used": [s.code or s.title for s in review.never_used],
            "written": [str(p) for p in (args.xlsx, args.csv) if p]}


def render(report, as_json: bool) -> str:
    if as_json or not isinstance(report, dict):
        return json.dumps(report, ensure_ascii=False, indent=None if as_json else 1)
    return "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value}"
                     for key, value in report.items())


__all__ = ["KefuError", "PackCliError", "add_parser", "render", "run"]
