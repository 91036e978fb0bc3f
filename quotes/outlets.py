"""The outlet registry (``data/outlets.json``): canonical names for publishers, agencies and broadcasters."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


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
        """The registered outlet written as ``name`` (any alias, any case), or None."""
        key = _key(name)
        found = self.by_key.get(key)
        if found is None and re.search(r"\.(com|co\.id|id|net|org)$", key):
            found = self.by_key.get(re.sub(r"\.(com|co\.id|id|net|org)$", "", key))
        return found

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
