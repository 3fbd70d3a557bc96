"""kg.reader: minutes saved as HTML pages and as PDFs read into the same text the extractor
reads from plain-text minutes."""

from __future__ import annotations

import hashlib
import re
from datetime import date, time
from pathlib import Path

import pytest
from fpdf import FPDF

from kg.extract import extract
from kg.reader import InputError, join_letter_spacing, read
from kg.segment import collapse
from tests.conftest import SEED_2016

# -- HTML ---------------------------------------------------------------------------------

MODERNGOV_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<title>Agenda and minutes - Planning Committee</title>
<style>body { font-family: sans-serif; } .head-style-marker { color: red; }</style>
<script>alert(1)</script>
</head>
<body>
<script>alert(1)</script>
<style>.body-style-marker { display: none }</style>
<noscript>Please enable JavaScript</noscript>
<h1>Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Planning Committee - Monday 5th March 2018 10:00am</h2>
<p class="mgLabel">Venue: Council Chamber, Town Hall, Exampleton.
<a href="/dir">View directions</a></p>
<p>Contact: Alex Clerk</p>
<h2>Items</h2>
<table class="mgItemTable">
<tr><th>No.</th><th>Item</th></tr>
<tr>
  <td class="mgItemNumberCell"><p>1.</p></td>
  <td><p>Declarations of Interest</p>
      <p class="mgSubItemTitleTxt">Minutes:</p>
      <p>There were no declarations of interest.</p></td>
</tr>
<tr>
  <td class="mgItemNumberCell"><p>2.</p></td>
  <td><p><a href="/doc/1.pdf">Minutes of the meeting held on 15 January 2018
      <img src="/pdf.gif" alt="pdf icon"> PDF 149 KB</a></p>
      <p class="mgSubItemTitleTxt">Minutes:</p>
      <p>RESOLVED &ndash; That the minutes of the meeting held on 15 January 2018 be confirmed
      and signed by the Chairman.</p></td>
</tr>
<tr>
  <td class="mgItemNumberCell"><p>3.</p></td>
  <td><p>Housing &amp; Planning Update</p>
      <p class="mgSubItemTitleTxt">Minutes:</p>
      <p>The Committee received a report on housing delivery.</p>
      <p>RESOLVED &ndash; That the report be noted.</p></td>
