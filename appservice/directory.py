"""The provider directory as the running service sees it: the providers file, reread on change.

`terveysaula provider add|update|remove` edit the file; the running portal and services pick the
change up on their next look, without a restart, and the `DirectoryWatcher` brings the providers'
spaces in line within seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import yaml
from pydantic import ValidationError

from appservice.providers import (
    ProviderDefinition,
    ProviderDirectory,
    ProvidersFileError,
    load_providers,
    read_yaml,
    validation_problems,
)

logger = logging.getLogger(__name__)

FileSignature = tuple[int, int, int]


class DirectoryEditError(Exception):
    """An edit of the directory that cannot be made (a slug taken or unknown)."""


class DirectoryStore:
    """Holds the last valid directory; a file that became invalid keeps the previous one."""

    def __init__(self, path: Path, directory: ProviderDirectory | None = None) -> None:
        self.path = path
        self._directory = directory if directory is not None else load_providers(path)
        self._signature = self._stat()

    def _stat(self) -> FileSignature | None:
        """Inode, mtime and size: an atomic replace shows even within one mtime tick."""
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def current(self) -> ProviderDirectory:
        signature = self._stat()
        if signature is not None and signature != self._signature:
            self._signature = signature
            try:
                self._directory = load_providers(self.path)
                logger.info(
                    "reloaded %d providers from %s", len(self._directory.providers), self.path
                )
            except ProvidersFileError as err:
                logger.error("kept the previous providers: %s", err)
        return self._directory

    def get(self, slug: str) -> ProviderDefinition | None:
        return self.current().get(slug)

    def save(self, directory: ProviderDirectory) -> None:
        """Write the directory back to the file (atomically) and use it."""
        data = {
            "providers": [
                p.model_dump(mode="json", exclude_defaults=False) for p in directory.providers
            ]
        }
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(
            "# Service providers, edited by `terveysaula provider`.\n"
            "# See config/providers.example.yaml for every field.\n"
            + yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
            encoding="utf-8",
        )
        os.replace(tmp, self.path)
        self._directory = directory
        self._signature = self._stat()

    # Edits (the `terveysaula provider` commands) -----------------------------------------------

    def add(self, provider: ProviderDefinition) -> None:
        """Add a provider; an existing slug is refused (use `update`)."""
        directory = self.current()
        if directory.get(provider.slug) is not None:
            raise DirectoryEditError(
                f"provider {provider.slug!r} already exists: use `terveysaula provider update`"
            )
        self.save(ProviderDirectory(providers=[*directory.providers, provider]))

    def update(self, provider: ProviderDefinition) -> ProviderDefinition:
        """Replace a provider's definition; returns the previous one. Unknown slugs are refused."""
        directory = self.current()
        previous = directory.get(provider.slug)
        if previous is None:
            raise DirectoryEditError(
                f"no provider {provider.slug!r}: use `terveysaula provider add` for a new one"
            )
        providers = [provider if p.slug == provider.slug else p for p in directory.providers]
        self.save(ProviderDirectory(providers=providers))
        return previous

    def remove(self, slug: str) -> ProviderDefinition:
        """Take a provider out of the directory; returns its definition."""
        directory = self.current()
        previous = directory.get(slug)
        if previous is None:
            known = ", ".join(p.slug for p in directory.providers) or "none"
            raise DirectoryEditError(f"no provider {slug!r} (known: {known})")
        self.save(ProviderDirectory(providers=[p for p in directory.providers if p.slug != slug]))
        return previous


def load_provider_file(path: Path) -> ProviderDefinition:
    """One provider definition from a YAML file (a mapping, or `providers:` with one entry)."""
    data = read_yaml(path)
    if isinstance(data, dict) and set(data) == {"providers"}:
        entries = data["providers"]
        if not isinstance(entries, list) or len(entries) != 1:
            raise ProvidersFileError(f"{path}: give exactly one provider definition")
        data = entries[0]
    if not isinstance(data, dict):
        raise ProvidersFileError(f"{path}: a provider definition is a mapping of fields")
    try:
        return ProviderDefinition.model_validate(data)
    except ValidationError as err:
        problems = validation_problems(err)
        raise ProvidersFileError(f"{path}: invalid provider definition:\n{problems}") from None


OnChange = Callable[[ProviderDefinition], Awaitable[object]]
OnRemove = Callable[[str], Awaitable[object]]
RETRY_SECONDS = 30.0


class DirectoryWatcher:
    """Polls the store and applies what changed: added or changed providers, removed ones.

    A provider whose change failed is retried after a pause; the others go ahead.
    """

    def __init__(
        self,
        store: DirectoryStore,
        on_change: OnChange,
        on_remove: OnRemove,
        ready: Callable[[], bool] = lambda: True,
        interval: float = 2.0,
    ) -> None:
        self._store = store
        self._on_change = on_change
        self._on_remove = on_remove
        self._ready = ready
        self._interval = interval
        self._applied = {p.slug: p for p in store.current().providers}
        self._retry_after: dict[str, float] = {}
        self._task: asyncio.Task[None] | None = None

    def mark_applied(self, directory: ProviderDirectory) -> None:
        """What seeding made real; later differences are the watcher's to apply."""
        self._applied = {p.slug: p for p in directory.providers}

    async def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="directory-watcher")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self.check()
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("checking the providers file failed")

    async def check(self) -> None:
        """Apply the differences between the file and what was applied (once ready)."""
        if not self._ready():
            return
        current = {p.slug: p for p in self._store.current().providers}
        for slug, provider in current.items():
            if self._applied.get(slug) != provider:
                await self._apply(slug, provider)
        for slug in [s for s in self._applied if s not in current]:
            await self._apply(slug, None)

    async def _apply(self, slug: str, provider: ProviderDefinition | None) -> None:
        now = time.monotonic()
        if self._retry_after.get(slug, 0.0) > now:
            return
        try:
            if provider is None:
                await self._on_remove(slug)
                self._applied.pop(slug, None)
            else:
                await self._on_change(provider)
                self._applied[slug] = provider
            self._retry_after.pop(slug, None)
            logger.info("provider %s %s", slug, "removed" if provider is None else "applied")
        except asyncio.CancelledError:
            raise
        except Exception:
            self._retry_after[slug] = now + RETRY_SECONDS
            logger.exception("applying provider %s failed; retrying in %d s", slug, RETRY_SECONDS)
