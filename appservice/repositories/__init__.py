"""Repositories: one per aggregate, methods named after the query. Nothing else builds queries."""

from __future__ import annotations

from appservice.repositories.appointments import (
    ACTIVE_STATES,
    AppointmentRecord,
    AppointmentRepository,
)
from appservice.repositories.audit import AuditRecord, AuditRepository
from appservice.repositories.cases import (
    OPEN_STATES,
    CaseRoomRecord,
    CaseRoomRepository,
    ContactRequestRecord,
    ContactRequestRepository,
)
from appservice.repositories.credentials import CredentialRepository
from appservice.repositories.experts import AVAILABILITY, ExpertRecord, ExpertRepository
from appservice.repositories.feedback import FeedbackRecord, FeedbackRepository, ServiceFeedback
from appservice.repositories.groups import GroupRecord, GroupRepository, MeetingRecord
from appservice.repositories.invites import InviteCodeRepository, RedeemedInvite
from appservice.repositories.journeys import JourneyRecord, JourneyRepository
from appservice.repositories.people import PeopleRepository, PersonRecord
from appservice.repositories.providers import ProviderRepository, ProviderRooms
from appservice.repositories.reminders import PlannedReminder, ReminderRecord, ReminderRepository
from appservice.repositories.summaries import Note, SummaryRecord, SummaryRepository
from appservice.repositories.transactions import TransactionRepository

__all__ = [
    "ACTIVE_STATES",
    "AVAILABILITY",
    "OPEN_STATES",
    "AppointmentRecord",
    "AppointmentRepository",
    "AuditRecord",
    "AuditRepository",
    "CaseRoomRecord",
    "CaseRoomRepository",
    "ContactRequestRecord",
    "ContactRequestRepository",
    "CredentialRepository",
    "ExpertRecord",
    "ExpertRepository",
    "FeedbackRecord",
    "FeedbackRepository",
    "GroupRecord",
    "GroupRepository",
    "InviteCodeRepository",
    "JourneyRecord",
    "JourneyRepository",
    "MeetingRecord",
    "Note",
    "PeopleRepository",
    "PersonRecord",
    "PlannedReminder",
    "ProviderRepository",
    "ProviderRooms",
    "RedeemedInvite",
    "ReminderRecord",
    "ReminderRepository",
    "ServiceFeedback",
    "SummaryRecord",
    "SummaryRepository",
    "TransactionRepository",
]
