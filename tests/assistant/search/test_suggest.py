from assistant.search import RANK_KEYWORDS, SearchIndex, field_text

from .conftest import ids, script


def test_buyer_message_puts_the_shipping_script_first(index):
    hits = index.suggest("我的快递三天了还没到，什么时候发货啊")
    assert hits[0].script.id in ("cfh", "wl")
    assert {"cfh", "wl"} <= set(ids(hits[:3]))
    assert hits[0].rank == RANK_KEYWORDS
    keywords = next(m for m in hits[0].matches if m.field == "keywords")
    shown = field_text(hits[0].script, "keywords")
    assert "".join(shown[p] for p in keywords.positions).replace(" ", "")


def test_keyword_hits_outweigh_loose_overlap():
    index = SearchIndex([
        script("refund", "tk", "退款流程", "退款原路返回", keywords=("退款", "不想要了")),
        script("size", "cm", "尺码推荐", "请参考尺码表", keywords=("尺码",)),
    ])
    assert ids(index.suggest("这个不想要了可以退吗"))[0] == "refund"
    assert ids(index.suggest("尺码偏大还是偏小"))[0] == "size"


def test_title_and_body_overlap_count_without_keywords():
    index = SearchIndex([
        script("a", "", "发票开具", "电子发票会在确认收货后开具"),
        script("b", "", "修改地址", "发货前可以修改地址"),
    ])
    assert ids(index.suggest("能帮我改一下收货地址吗，修改地址"))[0] == "b"
    assert ids(index.suggest("发票什么时候开具"))[0] == "a"


def test_suggest_limit_and_nothing_to_say(index):
    assert len(index.suggest("我的快递三天了还没到，什么时候发货啊", limit=1)) == 1
    assert index.suggest("") == []
    assert index.suggest("😊😊") == []
