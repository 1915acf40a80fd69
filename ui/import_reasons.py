"""Why an import row was rejected or conflicts, in the interface language.

The core gives each such row a stable ``code`` and its facts (``params``; see
``assistant.formats.base.REJECTION_CODES``); this turns them into a sentence.  An
unknown code shows the core's English reason rather than nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads the translate("ImportReasons", ...) calls


def _fill(text: str, *values) -> str:
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", str(value))
    return text


def field_name(field: str) -> str:
    names = {
        "code": translate("ImportReasons", "code"),
        "title": translate("ImportReasons", "title"),
        "body": translate("ImportReasons", "body"),
        "category": translate("ImportReasons", "category"),
        "keywords": translate("ImportReasons", "keywords"),
        "output_mode": translate("ImportReasons", "output"),
        "image_position": translate("ImportReasons", "image position"),
        "image": translate("ImportReasons", "image"),
    }
    return names.get(field, field)


def _invalid(params: dict, reason: str) -> str:
    """A model rule the row breaks: ``params`` holds field, problem and value/limit/size."""
    value, limit, size = params.get("value", ""), params.get("limit", ""), params.get("size", "")
    key = (params.get("field"), params.get("problem"))
    if key == ("code", "too_long"):
        return _fill(translate("ImportReasons", "the code %1 is longer than %2 characters"), value, limit)
    if key == ("code", "bad_characters"):
        return _fill(translate("ImportReasons", "the code %1 may only hold letters (Chinese too), digits, _ - and ."),
                     value)
    if key == ("body", "empty"):
        return translate("ImportReasons", "the body is empty")
    if key == ("body", "too_long"):
        return _fill(translate("ImportReasons", "the body has %1 characters, more than %2"), size, limit)
    if key == ("title", "too_long"):
        return _fill(translate("ImportReasons", "the title is longer than %1 characters"), limit)
    if key == ("category", "too_deep"):
        return _fill(translate("ImportReasons", "the category %1 is nested deeper than %2 levels"), value, limit)
    if key == ("category", "too_long"):
        return _fill(translate("ImportReasons", "a name in the category %1 is longer than %2 characters"),
                     value, limit)
    if key == ("keywords", "too_long"):
        return _fill(translate("ImportReasons", "the keyword %1 is longer than %2 characters"), value, limit)
    if key == ("keywords", "too_many"):
        return _fill(translate("ImportReasons", "more than %1 keywords"), limit)
    if key == ("output_mode", "unknown"):
        return _fill(translate("ImportReasons", "the output %1 is not one of paste, paste_enter, copy, type"), value)
    if key == ("image_position", "unknown"):
        return _fill(translate("ImportReasons", "the image position %1 is not before or after"), value)
    if key == ("image", "too_large"):
        return _fill(translate("ImportReasons", "the image is larger than %1 MB"), int(limit or 0) // 2 ** 20)
    return _fill(translate("ImportReasons", "the %1 is not valid (%2)"), field_name(str(key[0] or "")), reason)


def reason_text(code: str, params: dict, reason: str) -> str:
    """The sentence for one rejected or conflicting row (``reason``: the core's English)."""
    p = params or {}
    if code == "invalid":
        return _invalid(p, reason)
    if code == "code_repeated":
        return _fill(translate("ImportReasons", "the code %1 is already on row %2 of this file"),
                     p.get("code"), p.get("first_row"))
    if code == "in_trash":
        return _fill(translate("ImportReasons", "the script “%1” is in the trash; restore it first"), p.get("title"))
    if code == "code_taken":
        return _fill(translate("ImportReasons", "the code %1 belongs to another script, “%2”"),
                     p.get("code"), p.get("title"))
    if code == "unsupported":
        return _fill(translate("ImportReasons", "uses something Kefu does not have (%1)"), p.get("detail", reason))
    if code == "bad_favourite":
        return _fill(translate("ImportReasons", "favourite “%1” is not 是/否, 1/0 or true/false"), p.get("value"))
    if code == "bad_entry":
        return _fill(translate("ImportReasons", "the entry does not follow the pack format (%1)"),
                     p.get("detail", reason))
    if code == "bad_image":
        return _fill(translate("ImportReasons", "the embedded image is damaged (%1)"), p.get("detail", reason))
    return reason
