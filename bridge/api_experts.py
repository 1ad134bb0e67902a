"""The experts' HTTP API: register or redeem with a code, remove, the list and availability.

Failed invite-code attempts are counted per client address; too many within a window answer
429 M_LIMIT_EXCEEDED, so codes cannot be guessed through the API.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from typing import Annotated, Any, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from appservice.experts import (
    Conflict,
    ExpertError,
    ExpertService,
    Forbidden,
    HomeserverFailed,
    InvalidCode,
    InvalidInput,
    InvalidUsername,
    NotFound,
    UsernameTaken,
    WeakPassword,
)
from appservice.repositories import AVAILABILITY
from bridge.api import error_responses, json_answer, json_body_schema, read_body, require_caller
from bridge.errors import ApiError, Errcodes, refusal

logger = logging.getLogger(__name__)

# Domain error → (HTTP status, errcode); the most specific class wins.
ERRCODES: Errcodes = {
    InvalidCode: (404, "M_NOT_FOUND"),
    NotFound: (404, "M_NOT_FOUND"),
    Forbidden: (403, "M_FORBIDDEN"),
    UsernameTaken: (409, "M_USER_IN_USE"),
    Conflict: (409, "M_CONFLICT"),
    InvalidUsername: (400, "M_INVALID_USERNAME"),
    WeakPassword: (400, "M_WEAK_PASSWORD"),
    InvalidInput: (400, "M_BAD_JSON"),
    HomeserverFailed: (502, "M_UNKNOWN"),
}


def api_error(err: ExpertError) -> ApiError:
    return refusal(err, ERRCODES, default=(400, "M_UNKNOWN"))


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RegisterBody(_Body):
    code: Annotated[str, Field(min_length=1, max_length=128)]
    username: Annotated[str, Field(min_length=1, max_length=255)]
    password: Annotated[str, Field(min_length=1, max_length=1024)]
    display_name: Annotated[str, Field(min_length=1, max_length=100)]


class RedeemBody(_Body):
    code: Annotated[str, Field(min_length=1, max_length=128)]


class AvailabilityBody(_Body):
    availability: Literal["available", "away", "busy"]


class FailedAttempts:
    """At most `limit` failed code attempts per address in `window` seconds (in memory)."""

    def __init__(self, limit: int = 10, window: float = 900.0) -> None:
        self._limit = limit
        self._window = window
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, key: str) -> deque[float]:
        now = time.monotonic()
        failures = self._failures.get(key, deque())
        while failures and failures[0] <= now - self._window:
            failures.popleft()
        if not failures:
            self._failures.pop(key, None)
        return failures

    def check(self, key: str) -> None:
        failures = self._recent(key)
        if len(failures) >= self._limit:
            retry_ms = int((failures[0] + self._window - time.monotonic()) * 1000)
            raise ApiError(
                429,
                "M_LIMIT_EXCEEDED",
                f"Too many wrong invite codes: try again in {retry_ms // 60000 + 1} minutes.",
            )

    def fail(self, key: str) -> None:
        if len(self._failures) > 10_000:
            self._failures.clear()  # a flood of addresses must not grow memory without end
        self._failures.setdefault(key, deque()).append(time.monotonic())


class ExpertsApi:
    """POST /api/experts/register, /redeem; the provider's expert list, removal, availability."""

    def __init__(self, service: ExpertService, limiter: FailedAttempts | None = None) -> None:
        self._service = service
        self._limiter = limiter or FailedAttempts()

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/api/experts/register", self.register),
            web.post("/api/experts/redeem", self.redeem),
            web.get("/api/providers/{slug}/experts", self.list_experts),
            web.delete("/api/providers/{slug}/experts/{user_id}", self.remove),
            web.put("/api/providers/{slug}/availability", self.set_availability),
        ]

    async def register(self, request: web.Request) -> web.Response:
        address = request.remote or "unknown"
        self._limiter.check(address)
        body = await read_body(request, RegisterBody)
        try:
            registration = await self._service.register(
                body.code, body.username, body.password, body.display_name
            )
        except InvalidCode as err:
            self._limiter.fail(address)
            raise api_error(err) from None
        except ExpertError as err:
            raise api_error(err) from None
        return web.json_response(registration.to_json())

    async def redeem(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        address = request.remote or "unknown"
        self._limiter.check(address)
        body = await read_body(request, RedeemBody)
        try:
            result = await self._service.redeem(caller, body.code)
        except InvalidCode as err:
            self._limiter.fail(address)
            raise api_error(err) from None
        except ExpertError as err:
            raise api_error(err) from None
        return web.json_response(result)

    async def list_experts(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        slug = request.match_info["slug"]
        try:
            entries = await self._service.list_experts(caller.user_id, slug)
        except ExpertError as err:
            raise api_error(err) from None
        return web.json_response({"provider": slug, "experts": [e.to_json() for e in entries]})

    async def remove(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        slug, user_id = request.match_info["slug"], request.match_info["user_id"]
        try:
            await self._service.remove(caller.user_id, slug, user_id)
        except ExpertError as err:
            raise api_error(err) from None
        return web.json_response({"provider": slug, "user_id": user_id, "removed": True})

    async def set_availability(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        body = await read_body(request, AvailabilityBody)
        try:
            entry = await self._service.set_availability(
                caller.user_id, request.match_info["slug"], body.availability
            )
        except ExpertError as err:
            raise api_error(err) from None
        return web.json_response(entry.to_json())

    def openapi_paths(self) -> dict[str, Any]:
        entry = {
            "type": "object",
            "required": ["user_id", "display_name", "role", "availability"],
            "properties": {
                "user_id": {"type": "string"},
                "display_name": {"type": "string"},
                "role": {"type": "string", "enum": ["lead", "expert"]},
                "availability": {"type": "string", "enum": list(AVAILABILITY)},
            },
        }
        slug = {"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}}
        secured: list[dict[str, list[str]]] = [{"matrix": []}]

        return {
            "/api/experts/register": {
                "post": {
                    "summary": "Create an expert account with a one-time invite code",
                    "description": "The account joins the code's provider space and staff room. "
                    "Too many wrong codes from one address answer 429 M_LIMIT_EXCEEDED.",
                    "requestBody": json_body_schema(RegisterBody),
                    "responses": {
                        "200": json_answer(
                            "The new account, logged in",
                            {
                                "type": "object",
                                "properties": {
                                    k: {"type": "string"}
                                    for k in (
                                        "user_id",
                                        "provider",
                                        "role",
                                        "access_token",
                                        "device_id",
                                        "homeserver",
                                    )
                                },
                            },
                        ),
                        **error_responses(400, 404, 409, 429, 502),
                    },
                }
            },
            "/api/experts/redeem": {
                "post": {
                    "summary": "Join the caller's account to the code's provider as an expert",
                    "security": secured,
                    "requestBody": json_body_schema(RedeemBody),
                    "responses": {
                        "200": json_answer(
                            "The caller's new role",
                            {
                                "type": "object",
                                "properties": {
                                    k: {"type": "string"} for k in ("user_id", "provider", "role")
                                },
                            },
                        ),
                        **error_responses(400, 401, 403, 404, 409, 429),
                    },
                }
            },
            "/api/providers/{slug}/experts": {
                "get": {
                    "summary": "The provider's experts and their availability (its experts only)",
                    "security": secured,
                    "parameters": [slug],
                    "responses": {
                        "200": json_answer(
                            "The experts, leads first",
                            {
                                "type": "object",
                                "properties": {
                                    "provider": {"type": "string"},
                                    "experts": {"type": "array", "items": entry},
                                },
                            },
                        ),
                        **error_responses(401, 403, 404),
                    },
                }
            },
            "/api/providers/{slug}/experts/{user_id}": {
                "delete": {
                    "summary": "A lead removes an expert from every room of the provider",
                    "security": secured,
                    "parameters": [
                        slug,
                        {
                            "name": "user_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                    ],
                    "responses": {
                        "200": json_answer("Removed", {"type": "object"}),
                        **error_responses(401, 403, 404, 409),
                    },
                }
            },
            "/api/providers/{slug}/availability": {
                "put": {
                    "summary": "Set the caller's availability at the provider",
                    "security": secured,
                    "parameters": [slug],
                    "requestBody": json_body_schema(AvailabilityBody),
                    "responses": {
                        "200": json_answer("The caller's entry", entry),
                        **error_responses(400, 401, 403, 404),
                    },
                }
            },
        }
