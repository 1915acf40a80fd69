"""Desktop integration behind small interfaces (see base.py): the one place that
decides, from the OS and session, which backend this machine gets."""

from __future__ import annotations

import os
import sys

from assistant.platform.base import Desktop, PlatformUnsupported


def session_kind(environ=None) -> str:
    env = os.environ if environ is None else environ
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
        return "wayland"
    if env.get("XDG_SESSION_TYPE") == "wayland" and not env.get("KEFU_FORCE_X11"):
        return "wayland"
    return "x11"


def create_desktop(kind: str | None = None) -> Desktop:
    """The backend for this session.  Raises PlatformUnsupported with the reason."""
    kind = kind or session_kind()
    if kind == "x11":
        from assistant.platform import x11

        return x11.create()
    if kind == "windows":
        from assistant.platform import windows

        return windows.create()
    if kind == "macos":
        try:
            from assistant.platform import macos
        except ImportError as exc:  # a source checkout without the darwin dependencies
            raise PlatformUnsupported(f"the macOS backend needs pyobjc ({exc}): "
                                      "pip install pyobjc-framework-Quartz pyobjc-framework-Cocoa "
                                      "pyobjc-framework-ApplicationServices") from None

        return macos.create()
    if kind == "wayland":
        from assistant.platform import wayland

        return wayland.create()
    if kind == "fake":
        from assistant.platform.fake import fake_desktop

        return fake_desktop()[0]
    raise PlatformUnsupported(f"no desktop backend for '{kind}' yet")
