"""The portal API of nickname sessions and contact requests.

Domain refusals map to stable errcodes here: bad input 400 M_INVALID_PARAM (malformed bodies
400 M_NOT_JSON / M_BAD_JSON), unknown or not-yours 404 M_NOT_FOUND (a request of someone else is
never confirmed to exist), not allowed 403 M_FORBIDDEN, someone was first 409 M_CONFLICT, too many
calls 429 M_LIMIT_EXCEEDED with `retry_after_ms`. Messages follow the caller's Accept-Language
(English when none is sent).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from appservice.contact_requests import (
    ContactRequestService,
    InvalidRequest,
    Outcome,
    RequestConflict,
    RequestError,
    RequestForbidden,
    RequestNotFound,
    RequestUnavailable,
)
from appservice.i18n import Translator
from appservice.nicknames import NicknameError, NicknameService, validate_nickname
from appservice.tables import as_utc
from bridge.api import (
    TranslatingApi,
    error_responses,
    json_answer,
    json_body_schema,
    read_body,
    request_language,
    require_caller,
)
from bridge.errors import Errcodes
from bridge.ratelimit import RateLimiter, client_address

_ERRCODES: Errcodes = {
    InvalidRequest: (400, "M_INVALID_PARAM"),
    RequestNotFound: (404, "M_NOT_FOUND"),
    RequestForbidden: (403, "M_FORBIDDEN"),
    RequestConflict: (409, "M_CONFLICT"),
    RequestUnavailable: (503, "M_UNAVAILABLE"),
}
_REQUEST_ID = re.compile(r"^[0-9]{1,10}$")
_ID_MAX = 2**31 - 1


class NicknameBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    nickname: str = Field(description="1-40 visible characters, shown to the experts")
    language: str | None = Field(
        default=None, max_length=16, description="fi, sv or en (default: Accept-Language)"
    )


class ContactRequestBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    provider: str = Field(max_length=200, description="provider slug")
    service: str | None = Field(default=None, max_length=200, description="service slug")
    message: str = Field(description="1-5000 characters")


class AcceptBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reply: str | None = Field(default=None, description="posted as the expert, 1-5000 chars")
    start: datetime | None = Field(
        default=None, description="ISO 8601 with a time zone, in the future: books a visit"
    )


class DeclineBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(description="1-1000 characters; the client sees it")


class _Translating(TranslatingApi):
    """Shared by the modules: refusals (and rate limits) in the caller's language."""

    errcodes = _ERRCODES


class NicknameApi(_Translating):
    """`POST /api/session/nickname`: a session without an account, limited per address."""

    def __init__(
        self, nicknames: NicknameService, limiter: RateLimiter, translator: Translator
    ) -> None:
        super().__init__(translator)
        self._nicknames = nicknames
        self._limiter = limiter

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/api/session/nickname", self.create)]

    async def create(self, request: web.Request) -> web.Response:
        body = await read_body(request, NicknameBody)
        try:
            validate_nickname(body.nickname)
        except NicknameError as err:
            raise self._refusal(request, err) from None
        wait = self._limiter.take(client_address(request))
        if wait:
            return self._too_many(request, wait)
        session = await self._nicknames.create(
            body.nickname, body.language or request_language(request)
        )
        return web.json_response(
            {
                "user_id": session.user_id,
                "access_token": session.access_token,
                "homeserver": session.homeserver,
            }
        )

    def openapi_paths(self) -> dict[str, Any]:
        session = {
            "type": "object",
            "required": ["user_id", "access_token", "homeserver"],
            "properties": {
                "user_id": {"type": "string"},
                "access_token": {"type": "string"},
                "homeserver": {"type": "string", "description": "client-server base URL"},
            },
        }
        return {
            "/api/session/nickname": {
                "post": {
                    "summary": "Create a nickname user and a session for it",
                    "requestBody": json_body_schema(NicknameBody),
                    "responses": {
                        "200": {
                            "description": "The session",
                            "content": {"application/json": {"schema": session}},
                        },
                        **error_responses(400, 429),
                    },
                }
            }
        }


def request_json(outcome: Outcome) -> dict[str, Any]:
    record = outcome.request
    body: dict[str, Any] = {
        "id": record.id,
        "provider": outcome.provider,
        "service": record.service_slug,
        "state": record.state,
        "room_id": record.room_id,
        "message": record.message,
        "claimed_by": record.claimed_by,
        "decline_reason": record.decline_reason,
        "created_at": as_utc(record.created_at).isoformat(),
    }
    if outcome.appointment_id is not None:
        body["appointment_id"] = outcome.appointment_id
    return body


