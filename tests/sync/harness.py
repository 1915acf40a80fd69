"""Real servers for the sync tests: uvicorn subprocesses on loopback, and a throw-away
PostgreSQL cluster (initdb + pg_ctl in a temp dir, run as the ``postgres`` user when
the tests run as root; never a system cluster).  Also a small TCP proxy that can cut
connections, for the network-fault tests.  Only 127.0.0.1 is ever used.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerProcess:
    """``kefu-server serve`` in a subprocess; ``kill()`` sends SIGKILL."""

    def __init__(self, database_url: str, data_dir: Path, port: int | None = None, env: dict | None = None) -> None:
        self.database_url = database_url
        self.data_dir = Path(data_dir)
        self.port = port or free_port()
        self.extra_env = env or {}
        self.process: subprocess.Popen | None = None
        self.log_path = self.data_dir / f"server-{self.port}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict:
        env = dict(os.environ)
        env.update({"KEFU_SERVER_DATA_DIR": str(self.data_dir), "KEFU_SERVER_DATABASE_URL": self.database_url,
                    "KEFU_SERVER_LOG_LEVEL": "warning", "PYTHONPATH": str(ROOT)}, **self.extra_env)
        return env

    def start(self, timeout: float = 30.0) -> ServerProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sync.server", "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            env=self.env(), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text(errors='replace')[-3000:]}")
            try:
                if requests.get(self.url + "/api/health", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.05)
        raise RuntimeError("server did not start in time")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(candidates[-1]) if candidates else None


class PgCluster:
    """A private PostgreSQL cluster on 127.0.0.1 in a temp dir."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="kefu-pg-"))
        self.port = free_port()
        self.as_root = os.geteuid() == 0

    @staticmethod
    def available() -> bool:
        import importlib.util

        return bool(_pg_bin("initdb") and _pg_bin("pg_ctl") and importlib.util.find_spec("psycopg"))

    def _run(self, *args: str) -> None:
        command = list(args)
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--"] + command
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> PgCluster:
        data = self.root / "data"
        if self.as_root:
            shutil.chown(self.root, "postgres")
            os.chmod(self.root, 0o755)
        self._run(_pg_bin("initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   f"-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
        self._run(_pg_bin("pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.root / "log"), "-w", "start")
        return self

    def stop(self) -> None:
        try:
            self._run(_pg_bin("pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        except subprocess.SubprocessError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def new_database(self) -> str:
        import psycopg

        name = "kefu_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.admin_url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"


class CuttableProxy:
    """Forwards 127.0.0.1:port to a target; ``cut()`` drops every connection (optionally after
    ``after_bytes`` more bytes have flowed to the client); ``requests_seen`` logs request lines."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self.cut_after: int | None = None
        self.cut_on: tuple[str, int] | None = None  # (request text, bytes of its answer to let through)
        self.refuse = False
        self.requests_seen: list[str] = []
        self._conns: list[socket.socket] = []
        self._server = socket.create_server(("127.0.0.1", self.port))
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            if self.refuse:
                client.close()
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            self._conns += [client, upstream]
            threading.Thread(target=self._pipe, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, False), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, to_server: bool) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if to_server:
                    first = data.split(b"\r\n", 1)[0]
                    if first[:4] in (b"GET ", b"POST", b"PUT "):
                        self.requests_seen.append(first.decode("latin-1"))
                        if self.cut_on and self.cut_on[0] in self.requests_seen[-1]:
                            self.cut_after, self.cut_on = self.cut_on[1], None
                elif self.cut_after is not None:
                    if len(data) >= self.cut_after:
                        sink.sendall(data[: self.cut_after])
                        self.cut_after = None
                        self.refuse = True  # the network stays down until the test lifts it
                        self.drop()
                        return
                    self.cut_after -= len(data)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.close()
                except OSError:
                    pass

    def drop(self) -> None:
        for sock in self._conns:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        self._conns = []

    def close(self) -> None:
        self._stop = True
        self._server.close()
        self.drop()
