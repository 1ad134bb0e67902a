"""HTTP API of visit feedback: the client rates their visit; leads read it per service.

POST /api/appointments/{id}/feedback {rating 1-5, comment?} and GET /api/providers/{slug}/feedback,
as DESIGN.md's contract gives them.
"""

from __future__ import annotations

from typing import Annotated, Any

from aiohttp import web
from pydantic import BaseModel, Field, StrictInt

from appservice.feedback import (
    COMMENT_MAX,
    FeedbackConflict,
    FeedbackError,
    FeedbackForbidden,
    FeedbackNotFound,
    FeedbackService,
    InvalidFeedback,
)
from appservice.i18n import normalise_language
from bridge.api import error_responses, json_body_schema, read_body, require_caller
from bridge.errors import ApiError, Errcodes, refusal


class FeedbackBody(BaseModel):
    rating: Annotated[StrictInt, Field(ge=1, le=5, description="1 (poor) to 5 (excellent)")]
    comment: Annotated[str | None, Field(max_length=COMMENT_MAX)] = None


_ERRCODES: Errcodes = {
    FeedbackNotFound: (404, "M_NOT_FOUND"),
    FeedbackForbidden: (403, "M_FORBIDDEN"),
    FeedbackConflict: (409, "M_CONFLICT"),
    InvalidFeedback: (400, "M_INVALID_PARAM"),
}


def _api_error(err: FeedbackError) -> ApiError:
    return refusal(err, _ERRCODES, default=(400, "M_UNKNOWN"))


class FeedbackApi:
    """A client's feedback on their visit; a lead's view of the provider's feedback."""

    def __init__(self, feedback: FeedbackService) -> None:
        self._feedback = feedback

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post(r"/api/appointments/{id:\d{1,9}}/feedback", self.give),
            web.get(r"/api/providers/{slug:[a-z0-9][a-z0-9-]{1,62}}/feedback", self.per_service),
        ]

    async def give(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        body = await read_body(request, FeedbackBody)
        try:
            record = await self._feedback.submit(
                caller.user_id, int(request.match_info["id"]), body.rating, body.comment
            )
        except FeedbackError as err:
            raise _api_error(err) from None
        return web.json_response(
            {
                "appointment_id": record.appointment_id,
                "rating": record.rating,
                "comment": record.comment,
                "created_at": record.created_at.isoformat(),
            }
        )

    async def per_service(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        language = normalise_language(request.headers.get("Accept-Language"))
        try:
            services = await self._feedback.for_lead(
                caller.user_id, request.match_info["slug"], language
            )
        except FeedbackError as err:
            raise _api_error(err) from None
        return web.json_response(
            {
                "provider": request.match_info["slug"],
                "services": [
                    {
                        "service": s.service,
                        "name": s.name,
                        "count": s.count,
                        "average": s.average,
                        "recent": [
                            {
                                "rating": r.rating,
                                "comment": r.comment,
                                "created_at": r.created_at.isoformat(),
                            }
                            for r in s.recent
                        ],
                    }
                    for s in services
                ],
            }
        )

    def openapi_paths(self) -> dict[str, Any]:
        secured: list[dict[str, list[str]]] = [{"matrix": []}]
        recent = {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "rating": {"type": "integer"},
                    "comment": {"type": "string"},
                    "created_at": {"type": "string", "format": "date-time"},
                },
            },
        }
        service = {
            "type": "object",
            "required": ["service", "name", "count", "average", "recent"],
            "properties": {
                "service": {"type": ["string", "null"]},
                "name": {"type": "string"},
                "count": {"type": "integer"},
                "average": {"type": "number"},
                "recent": recent,
            },
        }
        return {
            "/api/appointments/{id}/feedback": {
                "post": {
                    "summary": "The client rates their ended visit (once)",
                    "security": secured,
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "requestBody": json_body_schema(FeedbackBody),
                    "responses": {
                        "200": {"description": "The feedback as stored"},
                        **error_responses(400, 401, 404, 409),
                    },
                }
            },
            "/api/providers/{slug}/feedback": {
                "get": {
                    "summary": "A lead reads the provider's feedback per service",
                    "security": secured,
                    "parameters": [
                        {
                            "name": "slug",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "Count, average and recent comments per service",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "provider": {"type": "string"},
                                            "services": {"type": "array", "items": service},
                                        },
                                    }
                                }
                            },
                        },
                        **error_responses(401, 403, 404),
                    },
                }
            },
        }
