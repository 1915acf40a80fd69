"""Signing in to the team server from the settings window, against a real local server."""

import pytest
from PySide6.QtCore import Qt

from sync.cli import SERVER_KEY
from sync.client.tokens import TokenStore
from tests.sync.conftest import PASSWORD, database_url, seed, server  # noqa: F401 (fixtures)
from tests.ui.language import english  # noqa: F401 (fixture)
from ui.sync_page import SyncPage


@pytest.fixture
def pg_cluster():  # SQLite is enough here: no PostgreSQL cluster for these tests
    return None


@pytest.fixture
def page(qtbot, wired, english, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")  # no keyring: user-only file
    widget = SyncPage(wired.core, wired.tasks, TokenStore(wired.core.paths.config))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.state is not None)
    return widget


def sign_in(qtbot, page, url, username, password):
    page.server.setFocus()
    qtbot.keyClicks(page.server, url)
    qtbot.keyClicks(page.username, username)
    qtbot.keyClicks(page.password, password)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)


def test_sign_in_keeps_the_token_and_sign_out_forgets_it(qtbot, page, wired, server, seed):
    agent = seed("旗舰店", prefix="shop")["shop-agent1"].username
    with qtbot.waitSignal(page.sync_changed, timeout=20000):
        sign_in(qtbot, page, server.url, agent, PASSWORD)
    assert page.status.text() == (f"Signed in to {server.url}. The sign-in is kept in a file only you can read "
                                  f"(this system has no keyring).")
    assert page.password.text() == ""
    assert wired.store.get_setting(SERVER_KEY) == server.url
    assert page.tokens.get(server.url)

    with qtbot.waitSignal(page.sync_changed):
        page.sign_out.click()
    assert page.status.text().startswith("Not signed in")
    assert page.tokens.get(server.url) is None


def test_a_wrong_password_says_so_and_signs_nothing_in(qtbot, page, wired, server, seed):
    agent = seed("旗舰店", prefix="shop")["shop-agent1"].username
    sign_in(qtbot, page, server.url, agent, "wrong")
    qtbot.waitUntil(lambda: page.error.text().startswith("Could not sign in:"), timeout=20000)
    assert page.status.text().startswith("Not signed in")
    assert wired.store.get_setting(SERVER_KEY) is None


def test_sign_in_needs_an_address_with_http(qtbot, page):
    sign_in(qtbot, page, "kefu.example.com", "xiaowang", "secret")
    assert page.error.text() == "Server: write the address with http:// or https://"
