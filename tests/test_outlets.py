"""The outlet registry: aliases, domains and misspellings resolve to one registered outlet."""

from __future__ import annotations

import pytest

from quotes.outlets import registry


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Reuters", "Reuters"),
        ("reuters.com", "Reuters"),
        ("New York Times", "The New York Times"),
        ("The Sraits Times", "Straits Times"),  # one letter dropped
        ("Wall Street Jurnal", "The Wall Street Journal"),
        ("VOAIndonesia", "Voice of America"),  # the space left out
        ("Reuter", None),  # too short to call a slip a typo
        ("Daily Mial", None),  # two letters swapped in a short name: too far
        ("Dimas Saputra", None),  # a person's name is no outlet
    ],
)
def test_lookup(written: str, expected: str | None) -> None:
    found = registry().lookup(written)
    assert (found.name if found else None) == expected


def test_canonical_keeps_unknown_names_as_written() -> None:
    assert registry().canonical("Harian Lokal Sejahtera") == "Harian Lokal Sejahtera"
    assert registry().canonical("The Sraits Times") == "Straits Times"
