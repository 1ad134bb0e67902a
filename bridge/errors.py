"""The one place that turns problems into JSON error bodies `{"errcode", "error"}`."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping

from aiohttp import web

from bridge.handlers import Handler

logger = logging.getLogger(__name__)


class ApiError(Exception):
    """A refusal the caller can act on: HTTP status, Matrix-style errcode and a human message."""

    def __init__(self, status: int, errcode: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.errcode = errcode
        self.message = message


Errcodes = Mapping[type[Exception], tuple[int, str]]


def refusal(
    err: Exception,
    errcodes: Errcodes,
    message: str | None = None,
    default: tuple[int, str] = (400, "M_INVALID_PARAM"),
) -> ApiError:
    """A domain exception as an ApiError: the most specific class in `errcodes` decides the
    status and errcode; the message is the exception's (or its translation)."""
    status, errcode = next((errcodes[k] for k in type(err).__mro__ if k in errcodes), default)
    return ApiError(status, errcode, str(err) if message is None else message)


def error_response(status: int, errcode: str, message: str) -> web.Response:
    return web.json_response({"errcode": errcode, "error": message}, status=status)


_HTTP_ERRCODES = {
    400: "M_BAD_JSON",
    401: "M_MISSING_TOKEN",
    403: "M_FORBIDDEN",
    404: "M_NOT_FOUND",
    405: "M_UNRECOGNIZED",
    413: "M_TOO_LARGE",
    429: "M_LIMIT_EXCEEDED",
}


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """API errors as JSON; unexpected failures as 500 with a reference, never a traceback."""
    try:
        return await handler(request)
    except ApiError as err:
        return error_response(err.status, err.errcode, err.message)
    except web.HTTPException as err:
        if not request.path.startswith("/api/") or err.status < 400:
            raise
        errcode = _HTTP_ERRCODES.get(err.status, "M_UNKNOWN")
        return error_response(err.status, errcode, err.reason)
    except Exception:
        reference = secrets.token_hex(4)
        logger.exception("%s %s failed [ref %s]", request.method, request.path, reference)
        return error_response(
            500, "M_UNKNOWN", f"Something went wrong on our side (reference {reference})."
        )
