"""The reading stage end to end: files of each format, bad input, path expansion, and the shared corpus."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import random
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from extract.readers import ReadError, ReadOptions, iter_paths, read_articles
from graph.model import Article

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"

HEADLINE = "Harbour board agrees pier repairs"
PARA_1 = "The harbour board met on Monday and agreed to repair the northern pier before the spring season."
PARA_2 = "Boats will use the southern berths while the work goes on, a spokeswoman for the board said."


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read(*inputs: Path | str, options: ReadOptions | None = None) -> list[Article | ReadError]:
    return list(read_articles([str(i) for i in inputs], options))


def only_article(results: list[Article | ReadError]) -> Article:
    assert len(results) == 1, results
    (article,) = results
    assert isinstance(article, Article), article
    return article


def only_error(results: list[Article | ReadError]) -> ReadError:
    assert len(results) == 1, results
    (error,) = results
    assert isinstance(error, ReadError), error
    return error


# --- formats ------------------------------------------------------------------------------------


def test_plain_text_article(tmp_path: Path) -> None:
    path = write(tmp_path, "pier.txt", f"{HEADLINE}\n\nPublished 2 April 2020\n\n{PARA_1}\n\n{PARA_2}\n")
    article = only_article(read(path))
    body = f"{PARA_1}\n\n{PARA_2}"
    assert article.text == body
    assert article.key == Article.make_key(body)
    assert (article.title, article.name, article.published) == (HEADLINE, HEADLINE, dt.date(2020, 4, 2))
    assert article.path == str(path)
    assert article.wordCount == len(body.split())
    assert "text" not in article.model_dump()


def test_untitled_text_is_named_after_its_file(tmp_path: Path) -> None:
    article = only_article(read(write(tmp_path, "note-17.txt", f"{PARA_1}\n{PARA_2}\n")))
    assert article.title is None
    assert article.name == "note-17"
    assert article.text == f"{PARA_1}\n\n{PARA_2}"


def test_dateline_outlet_becomes_source_and_partial_date_is_not_published(tmp_path: Path) -> None:
    text = f"{HEADLINE}\n\nPORTVILLE, July 19 (Coast Wire): {PARA_1}\n"
    article = only_article(read(write(tmp_path, "a.txt", text)))
    assert article.source == "Coast Wire"
    assert article.dateline == "PORTVILLE, July 19 (Coast Wire)"
    assert article.published is None


def test_markdown_article(tmp_path: Path) -> None:
    text = f"# {HEADLINE}\n\n{PARA_1}\n\nSee [the plan](https://example.org/plan) for **details**.\n"
    article = only_article(read(write(tmp_path, "pier.md", text)))
    assert article.title == HEADLINE
    assert article.text == f"{PARA_1}\n\nSee the plan for details."


def test_markdown_soft_line_breaks_inside_a_paragraph_are_spaces(tmp_path: Path) -> None:
    # lines too long for fixed-width wire copy: only Markdown's own rule joins them
    text = (
        "# Ministers meet at the pier\n\n"
        "**Published:** 2021-05-04\n"
        "*By Ada Quill*\n\n"
        "The ferry dispute that has kept the two harbour towns apart since the spring took a turn for the better\n"
        "on Monday, when Harbour Minister Tomas\n"
        "Eld met the mayor of the southern town for talks that both sides described as calm and useful.\n"
    )
    article = only_article(read(write(tmp_path, "pier.md", text)))
    assert article.published == dt.date(2021, 5, 4)
    assert "better on Monday, when Harbour Minister Tomas Eld met the mayor" in article.text


def test_html_article_uses_page_metadata(tmp_path: Path) -> None:
    html = f"""<!doctype html><html><head><meta charset="utf-8">
<title>{HEADLINE} | Coast Herald</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="Coast Herald">
<meta property="og:url" content="https://example.org/news/pier">
<meta property="article:published_time" content="2020-04-02T08:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>{HEADLINE}</h1><p>PORTVILLE — {PARA_1}</p><p>{PARA_2}</p>
<p>The board will publish a timetable for the work later this month, it added.</p></article>
<footer>Contact us</footer></body></html>"""
    article = only_article(read(write(tmp_path, "pier.html", html)))
    assert article.title == HEADLINE
    assert article.published == dt.date(2020, 4, 2)
    assert (article.source, article.url) == ("Coast Herald", "https://example.org/news/pier")
    assert article.text.startswith(f"PORTVILLE — {PARA_1}\n\n{PARA_2}")
    assert article.dateline == "PORTVILLE"
    assert "Home" not in article.text and "Contact us" not in article.text


def test_a_page_whose_author_field_names_a_desk_has_no_authors(tmp_path: Path) -> None:
    html = f"""<!doctype html><html><head><meta charset="utf-8"><title>{HEADLINE}</title>
