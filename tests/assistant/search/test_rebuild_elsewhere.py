"""A rebuild made on a worker and swapped in (the archived packs changed): the changes applied
meanwhile, the usage and the pins are all there after the swap, and an older rebuild never wins."""

from __future__ import annotations

import threading
import weakref
from dataclasses import replace

from assistant.model import LibraryKind
from assistant.search import SearchIndex
from assistant.store.store import Change

from .conftest import ids, script

NOW = 1_750_000_000.0
KINDS = {"personal": LibraryKind.PERSONAL, "d11": LibraryKind.CAMPAIGN, "618": LibraryKind.CAMPAIGN}


def library():
    return [
        script("mine", "wl", "物流查询", "快递已经在路上了", keywords=("发货",)),
        script("used", "tk", "退款流程", "发货前可以直接退款"),
        script("edit", "cx", "重新发货", "我们这边重新给您发货"),
        script("gone", "bf", "补发", "给您补发货"),
        script("d11a", "da", "双11发货", "双11 发货", library="d11"),
        script("d11b", "db", "双11预售发货", "双11 发货", library="d11"),
        script("618a", "la", "618发货", "618 发货", library="618"),
    ]


def ranked_index(scripts):
    index = SearchIndex(scripts, clock=lambda: NOW, library_kinds=KINDS, active_libraries={"d11"},
                        usage={"used": (1, "2025-06-01T00:00:00+00:00")})
    index.set_pinned({"d11b": 1})
    return index


def test_changes_made_while_a_worker_rebuilds_are_in_the_swapped_index():
    scripts = library()
    index = ranked_index(scripts)
    assert "618a" in ids(index.search("发货"))
    pending = index.begin_rebuild()
    snapshot = list(scripts)  # what the worker read from the store
    started, edited = threading.Event(), threading.Event()
    builder = threading.Thread(target=lambda: (started.set(), edited.wait(5), pending.build(snapshot, {"618"})))
    builder.start()
    started.wait(5)
    # on the index's thread, while the worker builds: an edit, a new script, a deletion
    added = script("new", "xin", "新发货话术", "新的发货说明")
    index.apply(Change(upserted=(replace(scripts[2], title="重新补发货说明"), added), removed=("gone",)))
    index.record_use("mine", "2025-06-20T00:00:00+00:00")
    edited.set()
    builder.join(5)
    assert "new" in ids(index.search("xin"))  # the live index serves the change at once

    assert index.finish_rebuild(pending)
    found = ids(index.search("发货"))
    assert "618a" not in found and index.archived_libraries == {"618"}  # the expired pack is out
    assert "new" in found and "gone" not in found
    assert ids(index.search("补发货说明"))[0] == "edit"  # the edit did not drop out
    assert ids(index.search(""))[:4] == ["d11b", "d11a", "mine", "used"]  # pinned, active pack, then frecency


def test_usage_pins_and_kinds_are_the_current_ones_after_the_swap():
    scripts = library()
    index = ranked_index(scripts)
    pending = index.begin_rebuild()
    pending.build(scripts, {"618"})  # made with none of the ranking state
    index.set_pinned({"d11a": 1})  # changed after the build started
    index.record_use("edit", "2025-06-20T00:00:00+00:00")
    assert index.finish_rebuild(pending)
    assert index.library_kind("d11") == LibraryKind.CAMPAIGN
    assert ids(index.search(""))[:4] == ["d11a", "d11b", "edit", "used"]  # browsing: pinned, active, frecency
    assert ids(index.search("双11"))[:2] == ["d11a", "d11b"]


def test_an_older_rebuild_never_wins():
    scripts = library()
    index = ranked_index(scripts)
    older = index.begin_rebuild()
    newer = index.begin_rebuild()
    newer.build(scripts, {"d11"})
    older.build(scripts, {"618"})  # finishes last
    assert index.finish_rebuild(newer)
    assert not index.finish_rebuild(older)  # stale: dropped, nothing changed
    found = ids(index.search("发货"))
    assert "618a" in found and "d11a" not in found and index.archived_libraries == {"d11"}


def test_a_finished_rebuild_stops_keeping_changes():
    scripts = library()
    index = ranked_index(scripts)
    pending = index.begin_rebuild()  # nothing to rebuild (the archived set did not change)
    index.apply(Change(removed=("gone",)))
    assert index.finish_rebuild(pending) and pending.changes == [Change(removed=("gone",))]
    index.apply(Change(removed=("mine",)))
    assert pending.changes == [Change(removed=("gone",))]
    assert "gone" not in index and "mine" not in index and "618a" in index


def test_the_swap_takes_everything_a_rebuild_makes():
    index = ranked_index(library())
    before = dict(index.__dict__)
    index.rebuild(library())
    remade = {name for name, value in index.__dict__.items() if value is not before[name]}
    assert remade | {"_archived"} == set(SearchIndex._CONTENTS)  # a new content attribute must be swapped too


def test_replaced_contents_are_freed_once_let_go_without_waiting_for_the_gc():
    index = ranked_index(library())
    first = index.begin_rebuild()
    first.build(library(), {"618"})
    swapped_in = weakref.ref(first.built.postings)
    old = weakref.ref(index.postings)
    assert index.finish_rebuild(first)
    first.replaced.clear()  # the app does this on a worker
    assert old() is None
    second = index.begin_rebuild()
    second.build(library(), set())
    assert index.finish_rebuild(second)
    second.replaced.clear()
    assert swapped_in() is None  # the built index's own cycle does not keep it


def test_a_stale_build_is_let_go_too():
    index = ranked_index(library())
    older = index.begin_rebuild()
    older.build(library(), {"618"})
    stale = weakref.ref(older.built.postings)
    index.begin_rebuild()
    assert not index.finish_rebuild(older)
    assert older.built is None
    older.replaced.clear()
    assert stale() is None
