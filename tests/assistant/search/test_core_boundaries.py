import subprocess
import sys


def test_search_imports_no_gui_and_no_store():
    code = ("import sys, assistant.search; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'ui', 'sync', 'assistant.store'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
