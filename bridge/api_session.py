"""The portal API of the ways in: login flows, password login, registration, logout.

Refusals map to stable errcodes here: wrong login 403 M_FORBIDDEN, a closed account 403
M_USER_DEACTIVATED, bad values 400 M_INVALID_PARAM / M_INVALID_USERNAME / M_WEAK_PASSWORD, a
taken name 409 M_USER_IN_USE, too many attempts 429 M_LIMIT_EXCEEDED with `retry_after_ms`, the
homeserver away 503 M_UNAVAILABLE. Messages follow the caller's Accept-Language.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from appservice.i18n import Translator
from appservice.sessions import (
    AccountClosed,
    HomeserverUnavailable,
    InvalidInput,
    InvalidUsername,
    LoginFailed,
    NotHere,
    SessionError,
    SessionService,
    TooManyAttempts,
    UsernameTaken,
    WeakPassword,
)
from bridge.api import (
    AUTH,
    TranslatingApi,
    error_responses,
    json_answer,
    json_body_schema,
    read_body,
    request_language,
    require_caller,
)
from bridge.errors import Errcodes, error_response
from bridge.ratelimit import RateLimiter, client_address

_ERRCODES: Errcodes = {
    InvalidInput: (400, "M_INVALID_PARAM"),
    InvalidUsername: (400, "M_INVALID_USERNAME"),
    WeakPassword: (400, "M_WEAK_PASSWORD"),
    UsernameTaken: (409, "M_USER_IN_USE"),
    LoginFailed: (403, "M_FORBIDDEN"),
    AccountClosed: (403, "M_USER_DEACTIVATED"),
    NotHere: (403, "M_FORBIDDEN"),
    HomeserverUnavailable: (503, "M_UNAVAILABLE"),
}

SSO_HOWTO = (
    "Single sign-on is the standard Matrix browser redirect, straight to the homeserver: send "
    "the browser to `{homeserver}/_matrix/client/v3/login/sso/redirect/{id}?redirectUrl=<portal>"
    "/#sso` (`id` from `sso[]`); the homeserver sends it back with `?loginToken=...`, which the "
    'page exchanges with `POST {homeserver}/_matrix/client/v3/login {"type": "m.login.token", '
    '"token": ...}` for an access token. `sso` is empty when the homeserver has no SSO.'
)


class LoginBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(description="localpart ('maija') or user ID ('@maija:server')")
    password: str


class RegisterBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(description="a-z, 0-9 and . _ = - (1-64), starting with a-z or 0-9")
    password: str = Field(description="at least 10 characters, not easy to guess")
    display_name: str = Field(description="1-100 characters, shown to experts and groups")
    language: str | None = Field(
        default=None, description="fi, sv or en (default: Accept-Language)"
    )


class SessionApi(TranslatingApi):
    errcodes = _ERRCODES

    """`/api/session/flows`, `/login`, `/register`, `/logout`."""

    def __init__(
        self,
        sessions: SessionService,
        login_limiter: RateLimiter,
        registration_limiter: RateLimiter,
        translator: Translator,
    ) -> None:
        super().__init__(translator)
        self._sessions = sessions
        self._login_limiter = login_limiter
        self._registration_limiter = registration_limiter

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/api/session/flows", self.flows),
            web.post("/api/session/login", self.login),
            web.post("/api/session/register", self.register),
            web.post("/api/session/logout", self.logout),
        ]

    def _refused(self, request: web.Request, err: SessionError) -> web.Response:
        if isinstance(err, TooManyAttempts):
            return self._too_many(request, err.retry_after_ms)
        refused = self._refusal(request, err)
        return error_response(refused.status, refused.errcode, refused.message)

    async def flows(self, request: web.Request) -> web.Response:
        try:
            flows = await self._sessions.flows()
        except SessionError as err:
            return self._refused(request, err)
        return web.json_response(
            {
                "password": flows.password,
                "sso": [idp.to_json() for idp in flows.sso],
                "registration": True,
                "nickname": True,
                "homeserver": self._sessions.homeserver,
            }
        )

    async def login(self, request: web.Request) -> web.Response:
        body = await read_body(request, LoginBody)
        address = client_address(request)
        wait = self._login_limiter.take(address)
        if wait:
            return self._too_many(request, wait)
        try:
            session = await self._sessions.login(body.username, body.password, address)
        except SessionError as err:
            if isinstance(err, HomeserverUnavailable | TooManyAttempts | InvalidInput):
                self._login_limiter.refund(address)  # not a password that was tried
            return self._refused(request, err)
        self._login_limiter.refund(address)  # only failed attempts count
        return web.json_response(session.to_json())

    async def register(self, request: web.Request) -> web.Response:
        body = await read_body(request, RegisterBody)
        language = body.language or request_language(request)
        try:
            self._sessions.validate_registration(
                body.username, body.password, body.display_name, body.language
            )
        except SessionError as err:
            return self._refused(request, err)
        address = client_address(request)
        wait = self._registration_limiter.take(address)
        if wait:
            return self._too_many(request, wait)
        try:
            session = await self._sessions.register(
                body.username, body.password, body.display_name, language
            )
        except SessionError as err:
            if isinstance(err, HomeserverUnavailable):
                self._registration_limiter.refund(address)
            return self._refused(request, err)
        return web.json_response(session.to_json())

    async def logout(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        try:
            await self._sessions.logout(caller.access_token)
        except SessionError as err:
            return self._refused(request, err)
        request.app[AUTH].forget(caller.access_token)
        return web.json_response({})

    def openapi_paths(self) -> dict[str, Any]:
        session = {
            "type": "object",
            "required": ["user_id", "access_token", "device_id", "homeserver"],
            "properties": {
                "user_id": {"type": "string"},
                "access_token": {
                    "type": "string",
                    "description": "keep it in session storage only; send it as Bearer",
                },
                "device_id": {"type": "string"},
                "homeserver": {"type": "string", "description": "client-server base URL"},
            },
        }
        flows = {
            "type": "object",
            "required": ["password", "sso", "registration", "nickname", "homeserver"],
            "properties": {
                "password": {"type": "boolean"},
                "sso": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["id", "name"],
                        "properties": {
                            "id": {"type": "string"},
                            "name": {"type": "string"},
                            "icon": {"type": "string", "description": "mxc:// URI"},
                        },
                    },
                },
                "registration": {"type": "boolean"},
                "nickname": {"type": "boolean"},
                "homeserver": {"type": "string", "description": "public client-server base URL"},
            },
        }
        return {
            "/api/session/flows": {
                "get": {
                    "summary": "The ways in: password, SSO providers, registration, nickname",
                    "description": SSO_HOWTO,
                    "responses": {
                        "200": json_answer("The ways in", flows),
                        **error_responses(503),
                    },
                }
            },
            "/api/session/login": {
                "post": {
                    "summary": "Log in with the homeserver password",
                    "description": "Ten failed attempts per address within ten minutes answer "
                    "429 with `retry_after_ms`, as do the homeserver's own limits. Service "
                    "accounts (bots, nickname users) cannot log in here.",
                    "requestBody": json_body_schema(LoginBody),
                    "responses": {
                        "200": json_answer("The session", session),
                        **error_responses(400, 403, 429, 503),
                    },
                }
            },
            "/api/session/register": {
                "post": {
                    "summary": "Create a client account and log it in",
                    "description": "Five accounts per address within ten minutes; refused "
                    "input does not count.",
                    "requestBody": json_body_schema(RegisterBody),
                    "responses": {
                        "200": json_answer("The new account's session", session),
                        **error_responses(400, 409, 429, 503),
                    },
                }
            },
            "/api/session/logout": {
                "post": {
                    "summary": "Invalidate the access token on the homeserver",
                    "description": "The token is refused at once afterwards (401). A nickname "
                    "user cannot log in again: their rooms stay with the account.",
                    "security": [{"matrix": []}],
                    "responses": {
                        "200": json_answer("Logged out", {"type": "object"}),
                        **error_responses(401, 503),
                    },
                }
            },
        }
