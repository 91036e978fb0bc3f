"""Builds the spaCy pipeline: Indonesian tokenizer, the trained components (when shipped), the rules.

Nothing is downloaded: trained components live in ``quotes/model/`` inside the package.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from quotes import __version__
from quotes.extract.resolver import WEIGHTS_PATH, shipped_resolver
from quotes.readers import MAX_TEXT_CHARS

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_DIR = Path(os.environ.get("QUOTES_MODEL") or Path(__file__).resolve().parent / "model" / "id_quotes")
"""The shipped trained pipeline; ``QUOTES_MODEL`` points at another one (for experiments and ablations)."""
RULES_VERSION = "rules-1"


def model_available(lang: str = "id") -> bool:
    """A trained component ships for ``lang``: the antecedent resolver or the spaCy pipeline."""
    return lang == "id" and (WEIGHTS_PATH.is_file() or (MODEL_DIR / "config.cfg").is_file())


def load_pipeline(lang: str = "id", rules_only: bool = False) -> Language:
    """The spaCy ``Language`` that ``quotes extract`` uses.

    With ``rules_only`` (or when no trained component is present for ``lang``) the pipeline is a blank
    tokenizer plus the rule components. Otherwise the trained tagger, parser and entity recognizer run
    first when ``id_quotes`` is present, and the speaker-antecedent resolver re-decides pronouns and
    anaphoric descriptions when its weights are present (``quotes/model/resolver/``). The extractor
    version names every trained component used.
    """
    import spacy  # here, not at the top: the writing process of an ingest never builds a pipeline

    import quotes.extract.component  # noqa: F401  (registers the factories)

    trained = not rules_only and lang == "id"
    models = []
    if trained and (MODEL_DIR / "config.cfg").is_file():
        nlp = spacy.load(MODEL_DIR)
        models.append(f"{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}")
    else:
        nlp = spacy.blank(lang)
    resolver = shipped_resolver() if trained else None
    if resolver is not None:
        models.append(f"{resolver.name}-{resolver.version}")
    model_name = "+".join(models) or "none"
    nlp.max_length = MAX_TEXT_CHARS + 1
    nlp.add_pipe("quotes_extractor", config={"lang": lang, "resolver": resolver is not None})
    nlp.meta["quotes_extractor"] = extractor_version(model_name)
    return nlp


def extractor_version(model_name: str) -> str:
    """Stored with every appearance: package version, rule set and trained model."""
    return f"quotes-{__version__}/{RULES_VERSION}/model:{model_name}"


@cache
def cached_pipeline(lang: str = "id", rules_only: bool = False) -> Language:
    return load_pipeline(lang, rules_only=rules_only)
