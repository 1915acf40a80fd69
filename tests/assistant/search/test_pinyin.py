import pytest

from assistant.search.normalize import fold
from assistant.search.pinyin import fuzzy_match, match, prefix_keys, within_one_edit


@pytest.mark.parametrize("text, query, positions, kind", [
    ("催发货", "cfh", (0, 1, 2), "pinyin_initials"),
    ("催发货", "cuifahuo", (0, 1, 2), "pinyin_full"),
    ("催发货", "cuifah", (0, 1, 2), "pinyin_full"),       # last syllable a prefix
    ("催发货", "fahuo", (1, 2), "pinyin_full"),           # lights 发货 only
    ("催发货", "催fh", (0, 1, 2), "mixed"),
    ("催发货", "催fa", (0, 1), "mixed"),
    ("催发货", "cuifh", (0, 1, 2), "mixed"),
    ("银行卡", "yinhang", (0, 1), "pinyin_full"),          # 行 read hang
    ("行李箱", "xingli", (0, 1), "pinyin_full"),           # 行 read xing
    ("长款", "changkuan", (0, 1), "pinyin_full"),          # 长 chang
    ("班长", "banzhang", (0, 1), "pinyin_full"),           # 长 zhang
    ("重新", "chongxin", (0, 1), "pinyin_full"),           # 重 chong
    ("重量", "zhongliang", (0, 1), "pinyin_full"),         # 重 zhong
    ("还款", "huankuan", (0, 1), "pinyin_full"),           # 还 huan
    ("还有", "haiyou", (0, 1), "pinyin_full"),             # 还 hai
    ("中国", "zhg", (0, 1), "pinyin_initials"),            # zh as an initial
    ("绿色", "lvse", (0, 1), "pinyin_full"),               # ü typed as v
    (fold("發貨"), "fahuo", (0, 1), "pinyin_full"),        # traditional
    ("发貨", "fahuo", (0, 1), "pinyin_full"),              # pypinyin reads 貨 too
    ("iPhone退款".lower(), "tk", (6, 7), "pinyin_initials"),
    ("7天无理由", "7t", (0, 1), "pinyin_initials"),
])
def test_match(text, query, positions, kind):
    found = match(text, query)
    assert found is not None
    assert tuple(found.positions) == positions
    assert found.kind == kind


@pytest.mark.parametrize("text, query", [
    ("催发货", "cufh"),     # cu is neither the whole syllable nor the initial of 催
    ("催发货", "chf"),      # 催 has no ch initial
    ("催发货", "hfc"),
    ("银行", "yinxiang"),
    ("退款", "tuikuanx"),
])
def test_no_match(text, query):
    assert match(text, query) is None


@pytest.mark.parametrize("query, target, used", [
    ("tuikaun", "tuikuan", 7),     # transposition
    ("tuikuam", "tuikuan", 7),     # substitution
    ("tuikkuan", "tuikuan", 7),    # an extra letter
    ("tuikan", "tuikuan", 7),      # a missing letter
    ("tuik", "tuikuan", 4),        # exact prefix
    ("tiukuan", "tuikuan", -1),    # the first two letters must be as typed
    ("tuikxxn", "tuikuan", -1),    # two edits
])
def test_within_one_edit(query, target, used):
    assert within_one_edit(query, target) == used


def test_fuzzy_match_lights_the_characters():
    found = fuzzy_match("申请退款", "tuikaun")
    assert found is not None and tuple(found.positions) == (2, 3)
    assert fuzzy_match("退款", "tuik") is not None  # exact prefixes are not typos, but pass
    assert fuzzy_match("退款", "tka") is None  # too short for typo matching


@pytest.mark.parametrize("text", ["催发货", "银行卡还款", "iPhone退款", "7天无理由", "长款重新发货", "中国张三"])
def test_prefix_keys_are_exact_for_short_queries(text):
    text = fold(text)
    one, two, three, _ = prefix_keys(text)
    letters = "abcdefghijklmnopqrstuvwxyz0-9"
    for a in letters:
        assert (match(text, a) is not None) == (a in one)
        for b in "aehiuongkfxz7t":
            assert (match(text, a + b) is not None) == (a + b in two), a + b
            for c in "aeinuog":
                assert (match(text, a + b + c) is not None) == (a + b + c in three), a + b + c