</tr>
</table>
<!-- a comment that is not minutes -->
</body>
</html>
"""


@pytest.fixture
def html_page(tmp_path: Path) -> Path:
    path = tmp_path / "planning-2018-03-05.html"
    path.write_text(MODERNGOV_PAGE, encoding="utf-8")
    return path


def test_html_is_read_as_html(html_page: Path) -> None:
    source = read(html_page)
    assert source.media_type == "text/html"
    assert source.name == "planning-2018-03-05.html"
    assert source.location == html_page.resolve().as_uri()
    assert source.sha256 == hashlib.sha256(html_page.read_bytes()).hexdigest()


def test_html_is_recognised_by_its_content(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text(MODERNGOV_PAGE, encoding="utf-8")
    source = read(path)
    assert source.media_type == "text/html"
    assert "<td" not in source.text and "Declarations of Interest" in source.text


def test_html_scripts_styles_and_markup_are_not_text(html_page: Path) -> None:
    text = read(html_page).text
    for unwanted in ("alert", "font-family", "marker", "display", "JavaScript", "comment",
                     "<", "&amp;", "&ndash;"):
        assert unwanted not in text, unwanted
    assert "Housing & Planning Update" in text
    assert "RESOLVED – That the report be noted." in text


def test_html_minutes_extract(html_page: Path) -> None:
    minutes = extract(read(html_page).text)
    assert minutes.committee == "Planning Committee"
    assert minutes.date == date(2018, 3, 5)
    assert minutes.start_time == time(10, 0)
    assert minutes.venue == "Council Chamber, Town Hall, Exampleton"
    assert [(i.number, i.title) for i in minutes.items] == [
        ("1", "Declarations of Interest"),
        ("2", "Minutes of the meeting held on 15 January 2018"),
        ("3", "Housing & Planning Update"),
    ]
    first, second, third = minutes.items
    assert first.documents == [] and first.resolutions == []
    assert [(d.format, d.size) for d in second.documents] == [("PDF", "149 KB")]
    assert [r.text for r in second.resolutions] == [
        "That the minutes of the meeting held on 15 January 2018 be confirmed and signed by "
        "the Chairman."
    ]
    assert second.confirms_minutes_of is not None
    assert second.confirms_minutes_of.date == date(2018, 1, 15)
    assert [r.text for r in third.resolutions] == ["That the report be noted."]
    assert third.text.startswith("The Committee received a report on housing delivery.")


# -- PDF ----------------------------------------------------------------------------------

# The core PDF fonts are Latin-1 only.
TO_LATIN1 = str.maketrans({
    "–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "•": "-",
    "\t": "    ",
})


def latin1(text: str) -> str:
    out = text.translate(TO_LATIN1)
    out.encode("latin-1")  # raises if a character was missed
    return out


def make_pdf(path: Path, text: str) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in text.split("\n"):
        if line.strip():
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(5)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return latin1(SEED_2016.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> Path:
    return make_pdf(tmp_path_factory.mktemp("pdf") / "seed-2016-12-12.pdf", seed_text)


def test_pdf_is_read_as_pdf(seed_pdf: Path) -> None:
    data = seed_pdf.read_bytes()
    assert data.startswith(b"%PDF")
    source = read(seed_pdf)
    assert source.media_type == "application/pdf"
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.location == seed_pdf.resolve().as_uri()
    assert "Modern Slavery" in source.text


def test_pdf_is_recognised_by_its_content(seed_pdf: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "download.txt"
    renamed.write_bytes(seed_pdf.read_bytes())
    assert read(renamed).media_type == "application/pdf"


def test_pdf_minutes_extract(seed_pdf: Path, seed_text: str) -> None:
    expected = [
        (m.group(1), collapse(m.group(2)))
        for m in re.finditer(r"(?m)^(\d+)\. (.+)$", seed_text)
    ]
    assert [n for n, _ in expected] == [str(n) for n in range(28, 36)]

    minutes = extract(read(seed_pdf).text)

    assert minutes.committee == "Safe and Strong Communities Select Committee"
    assert minutes.date == date(2016, 12, 12)
    assert [(i.number, collapse(i.title)) for i in minutes.items] == expected
    confirmed = minutes.items[1].confirms_minutes_of
    assert confirmed is not None and confirmed.date == date(2016, 11, 9)
    assert len(minutes.resolutions) == 7


def test_pdf_letter_spaced_words_are_joined(tmp_path: Path) -> None:
    """Headings set in spaced letters come out of a PDF a letter at a time; a word the
    extractor looks for is joined, initials in a name are left as they are."""
    path = make_pdf(tmp_path / "spaced.pdf", (
        "M I N U T E S of the Finance Committee held on 3 May 2023\n\n"
        "P r e s e n t : Cllr E J G Hill and Cllr A B C D Kerr\n\n"
        "A p o l o g i e s : Cllr F Lamb\n\n"
        "1. Budget\n\nR E S O L V E D : That the budget be noted.\n"
    ))
    text = read(path).text
    assert "Present :" in text and "Cllr E J G Hill" in text and "Cllr A B C D Kerr" in text
    minutes = extract(text)
    assert (minutes.committee, str(minutes.date)) == ("Finance Committee", "2023-05-03")
    assert [(a.name, a.status) for a in minutes.attendance] == [
        ("Cllr E J G Hill", "Present"), ("Cllr A B C D Kerr", "Present"),
        ("Cllr F Lamb", "Apologies")]
    assert len(minutes.resolutions) == 1


def test_letter_spacing_with_wider_gaps_between_words() -> None:
    assert join_letter_spacing("M I N U T E S  O F  T H E  C O U N C I L") == (
        "MINUTES OF THE COUNCIL")
    assert join_letter_spacing("S T R E E T s c e n e") == "S T R E E T s c e n e"


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError, match="no text layer"):
        read(path)


# -- plain text ---------------------------------------------------------------------------


def test_text_line_endings_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffMinutes\r\nof the day\rend £5\r\n".encode())
    source = read(path)
    assert source.media_type == "text/plain"
    assert source.text == "Minutes\nof the day\nend £5\n"


def test_explicit_encoding(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes("RESOLVED – cost £715,000".encode("cp1252"))
    assert read(path, "cp1252").text == "RESOLVED – cost £715,000"
    with pytest.raises(InputError, match=r"^not valid UTF-8 text \(byte 0x96 at offset 9\)"):
        read(path)
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        read(path, "klingon")


def test_explicit_utf16_encoding(tmp_path: Path) -> None:
    """Windows "Unicode" text is UTF-16: its NUL bytes make it look binary, but a user who
    names the encoding has said it is text."""
    path = tmp_path / "utf16.txt"
    path.write_bytes("RESOLVED – cost £715,000\n".encode("utf-16"))
    assert read(path, "utf-16").text == "RESOLVED – cost £715,000\n"


def test_utf16_and_utf32_marks_are_read_without_an_encoding(tmp_path: Path) -> None:
    """A byte-order mark declares UTF-16 or UTF-32: read by it, the mark dropped, CRLF made
    LF. Without a mark NULs are still binary, and a named encoding still wins over a mark."""
    path = tmp_path / "unicode.txt"
    for codec in ("utf-16", "utf-32"):
        path.write_bytes("RESOLVED – cost £715,000\r\n".encode(codec))
        assert read(path).text == "RESOLVED – cost £715,000\n"
    path.write_bytes("RESOLVED – cost £715,000\n".encode("utf-16-le"))  # no mark
    with pytest.raises(InputError, match=r"^binary file, not text, HTML or PDF$"):
        read(path)
    path.write_bytes("RESOLVED".encode("utf-16"))
    with pytest.raises(InputError, match=r"^not valid utf-8 text"):
        read(path, "utf-8")


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^is a directory$"):
        read(tmp_path)
