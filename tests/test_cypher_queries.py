"""The query text and parameter rows of ``graph.stores.cypher``, exactly: no database needed."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.model import NODE_LABELS, Country, Person, Relationship
from graph.stores import cypher
from graph.stores.base import StoreError

PUTIN = Person(key="person:vladimir-putin", name="Vladimir Putin", aliases=["Putin"])


def met(source: str, confidence: float | None = None) -> Relationship:
    return Relationship(
        type="MET", start="person:a", startLabel="Person", end="person:b", endLabel="Person",
        date=dt.date(2022, 7, 19), datePrecision="day", source=source, confidence=confidence,
    )  # fmt: skip


# ---- schema ----------------------------------------------------------------------------------


def test_ladybug_node_table_from_the_model() -> None:
    assert cypher.ladybug_node_table("Person") == (
        "CREATE NODE TABLE IF NOT EXISTS Person(key STRING PRIMARY KEY, name STRING, aliases STRING[], titles STRING[])"
    )
    assert cypher.ladybug_node_table("Meeting") == (
        "CREATE NODE TABLE IF NOT EXISTS Meeting(key STRING PRIMARY KEY, date DATE, datePrecision STRING, "
        "name STRING, kind STRING, status STRING, place STRING, title STRING, durationMinutes INT64)"
    )


def test_ladybug_article_table_leaves_out_the_text() -> None:
    assert "text" not in cypher.node_property_types("Article")
    assert "published DATE" in cypher.ladybug_node_table("Article")


def test_ladybug_rel_table_has_every_endpoint_pair_and_all_properties() -> None:
    assert cypher.ladybug_rel_table("MENTIONS") == (
        "CREATE REL TABLE IF NOT EXISTS MENTIONS("
        "FROM Article TO Person, FROM Article TO Country, FROM Article TO Organization, "
        "key STRING, date DATE, datePrecision STRING, dateSource STRING, source STRING, sources STRING[], "
        "evidence STRING, confidence DOUBLE, title STRING, current BOOLEAN, role STRING, place STRING, "
        "meeting STRING, count INT64)"
    )


def test_ladybug_add_column() -> None:
    assert cypher.ladybug_add_column("Article", "dateline", "STRING") == (
        "ALTER TABLE Article ADD IF NOT EXISTS dateline STRING"
    )
    assert cypher.ladybug_table_columns("MET")["sources"] == "STRING[]"
    with pytest.raises(ValueError):
        cypher.ladybug_add_column("Article", "x STRING, y", "STRING")
    with pytest.raises(ValueError):
        cypher.ladybug_add_column("Article", "x", "STRING; DROP TABLE Person")


def test_schema_statements_put_node_tables_first() -> None:
    statements = cypher.ladybug_schema_statements()
    kinds = [s.split()[1] for s in statements]
    assert kinds == ["NODE"] * 6 + ["REL"] * 10


def test_neo4j_constraints() -> None:
    assert cypher.neo4j_node_constraint("Person") == (
        "CREATE CONSTRAINT Person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE"
    )
    assert cypher.neo4j_rel_constraint("MET") == (
        "CREATE CONSTRAINT MET_key IF NOT EXISTS FOR ()-[r:MET]-() REQUIRE r.key IS UNIQUE"
    )
    assert cypher.neo4j_rel_index("MET") == "CREATE INDEX MET_key IF NOT EXISTS FOR ()-[r:MET]-() ON (r.key)"
    assert len(cypher.neo4j_schema_statements()) == 16


@pytest.mark.parametrize("label", ["Person) DETACH DELETE (n", "person", "Foo", "MET`", ""])
def test_labels_outside_the_model_never_reach_a_query(label: str) -> None:
    with pytest.raises(StoreError):
        cypher.neo4j_merge_nodes(label)
    with pytest.raises(StoreError):
        cypher.existing_rel_keys_from(label, "Person")


# ---- writes ----------------------------------------------------------------------------------


def test_neo4j_merge_nodes() -> None:
    assert cypher.neo4j_merge_nodes("Person") == (
        "UNWIND $rows AS row MERGE (n:Person {key: row.key}) SET n = row.props"
    )
    assert cypher.neo4j_node_row(PUTIN) == {
        "key": "person:vladimir-putin",
        "props": {"key": "person:vladimir-putin", "name": "Vladimir Putin", "aliases": ["Putin"], "titles": []},
    }


def test_one_node_statement_for_every_label_with_its_rows_in_one_map() -> None:
    text = cypher.neo4j_merge_all_nodes()
    assert text.split("\n") == [
        f"CALL () {{ UNWIND $nodes.{label} AS row MERGE (n:{label} {{key: row.key}}) SET n = row.props }}"
        for label in NODE_LABELS
    ]
    params = cypher.neo4j_node_params([PUTIN])
    # One parameter whatever the batch holds: the server's plan cache is keyed by parameter types,
    # and separate lists, empty in some batches and not in others, would be replanned each time.
    assert list(params) == ["nodes"]
    assert list(params["nodes"]) == list(NODE_LABELS)
    assert params["nodes"]["Person"] == [cypher.neo4j_node_row(PUTIN)]
    assert params["nodes"]["Country"] == []


def test_one_relationship_statement_for_every_group() -> None:
    text = cypher.neo4j_merge_all_relationships()
    assert text.count("CALL () {") == len(cypher.REL_GROUPS) == 16
    assert "UNWIND $rels.MET_Person_Person AS row\nMATCH (a:Person {key: row.startKey})" in text
    assert "UNWIND $rels.PARTY_TO_Country_Deal AS row\nMATCH (a:Country {key: row.startKey})" in text
    assert text.endswith("RETURN " + " + ".join(f"written{i}" for i in range(16)) + " AS written")
    params = cypher.neo4j_rel_params([met("article:1"), met("article:2")])
    assert list(params) == ["rels"]
    assert len(params["rels"]) == 16
    (row,) = params["rels"]["MET_Person_Person"]  # the two reports of one fact fold into one row
    assert row["props"]["sources"] == ["article:1", "article:2"]
    assert params["rels"]["MENTIONS_Article_Person"] == []


@pytest.mark.parametrize("rows", ["rows", "$rows; MATCH (n) DETACH DELETE n //", "$a.b.c", "$x y"])
def test_rows_expressions_are_checked(rows: str) -> None:
    with pytest.raises(ValueError):
        cypher.neo4j_merge_nodes("Person", rows)


def test_ladybug_merge_nodes_casts_every_column() -> None:
    assert cypher.ladybug_merge_nodes("Person") == (
        "UNWIND $rows AS row MERGE (n:Person {key: row.key}) SET n.name = CAST(row.name AS STRING), "
        "n.aliases = CAST(row.aliases AS STRING[]), n.titles = CAST(row.titles AS STRING[])"
    )
    country = Country(key="country:RUS", name="Russia", iso3="RUS")
    assert cypher.ladybug_node_row(country) == {
        "key": "country:RUS", "name": "Russia", "aliases": [], "iso3": "RUS"
    }  # fmt: skip


def test_neo4j_merge_relationships() -> None:
    assert cypher.neo4j_merge_relationships("MET", "Person", "Person") == (
        "UNWIND $rows AS row\n"
        "MATCH (a:Person {key: row.startKey})\n"
        "MATCH (b:Person {key: row.endKey})\n"
        "MERGE (a)-[r:MET {key: row.key}]->(b)\n"
        "ON CREATE SET r += row.props\n"
        "ON MATCH SET r.sources = coalesce(r.sources, [])"
        " + [s IN row.props.sources WHERE NOT s IN coalesce(r.sources, [])],\n"
        "  r.confidence = CASE WHEN row.props.confidence IS NULL THEN r.confidence"
        " WHEN r.confidence IS NULL OR row.props.confidence > r.confidence THEN row.props.confidence"
        " ELSE r.confidence END\n"
        "RETURN count(r) AS written"
    )


def test_neo4j_rel_row() -> None:
    rel = met("article:1", 0.5)
    assert cypher.neo4j_rel_row(rel) == {
        "startKey": "person:a",
        "endKey": "person:b",
        "key": rel.key,
        "props": {
            "key": rel.key, "date": dt.date(2022, 7, 19), "datePrecision": "day", "source": "article:1",
            "sources": ["article:1"], "confidence": 0.5,
        },
    }  # fmt: skip


def test_ladybug_merge_relationships() -> None:
    text = cypher.ladybug_merge_relationships("HOLDS_ROLE", "Person", "Country")
    lines = text.split("\n")
    assert lines[:4] == [
        "UNWIND $rows AS row",
        "MATCH (a:Person {key: row.startKey})",
        "MATCH (b:Country {key: row.endKey})",
        "MERGE (a)-[r:HOLDS_ROLE {key: row.key}]->(b)",
    ]
    assert lines[4].startswith("ON CREATE SET r.date = CAST(row.date AS DATE), r.datePrecision = CAST(")
    assert "r.key =" not in lines[4]  # the merge key is set by MERGE itself
    assert lines[5:] == [
        "ON MATCH SET r.sources = list_distinct(list_concat("
        "coalesce(r.sources, CAST([] AS STRING[])), CAST(row.sources AS STRING[]))),",
        "  r.confidence = CASE WHEN CAST(row.confidence AS DOUBLE) IS NULL THEN r.confidence"
        " WHEN r.confidence IS NULL OR CAST(row.confidence AS DOUBLE) > r.confidence"
        " THEN CAST(row.confidence AS DOUBLE) ELSE r.confidence END",
        "RETURN count(r) AS written",
    ]


def test_ladybug_rel_row_has_every_column() -> None:
    rel = met("article:1")
    row = cypher.ladybug_rel_row(rel)
    assert list(row) == ["startKey", "endKey", *cypher.rel_property_types()]
    assert row["confidence"] is None and row["sources"] == ["article:1"] and row["date"] == dt.date(2022, 7, 19)


def test_duplicate_relationships_fold_into_one() -> None:
    first, second, third = met("article:1", 0.4), met("article:2", 0.9), met("article:1", None)
    (merged,) = cypher.merge_duplicate_relationships([first, second, third])
    assert merged.sources == ["article:1", "article:2"]
    assert merged.confidence == 0.9
    assert merged.source == "article:1"


def test_grouping() -> None:
    newer = PUTIN.model_copy(update={"name": "V. Putin"})
    country = Country(key="country:RUS", name="Russia", iso3="RUS")
    assert cypher.group_nodes([PUTIN, country, newer]) == {"Person": [newer], "Country": [country]}
    groups = cypher.group_relationships([met("a"), met("b")])
    assert list(groups) == [("MET", "Person", "Person")]
    assert cypher.endpoint_keys(groups["MET", "Person", "Person"]) == {"Person": ["person:a", "person:b"]}


def test_missing_endpoints_message() -> None:
    assert cypher.missing_endpoints_message(["Person a"]) == (
        "relationship endpoints not in the store nor in the batch: Person a"
    )
    assert cypher.missing_endpoints_message([str(i) for i in range(7)], shown=2).endswith(": 0, 1 and 5 more")


# ---- user queries ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("MATCH (n) RETURN n", []),
        ("CREATE (n:Person {key:'x'})", ["CREATE"]),
        ("match (n) detach delete n", ["DETACH", "DELETE"]),
        ("MATCH (n) SET n.x = 1 REMOVE n.y", ["SET", "REMOVE"]),
        ("MERGE (n:Person {key: $k})", ["MERGE"]),
        ("MATCH (n) WHERE n.name = 'CREATE ME' RETURN n", []),
        ('MATCH (n) WHERE n.name = "x\\" DELETE n" RETURN n', []),
        ("MATCH (n) // DELETE n\nRETURN n", []),
        ("MATCH (n) /* SET */ RETURN n.set AS `delete`, {create: 1}", []),
        ("MATCH (n:Set) RETURN $merge", []),
        ("CALL apoc.export.json.all('x.json', {})", ["CALL apoc.export.json.all"]),
        ("CALL db.labels()", []),
        ("CALL show_tables() RETURN *", []),
        ("LOAD CSV FROM 'file:///x' AS l RETURN l", ["LOAD"]),
        ("COPY Person FROM 'x.csv'", ["COPY"]),
        ("MATCH (n) RETURN n; BEGIN TRANSACTION", ["BEGIN"]),
        ("MATCH (n) FOREACH (x IN [1] | CREATE (:Person))", ["FOREACH", "CREATE"]),
    ],
)
def test_write_clauses(query: str, found: list[str]) -> None:
    assert cypher.write_clauses(query) == found


@pytest.mark.parametrize(
    ("query", "count"),
    [("RETURN 1", 1), ("RETURN 1;", 1), ("RETURN ';'; ", 1), ("RETURN 1; RETURN 2", 2), ("", 0), ("// x\n", 0)],
)
def test_statement_count(query: str, count: int) -> None:
    assert cypher.statement_count(query) == count


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("MATCH ()-[r]->() RETURN type(r)", "MATCH ()-[r]->() RETURN label(r)"),
        ("RETURN TYPE (r), 'type(r)', r.type(x)", "RETURN label (r), 'type(r)', r.type(x)"),
        ("RETURN `type`(r) // type(r)", "RETURN `type`(r) // type(r)"),
        ("MATCH (n {type: 1}) RETURN n.type", "MATCH (n {type: 1}) RETURN n.type"),
    ],
)
def test_translate_type_function(query: str, expected: str) -> None:
    assert cypher.translate_type_function(query) == expected


def test_tokenizer_keeps_every_character() -> None:
    query = "MATCH (n) WHERE n.name = 'it\\'s' /* c */ RETURN `a``b` // end"
    assert "".join(t.text for t in cypher.tokenize(query)) == query
    kinds = [t.kind for t in cypher.tokenize(query) if t.kind not in ("space", "other", "word")]
    assert kinds == ["string", "comment", "quoted", "comment"]
