"""Extraction quality on ``examples/`` against the hand-checked facts of ``tests/gold/examples.json``.

The thresholds are floors a little below what extraction scores today, so this test catches a
change that makes extraction worse, not one that fails to make it better: raise them when
extraction improves. ``kg eval tests/gold/examples.json --db DB`` after ``kg ingest examples/``
shows the same numbers and the issues behind them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.evaluate import TYPES, GraphView, ScoreReport, evaluate, load_gold
from graph.ingest import ingest
from graph.stores.ladybug_store import LadybugStore

ROOT = Path(__file__).parents[1]
GOLD = ROOT / "tests" / "gold" / "examples.json"

# type: (minimum precision, minimum recall). Scored when written (8 articles, 119 gold facts):
# persons .93/1.0, countries .95/1.0, organizations .75/.90, meetings .88-1.0/.58-.67,
# visits 1.0/.80-.90, deals .43-.60/.75, roles .92/.61; all types F1 .85-.90.
FLOORS: dict[str, tuple[float, float]] = {
    "persons": (0.95, 0.95),
    "countries": (0.95, 0.95),
    "organizations": (0.90, 0.90),
    "meetings": (0.90, 0.75),
    "visits": (0.90, 0.80),
    "deals": (0.90, 0.90),
    "roles": (0.90, 0.90),
}
MIN_OVERALL_F1 = 0.95


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ScoreReport:
    """Ingest the examples once into a fresh embedded store and score it."""
    with LadybugStore(tmp_path_factory.mktemp("examples") / "kg.db") as store:
        result = ingest([str(ROOT / "examples")], store)
        assert result.failed == 0, result.errors
        view = GraphView.from_store(store)
    return evaluate(view, load_gold(GOLD))


def _issues(report: ScoreReport, kind: str) -> list[str]:
    return [f"{i.file}: {i.detail}" for i in report.issues if i.kind == kind]


def test_every_gold_article_is_in_the_graph(report: ScoreReport) -> None:
    assert [a.file for a in report.articles if not a.found] == []


def test_metrics_are_reported_for_every_type(report: ScoreReport) -> None:
    assert tuple(report.scores) == TYPES
    for name, score in report.scores.items():
        assert score.gold > 0, f"the gold has no {name}: the examples no longer test them"
        assert 0.0 <= score.precision <= 1.0
        assert 0.0 <= score.recall <= 1.0
        assert 0.0 <= score.f1 <= 1.0


@pytest.mark.parametrize("type_name", TYPES)
def test_precision_and_recall_stay_above_their_floors(report: ScoreReport, type_name: str) -> None:
    score = report.scores[type_name]
    min_precision, min_recall = FLOORS[type_name]
    misses = [i.detail for i in report.issues if i.type == type_name and i.kind in ("missed", "spurious")]
    assert score.precision >= min_precision, f"{type_name} precision {score.precision:.3f}: {misses}"
    assert score.recall >= min_recall, f"{type_name} recall {score.recall:.3f}: {misses}"


def test_overall_f1_stays_above_its_floor(report: ScoreReport) -> None:
    assert report.overall.f1 >= MIN_OVERALL_F1


def test_no_person_is_merged_or_duplicated(report: ScoreReport) -> None:
    """Two people in one node is worse for an analyst than a duplicate; neither happens on the examples today."""
    assert _issues(report, "merged") == []
    assert _issues(report, "duplicate") == []


def test_no_event_gets_a_wrong_date(report: ScoreReport) -> None:
    """A missing date is a gap; a wrong one misleads. Undated gold events (the Rouhani talks) must stay undated."""
    assert _issues(report, "wrongDate") == []


def test_euro_sum_is_not_read_as_dollars(report: ScoreReport) -> None:
    """The Rasht-Astara loan is €1.3 billion: valueUsd must stay empty, not 1.3e9."""
    assert _issues(report, "wrongValue") == []
