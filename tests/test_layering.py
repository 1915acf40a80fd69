"""The arrows run one way: ui -> sync -> assistant.  The core never loads Qt."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
# Backends that only load on their own OS (they bind its system libraries at import).
# The Windows backend binds its DLLs only when it is created, so it imports everywhere.
OS_ONLY = {"darwin": "assistant.platform.macos"}


def modules_under(package: str) -> list[str]:
    names = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
             for p in (ROOT / package).rglob("*.py")}
    return sorted(names - {name for platform, name in OS_ONLY.items() if platform != sys.platform})


@pytest.mark.parametrize("package", ["assistant", "sync"])
def test_importing_the_core_and_sync_never_loads_qt(package):
    code = (
        "import importlib, sys\n"
        f"for name in {modules_under(package)!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_core_never_imports_sync():
    offenders = [str(p) for p in (ROOT / "assistant").rglob("*.py")
                 if any(line.lstrip().startswith(("import sync", "from sync")) for line in p.read_text().splitlines())]
    assert offenders == []
