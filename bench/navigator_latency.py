"""Navigator latency: a client's message to the navigator's reply in that client's own /sync.

Starts a real homeserver (relaxed rate limits) and the whole service in-process in a temporary
home, as the tests do. A client writes N messages (default 30, taken from the triage case sets)
in their journey room; each is timed from the send returning to the navigator's reply arriving
in the client's /sync long-poll, which runs all the time. In the same run, the homeserver's own
echo is measured the same way: client A sends in a room and client B's /sync sees it. The
navigator's extra is the difference; the ratio says how much slower than a plain message echo
an answer is. Rules answer alone here (no model is configured), which is what the bot posts
first in any case.

    .venv/bin/python -m bench navigator_latency     (or: bench/navigator_latency.py --messages 30)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from appservice.homeserver import EmbeddedHomeserver
from appservice.runtime import Service
from bench.triage_throughput import load_messages
from tests.harness import make_config, register_user, service_environ


class Client:
    """A raw client-server API client with a /sync long-poll that notes when events arrive."""

    def __init__(self, http: aiohttp.ClientSession, base: str, token: str) -> None:
        self._http = http
        self._base = base
        self._token = token
        self.arrived: dict[str, float] = {}  # event ID (or the ID it replies to) → when seen
        self._news = asyncio.Event()
        self._poll: asyncio.Task[None] | None = None

    async def call(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        async with self._http.request(
            method,
            f"{self._base}/_matrix/client/{path}",
            json=body,
            headers={"Authorization": f"Bearer {self._token}"},
        ) as resp:
            data = await resp.json(content_type=None)
            if resp.status != 200:
                raise RuntimeError(f"{method} {path}: {resp.status} {data}")
            return dict(data)

    async def send(self, room_id: str, text: str) -> str:
        path = f"v3/rooms/{quote(room_id)}/send/m.room.message/{secrets.token_hex(8)}"
        body = await self.call("PUT", path, {"msgtype": "m.text", "body": text})
        return str(body["event_id"])

    async def start_sync(self) -> None:
        since = (await self.call("GET", "v3/sync?timeout=0"))["next_batch"]
        self._poll = asyncio.get_running_loop().create_task(self._sync(since))

    async def stop_sync(self) -> None:
        if self._poll is not None:
            self._poll.cancel()
            await asyncio.gather(self._poll, return_exceptions=True)

    async def _sync(self, since: str) -> None:
        while True:
            body = await self.call("GET", f"v3/sync?timeout=30000&since={quote(since)}")
            now = time.monotonic()
            since = body["next_batch"]
            for room in body.get("rooms", {}).get("join", {}).values():
                for event in room.get("timeline", {}).get("events", []):
                    self.arrived.setdefault(event["event_id"], now)
                    relates = event.get("content", {}).get("m.relates_to", {})
                    replied = relates.get("m.in_reply_to", {}).get("event_id")
                    if replied:
                        self.arrived.setdefault(f"reply:{replied}", now)
            self._news.set()

    async def wait_for(self, key: str, timeout: float = 10.0) -> float:
        deadline = time.monotonic() + timeout
        while key not in self.arrived:
            self._news.clear()
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{key} did not arrive")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._news.wait(), left)
        return self.arrived[key]


def summary(label: str, values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    median = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    print(
        f"  {label}: median {median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
        f"max {ordered[-1] * 1000:.1f} ms (n={len(ordered)})"
    )
    return median, p95


async def measure(count: int) -> int:
    texts = [text for text in load_messages() if len(text) < 400][:count]
    with tempfile.TemporaryDirectory() as tmp:
        config = make_config(Path(tmp) / "home", service_environ())
        homeserver = EmbeddedHomeserver(config)
        await homeserver.start()
        service = Service(config)
        try:
            await service.start()
            await service.seed(demo_accounts=False)
            async with aiohttp.ClientSession() as http:
                return await _run(service, http, texts)
        finally:
            await service.stop()
            await homeserver.stop()


async def _run(service: Service, http: aiohttp.ClientSession, texts: list[str]) -> int:
    config = service.config
    base = config.homeserver.url
    users = [await register_user(config, name) for name in ("client", "alice", "bob")]
    for user in users:
        await user.client.close()
    client, alice, bob = (Client(http, base, str(u.client.access_token)) for u in users)
    # The navigator: the client's journey room, as POST /api/journey gives it.
    async with http.post(
        f"{config.portal.public_url}/api/journey",
        headers={"Authorization": f"Bearer {client._token}"},
    ) as resp:
        room_id = str((await resp.json())["room_id"])
    await client.start_sync()
    navigator: list[float] = []
    sends: list[float] = []
    for text in texts:
        started = time.monotonic()
        event_id = await client.send(room_id, text)
        sent = time.monotonic()
        sends.append(sent - started)
        navigator.append(await client.wait_for(f"reply:{event_id}") - sent)
    await client.stop_sync()
    # The homeserver's own echo: Alice sends, Bob's sync sees it.
    # (a public room: the homeserver policy lets clients invite only experts)
    created = await alice.call("POST", "v3/createRoom", {"preset": "public_chat"})
    echo_room = str(created["room_id"])
    await bob.call("POST", f"v3/join/{quote(echo_room)}", {})
    await bob.start_sync()
    echo: list[float] = []
    for text in texts:
        event_id = await alice.send(echo_room, text)
        sent = time.monotonic()
        echo.append(await bob.wait_for(event_id) - sent)
    await bob.stop_sync()
    print(
        f"navigator latency: {len(texts)} messages from tests/triage_cases, rules only, "
        f"one journey room, real homeserver on loopback"
    )
    summary("client send (PUT) itself", sends)
    nav_median, nav_p95 = summary("message → navigator reply in the client's sync", navigator)
    echo_median, echo_p95 = summary("homeserver echo: A's message in B's sync", echo)
    print(
        f"  ratio navigator / echo: median {nav_median / echo_median:.1f}x, "
        f"p95 {nav_p95 / echo_p95:.1f}x"
    )
    return 0 if nav_p95 < 1.0 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=30, help="messages of each kind")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    return asyncio.run(measure(args.messages))


if __name__ == "__main__":
    sys.exit(main())
