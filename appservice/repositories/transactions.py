"""Which homeserver transactions and events were handled already (survives restarts)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import ProcessedEvent, ProcessedTransaction


class TransactionRepository:
    """Processed transaction and event IDs."""

    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def is_transaction_processed(self, txn_id: str) -> bool:
        async with self._sessions() as session:
            return await session.get(ProcessedTransaction, txn_id) is not None

    async def mark_transaction_processed(self, txn_id: str, event_count: int) -> None:
        async with self._sessions.begin() as session:
            if await session.get(ProcessedTransaction, txn_id) is None:
                session.add(ProcessedTransaction(txn_id=txn_id, event_count=event_count))

    async def is_event_processed(self, event_id: str) -> bool:
        async with self._sessions() as session:
            return await session.get(ProcessedEvent, event_id) is not None

    async def mark_event_processed(self, event_id: str, room_id: str) -> bool:
        """Record the event; False when it was already recorded (by us or a racing delivery)."""
        try:
            async with self._sessions.begin() as session:
                session.add(ProcessedEvent(event_id=event_id, room_id=room_id))
        except IntegrityError:
            return False
        return True
