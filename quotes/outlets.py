"""The outlet registry (``data/outlets.json``): canonical names for publishers, agencies and broadcasters."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from rapidfuzz import fuzz, process

# A misspelt outlet ("The Sraits Times") is the registered one when the spelling is this close (rapidfuzz
# ratio, 0-100) and the name is long enough for one slip to be a typo rather than another name.
TYPO_MIN_RATIO = 92
TYPO_MIN_LENGTH = 10


@dataclass(frozen=True)
class OutletInfo:
    name: str
    kind: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower())


@dataclass(frozen=True)
class OutletRegistry:
    outlets: tuple[OutletInfo, ...]
    by_key: dict[str, OutletInfo]

    def lookup(self, name: str) -> OutletInfo | None:
        """The registered outlet written as ``name`` (any alias, any case, one typo in a long name), or None."""
        key = _key(name)
        found = self.by_key.get(key)
        if found is None and re.search(r"\.(com|co\.id|id|net|org)$", key):
            found = self.by_key.get(re.sub(r"\.(com|co\.id|id|net|org)$", "", key))
        if found is None and len(key) >= TYPO_MIN_LENGTH:
            found = self._misspelt(key)
        return found

    @cached_property
    def _long_keys(self) -> tuple[str, ...]:
        """The names and aliases long enough to be matched despite a typo."""
        return tuple(k for k in self.by_key if len(k) >= TYPO_MIN_LENGTH)

    def _misspelt(self, key: str) -> OutletInfo | None:
        close = process.extractOne(
            key,
            [k for k in self._long_keys if k[0] == key[0]],
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=TYPO_MIN_RATIO,
        )
        return self.by_key[close[0]] if close else None

    def canonical(self, name: str) -> str:
        """The registered name, else the name as written without a ``.com`` suffix."""
        found = self.lookup(name)
        if found:
            return found.name
        name = name.strip()
        return name[:1].upper() + name[1:] if name.islower() else name

    def for_url(self, url: str) -> OutletInfo | None:
        match = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", url.strip().lower())
        if not match:
            return None
        host = match.group(1)
        for outlet in self.outlets:
            if any(host == d or host.endswith("." + d) for d in outlet.domains):
                return outlet
        return None

    def names(self) -> list[str]:
        """Every alias and name, longest first (for building matchers)."""
        return sorted(self.by_key, key=len, reverse=True)


@cache
def registry() -> OutletRegistry:
    raw = json.loads(resources.files("quotes.data").joinpath("outlets.json").read_text("utf-8"))
    outlets = tuple(
        OutletInfo(o["name"], o["kind"], tuple(o.get("aliases", ())), tuple(o.get("domains", ())))
        for o in raw["outlets"]
    )
    by_key: dict[str, OutletInfo] = {}
    for outlet in outlets:
        for alias in (outlet.name, *outlet.aliases, *outlet.domains):
            by_key.setdefault(_key(alias), outlet)
    return OutletRegistry(outlets, by_key)
