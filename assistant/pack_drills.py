"""Practice drills a lead put in a campaign pack, on this device.

A pack's ``drills`` and ``drill_target`` arrive with the pack metadata and are kept in
the setting ``pack.extra.<library id>`` (see ``pack_window``).  Decisions:

* The drill window offers one set per pack that is not archived (a lead may publish
  early so agents practise before the campaign), beside the built-in drills.
* A pack with drills and a target has an automatic checklist item
  (:func:`assistant.drills.drill_item`, e.g. "练习达标 ≥ 80 分").  It is ticked when the
  local agent's (person "") overall score over that pack's drills reaches the target
  and unticked when it no longer does (new drills in the next version count 0 until
  tried); whatever the agent ticks by hand is ignored for that item.
* Drills that cannot be read (an old or damaged setting) make the pack offer no set
  and never tick its item, rather than break the window or the sync round.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from assistant import drills as drill_core
from assistant import pack_window
from assistant.content.load import ContentError
from assistant.model import LibraryKind

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DrillSet:
    name: str
    drills: list
    target: float
    library_id: str = ""  # "" = the built-in drills


def _extra(store, library_id: str) -> dict:
    return store.get_setting(pack_window.EXTRA_KEY.format(library_id)) or {}


def pack_set(store, library_id: str) -> DrillSet | None:
    """The pack's drills and target (the default target when it sets none), or None without drills."""
    meta = store.pack_meta(library_id)
    extra = _extra(store, library_id)
    if meta is None or not extra.get(drill_core.PACK_DRILLS_FIELD):
        return None
    try:
        drills = drill_core.drills_from_pack(extra, library_id)
        target = drill_core.pack_target(extra)
    except ContentError as exc:
        log.warning("pack %s: drills not usable: %s", library_id, exc)
        return None
    return DrillSet(meta.get("name") or library_id, drills, drill_core.DEFAULT_TARGET if target is None else target,
                    library_id)


def drill_sets(store, now=None) -> list[DrillSet]:
    """The drill sets of every pack that is not archived, newest first (reads the store)."""
    sets = []
    for info in pack_window.schedule(store, now).packs:
        if info.state != pack_window.ARCHIVED:
            found = pack_set(store, info.library_id)
            if found is not None:
                sets.append(found)
    return sets


def packs_with_target(store) -> list[str]:
    """Library ids of the packs on this device that set a drill target."""
    found = []
    for library in store.libraries():
        if library.kind == LibraryKind.CAMPAIGN:
            extra = _extra(store, library.id)
            if extra.get(drill_core.PACK_DRILLS_FIELD) and extra.get(drill_core.PACK_TARGET_FIELD) is not None:
                found.append(library.id)
    return found


def with_drill_item(store, library_id: str, ticked: list[str], person: str = "") -> list[str]:
    """``ticked`` with the pack's drill item set from ``person``'s drill results (not by hand)."""
    extra = _extra(store, library_id)
    try:
        target = drill_core.pack_target(extra)
    except ContentError:
        target = None
    if target is None:
        return list(ticked)
    item = drill_core.drill_item(target)
    kept = [t for t in ticked if t != item]
    found = pack_set(store, library_id)
    if found is not None and drill_core.readiness(store, target, found.drills, person).ready:
        kept.append(item)
    return kept
