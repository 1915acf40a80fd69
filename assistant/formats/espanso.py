"""Espanso match files (YAML with a ``matches:`` list): import only.

Mapping of one match to one script (number = 1-based index of the match in the file):

* ``trigger`` -> code, without its leading non-word prefix (``:sig`` -> ``sig``; the
  prefixes removed are named in ``notes``).  With ``triggers: [...]`` the first one is
  the code and the others are named in ``notes`` for that match (one code per script).
* ``replace`` -> body; ``label`` -> title; ``search_terms`` -> keywords;
  ``force_mode: keys`` -> output mode "type", otherwise "paste".  No category: the
  scripts land in 未分组 (Espanso has no groups).
* Variables (``vars`` of the match, else ``global_vars`` of the file), used as
  ``{{name}}``, become tags of our variables engine (:mod:`assistant.variables`); every
  tag written is checked with its parser, so an import never creates a broken tag:

  - ``date`` -> ``{{日期}}`` / ``{{时间}}``, the format kept when it differs from the
    default and our engine knows its directives (``{{日期|%m月%d日}}``; note that our
    ``%A``/``%a`` are Chinese weekday names); otherwise the default format, noted.
    ``offset`` (seconds in Espanso) of whole days -> ``{{日期+N}}``; any other offset
    rejects the match.
  - ``clipboard`` -> ``{{剪贴板}}``; the ``$|$`` cursor hint -> ``{{光标}}``.
  - ``match`` (nested match by trigger) -> ``{{@code}}``, our "insert another script".
  - ``echo`` -> its text, inlined (noted).
  - ``choice`` / ``list`` variables and ``form`` fields (``{{form1.name}}`` and the
    ``form:`` shorthand's ``[[name]]``) -> prompts: ``{{name}}``, ``{{name=default}}``,
    ``{{name:a|b|c}}``.  Choices or defaults our syntax cannot hold (a ``|`` or a line
    break inside) fall back to ``{{name}}`` and are named in ``notes``.  A field named
    like one of our built-ins (``date``) becomes ``{{输入date}}`` (noted).
  - ``shell``, ``script``, ``random`` and any other type -> the match is rejected,
    naming the variable and its type.
* ``regex``, ``image_path``, ``html`` and ``markdown`` matches are rejected, naming the
  feature.  Trigger options we do not have (``word``, ``propagate_case``...) and
  unknown keys are named in ``notes``.  Nothing is dropped silently.
* Literal text: ``{{`` that is not a variable of the match becomes ``\\{{``, our escape
  for a literal double brace (the ``{{name}}`` is kept as text and noted).  A backslash right
  before a variable cannot be written in our syntax (the tag would turn literal): such
  a match is rejected, saying so.  Finally the whole converted body must parse
  without a problem, or the match is rejected with the parser's message.
* ``imports`` are not followed (noted): import each file on its own.
* Invalid YAML is a :class:`FormatError` with the line number.

:func:`clock_tag` and :func:`prompt_tag` are shared with the Beeftext reader.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

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
from assistant.model import ScriptDraft

MAX_FILE_BYTES = 50 * 1024 * 1024
_REJECTED_FEATURES = {
    "regex": "regex triggers",
    "image_path": "image matches (image_path)",
    "html": "rich-text matches (html)",
    "markdown": "rich-text matches (markdown)",
}
_HANDLED_KEYS = {"trigger", "triggers", "replace", "vars", "label", "search_terms", "force_mode", "form",
                 "form_fields", "force_clipboard"}
_IGNORED_OPTIONS = {"word", "left_word", "right_word", "propagate_case", "uppercase_style", "passive_only",
                    "paragraph"}
_TEXT_TOKEN = re.compile(r"\{\{\s*([^{}\s]+?)\s*\}\}|\{\{|\$\|\$")
_FORM_TOKEN = re.compile(r"\[\[\s*(\w+)\s*\]\]|\{\{|\$\|\$")
_DATE_FIELDS = set("YymdeBbhAajUWGVuwxDFCg")
_TIME_FIELDS = set("HIMSpPflkTRrXzZs")
_DAY = 86_400


def read(path: Path) -> ParsedFile:
    path = Path(path)
    document = _load(path)
    parsed = ParsedFile(path=str(path), format="espanso")
    notes = Notes("match", "matches")
    if document.get("imports"):
        parsed.notes.append(f"imports not followed (import those files one by one): {document['imports']}")
    for key in sorted(set(document) - {"matches", "global_vars", "imports"}):
        parsed.notes.append(f"ignored top-level key '{key}'")
    global_vars = _vars_by_name(document.get("global_vars"))
    for number, match in enumerate(document.get("matches") or [], 1):
        pending = Notes("match", "matches")  # a rejected match's notes would only be noise
        try:
            parsed.rows.append(Row(number, _convert(match, number, global_vars, pending)))
            notes.merge(pending)
        except Unsupported as exc:
            parsed.rejected.append(Rejected(number, str(exc), "unsupported", {"detail": str(exc)}))
    parsed.notes.extend(notes.render())
    return parsed


def _load(path: Path) -> dict:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FormatError(str(path), "larger than the 50 MB an Espanso file may be")
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise FormatError(str(path), f"cannot be read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise FormatError(str(path), "not UTF-8 text, so not an Espanso YAML file") from exc
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise FormatError(str(path), f"invalid YAML{where}: {problem}",
                          line=mark.line + 1 if mark is not None else None) from exc
    if not isinstance(document, dict) or not ("matches" in document or "global_vars" in document):
        raise FormatError(str(path), "not an Espanso match file: no 'matches:' list at the top level")
    if not isinstance(document.get("matches") or [], list):
        raise FormatError(str(path), "not an Espanso match file: 'matches' is not a list")
    return document


def _vars_by_name(variables) -> dict[str, dict]:
    if not isinstance(variables, list):
        return {}
    return {str(v["name"]): v for v in variables if isinstance(v, dict) and "name" in v}


def strip_prefix(trigger: str) -> tuple[str, str]:
    """':sig' -> ('sig', ':'): the leading characters that are not letters or digits."""
    match = re.match(r"[^\w]+", trigger)
    prefix = match.group(0) if match else ""
    return trigger[len(prefix):], prefix


def _convert(match, number: int, global_vars: dict, notes: Notes) -> ScriptDraft:
    if not isinstance(match, dict):
        raise Unsupported("not a match (expected trigger: and replace:)")
    for key, feature in _REJECTED_FEATURES.items():
        if key in match:
            raise Unsupported(f"uses {feature}, which Kefu does not support")
    triggers = match.get("triggers") or ([match["trigger"]] if match.get("trigger") is not None else [])
    if not isinstance(triggers, list) or not triggers:
        raise Unsupported("has no trigger")
    triggers = [str(t) for t in triggers]
    code, prefix = strip_prefix(triggers[0].strip())
    if prefix:
        notes.add(f"prefix '{prefix}' removed from triggers", number)
    if len(triggers) > 1:
        notes.entry(number, f"other triggers not kept (one code per script): {', '.join(triggers[1:])}")

    variables = {**global_vars, **_vars_by_name(match.get("vars"))}
    if match.get("replace") is not None:
        body = _convert_text(str(match["replace"]), variables, number, notes)
    elif match.get("form") is not None:
        body = _convert_form(str(match["form"]), match.get("form_fields") or {}, number, notes)
    else:
        raise Unsupported("has no replace: text")

    for key in match:
        if key in _IGNORED_OPTIONS:
            notes.add(f"trigger option '{key}' ignored", number)
        elif key not in _HANDLED_KEYS:
            notes.add(f"unknown key '{key}' ignored", number)
    search_terms = match.get("search_terms") or []
    return ScriptDraft(
        code=code,
        title=str(match.get("label") or ""),
        body=checked(body),
        keywords=tuple(str(t) for t in search_terms) if isinstance(search_terms, list) else str(search_terms),
        output_mode="type" if match.get("force_mode") == "keys" else "paste",
        extra={"espanso_triggers": triggers},
    )


def _convert_text(text: str, variables: dict, number: int, notes: Notes) -> str:
    def replace(token: re.Match) -> str:
        if token.group(0) == "$|$":
            return live_tag(token, "{{光标}}")
        name = token.group(1)
        if name is None:
            return LITERAL_BRACES
        base, _, field = name.partition(".")
        variable = variables.get(base)
        if variable is None:
            notes.entry(number, f"'{token.group(0)}' is not a variable of this match; kept as literal text")
            return "\\" + token.group(0)
        return live_tag(token, _variable_text(base, field, variable, number, notes))

    return _TEXT_TOKEN.sub(replace, text)


def _convert_form(layout: str, fields: dict, number: int, notes: Notes) -> str:
    def replace(token: re.Match) -> str:
        if token.group(0) == "$|$":
            return live_tag(token, "{{光标}}")
        if token.group(1) is None:
            return LITERAL_BRACES
        spec = fields.get(token.group(1)) if isinstance(fields, dict) else None
        return live_tag(token, _prompt(token.group(1), spec, number, notes))

    return _FORM_TOKEN.sub(replace, layout)


def _prompt(name: str, spec, number: int, notes: Notes) -> str:
    """A form field or choice variable -> a prompt tag with its choices and default."""
    choices, default = [], None
    if isinstance(spec, dict):
        values = spec.get("values") or []
        if isinstance(values, str):
            values = [line for line in values.splitlines() if line.strip()]
        choices = [str(v.get("id", v.get("label", "")) if isinstance(v, dict) else v) for v in values]
        if spec.get("default") not in (None, ""):
            default = str(spec["default"])
    text, prompt_notes = prompt_tag(name, choices, default)
    for note in prompt_notes:
        notes.entry(number, note)
    return text


def _variable_text(name: str, field: str, variable: dict, number: int, notes: Notes) -> str:
    kind = str(variable.get("type", ""))
    params = variable.get("params") or {}
    if kind == "date":
        return _date_text(name, params, number, notes)
    if kind == "clipboard":
        return "{{剪贴板}}"
    if kind == "echo":
        notes.entry(number, f"echo variable '{name}' inlined as its text")
        return str(params.get("echo", "")).replace("{{", LITERAL_BRACES)
    if kind == "match" and params.get("trigger"):
        return include_tag(strip_prefix(str(params["trigger"]).strip())[0])
    if kind in ("choice", "list"):
        return _prompt(name, params, number, notes)
    if kind == "form" and field:
        fields = params.get("fields") or {}
        return _prompt(field, fields.get(field) if isinstance(fields, dict) else None, number, notes)
    raise Unsupported(f"uses the {kind or 'untyped'} variable '{name}', which Kefu does not have")


def _date_text(name: str, params: dict, number: int, notes: Notes) -> str:
    fmt = str(params.get("format", "%Y-%m-%d"))
    fields = set(re.findall(r"%[-_0^#]?([A-Za-z])", fmt))
    offset = params.get("offset", 0) or 0
    if not isinstance(offset, int) or offset % _DAY:
        raise Unsupported(f"date variable '{name}' has an offset of {offset} seconds, not whole days")
    text, note = clock_tag(offset // _DAY, fmt, bool(fields & _DATE_FIELDS), bool(fields & _TIME_FIELDS))
    if note:
        notes.entry(number, f"date variable '{name}': {note}")
    return text
