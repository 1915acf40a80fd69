"""Sets of slots as Python ints (bit ``s`` set = slot ``s`` is in the set).

Why: a posting list of a common character names thousands of scripts; as a ``set`` it
costs ~40 bytes per entry, as a bitset one bit per script in the library, however
many it names.  Intersections and unions run in C over machine words, and
``int.bit_count`` gives sizes for free, so planning a query costs microseconds.
Visiting the members in order goes through the binary string (:func:`slots_of`,
:class:`Members`), also C-speed.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from typing import Iterable


def from_slots(slots: Iterable[int]) -> int:
    slots = list(slots)
    if not slots:
        return 0
    top = max(slots)
    if len(slots) * 32 > top:  # dense: one byte per slot, then C-level parsing
        raw = bytearray(b"0") * (top + 1)
        for slot in slots:
            raw[slot] = 49  # "1"
        return int(raw[::-1], 2)
    raw = bytearray((top >> 3) + 1)
    for slot in slots:
        raw[slot >> 3] |= 1 << (slot & 7)
    return int.from_bytes(raw, "little")


def slots_of(bits: int) -> list[int]:
    """The members, ascending."""
    if not bits:
        return []
    text = format(bits, "b")[::-1]
    out = []
    find = text.find
    at = find("1")
    while at >= 0:
        out.append(at)
        at = find("1", at + 1)
    return out


class Members:
    """Fast repeated membership tests against one bitset."""

    __slots__ = ("_text", "_size")

    def __init__(self, bits: int) -> None:
        self._text = format(bits, "b")[::-1] if bits else ""
        self._size = len(self._text)

    def __contains__(self, slot: int) -> bool:
        return slot < self._size and self._text[slot] == "1"


class BitIndex(dict):
    """key -> bitset of slots; a missing key is the empty set (0)."""

    def add(self, keys: Iterable, slot: int) -> None:
        bit = 1 << slot
        for key in keys:
            self[key] = self.get(key, 0) | bit

    def discard(self, keys: Iterable, slot: int) -> None:
        mask = ~(1 << slot)
        for key in keys:
            found = self.get(key, 0) & mask
            if found:
                self[key] = found
            else:
                self.pop(key, None)

    @classmethod
    def build(cls, pairs: Iterable[tuple[Iterable, int]], drop_above: int | None = None) -> "BitIndex":
        """From ``(keys, slot)`` pairs (see :class:`Collector`)."""
        collector = Collector()
        for keys, slot in pairs:
            collector.add(keys, slot)
        return collector.finish(drop_above)


class CompactBitIndex(BitIndex):
    """A :class:`BitIndex` whose rare keys keep their few slots as an array of numbers.

    A bitset costs as many bytes as its highest slot over eight, however few members
    it has: a three-letter pinyin prefix found in two scripts near the end of a
    10,000-script library costs 1.2 KB as an int, 8 bytes as slot numbers.  Such keys
    are stored as ``array('I')`` and turned into an int when asked for (``get``), a
    few microseconds on the one or two lookups a keystroke makes.  Keys changed by
    :meth:`add` / :meth:`discard` (live patches) are stored as ints again.
    """

    def get(self, key, default=0):
        value = dict.get(self, key)
        if value is None:
            return default
        return value if type(value) is int else from_slots(value)

    def __getitem__(self, key):
        value = dict.__getitem__(self, key)
        return value if type(value) is int else from_slots(value)

    def values(self):
        return [self[key] for key in self]

    def items(self):
        return [(key, self[key]) for key in self]


def _compact(slots: list[int]):
    """Slot numbers as ``array('I')`` when that is smaller than the bitset, else the int."""
    if len(slots) * 4 + 64 < max(slots) // 8:
        return array("I", slots)
    return from_slots(slots)


class Collector:
    """Gathers ``key -> slots`` for a build, so no big int is re-copied per slot."""

    def __init__(self) -> None:
        self._slots: defaultdict = defaultdict(list)

    def add(self, keys: Iterable, slot: int) -> None:
        slots = self._slots
        for key in keys:
            slots[key].append(slot)

    def finish(self, drop_above: int | None = None, compact: bool = False) -> BitIndex:
        """The index; keys naming more than ``drop_above`` slots are left out and listed
        in ``index.dropped``.  ``compact``: a :class:`CompactBitIndex`."""
        index = CompactBitIndex() if compact else BitIndex()
        index.dropped = set()
        collected, self._slots = self._slots, defaultdict(list)
        store = _compact if compact else from_slots
        while collected:
            key, slots = collected.popitem()
            if drop_above is not None and len(slots) > drop_above:
                index.dropped.add(key)
            else:
                dict.__setitem__(index, key, store(slots))
        return index
