"""Matching and ranking, table-driven over the small library in conftest.py."""

import pytest

from assistant.model import LibraryKind
from assistant.search import (
    HAS_T2S, RANK_BODY, RANK_CODE_PREFIX, RANK_EXACT_CODE, RANK_FUZZY, RANK_KEYWORDS, RANK_TITLE,
    SearchIndex, field_text,
)

from assistant.search.execute import TYPOS_BELOW

from .conftest import ids, script


@pytest.mark.parametrize("query, first, rank, field, kind", [
    ("cfh", "cfh", RANK_EXACT_CODE, "code", "exact_code"),
    (";cfh", "cfh", RANK_EXACT_CODE, "code", "exact_code"),         # with the expansion prefix
    ("；cfh", "cfh", RANK_EXACT_CODE, "code", "exact_code"),        # full-width prefix from a Chinese IME
    ("CFH", "cfh", RANK_EXACT_CODE, "code", "exact_code"),
    ("tk1", "tk1", RANK_EXACT_CODE, "code", "exact_code"),          # code stored full-width
    ("ＴＫ１", "tk1", RANK_EXACT_CODE, "code", "exact_code"),        # query full-width
    ("购物金", "gwj", RANK_EXACT_CODE, "code", "exact_code"),        # a Chinese word as a code
    ("huank", "hk", RANK_CODE_PREFIX, "code", "code_prefix"),
    ("cuifahuo", "cfh", RANK_TITLE, "title", "pinyin_full"),
    ("催fh", "cfh", RANK_TITLE, "title", "mixed"),
    ("yinhang", "yhk", RANK_TITLE, "title", "pinyin_full"),
    ("xingli", "xl", RANK_TITLE, "title", "pinyin_full"),
    ("changkuan", "cm", RANK_TITLE, "title", "pinyin_full"),
    ("chongxin", "cx", RANK_TITLE, "title", "pinyin_full"),
    ("gwjsy", "gwj", RANK_TITLE, "title", "pinyin_initials"),
    ("还没到", "wl", RANK_KEYWORDS, "keywords", "substring"),
    ("原路返回", "tk", RANK_BODY, "body", "substring"),
    ("🚚", "trad", RANK_BODY, "body", "substring"),                 # emoji are searchable
    ("😊", "gwj", RANK_TITLE, "title", "substring"),
])
def test_best_hit(index, query, first, rank, field, kind):
    hits = index.search(query)
    assert hits, query
    top = hits[0]
    assert (top.script.id, top.rank) == (first, rank)
    assert (top.matches[0].field, top.matches[0].kind) == (field, kind)


@pytest.mark.parametrize("query, expected", [
    ("huankuan", ["hk", "yhk"]),   # exact code, then 还款 in a title (还 read huan)
    ("fahuo", ["cfh", "cx", "trad"]),  # 發貨 by pinyin too; ties in stable order, no code last
    ("hk", ["hk", "yhk"]),         # code prefix of huankuan, then initials of 还款
])
def test_result_order(index, query, expected):
    got = ids(index.search(query))
    assert [i for i in got if i in expected] == expected


def test_rank_order_is_code_title_keywords_body():
    index = SearchIndex([
        script("body", "a1", "说明", "记得催发货哦"),
        script("keywords", "a2", "说明", keywords=("催发货",)),
        script("title", "a3", "催发货"),
        script("prefix", "催发货加急", "加急"),
        script("code", "催发货", "说明"),
    ])
    hits = index.search("催发货")
    assert [(h.script.id, h.rank) for h in hits] == [
        ("code", RANK_EXACT_CODE), ("prefix", RANK_CODE_PREFIX), ("title", RANK_TITLE),
        ("keywords", RANK_KEYWORDS), ("body", RANK_BODY)]