<meta name="author" content="Staff Reporter; Portville">
<meta name="date" content="2020-04-02"></head><body>
<article><h1>{HEADLINE}</h1><p>{PARA_1}</p><p>{PARA_2}</p></article></body></html>"""
    article = only_article(read(write(tmp_path, "desk.html", html)))
    assert article.authors == []


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Café reopens</title></head>'
        f"<body><article><p>{PARA_1}</p><p>The café reopened.</p></article></body></html>"
    )
    article = only_article(read(write(tmp_path, "cafe.htm", html.encode("latin-1"))))
    assert "café" in article.text


def test_utf16_text_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_text(f"{HEADLINE}\n\n{PARA_1}\n", encoding="utf-16")
    article = only_article(read(path))
    assert (article.title, article.text) == (HEADLINE, PARA_1)


def test_json_single_object(tmp_path: Path) -> None:
    record = {"title": HEADLINE, "body": f"{PARA_1}\n\n{PARA_2}", "date": "2 April 2020", "url": "https://e.org/p"}
    article = only_article(read(write(tmp_path, "one.json", json.dumps(record))))
    assert (article.title, article.published, article.url) == (HEADLINE, dt.date(2020, 4, 2), "https://e.org/p")
    assert article.path == str(tmp_path / "one.json")


def test_json_list_with_dotted_id_and_locators(tmp_path: Path) -> None:
    records = [
        {"title": "First item", "body": PARA_1, "meta": {"id": 41}},
        {"title": "Second item", "body": PARA_2},
        "not an object",
    ]
    path = write(tmp_path, "many.json", json.dumps(records))
    results = read(path, options=ReadOptions(id_field="meta.id"))
    first, second, bad = results
    assert isinstance(first, Article) and first.path == f"{path}#41"
    assert isinstance(second, Article) and second.path == f"{path}#1"
    assert isinstance(bad, ReadError) and str(bad) == f"{path}#2: list item is not a JSON object"


def test_json_text_field_fallback_only_when_not_set(tmp_path: Path) -> None:
    path = write(tmp_path, "t.json", json.dumps({"headline": "x", "text": PARA_1}))
    assert only_article(read(path)).text == PARA_1
    error = only_error(read(path, options=ReadOptions(text_field="body")))
    assert error.reason == "no text field (tried 'body')"
    error = only_error(read(write(tmp_path, "none.json", json.dumps({"title": "Only a title"}))))
    assert error.reason == "no text field (tried 'body', 'text', 'content'; set text_field)"


def test_json_html_entities_and_control_marks_are_decoded(tmp_path: Path) -> None:
    record = {
        "title": "ACME &lt;ACM> SETS DIVIDEND",
        "body": f"{PARA_1}\n\n Reuter\n&#3;",
        "dateline": "LAKETON, Feb 26 -",
        "date": "26-FEB-1987 15:01:01.79&#5;&#5;&#5;RM",
    }
    article = only_article(read(write(tmp_path, "wire.json", json.dumps([record]))))
    assert article.title == "ACME <ACM> SETS DIVIDEND"
    assert article.text == PARA_1
    assert article.dateline == "LAKETON, Feb 26"
    assert article.published == dt.date(1987, 2, 26)


def test_jsonl_bad_line_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    lines = [json.dumps({"body": PARA_1}), "", "{not json", json.dumps({"body": PARA_2}), "[1, 2]"]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    results = read(path)
    assert [type(r).__name__ for r in results] == ["Article", "ReadError", "Article", "ReadError"]
    assert results[0].path == f"{path}#1"
    assert results[2].path == f"{path}#4"
    assert str(results[1]).startswith(f"{path} line 3: malformed JSON")
    assert str(results[3]) == f"{path} line 5: expected a JSON object on the line"


def test_jsonl_line_over_the_limit_is_skipped_without_stopping(tmp_path: Path) -> None:
    lines = [json.dumps({"body": "x " * 400}), json.dumps({"body": PARA_1})]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines))
    long_line, good = read(path, options=ReadOptions(max_bytes=300))
    assert isinstance(long_line, ReadError) and long_line.line == 1 and "max_bytes" in long_line.reason
    assert isinstance(good, Article) and good.text == PARA_1


def test_file_over_max_bytes_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", PARA_1 * 20)
    error = only_error(read(path, options=ReadOptions(max_bytes=100)))
    assert "over the 100 bytes limit" in error.reason


def test_published_option_fills_gaps_only(tmp_path: Path) -> None:
    dated = write(tmp_path, "a.txt", f"{HEADLINE}\nPublished 2 April 2020\n{PARA_1}\n")
    undated = write(tmp_path, "b.txt", f"{HEADLINE}\n{PARA_1}\n")
    options = ReadOptions(published=dt.date(2021, 6, 1))
    a, b = read(dated, undated, options=options)
    assert isinstance(a, Article) and a.published == dt.date(2020, 4, 2)
    assert isinstance(b, Article) and b.published == dt.date(2021, 6, 1)


# --- bad input ----------------------------------------------------------------------------------


def _deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n \n", "empty file"),
    "chrome.txt": (b"Comment\n0\nComments\nLeave a Comment\n", "no article text"),
    "noise.txt": (random.Random(7).randbytes(4096), "binary file, not text"),
    "latin.txt": (f"{PARA_1} Caf\xe9.".encode("latin-1"), f"not valid UTF-8 at byte {len(PARA_1) + 4}"),
    "nul.txt": (f"{PARA_1}\x00{PARA_2}".encode(), f"contains a NUL byte at byte {len(PARA_1)}, not plain text"),
    "broken.json": (b'{"body": "unterminated', "malformed JSON: Unterminated string starting at (line 1, column 10)"),
    "deep.json": (_deep_json(100_000).encode(), "JSON nested too deeply to read"),
    "scalar.json": (b"42", "expected a JSON object or a list of objects"),
    "empty.jsonl": (b"\n\n", "empty file"),
    "noise.jsonl": (random.Random(8).randbytes(4096), "binary file, not text"),
    "empty-body.json": (b'{"title": "A title", "body": "  "}', "no article text"),
}


def test_every_bad_file_gives_a_clear_error_and_good_files_still_read(tmp_path: Path) -> None:
    for name, (content, _) in BAD_FILES.items():
        write(tmp_path, f"bad/{name}", content)
    good_before = write(tmp_path, "a-good.txt", f"{PARA_1}\n")
    good_after = write(tmp_path, "z-good.txt", f"{PARA_2}\n")
    odd = write(tmp_path, "notes.xyz", "whatever")
    missing = tmp_path / "missing.txt"
    results = read(good_before, tmp_path / "bad", odd, missing, good_after)

    errors = {Path(r.path).name: r.reason for r in results if isinstance(r, ReadError)}
    assert errors == {
        **{name: reason for name, (_, reason) in BAD_FILES.items()},
        "notes.xyz": "unsupported file type '.xyz' (supported: .txt, .md, .html, .htm, .json, .jsonl)",
        "missing.txt": "no such file or directory",
    }
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.text for a in articles] == [PARA_1, PARA_2]


def test_error_renders_path_and_reason(tmp_path: Path) -> None:
    error = only_error(read(tmp_path / "gone.txt"))
    assert str(error) == f"{tmp_path / 'gone.txt'}: no such file or directory"


@pytest.mark.parametrize("name", ["locked.txt", "locked.md", "locked.html", "locked.json", "locked.jsonl"])
def test_unreadable_file_is_an_error_not_an_exception(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission denied while reading one file: a ReadError naming it, and the next file still read.

    File modes cannot be relied on (root ignores them), so the denial is simulated at the one place
    a file's bytes come from: ``Path.read_bytes`` or ``Path.open``, for this file only.
    """
    locked = write(tmp_path, name, PARA_1 if not name.endswith("json") else json.dumps({"body": PARA_1}))
    after = write(tmp_path, "z-after.txt", PARA_2)
    denied: list[str] = []

    def guard(original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self == locked:
                denied.append(original.__name__)
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
            return original(self, *args, **kwargs)

        return wrapper

    monkeypatch.setattr(Path, "read_bytes", guard(Path.read_bytes))
    monkeypatch.setattr(Path, "open", guard(Path.open))
    error, article = read(locked, after)
    assert denied, "the reader never read the locked file's bytes"
    assert isinstance(error, ReadError), error
    assert (error.path, error.reason) == (str(locked), os.strerror(errno.EACCES))
    assert str(error) == f"{locked}: {os.strerror(errno.EACCES)}"
    assert isinstance(article, Article) and article.text == PARA_2


# --- paths --------------------------------------------------------------------------------------


def test_folders_are_walked_sorted_skipping_hidden_and_other_types(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "sub/c.json", "sub/deeper/d.jsonl", "image.png", ".hidden.txt", ".git/e.txt"]:
        write(tmp_path, name, "x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([str(tmp_path)]) if isinstance(p, Path)]
    assert found == ["a.md", "b.txt", "sub/c.json", "sub/deeper/d.jsonl"]


def test_glob_patterns_recursive_and_unmatched(tmp_path: Path) -> None:
    for name in ["x/one.txt", "x/y/two.txt", "x/y/three.json"]:
        write(tmp_path, name, "x")
    found = [p.name for p in iter_paths([f"{tmp_path}/**/*.txt"]) if isinstance(p, Path)]
    assert found == ["one.txt", "two.txt"]
    (error,) = iter_paths([f"{tmp_path}/**/*.html"])
    assert isinstance(error, ReadError) and error.reason == "no readable files match this pattern"


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", PARA_1)
    assert list(iter_paths([str(path), str(tmp_path), f"{tmp_path}/*.txt"])) == [path]


def test_read_articles_is_lazy(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", PARA_1)
    write(tmp_path, "b.txt", PARA_2)
    stream = read_articles([str(tmp_path)])
    first = next(stream)
    (tmp_path / "b.txt").write_text(PARA_1)  # read only when reached
    second = next(stream)
    assert isinstance(first, Article) and isinstance(second, Article) and second.text == PARA_1


# --- the shared corpus --------------------------------------------------------------------------


def _corpus(sub: str) -> Path:
    folder = CORPUS / sub
    if not folder.is_dir():
        pytest.fail(f"shared corpus not present at {folder}: check out ../shared beside the repository", pytrace=False)
    return folder


def test_reuters_json_loads_with_defaults() -> None:
    path = sorted(_corpus("reuters-21578").glob("*.json"))[0]
    raw = json.loads(path.read_text(encoding="utf-8"))
    results = read(path)
    assert len(results) == len(raw)
    articles = [r for r in results if isinstance(r, Article)]
    assert articles
    for item in results:
        if isinstance(item, Article):
            assert item.published is not None and item.published.year == 1987
            assert item.title and item.text and item.path and item.path.startswith(f"{path}#")
            assert "&lt;" not in item.title and "&#" not in item.text
        else:
            assert isinstance(item, ReadError) and item.reason and item.index is not None


def test_reuters_id_field_gives_locators() -> None:
    path = sorted(_corpus("reuters-21578").glob("*.json"))[0]
    raw = json.loads(path.read_text(encoding="utf-8"))
    stream = read_articles([str(path)], ReadOptions(id_field="attrs.newid"))
    first = next(r for r in stream if isinstance(r, Article))
    ids = {str(record["attrs"]["newid"]) for record in raw}
    assert first.path is not None and first.path.rsplit("#", 1)[1] in ids


def _first_match(text: str, pattern: str) -> re.Match[str] | None:
    return re.search(pattern, text, flags=re.MULTILINE)


def test_seed_articles_read_with_sensible_headers() -> None:
    seeds = sorted(_corpus("seeds").glob("*.txt"))
    results = read(*seeds)
    assert len(results) == len(seeds)
    for path, article in zip(seeds, results, strict=True):
        assert isinstance(article, Article), article
        raw = path.read_text(encoding="utf-8")
        lines = {line.strip() for line in raw.splitlines()}
        assert article.wordCount > 50
        assert not {"Comment", "Comments", "Leave a Comment", "Post with no comments."} & set(
            article.text.split("\n\n")
        )
        if article.title is not None:
            assert article.title in lines and not article.title.endswith(".")
            assert not article.text.startswith(article.title)
        else:
            assert article.name == path.stem
        if article.dateline is not None:
            assert article.text.startswith(article.dateline)
        stated = _first_match(raw, r"^Published (\d{1,2} \w+ \d{4})\s*$")
        if stated:
            assert article.published == datetime.strptime(stated.group(1), "%d %B %Y").date()
        stated = _first_match(raw, r"^(\w+ \d{1,2}, \d{4}) - [\d:]+\s*$")
        if stated:
            assert article.published == datetime.strptime(stated.group(1), "%B %d, %Y").date()
