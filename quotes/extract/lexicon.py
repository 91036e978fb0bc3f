"""The extractor's lexicons (``quotes/data/``), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, str]
    """Lower-cased cue form -> class (speech, clitic, report, directive, according, passive)."""
    titles: frozenset[str]
    """Offices, honorifics and ranks written before a name."""
    roles: frozenset[str]
    places: frozenset[str]
    common: frozenset[str]
    """Ordinary words that are capitalised only at the start of a sentence (``Setelah``, ``Pria``)."""
    dates: frozenset[str] = frozenset()
    """Lower-cased day and month names (``kamis``, ``agustus``): never a name or an outlet."""
    place_names: frozenset[str] = frozenset()
    """Lower-cased names of countries, regions and cities (``places.txt``): never a person."""
    honorifics: frozenset[str] = frozenset()
    """The titles that only stand before a person's own name (``Dr.``, ``AKP``), never before a unit."""
    institution_words: frozenset[str] = frozenset()
    """Lower-cased words of institutions' names after their head (``Badan Pusat Statistik``): not a person's."""
    place_heads: frozenset[str] = frozenset()
    """Lower-cased words that begin a place's name (``Pulau Tidung``, ``Desa Sukamaju``)."""

    def cue_class(self, word: str) -> str | None:
        return self.cues.get(word.lower())

    def is_place(self, name: str) -> bool:
        return name.lower() in self.place_names

    def is_title(self, word: str) -> bool:
        return word.lower().rstrip(",") in self.titles


def _data(name: str) -> str:
    return resources.files("quotes.data").joinpath(name).read_text("utf-8")


@cache
def lexicon() -> Lexicon:
    cues: dict[str, str] = {}
    for number, line in enumerate(_data("cues.tsv").splitlines()):
        if number == 0 or not line.strip():
            continue
        form, cls, _why = line.split("\t", 2)
        cues[form.lower()] = cls
    sections: dict[str, set[str]] = {
        "title": set(),
        "honorific": set(),
        "role": set(),
        "place": set(),
        "common": set(),
        "date": set(),
        "institution": set(),
        "place-head": set(),
    }
    current = "title"
    for line in _data("titles.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, set())
            continue
        sections[current].add(line.lower())
    return Lexicon(
        cues=cues,
        titles=frozenset(sections["title"] | sections["honorific"]),
        honorifics=frozenset(sections["honorific"]),
        roles=frozenset(sections["role"]),
        places=frozenset(sections["place"]),
        common=frozenset(sections["common"]) | frozenset(sections["role"]) | frozenset(sections["date"]),
        dates=frozenset(sections["date"]),
        institution_words=frozenset(sections["institution"]),
        place_heads=frozenset(sections["place-head"]),
        place_names=frozenset(
            line.strip().lower()
            for line in _data("places.txt").splitlines()
            if line.strip() and not line.startswith("#")
        ),
    )
