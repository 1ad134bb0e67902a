"""Staff-room commands for visit summaries and feedback: notes, edit, approve; leads' feedback.

`!note <visit> <text>` keeps a note for the visit's summary ("next: …" marks an agreed next
step); when the visit ends the draft appears in the staff room, and `!edit` / `!approve` by the
visit's expert or a lead decide what the client gets. `!feedback` shows leads the ratings.
"""

from __future__ import annotations

from appservice.feedback import FeedbackError, FeedbackService
from appservice.summaries import SummaryError, SummaryService
from bots.commands import CommandContext, CommandError, CommandGroup, command


class SummaryCommands(CommandGroup):
    """`!note`, `!edit`, `!approve` and, for leads, `!feedback`."""

    def __init__(self, summaries: SummaryService, feedback: FeedbackService) -> None:
        self._summaries = summaries
        self._feedback = feedback

    @staticmethod
    def _refused(ctx: CommandContext, err: SummaryError | FeedbackError) -> CommandError:
        return ctx.fail(err.message_id, **err.values)

    @command(
        "note",
        "muistiinpano",
        "anteckning",
        usage="<visit> <text…>",
        help="Keep a note for the visit's summary; start it with next: for an agreed next step.",
    )
    async def note(self, ctx: CommandContext) -> None:
        visit, text = ctx.id_and_text("!note <visit> <text…>", max_digits=9)
        try:
            kind = await self._summaries.add_note(ctx.sender, ctx.provider.id, visit, text)
        except SummaryError as err:
            raise self._refused(ctx, err) from None
        if kind == "next":
            ctx.reply("Next step noted for the summary of visit #{id}.", id=visit)
        else:
            ctx.reply("Noted for the summary of visit #{id}.", id=visit)

    @command(
        "edit",
        "muokkaa",
        "redigera",
        usage="<visit> <new summary…>",
        help="Replace a visit's draft summary with your own text before approving it.",
    )
    async def edit(self, ctx: CommandContext) -> None:
        visit, text = ctx.id_and_text("!edit <visit> <new summary…>", max_digits=9)
        try:
            await self._summaries.edit(ctx.sender, ctx.provider.id, visit, text)
        except SummaryError as err:
            raise self._refused(ctx, err) from None
        ctx.reply(
            "The draft of visit #{id} is now your text. Approve it with !approve {id}.", id=visit
        )

    @command(
        "approve",
        "hyväksy-yhteenveto",
        "godkänn-sammanfattning",
        usage="<visit>",
        help="Approve a visit's draft summary: it is sent to the client with a feedback request.",
    )
    async def approve(self, ctx: CommandContext) -> None:
        visit, _ = ctx.id_and_text("!approve <visit>", max_digits=9)
        try:
            await self._summaries.approve(ctx.sender, ctx.provider.id, visit)
        except SummaryError as err:
            raise self._refused(ctx, err) from None
        ctx.reply("The summary of visit #{id} was sent to the client.", id=visit)

    @command(
        "feedback",
        "palaute",
        "respons",
        help="Show the clients' feedback per service.",
        lead_only=True,
    )
    async def feedback(self, ctx: CommandContext) -> None:
        try:
            services = await self._feedback.for_lead(ctx.sender, ctx.provider.slug, ctx.language)
        except FeedbackError as err:
            raise self._refused(ctx, err) from None
        if not services:
            ctx.reply("No feedback yet.")
            return
        lines = [ctx._("Feedback per service:")]
        for service in services:
            average = f"{service.average:.1f}"
            if ctx.language in ("fi", "sv"):
                average = average.replace(".", ",")
            lines.append(
                ctx._(
                    "{service}: {average}/5 from {count} answers",
                    service=service.name,
                    average=average,
                    count=service.count,
                )
            )
            lines.extend(f"  {r.rating}/5 “{r.comment}”" for r in service.recent)
        ctx.replies.append("\n".join(lines))
