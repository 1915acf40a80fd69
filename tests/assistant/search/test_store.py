"""The index follows a real Store: built at attach, patched on every change."""

from assistant.model import LibraryKind, ScriptDraft
from assistant.store.store import Change
from assistant.search import SearchIndex

from .conftest import ids


def draft(code, title, body="亲，您好", **extra):
    return ScriptDraft(code=code, title=title, body=body, **extra)


def test_attach_builds_and_patches(store, personal):
    first = store.add_script(personal.id, draft("cfh", "催发货", category="售中/物流", keywords="发货,催单"))
    index = SearchIndex.attach(store)
    assert ids(index.search("cfh")) == [first.id]

    added = store.add_script(personal.id, draft("tk", "退款流程"))
    assert ids(index.search("tuikuan")) == [added.id]

    store.update_script(added.id, draft("tk", "退货流程"))
    assert index.search("tuikuan") == []
    assert ids(index.search("tuihuo")) == [added.id]

    store.trash_script(added.id)
    assert index.search("tuihuo") == []
    assert added.id not in index

    store.restore_script(added.id)
    assert ids(index.search("tuihuo")) == [added.id]

    store.set_favourite(first.id, True)
    assert index.get(first.id).favourite
    assert ids(index.search(""))[0] == first.id
    index.detach()
    store.add_script(personal.id, draft("zz", "不再跟随"))
    assert index.search("zz") == []


def test_code_edit_moves_exact_match(store, personal):
    script = store.add_script(personal.id, draft("old", "说明"))
    index = SearchIndex.attach(store)
    store.update_script(script.id, draft("new", "说明"))
    assert index.search("old") == []
    assert ids(index.search(";new")) == [script.id]


def test_transaction_patches_once_with_everything(store, personal):
    index = SearchIndex.attach(store)
    with store.transaction():
        a = store.add_script(personal.id, draft("a1", "催发货"))
        b = store.add_script(personal.id, draft("a2", "催发货"))
    assert set(ids(index.search("cfh"))) == {a.id, b.id}


def test_reset_rebuilds_from_the_store(store, personal):
    index = SearchIndex.attach(store)
    script = store.add_script(personal.id, draft("x1", "发票"))
    index.remove(script.id)  # the index drifted
    assert index.search("x1") == []
    store.mark_reset()
    assert ids(index.search("x1")) == [script.id]


def test_bare_index_rebuilds_on_reset_with_reload(store, personal):
    index = SearchIndex(store.scripts(), reload=store.scripts)
    store.subscribe(index.apply)
    script = store.add_script(personal.id, draft("x1", "发票"))
    index.remove(script.id)
    store.mark_reset()
    assert ids(index.search("x1")) == [script.id]


def test_usage_and_campaign_from_the_store(store, personal):
    pack = store.ensure_library(LibraryKind.CAMPAIGN, "双11活动")
    mine = store.add_script(personal.id, draft("m1", "催发货"))
    used = store.add_script(personal.id, draft("m2", "催发货"))
    store.record_use(used.id)
    index = SearchIndex.attach(store)
    assert ids(index.search("cfh")) == [used.id, mine.id]
    campaign = store.add_script(pack.id, draft("c1", "催发货"))  # a pack arrives later
    assert ids(index.search("cfh"))[0] == campaign.id
    index.set_active_libraries(set())  # the pack's window closed
    assert ids(index.search("cfh"))[0] == used.id


def test_apply_a_bare_change(library):
    index = SearchIndex(library[:2])
    index.apply(Change(upserted=(library[2],), removed=(library[0].id,)))
    assert library[0].id not in index and library[2].id in index
    assert ids(index.search("tk")) == [library[2].id]


def test_search_never_reads_the_store(store, personal, monkeypatch):
    store.add_script(personal.id, draft("cfh", "催发货"))
    index = SearchIndex.attach(store)

    def no_disk(*args, **kwargs):
        raise AssertionError("search touched the database")

    monkeypatch.setattr(store.database, "query", no_disk)
    monkeypatch.setattr(store.database, "execute", no_disk)
    assert index.search("cuifahuo")
    assert index.suggest("什么时候催发货")
