"""The index's candidate sets, narrowing and patches never lose a match.

A library large enough to switch on stop characters and common pairs (see
assistant.search.postings) is searched while "typing", and every result is compared
with a brute-force scan that runs the same matchers over every script.
"""

import random

import pytest

from assistant.search import SearchIndex
from assistant.search.document import Doc
from assistant.search.postings import STOP_MIN_SCRIPTS
from assistant.search.execute import TYPOS_BELOW
from assistant.search.query import RANK_FUZZY, RANKS, match_rank, match_scope, parse_query

from .conftest import script

WORDS = ("催发货 物流 快递 退款 退货 换货 优惠券 尺码 颜色 地址 发票 订单 银行卡 还款 行李箱 长款 重新 "
         "会员 积分 购物金 赠品 运费 活动 直播间 iPhone VIP 7天 😊").split()
SENTENCES = ("亲，您好", "仓库会在48小时内为您发货", "退款会原路返回", "请您耐心等待", "快递已经在路上了",
             "优惠券需要手动勾选", "地址修改需要在发货前联系我们", "银行卡还款一般当天到账", "感谢您的理解和支持")
CATEGORIES = (("售前", "咨询"), ("售中", "物流"), ("售后", "退款"), ("售后", "还款"))


def make(count: int, seed: int = 1):
    rng = random.Random(seed)
    scripts = []
    for n in range(count):
        title = "".join(rng.sample(WORDS, rng.randint(1, 3)))
        body = "".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 4)))
        code = f"{rng.choice(['cfh', 'tk', 'wl', 'yhq', 'dz'])}{n}" if rng.random() < 0.7 else ""
        scripts.append(script(f"s{n}", code, title, body, category=rng.choice(CATEGORIES),
                              keywords=tuple(rng.sample(WORDS, rng.randint(0, 2))), favourite=n % 41 == 0))
    return scripts


def brute(scripts, query: str) -> set[tuple[str, int]]:
    parsed = parse_query(query)
    found = set()
    for n, item in enumerate(scripts):
        doc = Doc(n, item)
        if any(match_scope(doc.category, item.category, s) is None for s in parsed.scopes):
            continue
        worst = 0
        for term in parsed.terms:
            best = next((rank for rank in RANKS if match_rank(doc, term, rank) is not None), None)
            if best is None:
                break
            worst = max(worst, best)
        else:
            found.add((item.id, worst))
    if sum(1 for _, rank in found if rank < RANK_FUZZY) >= TYPOS_BELOW:
        found = {(sid, rank) for sid, rank in found if rank < RANK_FUZZY}  # typos only fill a short list
    return found


QUERIES = ["cuifahuo", "cfh", "催fh", "tuikuan", "tuikaun", "yinhang", "huankuan", "发货", "后还", "您好亲",
           "还款 到账", "@wl kd", "@售后 tk", "48小时", "iphone", "vip", "7t", "😊", "qxzj", "dizhi", "dihzi",
           "tk1", ";wl2", "kuaidi", "原路返回", "耐心等待", "等待快递"]


@pytest.fixture(scope="module")
def big():
    scripts = make(STOP_MIN_SCRIPTS + 500)
    return scripts, SearchIndex(scripts)


@pytest.mark.parametrize("query", QUERIES)
def test_typing_matches_brute_force(big, query):
    scripts, index = big
    index.search("")
    for end in range(1, len(query) + 1):
        typed = query[:end]
        got = {(hit.script.id, hit.rank) for hit in index.search(typed, limit=100_000)}
        assert got == brute(scripts, typed), typed


def test_stop_characters_and_pairs_are_in_use(big):
    _, index = big
    assert index.postings.stop_chars and index.postings.body_pairs


def test_patches_keep_the_index_exact(big):
    scripts, _ = big
    scripts = list(scripts)
    index = SearchIndex(scripts)
    rng = random.Random(9)
    fresh = make(60, seed=5)
    for n in range(60):
        victim = rng.randrange(len(scripts))
        if n % 3 == 0:
            index.remove(scripts[victim].id)
            del scripts[victim]
        elif n % 3 == 1:
            changed = scripts[victim].with_changes(title=fresh[n].title, body=fresh[n].body)
            scripts[victim] = changed
            index.upsert(changed)
        else:
            added = fresh[n].with_changes(id=f"new{n}", code=f"zz{n}")
            scripts.append(added)
            index.upsert(added)
    for query in QUERIES[:12]:
        got = {(hit.script.id, hit.rank) for hit in index.search(query, limit=100_000)}
        assert got == brute(scripts, query), query
