"""HTTP API of groups, private chats and the caller's events.

POST /api/groups, POST /api/groups/join, POST /api/groups/{id}/meetings, POST /api/chats and
GET /api/me/events, as DESIGN.md's contract gives them.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from aiohttp import web
from pydantic import AwareDatetime, BaseModel, Field

from appservice.event_list import EventListService
from appservice.groups import (
    Actor,
    GroupError,
    GroupService,
    InvalidGroupRequest,
    NotAllowed,
    NotFound,
)
from bridge.api import error_responses, json_body_schema, read_body, require_caller
from bridge.errors import ApiError, Errcodes, refusal

Text = Annotated[str, Field(min_length=1, max_length=1000)]


class CreateGroupBody(BaseModel):
    provider: Annotated[str, Field(min_length=1, max_length=64)]
    name: Text = Field(description="1-100 characters")
    join: Literal["invite", "knock", "link"]
    kind: Literal["group", "team"] = "group"


class JoinGroupBody(BaseModel):
    link: Annotated[str, Field(min_length=1, max_length=500)] = Field(
        description="The join link (or its code) given when the group was created"
    )


class MeetingBody(BaseModel):
    starts_at: AwareDatetime = Field(description="ISO 8601 with a time zone")
    duration: int = Field(ge=5, le=480, description="minutes")
    title: Text = Field(description="1-200 characters")


class ChatBody(BaseModel):
    user_id: Annotated[str, Field(min_length=3, max_length=255)]
    provider: Annotated[str, Field(min_length=1, max_length=64)]


_ERRCODES: Errcodes = {
    NotFound: (404, "M_NOT_FOUND"),
    NotAllowed: (403, "M_FORBIDDEN"),
    InvalidGroupRequest: (400, "M_INVALID_PARAM"),
}


def _api_error(err: GroupError) -> ApiError:
    return refusal(err, _ERRCODES, default=(400, "M_UNKNOWN"))


class GroupsApi:
    """Experts create groups and meetings; anyone with a link joins; private chats; events."""

    def __init__(self, groups: GroupService, event_list: EventListService) -> None:
        self._groups = groups
        self._event_list = event_list

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/api/groups", self.create_group),
            web.post("/api/groups/join", self.join_group),
            web.post(r"/api/groups/{id:\d{1,9}}/meetings", self.add_meeting),
            web.post("/api/chats", self.open_chat),
            web.get("/api/me/events", self.my_events),
        ]

    async def create_group(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        body = await read_body(request, CreateGroupBody)
        try:
            created = await self._groups.create(
                Actor.from_caller(caller), body.provider, body.name, body.join, body.kind
            )
        except GroupError as err:
            raise _api_error(err) from None
        answer: dict[str, Any] = {"id": created.id, "room_id": created.room_id}
        if created.link:
            answer["link"] = created.link
        return web.json_response(answer)

    async def join_group(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        body = await read_body(request, JoinGroupBody)
        try:
            room_id = await self._groups.join_by_link(Actor.from_caller(caller), body.link)
        except GroupError as err:
            raise _api_error(err) from None
        return web.json_response({"room_id": room_id})

    async def add_meeting(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        body = await read_body(request, MeetingBody)
        try:
            meeting_id = await self._groups.add_meeting(
                Actor.from_caller(caller),
                int(request.match_info["id"]),
                body.starts_at,
                body.duration,
                body.title,
            )
        except GroupError as err:
            raise _api_error(err) from None
        return web.json_response({"id": meeting_id})

    async def open_chat(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        body = await read_body(request, ChatBody)
        try:
            room_id = await self._groups.open_private_chat(
                Actor.from_caller(caller), body.user_id, body.provider
            )
        except GroupError as err:
            raise _api_error(err) from None
        return web.json_response({"room_id": room_id})

    async def my_events(self, request: web.Request) -> web.Response:
        caller = await require_caller(request)
        return web.json_response(
            await self._event_list.events_for(caller.user_id, caller.access_token)
        )

    def openapi_paths(self) -> dict[str, Any]:
        def ok(properties: dict[str, Any], required: list[str], text: str) -> dict[str, Any]:
            schema = {"type": "object", "required": required, "properties": properties}
            return {"description": text, "content": {"application/json": {"schema": schema}}}

        string = {"type": "string"}
        integer = {"type": "integer"}
        array = {"type": "array", "items": {"type": "object"}}
        secured: list[dict[str, list[str]]] = [{"matrix": []}]
        return {
            "/api/groups": {
                "post": {
                    "summary": "An expert creates a peer-support group or team chat",
                    "security": secured,
                    "requestBody": json_body_schema(CreateGroupBody),
                    "responses": {
                        "200": ok(
                            {"id": integer, "room_id": string, "link": string},
                            ["id", "room_id"],
                            "The group; `link` only for join=link",
                        ),
                        **error_responses(400, 401, 403, 404),
                    },
                }
            },
            "/api/groups/join": {
                "post": {
                    "summary": "Join a group by its link (clients and nickname users too)",
                    "security": secured,
                    "requestBody": json_body_schema(JoinGroupBody),
                    "responses": {
                        "200": ok({"room_id": string}, ["room_id"], "Joined"),
                        **error_responses(400, 401, 403, 404),
                    },
                }
            },
            "/api/groups/{id}/meetings": {
                "post": {
                    "summary": "An expert of the group's provider schedules a meeting",
                    "security": secured,
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": integer}
                    ],
                    "requestBody": json_body_schema(MeetingBody),
                    "responses": {
                        "200": ok({"id": integer}, ["id"], "The meeting"),
                        **error_responses(400, 401, 403, 404),
                    },
                }
            },
            "/api/chats": {
                "post": {
                    "summary": "A private chat expert↔expert or expert↔client, both invited",
                    "security": secured,
                    "requestBody": json_body_schema(ChatBody),
                    "responses": {
                        "200": ok({"room_id": string}, ["room_id"], "The (existing) chat"),
                        **error_responses(400, 401, 403, 404),
                    },
                }
            },
            "/api/me/events": {
                "get": {
                    "summary": "The caller's upcoming appointments, open requests, group meetings",
                    "security": secured,
                    "responses": {
                        "200": ok(
                            {"appointments": array, "requests": array, "meetings": array},
                            ["appointments", "requests", "meetings"],
                            "Times are ISO 8601 UTC",
                        ),
                        **error_responses(401),
                    },
                }
            },
        }
