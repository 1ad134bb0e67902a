"""The OpenAPI document of the portal's JSON API (`GET /api/openapi.json`)."""

from __future__ import annotations

from typing import Any

from appservice.providers import ProviderDefinition
from bridge.api import json_answer

ERROR_SCHEMA = {
    "type": "object",
    "required": ["errcode", "error"],
    "properties": {"errcode": {"type": "string"}, "error": {"type": "string"}},
}


def openapi_document(extra_paths: dict[str, Any] | None = None) -> dict[str, Any]:
    """The document; feature API modules contribute `extra_paths`."""
    provider_schema = ProviderDefinition.model_json_schema(
        ref_template="#/components/schemas/{model}"
    )
    defs = provider_schema.pop("$defs", {})
    provider_schema["properties"].pop("demo_experts", None)
    defs.pop("DemoExpert", None)
    health = {
        "type": "object",
        "required": ["status", "checks"],
        "properties": {
            "status": {"type": "string", "enum": ["ok", "unavailable"]},
            "checks": {
                "type": "object",
                "description": "homeserver, database, appservice: 'ok' or what is wrong",
                "additionalProperties": {"type": "string"},
            },
            "down": {"type": "array", "items": {"type": "string"}},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Terveysaula portal API",
            "version": "0.1.0",
            "description": "JSON API of the Terveysaula portal. Authenticated calls carry "
            "`Authorization: Bearer <Matrix access token>`. Errors are "
            '`{"errcode", "error"}` with a 4xx status.',
        },
        "paths": {
            "/api/health": {
                "get": {
                    "summary": "Whether homeserver, database and appservice are reachable",
                    "responses": {
                        "200": json_answer("All parts reachable", health),
                        "503": json_answer("A part is down; `down` names it", health),
                    },
                }
            },
            "/api/providers": {
                "get": {
                    "summary": "The provider directory with services (names in fi/sv/en)",
                    "responses": {
                        "200": json_answer(
                            "The providers",
                            {
                                "type": "object",
                                "required": ["providers"],
                                "properties": {
                                    "providers": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Provider"},
                                    }
                                },
                            },
                        )
                    },
                }
            },
            "/api/openapi.json": {
                "get": {
                    "summary": "This document",
                    "responses": {"200": {"description": "OpenAPI 3.1 document"}},
                }
            },
            **(extra_paths or {}),
        },
        "components": {
            "schemas": {"Provider": provider_schema, "Error": ERROR_SCHEMA, **defs},
            "securitySchemes": {
                "matrix": {"type": "http", "scheme": "bearer", "description": "Matrix access token"}
            },
        },
    }
