"""Server settings, all from environment variables with the prefix ``KEFU_SERVER_``.

Documented one by one in docs/server.md; ``Settings()`` reads them once at start and is
handed to the app factory (no module-level singleton).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KEFU_SERVER_", extra="ignore")

    data_dir: Path = Field(Path("./kefu-server-data"), description="where the SQLite database lives")
    database_url: str = Field("", description="SQLAlchemy URL; empty = SQLite in data_dir")
    host: str = "127.0.0.1"
    port: int = 8765
    token_days: int = Field(30, ge=1, le=3650, description="a login token expires after this many days")
    max_request_bytes: int = Field(2 * 1024 * 1024, description="largest request body, except packs and images")
    max_pack_bytes: int = Field(64 * 1024 * 1024, description="largest pack document (images inline, base64)")
    max_image_bytes: int = Field(5 * 1024 * 1024)
    login_attempts: int = Field(10, description="failed logins allowed per user name and per address in the window")
    login_window_seconds: int = 300
    token_cache_seconds: float = Field(10.0, description="how long an app server trusts a checked token")
    keepalive_seconds: float = Field(15.0, description="SSE comment sent this often on an idle stream")
    db_pool_size: int = 10
    log_level: str = "info"

    @property
    def url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(Path(self.data_dir) / 'kefu-server.db').resolve()}"

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")
