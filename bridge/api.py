"""What every API module shares: the caller, validated JSON bodies, refusals in the caller's
language, and the module interface.

A feature's HTTP API is a class with `routes()` and `openapi_paths()`; the composition root
hands the portal a list of them.
"""

from __future__ import annotations

import json
import math
from typing import Any, ClassVar, Protocol, TypeVar

from aiohttp import web
from pydantic import BaseModel, ValidationError

from appservice.auth import Authenticator, AuthError, Caller
from appservice.i18n import TranslatableError, Translator, normalise_language
from bridge.errors import ApiError, Errcodes, refusal

AUTH = web.AppKey("auth", Authenticator)
M = TypeVar("M", bound=BaseModel)


class ApiModule(Protocol):
    """A feature area's endpoints."""

    def routes(self) -> list[web.RouteDef]: ...

    def openapi_paths(self) -> dict[str, Any]: ...


async def require_caller(request: web.Request) -> Caller:
    """The authenticated caller, or a 401 the client can act on."""
    try:
        return await request.app[AUTH].authenticate(request.headers.get("Authorization"))
    except AuthError as err:
        raise ApiError(err.status, err.errcode, str(err)) from None


async def read_body(request: web.Request, model: type[M]) -> M:
    """The request body validated into `model`; 400 with the reason otherwise."""
    raw = await request.read()
    try:
        data = json.loads(raw or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ApiError(400, "M_NOT_JSON", "The request body is not JSON.") from None
    if not isinstance(data, dict):
        raise ApiError(400, "M_BAD_JSON", "The request body must be a JSON object.")
    try:
        return model.model_validate(data)
    except ValidationError as err:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in err.errors()
        )
        raise ApiError(400, "M_BAD_JSON", f"Invalid request: {problems}") from None


def json_body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """An OpenAPI requestBody for a pydantic model."""
    return {
        "required": True,
        "content": {"application/json": {"schema": model.model_json_schema()}},
    }


def json_answer(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    """An OpenAPI response whose body is JSON of `schema`."""
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def error_responses(*statuses: int) -> dict[str, Any]:
    return {
        str(status): {
            "description": "Error",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for status in statuses
    }


def request_language(request: web.Request) -> str | None:
    """The caller's language from Accept-Language; None when they sent none."""
    header = request.headers.get("Accept-Language", "").strip()
    return normalise_language(header) if header else None


class TranslatingApi:
    """An API module whose refusals follow the caller's Accept-Language (English without one).

    `errcodes` maps the module's domain exceptions to their HTTP status and errcode."""

    errcodes: ClassVar[Errcodes] = {}

    def __init__(self, translator: Translator) -> None:
        self._translator = translator

    def _refusal(self, request: web.Request, err: TranslatableError) -> ApiError:
        return refusal(err, self.errcodes, self._text(request, err.message_id, **err.values))

    def _too_many(self, request: web.Request, retry_after_ms: int) -> web.Response:
        """429 with when to try again, in the caller's language."""
        seconds = max(1, math.ceil(retry_after_ms / 1000))
        message = self._text(
            request, "Too many attempts: try again in {seconds} s.", seconds=seconds
        )
        return web.json_response(
            {"errcode": "M_LIMIT_EXCEEDED", "error": message, "retry_after_ms": retry_after_ms},
            status=429,
            headers={"Retry-After": str(seconds)},
        )

    def _text(self, request: web.Request, message_id: str, **values: Any) -> str:
        language = request_language(request)
        if language is None:
            return message_id.format(**values)
        return self._translator.gettext(language, message_id, **values)
