"""Why an import row was rejected or conflicts, in the interface language.

The core gives each such row a stable ``code`` and its facts (``params``; see
``assistant.formats.base.REJECTION_CODES``); this turns them into a sentence.  An
unknown code shows the core's English reason rather than nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _fill(text: str, *values) -> str:
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", str(value))
    return text


def field_name(field: str) -> str:
    names = {"code": QCoreApplication.translate("ImportReasons", "code"), "title": QCoreApplication.translate("ImportReasons", "title"), "body": QCoreApplication.translate("ImportReasons", "body"), "category": QCoreApplication.translate("ImportReasons", "category"),
             "keywords": QCoreApplication.translate("ImportReasons", "keywords"), "output_mode": QCoreApplication.translate("ImportReasons", "output"), "image_position": QCoreApplication.translate("ImportReasons", "image position"),
             "image": QCoreApplication.translate("ImportReasons", "image")}
    return names.get(field, field)


def _invalid(params: dict, reason: str) -> str:
    value, limit = params.get("value", ""), params.get("limit", "")
    texts = {
        ("code", "too_long"): lambda: _fill(QCoreApplication.translate("ImportReasons", "the code %1 is longer than %2 characters"), value, limit),
        ("code", "bad_characters"): lambda: _fill(
            QCoreApplication.translate("ImportReasons", "the code %1 may only hold letters (Chinese too), digits, _ - and ."), value),
        ("body", "empty"): lambda: QCoreApplication.translate("ImportReasons", "the body is empty"),
        ("body", "too_long"): lambda: _fill(QCoreApplication.translate("ImportReasons", "the body has %1 characters, more than %2"),
                                            params.get("size", ""), limit),
        ("title", "too_long"): lambda: _fill(QCoreApplication.translate("ImportReasons", "the title is longer than %1 characters"), limit),
        ("category", "too_deep"): lambda: _fill(QCoreApplication.translate("ImportReasons", "the category %1 is nested deeper than %2 levels"), value, limit),
        ("category", "too_long"): lambda: _fill(QCoreApplication.translate("ImportReasons", "a name in the category %1 is longer than %2 characters"),
                                                value, limit),
        ("keywords", "too_long"): lambda: _fill(QCoreApplication.translate("ImportReasons", "the keyword %1 is longer than %2 characters"), value, limit),
        ("keywords", "too_many"): lambda: _fill(QCoreApplication.translate("ImportReasons", "more than %1 keywords"), limit),
        ("output_mode", "unknown"): lambda: _fill(QCoreApplication.translate("ImportReasons", "the output %1 is not one of paste, paste_enter, copy, type"),
                                                  value),
        ("image_position", "unknown"): lambda: _fill(QCoreApplication.translate("ImportReasons", "the image position %1 is not before or after"), value),
        ("image", "too_large"): lambda: _fill(QCoreApplication.translate("ImportReasons", "the image is larger than %1 MB"), int(limit or 0) // 2 ** 20),
    }
    text = texts.get((params.get("field"), params.get("problem")))
    if text is not None:
        return text()
    return _fill(QCoreApplication.translate("ImportReasons", "the %1 is not valid (%2)"), field_name(str(params.get("field", ""))), reason)


def reason_text(code: str, params: dict, reason: str) -> str:
    """The sentence for one rejected or conflicting row (``reason``: the core's English)."""
    p = params or {}
    if code == "invalid":
        return _invalid(p, reason)
    texts = {
        "code_repeated": lambda: _fill(QCoreApplication.translate("ImportReasons", "the code %1 is already on row %2 of this file"),
                                       p.get("code"), p.get("first_row")),
        "in_trash": lambda: _fill(QCoreApplication.translate("ImportReasons", "the script “%1” is in the trash; restore it first"), p.get("title")),
        "code_taken": lambda: _fill(QCoreApplication.translate("ImportReasons", "the code %1 belongs to another script, “%2”"), p.get("code"), p.get("title")),
        "unsupported": lambda: _fill(QCoreApplication.translate("ImportReasons", "uses something Kefu does not have (%1)"), p.get("detail", reason)),
        "bad_favourite": lambda: _fill(QCoreApplication.translate("ImportReasons", "favourite “%1” is not 是/否, 1/0 or true/false"), p.get("value")),
        "bad_entry": lambda: _fill(QCoreApplication.translate("ImportReasons", "the entry does not follow the pack format (%1)"), p.get("detail", reason)),
        "bad_image": lambda: _fill(QCoreApplication.translate("ImportReasons", "the embedded image is damaged (%1)"), p.get("detail", reason)),
    }
    text = texts.get(code)
    return text() if text is not None else reason
