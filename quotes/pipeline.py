"""Article in, extraction out: pure, no database and no printing."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from quotes.nlp import cached_pipeline, extractor_version, model_available
from quotes.records import Article, Extraction


class Extractor:
    """Runs the quote pipeline over articles; one instance per process (it holds the spaCy models)."""

    def __init__(self, *, rules_only: bool = False) -> None:
        self.rules_only = rules_only

    def version(self, lang: str = "id") -> str:
        """The version stored with every appearance; known without loading the pipeline when rules-only,
        so that a re-run that finds everything unchanged never builds one."""
        if self.rules_only or not model_available(lang):
            return extractor_version("none")
        return str(cached_pipeline(lang, self.rules_only).meta["quotes_extractor"])

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Extraction]:
        """Extractions in input order."""
        for article in articles:
            lang = article.lang if article.lang in ("id", "en") else "id"
            nlp = cached_pipeline(lang, self.rules_only)
            doc = nlp.make_doc(article.text)
            doc._.publisher = article.outlet
            for _name, component in nlp.pipeline:
                doc = component(doc)
            yield Extraction(
                article_id=article.id,
                quotes=tuple(doc._.quotes),
                extractor=str(nlp.meta["quotes_extractor"]),
                lang=lang,
                dateline=doc._.dateline,
                skipped=tuple(doc._.skipped),
            )
