"""`GET /api/i18n/{lang}`: the page's texts from the `portal` Babel catalog, as JSON.

The page has no build step, so its translations come from the same `.po` files as the bots'
messages; the browser caches them (ETag, an hour) and asks again only when they change.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from aiohttp import web

from appservice.i18n import Translator
from appservice.providers import LANGUAGES
from bridge.api import error_responses
from bridge.errors import ApiError

PAGE_DOMAIN = "portal"


class I18nApi:
    """Serves one catalog domain per language, built once (the catalogs are read at start)."""

    def __init__(self, translator: Translator, domain: str = PAGE_DOMAIN) -> None:
        self._bodies: dict[str, tuple[bytes, str]] = {}
        for language in LANGUAGES:
            messages = translator.domain(language, domain)
            body = json.dumps(
                {"language": language, "messages": messages}, ensure_ascii=False, sort_keys=True
            ).encode()
            etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
            self._bodies[language] = (body, etag)

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/api/i18n/{lang}", self.messages)]

    async def messages(self, request: web.Request) -> web.Response:
        language = request.match_info["lang"]
        found = self._bodies.get(language)
        if found is None:
            raise ApiError(404, "M_NOT_FOUND", "Unknown language: use fi, sv or en.")
        body, etag = found
        headers = {"ETag": etag, "Cache-Control": "public, max-age=3600"}
        if etag in request.headers.get("If-None-Match", ""):
            return web.Response(status=304, headers=headers)
        return web.Response(body=body, content_type="application/json", headers=headers)

    def openapi_paths(self) -> dict[str, Any]:
        schema = {
            "type": "object",
            "required": ["language", "messages"],
            "properties": {
                "language": {"type": "string", "enum": list(LANGUAGES)},
                "messages": {
                    "type": "object",
                    "description": "English message ID → text in the language",
                    "additionalProperties": {"type": "string"},
                },
            },
        }
        return {
            "/api/i18n/{lang}": {
                "get": {
                    "summary": "The web page's texts in a language (fi, sv, en)",
                    "parameters": [
                        {
                            "name": "lang",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "enum": list(LANGUAGES)},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The texts",
                            "content": {"application/json": {"schema": schema}},
                        },
                        **error_responses(404),
                    },
                }
            }
        }
