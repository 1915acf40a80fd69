"""The Win32 functions the Windows backend calls, bound with their prototypes.

:func:`load` opens user32, kernel32 and imm32 when the backend is created, never at
import, so the backend modules import on any OS and tests hand in fakes of the DLLs
(tests/assistant/desktop/fake_windows.py).  Every function gets ``argtypes`` and
``restype``: without them ctypes passes and returns C ints, which cuts a 64-bit handle.
"""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from dataclasses import dataclass

ERROR_HOTKEY_ALREADY_REGISTERED = 1409
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
SW_RESTORE = 9
WM_IME_CONTROL = 0x0283
IMC_GETCONVERSIONMODE, IMC_GETOPENSTATUS = 0x0001, 0x0005
IME_CMODE_NATIVE = 0x0001  # Chinese (native) input, as opposed to alphanumeric
SMTO_ABORTIFHUNG = 0x0002
KEY_DOWN_BIT = 0x8000  # GetAsyncKeyState: the key is down now


class GUITHREADINFO(ctypes.Structure):
    _fields_ = [("cbSize", wintypes.DWORD), ("flags", wintypes.DWORD), ("hwndActive", wintypes.HWND),
                ("hwndFocus", wintypes.HWND), ("hwndCapture", wintypes.HWND), ("hwndMenuOwner", wintypes.HWND),
                ("hwndMoveSize", wintypes.HWND), ("hwndCaret", wintypes.HWND), ("rcCaret", wintypes.RECT)]


_HWND, _BOOL, _DWORD, _UINT, _INT = wintypes.HWND, wintypes.BOOL, wintypes.DWORD, wintypes.UINT, ctypes.c_int
# name -> (restype, *argtypes)
_PROTOTYPES = {
    "user32": {
        "GetForegroundWindow": (_HWND,),
        "GetWindowTextLengthW": (_INT, _HWND),
        "GetWindowTextW": (_INT, _HWND, wintypes.LPWSTR, _INT),
        "GetWindowThreadProcessId": (_DWORD, _HWND, ctypes.POINTER(_DWORD)),
        "IsWindow": (_BOOL, _HWND),
        "IsIconic": (_BOOL, _HWND),
        "ShowWindow": (_BOOL, _HWND, _INT),
        "SetForegroundWindow": (_BOOL, _HWND),
        "RegisterHotKey": (_BOOL, _HWND, _INT, _UINT, _UINT),
        "UnregisterHotKey": (_BOOL, _HWND, _INT),
        "GetAsyncKeyState": (wintypes.SHORT, _INT),
        "VkKeyScanW": (wintypes.SHORT, wintypes.WCHAR),
        "GetGUIThreadInfo": (_BOOL, _DWORD, ctypes.POINTER(GUITHREADINFO)),
        "SendMessageTimeoutW": (wintypes.LPARAM, _HWND, _UINT, wintypes.WPARAM, wintypes.LPARAM, _UINT, _UINT,
                                ctypes.POINTER(ctypes.c_size_t)),
    },
    "kernel32": {
        "OpenProcess": (wintypes.HANDLE, _DWORD, _BOOL, _DWORD),
        "QueryFullProcessImageNameW": (_BOOL, wintypes.HANDLE, _DWORD, wintypes.LPWSTR, ctypes.POINTER(_DWORD)),
        "CloseHandle": (_BOOL, wintypes.HANDLE),
    },
    "imm32": {
        "ImmGetDefaultIMEWnd": (_HWND, _HWND),
    },
}


@dataclass(frozen=True)
class Win32:
    user32: object
    kernel32: object
    imm32: object

    @staticmethod
    def last_error() -> int:
        """The error code the last call left (the DLLs are loaded with use_last_error)."""
        return ctypes.get_last_error()


def load() -> Win32:
    dlls = {name: ctypes.WinDLL(name, use_last_error=True) for name in _PROTOTYPES}
    for dll, functions in _PROTOTYPES.items():
        for name, (restype, *argtypes) in functions.items():
            function = getattr(dlls[dll], name)  # ctypes keeps this object: the prototype sticks
            function.restype, function.argtypes = restype, argtypes
    return Win32(**dlls)
