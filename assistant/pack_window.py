"""A campaign pack's validity window on this device: upcoming, active or archived.

Decisions:

* Active (``starts_at`` <= now < ``ends_at``; a missing bound is open): the pack's
  scripts sit on top of the picker, pinned ones first in the pack's 置顶 order.
* Upcoming (before ``starts_at``): in the picker like any script, not on top yet (a
  lead may publish days early so agents can read up).
* Archived (``ends_at`` passed): out of the picker, still browsable in the archive
  (the scripts stay in the store; nothing is deleted).
* Times are ISO 8601; one without a zone is taken as UTC; an unreadable one is ignored
  (treated as open), so a bad date never hides a pack.
* Team variables (``{{券面额}}``) come from the active packs: a lead changes a value in
  the next version and every script follows.
* Extra pack metadata the local ``packs`` table has no column for (``pinned``,
  ``incident``, ``drills``, ``drill_target``) is kept in the setting
  ``pack.extra.<library id>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from assistant.model import LibraryKind, Script

UPCOMING, ACTIVE, ARCHIVED = "upcoming", "active", "archived"
EXTRA_KEY = "pack.extra.{}"
TICKS_KEY = "pack.ticks.{}"


def moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def state(meta: dict, now: datetime) -> str:
    starts, ends = moment(meta.get("starts_at")), moment(meta.get("ends_at"))
    if ends is not None and now >= ends:
        return ARCHIVED
    if starts is not None and now < starts:
        return UPCOMING
    return ACTIVE


@dataclass
class PackInfo:
    library_id: str
    meta: dict
    state: str
    pinned: list[str] = field(default_factory=list)
    incident: bool = False
    ticked: list[str] = field(default_factory=list)
    drills: list = field(default_factory=list)  # the pack's drill items as published
    drill_target: float | None = None


@dataclass
class Schedule:
    """Every pack on this device at ``now``, and when the next one changes state."""

    packs: list[PackInfo]
    next_change: datetime | None

    @property
    def active(self) -> set[str]:
        return {p.library_id for p in self.packs if p.state == ACTIVE}

    @property
    def archived(self) -> set[str]:
        return {p.library_id for p in self.packs if p.state == ARCHIVED}

    def team_variables(self) -> dict[str, str]:
        """Team variables of the active packs (the most recently published wins a name both use)."""
        merged: dict[str, str] = {}
        active = [p for p in self.packs if p.state == ACTIVE]
        for info in sorted(active, key=lambda p: p.meta.get("published_at") or ""):
            merged.update({str(k): str(v) for k, v in (info.meta.get("variables") or {}).items()})
        return merged

    def pinned_places(self, store) -> dict[str, int]:
        """Script id -> 置顶 place for the pinned scripts of active packs (reads the store)."""
        places = {}
        for info in self.packs:
            if info.state == ACTIVE and info.pinned:
                place = {code.casefold(): n for n, code in enumerate(info.pinned, 1)}
                for script in store.scripts(info.library_id):
                    if script.code.casefold() in place:
                        places[script.id] = place[script.code.casefold()]
        return places

    def boost(self, script: Script) -> bool:
        """For ``SearchIndex.set_active_libraries``: on top while its pack is active."""
        return script.library_id in self.active


def schedule(store, now: datetime | None = None) -> Schedule:
    """Read on a worker thread (disk); cheap: one row per pack."""
    now = now or datetime.now(UTC)
    packs, boundaries = [], []
    for library in store.libraries():
        if library.kind != LibraryKind.CAMPAIGN:
            continue
        meta = store.pack_meta(library.id)
        if meta is None:
            continue
        extra = store.get_setting(EXTRA_KEY.format(library.id)) or {}
        packs.append(PackInfo(library.id, meta, state(meta, now), list(extra.get("pinned") or []),
                              bool(extra.get("incident")), list(store.get_setting(TICKS_KEY.format(library.id))
                                                                or []),
                              list(extra.get("drills") or []), extra.get("drill_target")))
        for bound in (moment(meta.get("starts_at")), moment(meta.get("ends_at"))):
            if bound is not None and bound > now:
                boundaries.append(bound)
    packs.sort(key=lambda p: (p.state != ACTIVE, not p.incident, p.meta.get("published_at") or ""))
    return Schedule(packs, min(boundaries) if boundaries else None)


def pinned_first(scripts: list[Script], pinned: list[str]) -> list[Script]:
    """A pack's scripts with the pinned codes first, in the pack's order."""
    place = {code.casefold(): n for n, code in enumerate(pinned)}
    return sorted(scripts, key=lambda s: (place.get(s.code.casefold(), len(place)), s.code.casefold(), s.title))
