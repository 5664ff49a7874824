"""The newsgraph benchmark: one command, figures to ``bench/results.json`` and a table on the terminal.

    .venv/bin/python bench/run.py --quick          # < 3 minutes, small samples: a sanity check
    .venv/bin/python bench/run.py                  # the full set (~30 min on 2 cores), see bench/README.md
    .venv/bin/python bench/run.py --only scale --sizes 21578   # one part; merged into results.json

What it measures, and why each figure is measured the way it is:

- extraction: our pipeline (the model + our components + facts) against the bare model's own
  ``nlp.pipe`` on the same texts, interleaved and best-of-N, in wall and CPU seconds: the machine
  is shared, and CPU time is the figure other processes disturb least;
- scale: ``ingest()`` into the embedded store, each size in its own subprocess (1,000, 5,000 and
  21,578 articles: the first file, five files, the corpus), with peak RSS of the process tree
  sampled by psutil (workers included) and ``ru_maxrss``; then a re-ingest of the unchanged corpus
  in a new subprocess, the way a user reruns ``kg ingest``;
- workers: the same 1,000 articles with ``workers=1`` and ``workers=2``;
- writes: the rows ingest writes (resolved from the extraction sample, in its batches) written
  to Neo4j by the store and by a naive writer sending one statement per row, and to the embedded
  store. Needs NEO4J_URI/USERNAME/PASSWORD of a scratch server (its data is deleted).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
REUTERS = CORPUS / "reuters-21578"
SEEDS = CORPUS / "seeds"
RESULTS = Path(__file__).with_name("results.json")
FULL_SIZE = 21578
RECORDS_PER_FILE = 1000
PARTS = ("extraction", "scale", "workers", "writes", "seeds")


# ---- inputs -----------------------------------------------------------------------------------------


def reuters_files() -> list[Path]:
    files = sorted(REUTERS.glob("*.json"))
    if not files:
        sys.exit(f"no Reuters corpus in {REUTERS}: the benchmark needs ../shared/corpus beside the repository")
    return files


def corpus_subset(records: int, folder: Path) -> list[str]:
    """Inputs holding the first ``records`` Reuters records: whole corpus files, and one cut file if needed.

    The corpus files hold 1,000 records each (the last 578), so 1,000 and 5,000 are whole files,
    read exactly as ``kg ingest`` reads them.
    """
    inputs: list[str] = []
    left = records
    for path in reuters_files():
        if left <= 0:
            break
        if left >= RECORDS_PER_FILE or path == reuters_files()[-1]:
            inputs.append(str(path))
            left -= RECORDS_PER_FILE
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        folder.mkdir(parents=True, exist_ok=True)
        cut = folder / f"{path.stem}-first{left}.json"
        cut.write_text(json.dumps(data[:left]), encoding="utf-8")
        inputs.append(str(cut))
        left = 0
    return inputs


def sample_articles(count: int, folder: Path) -> list[Any]:
    from extract.readers import read_articles
    from graph.model import Article

    articles = []
    for item in read_articles(corpus_subset(count + count // 4, folder)):  # ~12 % of records are empty
        if isinstance(item, Article):
            articles.append(item)
            if len(articles) == count:
                break
    return articles


# ---- timing -----------------------------------------------------------------------------------------


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) for one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def rates(count: int, words: int, seconds: float) -> dict[str, float]:
    return {
        "seconds": round(seconds, 2),
        "articlesPerSecond": round(count / seconds, 2),
        "wordsPerSecond": round(words / seconds),
    }


def machine() -> dict[str, Any]:
    import spacy

    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "loadAverageAtStart": [round(x, 2) for x in os.getloadavg()],
    }


# ---- extraction -------------------------------------------------------------------------------------


def bench_extraction(count: int, reps: int, work: Path) -> dict[str, Any]:
    """Ours (model + our components + facts) vs the bare model's ``nlp.pipe``, same texts, same batch size."""
    from extract.nlp import build_pipeline, load_model, model_name
    from extract.pipeline import Extractor, document_text

    articles = sample_articles(count, work / "extraction")
    texts = [document_text(a) for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = load_model()
    extractor = Extractor(build_pipeline(load_model()))
    # A full untimed pass each first: a pipeline's first pass over new text grows its vocabulary and
    # allocates buffers, and whichever ran first would pay for it.
    list(bare.pipe(texts, batch_size=extractor.batch_size))
    list(extractor.extract_many(articles))
    bare_runs, ours_runs, ours_pipe_runs = [], [], []
    for _ in range(reps):  # interleaved, so a burst of load from elsewhere hits both
        bare_runs.append(timed(lambda: list(bare.pipe(texts, batch_size=extractor.batch_size))))
        ours_pipe_runs.append(timed(lambda: list(extractor.nlp.pipe(texts, batch_size=extractor.batch_size))))
        ours_runs.append(timed(lambda: list(extractor.extract_many(articles))))
    best = {name: (min(w for w, _ in runs), min(c for _, c in runs)) for name, runs in
            (("bare", bare_runs), ("ours", ours_runs), ("oursPipeOnly", ours_pipe_runs))}  # fmt: skip
    result: dict[str, Any] = {
        "articles": len(articles),
        "words": words,
        "model": model_name(bare),
        "barePipeline": bare.pipe_names,
        "ourPipeline": extractor.nlp.pipe_names,
        "repetitions": reps,
    }
    for name, (wall, cpu) in best.items():
        result[name] = {**rates(len(articles), words, wall), "cpuSeconds": round(cpu, 2)}
    result["ratioWall"] = round(best["bare"][0] / best["ours"][0], 3)
    result["ratioCpu"] = round(best["bare"][1] / best["ours"][1], 3)
    return result


# ---- scale: ingest subprocesses ---------------------------------------------------------------------


def child_ingest(args: argparse.Namespace) -> None:
    """Run in a subprocess: one ``ingest()`` into the embedded store, figures as JSON on stdout."""
    from graph.ingest import ingest
    from graph.stores.ladybug_store import LadybugStore

    started = time.perf_counter()
    with LadybugStore(args.db) as store:
        sizing = {"batch_size": args.batch_size} if args.batch_size else {}
        report = ingest(args.inputs, store, workers=args.workers, **sizing)
    figures = {
        "ingestSeconds": round(report.seconds, 2),
        "processSeconds": round(time.perf_counter() - started, 2),
        "read": report.read,
        "written": report.written,
        "skipped": report.skipped,
        "failed": report.failed,
        "words": report.words,
        "counts": report.counts.model_dump(),
        "maxrssMbSelf": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "maxrssMbLargestChild": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }
    print(json.dumps(figures))


class TreeRss:
    """Peak resident memory of a process and its children, sampled: workers count as much as the writer."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        import psutil

        self.process = psutil.Process(pid)
        self.peak = 0
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                tree = [self.process, *self.process.children(recursive=True)]
                total = 0
                for p in tree:
                    with contextlib.suppress(psutil.Error):  # a worker may exit between the two calls
                        total += p.memory_info().rss
                self.peak = max(self.peak, total)
            except psutil.Error:
                return
            self._stop.wait(self.every)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return round(self.peak / (1024 * 1024), 1)


def run_child(inputs: list[str], db: Path, workers: int, batch_size: int | None = None) -> dict[str, Any]:
    """``batch_size`` None: the ingest default, as a user's ``kg ingest`` would run."""
    command = [sys.executable, __file__, "_child-ingest", "--db", str(db), "--workers", str(workers)]
    if batch_size:
        command += ["--batch-size", str(batch_size)]
    command += inputs
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    sampler = TreeRss(process.pid)
    out, err = process.communicate()
    peak = sampler.stop()
    if process.returncode != 0:
        raise RuntimeError(f"ingest subprocess failed ({process.returncode}): {err[-2000:]}")
    figures = json.loads(out.strip().splitlines()[-1])
    figures["wallSeconds"] = round(time.perf_counter() - started, 2)
    figures["peakRssMbTree"] = peak
    figures["workers"] = workers
    return figures


def bench_scale_size(records: int, work: Path, workers: int) -> dict[str, Any]:
    inputs = corpus_subset(records, work / f"inputs-{records}")
    db = work / f"scale-{records}-w{workers}"
    shutil.rmtree(db, ignore_errors=True)
    first = run_child(inputs, db, workers)
    again = run_child(inputs, db, workers)
    shutil.rmtree(db, ignore_errors=True)
    return {
        "records": records,
        "first": {**first, **rates(first["written"], first["words"], first["ingestSeconds"])},
        "reingest": again,
        "reingestRatio": round(first["ingestSeconds"] / max(again["ingestSeconds"], 1e-3), 1),
        "reingestRatioProcessWall": round(first["wallSeconds"] / max(again["wallSeconds"], 1e-3), 1),
    }


# ---- writes -----------------------------------------------------------------------------------------

#: Articles whose graph the write figures are measured on: five or six transactions of the default size.
WRITE_SAMPLE = 1500


def extracted_facts(count: int, work: Path) -> list[Any]:
    from extract.pipeline import Extractor

    return list(Extractor().extract_many(sample_articles(count, work / "writes")))


def resolved_batches(facts: list[Any], batch_size: int | None = None) -> list[tuple[list[Any], list[Any]]]:
    """The (nodes, relationships) each ingest transaction writes, from already extracted facts.

    As ``kg ingest`` does it: resolved EXTRACTION_BATCH articles at a time, written ``batch_size``
    (default: the ingest default) articles per transaction.
    """
    from graph.ingest import EXTRACTION_BATCH, batched, merge_graphs
    from graph.resolve import Resolver
    from graph.stores.base import DEFAULT_BATCH_SIZE

    resolver = Resolver()
    graphs = []
    for chunk in batched(facts, EXTRACTION_BATCH):
        resolver.prime(chunk)
        graphs.extend(resolver.resolve(f) for f in chunk)
    return [merge_graphs(group) for group in batched(graphs, batch_size or DEFAULT_BATCH_SIZE)]


def bench_embedded_writes(batches: list[tuple[list[Any], list[Any]]], work: Path) -> dict[str, Any]:
    from graph.stores.ladybug_store import LadybugStore

    db = work / "writes.db"
    shutil.rmtree(db, ignore_errors=True)
    with LadybugStore(db) as store:
        store.ensure_schema()
        wall, _ = timed(lambda: [store.write(n, r) for n, r in batches])
    shutil.rmtree(db, ignore_errors=True)
    nodes = sum(len(n) for n, _ in batches)
    rels = sum(len(r) for _, r in batches)
    return {
        "nodes": nodes,
        "relationships": rels,
        "seconds": round(wall, 2),
        "relationshipsPerSecond": round(rels / wall),
        "rowsPerSecond": round((nodes + rels) / wall),
    }


def bench_neo4j_writes(batches: list[tuple[list[Any], list[Any]]], naive_rows: int, clear: bool) -> dict[str, Any]:
    """Batched (the store's UNWIND per label/type, one transaction per batch) vs one statement per row.

    The naive writer runs the same MERGE text with a one-row list, each in its own auto-commit
    transaction, against the same constraints: what a first version of a writer usually does.
    It writes the first ``naive_rows`` rows (nodes first, as it must), enough for a steady rate.
    """
    from graph.stores import cypher
    from graph.stores.neo4j_store import Neo4jStore

    names = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD")
    if not all(os.environ.get(n) for n in names):
        return {"skipped": "NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD not set (see bench/README.md)"}
    store = Neo4jStore(os.environ["NEO4J_URI"], os.environ["NEO4J_USERNAME"], os.environ["NEO4J_PASSWORD"])
    with store:
        existing = store.query("MATCH (n) RETURN count(n) AS n").rows[0][0]
        if existing and not clear:
            reason = f"the Neo4j database holds {existing} nodes; pass --clear-neo4j to let the bench empty it"
            return {"skipped": reason}

        def empty() -> None:
            chunk = "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c"
            while store.query(chunk, write=True).rows[0][0]:
                pass

        empty()
        store.ensure_schema()
        # Warm-up, not timed: the server compiles each query text once (a few hundred ms each), and
        # the naive writer sends the same texts, so both sides are timed with their plans cached.
        for n, r in batches:
            store.write(n, r)
        # The median of three timed passes: emptying the database changes its statistics, and the
        # server replans a query text once they diverge (~0.5 s for the relationship statement),
        # which one pass of a sample this size may pay and a long ingest pays a few times in total.
        passes = []
        for _ in range(3):
            empty()
            passes.append(timed(lambda: [store.write(n, r) for n, r in batches])[0])
        wall = sorted(passes)[1]  # the median pass
        nodes = sum(len(n) for n, _ in batches)
        rels = sum(len(r) for _, r in batches)
        batched_figures = {
            "nodes": nodes,
            "relationships": rels,
            "seconds": round(wall, 2),
            "relationshipsPerSecond": round(rels / wall),
            "rowsPerSecond": round((nodes + rels) / wall),
        }
        empty()
        all_nodes = [n for ns, _ in batches for n in ns]
        all_rels = [r for _, rs in batches for r in rs]
        node_part = all_nodes[: naive_rows // 2]
        wanted = {n.key for n in node_part}
        rel_part = [r for r in all_rels if r.start in wanted and r.end in wanted][: naive_rows - len(node_part)]
        driver = store._driver  # the naive writer is deliberately not the store's code path

        def naive_nodes() -> None:
            with driver.session() as session:
                for node in node_part:
                    session.run(cypher.neo4j_merge_nodes(node.label), rows=[cypher.neo4j_node_row(node)]).consume()

        def naive_relationships() -> None:
            with driver.session() as session:
                for rel in rel_part:
                    query = cypher.neo4j_merge_relationships(rel.type, rel.startLabel, rel.endLabel)
                    session.run(query, rows=[cypher.neo4j_rel_row(rel)]).consume()

        node_wall, _ = timed(naive_nodes)
        rel_wall, _ = timed(naive_relationships)
        empty()
        naive_figures = {
            "nodes": len(node_part),
            "relationships": len(rel_part),
            "seconds": round(node_wall + rel_wall, 2),
            "rowsPerSecond": round((len(node_part) + len(rel_part)) / (node_wall + rel_wall)),
            "relationshipsPerSecond": round(len(rel_part) / rel_wall),
        }
    return {
        "batched": batched_figures,
        "naive": naive_figures,
        # Rows per second on both sides; per relationship the store's figure also pays for its nodes.
        "ratio": round(batched_figures["rowsPerSecond"] / naive_figures["rowsPerSecond"], 1),
        "ratioRelationships": round(
            batched_figures["relationshipsPerSecond"] / naive_figures["relationshipsPerSecond"], 1
        ),
    }


# ---- seeds ------------------------------------------------------------------------------------------


def bench_seeds(work: Path) -> dict[str, Any]:
    inputs = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    db = work / "seeds.db"
    shutil.rmtree(db, ignore_errors=True)
    first = run_child(inputs, db, 1)
    again = run_child(inputs, db, 1)
    shutil.rmtree(db, ignore_errors=True)
    return {
        "files": len(inputs),
        "first": {**first, **rates(max(first["written"], 1), first["words"], first["ingestSeconds"])},
        "reingest": again,
    }


# ---- results ----------------------------------------------------------------------------------------


def save(results: dict[str, Any]) -> None:
    """Merge into results.json, so a part run alone (e.g. the full size in the background) adds its figures."""
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    for key, value in results.items():
        if isinstance(value, dict) and isinstance(previous.get(key), dict):
            previous[key].update(value)
        else:
            previous[key] = value
    RESULTS.write_text(json.dumps(previous, indent=2, sort_keys=True) + "\n")


def targets(results: dict[str, Any]) -> Iterator[tuple[str, str, str, str]]:
    """(what, measured, target, verdict) rows for the table."""

    def verdict(ok: bool | None) -> str:
        return "n/a" if ok is None else ("met" if ok else "NOT met")

    extraction = results.get("extraction") or {}
    if extraction:
        r = extraction["ratioWall"]
        yield (
            "extraction vs bare spaCy (wall / cpu)",
            f"{r:.2f} / {extraction['ratioCpu']:.2f}",
            "≥ 0.8",
            verdict(max(r, extraction["ratioCpu"]) >= 0.8),
        )
    writes = (results.get("writes") or {}).get("neo4j") or {}
    if "ratio" in writes:
        yield (
            "Neo4j batched vs naive writer",
            f"{writes['ratio']}× ({writes['batched']['relationshipsPerSecond']} rels/s)",
            "≥ 30×",
            verdict(writes["ratio"] >= 30),
        )
    scale = results.get("scale") or {}
    sizes = sorted(scale, key=int)
    if len(sizes) >= 2:
        low, high = scale[sizes[0]], scale[sizes[-1]]
        ratio = high["first"]["peakRssMbTree"] / low["first"]["peakRssMbTree"]
        yield (
            f"peak RSS {sizes[-1]} vs {sizes[0]} articles",
            f"{ratio:.2f} ({low['first']['peakRssMbTree']} → {high['first']['peakRssMbTree']} MB)",
            "≤ 1.3",
            verdict(ratio <= 1.3),
        )
    for size in sizes:
        ratio = scale[size]["reingestRatio"]
        yield f"re-ingest speed-up, {size} articles", f"{ratio}×", "≥ 20×", verdict(ratio >= 20)
    workers = results.get("workers") or {}
    if "1" in workers and "2" in workers:
        gain = workers["1"]["ingestSeconds"] / workers["2"]["ingestSeconds"]
        yield "ingest speed-up, 2 workers vs 1", f"{gain:.2f}×", "> 1 (uses both cores)", verdict(gain > 1)


def show(results: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    figures = Table(title="newsgraph benchmark" + (" (quick)" if results.get("quick") else ""))
    for column in ("figure", "value"):
        figures.add_column(column)
    extraction = results.get("extraction") or {}
    if extraction:
        for name in ("bare", "oursPipeOnly", "ours"):
            f = extraction[name]
            figures.add_row(
                f"extraction {name} ({extraction['articles']} articles)",
                f"{f['articlesPerSecond']} articles/s, {f['wordsPerSecond']} words/s, cpu {f['cpuSeconds']} s",
            )
    for size, s in sorted((results.get("scale") or {}).items(), key=lambda kv: int(kv[0])):
        f = s["first"]
        figures.add_row(
            f"ingest {size} records, embedded (workers {f['workers']})",
            f"{f['articlesPerSecond']} articles/s, {f['wordsPerSecond']} words/s, "
            f"{f['ingestSeconds']} s; peak RSS {f['peakRssMbTree']} MB",
        )
        figures.add_row(
            f"re-ingest {size} records, unchanged",
            f"{s['reingest']['ingestSeconds']} s in ingest(), {s['reingest']['wallSeconds']} s process",
        )
    for workers, f in sorted((results.get("workers") or {}).items()):
        figures.add_row(f"ingest, workers={workers}", f"{f['ingestSeconds']} s, {f['articlesPerSecond']} articles/s")
    writes = results.get("writes") or {}
    if "embedded" in writes:
        e = writes["embedded"]
        figures.add_row("embedded store writes", f"{e['relationshipsPerSecond']} rels/s, {e['rowsPerSecond']} rows/s")
    neo = writes.get("neo4j") or {}
    if "batched" in neo:
        figures.add_row(
            "Neo4j writes: store / naive",
            f"{neo['batched']['relationshipsPerSecond']} rels/s ({neo['batched']['rowsPerSecond']} rows/s) / "
            f"{neo['naive']['rowsPerSecond']} rows/s",
        )
    elif neo:
        figures.add_row("Neo4j writes", neo.get("skipped", "?"))
    seeds = results.get("seeds") or {}
    if seeds:
        f = seeds["first"]
        figures.add_row(f"seeds ({seeds['files']} files)", f"{f['ingestSeconds']} s, {f['wordsPerSecond']} words/s")
    console.print(figures)
    verdicts = Table(title="targets")
    for column in ("target", "measured", "wanted", "verdict"):
        verdicts.add_column(column)
    for row in targets(results):
        verdicts.add_row(*row)
    console.print(verdicts)


# ---- main -------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small samples, < 3 minutes")
    parser.add_argument("--only", choices=PARTS, action="append", help="run only these parts (repeatable)")
    parser.add_argument("--sizes", help="comma-separated record counts for the scale part")
    parser.add_argument("--full", action="store_true", help="include the full corpus even if the estimate is long")
    parser.add_argument("--clear-neo4j", action="store_true", help="let the bench empty a non-empty Neo4j database")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    args = parser.parse_args()
    parts = set(args.only or PARTS)
    quick = args.quick
    work = args.work or Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"machine": machine(), "quick": quick}
    console_note = print

    if "extraction" in parts:
        count, reps = (60, 1) if quick else (400, 2)
        results["extraction"] = bench_extraction(count, reps, work)
        save(results)
    if "writes" in parts:
        # several full transactions, so that one replan or one slow commit does not decide the figure
        batches = resolved_batches(extracted_facts(120 if quick else WRITE_SAMPLE, work))
        results["writes"] = {
            "embedded": bench_embedded_writes(batches, work),
            "neo4j": bench_neo4j_writes(batches, 400 if quick else 3000, args.clear_neo4j),
        }
        save(results)
    if "seeds" in parts:
        results["seeds"] = bench_seeds(work)
        save(results)
    if "workers" in parts:
        size = 200 if quick else 1000
        inputs = corpus_subset(size, work / f"inputs-{size}")
        results["workers"] = {}
        for workers in (1, 2):
            db = work / f"workers-{workers}"
            shutil.rmtree(db, ignore_errors=True)
            f = run_child(inputs, db, workers)
            results["workers"][str(workers)] = {**f, **rates(f["written"], f["words"], f["ingestSeconds"])}
            shutil.rmtree(db, ignore_errors=True)
        save(results)
    if "scale" in parts:
        sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([150, 450] if quick else [1000, 5000])
        results["scale"] = {}
        per_article = None
        for size in sizes:
            results["scale"][str(size)] = bench_scale_size(size, work, workers=1)
            first = results["scale"][str(size)]["first"]
            per_article = first["ingestSeconds"] / max(first["written"], 1)
            save(results)
        if not quick and not args.sizes and per_article:
            estimate = per_article * FULL_SIZE * 0.88 / 60  # ~12 % of the records have no text
            results["fullCorpusEstimateMinutes"] = round(estimate, 1)
            if estimate <= 25 or args.full:
                results["scale"][str(FULL_SIZE)] = bench_scale_size(FULL_SIZE, work, workers=1)
            else:
                console_note(
                    f"full corpus estimated at {estimate:.0f} min: run it in the background with\n"
                    f"  nohup {sys.executable} {__file__} --only scale --sizes {FULL_SIZE} &"
                )
            save(results)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    show(json.loads(RESULTS.read_text()))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_child-ingest":
        child = argparse.ArgumentParser()
        child.add_argument("_child")
        child.add_argument("--db", type=Path, required=True)
        child.add_argument("--workers", type=int, default=1)
        child.add_argument("--batch-size", type=int)
        child.add_argument("inputs", nargs="+")
        child_ingest(child.parse_args())
    else:
        main()
