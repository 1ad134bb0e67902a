"""The application service endpoint: homeserver transactions in, isolated event handlers out.

mautrix's `AppService` gives us the HTTP server, intents and the state cache; this subclass
makes transactions durable. Processed transaction and event IDs are persisted, so a redelivery
after a crash is acknowledged without a second effect; each handler runs in isolation, so one
failure never loses the rest of the transaction. Handlers run before the transaction is
acknowledged (at-least-once); effects that could be repeated after a crash between handling and
recording use deterministic Matrix transaction IDs (`txn_id_for`), which the homeserver dedupes.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any, cast

from aiohttp import web
from mautrix.api import HTTPAPI
from mautrix.appservice import AppService
from mautrix.appservice.state_store import ASStateStore
from mautrix.client import ClientAPI
from mautrix.client.state_store.memory import MemoryStateStore
from mautrix.types import JSON, Event, EventType, SerializerError, UserID

from appservice.config import Config
from appservice.repositories import TransactionRepository

logger = logging.getLogger(__name__)

EventHandler = Callable[[Event], Awaitable[None]]
RouteHandler = Callable[[web.Request], Awaitable[web.Response]]


class MemoryASStateStore(ASStateStore, MemoryStateStore):
    """mautrix's state cache in memory; the homeserver stays the source of truth."""

    def __init__(self) -> None:
        ASStateStore.__init__(self)
        MemoryStateStore.__init__(self)


def matrix_error(status: int, errcode: str, error: str) -> web.Response:
    return web.json_response({"errcode": errcode, "error": error}, status=status)


def txn_id_for(*parts: str) -> str:
    """A Matrix transaction ID derived from what caused the send, so a repeat is deduplicated."""
    return "ta-" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


