"""Beeftext combo files (JSON with ``combos`` and ``groups`` lists): import only.

Mapping of one combo to one script (number = 1-based index in ``combos``):

* ``keyword`` -> code, ``snippet`` -> body, ``name`` -> title, the name of the group
  whose ``uuid`` is ``group`` -> category (no or unknown group -> 未分组, the unknown
  one noted).  Files of format version 1 (``comboText`` / ``substitutionText``) too.
* Disabled combos are imported (as active scripts) and named in ``notes``; so are
  Beeftext-only options that are not kept: matching mode, case sensitivity,
  descriptions.  The Beeftext ``uuid`` is kept in ``draft.extra["beeftext_uuid"]``,
  not used as our id: ids are ours, and the same file may be imported into several
  libraries.  Re-importing matches scripts by code.
* ``useHtml`` (rich-text) combos are rejected: their text would not survive.
* Variables, ``#{...}`` -> tags of our variables engine (each checked with its parser):

  - ``#{clipboard}`` -> ``{{剪贴板}}``; ``#{cursor}`` -> ``{{光标}}``;
    ``#{date}`` / ``#{time}`` / ``#{dateTime}`` -> ``{{日期}}`` / ``{{时间}}`` /
    ``{{日期}} {{时间}}`` (Beeftext uses the system's format there, we use ours).
  - ``#{dateTime:fmt}`` -> ``{{日期|fmt'}}`` or ``{{时间|fmt'}}``, the Qt format
    (``yyyy年M月d日 HH:mm``) translated to ours (``%Y年%-m月%-d日 %H:%M``; ``ddd``/``dddd``
    are our Chinese weekday names).  A format we cannot translate (month names,
    milliseconds, time zones) -> the default format, noted.  A shift
    ``#{dateTime:+2d:fmt}`` in days or weeks -> ``{{日期+2|...}}``; any other shift
    rejects the combo.
  - ``#{combo:kw}`` -> ``{{@kw}}`` (insert the script whose code is kw).
  - ``#{input:Prompt}`` -> the prompt ``{{Prompt}}`` (``{ } = | :`` become spaces in
    the name; a built-in name such as ``date`` becomes ``{{输入date}}``, noted).
  - ``#{upper:}``, ``#{lower:}``, ``#{trim:}``, ``#{envVar:}``, ``#{powershell:}``,
    ``#{key:}``, ``#{shortcut:}``, ``#{delay:}``, ``#{discordemoji}`` -> the combo is
    rejected, naming the variable.
  - Beeftext prints a variable it does not know as written, so an unknown ``#{x}`` is
    kept as literal text (noted).  Inside a parameter ``\\}`` and ``\\\\`` are
    Beeftext's escapes for ``}`` and ``\\``.

* Literal ``{{`` in a snippet becomes ``\\{{``, our escape for a literal double brace.
  A backslash right before a variable cannot be written in our syntax (it would
  turn the tag into literal text): such a combo is rejected, saying so.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import FormatError
from assistant.formats.base import ParsedFile, Rejected, Row
from assistant.formats.foreign import (
    LITERAL_BRACES,
    Notes,
    Unsupported,
    checked,
    clock_tag,
    include_tag,
    live_tag,
    prompt_tag,
)
from assistant.formats.packjson import load_json
from assistant.model import ScriptDraft

_TOKEN = re.compile(r"#\{((?:[^}\\]|\\.)*)\}|\{\{")
_SIMPLE = {
    "clipboard": "{{剪贴板}}",
    "date": "{{日期}}",
    "time": "{{时间}}",
    "dateTime": "{{日期}} {{时间}}",
    "cursor": "{{光标}}",
}
_UNSUPPORTED = ("upper", "lower", "trim", "envVar", "powershell", "key", "shortcut", "delay", "discordemoji")
_DATE_TIME = re.compile(r"^dateTime(?::((?:[+-]\d+[yMwdhmsz])+))?:(.*)$", re.S)
# Qt date/time format tokens -> ours; month and day names, milliseconds and time zones are not translated.
_QT_TOKEN = re.compile(r"'[^']*'|yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|zzz|z|AP|ap|A|a|t|%|.", re.S)
_QT_TO_OURS = {"yyyy": "%Y", "yy": "%y", "MM": "%m", "M": "%-m", "dddd": "%A", "ddd": "%a", "dd": "%d", "d": "%-d",
               "HH": "%H", "H": "%-H", "mm": "%M", "m": "%-M", "ss": "%S", "s": "%-S",
               "AP": "%p", "ap": "%p", "A": "%p", "a": "%p", "%": "%%"}
_QT_AM_PM = {"AP", "ap", "A", "a"}


def read(path: Path) -> ParsedFile:
    path = Path(path)
    return parse_document(path, load_json(path))


def parse_document(path: Path, document: object) -> ParsedFile:
    if not isinstance(document, dict) or not isinstance(document.get("combos"), list):
        raise FormatError(str(path), "not a Beeftext file: no 'combos' list at the top level")
    parsed = ParsedFile(path=str(path), format="beeftext")
    parsed.meta = {"beeftext_format_version": document.get("fileFormatVersion")}
    groups = {}
    for group in document.get("groups") or []:
        if isinstance(group, dict) and group.get("uuid"):
            groups[group["uuid"]] = str(group.get("name") or "").strip()
    notes = Notes("combo", "combos")
    for number, combo in enumerate(document["combos"], 1):
        pending = Notes("combo", "combos")  # a rejected combo's notes would only be noise
        try:
            parsed.rows.append(Row(number, _convert(combo, number, groups, pending)))
            notes.merge(pending)
        except Unsupported as exc:
            parsed.rejected.append(Rejected(number, str(exc), "unsupported", {"detail": str(exc)}))
    parsed.notes.extend(notes.render())
    return parsed


def _convert(combo, number: int, groups: dict[str, str], notes: Notes) -> ScriptDraft:
    if not isinstance(combo, dict):
        raise Unsupported("not a combo object")
    if combo.get("useHtml"):
        raise Unsupported("is a rich-text (HTML) combo, which Kefu does not support")
    keyword = str(combo.get("keyword", combo.get("comboText")) or "").strip()
    snippet = str(combo.get("snippet", combo.get("substitutionText")) or "")
    category = ""
    if combo.get("group"):
        category = groups.get(combo["group"], "")
        if not category:
            notes.add("unknown group, imported into 未分组", number)
    if combo.get("enabled") is False:
        notes.add("disabled in Beeftext, imported as active", number)
    if combo.get("matchingMode") or combo.get("caseSensitivity") or combo.get("useLooseMatch"):
        notes.add("Beeftext matching mode / case sensitivity not kept", number)
    if combo.get("description"):
        notes.add("description not kept", number)
    return ScriptDraft(
        code=keyword,
        title=str(combo.get("name") or ""),
        body=_convert_text(snippet, number, notes),
        category=category,
        extra={"beeftext_uuid": combo.get("uuid")},
    )


def _convert_text(text: str, number: int, notes: Notes) -> str:
    def replace(token: re.Match) -> str:
        content = token.group(1)
        if content is None:
            return LITERAL_BRACES
        return live_tag(token, _variable(content, token.group(0), number, notes))

    return checked(_TOKEN.sub(replace, text))


def _unescape(param: str) -> str:
    return re.sub(r"\\(.)", r"\1", param)


def _variable(content: str, written: str, number: int, notes: Notes) -> str:
    if content in _SIMPLE:
        return _SIMPLE[content]
    name, sep, param = content.partition(":")
    if name in _UNSUPPORTED:
        raise Unsupported(f"uses the Beeftext variable '{written}' ({name}), which Kefu does not have")
    if name == "dateTime" and sep:
        return _date_time(content, written, number, notes)
    if name == "combo" and sep:
        return include_tag(_unescape(param).strip())
    if name == "input" and sep:
        text, prompt_notes = prompt_tag(_unescape(param))
        for note in prompt_notes:
            notes.entry(number, note)
        return text
    notes.entry(number, f"'{written}' is not a Beeftext variable; kept as literal text")
    return written.replace("{{", LITERAL_BRACES)


def _date_time(content: str, written: str, number: int, notes: Notes) -> str:
    match = _DATE_TIME.match(content)
    if match is None:
        raise Unsupported(f"'{written}' is not a dateTime variable Kefu understands")
    days = 0
    for sign, amount, unit in re.findall(r"([+-])(\d+)([yMwdhmsz])", match.group(1) or ""):
        if unit not in "dw":
            raise Unsupported(f"'{written}' shifts the date by '{sign}{amount}{unit}'; only days and weeks are supported")
        days += int(amount) * (7 if unit == "w" else 1) * (1 if sign == "+" else -1)
    qt_format = _unescape(match.group(2))
    if not qt_format:  # the system locale's date and time
        date, _ = clock_tag(days, "%Y-%m-%d", True, False)
        return f"{date} {{{{时间}}}}"
    fields = re.sub(r"'[^']*'", "", qt_format)
    has_date, has_time = bool(re.search(r"[dMy]", fields)), bool(re.search(r"[hHmszaAt]", fields))
    ours = _translate_qt_format(qt_format)
    text, note = clock_tag(days, ours if ours is not None else "?", has_date, has_time)
    if note:
        notes.entry(number, f"date/time format '{qt_format}' not kept: the default format is used")
    return text


def _translate_qt_format(qt_format: str) -> str | None:
    """'yyyy年MM月dd日 HH:mm' -> '%Y年%m月%d日 %H:%M'; None when a token has no equivalent."""
    out = []
    tokens = _QT_TOKEN.findall(qt_format)
    twelve_hour = bool(_QT_AM_PM & set(tokens))  # Qt: hh is 12-hour only next to AP
    for token in tokens:
        if token.startswith("'") and len(token) > 1:
            out.append(token[1:-1].replace("%", "%%") or "'")
        elif token in ("hh", "h"):
            out.append(("%I" if twelve_hour else "%H") if token == "hh" else ("%-I" if twelve_hour else "%-H"))
        elif token in _QT_TO_OURS:
            out.append(_QT_TO_OURS[token])
        elif token.isalpha() and token[0] in "yMdHhmszaAt":
            return None  # month names, milliseconds, time zone
        else:
            out.append(token)
    return "".join(out)
