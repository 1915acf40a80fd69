"""The in-memory search index: built once, patched on every change, asked per keystroke.

``SearchIndex`` owns the data: one :class:`.document.Doc` per live script, the inverted
indexes of :mod:`.postings`, the sorted codes, the within-rank order of :mod:`.rank`
and the usage that feeds it.  A query is run by :mod:`.execute` and never touches the
disk; a change from the store patches the index in well under a millisecond
(:meth:`SearchIndex.apply`), and :meth:`SearchIndex.attach` wires both up.
"""

from __future__ import annotations

import gc
import math
import time
from typing import Callable, Iterable, Iterator

from assistant.model import LibraryKind, Script, ScriptState
from assistant.search.bits import Members
from assistant.search.document import Doc
from assistant.search.execute import Execution
from assistant.search.narrow import Narrowing
from assistant.search.postings import Postings
from assistant.search.query import (
    RANK_BODY, RANK_KEYWORDS, RANK_TITLE, Hit, Match, ParsedQuery, match_scope, parse_query,
)
from assistant.search.suggest import suggest
from assistant.search.rank import DEFAULT_HALF_LIFE_DAYS, Frecency, Ordering, SortedKeys


class SearchIndex:
    """Search over live scripts.  Not thread-safe: use it from one thread (the UI's)."""

    def __init__(self, scripts: Iterable[Script] = (), *, prefix: str = ";", usage=None,
                 active_libraries: Iterable[str] | Callable[[Script], bool] | None = None,
                 library_kinds: dict[str, LibraryKind] | None = None,
                 half_life_days: float = DEFAULT_HALF_LIFE_DAYS,
                 clock: Callable[[], float] = time.time,
                 reload: Callable[[], Iterable[Script]] | None = None,
                 archived_libraries: Iterable[str] = ()) -> None:
        self.prefix = prefix
        self.clock = clock
        self.reload = reload  # where a reset change rebuilds from, e.g. store.scripts
        self._frecency = Frecency(half_life_days)
        self._frecency.set_usage(usage)
        self._library_kinds = dict(library_kinds or {})
        self._active: Callable[[Script], bool] = self._campaign_predicate(active_libraries)
        self._active_ids = self._library_ids(active_libraries)
        self._archived: frozenset[str] = frozenset(archived_libraries)  # expired campaign packs: out of the picker
        self._pinned: dict[str, int] = {}  # script id -> place on top (置顶) while its pack is active
        self._unsubscribe: Callable[[], None] | None = None
        self._pending: PendingRebuild | None = None  # a rebuild under way elsewhere (begin_rebuild)
        self.rebuild(scripts)

    # -- building and patching -----------------------------------------------------------
    def rebuild(self, scripts: Iterable[Script]) -> None:
        """Index ``scripts`` from scratch (live ones only; a later copy of an id wins).

        The cyclic garbage collector is paused meanwhile: building allocates hundreds of
        thousands of small objects, none of them in cycles, and full collections
        triggered halfway would rescan them again and again (about a third of the time).
        """
        paused = gc.isenabled()
        gc.disable()
        try:
            self._rebuild(scripts)
        finally:
            if paused:
                gc.enable()

    def _rebuild(self, scripts: Iterable[Script]) -> None:
        self._docs: list[Doc | None] = []
        self._by_id: dict[str, int] = {}
        self._free: list[int] = []
        live = [s for s in scripts if s.state == ScriptState.ACTIVE and s.library_id not in self._archived]
        for script in live:
            if script.id in self._by_id:  # a later copy of the same id wins
                self._docs[self._by_id[script.id]] = Doc(self._by_id[script.id], script)
                continue
            self._by_id[script.id] = len(self._docs)
            self._docs.append(Doc(len(self._docs), script))
        docs = [d for d in self._docs if d is not None]
        self._texts = {rank: [None] * len(self._docs) for rank in (RANK_TITLE, RANK_KEYWORDS, RANK_BODY)}
        for doc in docs:
            self._file_texts(doc)
        self.postings = Postings.build(docs)
        self._codes = SortedKeys((d.code, d.slot) for d in docs if d.code)
        self._browse = SortedKeys((d.browse_key, d.slot) for d in docs)
        self._ordering = Ordering()
        self._ordering.ensure(len(self._docs))
        self._ordering.rebuild((d.stable_key, d.slot) for d in docs)
        for doc in docs:
            self._ordering.set_boosted(doc.slot, self._is_boosted(doc))
        self._narrowing = Narrowing()
        self._scope_cache: dict[str, list[tuple[str, ...]]] = {}

    def adopt(self, built: "SearchIndex") -> None:
        """Take over the contents of an index built elsewhere (the app builds on a worker),
        so every window holding this object sees them; ``built`` is not used afterwards.
        A rebuild begun before (:meth:`begin_rebuild`) is superseded: it was for the old contents."""
        state = dict(built.__dict__)
        for own in ("_unsubscribe", "prefix"):  # the prefix may have changed during the build
            state.pop(own, None)
        self.__dict__.update(state)
        self._pending = None

    # -- rebuilding on a worker, swapped in on the index's thread -------------------------------
    # what a rebuild makes; everything else (usage, kinds, pins, active packs, prefix) is ranking
    # state or wiring, kept by finish_rebuild
    _CONTENTS = ("_docs", "_by_id", "_free", "_texts", "postings", "_codes", "_browse", "_ordering",
                 "_narrowing", "_scope_cache", "_archived")

    def begin_rebuild(self) -> "PendingRebuild":
        """Start a rebuild made elsewhere: :meth:`PendingRebuild.build` on a worker, then
        :meth:`finish_rebuild` here.  Until then every change :meth:`apply` patches in is also
        kept, to be replayed onto the new contents.  A newer begin_rebuild supersedes this one."""
        self._pending = PendingRebuild()
        return self._pending

    def finish_rebuild(self, pending: "PendingRebuild") -> bool:
        """Swap in what ``pending`` built (if it built anything) and replay the changes applied
        since it began; usage, pins, kinds and active packs stay this index's own.  False, and
        nothing changed, when a newer rebuild (or :meth:`adopt`) superseded it: its result is stale."""
        if pending is not self._pending:
            pending.discard()
            return False
        self._pending = None
        built, pending.built = pending.built, None
        if built is None:
            return True
        for name in self._CONTENTS:  # the old contents are kept by ``pending`` (see PendingRebuild.replaced)
            pending.replaced[name] = getattr(self, name)
            setattr(self, name, getattr(built, name))
        built.__dict__.clear()  # its predicate refers back to it: a cycle that would keep the contents
        for change in pending.changes:  # a reset among them rebuilds here, from reload()
            self.apply(change)
        self._reboost()  # the boost flags were made with the built index's defaults
        return True

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, script_id: str) -> bool:
        return script_id in self._by_id

    def get(self, script_id: str) -> Script | None:
        slot = self._by_id.get(script_id)
        return self._docs[slot].script if slot is not None else None

    def apply(self, change) -> None:
        """Patch from a store ``Change`` (upserted scripts, removed ids, reset flag).

        A reset (everything may have changed) rebuilds from ``reload()`` when the index
        was given one (``SearchIndex(..., reload=store.scripts)``; :meth:`attach` does);
        without it only the listed scripts are patched.  While a rebuild is under way
        (:meth:`begin_rebuild`) the change is also kept for it.
        """
        if self._pending is not None:
            self._pending.changes.append(change)
        if change.reset and self.reload is not None:
            self.rebuild(self.reload())
            return
        for script_id in change.removed:
            self.remove(script_id)
        for script in change.upserted:
            self.upsert(script)

    def upsert(self, script: Script) -> None:
        if script.state != ScriptState.ACTIVE or script.library_id in self._archived:
            self.remove(script.id)
            return
        slot = self._by_id.get(script.id)
        if slot is not None:
            self._unfile(self._docs[slot])
        elif self._free:
            slot = self._free.pop()
        else:
            slot = len(self._docs)
            self._docs.append(None)
            self._ordering.ensure(len(self._docs))
        doc = Doc(slot, script)
        self._docs[slot] = doc
        for texts in self._texts.values():
            texts.extend([None] * (len(self._docs) - len(texts)))
        self._file_texts(doc)
        self._by_id[script.id] = slot
        self.postings.add(doc)
        if doc.code:
            self._codes.insert(doc.code, slot)
        self._browse.insert(doc.browse_key, slot)
        self._ordering.add(doc.stable_key, slot)
        self._ordering.set_boosted(slot, self._is_boosted(doc))
        self._narrowing.clear()
        self._scope_cache.clear()

    def _file_texts(self, doc: Doc) -> None:
        """Folded field texts by slot, for C-speed bulk substring filtering."""
        self._texts[RANK_TITLE][doc.slot] = doc.title
        self._texts[RANK_KEYWORDS][doc.slot] = doc.keywords
        self._texts[RANK_BODY][doc.slot] = doc.body

    def remove(self, script_id: str) -> None:
        slot = self._by_id.pop(script_id, None)
        if slot is None:
            return
        self._unfile(self._docs[slot])
        self._docs[slot] = None
        self._free.append(slot)
        self._narrowing.clear()
        self._scope_cache.clear()

    def _unfile(self, doc: Doc) -> None:
        self.postings.remove(doc)
        if doc.code:
            self._codes.remove(doc.code, doc.slot)
        self._browse.remove(doc.browse_key, doc.slot)
        self._ordering.remove(doc.stable_key, doc.slot)

    @classmethod
    def attach(cls, store, **options) -> "SearchIndex":
        """An index built from ``store.scripts()`` and kept current by its changes.

        Unless ``active_libraries`` is given, every campaign library counts as active;
        ``usage`` defaults to ``store.usage()``.  ``index.detach()`` unsubscribes.  A use
        recorded in the store sends no change: call :meth:`record_use` after a paste
        too.  A reset (restore from backup) rebuilds from the store.
        """
        options.setdefault("usage", store.usage())
        options.setdefault("library_kinds", {lib.id: lib.kind for lib in store.libraries()})
        options.setdefault("reload", store.scripts)
        index = cls(store.scripts(), **options)

        def on_change(change) -> None:
            if any(s.library_id not in index._library_kinds for s in change.upserted) or change.reset:
                index.set_library_kinds({lib.id: lib.kind for lib in store.libraries()})
            if change.reset:
                index._frecency.set_usage(store.usage())
            index.apply(change)

        index._unsubscribe = store.subscribe(on_change)
        return index

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    # -- what orders hits inside a rank ----------------------------------------------------
    def _campaign_predicate(self, active) -> Callable[[Script], bool]:
        if callable(active):
            return active
        if active is None:
            return lambda s: self._library_kinds.get(s.library_id) == LibraryKind.CAMPAIGN
        ids = frozenset(active)
        return lambda s: s.library_id in ids

    @staticmethod
    def _library_ids(active) -> frozenset[str] | None:
        return None if active is None or callable(active) else frozenset(active)

    def set_active_libraries(self, active: Iterable[str] | Callable[[Script], bool] | None) -> None:
        """Which campaign packs sit on top: library ids, a predicate, or None (all).
        The same ids again change nothing (re-ordering 10k scripts costs ~5 ms)."""
        ids = self._library_ids(active)
        if ids is not None and ids == self._active_ids:
            return
        self._active, self._active_ids = self._campaign_predicate(active), ids
        self._reboost()

    def library_kind(self, library_id: str) -> LibraryKind | None:
        """The kind of a library, as far as the index was told (for the picker's badge)."""
        return self._library_kinds.get(library_id)

    @property
    def archived_libraries(self) -> frozenset[str]:
        return self._archived

    def set_archived_libraries(self, archived: Iterable[str], scripts: Iterable[Script] | None = None) -> None:
        """Leave these libraries (expired campaign packs) out; rebuilds from ``scripts`` or ``reload()``
        when the set changes."""
        archived = frozenset(archived)
        if archived == self._archived:
            return
        self._archived = archived
        source = scripts if scripts is not None else (self.reload() if self.reload is not None else
                                                       [d.script for d in self._docs if d is not None])
        self.rebuild(source)

    def set_pinned(self, places: dict[str, int]) -> None:
        """Pinned scripts of active packs: script id -> place (1 first), ahead of the pack's other scripts."""
        if places == self._pinned:
            return
        self._pinned = dict(places)
        self._reboost()

    def set_library_kinds(self, kinds: dict[str, LibraryKind]) -> None:
        if kinds == self._library_kinds:
            return
        self._library_kinds = dict(kinds)
        self._reboost()

    def set_usage(self, usage) -> None:
        """``usage`` as ``Store.usage()`` returns it: id -> (count, last_used_iso)."""
        self._frecency.set_usage(usage)
        self._reboost()

    def record_use(self, script_id: str, when=None) -> None:
        self._frecency.record(script_id, when if when is not None else self.clock())
        slot = self._by_id.get(script_id)
        if slot is not None:
            self._ordering.set_boosted(slot, True)

    def _reboost(self) -> None:
        for doc in self._docs:
            if doc is not None:
                self._ordering.set_boosted(doc.slot, self._is_boosted(doc))
        self._ordering.invalidate()

    def _is_boosted(self, doc: Doc) -> bool:
        script = doc.script
        return script.favourite or self._frecency.used(script.id) or self._active(script)

    def _boost_key(self, slot: int) -> tuple:
        script = self._docs[slot].script
        return (not self._active(script), self._pinned.get(script.id, math.inf), not script.favourite,
                -self._frecency.log_score(script.id))

    def _hit(self, doc: Doc, rank: int, matches, now: float) -> Hit:
        return Hit(doc.script, rank, self._frecency.score(doc.script.id, now), tuple(matches))

    # -- queries -----------------------------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Hits for what the agent typed so far, best first (see :mod:`.query`)."""
        parsed = parse_query(query, self.prefix)
        self._ordering.refresh(self._boost_key)
        now = self.clock()
        scope = self._scope_bits(parsed.scopes)
        if not parsed.terms:
            return self._browse_hits(parsed, scope, limit, now)
        found = Execution(self, parsed, scope).run(limit)
        return [self._hit(doc, rank, matches + self._scope_matches(doc, parsed.scopes), now)
                for doc, rank, matches in found]

    # -- scope and browse -----------------------------------------------------------------------
    def _scope_bits(self, scopes: tuple[str, ...]) -> int | None:
        """Slots in every scope; which category paths a scope names is remembered until
        the next patch (an agent types ``@sh`` once and then a dozen keystrokes)."""
        if not scopes:
            return None
        categories = self.postings.categories
        result = self.postings.live
        for scope in scopes:
            paths = self._scope_cache.get(scope)
            if paths is None:
                paths = self._scope_cache[scope] = [
                    path for path in categories if match_scope(path, path, scope) is not None]
            matched = 0
            for path in paths:
                matched |= categories.get(path, 0)
            result &= matched
        return result

    def _scope_matches(self, doc: Doc, scopes: tuple[str, ...]) -> list[Match]:
        found = (match_scope(doc.category, doc.script.category, scope) for scope in scopes)
        return [match for match in found if match is not None]

    def _browse_hits(self, parsed: ParsedQuery, scope: int | None, limit: int, now: float) -> list[Hit]:
        """Empty query: active campaign, favourites and recent first, then by category."""
        hits: list[Hit] = []
        boosted = self._ordering.boosted
        members = Members(scope) if scope is not None else None

        def candidates() -> Iterator[int]:
            yield from self._ordering.boost_order
            for slot in self._browse.slots:
                if slot not in boosted:
                    yield slot

        for slot in candidates():
            if members is not None and slot not in members:
                continue
            doc = self._docs[slot]
            hits.append(self._hit(doc, 0, self._scope_matches(doc, parsed.scopes), now))
            if len(hits) >= limit:
                break
        return hits

    def suggest(self, message: str, limit: int = 10) -> list[Hit]:
        """Scripts that likely answer a buyer's message (see :mod:`.suggest`)."""
        self._ordering.refresh(self._boost_key)
        return suggest(self, message, limit)


class PendingRebuild:
    """A rebuild under way: :meth:`build` runs on a worker and touches nothing of the live index;
    ``changes`` (appended on the index's thread) are what to replay onto the result.  After the
    swap, ``replaced`` holds the old contents: ``replaced.clear()`` on a worker frees them there
    (hundreds of thousands of objects at 10k scripts)."""

    def __init__(self) -> None:
        self.changes: list = []
        self.built: SearchIndex | None = None
        self.replaced: dict = {}

    def build(self, scripts: Iterable[Script], archived: Iterable[str]) -> None:
        """Index ``scripts`` with ``archived`` libraries left out (any thread)."""
        self.built = SearchIndex(scripts, archived_libraries=archived)

    def discard(self) -> None:
        """Not to be swapped in (stale, or the refresh failed): what was built goes to ``replaced``."""
        if self.built is not None:
            self.replaced.update(self.built.__dict__)
            self.built.__dict__.clear()  # its predicate refers back to it: a cycle
            self.built = None
