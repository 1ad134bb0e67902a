"""Staff-room commands about the provider's experts: status, the colleague list, invite codes."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from appservice.experts import ExpertError, ExpertService
from bots.commands import CommandContext, CommandGroup, command

# What an expert may type for each availability, in Finnish, Swedish and English.
STATUS_WORDS = {
    "available": ("available", "vapaa", "paikalla", "ledig", "tillgänglig"),
    "away": ("away", "poissa", "borta"),
    "busy": ("busy", "varattu", "kiireinen", "upptagen"),
}
STATUS_LABEL = {"available": "Available", "away": "Away", "busy": "Busy"}
ROLE_LABEL = {"lead": "role: lead", "expert": "role: expert"}
LEAD_WORDS = ("lead", "vastuuhenkilö", "ansvarig")
HELSINKI = ZoneInfo("Europe/Helsinki")


def parse_status(text: str) -> str | None:
    word = text.strip().lower()
    return next((value for value, words in STATUS_WORDS.items() if word in words), None)


class ExpertCommands(CommandGroup):
    """`!status`, `!experts` and (for leads) `!invite`."""

    def __init__(self, experts: ExpertService) -> None:
        self._experts = experts

    @command(
        "status",
        "tila",
        "läge",
        usage="available|away|busy",
        help="Set your availability: available, away or busy.",
    )
    async def status(self, ctx: CommandContext) -> None:
        availability = parse_status(ctx.args)
        if availability is None:
            raise ctx.fail("Choose one of: available, away, busy.")
        try:
            await self._experts.set_availability(ctx.sender, ctx.provider.slug, availability)
        except ExpertError as err:
            raise ctx.fail("You cannot set a status here: {reason}", reason=str(err)) from None
        ctx.reply("Your status is now: {status}.", status=ctx._(STATUS_LABEL[availability]))

    @command("experts", "asiantuntijat", "experter", help="List your colleagues and their status.")
    async def experts(self, ctx: CommandContext) -> None:
        entries = await self._experts.list_experts(ctx.sender, ctx.provider.slug)
        lines = [ctx._("Experts:")]
        for entry in entries:
            role = f", {ctx._(ROLE_LABEL['lead'])}" if entry.role == "lead" else ""
            status = ctx._(STATUS_LABEL.get(entry.availability, "Available"))
            lines.append(f"• {entry.display_name} ({entry.user_id}) – {status}{role}")
        ctx.replies.append("\n".join(lines))

    @command(
        "invite",
        "kutsu",
        "inbjud",
        usage="[lead]",
        help="Make a one-time code for a new expert (or lead).",
        lead_only=True,
    )
    async def invite(self, ctx: CommandContext) -> None:
        arg = ctx.args.strip().lower()
        if arg and arg not in LEAD_WORDS:
            raise ctx.fail("Write !invite for an expert or !invite lead for a lead.")
        role = "lead" if arg else "expert"
        issued = await self._experts.create_invite(ctx.provider.slug, role, actor=ctx.sender)
        until = issued.expires_at.astimezone(HELSINKI).strftime("%Y-%m-%d %H:%M")
        ctx.reply(
            "One-time code (role: {role}, valid until {until}): {code}\n"
            "Anyone who sees it can use it once: pass it on privately. A new person registers "
            "with it in the portal; someone with an account redeems it there.",
            role=ctx._(ROLE_LABEL[role]),
            until=until,
            code=issued.code,
        )
