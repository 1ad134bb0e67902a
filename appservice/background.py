"""Work started without waiting for it (deliveries, slow replies): owned by one `BackgroundTasks`
so it is not garbage-collected mid-way, its failures are logged rather than lost, tests can wait
for it, and a stop cancels it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable


class BackgroundTasks:
    """The owner's tasks in flight; a failure is logged on the owner's logger."""

    def __init__(self, logger: logging.Logger) -> None:
        self._logger = logger
        self._tasks: set[asyncio.Task[None]] = set()

    def spawn(self, work: Awaitable[None], failure: str, *args: object) -> None:
        """Run `work` in its own task; if it fails, log `failure % args` with the traceback."""

        async def isolated() -> None:
            try:
                await work
            except asyncio.CancelledError:
                raise
            except Exception:
                self._logger.exception(failure, *args)

        task = asyncio.get_running_loop().create_task(isolated())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        """Wait for the work in flight, and for work it starts (tests, and a clean stop)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def cancel(self) -> None:
        """Cancel the work in flight and wait until it has stopped."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
