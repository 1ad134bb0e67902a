"""Which of the directory's services fit what the rules found: only services that exist.

Routing reads the provider kinds and the services' names, not hard-coded slugs, so a region's
own providers file works: a physical problem goes to a clinic (a doctor first when it is urgent,
a nurse first when it is not), feelings and mental health to an association's chat or peer
group, everyday help and company to volunteers. An emergency is routed nowhere but 112.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from appservice.providers import Language, ProviderDefinition, ProviderDirectory
from appservice.providers import Service as ProviderService
from appservice.triage.engine import Topic
from appservice.triage.levels import Level
from appservice.triage.text import fold

MAX_SUGGESTIONS = 3
_DOCTOR = ("laakari", "doctor", "lakar")
_NURSE = ("hoitaja", "nurse", "sjukskotar", "sjukskot")


@dataclass(frozen=True)
class ServiceOption:
    """A service the navigator may offer: where it is, what it is called, how it works."""

    provider: str
    service: str
    provider_name: str
    service_name: str
    mode: str

    def ref(self) -> dict[str, str]:
        return {"provider": self.provider, "service": self.service}


def _words(service: ProviderService) -> str:
    names = " ".join((service.slug, service.name.fi, service.name.sv, service.name.en))
    return fold(names)


def _clinic_rank(service: ProviderService, level: Level) -> int:
    text = _words(service)
    doctor = any(word in text for word in _DOCTOR)
    nurse = any(word in text for word in _NURSE)
    if level is Level.URGENT:
        order = (doctor, nurse, service.mode == "chat")
    else:
        order = (nurse, doctor, service.mode == "chat")
    return next((rank for rank, hit in enumerate(order) if hit), len(order))


def _option(
    provider: ProviderDefinition, service: ProviderService, language: Language
) -> ServiceOption:
    return ServiceOption(
        provider.slug,
        service.slug,
        provider.name.get(language),
        service.name.get(language),
        service.mode,
    )


def _by_language(
    providers: Iterable[ProviderDefinition], language: Language
) -> list[ProviderDefinition]:
    """Providers that serve the client's language first; the others still count."""
    return sorted(providers, key=lambda p: language not in p.languages)


def catalogue(directory: ProviderDirectory, language: Language) -> list[ServiceOption]:
    """Every service of the directory, as the model and the client may see them."""
    return [
        _option(provider, service, language)
        for provider in directory.providers
        for service in provider.services
    ]


def route(
    directory: ProviderDirectory, level: Level, topics: set[Topic], language: Language
) -> list[ServiceOption]:
    """Up to three existing services that fit the level and the topics, best first."""
    if level is Level.EMERGENCY:
        return []
    chosen: list[ServiceOption] = []
    kinds: list[str] = []
    if "mind" in topics:
        kinds += ["association"] if level is not Level.URGENT else ["clinic", "association"]
    if "everyday" in topics:
        kinds.append("volunteer")
    if "body" in topics and level is not Level.SELF_CARE:
        kinds.insert(0, "clinic")
    if "mind" in topics and "clinic" not in kinds and level is Level.NON_URGENT:
        kinds.append("clinic")
    for kind in dict.fromkeys(kinds):
        providers = _by_language((p for p in directory.providers if p.kind == kind), language)
        for provider in providers:
            services = list(provider.services)
            if kind == "clinic":
                services.sort(key=lambda s: _clinic_rank(s, level))
                services = services[:1] if len(kinds) > 1 else services[:2]
            elif kind == "association":
                services.sort(key=lambda s: s.mode != "chat")
            chosen += [_option(provider, service, language) for service in services]
    unique = list(dict.fromkeys(chosen))
    return unique[:MAX_SUGGESTIONS]


def existing(
    directory: ProviderDirectory, refs: Iterable[tuple[str, str]], language: Language
) -> list[ServiceOption]:
    """The (provider, service) pairs that exist in the directory; the rest are dropped."""
    found: list[ServiceOption] = []
    for provider_slug, service_slug in refs:
        provider = directory.get(provider_slug)
        service = provider.service(service_slug) if provider else None
        if provider and service:
            found.append(_option(provider, service, language))
    return list(dict.fromkeys(found))[:MAX_SUGGESTIONS]
