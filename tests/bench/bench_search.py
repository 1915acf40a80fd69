"""Benchmark of the search index: build time, memory, per-keystroke latency, patch time.

    python tests/bench/bench_search.py [--sizes 1000 10000 100000] [--queries 60] [--seed 7]

Libraries are generated from word lists of customer-service language (deterministic
seed): titles of 2-4 words, bodies of 30-200 characters, codes, three-level categories,
keywords, a few favourites, campaign scripts, emoji and Latin words.  Typing is
simulated: each query is typed one character at a time and every prefix is timed (the
index sees the same sequence a picker would).  After the build, ``gc.freeze()`` takes the
index out of the cyclic collector's view, as the app should at start-up (``--no-freeze``
to compare).  Figures are printed as a markdown table; nothing is asserted about timing.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assistant.model import Script  # noqa: E402
from assistant.search import SearchIndex  # noqa: E402
from assistant.search.pinyin import initials, readings  # noqa: E402

NOUNS = (
    "发货 物流 快递 退款 退货 换货 优惠券 尺码 颜色 地址 发票 订单 包裹 赠品 运费 库存 预售 定金 尾款 价格 "
    "质量 售后 好评 返现 保价 会员 积分 购物金 银行卡 还款 行李箱 长款 短款 面料 保修 安装 配件 说明书 充电器 "
    "电池 屏幕 外观 破损 漏发 错发 少件 签收 拒收 拦截 催单 改价 包邮 满减 秒杀 直播间 链接 规格 型号 材质 "
    "尺寸 重量 保质期 生产日期 发货时间 到货时间 客服 工单 补偿 补发 差价 活动 红包 津贴 定制 刻字 礼盒"
).split()
VERBS = "催 查询 修改 申请 取消 咨询 确认 处理 退 换 补 查 问 追加 延迟 加急 核实 反馈 投诉 备注".split()
SUFFIXES = "说明 流程 话术 怎么办 问题 回复 安抚 解释 规则 提醒 通知 时效 标准 方法".split()
EXTRAS = ("iPhone", "VIP", "SKU", "7天", "48小时", "3C", "618", "双11", "🎁", "😊", "🚚", "PLUS", "Type-C")
SENTENCES = (
    "亲，您好，很高兴为您服务", "您的订单我们已经加急处理了", "仓库会在48小时内为您发货", "请您耐心等待一下哦",
    "物流信息一般在发货后24小时更新", "如有任何问题可以随时联系我们", "给您带来不便非常抱歉", "我们会尽快为您核实",
    "退款会在审核通过后原路返回", "请您提供一下订单号和照片", "这款商品是支持七天无理由退换的", "运费险会自动理赔到您的账户",
    "优惠券需要在结算页面手动勾选", "活动期间满300减40可以叠加使用", "尺码建议您参考详情页的尺码表", "颜色以实物为准会有轻微色差",
    "赠品会随主商品一起发出", "发票可以在订单详情里申请开具", "地址修改需要在发货前联系我们", "快递已经在派送途中请保持电话畅通",
    "如果包裹有破损请拒收并联系我们", "我们这边帮您登记补发", "银行卡还款一般当天到账", "会员积分可以抵扣部分金额",
    "直播间的专属价格已经给您备注", "预售商品付尾款后按顺序发货", "质量问题我们承担来回运费", "感谢您的理解和支持",
    "祝您生活愉快", "有需要随时找我哦😊", "麻烦您先确认收货后再申请", "售后工单已经提交给专员处理",
)
TOP = ("售前", "售中", "售后")
SUBS = ("咨询", "活动", "物流", "退换", "退款", "投诉", "发票", "会员", "安装", "评价")
LEAVES = ("常规", "大促", "直播", "特殊", "新品")


def make_library(size: int, seed: int = 7) -> list[Script]:
    rng = random.Random(seed)
    scripts: list[Script] = []
    used_codes: set[str] = set()
    for n in range(size):
        words = [rng.choice(VERBS)] if rng.random() < 0.5 else []
        words += rng.sample(NOUNS, rng.randint(1, 2))
        if rng.random() < 0.6:
            words.append(rng.choice(SUFFIXES))
        if rng.random() < 0.08:
            words.insert(rng.randrange(len(words) + 1), rng.choice(EXTRAS))
        title = "".join(words)
        body_len = rng.randint(30, 200)
        body = ""
        while len(body) < body_len:
            body += rng.choice(SENTENCES) + rng.choice("，。！～")
        body = body[:body_len]
        code = ""
        roll = rng.random()
        if roll < 0.75:
            base = initials(title)[:4] or "x"
            code = base if base not in used_codes else f"{base}{n % 997}"
            while code in used_codes:
                code = f"{base}{rng.randrange(100000)}"
        elif roll < 0.78:
            code = rng.choice(NOUNS) + str(n)
        if code:
            used_codes.add(code)
        category = (rng.choice(TOP), rng.choice(SUBS)) + ((rng.choice(LEAVES),) if rng.random() < 0.5 else ())
        keywords = tuple(dict.fromkeys(rng.sample(NOUNS, rng.randint(0, 3))))
        library = "campaign" if n % 50 == 0 else "team"
        scripts.append(Script(
            id=f"s{n:07d}", library_id=library, code=code, title=title, body=body,
            category=category, keywords=keywords, favourite=(n % 97 == 0),
        ))
    return scripts


def _full(word: str) -> str:
    return "".join((readings(c) or (c,))[0] for c in word.lower())


def make_queries(scripts: list[Script], per_kind: int, seed: int = 11) -> dict[str, list[str]]:
    rng = random.Random(seed)
    coded = [s.code for s in scripts if s.code and s.code.isascii()]
    titles = [s.title for s in scripts]
    words = list(NOUNS) + list(VERBS)
    kinds: dict[str, list[str]] = {k: [] for k in (
        "code prefix", "chinese substring", "pinyin initials", "full pinyin", "mixed", "no hit", "typo (5-7)")}
    for _ in range(per_kind):
        kinds["code prefix"].append(rng.choice(coded)[:4])
        title = rng.choice(titles)
        start = rng.randrange(max(1, len(title) - 1))
        kinds["chinese substring"].append(title[start:start + rng.randint(1, 4)])
        pair = rng.sample(words, 2)
        kinds["pinyin initials"].append(initials("".join(pair))[:rng.randint(2, 4)])
        kinds["full pinyin"].append(_full(rng.choice(NOUNS))[:4])
        noun = rng.choice(NOUNS)
        kinds["mixed"].append(noun[0] + initials(noun[1:])[:rng.randint(1, 3)])
        kinds["no hit"].append(rng.choice(("qxzj", "鑫鑫淼", "zzqq", "9x7q", "jjjx", "淼鑫", "ppqq", "xqz")))
        spelled = _full(rng.choice(NOUNS))
        if len(spelled) >= 5:
            i = rng.randrange(2, len(spelled) - 1)
            spelled = spelled[:i] + spelled[i + 1] + spelled[i] + spelled[i + 2:]
        kinds["typo (5-7)"].append(spelled[:7])
    return kinds


def _rss() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run_bench(size: int, queries_per_kind: int = 60, seed: int = 7, memory: bool = True,
              freeze: bool = True) -> dict:
    """Figures for one library size (times in milliseconds, memory in MiB)."""
    scripts = make_library(size, seed)
    usage = {s.id: (1 + i % 9, f"2025-0{1 + i % 9}-1{i % 10}T10:00:00+00:00")
             for i, s in enumerate(scripts[::37])}
    gc.collect()
    rss_before = _rss()
    started = time.perf_counter()
    index = SearchIndex(scripts, usage=usage, active_libraries={"campaign"})
    build_ms = (time.perf_counter() - started) * 1000
    rss_mib = (_rss() - rss_before) / 2**20
    traced_mib = peak_mib = float("nan")
    if memory:
        del index
        gc.collect()
        tracemalloc.start()
        index = SearchIndex(scripts, usage=usage, active_libraries={"campaign"})
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        traced_mib, peak_mib = current / 2**20, peak / 2**20
    kinds = make_queries(scripts, queries_per_kind)
    gc.collect()
    if freeze:
        # What the app's composition root does after building the index at start-up: the
        # long-lived index leaves the collector's view, so a full collection triggered
        # by a keystroke's garbage does not rescan hundreds of thousands of objects.
        gc.freeze()
    latency: dict[str, dict] = {}
    for kind, queries in kinds.items():
        samples: list[float] = []
        hits = 0
        for query in queries:
            index.search("")  # the picker opens on the browse list
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                found = index.search(query[:end], limit=50)
                samples.append((time.perf_counter() - started) * 1000)
            hits += bool(found)
        latency[kind] = {
            "keystrokes": len(samples), "p50": statistics.median(samples), "p99": _pct(samples, 0.99),
            "max": max(samples), "queries_with_hits": f"{hits}/{len(queries)}",
        }
    rng = random.Random(seed)
    patch: list[float] = []
    for n in range(100):
        victim = scripts[rng.randrange(len(scripts))]
        edited = victim.with_changes(title=victim.title + "加急", body=victim.body[::-1])
        started = time.perf_counter()
        index.upsert(edited)
        patch.append((time.perf_counter() - started) * 1000)
        new = victim.with_changes(id=f"new{n}", code=f"zz{n}")
        started = time.perf_counter()
        index.upsert(new)
        index.remove(new.id)
        patch.append((time.perf_counter() - started) * 1000 / 2)
    if freeze:
        gc.unfreeze()
    return {
        "size": size, "build_ms": build_ms, "rss_mib": rss_mib, "traced_mib": traced_mib,
        "traced_peak_mib": peak_mib, "latency": latency,
        "patch_p50": statistics.median(patch), "patch_max": max(patch),
    }


def print_table(results: list[dict]) -> None:
    print("| scripts | build ms | RSS added MiB | traced MiB (peak) | patch ms p50 / max |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        print(f"| {r['size']:,} | {r['build_ms']:.0f} | {r['rss_mib']:.1f} | "
              f"{r['traced_mib']:.1f} ({r['traced_peak_mib']:.1f}) | {r['patch_p50']:.3f} / {r['patch_max']:.3f} |")
    print()
    print("| scripts | query kind | keystrokes | p50 ms | p99 ms | max ms | queries with hits |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        for kind, f in r["latency"].items():
            print(f"| {r['size']:,} | {kind} | {f['keystrokes']} | {f['p50']:.3f} | {f['p99']:.3f} | "
                  f"{f['max']:.3f} | {f['queries_with_hits']} |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--queries", type=int, default=60, help="queries per kind")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc build")
    parser.add_argument("--no-freeze", action="store_true", help="leave the index in the collector's view")
    args = parser.parse_args(argv)
    results = [run_bench(size, args.queries, args.seed, memory=not args.no_memory, freeze=not args.no_freeze)
               for size in args.sizes]
    print_table(results)


if __name__ == "__main__":
    main()
