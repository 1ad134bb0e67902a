"""Fixtures: a real Synapse for the session, the whole service in-process, real users per test.

Fixtures compose homeserver → service → users. Each test registers its own users, so tests do
not depend on each other's state.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from appservice.config import Config
from appservice.homeserver import EmbeddedHomeserver
from appservice.providers import ProviderDirectory, load_providers
from appservice.runtime import Service
from tests.harness import User, make_config, register_user, service_environ


@pytest.fixture(scope="session")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="session")
def environ() -> dict[str, str]:
    """The TERVEYSAULA_ variables of the session's homeserver and service (free ports)."""
    return service_environ()


@pytest.fixture(scope="session")
def config(home: Path, environ: dict[str, str]) -> Config:
    return make_config(home, environ)


@pytest.fixture(scope="session")
def directory(config: Config) -> ProviderDirectory:
    return load_providers(config.providers_path)


@pytest.fixture(scope="session")
async def homeserver(config: Config) -> AsyncIterator[EmbeddedHomeserver]:
    """A real Synapse (SQLite, relaxed rate limits) started by the same code `up` uses."""
    server = EmbeddedHomeserver(config)
    await server.start()
    yield server
    await server.stop()


@pytest.fixture(scope="session")
async def service(
    homeserver: EmbeddedHomeserver, config: Config, directory: ProviderDirectory
) -> AsyncIterator[Service]:
    """Appservice, bots and portal in this process, providers seeded (with demo experts)."""
    svc = Service(config, directory)
    await svc.start()
    await svc.seed(demo_accounts=True)
    yield svc
    await svc.stop()


@pytest.fixture
async def make_user(service: Service, config: Config) -> AsyncIterator:
    """Registers fresh users on the homeserver; their clients are closed after the test."""
    users: list[User] = []

    async def make(prefix: str = "user") -> User:
        user = await register_user(config, prefix)
        users.append(user)
        return user

    yield make
    for user in users:
        await user.client.close()


@pytest.fixture(scope="session")
def postgres_url() -> str | None:
    return os.environ.get("TEST_POSTGRES_URL") or None
