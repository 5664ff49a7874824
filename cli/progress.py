"""Progress of a streamed ingest, measured in bytes of input: the article count of a JSON file is
unknown until it is read, but file sizes are known up front, which gives the bar a true ETA."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extract.readers import ReadError, iter_paths
from graph.model import Article


@dataclass
class ByteMeter:
    sizes: dict[str, int]
    total: int
    done: int = 0
    articles: int = 0
    _finished: set[str] = field(default_factory=set)
    _current: str | None = None

    @classmethod
    def of(cls, inputs: list[str]) -> ByteMeter:
        sizes = {str(p): p.stat().st_size for p in iter_paths(inputs) if isinstance(p, Path)}
        return cls(sizes=sizes, total=max(sum(sizes.values()), 1))

    def advance(self, items: list[Article | ReadError]) -> None:
        """Count a file as done once the stream has moved past it (files are read one after another)."""
        for item in items:
            path = (item.path or "") if isinstance(item, Article) else item.path
            path = path.split("#", 1)[0]
            if isinstance(item, Article):
                self.articles += 1
            if path != self._current:
                self._finish(self._current)
                self._current = path
            if isinstance(item, ReadError):
                self._finish(path)  # a failed file yields nothing more

    def _finish(self, path: str | None) -> None:
        if path and path not in self._finished:
            self._finished.add(path)
            self.done += self.sizes.get(path, 0)
