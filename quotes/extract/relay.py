"""Relay chains (``dilansir CNN``, ``dalam wawancara dengan media Russia 1``) and addressees
(``kepada wartawan``, ``kepada Putin``) inside an attribution's sentence.

The chain is ordered origin first: an interview or a statement *to* an outlet is where the words were
first published; ``dilansir``/``dikutip``/``mengutip`` name the outlets that relayed them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from quotes.extract.lexicon import lexicon
from quotes.outlets import registry
from quotes.records import Relay, Span

_MEDIA_NOUN = (
    r"(?:(?i:kantor\s+berita|media|stasiun\s+(?:televisi|tv|radio)|televisi|radio|harian|surat\s+kabar|koran|"
    r"majalah|tabloid|laman|situs(?:\s+web)?|website|portal(?:\s+berita)?|jaringan\s+berita|saluran|program|"
    r"acara|news\s+agency|the\s+newspaper)\s+(?:(?:resmi|milik\s+negara|pemerintah|lokal|asing|internasional)\s+"
    r"|[A-Z][a-z]+\s*,\s+)?)"
)
# An outlet as written: capitalised words ("The Morning Call", "Russia 1") or a web domain ("beritajakarta.com").
_OUTLET_NAME = (
    r"(?P<name>[a-z][\w-]*\.(?:com|co\.id|id|net|org|co\.uk)\b|detikcom|kumparan|"
    r"(?:the\s+(?=[A-Z]))?(?:(?:al|el)-)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|dello|de|la))*)"
)
_ORIGIN = re.compile(
    r"\b(?:(?:dalam\s+)?(?:sebuah\s+)?wawancara(?:nya)?\s+(?:eksklusif\s+)?(?:dengan|bersama)|[Kk]epada|pada|to|"
    r"(?i:berbicara|bicara)\s+(?:pada|dengan)|"
    r"in\s+an\s+interview\s+with|told)\s+" + _MEDIA_NOUN + r"?" + _OUTLET_NAME,
)
_RELAY = re.compile(
    r"\b(?i:(?:(?:seperti|sebagaimana)\s+)?(?:yang\s+)?(?:dilansir|dikutip|diberitakan|disiarkan|ditayangkan|"
    r"dilaporkan|dikabarkan|melansir|mengutip|menurut\s+(?:laporan|pemberitaan)|reported\s+by|according\s+to)"
    r"(?:\s+(?:dari|oleh|by))?)\s+" + _MEDIA_NOUN + r"?" + _OUTLET_NAME,
)
# "melansir Sports Chosun via Nate": the outlet that passed the report on.
_VIA_NEXT = re.compile(r"\s+(?:via|lewat|melalui)\s+" + _OUTLET_NAME)
_ADDRESSEE = re.compile(
    r"\bkepada\s+(?P<name>(?:para\s+)?(?:wartawan|awak\s+media|jurnalis|reporter|pers|media|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))",
)


@dataclass(frozen=True)
class Relays:
    chain: tuple[Relay, ...]
    addressee: Span | None


@cache
def _not_outlet() -> frozenset[str]:
    """Capitalised words that follow a relay verb but are not outlets: day and month names."""
    return frozenset(word.capitalize() for word in lexicon().dates)


@cache
def _trailing_trim() -> re.Pattern[str]:
    return re.compile(r"(?:\s+(?:" + "|".join(sorted(_not_outlet())) + r")\b.*)$")


def _outlet(text: str, match: re.Match[str]) -> Relay | None:
    start, end = match.span("name")
    raw = text[start:end]
    raw = _trailing_trim().sub("", raw).rstrip(".,")
    if not raw or raw.split()[0] in _not_outlet():
        return None
    # The whole run names the outlet ("Goal International" is not "Goal"); registered aliases get their
    # canonical name ("Rossiya 1" -> "Russia 1").
    found = registry().lookup(raw)
    return Relay(found.name if found else raw, Span(start, start + len(raw), raw))


_OUTLET_WORDS = frozenset(
    [
        "news",
        "tv",
        "times",
        "post",
        "journal",
        "radio",
        "channel",
        "daily",
        "today",
        "magazine",
        "online",
        "herald",
        "echo",
        "mirror",
        "express",
        "telegraph",
        "gazette",
        "tribune",
        "chronicle",
        "observer",
        "press",
        "sport",
        "sports",
        "weekly",
        "network",
        "broadcasting",
        "show",
    ]
)


def looks_like_outlet(name: str) -> bool:
    """A registered outlet, a broadcaster's all-capital call letters (``MSNBC``, ``CNBC``), a web domain, or a
    name ending like a news title (``Miami Herald``, ``Sky News``), perhaps with its edition's country
    (``Today Show Australia``)."""
    words = name.split()
    if len(words) > 2 and lexicon().is_place(words[-1]):
        words = words[:-1]
    return (
        registry().lookup(name) is not None
        or (len(words) == 1 and name.isupper() and 3 <= len(name) <= 6 and name[-1] in "CSN")
        or bool(re.search(r"\.(?:com|co\.id|id|net|org|co\.uk)$", name, re.IGNORECASE))
        or (len(words) > 1 and words[-1].lower() in _OUTLET_WORDS)
    )


def find_relays(text: str, start: int, end: int, *, publisher: str | None = None) -> Relays:
    """Relay chain and addressee in ``text[start:end]`` (an attribution's sentence)."""
    origins: list[Relay] = []
    relays: list[Relay] = []
    addressee: Span | None = None
    for match in _ORIGIN.finditer(text, start, end):
        relay = _outlet(text, match)
        if relay is None:
            continue
        is_media = looks_like_outlet(relay.name) or (
            not match.group(0).startswith("pada")  # "pada Media Test Drive ...": an event, not an outlet
            and bool(re.search(_MEDIA_NOUN, match.group(0), re.IGNORECASE))
        )
        if is_media:
            origins.append(relay)
    for match in _RELAY.finditer(text, start, end):
        relay = _outlet(text, match)
        if relay is not None:
            relays.append(relay)
            after = _VIA_NEXT.match(text, relay.mention.end if relay.mention else match.end(), end)
            onward = _outlet(text, after) if after else None
            if (
                after
                and onward
                and (after.group().split()[0].lower() == "via" or looks_like_outlet(onward.name))
            ):
                relays.append(onward)
    for match in _ADDRESSEE.finditer(text, start, end):
        name = match.group("name")
        if registry().lookup(name) is None and not any(
            r.mention and r.mention.start == match.start("name") for r in origins
        ):
            addressee = Span(match.start("name"), match.end("name"), name)
            break
    chain: list[Relay] = []
    seen: set[str] = set()
    own = registry().canonical(publisher) if publisher else None
    for relay in (*origins, *relays):
        if relay.name in seen or relay.name == own:
            continue
        seen.add(relay.name)
        chain.append(relay)
    return Relays(tuple(chain), addressee)
