"""The optional model behind the navigator, through the real `openai` client and HTTP.

A local OpenAI-compatible server (aiohttp on 127.0.0.1) answers `POST /v1/chat/completions`
with the real response shape; each test scripts its answer: a valid one, one that tries to lower
the level, invalid JSON, a timeout, a nonexistent service, a server error.
"""

from __future__ import annotations

import asyncio
import io
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from appservice.cli import main
from appservice.config import DEMO_PROVIDERS, AIConfig, init_home
from appservice.i18n import Translator
from appservice.providers import load_providers
from appservice.triage.levels import Level
from appservice.triage.llm import ModelAdvisor
from appservice.triage.navigator import Navigator, Turn
from appservice.triage.rulebook import RuleBook
from tests import fake_openai
from tests.fake_openai import FakeModel

API_KEY = "sk-test-key-for-the-local-server"
TIMEOUT = 1.5
CLINIC = "kaupungin-terveysasema"

model = fake_openai.model


@pytest.fixture(scope="module")
def rules() -> RuleBook:
    return RuleBook()


@pytest.fixture
async def navigator(model: FakeModel, rules: RuleBook) -> AsyncIterator[Navigator]:
    """The navigator with the fake model configured, as the `ai` config section would."""
    config = AIConfig.model_validate(
        {"base_url": model.url, "model": "test-model", "api_key": API_KEY, "timeout": TIMEOUT}
    )
    directory = load_providers(DEMO_PROVIDERS)
    advisor = ModelAdvisor(config)
    yield Navigator(lambda: directory, Translator(), rules=rules, advisor=advisor)
    await advisor.close()


def rules_only(navigator: Navigator, message: str, history: list[Turn] | None = None):
    return navigator.assess_rules(message, history=history or [])


async def test_model_can_raise_the_level(model: FakeModel, navigator: Navigator) -> None:
    """A valid answer raises non-urgent to urgent, with its advice and its existing service."""
    advice = "Juo runsaasti vettä ja seuraa oloasi. Jos tulee kuumetta, hakeudu hoitoon."
    model.answer("urgent", [{"provider": CLINIC, "service": "laakarin-videovastaanotto"}], advice)
    message = "Pissatessa kirvelee pari päivää, ei kuumetta"
    assessment = await navigator.assess(message)
    assert assessment.rules_level is Level.NON_URGENT
    assert assessment.level is Level.URGENT and assessment.model_used
    assert [o.ref() for o in assessment.services] == [
        {"provider": CLINIC, "service": "laakarin-videovastaanotto"}
    ]
    assert advice in assessment.reply
    assert "116117" in assessment.reply and "En ole lääkäri" in assessment.reply
    assert assessment.brief.assessed_by == ["rules", "model"]
    assert assessment.brief.level is Level.URGENT


async def test_model_cannot_lower_the_rules_level(model: FakeModel, navigator: Navigator) -> None:
    """A model answering self-care for an urgent problem is overruled: still urgent, 116117."""
    model.answer("self-care", [], "Lepää ja juo vettä.")
    assessment = await navigator.assess("kylkeen sattuu aaltoina ja virtsassa on verta")
    assert len(model.requests) == 1
    assert assessment.level is Level.URGENT
    assert "116117" in assessment.reply


async def test_model_cannot_lower_an_emergency(model: FakeModel, navigator: Navigator) -> None:
    """A model that would say self-care to chest pain is not even waited for: 112 first."""
    model.answer("self-care", [{"provider": CLINIC, "service": "chat-yhteydenotto"}], "Lepää.")
    assessment = await navigator.assess("rintakipua ja kylmä hiki, olen 60")
    assert assessment.level is Level.EMERGENCY
    assert assessment.reply.startswith("Soita heti hätänumeroon 112.")
    assert assessment.services == []
    assert model.requests == []


@pytest.mark.parametrize(
    "content",
    [
        "this is not JSON {",
        json.dumps({"level": "critical", "services": [], "reply": "x"}),
        json.dumps({"level": "urgent", "services": [], "reply": "x", "diagnosis": "flu"}),
        json.dumps(["urgent"]),
        "",
    ],
)
async def test_invalid_output_leaves_the_rules_alone(
    model: FakeModel, navigator: Navigator, content: str
) -> None:
    """Invalid JSON or a schema mismatch: the answer is exactly the rules' answer."""
    model.content = content
    message = "Olkapää on ollut kipeä kuusi viikkoa"
    assessment = await navigator.assess(message)
    expected = rules_only(navigator, message)
    assert len(model.requests) == 1
    assert not assessment.model_used
    assert (assessment.level, assessment.reply, assessment.services) == (
        expected.level,
        expected.reply,
        expected.services,
    )


async def test_a_slow_model_is_not_waited_for(model: FakeModel, navigator: Navigator) -> None:
    """A model slower than ai.timeout: the rules answer alone, within the timeout."""
    model.delay = TIMEOUT + 3
    model.answer("urgent", [], "Myöhässä.")
    started = time.monotonic()
    assessment = await navigator.assess("Yskä on jatkunut kuukauden")
    elapsed = time.monotonic() - started
    assert elapsed < TIMEOUT + 1
    assert not assessment.model_used
    assert assessment.level is Level.NON_URGENT


