"""The portal API of one's own account: who am I, my language, my data, delete my account.

Refusals: an unknown language 400 M_INVALID_PARAM, a missing or wrong deletion confirmation
400 M_BAD_JSON (saying what to send), a service account 403 M_FORBIDDEN, an expert still
working for a provider 409 M_CONFLICT, too many exports 429 M_LIMIT_EXCEEDED, the homeserver
not letting the erasure finish 503 M_UNAVAILABLE. Messages follow the caller's Accept-Language.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from appservice.account_data import (
    AccountData,
    AccountDataError,
    Conflict,
    InvalidValue,
    NotAllowed,
)
from appservice.account_erasure import AccountEraser, ErasureFailed
from appservice.i18n import Translator
from bridge.api import (
    TranslatingApi,
    error_responses,
    json_answer,
    json_body_schema,
    read_body,
    request_language,
    require_caller,
)
from bridge.errors import ApiError, Errcodes
from bridge.ratelimit import RateLimiter

_ERRCODES: Errcodes = {
    InvalidValue: (400, "M_INVALID_PARAM"),
    NotAllowed: (403, "M_FORBIDDEN"),
    Conflict: (409, "M_CONFLICT"),
    ErasureFailed: (503, "M_UNAVAILABLE"),
}


class LanguageBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: str = Field(description="fi, sv or en")


class DeleteBody(BaseModel):
    confirm: str = Field(description="the caller's own user ID, as typed or clicked")


class MeApi(TranslatingApi):
    errcodes = _ERRCODES

    """`/api/me`, `/api/me/language`, `/api/me/export` and `DELETE /api/me`."""

    def __init__(
        self,
        data: AccountData,
        eraser: AccountEraser,
        export_limiter: RateLimiter,
        translator: Translator,
    ) -> None:
        super().__init__(translator)
        self._data = data
        self._eraser = eraser
        self._export_limiter = export_limiter

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/api/me", self.me),
            web.put("/api/me/language", self.set_language),
            web.get("/api/me/export", self.export),
            web.delete("/api/me", self.delete),
        ]

    async def me(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        try:
            profile = await self._data.profile(caller, request_language(request))
        except AccountDataError as err:
            raise self._refusal(request, err) from None
        return web.json_response(profile.to_json())

    async def set_language(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        body = await read_body(request, LanguageBody)
        try:
            profile = await self._data.set_language(caller, body.language)
        except AccountDataError as err:
            raise self._refusal(request, err) from None
        return web.json_response(profile.to_json())

    async def export(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        wait = self._export_limiter.take(caller.user_id)
        if wait:
            return self._too_many(request, wait)
        try:
            document = await self._data.export(caller, request_language(request))
        except AccountDataError as err:
            self._export_limiter.refund(caller.user_id)
            raise self._refusal(request, err) from None
        localpart = caller.user_id.removeprefix("@").split(":", 1)[0]
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in localpart)[:64]
        day = datetime.now(UTC).strftime("%Y-%m-%d")
        return web.json_response(
            document,
            dumps=lambda value: json.dumps(value, ensure_ascii=False, indent=2),
            headers={
                "Content-Disposition": f'attachment; filename="terveysaula-{safe}-{day}.json"'
            },
        )

    async def delete(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        raw = await request.read()
        try:
            data = json.loads(raw or b"{}")
        except (json.JSONDecodeError, UnicodeDecodeError):
            data = None
        confirm = data.get("confirm") if isinstance(data, dict) else None
        if confirm != caller.user_id:
            raise ApiError(
                400,
                "M_BAD_JSON",
                self._text(
                    request,
                    "Confirm that your account and data are to be deleted for good: send "
                    "{body} as the request body.",
                    body=json.dumps({"confirm": caller.user_id}, ensure_ascii=False),
                ),
            )
        try:
            await self._eraser.erase(caller)
        except AccountDataError as err:
            raise self._refusal(request, err) from None
        return web.json_response({"erased": True})

    def openapi_paths(self) -> dict[str, Any]:
        me = {
            "type": "object",
            "required": ["user_id", "kind", "display_name", "language", "providers"],
            "properties": {
                "user_id": {"type": "string"},
                "kind": {"type": "string", "enum": ["client", "nickname", "expert"]},
                "display_name": {"type": "string"},
                "language": {"type": "string", "enum": ["fi", "sv", "en"]},
                "providers": {
                    "type": "array",
                    "description": "for experts: where they work and as what",
                    "items": {
                        "type": "object",
                        "properties": {
                            "slug": {"type": "string"},
                            "role": {"type": "string", "enum": ["lead", "expert"]},
                        },
                    },
                },
            },
        }
        secured: list[dict[str, list[str]]] = [{"matrix": []}]
        return {
            "/api/me": {
                "get": {
                    "summary": "Who the caller is to the service",
                    "security": secured,
                    "responses": {
                        "200": json_answer("The caller", me),
                        **error_responses(401, 403),
                    },
                },
                "delete": {
                    "summary": "Delete the caller's account and data (clients, nickname users)",
                    "description": 'The body must be `{"confirm": "<the caller\'s user ID>"}`. '
                    "Their messages in their rooms are redacted, they leave the rooms (their "
                    "journey room is deleted), media they uploaded is deleted, their requests "
                    "keep only a record (the text becomes `[poistettu]`), upcoming visits are "
                    "cancelled, and the account is deactivated with erase: the token and the "
                    "login stop working. Experts are refused while they work for a provider.",
                    "security": secured,
                    "requestBody": json_body_schema(DeleteBody),
                    "responses": {
                        "200": json_answer(
                            "Erased",
                            {"type": "object", "properties": {"erased": {"type": "boolean"}}},
                        ),
                        **error_responses(400, 401, 403, 409, 503),
                    },
                },
            },
            "/api/me/language": {
                "put": {
                    "summary": "Set the language the service answers the caller in",
                    "security": secured,
                    "requestBody": json_body_schema(LanguageBody),
                    "responses": {
                        "200": json_answer("The caller", me),
                        **error_responses(400, 401, 403),
                    },
                }
            },
            "/api/me/export": {
                "get": {
                    "summary": "Everything the service holds about the caller, as a download",
                    "description": "A JSON attachment: account, person, case rooms, contact "
                    "requests, appointments, groups, audit entries of their own acts, and "
                    "their own messages in the service's rooms (the latest 1000 per room; "
                    "`limits` says what was left out). Five exports per ten minutes.",
                    "security": secured,
                    "responses": {
                        "200": json_answer("The export", {"type": "object"}),
                        **error_responses(401, 403, 429),
                    },
                }
            },
        }
