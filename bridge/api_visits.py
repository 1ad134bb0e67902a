"""The portal API of appointments and video visits, and the video widget page.

Refusals map to stable errcodes here: bad input 400 M_INVALID_PARAM (malformed bodies 400
M_NOT_JSON / M_BAD_JSON), unknown or not-yours 404 M_NOT_FOUND, not allowed 403 M_FORBIDDEN, the
time taken or the visit in another state 409 M_CONFLICT, the homeserver unavailable 503
M_UNAVAILABLE. The video token endpoint adds 401 M_UNKNOWN_TOKEN (a bad or expired OpenID token),
409 FI.TERVEYSAULA.VISIT_NOT_OPEN and 410 FI.TERVEYSAULA.VISIT_ENDED, which the widget page shows
as friendly messages. Messages follow the caller's Accept-Language (English when none is sent).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

import aiohttp
from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from appservice.appointments import (
    AppointmentConflict,
    AppointmentError,
    AppointmentForbidden,
    AppointmentNotFound,
    AppointmentService,
    AppointmentUnavailable,
    InvalidAppointment,
    VisitContext,
)
from appservice.config import Config
from appservice.i18n import Translator
from appservice.tables import as_utc
from appservice.visits import VisitEnded, VisitNotOpen, VisitService, avatar_http_url
from bridge.api import (
    TranslatingApi,
    error_responses,
    json_answer,
    json_body_schema,
    read_body,
    request_language,
    require_caller,
)
from bridge.calendar import CalendarEvent, render_ics
from bridge.errors import ApiError, Errcodes
from bridge.jitsi import JitsiUser, conference_name, sign_token
from bridge.portal import STATIC_DIR

# Most specific first: the visit states are conflicts too.
_ERRCODES: Errcodes = {
    VisitNotOpen: (409, "FI.TERVEYSAULA.VISIT_NOT_OPEN"),
    VisitEnded: (410, "FI.TERVEYSAULA.VISIT_ENDED"),
    InvalidAppointment: (400, "M_INVALID_PARAM"),
    AppointmentNotFound: (404, "M_NOT_FOUND"),
    AppointmentForbidden: (403, "M_FORBIDDEN"),
    AppointmentConflict: (409, "M_CONFLICT"),
    AppointmentUnavailable: (503, "M_UNAVAILABLE"),
}
_ID = r"{id:[0-9]{1,10}}"
_ID_MAX = 2**31 - 1
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
WIDGET_PAGE = STATIC_DIR / "widgets" / "video.html"


class BookingBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    provider: str = Field(max_length=200, description="provider slug")
    service: str | None = Field(default=None, max_length=200, description="service slug")
    start: datetime = Field(description="one of the slots, ISO 8601 with a time zone")
    pre_info: str | None = Field(
        default=None, description="what the expert should know before the visit, ≤ 2000 chars"
    )


class RescheduleBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    start: datetime = Field(description="another free slot, ISO 8601 with a time zone")


class TokenBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    room_id: str = Field(min_length=2, max_length=255, pattern=r"^![^\s]+$")
    openid_token: str | None = Field(
        default=None,
        min_length=1,
        max_length=1024,
        pattern=r"^[\x21-\x7e]+$",
        description="from the widget API (get_openid); without it a Bearer token is needed",
    )


def iso(moment: datetime) -> str:
    return as_utc(moment).isoformat().replace("+00:00", "Z")


def visit_json(visit: VisitContext) -> dict[str, Any]:
    record = visit.record
    return {
        "id": record.id,
        "provider": visit.rooms.slug,
        "service": record.service_slug,
        "room_id": record.room_id,
        "start": iso(record.starts_at),
        "end": iso(record.ends_at),
        "state": record.state,
        "expert": record.expert_user_id,
    }


class _Translating(TranslatingApi):
    """Visit refusals in the caller's language, with their errcodes."""

    errcodes = _ERRCODES

    def _id(self, request: web.Request) -> int:
        value = int(request.match_info["id"])
        if not 1 <= value <= _ID_MAX:
            raise self._refusal(request, AppointmentNotFound("No visit #{id}.", id=value))
        return value


