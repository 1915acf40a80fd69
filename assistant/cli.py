"""``kefu <command>``: the command line over the core.  It only parses and prints.

Errors the user can fix are one line on stderr (``kefu: error: ...``) and exit code 1;
usage mistakes exit 2 (argparse).  ``--json`` prints machine-readable output on stdout.
Every command is documented in the README (tests/test_docs.py keeps that honest).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant import __version__, formats
from assistant.core import Core, open_core
from assistant.errors import KefuError, NotFoundError
from assistant.model import Script, ScriptDraft, ScriptState
from assistant.platform.autostart import SETTING as START_AT_LOGIN, create_autostart
from assistant.settings import SETTINGS, parse_value
from assistant.transfer import apply_import, export_scripts, plan_import


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kefu", description="Kefu Assistant 客服助手 — quick-reply scripts.")
    parser.add_argument("--version", action="version", version=f"kefu {__version__}")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import scripts from a file (csv, xlsx, pack json, espanso yaml, beeftext json)")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=formats.FORMATS, help="file format (default: from the file)")
    p.add_argument("--library", help="target library id (default: your personal library)")
    p.add_argument("--dry-run", action="store_true", help="only report what would change")

    p = sub.add_parser("export", help="export scripts to a file")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=formats.FORMATS, help="file format (default: from the extension)")
    p.add_argument("--library", help="library id (default: all libraries)")

    p = sub.add_parser("list", help="list scripts (your own library unless told otherwise)")
    p.add_argument("--library", help="library id")
    p.add_argument("--all", action="store_true", help="every library, the built-in starter library too")
    p.add_argument("--category", help="only this category path, e.g. 售后/退款")
    p.add_argument("--clashes", action="store_true", help="list codes held by several libraries and which wins")

    p = sub.add_parser("search", help="search scripts as the picker does")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=20)

    p = sub.add_parser("add", help="add a script to your personal library")
    _script_fields(p, required=True)

    p = sub.add_parser("edit", help="change a script (by id or code)")
    p.add_argument("script")
    _script_fields(p, required=False)

    p = sub.add_parser("remove", help="move a script to the trash (by id or code)")
    p.add_argument("script")

    p = sub.add_parser("trash", help="list the trash, restore from it or empty it")
    p.add_argument("action", nargs="?", choices=("list", "restore", "empty"), default="list")
    p.add_argument("script", nargs="?", help="id of the script to restore")

    p = sub.add_parser("backup", help="make, list or restore backups")
    p.add_argument("action", nargs="?", choices=("create", "list", "restore"), default="create")
    p.add_argument("file", nargs="?", type=Path, help="backup file to restore")

    p = sub.add_parser("config", help="show or change settings")
    p.add_argument("action", nargs="?", choices=("list", "get", "set", "reset"), default="list")
    p.add_argument("name", nargs="?")
    p.add_argument("value", nargs="?")

    sub.add_parser("libraries", help="list libraries")
    return parser


def _script_fields(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--code", help="short code (快捷编码)")
    p.add_argument("--title")
    p.add_argument("--body", required=required, help="text; '-' reads it from standard input")
    p.add_argument("--category", help="category path, e.g. 售后/退款")
    p.add_argument("--keywords", help="comma-separated keywords")
    p.add_argument("--output", choices=("paste", "paste_enter", "copy", "type"))
    p.add_argument("--hotkey")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    try:
        core = open_core(starter=True)
    except KefuError as exc:
        return _fail(str(exc))
    try:
        return COMMANDS[args.command](core, args) or 0
    except KefuError as exc:
        return _fail(str(exc))
    finally:
        core.close()


def _fail(message: str) -> int:
    print(f"kefu: error: {message}", file=sys.stderr)
    return 1


def _out(args, data, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)


# -- commands ---------------------------------------------------------------------------
def cmd_import(core: Core, args) -> int:
    library_id = _library_id(core, args.library)
    parsed = formats.read(args.file, args.format)
    plan = plan_import(core.store, parsed, library_id)
    summary = plan.summary()
    if args.dry_run:
        _out(args, {"dry_run": True, **summary}, _plan_text(summary, dry_run=True))
        return 0
    from tqdm import tqdm

    with tqdm(total=len(plan.adds) + len(plan.updates), unit="row", disable=None, file=sys.stderr) as bar:
        apply_import(core.store, plan, progress=lambda done, total: bar.update(1))
    _out(args, {"dry_run": False, **summary}, _plan_text(summary, dry_run=False))
    return 0


def _plan_text(s: dict, dry_run: bool) -> str:
    verb = "would add" if dry_run else "added"
    lines = [f"{s['file']} ({s['format']}): {verb} {s['adds']}, "
             f"{'would update' if dry_run else 'updated'} {s['updates']}, unchanged {s['unchanged']}, "
             f"conflicts {len(s['conflicts'])}, rejected {len(s['rejected'])}"]
    lines += [f"  conflict row {c['row']}: {c['reason']}" for c in s["conflicts"]]
    lines += [f"  rejected row {r['row']}: {r['reason']}" for r in s["rejected"]]
    lines += [f"  code also in another library: {code}" for code in s["clashes"]]
    lines += [f"  note: {note}" for note in s["notes"]]
    return "\n".join(lines)


def cmd_export(core: Core, args) -> int:
    count = export_scripts(core.store, args.file, args.library, args.format)
    _out(args, {"file": str(args.file), "scripts": count}, f"exported {count} scripts to {args.file}")
    return 0


def cmd_list(core: Core, args) -> int:
    if args.clashes:
        clashes = core.store.code_clashes()
        libs = {lib.id: lib for lib in core.store.libraries()}
        data = [{"code": c.code, "winner": _library_label(libs[c.winner.library_id]),
                 "others": [_library_label(libs[o.library_id]) for o in c.others]} for c in clashes]
        text = "\n".join(f"{d['code']}: {d['winner']} wins over {', '.join(d['others'])}" for d in data)
        _out(args, data, text or "no code is held by more than one library")
        return 0
    scripts = core.store.scripts(None if args.all else _library_id(core, args.library))
    if args.category:
        wanted = tuple(p for p in args.category.split("/") if p)
        scripts = [s for s in scripts if s.category[:len(wanted)] == wanted]
    _out(args, [_script_json(s) for s in scripts], "\n".join(_script_line(s) for s in scripts))
    return 0


def cmd_search(core: Core, args) -> int:
    from assistant.search import SearchIndex

    index = SearchIndex(core.store.scripts(), usage=core.store.usage(),
                        prefix=core.settings.get("expansion.prefix"))
    hits = index.search(" ".join(args.query), limit=args.limit)
    data = [{**_script_json(h.script), "matched": [m.field for m in h.matches]} for h in hits]
    _out(args, data, "\n".join(_script_line(h.script) for h in hits) or "no match")
    return 0


def cmd_add(core: Core, args) -> int:
    draft = ScriptDraft(code=args.code or "", title=args.title or "", body=_body(args.body),
                        category=args.category or "", keywords=args.keywords or (),
                        output_mode=args.output or "paste", hotkey=args.hotkey or "")
    script = core.store.add_script(core.store.personal_library().id, draft)
    _out(args, _script_json(script), f"added {_script_line(script)}")
    return 0


def cmd_edit(core: Core, args) -> int:
    current = _find(core, args.script)
    draft = ScriptDraft(
        code=current.code if args.code is None else args.code,
        title=current.title if args.title is None else args.title,
        body=current.body if args.body is None else _body(args.body),
        category=current.category if args.category is None else args.category,
        keywords=current.keywords if args.keywords is None else args.keywords,
        output_mode=args.output or current.output_mode,
        hotkey=current.hotkey if args.hotkey is None else args.hotkey,
        image_hash=current.image_hash, image_position=current.image_position, favourite=current.favourite,
    )
    script = core.store.update_script(current.id, draft)
    _out(args, _script_json(script), f"changed {_script_line(script)}")
    return 0


def cmd_remove(core: Core, args) -> int:
    script = core.store.trash_script(_find(core, args.script).id)
    _out(args, _script_json(script), f"moved to the trash: {_script_line(script)} (kefu trash restore {script.id})")
    return 0


def cmd_trash(core: Core, args) -> int:
    if args.action == "restore":
        if not args.script:
            raise NotFoundError("say which script to restore: kefu trash restore ID")
        script = core.store.restore_script(args.script)
        _out(args, _script_json(script), f"restored {_script_line(script)}")
    elif args.action == "empty":
        count = core.store.empty_trash()
        _out(args, {"purged": count}, f"emptied the trash ({count} scripts)")
    else:
        scripts = core.store.scripts(state=ScriptState.TRASHED)
        _out(args, [_script_json(s) for s in scripts],
             "\n".join(f"{s.id}  {_script_line(s)}" for s in scripts) or "the trash is empty")
    return 0


def cmd_backup(core: Core, args) -> int:
    if args.action == "list":
        backups = core.backups.list()
        data = [{"file": str(b.path), "made_at": b.made_at.isoformat(), "label": b.label} for b in backups]
        _out(args, data, "\n".join(f"{d['made_at']}  {d['file']}" for d in data) or "no backups yet")
    elif args.action == "restore":
        if not args.file:
            raise NotFoundError("say which backup to restore: kefu backup restore FILE")
        safety = core.backups.restore(args.file)
        _out(args, {"restored": str(args.file), "previous_saved_as": str(safety.path)},
             f"restored {args.file}; the library as it was is saved in {safety.path}")
    else:
        backup = core.backups.create("manual")
        _out(args, {"file": str(backup.path)}, f"backup written to {backup.path}")
    return 0


def cmd_config(core: Core, args) -> int:
    if args.action in ("get", "set", "reset") and not args.name:
        raise NotFoundError(f"say which setting: kefu config {args.action} NAME")
    if args.action == "set":
        if args.value is None:
            raise NotFoundError(f"say the new value: kefu config set {args.name} VALUE")
        value = parse_value(args.name, args.value)
        if args.name == START_AT_LOGIN:  # the OS entry first: when it fails, the setting stays as it was
            create_autostart().apply(value)
        core.settings.set(args.name, value)
    elif args.action == "reset":
        if args.name == START_AT_LOGIN:
            create_autostart().apply(SETTINGS[START_AT_LOGIN].default_value())
        core.settings.reset(args.name)
    if args.action == "list":
        values = core.settings.all()
        _out(args, values, "\n".join(f"{k} = {v}" for k, v in values.items()))
    else:
        value = core.settings.get(args.name)
        _out(args, {args.name: value}, f"{args.name} = {value}")
    return 0


def cmd_libraries(core: Core, args) -> int:
    libs = core.store.libraries()
    data = [{"id": lib.id, "kind": lib.kind.value, "name": lib.name, "read_only": lib.read_only} for lib in libs]
    _out(args, data, "\n".join(f"{d['id']}  {d['kind']:<9} {d['name']}" for d in data))
    return 0


COMMANDS = {
    "import": cmd_import, "export": cmd_export, "list": cmd_list, "search": cmd_search, "add": cmd_add,
    "edit": cmd_edit, "remove": cmd_remove, "trash": cmd_trash, "backup": cmd_backup, "config": cmd_config,
    "libraries": cmd_libraries,
}


# -- helpers ------------------------------------------------------------------------------
def _body(value: str) -> str:
    return sys.stdin.read() if value == "-" else value


def _library_id(core: Core, wanted: str | None) -> str:
    if not wanted:
        return core.store.personal_library().id
    return core.store.library(wanted).id


def _library_label(library) -> str:
    return f"{library.name} ({library.kind.value})"


def _find(core: Core, ref: str) -> Script:
    """A script by id, or by code in the personal library first, then any library."""
    try:
        return core.store.get_script(ref)
    except NotFoundError:
        pass
    holders = core.store.find_by_code(ref, core.store.personal_library().id) or core.store.find_by_code(ref)
    if not holders:
        raise NotFoundError(f"no script with id or code '{ref}'")
    return holders[0]


def _script_json(s: Script) -> dict:
    return {"id": s.id, "library_id": s.library_id, "code": s.code, "title": s.title, "body": s.body,
            "category": s.category_path, "keywords": list(s.keywords), "output_mode": s.output_mode.value,
            "hotkey": s.hotkey, "favourite": s.favourite, "state": s.state.value}


def _script_line(s: Script) -> str:
    return f"{s.code or '-':<12} {s.title}  [{s.category_path}]"
