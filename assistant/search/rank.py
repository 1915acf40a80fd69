"""The order of scripts inside one match rank, and the sorted lists behind it.

Inside a rank the order is: scripts of an active campaign pack, then favourites, then
frecency, then a stable order ``(has no code, code, title, id)``.

Decisions:

* **Frecency** is ``count * 0.5 ** (age / half_life)`` from the store's usage summary
  (``id -> (count, last_used_iso)``), half-life 7 days by default.  Between two scripts
  the ratio of their frecencies does not depend on *now* (both decay alike), so the
  order is kept as ``log2(count) + last_used / half_life`` and never needs re-sorting
  as time passes; only the displayed score uses *now*.
* Every script gets one number, ``order_of[slot]``: boosted scripts (campaign,
  favourite or used at least once, usually a few hundred) get negative numbers in
  their order, the rest their position in the stable order.  Sorting candidates is then
  ``sorted(slots, key=order_of.__getitem__)``, a C-level sort of numbers.
* Stable positions are floats: a new script takes the midpoint of its neighbours, and
  all positions are renumbered only when two neighbours get too close — a patch stays
  O(log n) plus one list insert, with no per-keystroke sorting of strings.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from datetime import datetime, timezone
from typing import Iterable, Iterator

DEFAULT_HALF_LIFE_DAYS = 7.0


def parse_time(value) -> float:
    """Seconds since the epoch from an ISO string, a datetime or a number."""
    if value is None or value == "":
        return 0.0
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return 0.0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


class Frecency:
    """Use counts with recency decay."""

    def __init__(self, half_life_days: float = DEFAULT_HALF_LIFE_DAYS) -> None:
        self.half_life = half_life_days * 86400.0
        self._uses: dict[str, tuple[int, float]] = {}

    def set_usage(self, usage) -> None:
        self._uses = {}
        for script_id, (count, last) in (usage or {}).items():
            if count:
                self._uses[script_id] = (int(count), parse_time(last))

    def record(self, script_id: str, when) -> None:
        count, last = self._uses.get(script_id, (0, 0.0))
        self._uses[script_id] = (count + 1, max(last, parse_time(when)))

    def used(self, script_id: str) -> bool:
        return script_id in self._uses

    def log_score(self, script_id: str) -> float:
        """Time-independent key: larger is more frecent; -inf when never used."""
        found = self._uses.get(script_id)
        if not found:
            return -math.inf
        count, last = found
        return math.log2(count) + last / self.half_life

    def score(self, script_id: str, now: float) -> float:
        found = self._uses.get(script_id)
        if not found:
            return 0.0
        count, last = found
        return count * 0.5 ** (max(0.0, now - last) / self.half_life)


class SortedKeys:
    """Parallel sorted lists of keys and slots; duplicate keys allowed."""

    def __init__(self, pairs: Iterable[tuple] = ()) -> None:
        pairs = sorted(pairs)
        self.keys = [k for k, _ in pairs]
        self.slots = [s for _, s in pairs]

    def __len__(self) -> int:
        return len(self.keys)

    def insert(self, key, slot: int) -> int:
        index = bisect_right(self.keys, key)
        self.keys.insert(index, key)
        self.slots.insert(index, slot)
        return index

    def remove(self, key, slot: int) -> None:
        lo, hi = bisect_left(self.keys, key), bisect_right(self.keys, key)
        index = self.slots.index(slot, lo, hi)
        del self.keys[index]
        del self.slots[index]

    def equal(self, key) -> list[int]:
        return self.slots[bisect_left(self.keys, key):bisect_right(self.keys, key)]

    def prefixed(self, prefix: str) -> list[int]:
        """Slots whose (string) key starts with ``prefix``."""
        lo = bisect_left(self.keys, prefix)
        hi = bisect_left(self.keys, prefix + "\U0010ffff", lo)
        return self.slots[lo:hi]

    def prefixed_pairs(self, prefix: str) -> Iterator[tuple[str, int]]:
        lo = bisect_left(self.keys, prefix)
        hi = bisect_left(self.keys, prefix + "\U0010ffff", lo)
        return zip(self.keys[lo:hi], self.slots[lo:hi])


class Ordering:
    """``order_of[slot]``: the within-rank order number of every live slot."""

    def __init__(self) -> None:
        self.order_of: list[float] = []
        self.stable_pos: list[float] = []
        self.stable = SortedKeys()
        self.boosted: set[int] = set()
        self.boost_order: list[int] = []
        self._boost_dirty = False

    def ensure(self, slots: int) -> None:
        grow = slots - len(self.order_of)
        if grow > 0:
            self.order_of.extend([0.0] * grow)
            self.stable_pos.extend([0.0] * grow)

    def rebuild(self, entries: Iterable[tuple[tuple, int]]) -> None:
        self.stable = SortedKeys(entries)
        self.renumber()
        self._boost_dirty = True

    def renumber(self) -> None:
        pos, order = self.stable_pos, self.order_of
        for index, slot in enumerate(self.stable.slots):
            pos[slot] = float(index)
            order[slot] = float(index)
        self._boost_dirty = True

    def add(self, key: tuple, slot: int) -> None:
        index = self.stable.insert(key, slot)
        slots, pos = self.stable.slots, self.stable_pos
        lo = pos[slots[index - 1]] if index > 0 else None
        hi = pos[slots[index + 1]] if index + 1 < len(slots) else None
        if lo is None and hi is None:
            value = 0.0
        elif lo is None:
            value = hi - 1.0
        elif hi is None:
            value = lo + 1.0
        else:
            value = (lo + hi) / 2.0
            if not lo < value < hi:
                self.renumber()
                return
        pos[slot] = value
        self.order_of[slot] = value

    def remove(self, key: tuple, slot: int) -> None:
        self.stable.remove(key, slot)
        if slot in self.boosted:
            self.boosted.discard(slot)
            self._boost_dirty = True

    def set_boosted(self, slot: int, boosted: bool) -> None:
        if boosted != (slot in self.boosted):
            (self.boosted.add if boosted else self.boosted.discard)(slot)
            if not boosted:
                self.order_of[slot] = self.stable_pos[slot]
            self._boost_dirty = True
        elif boosted:
            self._boost_dirty = True  # its key may have changed

    def invalidate(self) -> None:
        """Boost keys changed (usage, favourites, active campaign): re-sort on next use."""
        self._boost_dirty = True

    def refresh(self, boost_key) -> None:
        """Re-sort the boosted scripts when something moved (cheap: they are few)."""
        if not self._boost_dirty:
            return
        ordered = sorted(self.boosted, key=lambda s: (boost_key(s), self.stable_pos[s]))
        total = len(ordered)
        for index, slot in enumerate(ordered):
            self.order_of[slot] = float(index - total)
        self.boost_order = ordered
        self._boost_dirty = False

    def walk(self) -> Iterator[int]:
        """Every live slot in order: boosted first, then the stable order."""
        yield from self.boost_order
        boosted = self.boosted
        if not boosted:
            yield from self.stable.slots
            return
        for slot in self.stable.slots:
            if slot not in boosted:
                yield slot
