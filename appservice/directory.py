"""The provider directory as the running service sees it: the providers file, reread on change.

`terveysaula provider add|update|remove` edit the file; the running portal and services pick the
change up on their next look, without a restart.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import yaml

from appservice.providers import (
    ProviderDefinition,
    ProviderDirectory,
    ProvidersFileError,
    load_providers,
)

logger = logging.getLogger(__name__)


class DirectoryStore:
    """Holds the last valid directory; a file that became invalid keeps the previous one."""

    def __init__(self, path: Path, directory: ProviderDirectory | None = None) -> None:
        self.path = path
        self._directory = directory if directory is not None else load_providers(path)
        self._mtime = self._stat()

    def _stat(self) -> float | None:
        try:
            return self.path.stat().st_mtime
        except OSError:
            return None

    def current(self) -> ProviderDirectory:
        mtime = self._stat()
        if mtime is not None and mtime != self._mtime:
            self._mtime = mtime
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
        self._mtime = self._stat()