class Appservice(AppService):
    """Terveysaula's application service: durable, isolated transaction handling."""

    def __init__(self, config: Config, transactions: TransactionRepository) -> None:
        super().__init__(
            server=config.homeserver.url,
            domain=config.homeserver.server_name,
            as_token=config.appservice.as_token.get_secret_value(),
            hs_token=config.appservice.hs_token.get_secret_value(),
            bot_localpart=config.appservice.bot_localpart,
            id=config.appservice.id,
            log=logging.getLogger("appservice.mautrix"),
            state_store=MemoryASStateStore(),
        )
        self.synchronous_handlers = True
        self.namespace_prefix = config.appservice.namespace_prefix
        self._repo = transactions
        self._handlers: list[EventHandler] = []
        self._lock = asyncio.Lock()

    # Routes ---------------------------------------------------------------------------------

    def register_routes(self, app: web.Application) -> None:
        for prefix in ("", "/_matrix/app/v1"):
            app.router.add_route("PUT", f"{prefix}/transactions/{{txn_id}}", self._put_transaction)
            app.router.add_route("GET", f"{prefix}/rooms/{{alias}}", self._guard(self._query_alias))
            app.router.add_route(
                "GET", f"{prefix}/users/{{user_id}}", self._guard(self._query_user)
            )
        app.router.add_route("POST", "/_matrix/app/v1/ping", self._guard(self._http_ping))

    def _check_token(self, request: web.Request) -> bool:
        header = request.headers.get("Authorization", "")
        token = header.removeprefix("Bearer ") if header.startswith("Bearer ") else ""
        return hmac.compare_digest(token.encode(), self.hs_token.encode())

    def _guard(self, route: RouteHandler) -> RouteHandler:
        async def guarded(request: web.Request) -> web.Response:
            if not self._check_token(request):
                return matrix_error(403, "M_FORBIDDEN", "Bad or missing homeserver token")
            return await route(request)

        return guarded

    async def _query_user(self, _request: web.Request) -> web.Response:
        # Users in our namespace are created by us explicitly, never on a homeserver query.
        return matrix_error(404, "M_NOT_FOUND", "No such user")

    async def _query_alias(self, _request: web.Request) -> web.Response:
        return matrix_error(404, "M_NOT_FOUND", "No such room alias")

    async def _put_transaction(self, request: web.Request) -> web.Response:
        if not self._check_token(request):
            return matrix_error(403, "M_FORBIDDEN", "Bad or missing homeserver token")
        txn_id = request.match_info["txn_id"]
        try:
            body = json.loads(await request.read())
        except (json.JSONDecodeError, UnicodeDecodeError):
            return matrix_error(400, "M_NOT_JSON", "Transaction body is not JSON")
        if not isinstance(body, dict) or not isinstance(body.get("events"), list):
            return matrix_error(400, "M_BAD_JSON", "Transaction body needs an 'events' list")
        async with self._lock:
            if await self._repo.is_transaction_processed(txn_id):
                logger.info("transaction %s: already processed, acknowledged again", txn_id)
                return web.json_response({})
            counts = {"handled": 0, "duplicate": 0, "ignored": 0, "failed": 0}
            for raw in body["events"]:
                counts[await self._process(raw)] += 1
            await self._repo.mark_transaction_processed(txn_id, len(body["events"]))
        logger.info(
            "transaction %s: %d events (%d handled, %d duplicates, %d ignored, %d failed)",
            txn_id,
            len(body["events"]),
            counts["handled"],
            counts["duplicate"],
            counts["ignored"],
            counts["failed"],
        )
        return web.json_response({})

    # Events ---------------------------------------------------------------------------------

    def add_event_handler(self, handler: EventHandler) -> None:
        self._handlers.append(handler)

    def remove_event_handler(self, handler: EventHandler) -> None:
        if handler in self._handlers:
            self._handlers.remove(handler)

    def as_person(self, user_id: str, token: str) -> ClientAPI:
        """A client acting with a person's own access token (they called us with it)."""
        api = HTTPAPI(base_url=self.server, token=token, client_session=self.http_session)
        return ClientAPI(UserID(user_id), api=api)

    def is_namespaced(self, user_id: str) -> bool:
        """True for our bots and nickname users (their own echoes are usually ignored)."""
        return user_id.startswith(f"@{self.namespace_prefix}")

    async def _process(self, raw: Any) -> str:
        event_id = raw.get("event_id") if isinstance(raw, dict) else None
        if not isinstance(event_id, str) or not event_id:
            logger.warning("ignored an event without an event_id in a transaction")
            return "ignored"
        if await self._repo.is_event_processed(event_id):
            return "duplicate"
        room_id = raw.get("room_id")
        evt = self._deserialize(raw) or self._deserialize(_without_malformed_parts(raw))
        if evt is None:
            logger.warning("ignored malformed event %s", event_id)
            await self._repo.mark_event_processed(event_id, str(room_id))
            return "ignored"
        cls = EventType.Class.STATE if "state_key" in raw else EventType.Class.MESSAGE
        evt.type = evt.type.with_class(cls)
        failed = False
        for handler in [self.state_store.update_state, *self._handlers]:
            failed = not await self._run_isolated(handler, evt) or failed
        await self._repo.mark_event_processed(event_id, str(room_id))
        return "failed" if failed else "handled"

    def _deserialize(self, raw: dict[str, Any]) -> Event | None:
        try:
            self._fix_prev_content(cast(JSON, raw))
            return cast(Event, Event.deserialize(raw))
        except (SerializerError, KeyError, TypeError, ValueError, AttributeError):
            return None

    async def _run_isolated(self, handler: EventHandler, evt: Event) -> bool:
        try:
            await handler(evt)
        except asyncio.CancelledError:
            raise
        except Exception:
            reference = secrets.token_hex(4)
            logger.exception(
                "handler %s failed on event %s in %s [ref %s]",
                getattr(handler, "__qualname__", handler),
                evt.event_id,
                getattr(evt, "room_id", None),
                reference,
            )
            return False
        return True


# Optional content parts (and the type they must have) whose wrong shape makes mautrix refuse
# the whole event. Without them the event still reaches the handlers, so a crafted file message
# cannot slip past the file policy by being unreadable.
_OPTIONAL_CONTENT_PARTS: dict[str, type] = {
    "info": dict,
    "m.relates_to": dict,
    "m.new_content": dict,
    "m.mentions": dict,
    "format": str,
}


def _without_malformed_parts(raw: dict[str, Any]) -> dict[str, Any]:
    content = raw.get("content")
    if not isinstance(content, dict):
        return raw
    cleaned = {
        key: value
        for key, value in content.items()
        if key not in _OPTIONAL_CONTENT_PARTS or isinstance(value, _OPTIONAL_CONTENT_PARTS[key])
    }
    return {**raw, "content": cleaned, "unsigned": raw.get("unsigned") or {}}
