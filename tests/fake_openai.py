"""A local OpenAI-compatible chat-completions server for the tests of the optional model.

aiohttp on a free 127.0.0.1 port answers `POST /v1/chat/completions` with the real response
shape, so the real `openai` client is exercised; each test scripts what it answers (content,
an HTTP error status, a delay) and reads what it was sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web


@dataclass
class FakeModel:
    """What the fake endpoint will answer, and every request it received."""

    content: str = "{}"
    status: int = 200
    delay: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    url: str = ""
    released: asyncio.Event = field(default_factory=asyncio.Event)

    def answer(self, level: str, services: list[dict[str, str]], reply: str) -> None:
        """A navigator answer: the level, the suggested services and the reply text."""
        self.content = json.dumps({"level": level, "services": services, "reply": reply})


@pytest.fixture
async def model() -> AsyncIterator[FakeModel]:
    """An OpenAI-compatible chat-completions endpoint on a free local port."""
    fake = FakeModel()

    async def completions(request: web.Request) -> web.Response:
        fake.requests.append(await request.json())
        fake.headers.append(dict(request.headers))
        if fake.delay:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(fake.released.wait(), fake.delay)
        if fake.status != 200:
            error = {"error": {"message": "boom", "type": "server_error", "code": None}}
            return web.json_response(error, status=fake.status)
        return web.json_response(
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": fake.requests[-1]["model"],
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": fake.content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 50, "completion_tokens": 20, "total_tokens": 70},
            }
        )

    app = web.Application()
    app.router.add_post("/v1/chat/completions", completions)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    fake.url = f"http://127.0.0.1:{port}/v1"
    yield fake
    fake.released.set()
    await runner.cleanup()
