"""The prompt names built-in content may use, with sample values, and the content lint.

Decisions:

* Any name is a valid prompt for the variables engine, so a typo (``{{订单好}}``)
  would just ask a strange question.  Built-in content therefore uses only the names
  of :data:`PROMPTS`: one shared vocabulary, so the value an agent types for 订单号 or
  客户 is remembered across every script (memory is keyed by name), and the names a
  lead's pack defines as team variables (活动名称, 活动截止时间, 券面额, 满减门槛 ...)
  fill the starter scripts without a question.
* Each name has a sample value; :func:`render_samples` renders every text with them
  (tests do this for every reply and script), so a tag that cannot render is caught
  before release.
* :func:`lint` also flags wording our content must never use (:data:`BANNED`):
  absolute claims the advertising rules forbid, promises no shop can keep, and moves
  off the platform.  The list is short on purpose: it catches slips, not style.
"""

from __future__ import annotations

from datetime import datetime

from assistant import variables
from assistant.content.load import Content

#: name -> (what it is, a sample value)
PROMPTS: dict[str, tuple[str, str]] = {
    "客户": ("the buyer's nickname", "小林"),
    "客服名": ("the agent's display name", "小安"),
    "商品": ("product name", "纯棉圆领T恤"),
    "推荐商品": ("a product the agent suggests instead", "加厚款卫衣"),
    "材质": ("composition as on the label", "95%棉 5%氨纶"),
    "尺码": ("size", "M"),
    "颜色": ("colour", "雾霾蓝"),
    "版型": ("cut", "宽松"),
    "色调": ("colour cast of the real item", "冷"),
    "身高": ("buyer's height in cm", "168"),
    "体重": ("buyer's weight in 斤", "110"),
    "数量": ("number of items", "50"),
    "订单号": ("order number", "3921765408812345"),
    "订单金额": ("order total in yuan", "358"),
    "收货地址": ("the buyer's delivery address", "浙江省杭州市西湖区文三路100号"),
    "退货地址": ("the shop's return address", "浙江省杭州市余杭区仓前街道仓储园3号 售后组"),
    "快递公司": ("courier", "中通"),
    "运单号": ("tracking number", "75312345678901"),
    "物流节点": ("where the parcel was last scanned", "杭州转运中心"),
    "签收日期": ("the date the parcel was signed for", "11月12日"),
    "包裹数": ("number of parcels", "2"),
    "发货时限": ("promised time to ship", "48小时"),
    "截单时间": ("daily cut-off for same-day shipping", "16点"),
    "天数": ("a number of days", "3"),
    "等待时间": ("how long the buyer should wait", "10分钟"),
    "回复时间": ("when the agent will come back", "今天下班前"),
    "上班时间": ("when the service desk opens", "早上9点"),
    "原因": ("reason for a delay", "仓库爆单"),
    "运费": ("shipping fee in yuan", "10"),
    "差价": ("price difference in yuan", "20"),
    "补偿金额": ("compensation in yuan", "15"),
    "券面额": ("coupon value in yuan (team variable of a pack)", "30"),
    "满减门槛": ("threshold of a spend-and-save offer (team variable)", "299"),
    "满减金额": ("amount taken off at the threshold (team variable)", "50"),
    "活动名称": ("campaign name (team variable)", "双11"),
    "活动开始时间": ("campaign start (team variable)", "11月10日20:00"),
    "活动截止时间": ("campaign end (team variable)", "11月11日23:59"),
    "尾款时间": ("when the balance of a pre-sale is due (team variable)", "11月10日20:00至11月11日23:59"),
    "名额": ("how many buyers get the gift (team variable)", "500"),
    "口误内容": ("what the host said wrong (incident pack)", "赠品数量"),
    "正确内容": ("the correct information (incident pack)", "赠品每单一份"),
    "处理方案": ("the agreed remedy", "为您补发一份赠品"),
    "问题描述": ("the problem in a few words", "衣服开线"),
    "买家诉求": ("what the buyer wants", "尽快换一件新的"),
    "已做处理": ("what has been done so far", "联系仓库核实"),
    "下一步": ("the next step", "仓库今天补发"),
    "说明内容": ("the fact a public reply explains", "尺码偏小一码"),
    "备注内容": ("the buyer's special request", "送礼请不要放价签"),
    "待补充信息": ("what the buyer still has to send", "收货地址"),
    "发票抬头": ("invoice title", "杭州某某科技有限公司"),
}

#: wording no built-in reply or script may contain
BANNED = ("绝对", "百分百", "全网最", "最低价", "最便宜", "第一品牌", "加微信", "加我", "返现", "保证到", "肯定到")

SAMPLE_NOW = datetime(2026, 11, 11, 10, 30)
SAMPLE_CLIPBOARD = "买家发来的一段话"


def sample_values(text: str, lookup=None) -> dict[str, str]:
    """A value for every prompt of ``text``: the vocabulary's sample, or a valid choice."""
    values = {}
    for variable in variables.parse(text).variables(lookup=lookup):
        sample = PROMPTS.get(variable.name, ("", variable.name))[1]
        if variable.choices and sample not in variable.choices:
            sample = variable.choices[0]
        values[variable.name] = sample
    return values


def render_samples(text: str, bodies: dict[str, str]) -> str:
    """``text`` rendered with sample values (raises VariableError like a paste would)."""
    lookup = _lookup(bodies)
    return variables.render(text, sample_values(text, lookup), lookup=lookup, now=SAMPLE_NOW,
                            clipboard=SAMPLE_CLIPBOARD).text


def texts(content: Content):
    """(source, where, text) for every reply and script body."""
    for entry in content.entries:
        for number, reply in enumerate(entry.replies, 1):
            yield entry.source, f"entry '{entry.id}' replies/{number}", reply
    for script in content.scripts:
        yield script.source, f"script '{script.code}'", script.body


def lint(content: Content) -> list[str]:
    """Style problems of loaded content (empty when it is fit to ship)."""
    problems = []
    bodies = content.bodies()
    lookup = _lookup(bodies)
    for source, where, text in texts(content):
        for variable in variables.parse(text).variables(lookup=lookup):
            if variable.name not in PROMPTS:
                problems.append(f"{source}: {where}: prompt '{variable.name}' is not in the vocabulary")
        for word in BANNED:
            if word in text:
                problems.append(f"{source}: {where}: contains '{word}'")
        try:
            rendered = render_samples(text, bodies)
        except variables.VariableError as exc:
            problems.append(f"{source}: {where}: does not render ({exc})")
            continue
        if "{{" in rendered or not rendered.strip():
            problems.append(f"{source}: {where}: renders badly: {rendered!r}")
    for entry in content.entries:
        if not any(variables.parse(reply).variables(lookup=lookup) or _has_clock(reply) for reply in entry.replies):
            problems.append(f"{entry.source}: entry '{entry.id}': no reference reply uses a variable")
    return problems


def _has_clock(text: str) -> bool:
    return any(isinstance(part, variables.Clock) for part in variables.parse(text).parts)


def _lookup(bodies: dict[str, str]):
    from assistant.model import code_key

    keyed = {code_key(code): body for code, body in bodies.items()}
    return lambda code: keyed.get(code_key(code))
