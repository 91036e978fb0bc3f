"""Rule components of the quote extractor (spaCy pipeline components in ``component.py``)."""
