"""The clustering benchmark's generator and quality on a small run, and the labelled pairs against the
IndoSum corpus they were read from (skipped where the corpus is not available)."""

from __future__ import annotations

import gzip
import importlib.util
import json

import pytest
from conftest import ROOT, SEEDS

spec = importlib.util.spec_from_file_location("bench_dedup", ROOT / "scripts" / "bench_dedup.py")
assert spec and spec.loader
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

CORPUS = ROOT.parent / "shared" / "corpus" / "indosum.jsonl.gz"


def test_small_clustering_run_from_seed_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench, "CORPUS", ROOT / "no-corpus-here")  # the fallback users and CI get
    result = bench.run_memory(2_000, seed=1)
    assert result["recall"] >= 0.95
    assert result["template_joins"] <= 0.1 * result["templates"]
    assert result["clusters"] < 2_000


@pytest.mark.skipif(not CORPUS.is_file(), reason=f"IndoSum corpus not found at {CORPUS} (not shipped)")
def test_labelled_pairs_quote_the_corpus_exactly() -> None:
    texts = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            texts[doc["id"]] = doc["text"]
    for line in (SEEDS / "dedup_pairs.jsonl").read_text("utf-8").splitlines():
        pair = json.loads(line)
        for side in (pair["a"], pair["b"]):
            assert texts[side["article"]][side["start"] : side["end"]] == side["text"], pair["id"]
