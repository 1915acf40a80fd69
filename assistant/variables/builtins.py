"""Built-in variables: reserved names, English aliases, day offsets, the formatter.

Decisions:

* Built-in names are reserved: 日期 (date), 时间 (time), 星期 (weekday), 剪贴板
  (clipboard), 光标 (cursor).  Aliases match case-insensitively after NFKC, so
  ``{{Date}}`` and ``{{ＤＡＴＥ}}`` are ``{{日期}}``.
* Only 日期 and 星期 take a day offset (``+3``, ``-1``, ``+3工作日``); a name that is a
  built-in followed by ``+``/``-`` is always read as an offset, so ``{{时间+1}}`` and
  ``{{date-of-birth}}`` are flagged, never silently turned into prompts.
* Working days skip Saturday and Sunday only: the engine knows no public holidays nor
  adjusted working weekends (调休).  ``+0工作日`` is today even on a weekend.
* Offsets are limited to :data:`MAX_OFFSET_DAYS` either way.
* Formats are implemented here, not with ``time.strftime``: the result never depends
  on the OS locale, Chinese text in a format works on every platform, ``%A`` is
  always 星期三 and ``%a`` 周三, and the no-padding flag ``%-m`` (11月3日, not 11月03日)
  works on Windows too.  Directives: see :data:`DIRECTIVES`; anything else is a
  problem, and so is a format with no directive at all (``{{日期|m月d日}}``).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

DATE, TIME, WEEKDAY, CLIPBOARD, CURSOR = "日期", "时间", "星期", "剪贴板", "光标"
NAMES = (DATE, TIME, WEEKDAY, CLIPBOARD, CURSOR)
ALIASES = {"date": DATE, "time": TIME, "weekday": WEEKDAY, "clipboard": CLIPBOARD, "cursor": CURSOR}
DEFAULT_FORMATS = {DATE: "%Y-%m-%d", TIME: "%H:%M", WEEKDAY: "%A"}
OFFSET_NAMES = (DATE, WEEKDAY)
MAX_OFFSET_DAYS = 3660
WEEKDAY_NAMES = "一二三四五六日"

_PAD = {"Y": "{:04d}", "y": "{:02d}", "m": "{:02d}", "d": "{:02d}", "H": "{:02d}", "I": "{:02d}",
        "M": "{:02d}", "S": "{:02d}", "j": "{:03d}"}


def _number(moment: datetime, letter: str) -> int:
    return {
        "Y": moment.year, "y": moment.year % 100, "m": moment.month, "d": moment.day,
        "H": moment.hour, "I": (moment.hour % 12) or 12, "M": moment.minute,
        "S": moment.second, "j": moment.timetuple().tm_yday,
    }[letter]


#: directive -> what it writes (documentation and the set the checker accepts).
DIRECTIVES = {
    "%Y": "year, 2026", "%y": "year, 26", "%m": "month, 01-12", "%d": "day, 01-31",
    "%H": "hour, 00-23", "%I": "hour, 01-12", "%M": "minute, 00-59", "%S": "second, 00-59",
    "%j": "day of the year, 001-366", "%p": "上午 or 下午", "%A": "星期一..星期日",
    "%a": "周一..周日", "%%": "a literal %",
    "%-X": "X without leading zero, for X in m d H I M S j y (11月3日)",
}

_DIRECTIVE_RE = re.compile(r"%(-?)(.?)", re.DOTALL)
_OFFSET_RE = re.compile(r"^([+\-])\s*(\d{1,6})\s*(天|日|工作日|workdays?|d|wd)?$", re.IGNORECASE)
_SIGNS = str.maketrans({"＋": "+", "－": "-"})


def builtin_name(name: str) -> str | None:
    """The canonical Chinese name if ``name`` is a built-in (or an alias), else None."""
    key = unicodedata.normalize("NFKC", name).strip()
    if key in NAMES:
        return key
    return ALIASES.get(key.casefold())


def canonical(name: str) -> str:
    """The form names are compared and stored in: NFKC, trimmed, aliases made Chinese."""
    key = unicodedata.normalize("NFKC", name).strip()
    return builtin_name(key) or key


def split_builtin(head: str) -> tuple[str, str] | None:
    """Split ``日期+3工作日`` into ('日期', '+3工作日'); None when not a built-in.

    ``head`` is the tag text before any ``|``, ``=`` or ``:``.  The rest is returned
    only when it starts with a sign (or is empty); ``日期范围`` is not a built-in.
    """
    text = unicodedata.normalize("NFKC", head).strip()
    for name in NAMES + tuple(ALIASES):
        if text[: len(name)].casefold() == name.casefold():
            rest = text[len(name):].strip()
            if not rest or rest[0] in "+-":
                return ALIASES.get(name, name), rest
    return None


def parse_offset(name: str, text: str) -> tuple[int, bool]:
    """``'+3工作日'`` -> (3, True).  Raises ValueError with an English reason."""
    text = text.translate(_SIGNS).strip()
    if not text:
        return 0, False
    if name not in OFFSET_NAMES:
        raise ValueError(f"{name} takes no day offset (only 日期 and 星期 do)")
    match = _OFFSET_RE.match(text)
    if not match:
        raise ValueError(f"bad day offset '{text}': write +3, -1 or +3工作日")
    days = int(match.group(2))
    if days > MAX_OFFSET_DAYS:
        raise ValueError(f"day offset {days} is larger than {MAX_OFFSET_DAYS}")
    unit = (match.group(3) or "").casefold()
    return (-days if match.group(1) == "-" else days), unit in ("工作日", "workday", "workdays", "wd")


def format_problem(fmt: str) -> str | None:
    """Why ``fmt`` is not a usable format, or None when it is."""
    if not fmt.strip():
        return "empty format: write e.g. %m月%d日 after the |"
    found = False
    for match in _DIRECTIVE_RE.finditer(fmt):
        flag, letter = match.groups()
        if letter == "":
            return "format ends with a lone %"
        if letter in _PAD or (not flag and letter in "pAa%"):
            found = found or letter != "%"
            continue
        return f"unknown format directive %{flag}{letter}"
    if not found:
        return f"format '{fmt}' has no directive such as %Y, %m, %d, %H, %M"
    return None


def format_clock(moment: datetime, fmt: str) -> str:
    """Format ``moment`` with the engine's own directives (assumes a valid format)."""

    def one(match: re.Match) -> str:
        flag, letter = match.groups()
        if letter == "%":
            return "%"
        if letter == "p":
            return "上午" if moment.hour < 12 else "下午"
        if letter == "A":
            return "星期" + WEEKDAY_NAMES[moment.weekday()]
        if letter == "a":
            return "周" + WEEKDAY_NAMES[moment.weekday()]
        value = _number(moment, letter)
        return str(value) if flag else _PAD[letter].format(value)

    return _DIRECTIVE_RE.sub(one, fmt)


def shift(moment: datetime, offset: int, workdays: bool) -> datetime:
    """``moment`` moved by ``offset`` days, or working days (Mon-Fri) when ``workdays``."""
    if not workdays:
        return moment + timedelta(days=offset)
    step = 1 if offset > 0 else -1
    for _ in range(abs(offset)):
        moment += timedelta(days=step)
        while moment.weekday() >= 5:
            moment += timedelta(days=step)
    return moment
