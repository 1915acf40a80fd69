"""docs/production.md, the systemd unit and the code agree (a drifted deployment doc
is worse than none)."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

from sync.server.cli import COMMANDS, build_parser
from sync.server.config import Settings

ROOT = Path(__file__).parents[2]
UNIT = (ROOT / "installer" / "server" / "kefu-server.service").read_text(encoding="utf-8")
DOC = (ROOT / "docs" / "production.md").read_text(encoding="utf-8")
SCRIPTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]


def unit_values(key: str) -> list[str]:
    return [line.split("=", 1)[1] for line in UNIT.splitlines() if line.startswith(f"{key}=")]


def test_the_doc_shows_the_unit_file_as_shipped():
    assert "```ini\n" + UNIT + "```" in DOC


def test_execstart_runs_a_real_console_script_with_arguments_it_accepts():
    [exec_start] = unit_values("ExecStart")
    program, *args = shlex.split(exec_start)
    assert Path(program).name in SCRIPTS and SCRIPTS[Path(program).name] == "sync.server.cli:main"
    parsed = build_parser().parse_args(args)  # exits (fails the test) on an unknown option
    assert parsed.command == "serve"
    assert f"python3 -m venv {Path(program).parents[1]}" in DOC  # the venv the doc creates is the one the unit runs


def test_every_environment_variable_is_a_server_setting():
    names = [value.split("=", 1)[0] for value in unit_values("Environment")]
    names += re.findall(r"\b(KEFU_SERVER_[A-Z_]+)=", DOC)
    known = {f"KEFU_SERVER_{field.upper()}" for field in Settings.model_fields}
    assert names and [name for name in names if name not in known] == []


def test_the_proxies_point_at_the_port_the_unit_listens_on():
    [port] = [v.split("=", 1)[1] for v in unit_values("Environment") if v.startswith("KEFU_SERVER_PORT=")]
    [host] = [v.split("=", 1)[1] for v in unit_values("Environment") if v.startswith("KEFU_SERVER_HOST=")]
    assert host == "127.0.0.1"  # only the proxy is exposed
    upstreams = set(re.findall(r"proxy_pass http://([\d.]+:\d+);", DOC)) | set(re.findall(r"reverse_proxy ([\d.]+:\d+)", DOC))
    assert upstreams == {f"{host}:{port}"}


def test_every_kefu_server_command_in_the_doc_exists():
    used = set(re.findall(r"bin/kefu-server ([\w-]+)", DOC))
    assert used and used - set(COMMANDS) == set()
    for step in ("pg_dump --format=custom", "pg_restore --dbname=kefu", "kefu-server migrate", "alembic upgrade head"):
        assert step in DOC
