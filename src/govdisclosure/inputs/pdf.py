"""The text of a PDF report, page after page, with pypdf (a dependency), imported on first use.

Of the text extractors measured on published and synthetic report PDFs, pypdf's layout mode gave
every value of tables 三 and 四, and where a report leaves its zero cells blank, keeps them as wider
gaps that say which columns the numbers stand in (its default mode drops them: recall 0.99 against
0.20 in ``benchmarks/bench_pdf_text.py --blank-zeros``); see README, "Which text to give it". It is
pure Python (BSD licence) and reads a page in about 25-40 ms, a fifth to a half more than the
default mode. A page the layout mode cannot read is read in the default mode; a page whose text
cannot be read at all, or that has none (a scanned image), is reported and the other pages are
read. A PDF that cannot be opened at all raises ``DocumentError``.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

import attrs

from govdisclosure.codes import diagnostic
from govdisclosure.errors import DocumentError

if TYPE_CHECKING:
    from govdisclosure.schema import Diagnostic

INSTALL_HINT = "pip install pypdf"
MAGIC = b"%PDF-"
HEADER_BYTES = 1024
"""A PDF's ``%PDF-`` header may follow other bytes, within the first kilobyte."""


@attrs.frozen
class PdfText:
    """The text of a PDF and what reading it found."""

    text: str
    diagnostics: tuple[Diagnostic, ...]


def looks_like_pdf(data: bytes) -> bool:
    """Whether ``data`` is a PDF file (its ``%PDF-`` header in the first kilobyte).

    >>> looks_like_pdf(b"%PDF-1.7 ..."), looks_like_pdf("2019年".encode())
    (True, False)
    """
    return MAGIC in data[:HEADER_BYTES]


def _pypdf() -> Any:
    try:
        import pypdf  # noqa: PLC0415 - optional extra, imported on first use (0.1 s)
    except ImportError as error:
        msg = f"reading a PDF needs pypdf: {INSTALL_HINT}"
        raise ImportError(msg) from error
    return pypdf


def pdf_text(data: bytes) -> PdfText:
    """The text of the PDF ``data``, its pages joined by line breaks.

    Raises ``DocumentError`` when the PDF cannot be opened (damaged, or encrypted with a password), and
    ``ImportError`` when pypdf is not installed.
    """
    pypdf = _pypdf()
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        locked = reader.is_encrypted and not reader.decrypt("")  # most open with the empty password
        pages = [] if locked else list(reader.pages)
    except Exception as error:  # pypdf raises many kinds on damaged files
        msg = f"the PDF could not be read: {type(error).__name__}: {error}"
        raise DocumentError(msg) from error
    if locked:
        msg = "the PDF is encrypted with a password"
        raise DocumentError(msg)
    texts: list[str] = []
    unread: list[str] = []
    blank = 0
    for number, page in enumerate(pages, 1):
        try:
            text = _page_text(page)
        except Exception as error:  # noqa: BLE001 - one bad page must not lose the others; it is reported
            unread.append(f"{number} ({type(error).__name__})")
            text = ""
        else:
            blank += not text.strip()
        texts.append(text)
    found = [diagnostic("GD507", span=None, pages=len(pages), version=pypdf.__version__)]
    if unread:
        found.append(diagnostic("GD508", span=None, pages=", ".join(unread)))
    if blank:
        found.append(diagnostic("GD509", span=None, count=blank, pages=len(pages)))
    return PdfText("\n".join(texts), tuple(found))


def _page_text(page: Any) -> str:
    """A page's text in pypdf's layout mode, or in its default mode where the layout mode fails."""
    try:
        return str(page.extract_text(extraction_mode="layout") or "")
    except Exception:  # noqa: BLE001 - the layout mode fails on some fonts the default mode reads
        return str(page.extract_text() or "")
