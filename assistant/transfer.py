"""Moving scripts between files and the library.

Import: validate a whole parsed file against the library, then apply it atomically.

``plan_import`` never writes.  It sorts every row into exactly one bucket:

* **add** — no live script in the target library has this id or code;
* **update** — the row's id, or else its code, names a live script whose content differs;
* **unchanged** — that script already says exactly this;
* **conflict** — the row would take a code another script of the library holds
  (its id names script A while its code belongs to script B), or it updates a script
  that sits in the trash; conflicts are never applied;
* **rejected** — the row breaks a model rule (bad code, empty or oversized body...) or
  repeats a code an earlier row of the same file already has; reported with its row
  number and the reason.

Codes that the file adds and another library already holds are listed as ``clashes``:
they are applied (libraries may share codes) and shown, never resolved silently.

``apply_import`` writes every add and update inside one transaction: all or nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Callable

from assistant import formats
from assistant.errors import KefuError
from assistant.formats.base import ParsedFile, Rejected, Row
from assistant.model import Script, ScriptDraft, ScriptState, code_key
from assistant.store import Store


@dataclass(frozen=True)
class PlannedRow:
    number: int
    draft: ScriptDraft
    target: Script | None = None  # the script an update / unchanged / conflict row names
    reason: str = ""  # English, for the CLI; code + params for the UI (see formats.base.REJECTION_CODES)
    code: str = ""
    params: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass
class ImportPlan:
    source: ParsedFile
    library_id: str
    adds: list[PlannedRow] = field(default_factory=list)
    updates: list[PlannedRow] = field(default_factory=list)
    unchanged: list[PlannedRow] = field(default_factory=list)
    conflicts: list[PlannedRow] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    clashes: list[str] = field(default_factory=list)

    @property
    def notes(self) -> list[str]:
        return self.source.notes

    def summary(self) -> dict:
        return {
            "file": self.source.path,
            "format": self.source.format,
            "adds": len(self.adds),
            "updates": len(self.updates),
            "unchanged": len(self.unchanged),
            "conflicts": [{"row": r.number, "reason": r.reason, "code": r.code, "params": r.params}
                          for r in self.conflicts],
            "rejected": [{"row": r.number, "reason": r.reason, "code": r.code, "params": r.params}
                         for r in self.rejected],
            "clashes": self.clashes,
            "notes": self.notes,
        }


def plan_import(store: Store, parsed: ParsedFile, library_id: str) -> ImportPlan:
    plan = ImportPlan(parsed, library_id, rejected=list(parsed.rejected))
    live = store.scripts(library_id)
    trashed = {s.id: s for s in store.scripts(library_id, ScriptState.TRASHED)}
    by_id = {s.id: s for s in live}
    by_code = {code_key(s.code): s for s in live if s.code}
    other_codes = {code_key(s.code) for s in store.scripts() if s.code and s.library_id != library_id}
    known_ids = {r["id"] for r in store.database.query("SELECT id FROM scripts")}
    first_row_of_code: dict[str, int] = {}

    for row in parsed.rows:
        try:
            draft = row.draft.validated()
        except KefuError as exc:
            plan.rejected.append(Rejected(row.number, str(exc), "invalid", dict(exc.details)))
            continue
        key = code_key(draft.code)
        if key and key in first_row_of_code:
            first = first_row_of_code[key]
            plan.rejected.append(Rejected(row.number, f"code '{draft.code}' repeats row {first} of this file",
                                          "code_repeated", {"code": draft.code, "first_row": first}))
            continue
        if key:
            first_row_of_code[key] = row.number
        if draft.id and draft.id in known_ids and draft.id not in by_id and draft.id not in trashed:
            draft = replace(draft, id=None)  # that id lives in another library: this is a copy
        _sort_row(plan, row, draft, by_id, by_code, trashed)
        if key in other_codes and draft.code not in plan.clashes:
            plan.clashes.append(draft.code)

    plan.rejected.sort(key=lambda r: r.number)
    return plan


def _sort_row(plan: ImportPlan, row: Row, draft: ScriptDraft, by_id, by_code, trashed) -> None:
    key = code_key(draft.code)
    holder = by_code.get(key) if key else None
    if draft.id and draft.id in trashed:
        title = trashed[draft.id].title
        plan.conflicts.append(PlannedRow(row.number, draft, trashed[draft.id],
                                         f"script '{title}' is in the trash; restore it first",
                                         "in_trash", {"title": title}))
        return
    target = by_id.get(draft.id) if draft.id else None
    if target is not None and holder is not None and holder.id != target.id:
        plan.conflicts.append(PlannedRow(row.number, draft, target,
                                         f"code '{draft.code}' belongs to another script, '{holder.title}'",
                                         "code_taken", {"code": draft.code, "title": holder.title}))
        return
    target = target or holder
    if target is None:
        plan.adds.append(PlannedRow(row.number, draft))
    elif _same_content(target, draft):
        plan.unchanged.append(PlannedRow(row.number, draft, target))
    else:
        plan.updates.append(PlannedRow(row.number, draft, target))


def _same_content(script: Script, draft: ScriptDraft) -> bool:
    same = (
        script.code == draft.code
        and script.title == draft.title
        and script.body == draft.body
        and script.category == draft.category
        and script.keywords == draft.keywords
        and script.output_mode == draft.output_mode
        and script.hotkey == draft.hotkey
        and script.image_position == draft.image_position
    )
    if draft.image is not None:
        same = same and script.image_hash == hashlib.sha256(draft.image).hexdigest()
    elif draft.image_hash is not None:
        same = same and script.image_hash == draft.image_hash
    return same


def apply_import(store: Store, plan: ImportPlan,
                 progress: Callable[[int, int], None] | None = None) -> dict:
    """Write the plan's adds and updates in one transaction.  Returns the counts."""
    work = plan.adds + plan.updates
    with store.transaction():
        for done, item in enumerate(work, 1):
            if item.target is None:
                store.add_script(plan.library_id, item.draft)
            else:
                # A favourite is the agent's own mark: a file without one keeps it.
                favourite = item.draft.favourite or item.target.favourite
                store.update_script(item.target.id, replace(item.draft, favourite=favourite))
            if progress:
                progress(done, len(work))
    return {"added": len(plan.adds), "updated": len(plan.updates), "unchanged": len(plan.unchanged),
            "conflicts": len(plan.conflicts), "rejected": len(plan.rejected)}


def export_scripts(store: Store, path, library_id: str | None = None, fmt: str | None = None,
                   meta: dict | None = None) -> int:
    """Write the live scripts (of one library, or all) to a file; returns how many."""
    scripts = store.scripts(library_id)
    formats.write(path, scripts, store.image, format=fmt, meta=meta)
    return len(scripts)
