"""Reading stage: files, folders and globs of .txt/.md/.html/.json/.jsonl to ``Article`` models.

``read_articles(inputs, options)`` streams ``Article | ReadError``; nothing here raises for bad
input, so one unreadable file never stops a corpus.
"""

from extract.readers.models import ReadError, ReadOptions
from extract.readers.paths import SUPPORTED_EXTENSIONS, iter_paths
from extract.readers.reader import read_articles, read_file
from extract.readers.text_header import Dateline, ParsedText, parse_dateline, parse_full_date, parse_text

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "Dateline",
    "ParsedText",
    "ReadError",
    "ReadOptions",
    "iter_paths",
    "parse_dateline",
    "parse_full_date",
    "parse_text",
    "read_articles",
    "read_file",
]
