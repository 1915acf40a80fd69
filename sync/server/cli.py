"""``kefu-server``: run the sync server.  Settings come from the command line here;
issue 6 adds environment settings, ``init`` and the admin commands."""

from __future__ import annotations

import argparse

from assistant import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kefu-server", description="Kefu Assistant team sync server")
    parser.add_argument("--version", action="version", version=f"kefu-server {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    serve = sub.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    if args.command != "serve":
        parser.print_help()
        return 0
    import uvicorn

    from sync.server.app import create_app

    uvicorn.run(create_app(), host=args.host, port=args.port)
    return 0