def test_traditional_script_found_by_pinyin_and_simplified(index):
    assert "trad" in ids(index.search("fahuo"))
    assert "trad" in ids(index.search("fhtz"))
    if HAS_T2S:
        hit = next(h for h in index.search("发货通知") if h.script.id == "trad")
        assert hit.matches[0].positions == (0, 1, 2, 3)
    found = SearchIndex([script("s", "", "发货通知", "…")]).search("發貨")
    assert ids(found) == (["s"] if HAS_T2S else [])


@pytest.mark.parametrize("query, field, positions", [
    ("cfh", "title", None),            # an exact code hit explains the code, not the title
    ("发货", "title", (1, 2)),
    ("fahuo", "title", (1, 2)),
    ("cfh ", "code", (0, 1, 2)),
    ("物流", "title", (0, 1)),
    ("原路", "body", (12, 13)),
])
def test_highlight_positions(index, query, field, positions):
    hits = [h for h in index.search(query) if h.script.id in ("cfh", "wl", "tk")]
    match = hits[0].matches[0]
    if positions is None:
        assert match.field == "code"
        return
    assert (match.field, match.positions) == (field, positions)
    text = field_text(hits[0].script, field)
    assert "".join(text[p] for p in positions) in ("发货", "物流", "原路", "cfh")


def test_pinyin_highlight_lights_chinese_characters():
    hits = SearchIndex([script("a", "", "我要催发货了")]).search("cfh")
    assert hits[0].matches[0].positions == (2, 3, 4)
    hits = SearchIndex([script("a", "", "请尽快发货")]).search("fahuo")
    assert hits[0].matches[0].positions == (3, 4)


def test_several_terms_narrow_the_result(index):
    assert set(ids(index.search("退款"))) >= {"tk", "tk1"}
    assert ids(index.search("退款 到账")) == ["tk1"]
    assert ids(index.search("tk 原路")) == ["tk"]
    hit = index.search("tk 原路")[0]
    assert hit.rank == RANK_BODY  # the weakest term decides
    assert [m.field for m in hit.matches] == ["code", "body"]
    assert index.search("退款 物流") == []


@pytest.mark.parametrize("query, expected", [
    ("@物流", {"cfh", "wl", "trad"}),
    ("@售中", {"cfh", "wl", "trad"}),
    ("@wl", {"cfh", "wl", "trad"}),          # pinyin initials of a category level
    ("@wuliu", {"cfh", "wl", "trad"}),
    ("@hk", {"yhk", "hk"}),
    ("@售后 huankuan", {"hk", "yhk"}),
    ("@售前 @zx", {"xl", "cm"}),
])
def test_category_scope(index, query, expected):
    hits = index.search(query)
    assert set(ids(hits)) == expected
    for hit in hits:
        assert any(m.field == "category" for m in hit.matches)


def test_scope_highlight(index):
    hit = index.search("@wl")[0]
    match = next(m for m in hit.matches if m.field == "category")
    assert field_text(hit.script, "category")[match.positions[0]] == "物"


def test_one_typo_is_tolerated_below_exact_matches(index):
    hits = index.search("tuikaun")  # 退款, letters swapped
    assert hits and {h.rank for h in hits} == {RANK_FUZZY}
    assert "tk" in ids(hits)
    assert hits[0].matches[0].kind == "fuzzy"
    assert "hk" in ids(index.search("huankaun"))   # a code with a typo
    assert "cfh" in ids(index.search("cuifahou"))


def test_typos_only_fill_a_short_list():
    many = [script(f"e{i}", "", "退款说明") for i in range(TYPOS_BELOW)]
    index = SearchIndex(many + [script("typo", "", "退关说明")])
    assert "typo" not in ids(index.search("tuikuan"))
    index.remove("e0")
    assert ids(index.search("tuikuan"))[-1] == "typo"


def test_no_typo_matching_for_short_queries(index):
    assert index.search("tkx") == []
    assert index.search("qqx") == []


