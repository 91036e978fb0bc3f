"""quotes: a quote attribution database for news."""

__version__ = "0.1.0"
