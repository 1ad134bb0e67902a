"""Staff-room commands for visits: open one, end one, list today's.

Opening from the staff room brings the expert into the case room through a short puppet session
(audited, as with `!accept`); the widget and the client's notice are the same as through the API.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from appservice.appointments import AppointmentError, AppointmentService
from appservice.visits import VisitService
from appservice.waiting_room import clock
from bots.commands import CommandContext, CommandError, CommandGroup, command

_STATES = {"booked": "booked visit", "open": "visit open now", "ended": "visit ended"}


class VisitCommands(CommandGroup):
    """`!open`, `!end`, `!visits`."""

    def __init__(self, visits: VisitService, appointments: AppointmentService) -> None:
        self._visits = visits
        self._appointments = appointments

    @staticmethod
    def _refused(ctx: CommandContext, err: AppointmentError) -> CommandError:
        return ctx.fail(err.message_id, **err.values)

    async def _check_provider(self, ctx: CommandContext, appointment_id: int) -> None:
        """Commands act on this staff room's provider's visits only."""
        try:
            visit = await self._appointments.for_participant(ctx.sender, appointment_id)
        except AppointmentError as err:
            raise self._refused(ctx, err) from None
        if visit.rooms.id != ctx.provider.id:
            raise ctx.fail("No visit #{id}.", id=appointment_id)

    @command(
        "open",
        "avaa",
        "öppna",
        usage="<id>",
        help="Open a visit: the video appears in the client's room and they are told.",
    )
    async def open(self, ctx: CommandContext) -> None:
        appointment_id = ctx.only_id("!open <id>")
        await self._check_provider(ctx, appointment_id)
        try:
            await self._visits.open(ctx.sender, appointment_id)
        except AppointmentError as err:
            raise self._refused(ctx, err) from None
        ctx.reply(
            "Visit #{id} is open: the video is at the top of the client's room.", id=appointment_id
        )

    @command(
        "end",
        "lopeta",
        "avsluta",
        usage="<id>",
        help="End a visit: the video is removed and the summary can be written.",
    )
    async def end(self, ctx: CommandContext) -> None:
        appointment_id = ctx.only_id("!end <id>")
        await self._check_provider(ctx, appointment_id)
        try:
            await self._visits.end(ctx.sender, appointment_id)
        except AppointmentError as err:
            raise self._refused(ctx, err) from None
        ctx.reply("Visit #{id} has ended.", id=appointment_id)

    @command("visits", "käynnit", "besök", help="List today's visits.")
    async def visits(self, ctx: CommandContext) -> None:
        records = await self._appointments.today(ctx.provider.id)
        if not records:
            ctx.reply("No visits today.")
            return
        definition = self._appointments.provider_definition(ctx.provider.slug)
        zone = ZoneInfo(definition.timezone if definition else "Europe/Helsinki")
        names = self._appointments.notices.display_name
        lines = [ctx._("Today's visits:")]
        for record in records:
            service = definition.service(record.service_slug or "") if definition else None
            expert = record.expert_user_id
            parts = [
                f"#{record.id}",
                clock(record.starts_at, ctx.language, zone),
                service.name.get(ctx.language) if service else (record.service_slug or "-"),
                await names(ctx.provider.slug, record.client_user_id),
                await names(ctx.provider.slug, expert) if expert else "-",
                ctx._(_STATES.get(record.state, record.state)),
            ]
            lines.append(" · ".join(parts))
        ctx.replies.append("\n".join(lines))