class AppointmentsApi(_Translating):
    """Slots, booking, cancelling, moving, calendar files, opening and ending visits."""

    def __init__(
        self,
        config: Config,
        appointments: AppointmentService,
        visits: VisitService,
        translator: Translator,
    ) -> None:
        super().__init__(translator)
        self._config = config
        self._appointments = appointments
        self._visits = visits

    def routes(self) -> list[web.RouteDef]:
        base = "/api/appointments"
        return [
            web.get("/api/providers/{slug}/slots", self.slots),
            web.post(base, self.book),
            web.get(f"{base}/{_ID}", self.read),
            web.get(f"{base}/{_ID}.ics", self.ics),
            web.post(f"{base}/{_ID}/cancel", self.cancel),
            web.post(f"{base}/{_ID}/reschedule", self.reschedule),
            web.post(f"{base}/{_ID}/open", self.open),
            web.post(f"{base}/{_ID}/end", self.end),
        ]

    async def slots(self, request: web.Request) -> web.Response:
        query = request.query
        first_day: date | None = None
        raw_day = query.get("from", "")
        if raw_day:
            try:
                if not _DAY.match(raw_day):
                    raise ValueError(raw_day)
                first_day = date.fromisoformat(raw_day)
            except ValueError:
                raise ApiError(
                    400, "M_INVALID_PARAM", self._text(request, "Give the day as YYYY-MM-DD.")
                ) from None
        raw_days = query.get("days", "7")
        if not re.fullmatch(r"[0-9]{1,3}", raw_days):
            raw_days = "0"
        try:
            listing = await self._appointments.slots(
                request.match_info["slug"], query.get("service") or None, first_day, int(raw_days)
            )
        except AppointmentError as err:
            raise self._refusal(request, err) from None
        return web.json_response(
            {
                "provider": listing.provider,
                "service": listing.service.slug,
                "mode": listing.service.mode,
                "duration": listing.service.duration,
                "timezone": listing.timezone,
                "slots": [
                    {"start": iso(s.starts_at), "end": iso(s.ends_at)} for s in listing.slots
                ],
            }
        )

    async def book(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        body = await read_body(request, BookingBody)
        try:
            visit = await self._appointments.book(
                caller,
                body.provider,
                body.service,
                body.start,
                body.pre_info,
                request_language(request),
            )
        except AppointmentError as err:
            raise self._refusal(request, err) from None
        return web.json_response(visit_json(visit))

    async def read(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        try:
            visit = await self._appointments.for_participant(caller.user_id, self._id(request))
        except AppointmentError as err:
            raise self._refusal(request, err) from None
        return web.json_response(visit_json(visit))

    async def ics(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        try:
            visit = await self._appointments.for_participant(caller.user_id, self._id(request))
        except AppointmentError as err:
            raise self._refusal(request, err) from None
        record = visit.record
        language = request_language(request) or await self._appointments.notices.language(
            caller.user_id
        )
        service = self._appointments.service_of(visit)
        name = visit.definition.name.get(language)
        summary = f"{name} · {service.name.get(language)}" if service else name
        changed = (record.updated_at or record.starts_at) - (record.created_at or record.starts_at)
        event = CalendarEvent(
            uid=f"terveysaula-appointment-{record.id}@{self._config.homeserver.server_name}",
            starts_at=as_utc(record.starts_at),
            ends_at=as_utc(record.ends_at),
            summary=summary,
            description=self._translator.gettext(
                language,
                "Visit #{id} in Terveysaula. It takes place in your chat room with {provider}: "
                "open it in the portal or in Element at the time of the visit.",
                id=record.id,
                provider=name,
            ),
            url=self._config.portal.public_url + "/",
            cancelled=record.state == "cancelled",
            sequence=max(0, int(changed.total_seconds())),
        )
        return web.Response(
            body=render_ics(event, datetime.now(UTC)).encode(),
            content_type="text/calendar",
            charset="utf-8",
            headers={"Content-Disposition": f'attachment; filename="visit-{record.id}.ics"'},
        )

    async def cancel(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        try:
            visit = await self._appointments.cancel(caller.user_id, self._id(request))
        except AppointmentError as err:
            raise self._refusal(request, err) from None
        return web.json_response(visit_json(visit))

    async def reschedule(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        appointment_id = self._id(request)
        body = await read_body(request, RescheduleBody)
        try:
            visit = await self._appointments.reschedule(caller.user_id, appointment_id, body.start)
        except AppointmentError as err:
            raise self._refusal(request, err) from None
        return web.json_response(visit_json(visit))

    async def open(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        try:
            visit = await self._visits.open(
                caller.user_id, self._id(request), token=caller.access_token
            )
        except AppointmentError as err:
            raise self._refusal(request, err) from None
        return web.json_response(visit_json(visit))

    async def end(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        try:
            visit = await self._visits.end(caller.user_id, self._id(request))
        except AppointmentError as err:
            raise self._refusal(request, err) from None
        return web.json_response(visit_json(visit))

    def openapi_paths(self) -> dict[str, Any]:
        visit = {
            "type": "object",
            "required": ["id", "provider", "room_id", "start", "end", "state"],
            "properties": {
                "id": {"type": "integer"},
                "provider": {"type": "string"},
                "service": {"type": ["string", "null"]},
                "room_id": {"type": "string"},
                "start": {"type": "string", "format": "date-time"},
                "end": {"type": "string", "format": "date-time"},
                "state": {"type": "string", "enum": ["booked", "open", "ended", "cancelled"]},
                "expert": {"type": ["string", "null"]},
            },
        }
        slots = {
            "type": "object",
            "required": ["provider", "service", "duration", "timezone", "slots"],
            "properties": {
                "provider": {"type": "string"},
                "service": {"type": "string"},
                "mode": {"type": "string", "enum": ["video", "chat"]},
                "duration": {"type": "integer", "description": "minutes"},
                "timezone": {"type": "string"},
                "slots": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "start": {"type": "string", "format": "date-time"},
                            "end": {"type": "string", "format": "date-time"},
                        },
                    },
                },
            },
        }
        param = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]
        secured: list[dict[str, list[str]]] = [{"matrix": []}]

        def action(summary: str, codes: tuple[int, ...], body: Any = None) -> dict[str, Any]:
            operation: dict[str, Any] = {
                "summary": summary,
                "security": secured,
                "parameters": param,
                "responses": {"200": json_answer("The visit", visit), **error_responses(*codes)},
            }
            if body is not None:
                operation["requestBody"] = json_body_schema(body)
            return {"post": operation}

        base = "/api/appointments/{id}"
        return {
            "/api/providers/{slug}/slots": {
                "get": {
                    "summary": "Bookable start times of a service (default: the first video one)",
                    "parameters": [
                        {
                            "name": "slug",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "service", "in": "query", "schema": {"type": "string"}},
                        {
                            "name": "from",
                            "in": "query",
                            "schema": {"type": "string", "format": "date"},
                        },
                        {
                            "name": "days",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 1, "maximum": 31},
                        },
                    ],
                    "responses": {
                        "200": json_answer("Free slots", slots),
                        **error_responses(400, 404),
                    },
                }
            },
            "/api/appointments": {
                "post": {
                    "summary": "Book a slot (client or nickname user, as the service allows)",
                    "security": secured,
                    "requestBody": json_body_schema(BookingBody),
                    "responses": {
                        "200": json_answer("The booked visit", visit),
                        **error_responses(400, 401, 403, 404, 409, 503),
                    },
                }
            },
            base: {
                "get": {
                    "summary": "A visit (its client or an expert of its provider)",
                    "security": secured,
                    "parameters": param,
                    "responses": {
                        "200": json_answer("The visit", visit),
                        **error_responses(401, 404),
                    },
                }
            },
            base + ".ics": {
                "get": {
                    "summary": "The visit as an ICS calendar file",
                    "security": secured,
                    "parameters": param,
                    "responses": {
                        "200": {
                            "description": "RFC 5545 calendar",
                            "content": {"text/calendar": {"schema": {"type": "string"}}},
                        },
                        **error_responses(401, 404),
                    },
                }
            },
            base + "/cancel": action("Cancel a booked visit (either side)", (401, 404, 409)),
            base + "/reschedule": action(
                "Move a booked visit to another free slot (either side)",
                (400, 401, 404, 409),
                RescheduleBody,
            ),
            base + "/open": action(
                "Open the visit: the video widget appears in the case room (expert)",
                (401, 403, 404, 409, 410, 503),
            ),
            base + "/end": action(
                "End the visit: the widget is removed, no more tokens (expert)",
                (401, 403, 404, 409, 410),
            ),
        }


class VideoApi(_Translating):
    """`POST /api/video/token` and the widget page that uses it."""

    def __init__(self, config: Config, visits: VisitService, translator: Translator) -> None:
        super().__init__(translator)
        self._config = config
        self._visits = visits

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/api/video/token", self.token),
            web.get("/widgets/video", self.page),
        ]

    async def page(self, _request: web.Request) -> web.FileResponse:
        """The widget page, with the one CSP that lets it load Jitsi's External API and frame
        the conference; Element (on its own origin) may frame it."""
        jitsi = f"https://{self._config.jitsi.domain}"
        ancestors = "'self' https:"
        if self._config.portal.public_url.startswith("http://"):
            ancestors += " http:"  # a local development setup
        csp = (
            f"default-src 'self'; script-src 'self' {jitsi}/external_api.js; "
            f"style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src {jitsi}; "
            f"frame-ancestors {ancestors}; base-uri 'none'; form-action 'none'; object-src 'none'"
        )
        return web.FileResponse(
            WIDGET_PAGE, headers={"Content-Security-Policy": csp, "Cache-Control": "no-cache"}
        )

    async def token(self, request: web.Request) -> web.Response:
        body = await read_body(request, TokenBody)
        if body.openid_token is not None:
            user_id = await self._openid_user(request, body.openid_token)
        else:
            user_id = (await require_caller(request)).user_id
        now = datetime.now(UTC)
        try:
            grant = await self._visits.grant(user_id, body.room_id, now)
        except AppointmentError as err:
            raise self._refusal(request, err) from None
        jitsi = self._config.jitsi
        room = conference_name(grant.room_id, jitsi.app_secret.get_secret_value())
        avatar = avatar_http_url(self._config.homeserver.embedded.public_baseurl, grant.avatar_mxc)
        user = JitsiUser(grant.user_id, grant.name, grant.moderator, avatar)
        token = sign_token(jitsi, room, user, now, grant.window_end)
        return web.json_response(
            {
                "jwt": token.jwt,
                "domain": token.domain,
                "room": token.room,
                "url": token.url,
                "expires_at": iso(token.expires_at),
            }
        )

    async def _openid_user(self, request: web.Request, openid_token: str) -> str:
        """The user an OpenID token (from the widget API) belongs to, asked of the homeserver
        the way a federation peer would (`/_matrix/federation/v1/openid/userinfo`)."""
        url = f"{self._config.homeserver.url}/_matrix/federation/v1/openid/userinfo"
        try:
            async with (
                aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session,
                session.get(url, params={"access_token": openid_token}) as resp,
            ):
                data = await resp.json(content_type=None)
                status = resp.status
        except (aiohttp.ClientError, TimeoutError, ValueError):
            raise ApiError(
                503,
                "M_UNAVAILABLE",
                self._text(request, "The homeserver cannot check your identity right now."),
            ) from None
        sub = data.get("sub") if isinstance(data, dict) else None
        if status != 200 or not isinstance(sub, str) or not sub.startswith("@"):
            raise ApiError(
                401,
                "M_UNKNOWN_TOKEN",
                self._text(
                    request,
                    "Your identity could not be checked: the OpenID token is not valid "
                    "or has expired. Reload the video.",
                ),
            )
        return sub

    def openapi_paths(self) -> dict[str, Any]:
        token = {
            "type": "object",
            "required": ["jwt", "domain", "room", "url", "expires_at"],
            "properties": {
                "jwt": {"type": "string", "description": "HS256 Jitsi token for this viewer"},
                "domain": {"type": "string"},
                "room": {"type": "string", "description": "the conference name"},
                "url": {"type": "string"},
                "expires_at": {"type": "string", "format": "date-time"},
            },
        }
        return {
            "/api/video/token": {
                "post": {
                    "summary": "A Jitsi token for a member of a case room whose visit is open "
                    "(OpenID token from the widget API, or a Bearer access token)",
                    "requestBody": json_body_schema(TokenBody),
                    "responses": {
                        "200": {
                            "description": "The token",
                            "content": {"application/json": {"schema": token}},
                        },
                        **error_responses(400, 401, 403, 404, 409, 410, 503),
                    },
                }
            }
        }
