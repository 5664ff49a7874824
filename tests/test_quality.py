"""Extraction quality against hand-checked facts, on every gold set in the repository.

- ``examples``: the example articles of ``examples/`` (``tests/gold/examples.json``);
- ``heldout``: ten international-relations articles by an examiner who did not read ``extract/``
  (``tests/heldout``), scored blind once and since used for development;
- ``dev-a``, ``dev-b``, ``dev-c``: three more such sets of 12–15 articles each (``tests/blind``,
  Russia–Iran and its neighbours; ``tests/blind2``, world diplomacy; ``tests/blind3``, both, in
  state-media, live-blog and press-release registers), also scored blind once, then used;
- ``dev-d`` to ``dev-i``: sixteen or seventeen articles each (``tests/blind4`` to ``tests/blind9``),
  each scored blind once and since used for development;
- ``dev-j``, ``dev-k``: seventeen articles each (``tests/blind10``, ``tests/blind11``), scored blind
  once and used for development since;
- ``dev-l``, ``dev-m``: seventeen articles each (``tests/blind12``, ``tests/blind13``), scored blind
  once and used for development since;
- ``dev-n``, ``dev-o``: seventeen articles each (``tests/blind14``, ``tests/blind15``), scored blind
  once and used for development since;
- ``blind-p``, ``blind-q``: seventeen articles each (``tests/blind16``, ``tests/blind17``), scored blind
  once at the end of the session that wrote them and not yet used for development: their floors guard
  what unseen text scored, and their issues are still unread.

The floors are a little below what extraction scores today, so a change that makes extraction
worse fails here; raise them when it improves. ``kg ingest DIR --db DB`` and ``kg eval GOLD --db DB``
show the same numbers and the issues behind them. The README's Quality section says how a fresh
blind set is scored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.evaluate import TYPES, GraphView, ScoreReport, evaluate, load_gold
from graph.ingest import ingest
from graph.stores.ladybug_store import LadybugStore

ROOT = Path(__file__).parents[1]


@dataclass(frozen=True)
class GoldSet:
    articles: str
    gold: str
    #: type: (minimum precision, minimum recall)
    floors: dict[str, tuple[float, float]]
    min_f1: float
    #: issue kinds that must not occur at all on this set
    never: tuple[str, ...] = ("merged", "duplicate", "wrongDate", "wrongValue")


# Scores when these floors were set (precision/recall): examples 1.00/0.98; heldout .97/.90;
# dev-a .98/.93 (meetings .88/.74, deals .85/.63); dev-b .99/.89 (meetings 1.0/.74, visits 1.0/.65,
# deals .87/.50); dev-c .97/.92 (orgs .93/.90, meetings .87/.85, deals .96/.69); dev-d .98/.91 (orgs
# .95/.94, meetings .91/.76, deals .96/.66); dev-e .95/.87 (orgs .93/.95, meetings .81/.64, visits
# .88/.60, deals .94/.71, roles .99/.85); dev-f .97/.91 (orgs .94/.95, meetings .84/.69, deals
# .96/.76, roles .98/.91); dev-g .94/.90 (orgs .83/.85, meetings .84/.78, visits .96/.81, deals .88/.68);
# dev-h .96/.92 (orgs .83/.88, meetings .91/.89, visits 1.0/.82, deals .96/.81, roles .97/.86); dev-i
# .93/.90 (orgs .80/.81, meetings .87/.80, visits .97/.70, deals .82/.79); dev-j .95/.89 (orgs
# .87/.89, meetings .90/.78, visits .98/.80, deals .79/.68); dev-k .93/.91 (orgs .82/.87, meetings
# .83/.82, visits .97/.84, deals .80/.67); dev-l .93/.89 (orgs .73/.86, meetings .83/.78, visits
# .94/.69, deals .86/.68, roles .95/.86); dev-m .94/.88 (orgs .83/.85, meetings .79/.72, visits
# .89/.77, deals .96/.67, roles .93/.87).
SETS: dict[str, GoldSet] = {
    "examples": GoldSet(
        "examples",
        "tests/gold/examples.json",
        {"persons": (0.95, 0.95), "countries": (0.95, 0.95), "organizations": (0.90, 0.90),
         "meetings": (0.90, 0.85), "visits": (0.90, 0.85), "deals": (0.90, 0.90), "roles": (0.90, 0.90)},
        0.95,
    ),
    "heldout": GoldSet(
        "tests/heldout/articles",
        "tests/heldout/gold.json",
        {"persons": (0.95, 0.95), "countries": (0.95, 0.95), "organizations": (0.85, 0.90),
         "meetings": (0.85, 0.70), "visits": (0.90, 0.80), "deals": (0.90, 0.50), "roles": (0.90, 0.75)},
        0.90,
    ),
    "dev-a": GoldSet(
        "tests/blind/articles",
        "tests/blind/gold.json",
        {"persons": (0.95, 0.95), "countries": (0.95, 0.95), "organizations": (0.93, 0.90),
         "meetings": (0.83, 0.70), "visits": (0.95, 0.82), "deals": (0.80, 0.58), "roles": (0.95, 0.94)},
        0.93,
    ),
    "dev-b": GoldSet(
        "tests/blind2/articles",
        "tests/blind2/gold.json",
        {"persons": (0.95, 0.95), "countries": (0.95, 0.95), "organizations": (0.90, 0.88),
         "meetings": (0.93, 0.70), "visits": (0.95, 0.60), "deals": (0.80, 0.45), "roles": (0.95, 0.84)},
        0.91,
        # one deal in an enumeration of four ("India bought 36 under ...") is matched with another's date
        never=("merged", "duplicate", "wrongValue"),
    ),
    "dev-c": GoldSet(
        "tests/blind3/articles",
        "tests/blind3/gold.json",
        {"persons": (0.95, 0.95), "countries": (0.95, 0.95), "organizations": (0.90, 0.86),
         "meetings": (0.83, 0.80), "visits": (0.95, 0.78), "deals": (0.90, 0.65), "roles": (0.95, 0.88)},
        0.93,
    ),
    "dev-d": GoldSet(
        "tests/blind4/articles",
        "tests/blind4/gold.json",
        {"persons": (0.97, 0.97), "countries": (0.97, 0.97), "organizations": (0.92, 0.90),
         "meetings": (0.85, 0.68), "visits": (0.92, 0.80), "deals": (0.90, 0.62), "roles": (0.97, 0.86)},
        0.92,
    ),
    "dev-e": GoldSet(
        "tests/blind5/articles",
        "tests/blind5/gold.json",
        {"persons": (0.97, 0.96), "countries": (0.97, 0.96), "organizations": (0.90, 0.92),
         "meetings": (0.79, 0.62), "visits": (0.85, 0.57), "deals": (0.90, 0.68), "roles": (0.96, 0.82)},
        0.89,
        # a bank and its Korean short form ("KEXIM"-like) and the UN Security Council named bare
        never=("merged", "wrongDate", "wrongValue"),
    ),
    "dev-f": GoldSet(
        "tests/blind6/articles",
        "tests/blind6/gold.json",
        {"persons": (0.97, 0.95), "countries": (0.96, 0.97), "organizations": (0.90, 0.92),
         "meetings": (0.80, 0.66), "visits": (0.93, 0.83), "deals": (0.93, 0.73), "roles": (0.95, 0.88)},
        0.92,
    ),
    "dev-g": GoldSet(
        "tests/blind7/articles",
        "tests/blind7/gold.json",
        {"persons": (0.96, 0.95), "countries": (0.93, 0.97), "organizations": (0.80, 0.82),
         "meetings": (0.80, 0.73), "visits": (0.93, 0.76), "deals": (0.85, 0.65), "roles": (0.95, 0.85)},
        0.90,
    ),
    "dev-h": GoldSet(
        "tests/blind8/articles",
        "tests/blind8/gold.json",
        {"persons": (0.96, 0.95), "countries": (0.96, 0.97), "organizations": (0.80, 0.85),
         "meetings": (0.86, 0.84), "visits": (0.95, 0.77), "deals": (0.92, 0.77), "roles": (0.94, 0.83)},
        0.92,
    ),
    "dev-i": GoldSet(
        "tests/blind9/articles",
        "tests/blind9/gold.json",
        {"persons": (0.95, 0.96), "countries": (0.94, 0.96), "organizations": (0.77, 0.78),
         "meetings": (0.83, 0.76), "visits": (0.87, 0.66), "deals": (0.78, 0.75), "roles": (0.91, 0.89)},
        0.90,
        # the gold names Turkey twice (Turkey, Türkiye) and Erdogan twice (Recep Tayyip, Tayyip): one node each
        never=("duplicate", "wrongDate", "wrongValue"),
    ),
    "dev-j": GoldSet(
        "tests/blind10/articles",
        "tests/blind10/gold.json",
        {"persons": (0.95, 0.94), "countries": (0.96, 0.97), "organizations": (0.85, 0.87),
         "meetings": (0.85, 0.71), "visits": (0.95, 0.78), "deals": (0.77, 0.66), "roles": (0.95, 0.87)},
        0.91,
    ),
    "dev-k": GoldSet(
        "tests/blind11/articles",
        "tests/blind11/gold.json",
        {"persons": (0.97, 0.96), "countries": (0.96, 0.97), "organizations": (0.80, 0.85),
         "meetings": (0.80, 0.75), "visits": (0.95, 0.82), "deals": (0.78, 0.65), "roles": (0.92, 0.87)},
        0.91,
        # the gold names SOCAR twice (with and without "the") and Erdogan twice (Recep Tayyip, Tayyip)
        never=("duplicate", "wrongDate", "wrongValue"),
    ),
    "dev-l": GoldSet(
        "tests/blind12/articles",
        "tests/blind12/gold.json",
        {"persons": (0.97, 0.96), "countries": (0.98, 0.98), "organizations": (0.71, 0.84),
         "meetings": (0.81, 0.76), "visits": (0.92, 0.67), "deals": (0.84, 0.66), "roles": (0.93, 0.84)},
        0.90,
        # its one merge and one wrong date (there since it was first scored) are not yet read
        never=("duplicate", "wrongValue"),
    ),
    "dev-m": GoldSet(
        "tests/blind13/articles",
        "tests/blind13/gold.json",
        {"persons": (0.98, 0.97), "countries": (0.98, 0.96), "organizations": (0.81, 0.83),
         "meetings": (0.77, 0.70), "visits": (0.87, 0.75), "deals": (0.94, 0.65), "roles": (0.91, 0.85)},
        0.89,
        # no wrong date now (one with the starting code of the round that used it, not read)
        never=("merged", "duplicate", "wrongDate", "wrongValue"),
    ),
    # scored blind once (.915/.860), then used for development: .924/.880 (persons .98/.96, orgs .78/.86,
    # meetings .91/.79, visits .90/.70, deals .79/.62, roles .91/.82)
    "dev-n": GoldSet(
        "tests/blind14/articles",
        "tests/blind14/gold.json",
        {"persons": (0.95, 0.93), "countries": (0.96, 0.98), "organizations": (0.75, 0.83),
         "meetings": (0.83, 0.69), "visits": (0.84, 0.65), "deals": (0.76, 0.59), "roles": (0.88, 0.78)},
        0.88,
        # one merge (United Nations and UN), seen and left: the set's own alias table
        never=("duplicate", "wrongDate", "wrongValue"),
    ),
    # scored blind once (.935/.871), then used for development: .942/.911 (persons .99/.99, orgs .83/.78,
    # meetings .86/.82, visits .98/.89, deals .96/.74, roles .92/.91)
    "dev-o": GoldSet(
        "tests/blind15/articles",
        "tests/blind15/gold.json",
        {"persons": (0.97, 0.96), "countries": (0.96, 0.96), "organizations": (0.80, 0.75),
         "meetings": (0.83, 0.78), "visits": (0.95, 0.86), "deals": (0.93, 0.71), "roles": (0.89, 0.88)},
        0.91,
        # one merge (Recep Tayyip Erdogan written two ways in the gold), seen and left
        never=("duplicate", "wrongDate", "wrongValue"),
    ),
    # scored blind once: P/R .918/.867 (persons .98/.95, orgs .81/.83, meetings .87/.69, visits .91/.76,
    # deals .86/.76, roles .90/.84)
    "blind-p": GoldSet(
        "tests/blind16/articles",
        "tests/blind16/gold.json",
        {"persons": (0.96, 0.93), "countries": (0.91, 0.97), "organizations": (0.78, 0.80),
         "meetings": (0.84, 0.66), "visits": (0.88, 0.73), "deals": (0.83, 0.73), "roles": (0.87, 0.81)},
        0.88,
        # one wrong date and one wrong value when first scored, not read (the set is still blind)
        never=("merged", "duplicate"),
    ),
    # scored blind once: P/R .939/.881 (persons .99/.97, orgs .73/.80, meetings .88/.70, visits .97/.81,
    # deals .95/.70, roles .95/.86)
    "blind-q": GoldSet(
        "tests/blind17/articles",
        "tests/blind17/gold.json",
        {"persons": (0.97, 0.95), "countries": (0.96, 0.98), "organizations": (0.70, 0.77),
         "meetings": (0.85, 0.67), "visits": (0.94, 0.78), "deals": (0.92, 0.67), "roles": (0.92, 0.83)},
        0.90,
        # one duplicate, one merge, one wrong date and one wrong value when first scored, not read
        never=(),
    ),
}  # fmt: skip


@pytest.fixture(scope="module", params=list(SETS))
def scored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[GoldSet, ScoreReport]:
    """Ingest one set's articles into a fresh embedded store and score it against its gold."""
    gold_set = SETS[request.param]
    with LadybugStore(tmp_path_factory.mktemp(request.param) / "kg.db") as store:
        result = ingest([str(ROOT / gold_set.articles)], store)
        assert result.failed == 0, result.errors
        view = GraphView.from_store(store)
    return gold_set, evaluate(view, load_gold(ROOT / gold_set.gold))