class ContactRequestsApi(_Translating):
    """Contact requests: created by clients, answered by the provider's experts."""

    def __init__(
        self, requests: ContactRequestService, limiter: RateLimiter, translator: Translator
    ) -> None:
        super().__init__(translator)
        self._requests = requests
        self._limiter = limiter

    def routes(self) -> list[web.RouteDef]:
        base = "/api/contact-requests"
        return [
            web.post(base, self.create),
            web.get(base + "/{id}", self.read),
            web.post(base + "/{id}/accept", self.accept),
            web.post(base + "/{id}/decline", self.decline),
            web.post(base + "/{id}/close", self.close),
        ]

    def _request_id(self, request: web.Request) -> int:
        raw = request.match_info["id"]
        if not _REQUEST_ID.match(raw) or not 1 <= int(raw) <= _ID_MAX:
            raise self._refusal(request, RequestNotFound("No contact request #{id}.", id=raw[:20]))
        return int(raw)

    async def create(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        body = await read_body(request, ContactRequestBody)
        wait = self._limiter.take(caller.user_id)
        if wait:
            return self._too_many(request, wait)
        try:
            record = await self._requests.create(
                caller, body.provider, body.service, body.message, request_language(request)
            )
        except RequestError as err:
            if not isinstance(err, RequestUnavailable):
                self._limiter.refund(caller.user_id)  # refused as it was: nothing was made
            raise self._refusal(request, err) from None
        return web.json_response({"id": record.id, "room_id": record.room_id})

    async def read(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        request_id = self._request_id(request)
        try:
            outcome = await self._requests.read(caller.user_id, request_id)
        except RequestError as err:
            raise self._refusal(request, err) from None
        return web.json_response(request_json(outcome))

    async def accept(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        request_id = self._request_id(request)
        body = await read_body(request, AcceptBody)
        try:
            outcome = await self._requests.accept(
                caller.user_id, request_id, body.reply, body.start, token=caller.access_token
            )
        except RequestError as err:
            raise self._refusal(request, err) from None
        answer: dict[str, Any] = {
            "id": outcome.request.id,
            "state": outcome.request.state,
            "room_id": outcome.request.room_id,
        }
        if outcome.appointment_id is not None:
            answer["appointment_id"] = outcome.appointment_id
        return web.json_response(answer)

    async def decline(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        request_id = self._request_id(request)
        body = await read_body(request, DeclineBody)
        try:
            outcome = await self._requests.decline(caller.user_id, request_id, body.reason)
        except RequestError as err:
            raise self._refusal(request, err) from None
        return web.json_response(request_json(outcome))

    async def close(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        request_id = self._request_id(request)
        try:
            outcome = await self._requests.close(caller.user_id, request_id)
        except RequestError as err:
            raise self._refusal(request, err) from None
        return web.json_response(request_json(outcome))

    def openapi_paths(self) -> dict[str, Any]:
        request_schema = {
            "type": "object",
            "required": ["id", "provider", "state", "room_id", "message", "created_at"],
            "properties": {
                "id": {"type": "integer"},
                "provider": {"type": "string"},
                "service": {"type": ["string", "null"]},
                "state": {
                    "type": "string",
                    "enum": ["new", "accepted", "scheduled", "closed", "declined"],
                },
                "room_id": {"type": "string"},
                "message": {"type": "string"},
                "claimed_by": {"type": ["string", "null"]},
                "decline_reason": {"type": ["string", "null"]},
                "created_at": {"type": "string", "format": "date-time"},
                "appointment_id": {"type": "integer"},
            },
        }
        created = {
            "type": "object",
            "required": ["id", "room_id"],
            "properties": {"id": {"type": "integer"}, "room_id": {"type": "string"}},
        }
        accepted = {
            "type": "object",
            "required": ["id", "state", "room_id"],
            "properties": {
                "id": {"type": "integer"},
                "state": {"type": "string", "enum": ["accepted", "scheduled"]},
                "room_id": {"type": "string"},
                "appointment_id": {"type": "integer"},
            },
        }
        param = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]
        secured: list[dict[str, list[str]]] = [{"matrix": []}]
        return {
            "/api/contact-requests": {
                "post": {
                    "summary": "Send a contact request to a provider (client or nickname user)",
                    "security": secured,
                    "requestBody": json_body_schema(ContactRequestBody),
                    "responses": {
                        "200": json_answer("The request and the client's case room", created),
                        **error_responses(400, 401, 403, 404, 429),
                    },
                }
            },
            "/api/contact-requests/{id}": {
                "get": {
                    "summary": "A request: its client, or an expert of its provider (audited)",
                    "security": secured,
                    "parameters": param,
                    "responses": {
                        "200": json_answer("The request", request_schema),
                        **error_responses(401, 404),
                    },
                }
            },
            "/api/contact-requests/{id}/accept": {
                "post": {
                    "summary": "Take the request: reply, offer a chat, or book a visit (start)",
                    "security": secured,
                    "parameters": param,
                    "requestBody": json_body_schema(AcceptBody),
                    "responses": {
                        "200": json_answer("Accepted or scheduled", accepted),
                        **error_responses(400, 401, 403, 404, 409, 503),
                    },
                }
            },
            "/api/contact-requests/{id}/decline": {
                "post": {
                    "summary": "Decline a new request; the client sees the reason",
                    "security": secured,
                    "parameters": param,
                    "requestBody": json_body_schema(DeclineBody),
                    "responses": {
                        "200": json_answer("Declined", request_schema),
                        **error_responses(400, 401, 403, 404, 409),
                    },
                }
            },
            "/api/contact-requests/{id}/close": {
                "post": {
                    "summary": "Close an accepted or scheduled request",
                    "security": secured,
                    "parameters": param,
                    "responses": {
                        "200": json_answer("Closed", request_schema),
                        **error_responses(401, 403, 404, 409),
                    },
                }
            },
        }
