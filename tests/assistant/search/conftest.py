"""A small library of realistic scripts shared by the search tests."""

from __future__ import annotations

import pytest

from assistant.model import Script
from assistant.search import SearchIndex


def script(sid: str, code: str, title: str, body: str = "亲，您好", *, category=("售后",), keywords=(),
           library: str = "personal", favourite: bool = False) -> Script:
    return Script(id=sid, library_id=library, code=code, title=title, body=body,
                  category=tuple(category), keywords=tuple(keywords), favourite=favourite)


LIBRARY = [
    script("cfh", "cfh", "催发货", "亲，您的订单会在48小时内发货，请耐心等待", category=("售中", "物流"),
           keywords=("发货", "什么时候发货", "催单")),
    script("wl", "wl", "物流查询", "快递已经在路上了，物流信息24小时内更新", category=("售中", "物流"),
           keywords=("快递", "物流", "还没到")),
    script("tk", "tk", "退款流程", "退款会在审核通过后3天内原路返回", category=("售后", "退款"), keywords=("退款",)),
    script("tk1", "ＴＫ１", "退款到账时间", "退款一般1-3个工作日到账", category=("售后", "退款")),
    script("yhk", "yhk", "银行卡还款说明", "银行卡还款当天到账", category=("售后", "还款")),
    script("xl", "xl", "行李箱尺寸", "这款行李箱是20寸的", category=("售前", "咨询")),
    script("cm", "cm", "长款尺码", "长款建议选大一码", category=("售前", "咨询")),
    script("cx", "cx", "重新发货", "我们这边重新给您发货", category=("售后", "补发")),
    script("trad", "", "發貨通知", "您的包裹已發貨🚚，請注意查收", category=("售中", "物流")),
    script("gwj", "购物金", "购物金使用说明😊", "购物金可以抵扣订单金额", category=("售前", "活动")),
    script("hk", "huankuan", "还款提醒", "请按时还款", category=("售后", "还款")),
]


@pytest.fixture
def library():
    return list(LIBRARY)


@pytest.fixture
def index(library):
    return SearchIndex(library, clock=lambda: 1_750_000_000.0)


def ids(hits) -> list[str]:
    return [hit.script.id for hit in hits]
