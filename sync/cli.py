"""``kefu login | logout | sync | pack``: sign this device in to the team server, sync now,
manage campaign packs (``sync/pack_cli.py``).

The other ``kefu`` commands live in assistant/cli.py (the core never imports sync/);
ui/entry.py hands these here.
"""

from __future__ import annotations

import argparse
import getpass
import json
import socket
import sys

from assistant.core import Core, open_core
from assistant.errors import KefuError
from sync.client.http import SyncApi, SyncError
from sync.client.service import SyncService
from sync.client.tokens import TokenStore
from sync import pack_cli

SERVER_KEY = "sync.server"
COMMANDS = ("login", "logout", "sync", "pack")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kefu", description="Team sync for Kefu Assistant.")
    parser.add_argument("--json", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("login", help="sign this device in to the team server")
    p.add_argument("server", help="e.g. https://kefu.example.com")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    sub.add_parser("logout", help="sign this device out (the local library stays)")
    sub.add_parser("sync", help="pull and push now, once")
    pack_cli.add_parser(sub)
    return parser


def signed_in_service(core: Core, tokens: TokenStore, **options) -> SyncService | None:
    """The sync service for the signed-in server, or None when this device is not signed in."""
    server = core.store.get_setting(SERVER_KEY)
    if not server or not tokens.get(server):
        return None
    return SyncService(core.store, SyncApi(server, token=lambda: tokens.get(server)), **options)


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    core = open_core()
    tokens = TokenStore(core.paths.config)
    try:
        if args.command == "login":
            password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass()
            answer = SyncApi(args.server).login(args.username, password, device=socket.gethostname())
            tokens.set(args.server, answer.token)
            core.store.set_setting(SERVER_KEY, args.server)
            report = {"server": args.server, "token_kept_in": tokens.backend}
        elif args.command == "logout":
            server = core.store.get_setting(SERVER_KEY)
            if server:
                tokens.delete(server)
            report = {"signed_out": bool(server)}
        elif args.command == "pack":
            server = core.store.get_setting(SERVER_KEY)
            if not server or not tokens.get(server):
                raise SyncError("not signed in: kefu login SERVER USERNAME")
            report = pack_cli.run(args, SyncApi(server, token=lambda: tokens.get(server)))
            print(pack_cli.render(report, args.json))
            return 0
        else:
            service = signed_in_service(core, tokens, listen=False)
            if service is None:
                raise SyncError("not signed in: kefu login SERVER USERNAME")
            result = service.sync_once()
            report = {"pulled": result.pulled, "pushed": result.pushed, "conflicts": result.conflicts,
                      "state": service.state.status, "reason": service.state.reason}
            if service.state.status in ("offline", "error", "signed_out"):
                raise SyncError(service.state.reason or service.state.status)
    except (SyncError, KefuError) as exc:
        print(f"kefu: error: {exc}", file=sys.stderr)
        return 1
    finally:
        core.close()
    print(json.dumps(report, ensure_ascii=False) if args.json else
          "  ".join(f"{key}: {value}" for key, value in report.items()))
    return 0
