"""The reminder bot: owns the scheduler that wakes reminders up when they fall due.

The database rows are the durable truth (see `appservice.reminders`); the scheduler is an
APScheduler 3 `AsyncIOScheduler` with its in-memory job store, holding one date job per pending
row (`reminder:<id>`, replaced on every change). It is rebuilt from the rows at every start —
overdue rows run at once and the late policy decides whether they are still sent — and follows
appointments and meetings through the change feed. Jobs run late are not dropped by APScheduler
(`misfire_grace_time=None`): the service applies the stated grace period itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from appservice.changes import Change, ChangeFeed
from appservice.matrix import Appservice
from appservice.reminders import KINDS, ReminderService
from appservice.repositories import ReminderRecord
from bots.base import Bot

logger = logging.getLogger(__name__)


def job_id(reminder_id: int) -> str:
    return f"reminder:{reminder_id}"


class ReminderBot(Bot):
    """Schedules a job per pending reminder; the service delivers it by the policy."""

    def __init__(
        self,
        appservice: Appservice,
        reminders: ReminderService,
        changes: ChangeFeed,
        retry_seconds: float = 30.0,
    ) -> None:
        super().__init__(appservice)
        self._reminders = reminders
        self._retry = retry_seconds
        self._scheduler: AsyncIOScheduler | None = None
        self._rebuilding: asyncio.Task[None] | None = None
        changes.subscribe(self._on_change)

    @property
    def running(self) -> bool:
        return self._scheduler is not None

    async def start(self) -> None:
        """Start the scheduler (it needs the running loop) and rebuild it from the rows."""
        await super().start()
        scheduler = AsyncIOScheduler(
            timezone=UTC,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )
        scheduler.start()
        self._scheduler = scheduler
        self._rebuilding = asyncio.get_running_loop().create_task(self._rebuild())

    async def stop(self) -> None:
        scheduler, self._scheduler = self._scheduler, None
        if self._rebuilding is not None:
            self._rebuilding.cancel()
            await asyncio.gather(self._rebuilding, return_exceptions=True)
            self._rebuilding = None
        if scheduler is not None:
            scheduler.shutdown(wait=False)  # cancels jobs in flight; their rows stay recoverable
            await asyncio.sleep(0)  # let the scheduler's shutdown callback run on the loop
        await super().stop()

    def scheduled(self) -> dict[int, datetime]:
        """Reminder IDs with a job, and when it runs."""
        if self._scheduler is None:
            return {}
        return {
            int(job.id.split(":", 1)[1]): job.next_run_time
            for job in self._scheduler.get_jobs()
            if job.id.startswith("reminder:")
        }

    # Rebuilding and following changes ---------------------------------------------------------

    async def _rebuild(self) -> None:
        try:
            await self._reminders.recover()
            await self._reminders.reconcile_upcoming()
            pending = await self._reminders.pending()
            self._sync(pending)
            logger.info("reminder scheduler rebuilt: %d pending reminders", len(pending))
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("could not rebuild the reminder scheduler")

    async def _on_change(self, change: Change) -> None:
        if self._scheduler is None or change.what not in KINDS or change.id is None:
            return
        rows = await self._reminders.reconcile(change.what, change.id, change.provider_id)
        self._sync(rows)

    def _sync(self, rows: Sequence[ReminderRecord]) -> None:
        """A job for each pending row at its due time; none for the others."""
        scheduler = self._scheduler
        if scheduler is None:
            return
        for row in rows:
            if row.state == "pending":
                self._schedule(row.id, row.due_at)
            elif scheduler.get_job(job_id(row.id)) is not None:
                scheduler.remove_job(job_id(row.id))

    def _schedule(self, reminder_id: int, when: datetime) -> None:
        if self._scheduler is None:
            return
        self._scheduler.add_job(
            self._fire,
            "date",
            run_date=when,
            args=[reminder_id],
            id=job_id(reminder_id),
            replace_existing=True,
            misfire_grace_time=None,
        )

    # The job ----------------------------------------------------------------------------------

    async def _fire(self, reminder_id: int) -> None:
        try:
            outcome, rows = await self._reminders.deliver(reminder_id)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("reminder %s: delivery failed; will try again", reminder_id)
            outcome, rows = "retry", []
        self._sync(rows)
        if outcome == "retry":  # still pending: not at once again, but after a pause
            self._schedule(reminder_id, datetime.now(UTC) + timedelta(seconds=self._retry))
