"""HTTP API of the navigator: POST /api/journey gives the caller their journey room.

The room is created once (the navigator greets there); every later call returns the same room
and joins the caller again if they had left it. An optional body `{language}` (or the
Accept-Language header) sets the greeting's language for someone the service does not know yet.
"""

from __future__ import annotations

import logging
import secrets
from typing import Any, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict

from appservice.i18n import Translator
from appservice.journeys import JourneyError, JourneyService
from bridge.api import error_responses, read_body, request_language, require_caller
from bridge.errors import ApiError

logger = logging.getLogger(__name__)


class JourneyBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: Literal["fi", "sv", "en"] | None = None


class JourneyApi:
    """The caller's own room with the navigator."""

    def __init__(self, journeys: JourneyService, translator: Translator) -> None:
        self._journeys = journeys
        self._translator = translator

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/api/journey", self.journey)]

    async def journey(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        body = await read_body(request, JourneyBody)
        language = body.language or request_language(request)
        shown = language or "fi"
        try:
            room_id = await self._journeys.ensure(caller, language)
        except JourneyError as err:
            text = self._translator.gettext(shown, err.message_id, **err.values)
            raise ApiError(403, "M_FORBIDDEN", text) from None
        except Exception:
            reference = secrets.token_hex(4)
            logger.exception("journey room: failed [ref %s]", reference)
            text = self._translator.gettext(
                shown,
                "The navigator's room could not be prepared; try again (reference {reference}).",
                reference=reference,
            )
            raise ApiError(503, "M_UNAVAILABLE", text) from None
        return web.json_response({"room_id": room_id})

    def openapi_paths(self) -> dict[str, Any]:
        return {
            "/api/journey": {
                "post": {
                    "summary": "The caller's journey room with the navigator (created once)",
                    "security": [{"matrix": []}],
                    "requestBody": {
                        "required": False,
                        "content": {
                            "application/json": {"schema": JourneyBody.model_json_schema()}
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "The room",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["room_id"],
                                        "properties": {"room_id": {"type": "string"}},
                                    }
                                }
                            },
                        },
                        **error_responses(400, 401, 403, 503),
                    },
                }
            }
        }
