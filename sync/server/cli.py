"""``kefu-server``: run the sync server and administer it from the box it runs on.

The CLI only parses and prints; the work is done by ``accounts`` (the same functions
the admin HTTP routes use), against the database named by the ``KEFU_SERVER_*``
environment (see docs/server.md).  Passwords are read from a prompt, or from the
first line of standard input when it is not a terminal (for scripts); ``--password``
exists for tests and throw-away setups.  Errors are one line on stderr, exit code 1.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from assistant import __version__

ROLES = ("admin", "lead", "agent")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kefu-server", description="Kefu Assistant team sync server")
    parser.add_argument("--version", action="version", version=f"kefu-server {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    serve = sub.add_parser("serve", help="run the HTTP server (migrates the database first)")
    serve.add_argument("--host", default=None, help="default: KEFU_SERVER_HOST or 127.0.0.1")
    serve.add_argument("--port", type=int, default=None, help="default: KEFU_SERVER_PORT or 8765")
    serve.add_argument("--workers", type=int, default=1, help="app processes (PostgreSQL only)")
    sub.add_parser("migrate", help="bring the database schema up to date and exit")
    init = sub.add_parser("init", help="create the first team and its admin")
    init.add_argument("--team", required=True, help="team name, e.g. 旗舰店客服部")
    init.add_argument("--admin", required=True, help="the admin's user name")
    init.add_argument("--name", default="", help="the admin's display name")
    init.add_argument("--password", help=argparse.SUPPRESS)
    add = sub.add_parser("add-user", help="add a person to a team")
    add.add_argument("username")
    add.add_argument("--role", choices=ROLES, default="agent")
    add.add_argument("--name", default="", help="display name")
    add.add_argument("--team", help="team name or id (needed when there are several teams)")
    add.add_argument("--password", help=argparse.SUPPRESS)
    sub.add_parser("list-users", help="list people, their teams and roles")
    role = sub.add_parser("set-role", help="change a person's role (their tokens are revoked)")
    role.add_argument("username")
    role.add_argument("role", choices=ROLES)
    reset = sub.add_parser("reset-password", help="set a new password (their tokens are revoked)")
    reset.add_argument("username")
    reset.add_argument("--password", help=argparse.SUPPRESS)
    for name, text in (("disable", "disable an account (tokens revoked)"), ("enable", "enable an account again")):
        sub.add_parser(name, help=text).add_argument("username")
    revoke = sub.add_parser("revoke", help="revoke every token of a person (sign them out everywhere)")
    revoke.add_argument("username")
    invite = sub.add_parser("invite", help="make an invite code for POST /api/auth/register")
    invite.add_argument("--role", choices=ROLES, default="agent")
    invite.add_argument("--hours", type=int, default=72)
    invite.add_argument("--uses", type=int, default=1)
    invite.add_argument("--team", help="team name or id (needed when there are several teams)")
    invite.add_argument("--by", help="admin user name recorded as the inviter (default: the first admin)")
    return parser


COMMANDS = ("serve", "migrate", "init", "add-user", "list-users", "set-role", "reset-password", "disable", "enable",
            "revoke", "invite")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    from sync.server.errors import ApiError

    try:
        return _run(args)
    except ApiError as exc:
        print(f"kefu-server: error: {exc.message}", file=sys.stderr)
        return 1
    except (ValueError, OSError) as exc:
        print(f"kefu-server: error: {exc}", file=sys.stderr)
        return 1


def _run(args) -> int:
    from sync.server import accounts
    from sync.server.config import Settings
    from sync.server.db import Database

    settings = Settings()
    if args.command == "serve":
        return _serve(settings, args)
    db = Database(settings.url)
    try:
        db.migrate()
        if args.command == "migrate":
            print("database is up to date")
        elif args.command == "init":
            if accounts.list_teams(db):
                raise ValueError("this server already has a team; use add-user (or a fresh data directory)")
            user = accounts.create_team(db, args.team, args.admin, _password(args), args.name)
            print(f"team '{user.team_name}' created; admin '{user.username}' can sign in")
        elif args.command == "add-user":
            team_id = _team(db, args.team)
            user = accounts.add_user(db, team_id, args.username, _password(args), args.role, args.name)
            print(f"added {user.username} ({user.role}) to {user.team_name}")
        elif args.command == "list-users":
            for team_id, team_name in accounts.list_teams(db):
                for user in accounts.list_users(db, team_id):
                    state = "" if user.active else "  (disabled)"
                    print(f"{team_name}\t{user.username}\t{user.role}\t{user.display_name}{state}")
        elif args.command in ("set-role", "reset-password", "disable", "enable"):
            user = accounts.find_user(db, args.username)
            changes = {"set-role": lambda: {"role": args.role},
                       "reset-password": lambda: {"password": _password(args)},
                       "disable": lambda: {"active": False}, "enable": lambda: {"active": True}}[args.command]()
            user = accounts.update_user(db, user.id, user.team_id, **changes)
            print(f"{user.username}: {args.command} done (role {user.role})")
        elif args.command == "revoke":
            user = accounts.find_user(db, args.username)
            print(f"revoked {accounts.revoke_tokens(db, user.id)} token(s) of {user.username}")
        elif args.command == "invite":
            team_id = _team(db, args.team)
            by = accounts.find_user(db, args.by).id if args.by else _first_admin(db, team_id)
            code, expires = accounts.make_invite(db, team_id, by, args.role, args.hours, args.uses)
            print(f"invite code: {code}\nrole {args.role}, {args.uses} use(s), valid until {expires}")
    finally:
        db.dispose()
    return 0


def _serve(settings, args) -> int:
    import uvicorn

    host, port = args.host or settings.host, args.port or settings.port
    if args.workers > 1:
        if settings.is_sqlite:
            raise ValueError("several workers need PostgreSQL (KEFU_SERVER_DATABASE_URL); SQLite serves one")
        uvicorn.run("sync.server.app:create_app", factory=True, host=host, port=port, workers=args.workers,
                    log_level=settings.log_level, timeout_graceful_shutdown=3)
        return 0
    from sync.server.app import create_app

    uvicorn.run(create_app(settings), host=host, port=port, log_level=settings.log_level,
                backlog=4096, timeout_graceful_shutdown=3)
    return 0


def _password(args) -> str:
    if args.password:
        return args.password
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("password: ")
    if first != getpass.getpass("again: "):
        raise ValueError("the two passwords differ")
    return first


def _team(db, wanted: str | None) -> str:
    from sync.server import accounts

    teams = accounts.list_teams(db)
    if not teams:
        raise ValueError("no team yet: run 'kefu-server init' first")
    if wanted is None:
        if len(teams) > 1:
            raise ValueError("several teams: say which with --team")
        return teams[0][0]
    for team_id, name in teams:
        if wanted in (team_id, name):
            return team_id
    raise ValueError(f"no team '{wanted}'")


def _first_admin(db, team_id: str) -> str:
    from sync.server import accounts

    admins = [u for u in accounts.list_users(db, team_id) if u.role == "admin"]
    if not admins:
        raise ValueError("the team has no admin; pass --by")
    return admins[0].id
