"""The scorer on small hand-built graphs whose right answers are known, and the gold file's validation.

Each graph is written through the store's own write API, so the scorer reads exactly what ingest
would leave behind; the expected numbers are worked out by hand in each test's docstring.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.main import app
from graph.evaluate import (
    GoldError,
    GoldSet,
    GraphView,
    ScoreReport,
    TypeScore,
    evaluate,
    load_gold,
    max_matching,
    norm,
)
from graph.export import write_jsonl
from graph.model import Article, Country, Deal, Meeting, Node, Organization, Person, Relationship
from graph.stores.base import GraphStore

DAY = dt.date(2022, 7, 19)


def rel(rel_type: str, start: Node, end: Node, **properties: Any) -> Relationship:
    shape = {"type": rel_type, "start": start.key, "startLabel": start.label, "end": end.key, "endLabel": end.label}
    return Relationship.model_validate({**shape, **properties})


def article(key: str, path: str) -> Article:
    return Article(key=key, name=key, path=path, published=DAY)


PUTIN = Person(key="person:vladimir-putin", name="Vladimir Putin", aliases=["Putin", "Vladimir Putin"])
PUTIN_DUP = Person(key="person:putin", name="Putin", aliases=["Mr. Putin", "Putin"])
KHAMENEI = Person(key="person:ali-khamenei", name="Ali Khamenei", aliases=["Khamenei", "Ali Khameneï"])
RAISI = Person(key="person:ebrahim-raisi", name="Ebrahim Raisi", aliases=["Raisi"])
STRANGER = Person(key="person:john-doe", name="John Doe", aliases=["Doe"])
RUS = Country(key="country:RUS", name="Russia", aliases=["Russia", "Moscow"], iso3="RUS")
IRN = Country(key="country:IRN", name="Iran", aliases=["Iran"], iso3="IRN")

GOLD_TEHRAN: dict[str, Any] = {
    "articles": [
        {
            "file": "news/tehran.txt",
            "persons": [
                {"name": "Vladimir Putin", "aliases": ["Putin"], "titles": [{"title": "President", "of": "Russia"}]},
                {
                    "name": "Ali Khamenei",
                    "titles": [{"title": "Supreme Leader", "of": "Iran", "implied": True}],
                },
                {"name": "Ebrahim Raisi", "aliases": ["Raisi"]},
            ],
            "countries": ["Russia", "Iran"],
            "meetings": [
                {
                    "participants": ["Vladimir Putin", "Ali Khamenei"],
                    "place": "Tehran",
                    "country": "Iran",
                    "date": "2022-07-19",
                    "datePrecision": "day",
                },
                {"participants": ["Vladimir Putin", "Ebrahim Raisi"], "date": "2022-07-19", "datePrecision": "day"},
            ],
            "visits": [{"person": "Vladimir Putin", "country": "Iran", "date": "2022-07-19", "datePrecision": "day"}],
        }
    ]
}


def write_tehran_graph(store: GraphStore) -> None:
    """One article in the gold (with a duplicate Putin, a misdated meeting, a missed one) and one outside it."""
    a1 = article("article:one", "/data/news/tehran.txt")
    a2 = article("article:two", "news/other.txt")
    meeting = Meeting(
        key="meeting:m1", name="m1", title="m1", date=dt.date(2022, 7, 18), datePrecision="day", place="Tehran"
    )
    src = {"source": a1.key}
    rels = [
        *(rel("MENTIONS", a1, n, count=1, **src) for n in (PUTIN, PUTIN_DUP, KHAMENEI, RAISI, RUS, IRN)),
        rel("REPORTS", a1, meeting, **src),
        rel("ATTENDED", PUTIN_DUP, meeting, **src),  # the duplicate node still counts as Putin in events
        rel("ATTENDED", KHAMENEI, meeting, **src),
        rel("HELD_IN", meeting, IRN, **src),
        rel("VISITED", PUTIN, IRN, **src),  # no date: a missingDate issue
        rel("HOLDS_ROLE", PUTIN, RUS, title="President", current=True, **src),
        # Out of scope: only the other article says these, so they must not count.
        rel("MENTIONS", a2, STRANGER, count=1, source=a2.key),
        rel("MENTIONS", a2, PUTIN, count=1, source=a2.key),
        rel("VISITED", STRANGER, RUS, source=a2.key),
        rel("HOLDS_ROLE", STRANGER, IRN, title="Envoy", source=a2.key),
    ]
    nodes: list[Node] = [PUTIN, PUTIN_DUP, KHAMENEI, RAISI, STRANGER, RUS, IRN, meeting, a1, a2]
    store.write(nodes, rels)


def score(store: GraphStore, gold: dict[str, Any]) -> ScoreReport:
    return evaluate(GraphView.from_store(store), GoldSet.model_validate(gold))


def kinds(report: ScoreReport, kind: str) -> list[str]:
    return [i.detail for i in report.issues if i.kind == kind]


# ---------------------------------------------------------------------------------------------
# Scores on known graphs
# ---------------------------------------------------------------------------------------------


def test_duplicate_wrong_date_and_missed_meeting_give_exact_scores(ladybug_store: GraphStore) -> None:
    """Persons: 4 nodes, 3 gold, 3 matched -> P 3/4, R 1. Meetings: 1 of 2 found -> P 1, R 1/2.

    Roles: Khamenei's is implied and not found, so it is not gold: 1 gold, 1 found. The other
    article's John Doe, his visit and his role are outside the gold's scope and count nowhere.
    """
    write_tehran_graph(ladybug_store)
    report = score(ladybug_store, GOLD_TEHRAN)
    s = report.scores
    assert s["persons"] == TypeScore(gold=3, extracted=4, matched=3)
    assert (s["persons"].precision, s["persons"].recall) == (0.75, 1.0)
    assert s["persons"].f1 == pytest.approx(6 / 7)
    assert s["countries"] == TypeScore(gold=2, extracted=2, matched=2)
    assert s["organizations"] == TypeScore(gold=0, extracted=0, matched=0)
    assert (s["organizations"].precision, s["organizations"].recall) == (1.0, 1.0)
    assert s["meetings"] == TypeScore(gold=2, extracted=1, matched=1)
    assert (s["meetings"].precision, s["meetings"].recall) == (1.0, 0.5)
    assert s["visits"] == TypeScore(gold=1, extracted=1, matched=1)
    assert s["roles"] == TypeScore(gold=1, extracted=1, matched=1)
    assert s["deals"] == TypeScore(gold=0, extracted=0, matched=0)
    assert report.overall == TypeScore(gold=9, extracted=9, matched=8)

    assert kinds(report, "duplicate") == [
        "Vladimir Putin: 2 nodes: Putin [person:putin], Vladimir Putin [person:vladimir-putin]"
    ]
    assert kinds(report, "wrongDate") == [
        "meeting of Ali Khamenei and Vladimir Putin: 2022-07-18 (day), gold 2022-07-19 (day)"
    ]
    assert kinds(report, "missingDate") == ["visit of Vladimir Putin to Iran: no date, gold 2022-07-19"]
    assert kinds(report, "missed") == ["meeting of Vladimir Putin and Ebrahim Raisi (2022-07-19)"]
    assert kinds(report, "spurious") == []
    assert kinds(report, "merged") == []
    assert report.issue_counts() == {"duplicate": 1, "missed": 1, "missingDate": 1, "wrongDate": 1}


def test_export_scores_the_same_as_the_store(ladybug_store: GraphStore, tmp_path: Path) -> None:
    """``--export`` reads an APOC jsonl file without a store; dates come back as strings and must still compare."""
    write_tehran_graph(ladybug_store)
    path = tmp_path / "graph.jsonl"
    with path.open("w", encoding="utf-8") as out:
        write_jsonl(ladybug_store, out)
    gold = GoldSet.model_validate(GOLD_TEHRAN)
    with path.open(encoding="utf-8") as lines:
        from_export = evaluate(GraphView.from_jsonl(lines), gold)
    assert from_export.to_json() == evaluate(GraphView.from_store(ladybug_store), gold).to_json()


@pytest.fixture
def tehran(ladybug_store: GraphStore) -> GraphStore:
    write_tehran_graph(ladybug_store)
    return ladybug_store


def test_merged_person_is_reported_and_costs_recall(ladybug_store: GraphStore) -> None:
    """One node answering to both "Putin" and "Raisi" matches one gold person only: recall 1/2."""
    a1 = article("article:one", "news/a.txt")
    blend = Person(key="person:blend", name="Vladimir Putin", aliases=["Putin", "Raisi"])
    ladybug_store.write([blend, a1], [rel("MENTIONS", a1, blend, count=2, source=a1.key)])
    persons = [{"name": "Vladimir Putin", "aliases": ["Putin"]}, {"name": "Ebrahim Raisi", "aliases": ["Raisi"]}]
    gold = {"articles": [{"file": "news/a.txt", "persons": persons}]}
    report = score(ladybug_store, gold)
    assert report.scores["persons"] == TypeScore(gold=2, extracted=1, matched=1)
    assert kinds(report, "merged") == ["Vladimir Putin [person:blend] matches Ebrahim Raisi, Vladimir Putin"]


def test_one_person_under_two_gold_names_in_two_articles_is_not_a_merge(ladybug_store: GraphStore) -> None:
    """Gold may name a person in full in one article ("Seyed Abbas Araghchi", aliased "Abbas Araghchi")
    and shorter in another: one node for both is right, while a node for two people is still a merge."""
    a1, a2 = article("article:one", "news/a.txt"), article("article:two", "news/b.txt")
    araghchi = Person(key="person:abbas-araghchi", name="Abbas Araghchi", aliases=["Seyed Abbas Araghchi"])
    ladybug_store.write(
        [araghchi, a1, a2],
        [rel("MENTIONS", a, araghchi, count=1, source=a.key) for a in (a1, a2)],
    )
    gold = {
        "articles": [
            {"file": "news/a.txt", "persons": [{"name": "Abbas Araghchi", "aliases": ["Araghchi"]}]},
            {"file": "news/b.txt", "persons": [{"name": "Seyed Abbas Araghchi", "aliases": ["Abbas Araghchi"]}]},
        ]
    }
    assert kinds(score(ladybug_store, gold), "merged") == []


def test_undated_gold_event_makes_any_date_wrong(ladybug_store: GraphStore) -> None:
    """A null gold date means the text gives none: a dated extraction still matches, with a wrongDate."""
    a1 = article("article:one", "news/a.txt")
    meeting = Meeting(key="meeting:m", name="m", title="m", kind="call", date=DAY, datePrecision="day")
    ladybug_store.write(
        [PUTIN, RAISI, meeting, a1],
        [
            rel("MENTIONS", a1, PUTIN, count=1, source=a1.key),
            rel("MENTIONS", a1, RAISI, count=1, source=a1.key),
            rel("REPORTS", a1, meeting, source=a1.key),
            rel("ATTENDED", PUTIN, meeting, source=a1.key),
            rel("ATTENDED", RAISI, meeting, source=a1.key),
        ],
    )
    gold = {
        "articles": [
            {
                "file": "news/a.txt",
                "persons": [{"name": "Vladimir Putin"}, {"name": "Ebrahim Raisi"}],
                "meetings": [{"participants": ["Vladimir Putin", "Ebrahim Raisi"], "kind": "call", "place": "Tehran"}],
            }
        ]
    }
    report = score(ladybug_store, gold)
    assert report.scores["meetings"] == TypeScore(gold=1, extracted=1, matched=1)
    assert kinds(report, "wrongDate") == [
        "call of Ebrahim Raisi and Vladimir Putin: dated 2022-07-19, the text gives no date"
    ]
    assert kinds(report, "missingPlace") == ["call of Ebrahim Raisi and Vladimir Putin: no place, gold Tehran"]


def test_partial_meeting_names_the_missing_participant(ladybug_store: GraphStore) -> None:
    """A three-way summit found as a two-person meeting is a miss, and the issue says who is missing."""
    a1 = article("article:one", "news/a.txt")
    erdogan = Person(key="person:recep-tayyip-erdogan", name="Recep Tayyip Erdogan", aliases=["Erdogan"])
    meeting = Meeting(key="meeting:m", name="m", title="m", kind="summit")
    people = [PUTIN, RAISI, erdogan]
    ladybug_store.write(
        [*people, meeting, a1],
        [
            *(rel("MENTIONS", a1, p, count=1, source=a1.key) for p in people),
            rel("REPORTS", a1, meeting, source=a1.key),
            rel("ATTENDED", PUTIN, meeting, source=a1.key),
            rel("ATTENDED", RAISI, meeting, source=a1.key),
        ],
    )
    names = ["Vladimir Putin", "Ebrahim Raisi", "Recep Tayyip Erdogan"]
    gold = {
        "articles": [
            {
                "file": "news/a.txt",
                "persons": [{"name": n} for n in names],
                "meetings": [{"participants": names, "kind": "summit"}],
            }
        ]
    }
    report = score(ladybug_store, gold)
    assert report.scores["meetings"] == TypeScore(gold=1, extracted=1, matched=0)
    assert kinds(report, "missingParticipants") == [
        "summit of Vladimir Putin and Ebrahim Raisi and Recep Tayyip Erdogan (no date): "
        "found Ebrahim Raisi and Vladimir Putin, missing Recep Tayyip Erdogan"
    ]


def write_deals(store: GraphStore) -> None:
    a1 = article("article:one", "news/rail.txt")
    loan = Deal(
        key="deal:loan", name="loan", title="railway loan", kind="agreement", valueUsd=1.3e9, valueText="1.3 billion"
    )
    memo = Deal(key="deal:memo", name="memo", title="memo", kind="memorandum", date=DAY, datePrecision="day")
    nioc = Organization(key="org:nioc", name="National Iranian Oil Company", aliases=["NIOC"], kind="company")
    store.write(
        [RUS, IRN, nioc, loan, memo, a1],
        [
            *(rel("MENTIONS", a1, n, count=1, source=a1.key) for n in (RUS, IRN, nioc)),
            rel("REPORTS", a1, loan, source=a1.key),
            rel("REPORTS", a1, memo, source=a1.key),
            rel("PARTY_TO", RUS, loan, source=a1.key),
            rel("PARTY_TO", nioc, memo, source=a1.key),
        ],
    )


def test_deal_in_euros_read_as_dollars_is_a_wrong_value(ladybug_store: GraphStore) -> None:
    """The loan matches (shared party Russia, same kind) with a wrongValue and a missing party; the
    memorandum shares NIOC with the gold contract but not its kind, so it is spurious and the contract missed."""
    write_deals(ladybug_store)
    gold = {
        "articles": [
            {
                "file": "news/rail.txt",
                "countries": ["Russia", "Iran"],
                "organizations": [{"name": "National Iranian Oil Company", "aliases": ["NIOC"]}],
                "deals": [
                    {"parties": ["Russia", "Iran"], "kind": "agreement", "value": {"amount": 1.3e9, "currency": "EUR"}},
                    {"parties": ["National Iranian Oil Company"], "kind": "contract", "valueUsd": 4e10},
                ],
            }
        ]
    }
    report = score(ladybug_store, gold)
    assert report.scores["deals"] == TypeScore(gold=2, extracted=2, matched=1)
    assert kinds(report, "wrongValue") == [
        "agreement of Russia and Iran: valueUsd 1,300,000,000 (1.3 billion), the text states 1,300,000,000 EUR"
    ]
    assert kinds(report, "missingParticipants") == ["agreement of Russia and Iran: missing party Iran"]
    assert kinds(report, "missed") == ["contract of National Iranian Oil Company (no date)"]


def test_conflicting_deal_value_does_not_match(ladybug_store: GraphStore) -> None:
    write_deals(ladybug_store)
    gold = {
        "articles": [
            {
                "file": "news/rail.txt",
                "countries": ["Russia", "Iran"],
                "deals": [{"parties": ["Russia"], "kind": "agreement", "valueUsd": 5e9}],
            }
        ]
    }
    assert score(ladybug_store, gold).scores["deals"].matched == 0


def test_article_missing_from_the_graph_scores_zero_recall(tehran: GraphStore) -> None:
    gold = {"articles": [{"file": "news/never-ingested.txt", "persons": [{"name": "Vladimir Putin"}]}]}
    report = score(tehran, gold)
    assert report.scores["persons"] == TypeScore(gold=1, extracted=0, matched=0)
    assert report.articles[0].found is False
    assert kinds(report, "missingArticle") == ["no Article whose path ends with news/never-ingested.txt"]


def test_file_matches_whole_path_components_only(tehran: GraphStore) -> None:
    """ "tehran.txt" must not pick up "/data/news/old-tehran.txt"-style neighbours: only whole components."""
    gold = {"articles": [{"file": "ews/tehran.txt", "persons": [{"name": "Vladimir Putin"}]}]}
    assert score(tehran, gold).articles[0].found is False


def test_roles_match_on_contained_title_words_and_holder(ladybug_store: GraphStore) -> None:
    """ "Transport Minister" extracted as "Minister" still matches; "Prime Minister" does not match "President"."""
    a1 = article("article:one", "news/a.txt")
    savelyev = Person(key="person:vitaly-savelyev", name="Vitaly Savelyev", aliases=["Savelyev"])
    ladybug_store.write(
        [a1, savelyev, PUTIN, RUS],
        [
            *(rel("MENTIONS", a1, n, count=1, source=a1.key) for n in (savelyev, PUTIN, RUS)),
            rel("HOLDS_ROLE", savelyev, RUS, title="Minister", source=a1.key),
            rel("HOLDS_ROLE", PUTIN, RUS, title="Prime Minister", source=a1.key),
        ],
    )
    gold = GoldSet.model_validate(
        {
            "articles": [
                {
                    "file": "news/a.txt",
                    "persons": [
                        {"name": "Vitaly Savelyev", "titles": [{"title": "Transport Minister", "of": "Russia"}]},
                        {"name": "Vladimir Putin", "titles": [{"title": "President", "of": "Russia"}]},
                    ],
                    "countries": ["Russia"],
                }
            ]
        }
    )
    report = evaluate(GraphView.from_store(ladybug_store), gold)
    assert report.scores["roles"] == TypeScore(gold=2, extracted=2, matched=1)
    assert kinds(report, "spurious") == ["Vladimir Putin: Prime Minister of Russia"]


def test_json_report_has_every_type_with_precision_recall_f1(tehran: GraphStore) -> None:
    data = score(tehran, GOLD_TEHRAN).to_json()
    assert list(data["scores"]) == ["persons", "countries", "organizations", "meetings", "visits", "deals", "roles"]
    assert data["scores"]["persons"] == {
        "gold": 3,
        "extracted": 4,
        "matched": 3,
        "precision": 0.75,
        "recall": 1.0,
        "f1": 0.8571,
    }
    assert data["issueCounts"]["duplicate"] == 1
    json.dumps(data)  # plain JSON all the way down


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def test_norm_ignores_case_diacritics_and_punctuation() -> None:
    assert norm("Erdoğan") == norm("ERDOGAN.") == "erdogan"
    assert norm("  Ali   Khameneï ") == "ali khamenei"


def test_max_matching_finds_the_pairing_greedy_would_miss() -> None:
    """Node a fits x or y, node b only x: greedy a->x leaves b alone; the maximum pairs both."""
    assert max_matching({"a": ["x", "y"], "b": ["x"]}) == {"a": "y", "b": "x"}


# ---------------------------------------------------------------------------------------------
# Gold validation
# ---------------------------------------------------------------------------------------------


def write_gold(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{not json", "not valid JSON: Expecting property name enclosed in double quotes (line 1, column 2)"),
        ({"articles": [{"file": "a.txt", "persons": [{"nam": "X"}]}]}, "articles[0] (a.txt).persons[0].name: Field"),
        (
            {"articles": [{"file": "a.txt", "persons": [{"name": "A"}], "visits": [{"person": "B", "country": "C"}]}]},
            "articles[0] (a.txt): visitor 'B' is not declared in this article; "
            "visited country 'C' is not declared in this article",
        ),
        (
            {"articles": [{"file": "a.txt", "visits": [{"person": "A", "country": "B", "date": "2022-07-19"}]}]},
            "visits[0]: date and datePrecision are given together or both null",
        ),
        (
            {
                "articles": [
                    {
                        "file": "a.txt",
                        "persons": [{"name": "A"}],
                        "countries": ["B"],
                        "visits": [{"person": "A", "country": "B", "date": "2022-07-19", "datePrecision": "month"}],
                    }
                ]
            },
            "a month date is written as its first day",
        ),
        ({"articles": [{"file": "a.txt"}, {"file": "a.txt"}]}, "file listed more than once: a.txt"),
        (
            {"articles": [{"file": "a.txt", "persons": [{"name": "A"}], "meetings": [{"participants": ["A"]}]}]},
            "meetings[0].participants: List should have at least 2 items",
        ),
        ({"articles": [{"file": "a.txt", "mettings": []}]}, "articles[0] (a.txt).mettings: Extra inputs"),
        ([1, 2], "top level: Input should be a valid dictionary"),
    ],
)
def test_invalid_gold_names_file_and_problem(tmp_path: Path, data: object, message: str) -> None:
    path = write_gold(tmp_path, data)
    with pytest.raises(GoldError) as info:
        load_gold(path)
    assert str(info.value).startswith(f"{path}: ")
    assert message in str(info.value)


def test_examples_gold_is_valid() -> None:
    gold = load_gold(Path(__file__).parent / "gold" / "examples.json")
    assert len(gold.articles) >= 6
    for entry in gold.articles:
        assert (Path(__file__).parents[1] / entry.file.split("#")[0]).is_file(), entry.file


# ---------------------------------------------------------------------------------------------
# kg eval
# ---------------------------------------------------------------------------------------------

CLEAN_ENV = {"NEO4J_URI": None, "KG_DB": None, "COLUMNS": "240"}


def test_kg_eval_on_an_export_prints_the_table(tehran: GraphStore, tmp_path: Path) -> None:
    export = tmp_path / "graph.jsonl"
    with export.open("w", encoding="utf-8") as out:
        write_jsonl(tehran, out)
    gold = write_gold(tmp_path, GOLD_TEHRAN)
    result = CliRunner().invoke(app, ["eval", str(gold), "--export", str(export)], env=CLEAN_ENV)
    assert result.exit_code == 0, result.output
    assert "│ persons       │ 3    │ 4         │ 3       │ 75.0%     │ 100%   │ 85.7% │" in result.output
    assert "│ all           │ 9    │ 9         │ 8       │ 88.9%     │ 88.9%  │ 88.9% │" in result.output
    assert "issues: duplicate 1, missed 1, missingDate 1, wrongDate 1" in result.output
    assert "Vladimir Putin: 2 nodes: Putin [person:putin], Vladimir Putin [person:vladimir-putin]" in result.output


def test_kg_eval_json_on_a_store(tmp_path: Path) -> None:
    from graph.stores.ladybug_store import LadybugStore

    db = tmp_path / "kg.db"
    with LadybugStore(db) as store:
        store.ensure_schema()
        write_tehran_graph(store)
    gold = write_gold(tmp_path, GOLD_TEHRAN)
    result = CliRunner().invoke(app, ["eval", str(gold), "--db", str(db), "--json"], env=CLEAN_ENV)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["overall"]["gold"] == 9
    assert data["scores"]["meetings"]["recall"] == 0.5


def test_kg_eval_invalid_gold_exits_2_naming_the_file(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, {"articles": [{"file": "a.txt", "visits": [{"person": "A"}]}]})
    result = CliRunner().invoke(app, ["eval", str(gold), "--export", str(gold)], env=CLEAN_ENV)
    assert result.exit_code == 2
    assert f"invalid gold file: {gold}" in " ".join(result.output.split())
