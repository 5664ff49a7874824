"""The plain-text header rules, one shape at a time, on short texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.readers.text_header import (
    Dateline,
    drop_chrome,
    is_chrome,
    looks_hard_wrapped,
    looks_like_headline,
    parse_body,
    parse_byline,
    parse_dateline,
    parse_full_date,
    parse_text,
    parse_year_line,
    scan_header,
    split_front_matter,
    split_paragraphs,
    strip_markdown,
)

STORY = "The harbour board met on Monday and agreed to repair the northern pier before the spring season."


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published 1 November 2017", dt.date(2017, 11, 1)),
        ("January 19, 2022 - 22:0", dt.date(2022, 1, 19)),
        ("Updated: 3 March 2021 | 10:45 GMT", dt.date(2021, 3, 3)),
        ("26-FEB-1987 15:01:01.79", dt.date(1987, 2, 26)),
        ("27-MAR-1987 00:02:59.13 RM", dt.date(1987, 3, 27)),
        ("31-MAR-1987 605:12:19.12", dt.date(1987, 3, 31)),
        ("2021-03-04T10:00:00+02:00", dt.date(2021, 3, 4)),
        ("Posted on Nov. 5, 2019", dt.date(2019, 11, 5)),
        ("Media Note, March 2, 2023", dt.date(2023, 3, 2)),
        ("Issued: 4 June 2021", dt.date(2021, 6, 4)),
        ("Laketon, 4 June 2021", dt.date(2021, 6, 4)),
        ("Published 12.05.2025, 07:30", dt.date(2025, 5, 12)),  # day first, as dots are written in Europe
        ("Updated 10:14 PM GMT+5, May 10, 2025", dt.date(2025, 5, 10)),  # the hour is no day or year
        # a long line of short segments: the one that says when it was published
        ("*Andes Desk · Published 04.03.2024 08:15 · Last updated 05.03.2024 19:00 (Lima time)*", dt.date(2024, 3, 4)),
        ("Updated 6 May 2024 09:00 | Harbour bureau | Published 5 May 2024 07:00", dt.date(2024, 5, 5)),
    ],
)
def test_full_dates_are_parsed(line: str, expected: dt.date) -> None:
    assert parse_full_date(line) == expected


@pytest.mark.parametrize(
    "line",
    ["July 19", "July 2022", "Comment", "0", "2022", "", STORY, "The plan for 2023 was agreed after a long meeting."],
)
def test_partial_dates_and_prose_are_not_full_dates(line: str) -> None:
    assert parse_full_date(line) is None


def test_month_and_year_line_gives_a_year() -> None:
    assert parse_year_line("Updated July 2022") == 2022
    assert parse_year_line("July 19") is None


# --- datelines ----------------------------------------------------------------------------------


def test_dateline_with_place_day_month_and_outlet() -> None:
    dateline = parse_dateline("PORTVILLE, March 9 (Coast Wire): The harbour board met on Monday.")
    assert dateline == Dateline(
        text="PORTVILLE, March 9 (Coast Wire)", place="PORTVILLE", month=3, day=9, outlet="Coast Wire"
    )
    assert dateline.year is None
    assert dateline.full_date() is None
    assert dateline.full_date(2020) == dt.date(2020, 3, 9)


def test_dateline_with_em_dash_and_no_date() -> None:
    dateline = parse_dateline("NORTH RIDGE — Officials opened a new bridge on Friday.")
    assert dateline is not None
    assert (dateline.place, dateline.month, dateline.day, dateline.outlet) == ("NORTH RIDGE", None, None, None)
    assert dateline.text == "NORTH RIDGE"


def test_dateline_wire_style_with_hyphen_and_year() -> None:
    dateline = parse_dateline("LAKETON, Jan. 5, 2020 (Wire Service) - The council voted on a budget.")
    assert dateline is not None
    assert (dateline.month, dateline.day, dateline.year) == (1, 5, 2020)
    assert dateline.full_date() == dt.date(2020, 1, 5)


@pytest.mark.parametrize(
    "line", ["LAKETON, Thursday 5 June 2020 - The council met.", "LAKETON, Thursday, June 5, 2020 - X."]
)
def test_a_weekday_before_the_dateline_date_is_no_region(line: str) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None
    assert (dateline.place, dateline.region, dateline.full_date()) == ("LAKETON", None, dt.date(2020, 6, 5))


def test_dateline_with_a_region_after_the_place() -> None:
    dateline = parse_dateline("HARBOURTON, Westland, Aug. 12, 2018 (Wire Service) - The five mayors signed.")
    assert dateline is not None
    assert (dateline.place, dateline.year, dateline.month, dateline.day) == ("HARBOURTON", 2018, 8, 12)
    assert dateline.outlet == "Wire Service"
    dated = parse_dateline("LAKETON, N.D., May 3 - Snow fell.")
    assert dated is not None and (dated.place, dated.month, dated.day) == ("LAKETON", 5, 3)
    undated = parse_dateline("HARBOURTON, Westland (Wire Service) - The mayors met.")
    assert undated is not None and (undated.place, undated.region, undated.outlet) == (
        "HARBOURTON",
        "Westland",
        "Wire Service",
    )


def test_dateline_day_before_month_and_leap_day() -> None:
    dateline = parse_dateline("LAKETON, 29 Feb - Rain fell all day.")
    assert dateline is not None
    assert (dateline.month, dateline.day) == (2, 29)
    assert dateline.full_date(2021) is None  # no 29 February in 2021: no date rather than a wrong one


def test_bare_dateline_field_parses() -> None:
    dateline = parse_dateline("    LAKETON, Feb 26 - ")
    assert dateline is not None
    assert (dateline.place, dateline.month, dateline.day) == ("LAKETON", 2, 26)


@pytest.mark.parametrize("line", ["Port Ellen (Coast Wire) - The ferry sailed on Monday.", "Port Ellen (Coast Wire)"])
def test_a_place_in_ordinary_case_before_an_outlet_and_a_dash_is_a_dateline(line: str) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None
    assert (dateline.place, dateline.outlet) == ("Port Ellen", "Coast Wire")


@pytest.mark.parametrize(
    "paragraph",
    [
        STORY,
        "Mayor Jones (pictured) - who spoke first - attended.",
        "Mayor Jones (Harbour Party) said the pier was safe.",
        "Officials - including the mayor - attended.",
        "Monday, March 9: the board met.",
        "A — the first option — was chosen.",
    ],
)
def test_ordinary_sentences_are_not_datelines(paragraph: str) -> None:
    assert parse_dateline(paragraph) is None


# --- headlines and chrome -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Harbour board agrees to repair pier", True),
        ("Will the bridge open on time?", True),
        ("“Quiet week” for the port, officials say", True),
        (STORY, False),
        ("Short sentence ending in a period.", False),
        ("Related:", False),
        ("single", False),
        ("lower-case words are not a headline", False),
    ],
)
def test_headline_shape(line: str, expected: bool) -> None:
    assert looks_like_headline(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "• Live",
        "    • Audio Only",
        "google plus",
        "Facebook",
        "twitter",
        "News > World",
        "Comment",
        "0",
        "Comments",
        "Post with no comments.",
        "Leave a Comment",
        "Please enter your comment!",
        "Please enter your name here",
        "RELATED: ",
        "Also read: Port traffic doubles in a year",
        "Opinion",
        "The new pier at dusk. | Photo: AFP",
        "---",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", [STORY, "Harbour board agrees to repair pier", "Comments from residents were mixed."])
def test_text_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome(line)


def test_related_lead_in_takes_its_link_line_along() -> None:
    lines = [STORY, "RELATED:", "Bridge Reopens After Repairs", "The next paragraph goes on."]
    assert drop_chrome(lines) == [STORY, "The next paragraph goes on."]


# --- paragraphs ---------------------------------------------------------------------------------


def test_one_paragraph_per_line_is_kept() -> None:
    lines = ["First paragraph ends here.", "Second paragraph ends here.", "Third one too."]
    assert not looks_hard_wrapped(lines)
    assert split_paragraphs(lines) == lines


def test_hard_wrapped_text_is_rejoined_at_indents_and_blank_lines() -> None:
    lines = [
        "The harbour board said on Monday that it would",
        "repair the northern pier before the spring season",
        "begins.",
        "    Work is expected to take six weeks and the",
        "board said boats would use the southern berths",
        "meanwhile.",
        "",
        "A second block follows the blank line.",
    ]
    assert looks_hard_wrapped(lines)
    assert split_paragraphs(lines) == [
        "The harbour board said on Monday that it would repair the northern pier before the spring season begins.",
        "Work is expected to take six weeks and the board said boats would use the southern berths meanwhile.",
        "A second block follows the blank line.",
    ]


def test_markdown_marks_are_removed() -> None:
    assert strip_markdown("## Harbour **board** meets") == "Harbour board meets"
    assert strip_markdown("See [the report](https://example.org/r) ![map](m.png)") == "See the report "


def test_front_matter_is_split_off() -> None:
    pairs, rest = split_front_matter(["---", "title: Pier repairs", 'date: "2020-04-02"', "---", "Body."])
    assert pairs == {"title": "Pier repairs", "date": "2020-04-02"}
    assert rest == ["Body."]


# --- whole texts --------------------------------------------------------------------------------


def test_web_page_header_with_chrome_caption_and_date() -> None:
    text = "\n".join(
        [
            "• Live",
            "  • Audio Only",
            "  • facebook",
            "News > Local",
            "",
            "Harbour Board Agrees Pier Repairs",
            "",
            "  • The northern pier seen from the water.",
            "    The northern pier seen from the water. | Photo: Staff",
            "",
            "Published 2 April 2020",
            "Opinion",
            "",
            STORY,
            "",
            "RELATED:",
            "Bridge Reopens After Repairs",
            "",
            "Boats will use the southern berths while the work goes on, the board said.",
            "",
            "Comment",
            "0",
            "Comments",
            "Post with no comments.",
        ]
    )
    parsed = parse_text(text)
    assert parsed.title == "Harbour Board Agrees Pier Repairs"
    assert parsed.published == dt.date(2020, 4, 2)
    assert parsed.paragraphs == [STORY, "Boats will use the southern berths while the work goes on, the board said."]
    assert parsed.body == "\n\n".join(parsed.paragraphs)


def test_title_then_date_with_cut_time_then_em_dash_dateline() -> None:
    text = "Council backs new bridge\n\nMarch 3, 2021 - 9:1\n\nLAKETON — The council backed a new bridge on Tuesday.\n"
    parsed = parse_text(text)
    assert parsed.title == "Council backs new bridge"
    assert parsed.published == dt.date(2021, 3, 3)
    assert parsed.dateline is not None and parsed.dateline.place == "LAKETON"
    assert parsed.paragraphs == ["LAKETON — The council backed a new bridge on Tuesday."]


def test_dateline_without_year_stays_partial() -> None:
    text = "Port reopens after storm\n\nPORTVILLE, July 19 (Coast Wire): The port reopened today after a storm.\n"
    parsed = parse_text(text)
    assert parsed.published is None
    assert parsed.best_date() is None
    assert parsed.dateline is not None
    assert (parsed.dateline.month, parsed.dateline.day, parsed.dateline.outlet) == (7, 19, "Coast Wire")


def test_dateline_year_taken_from_a_header_month_year_line() -> None:
    text = "Port reopens after storm\nUpdated July 2022\n\nPORTVILLE, July 19 - The port reopened today.\n"
    assert parse_text(text).best_date() == dt.date(2022, 7, 19)


def test_first_line_that_is_a_sentence_means_no_title() -> None:
    parsed = parse_text(f"{STORY}\nA second paragraph follows it.\n")
    assert parsed.title is None
    assert parsed.paragraphs == [STORY, "A second paragraph follows it."]


def test_second_headline_shaped_line_starts_the_body() -> None:
    parsed = parse_text("Port reopens after storm\nBoats return to harbour\nThe port reopened today.\n")
    assert parsed.title == "Port reopens after storm"
    assert parsed.paragraphs == ["Boats return to harbour", "The port reopened today."]


def test_markdown_heading_and_front_matter() -> None:
    text = (
        "---\ntitle: Pier repairs agreed\ndate: 2020-04-02\nsource: Coast Wire\n---\n# Ignored heading\n\nBody text.\n"
    )
    parsed = parse_text(text, markdown=True)
    assert (parsed.title, parsed.published, parsed.source) == ("Pier repairs agreed", dt.date(2020, 4, 2), "Coast Wire")
    assert parsed.paragraphs == ["Body text."]


def test_parse_body_drops_a_repeated_title() -> None:
    parsed = parse_body("Pier repairs agreed\nLAKETON — Work starts soon.", title="Pier repairs agreed")
    assert parsed.paragraphs == ["LAKETON — Work starts soon."]
    assert parsed.dateline is not None and parsed.dateline.place == "LAKETON"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Marta Kowalczyk", ["Marta Kowalczyk"]),
        ("By Ana Ruiz and Tom Bell in Lima", ["Ana Ruiz", "Tom Bell"]),
        ("BY JOHN HARROW", ["John Harrow"]),
        ("By Wire Staff", []),
        ("By Staff Reporter, Laketon", []),
        ("by the ministry of finance", []),
    ],
)
def test_bylines_name_their_reporters(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


def test_a_byline_in_the_header_is_kept_as_authors_and_out_of_the_body() -> None:
    parsed = parse_text(
        "Harbour reopens after storm\n\nBy Marta Kowalczyk\n\nPublished 3 May 2024\n\nThe harbour reopened."
    )
    assert parsed.authors == ["Marta Kowalczyk"]
    assert "Kowalczyk" not in parsed.body


def test_an_outlets_name_in_capitals_before_the_headline_is_not_the_title() -> None:
    parsed = parse_text(
        "HARBOUR DAILY | Ports & Shipping\n\nPier repairs agreed after long dispute\n\nMarch 9, 2024 · 4 min read\n\n"
        "By Ana Ruiz\n\nPORTVILLE - The harbour board agreed on Monday to repair the pier.\n"
    )
    assert parsed.title == "Pier repairs agreed after long dispute"
    assert (parsed.published, parsed.authors) == (dt.date(2024, 3, 9), ["Ana Ruiz"])
    assert parsed.dateline is not None and parsed.dateline.place == "PORTVILLE"


def test_a_headline_in_capitals_alone_stays_the_title() -> None:
    parsed = parse_text("PIER REPAIRS AGREED\n\nThe harbour board agreed on Monday to repair the pier.\n")
    assert parsed.title == "PIER REPAIRS AGREED"


def test_a_byline_closing_the_story_names_its_author() -> None:
    parsed = parse_text("Pier repairs agreed\n\nThe harbour board agreed on Monday to repair the pier.\n\nby Ana Ruiz")
    assert parsed.authors == ["Ana Ruiz"]
    assert parsed.paragraphs == ["The harbour board agreed on Monday to repair the pier."]


def test_a_dateline_place_may_carry_accents() -> None:
    dateline = parse_dateline("SÃO TOMÉ, Brazil - The harbour board met.")
    assert dateline is not None and (dateline.place, dateline.region) == ("SÃO TOMÉ", "Brazil")


def test_a_date_line_that_names_the_place_gives_the_dateline() -> None:
    text = f"HARBOUR GAZETTE\nWindhoek | Friday, 14 March 2025\n\nPort upgrade agreed after long talks\n\n{STORY}"
    parsed = parse_text(text)
    assert parsed.published == dt.date(2025, 3, 14)
    assert parsed.dateline is not None and parsed.dateline.place == "Windhoek"
    assert parsed.paragraphs[0] == STORY  # the date line is no part of the story


def test_a_section_label_before_a_date_is_no_dateline() -> None:
    parsed = parse_text(f"Port upgrade agreed after long talks\nBusiness | March 14, 2025\n\n{STORY}")
    assert parsed.published == dt.date(2025, 3, 14)
    assert parsed.dateline is None or parsed.dateline.place != "Business"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Amina Yusuf in Kano and Kwame Mensah in Accra", ["Amina Yusuf", "Kwame Mensah"]),
        ("By Lena Vogt, with Pavel Orlov in Minsk", ["Lena Vogt", "Pavel Orlov"]),
        ("*Compiled by Ines Varga*", ["Ines Varga"]),
    ],
)
def test_bylines_with_places_helpers_and_compilers(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


def test_a_byline_under_the_headline_does_not_hide_the_date_line_after_it() -> None:
    header, _ = scan_header(
        [
            "Week in review: ports and pipelines",
            "",
            "*Compiled by Ines Varga*",
            "",
            "Saturday 12 April 2025",
            "",
            "Ministers met in Accra on Friday.",
        ]
    )
    assert header.published == dt.date(2025, 4, 12)
    assert header.authors == ["Ines Varga"]
