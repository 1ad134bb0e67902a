"""The web portal: the JSON API under /api and the page at /, served by aiohttp."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiohttp import web

from appservice.auth import Authenticator
from appservice.directory import DirectoryStore
from appservice.health import HealthChecks
from appservice.providers import ProviderDefinition
from bridge.api import AUTH, ApiModule
from bridge.errors import json_errors
from bridge.handlers import Handler
from bridge.openapi import openapi_document

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
HEALTH = web.AppKey("health", HealthChecks)
DIRECTORY = web.AppKey("directory", DirectoryStore)
MODULES = web.AppKey("modules", list[ApiModule])
HOMESERVER_URL = web.AppKey("homeserver_url", str)


def provider_json(provider: ProviderDefinition) -> dict[str, Any]:
    """A provider as the public directory shows it (no demo logins, no room IDs)."""
    return provider.model_dump(mode="json", exclude={"demo_experts"})


async def get_health(request: web.Request) -> web.Response:
    checks = await request.app[HEALTH].run()
    healthy = all(result == "ok" for result in checks.values())
    down = sorted(name for name, result in checks.items() if result != "ok")
    body: dict[str, Any] = {"status": "ok" if healthy else "unavailable", "checks": checks}
    if down:
        body["down"] = down
    return web.json_response(body, status=200 if healthy else 503)


async def get_providers(request: web.Request) -> web.Response:
    directory = request.app[DIRECTORY].current()
    return web.json_response({"providers": [provider_json(p) for p in directory.providers]})


async def get_openapi(request: web.Request) -> web.Response:
    extra: dict[str, Any] = {}
    for module in request.app[MODULES]:
        extra.update(module.openapi_paths())
    return web.json_response(openapi_document(extra))


async def get_index(_request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC_DIR / "index.html")


async def get_expert_page(_request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC_DIR / "expert.html")


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    homeserver = request.app[HOMESERVER_URL]
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self' {homeserver}; frame-ancestors 'self'; base-uri 'none'; "
        "form-action 'self'; object-src 'none'",
    )
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if request.path.startswith("/api/"):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def create_portal_app(
    health: HealthChecks,
    directory: DirectoryStore,
    homeserver_url: str,
    auth: Authenticator,
    modules: Sequence[ApiModule] = (),
) -> web.Application:
    app = web.Application(middlewares=[security_headers, json_errors], client_max_size=1 << 20)
    app[HEALTH] = health
    app[DIRECTORY] = directory
    app[HOMESERVER_URL] = homeserver_url
    app[AUTH] = auth
    app[MODULES] = list(modules)
    for module in modules:
        app.router.add_routes(module.routes())
    app.router.add_get("/api/health", get_health)
    app.router.add_get("/api/providers", get_providers)
    app.router.add_get("/api/openapi.json", get_openapi)
    app.router.add_get("/", get_index)
    app.router.add_get("/expert", get_expert_page)
    app.router.add_get(r"/join/{code:[A-Za-z0-9_-]{1,128}}", get_index)  # the page joins
    app.router.add_static("/static/", STATIC_DIR)
    return app


class Portal:
    """Owns the portal's HTTP server."""

    def __init__(self, app: web.Application, host: str, port: int) -> None:
        self._app = app
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        self._runner = web.AppRunner(self._app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._host, self._port).start()
        logger.info("portal listening on http://%s:%s", self._host, self._port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
