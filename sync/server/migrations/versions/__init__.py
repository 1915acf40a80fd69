"""Alembic revision files; never edit a released one, add a new one."""