async def test_a_server_error_leaves_the_rules_alone(
    model: FakeModel, navigator: Navigator
) -> None:
    """HTTP 500: no retry storm (one request), the rules' answer stands."""
    model.status = 500
    message = "närästys on vaivannut kuukausia"
    assessment = await navigator.assess(message)
    assert len(model.requests) == 1
    assert not assessment.model_used
    assert assessment.reply == rules_only(navigator, message).reply


async def test_nonexistent_services_are_dropped(model: FakeModel, navigator: Navigator) -> None:
    """Services the directory does not have are never offered; existing ones are kept."""
    model.answer(
        "non-urgent",
        [
            {"provider": "private-hospital", "service": "mri"},
            {"provider": CLINIC, "service": "no-such-service"},
        ],
        "Venyttele kevyesti ja käytä kylmäpakkausta.",
    )
    message = "Olkapää on ollut kipeä kuusi viikkoa"
    assessment = await navigator.assess(message)
    assert assessment.model_used
    assert assessment.services == rules_only(navigator, message).services
    assert all(o.provider == CLINIC for o in assessment.services)
    mixed = [
        {"provider": CLINIC, "service": "chat-yhteydenotto"},
        {"provider": "no", "service": "x"},
    ]
    model.answer("non-urgent", mixed, "Venyttele kevyesti.")
    assessment = await navigator.assess(message)
    assert [o.ref() for o in assessment.services] == [
        {"provider": CLINIC, "service": "chat-yhteydenotto"}
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "Tämä on todennäköisesti keuhkokuume, lepää.",  # names a disease
        "Soita numeroon 040 123 4567.",  # a phone number the rules did not give
        "Please rest and drink plenty of water.",  # not the client's language
        "",
        "a" * 2000,
    ],
)
async def test_unsafe_model_text_is_not_shown(
    model: FakeModel, navigator: Navigator, reply: str
) -> None:
    """A diagnosis, a phone number, another language or no text: the rules' words are used."""
    model.answer("urgent", [], reply)
    message = "Pissatessa kirvelee pari päivää, ei kuumetta"
    assessment = await navigator.assess(message)
    assert assessment.level is Level.URGENT  # the level is still raised
    if reply:
        assert reply not in assessment.reply
    assert "keuhkokuume" not in assessment.reply and "040" not in assessment.reply


async def test_the_model_sees_only_this_conversation(
    model: FakeModel, navigator: Navigator
) -> None:
    """The request carries the instructions, the services and this conversation, nothing else."""
    model.answer("non-urgent", [], "Lepää ja seuraa oloasi.")
    await navigator.assess("Toisen asiakkaan salainen viesti: polvi on kipeä")
    history = [
        Turn("client", "Minulla on ollut yskää kolme viikkoa"),
        Turn("navigator", "Onko sinulla kuumetta?"),
    ]
    await navigator.assess("Ei ole kuumetta, mutta yskä ei mene ohi", history=history)
    body = model.requests[-1]
    assert set(body) == {"model", "messages", "response_format"}
    assert body["model"] == "test-model"
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["strict"] is True
    system, *turns = body["messages"]
    assert system["role"] == "system" and "not a doctor" in system["content"]
    assert turns == [
        {"role": "user", "content": "Minulla on ollut yskää kolme viikkoa"},
        {"role": "assistant", "content": "Onko sinulla kuumetta?"},
        {"role": "user", "content": "Ei ole kuumetta, mutta yskä ei mene ohi"},
    ]
    assert "salainen" not in json.dumps(body, ensure_ascii=False)
    assert model.headers[-1]["Authorization"] == f"Bearer {API_KEY}"


async def test_cli_uses_the_configured_model(
    model: FakeModel, monkeypatch, capsys, tmp_path: Path
) -> None:
    """`terveysaula triage` with an `ai` section in the config asks the model."""
    home = tmp_path / "home"
    init_home(home)
    monkeypatch.setenv("TERVEYSAULA_AI__BASE_URL", model.url)
    monkeypatch.setenv("TERVEYSAULA_AI__MODEL", "test-model")
    monkeypatch.setenv("TERVEYSAULA_AI__API_KEY", API_KEY)
    monkeypatch.setenv("TERVEYSAULA_AI__TIMEOUT", str(TIMEOUT))
    model.answer("urgent", [], "Juo runsaasti vettä ja lepää.")
    monkeypatch.setattr("sys.stdin", io.StringIO("Pissatessa kirvelee pari päivää, ei kuumetta"))
    status = await asyncio.to_thread(main, ["triage", "--json", "--home", str(home)])
    assert status == 0
    data = json.loads(capsys.readouterr().out)
    assert data["level"] == "urgent"
    assert "Juo runsaasti vettä ja lepää." in data["reply"]
    assert len(model.requests) == 1
