"""Outbound notifications of new contact requests: webhooks and e-mail.

Privacy: what leaves the service is only that a request exists — provider, request number,
service and time. Never the client's message, name or user ID: webhook receivers and mailboxes
are outside the homeserver and outside the audit log, so the expert reads the request in Matrix.

Delivery runs in the background (the client's request never waits for it) in tasks this
notifier owns and cancels on close. Webhooks get a JSON POST with a timeout and a few retries;
e-mail goes through the configured SMTP server (STARTTLS when configured) in a worker thread
(implicit TLS on port 465).
"""

from __future__ import annotations

import asyncio
import logging
import smtplib
from collections.abc import Coroutine
from email.message import EmailMessage
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from appservice.background import BackgroundTasks
from appservice.config import NotifyConfig
from appservice.contact_requests import NewRequestNotice
from appservice.http import LazyClientSession

logger = logging.getLogger(__name__)

EVENT = "contact_request.created"
WEBHOOK_TIMEOUT = 5.0
WEBHOOK_ATTEMPTS = 3
RETRY_DELAY = 1.0
SMTP_TIMEOUT = 20.0
SMTPS_PORT = 465


def webhook_payload(notice: NewRequestNotice) -> dict[str, Any]:
    """The webhook body: no message text and no client identity (see the module docstring)."""
    return {
        "event": EVENT,
        "provider": notice.provider,
        "request_id": notice.request_id,
        "service": notice.service,
        "created_at": notice.created_at.isoformat(),
    }


def email_message(notice: NewRequestNotice, sender: str, recipients: list[str]) -> EmailMessage:
    """The same minimal content as the webhook, in Finnish, Swedish and English."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Subject"] = f"Terveysaula: uusi yhteydenotto #{notice.request_id} ({notice.provider})"
    service = notice.service or "-"
    message.set_content(
        f"Uusi yhteydenotto #{notice.request_id} ({service}) odottaa henkilökunnan huoneessa.\n"
        f"En ny kontaktförfrågan #{notice.request_id} ({service}) väntar i personalrummet.\n"
        f"A new contact request #{notice.request_id} ({service}) is waiting in the staff room.\n"
        f"\n{notice.created_at.isoformat()}\n",
        cte="quoted-printable",  # 7-bit safe for any relay
    )
    return message


def _where(url: str) -> str:
    """The host of a webhook URL, for logs (its path and query may hold a secret)."""
    return urlsplit(url).netloc or "?"


class Notifier:
    """Delivers `NewRequestNotice`s to the configured webhooks and mailboxes."""

    def __init__(self, config: NotifyConfig) -> None:
        self._config = config
        self._session = LazyClientSession(total_timeout=WEBHOOK_TIMEOUT)
        self._tasks = BackgroundTasks(logger)

    def contact_request_created(self, notice: NewRequestNotice) -> None:
        """Start delivering; returns at once."""
        webhooks = list(dict.fromkeys([*self._config.webhooks, *notice.webhooks]))
        for url in webhooks:
            self._spawn(self._post_webhook(url, webhook_payload(notice)), f"webhook {_where(url)}")
        if notice.emails and self._config.smtp.host and self._config.smtp.sender:
            self._spawn(self._send_email(notice), "e-mail")

    def _spawn(self, work: Coroutine[Any, Any, None], what: str) -> None:
        self._tasks.spawn(work, "notification by %s failed", what)

    def _http(self) -> aiohttp.ClientSession:
        return self._session.get()

    async def _post_webhook(self, url: str, payload: dict[str, Any]) -> None:
        """POST with retries on network errors, 5xx, 408 and 429; other 4xx are final."""
        for attempt in range(1, WEBHOOK_ATTEMPTS + 1):
            try:
                async with self._http().post(url, json=payload) as resp:
                    if resp.status < 300:
                        logger.info(
                            "webhook %s took request %s", _where(url), payload["request_id"]
                        )
                        return
                    if resp.status < 500 and resp.status not in (408, 429):
                        logger.warning("webhook %s refused with HTTP %s", _where(url), resp.status)
                        return
                    problem = f"HTTP {resp.status}"
            except (aiohttp.ClientError, TimeoutError) as err:
                problem = type(err).__name__
            logger.warning(
                "webhook %s: attempt %d/%d failed (%s)",
                _where(url),
                attempt,
                WEBHOOK_ATTEMPTS,
                problem,
            )
            if attempt < WEBHOOK_ATTEMPTS:
                await asyncio.sleep(RETRY_DELAY * attempt)

    async def _send_email(self, notice: NewRequestNotice) -> None:
        smtp = self._config.smtp
        assert smtp.host and smtp.sender
        message = email_message(notice, smtp.sender, list(notice.emails))
        await asyncio.to_thread(self._deliver_email, message)
        logger.info(
            "e-mailed %d recipients about request %s", len(notice.emails), notice.request_id
        )

    def _deliver_email(self, message: EmailMessage) -> None:
        smtp = self._config.smtp
        assert smtp.host
        if smtp.port == SMTPS_PORT:  # implicit TLS (SMTPS)
            client: smtplib.SMTP = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=SMTP_TIMEOUT)
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=SMTP_TIMEOUT)
        with client:
            if smtp.starttls and smtp.port != SMTPS_PORT:
                client.starttls()
            if smtp.username and smtp.password:
                client.login(smtp.username, smtp.password.get_secret_value())
            client.send_message(message)

    async def drain(self) -> None:
        """Wait for deliveries in flight (tests, and a clean stop)."""
        await self._tasks.drain()

    async def close(self) -> None:
        await self._tasks.cancel()
        await self._session.close()