def test_exact_matches_rank_above_typos():
    index = SearchIndex([script("a", "", "退款说明"), script("b", "", "退关说明")])
    hits = index.search("tuikuan")
    assert [(h.script.id, h.rank) for h in hits] == [("a", RANK_TITLE), ("b", RANK_FUZZY)]
    hits = index.search("tuiguan")
    assert [(h.script.id, h.rank) for h in hits] == [("b", RANK_TITLE), ("a", RANK_FUZZY)]


# -- order inside a rank ---------------------------------------------------------------------

def test_ties_broken_by_frecency():
    scripts = [script(f"s{i}", f"x{i}", "催发货") for i in range(3)]
    index = SearchIndex(scripts, usage={"s2": (5, "2025-06-01T00:00:00+00:00"),
                                        "s1": (1, "2025-06-01T00:00:00+00:00")},
                        clock=lambda: 1_750_000_000.0)
    assert ids(index.search("cfh")) == ["s2", "s1", "s0"]
    index.record_use("s0", "2025-06-20T00:00:00+00:00")
    index.record_use("s0", "2025-06-20T00:00:00+00:00")
    # two recent uses beat five uses nineteen days (almost three half-lives) earlier
    assert ids(index.search("cfh")) == ["s0", "s2", "s1"]
    assert index.search("cfh")[0].score > 0


def test_recency_decays():
    scripts = [script("old", "a1", "催发货"), script("new", "a2", "催发货")]
    index = SearchIndex(scripts, usage={"old": (4, "2025-01-01T00:00:00+00:00"),
                                        "new": (1, "2025-06-01T00:00:00+00:00")})
    assert ids(index.search("cfh")) == ["new", "old"]


def test_campaign_first_then_favourites_then_frecency():
    scripts = [
        script("plain", "a", "催发货"),
        script("used", "b", "催发货"),
        script("fav", "c", "催发货", favourite=True),
        script("camp", "d", "催发货", library="pack"),
        script("camp_old", "e", "催发货", library="old-pack"),
    ]
    index = SearchIndex(scripts, usage={"used": (9, "2025-06-01T00:00:00+00:00")},
                        active_libraries={"pack"})
    order = ids(index.search("cfh"))
    assert order[:3] == ["camp", "fav", "used"]
    assert order[3:] == ["plain", "camp_old"]  # stable order: code a before e
    index.set_active_libraries({"old-pack"})
    assert ids(index.search("cfh"))[0] == "camp_old"


def test_campaign_libraries_from_kinds():
    scripts = [script("a", "a", "催发货"), script("b", "b", "催发货", library="pack")]
    index = SearchIndex(scripts, library_kinds={"pack": LibraryKind.CAMPAIGN, "personal": LibraryKind.PERSONAL})
    assert ids(index.search("cfh")) == ["b", "a"]


def test_rank_beats_boost():
    scripts = [script("fav", "zz", "说明", "催发货", favourite=True), script("plain", "cfh", "催发货")]
    index = SearchIndex(scripts)
    assert ids(index.search("催发货")) == ["plain", "fav"]  # a title before a favourite's body


def test_empty_query_browses(index):
    index.record_use("wl", "2025-06-01T00:00:00+00:00")
    favourite = script("fav", "f", "收藏的话术", category=("售前",), favourite=True)
    index.upsert(favourite)
    order = ids(index.search(""))
    assert order[:2] == ["fav", "wl"]
    # then by category (sorted by pinyin: 售后 shouhou, 售前 shouqian, 售中 shouzhong)
    tops = [index.get(i).category[0] for i in order[2:]]
    assert tops == sorted(tops, key=("售后", "售前", "售中").index)
    paths = [index.get(i).category_path for i in order[2:]]
    assert paths == sorted(paths, key=paths.index)
    assert len(order) == len(index)


def test_empty_query_with_scope(index):
    assert set(ids(index.search("@还款"))) == {"yhk", "hk"}


def test_limit(index):
    assert len(index.search("", limit=3)) == 3
    assert len(index.search("h", limit=2)) == 2
