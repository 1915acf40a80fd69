"""Alembic environment: always run programmatically by ``sync.server.db.migrate`` with an
open connection in ``config.attributes["connection"]`` (no alembic.ini needed).

Importing this module outside Alembic does nothing, so the package stays importable.
"""

from alembic import context

from sync.server.tables import metadata


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


if hasattr(context, "config"):  # only when Alembic runs this file
    run_migrations()
