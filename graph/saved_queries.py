"""The saved queries of ``browser/saved_queries.cypher``: parsed, and picked per store.

The file is plain Cypher with comment headers, so it pastes into Neo4j Browser as it is; the same
text is what ``kg query --saved NAME`` runs. A query whose Cypher differs on LadybugDB (no
``shortestPath``, no list comprehensions, ``date_part`` for ``.year``) has a ``[ladybug]`` variant
next to it; the store in use picks the variant, so no caller needs to know the dialects.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, Field

from graph.stores.base import StoreError

SAVED_QUERIES = Path(__file__).resolve().parents[1] / "browser" / "saved_queries.cypher"
STORES = ("neo4j", "ladybug")
_HEADER = re.compile(r"^//\s*name:\s*(?P<name>[a-z0-9][a-z0-9-]*)\s*(?:\[(?P<store>[a-z0-9]+)\])?\s*$")
_PARAMS = re.compile(r"^//\s*params:\s*(?P<params>.*)$")
_PARAM = re.compile(r"([A-Za-z_]\w*)=(.*?)(?=\s+[A-Za-z_]\w*=|$)")


class SavedQueryError(StoreError):
    """An unknown saved query, or a saved-queries file that does not parse; the message says which."""


class SavedQuery(BaseModel):
    name: str
    description: str = ""
    params: dict[str, str] = Field(default_factory=dict)
    #: Cypher per store; the key "" is the text for any store without its own variant.
    variants: dict[str, str] = Field(default_factory=dict)

    def cypher(self, store: str) -> str:
        text = self.variants.get(store) or self.variants.get("")
        if text is None:
            raise SavedQueryError(f"saved query {self.name!r} has no variant for {store}")
        return text


def parse(text: str) -> dict[str, SavedQuery]:
    """Blocks from ``// name: NAME [store]`` to the next such line; see the file's own header."""
    queries: dict[str, SavedQuery] = {}
    current: tuple[SavedQuery, str] | None = None
    body: list[str] = []
    in_description = False

    def finish() -> None:
        if current is None:
            return
        query, store = current
        cypher = "\n".join(body).strip().removesuffix(";").strip()
        if not cypher:
            raise SavedQueryError(f"saved query {query.name!r} ({store or 'any store'}) has no Cypher")
        if store in query.variants:
            raise SavedQueryError(f"saved query {query.name!r} is defined twice for {store or 'any store'}")
        query.variants[store] = cypher

    for line in text.splitlines():
        header = _HEADER.match(line.strip())
        if header:
            finish()
            name, store = header["name"], header["store"] or ""
            if store and store not in STORES:
                raise SavedQueryError(f"saved query {name!r}: unknown store {store!r} (use {', '.join(STORES)})")
            current = (queries.setdefault(name, SavedQuery(name=name)), store)
            body, in_description = [], True
            continue
        if current is None:
            continue  # the file's own header comment
        query = current[0]
        if in_description and line.lstrip().startswith("//"):
            params = _PARAMS.match(line.strip())
            if params:
                query.params.update({k: v.strip() for k, v in _PARAM.findall(params["params"].strip())})
            else:
                query.description = " ".join(filter(None, [query.description, line.strip()[2:].strip()]))
            continue
        in_description = False
        body.append(line)
    finish()
    return queries


def load(path: Path = SAVED_QUERIES) -> dict[str, SavedQuery]:
    try:
        return parse(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise SavedQueryError(f"cannot read the saved queries {path}: {e.strerror or e}") from e


def get(name: str, path: Path = SAVED_QUERIES) -> SavedQuery:
    queries = load(path)
    if name not in queries:
        raise SavedQueryError(f"no saved query {name!r}; choose one of: {', '.join(sorted(queries))}")
    return queries[name]
