"""Helpers shared by the format tests: scripts to export and an image store."""

from __future__ import annotations

import hashlib
import struct
import zlib

import pytest

from assistant.model import OutputMode, Script, new_id


def tiny_png(colour: bytes = b"\xff\x00\x00") -> bytes:
    """A valid 1x1 PNG made in the test, so no binary fixture is committed."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + colour)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def make_script(**changes) -> Script:
    values = dict(id=new_id(), library_id="lib", code="tk", title="退款", body="亲，已为您退款")
    values.update(changes)
    return Script(**values)


class ImageShelf:
    """An ImageLoader backed by a dict, like the store's image table."""

    def __init__(self) -> None:
        self.images: dict[str, tuple[bytes, str]] = {}

    def put(self, data: bytes, mime: str = "image/png") -> str:
        digest = hashlib.sha256(data).hexdigest()
        self.images[digest] = (data, mime)
        return digest

    def __call__(self, digest: str) -> tuple[bytes, str]:
        return self.images[digest]


@pytest.fixture
def shelf() -> ImageShelf:
    return ImageShelf()


@pytest.fixture
def sample_scripts(shelf) -> list[Script]:
    """Scripts that exercise every field and the awkward characters."""
    return [
        make_script(code="购物金", title="购物金说明", body="亲，购物金可以抵扣现金,\n下单时自动使用哦～",
                    category=("售后", "退款"), keywords=("购物金", "抵扣"), favourite=True,
                    output_mode=OutputMode.PASTE_ENTER, hotkey="Ctrl+Alt+1"),
        make_script(code="hi", title="问候", body="您好😊，我是客服小吉𠮷，\"很高兴\"为您服务"),
        make_script(code="sum", title="公式", body="=SUM(1,2) 不是公式\r\n+1 -1 @me",
                    category=("售前",), output_mode=OutputMode.TYPE),
        make_script(code="", title="无编码", body="only by search\n\n\tindented",
                    output_mode=OutputMode.COPY, category=("a", "b", "c")),
    ]


def assert_same(draft, script: Script, *, with_id: bool = True) -> None:
    """A read-back draft says exactly what the exported script said."""
    draft = draft.validated()
    assert draft.code == script.code
    assert draft.title == script.title
    assert draft.body == script.body.replace("\r\n", "\n")
    assert draft.category == script.category
    assert draft.keywords == script.keywords
    assert draft.output_mode == script.output_mode
    assert draft.hotkey == script.hotkey
    assert draft.favourite == script.favourite
    if with_id:
        assert draft.id == script.id