def test_every_gold_article_is_in_the_graph_and_every_type_is_scored(scored: tuple[GoldSet, ScoreReport]) -> None:
    _, report = scored
    assert [a.file for a in report.articles if not a.found] == []
    assert tuple(report.scores) == TYPES
    for name, score in report.scores.items():
        assert score.gold > 0, f"the gold has no {name}: the set no longer tests them"


@pytest.mark.parametrize("type_name", TYPES)
def test_precision_and_recall_stay_above_their_floors(scored: tuple[GoldSet, ScoreReport], type_name: str) -> None:
    gold_set, report = scored
    score = report.scores[type_name]
    min_precision, min_recall = gold_set.floors[type_name]
    misses = [i.detail for i in report.issues if i.type == type_name and i.kind in ("missed", "spurious")]
    assert score.precision >= min_precision, f"{type_name} precision {score.precision:.3f}: {misses}"
    assert score.recall >= min_recall, f"{type_name} recall {score.recall:.3f}: {misses}"


def test_overall_f1_stays_above_its_floor(scored: tuple[GoldSet, ScoreReport]) -> None:
    gold_set, report = scored
    assert report.overall.f1 >= gold_set.min_f1


def test_no_merged_or_duplicate_entity_no_wrong_date_no_wrong_value(scored: tuple[GoldSet, ScoreReport]) -> None:
    """Two people in one node, or a wrong date, misleads an analyst more than a gap does."""
    gold_set, report = scored
    found = [f"{i.kind} {i.file}: {i.detail}" for i in report.issues if i.kind in gold_set.never]
    assert found == []
