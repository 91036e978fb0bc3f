"""Builds the spaCy pipeline: Indonesian tokenizer, the trained components (when shipped), the rules.

Nothing is downloaded: the trained pipeline lives in ``quotes/model/`` inside the package.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from quotes import __version__
from quotes.readers import MAX_TEXT_CHARS

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_DIR = Path(os.environ.get("QUOTES_MODEL") or Path(__file__).resolve().parent / "model" / "id_quotes")
"""The shipped trained pipeline; ``QUOTES_MODEL`` points at another one (for experiments and ablations)."""
RULES_VERSION = "rules-1"


def model_available(lang: str = "id") -> bool:
    return lang == "id" and (MODEL_DIR / "config.cfg").is_file()


def load_pipeline(lang: str = "id", rules_only: bool = False) -> Language:
    """The spaCy ``Language`` that ``quotes extract`` uses.

    With ``rules_only`` (or when no trained model is shipped for ``lang``) the pipeline is a blank
    tokenizer plus the rule components; otherwise the trained tagger, parser and entity recognizer run
    first and the rules use their predictions.
    """
    import spacy  # here, not at the top: the writing process of an ingest never builds a pipeline

    import quotes.extract.component  # noqa: F401  (registers the factories)

    if rules_only or not model_available(lang):
        nlp = spacy.blank(lang)
        model_name = "none"
    else:
        nlp = spacy.load(MODEL_DIR)
        model_name = f"{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}"
    nlp.max_length = MAX_TEXT_CHARS + 1
    nlp.add_pipe("quotes_extractor", config={"lang": lang})
    nlp.meta["quotes_extractor"] = extractor_version(model_name)
    return nlp


def extractor_version(model_name: str) -> str:
    """Stored with every appearance: package version, rule set and trained model."""
    return f"quotes-{__version__}/{RULES_VERSION}/model:{model_name}"


@cache
def cached_pipeline(lang: str = "id", rules_only: bool = False) -> Language:
    return load_pipeline(lang, rules_only=rules_only)
