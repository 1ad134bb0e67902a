"""Audits experts entering case rooms, whatever client they use (Element, the portal, ours).

The homeserver tells the appservice about every membership change in rooms its bots are in, so
this one handler sees every join: those the service makes for an expert and those an expert makes
themselves. It is the only writer of "join" entries, so nothing is logged twice.
"""

from __future__ import annotations

import logging

from mautrix.types import EventType, Membership, StateEvent, UserID

from appservice import audit as actions
from appservice.audit import AuditService
from appservice.matrix import Appservice
from appservice.repositories import (
    CaseRoomRepository,
    ContactRequestRepository,
    ExpertRepository,
)
from bots.base import Bot, on_event

logger = logging.getLogger(__name__)


class CaseRoomAuditBot(Bot):
    """Writes an audit entry for each join to a case room by anyone but its client and our bots."""

    def __init__(
        self,
        appservice: Appservice,
        case_rooms: CaseRoomRepository,
        experts: ExpertRepository,
        requests: ContactRequestRepository,
        audit: AuditService,
    ) -> None:
        super().__init__(appservice)
        self._case_rooms = case_rooms
        self._experts = experts
        self._requests = requests
        self._audit = audit

    @on_event(EventType.ROOM_MEMBER)
    async def on_member(self, evt: StateEvent) -> None:
        if getattr(evt.content, "membership", None) != Membership.JOIN:
            return
        if getattr(evt.prev_content, "membership", None) == Membership.JOIN:
            return  # a profile change, not an entry
        user_id = UserID(evt.state_key)
        if self.appservice.is_namespaced(user_id):
            return
        case = await self._case_rooms.get_by_room(evt.room_id)
        if case is None or case.client_user_id == user_id:
            return
        expert = await self._experts.get(case.provider_id, user_id)
        latest = await self._requests.get_latest_by_case_room(case.id)
        note = f"role {expert.role}" if expert else "not an expert of the provider"
        await self._audit.record(
            case.provider_id,
            user_id,
            actions.JOIN,
            evt.room_id,
            latest.id if latest else None,
            note,
        )
        logger.info("audited %s joining case room %s", user_id, evt.room_id)
