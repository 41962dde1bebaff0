"""Reading reports as users hold them: bytes in any Chinese encoding, HTML pages, PDFs, Word
documents, files.

``parse_bytes``, ``parse_html``, ``parse_pdf``, ``parse_docx`` and ``parse_file`` turn their input
into text (``decoding``, ``markup``, ``pdf``, ``docx``, ``doc``) and hand it to ``parse``; what the
conversion did is added to the report's diagnostics (``GD506`` the encoding, ``GD502`` replaced
bytes, ``GD507`` the PDF's pages, ``GD510`` the Word document's blocks). Spans point into the text
that was parsed, ``report.text``: for HTML, PDF and Word, the converted text.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence

import attrs

from govdisclosure._pipeline import parse
from govdisclosure.codes import diagnostic
from govdisclosure.inputs.decoding import BOMS, decode
from govdisclosure.inputs.doc import doc_html, looks_like_doc
from govdisclosure.inputs.docx import docx_html, looks_like_docx
from govdisclosure.inputs.markup import to_text
from govdisclosure.inputs.pdf import looks_like_pdf, pdf_text
from govdisclosure.registry import ExtractorRegistry
from govdisclosure.schema import AnnualReport, Diagnostic

SNIFF_BYTES = 4096
"""Bytes at the start of a file looked at to tell HTML from text, and to find ``<meta charset>``."""

_HTML = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|table|tbody|tr|td|th|div|p|br|span|font|h[1-6]|ul|li|a|b|strong"
    rb"|center|article|section)(?=[\s>/])",
    re.IGNORECASE,
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_BYTES = bytes | bytearray | memoryview


def _with(report: AnnualReport, diagnostics: Sequence[Diagnostic]) -> AnnualReport:
    merged = sorted([*report.diagnostics, *diagnostics], key=Diagnostic.sort_key)
    return attrs.evolve(report, diagnostics=tuple(merged))


def _require_bytes(data: object, name: str) -> bytes:
    if isinstance(data, str):
        msg = f"{name}() takes bytes, not str; for text use govdisclosure.parse()"
        raise TypeError(msg)
    if not isinstance(data, _BYTES):
        msg = f"{name}() takes bytes, not {type(data).__name__}"
        raise TypeError(msg)
    return bytes(data)


def looks_like_html(data: bytes | str) -> bool:
    """Whether the start of ``data`` has HTML tags (``<html``, ``<table``, ``<p>`` …).

    >>> looks_like_html(b"<p>2019\\xe5\\xb9\\xb4</p>"), looks_like_html("2019年政府信息公开")
    (True, False)
    """
    head = data[:SNIFF_BYTES]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    for bom, codec in BOMS:
        if head.startswith(bom):
            head = head[len(bom) :].decode(codec, "replace").encode("utf-8", "replace")
            break
    return _HTML.search(head) is not None


def parse_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    extractors: Sequence[str] | None = None,
    strict: bool = False,
    using: ExtractorRegistry | None = None,
) -> AnnualReport:
    """Parse a report held as bytes, in UTF-8, GB18030/GBK/GB2312, Big5 or UTF-16/32 with a BOM.

    The encoding is detected unless ``encoding`` names it; the report's diagnostics say which one
    was used (``GD506``) and how many undecodable byte sequences were replaced (``GD502``). Bytes
    that are not text in any encoding raise ``govdisclosure.DecodeError`` with the position of the
    first bad byte. The bytes of a PDF or a Word document are read by ``parse_pdf`` or
    ``parse_docx``. The other arguments are those of ``govdisclosure.parse()``.

    >>> report = parse_bytes("某某县2019年政府信息公开工作年度报告".encode("gb18030"))
    >>> report.metadata.year.value, [d.message for d in report.diagnostics if d.code == "GD506"]
    (2019, ['the bytes were decoded as gb18030'])
    """
    data = _require_bytes(data, "parse_bytes")
    if (read := _document_reader(data)) is not None:
        return read(data, extractors=extractors, strict=strict, using=using)
    decoded = decode(data, encoding=encoding)
    report = parse(decoded.text, extractors=extractors, strict=strict, using=using)
    return _with(report, decoded.diagnostics)


def _document_reader(data: bytes) -> Callable[..., AnnualReport] | None:
    """``parse_pdf`` for a PDF, ``parse_docx`` for a Word file (``.docx``, or ``.doc`` and other Office
    binary files), ``None`` for anything else (text or HTML).
    """
    if looks_like_pdf(data):
        return parse_pdf
    if looks_like_doc(data) or looks_like_docx(data):
        return parse_docx
    return None


def parse_pdf(
    data: bytes,
    *,
    extractors: Sequence[str] | None = None,
    strict: bool = False,
    using: ExtractorRegistry | None = None,
) -> AnnualReport:
    """Parse a report published as a PDF (its bytes): the text of its pages, read with pypdf.

    ``report.text`` is the extracted text that the spans point into; the diagnostics say how many
    pages were read (``GD507``) and which had no text, as scanned pages have none (``GD509``).
    A PDF that cannot be opened (damaged, or encrypted with a password) raises
    ``govdisclosure.DocumentError``. ``parse_file`` and ``parse_bytes`` call this for PDF files.

    >>> parse_pdf(b"%PDF-1.4 not really")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    govdisclosure.errors.DocumentError: the PDF could not be read: ...
    """
    extracted = pdf_text(_require_bytes(data, "parse_pdf"))
    report = parse(extracted.text, extractors=extractors, strict=strict, using=using)
    return _with(report, extracted.diagnostics)


def parse_html(
    html: str | bytes,
    *,
    encoding: str | None = None,
    extractors: Sequence[str] | None = None,
    strict: bool = False,
    using: ExtractorRegistry | None = None,
) -> AnnualReport:
    """Parse a report published as an HTML page (``str``, or ``bytes`` in any encoding).

    Tables keep their structure: one line per row, cells separated by tabs, so the table readers
    receive real cells. Scripts, styles and navigation are dropped. Bytes are decoded with the
    page's ``<meta charset>`` when it fits them, else by detection. ``report.text`` is the converted
    text that the spans point into.

    >>> page = "<h1>某某县2019年政府信息公开工作年度报告</h1><script>x()</script><p>共收到申请12件。</p>"
    >>> report = parse_html(page)
    >>> report.text
    '某某县2019年政府信息公开工作年度报告\\n共收到申请12件。'
    """
    found: tuple[Diagnostic, ...] = ()
    if isinstance(html, str):
        markup = html
    else:
        data = _require_bytes(html, "parse_html")
        declared = _META_CHARSET.search(data[:SNIFF_BYTES])
        decoded = decode(data, encoding=encoding, declared=declared.group(1).decode("ascii") if declared else None)
        markup, found = decoded.text, decoded.diagnostics
    report = parse(to_text(markup), extractors=extractors, strict=strict, using=using)
    return _with(report, found)


def parse_docx(
    data: bytes,
    *,
    extractors: Sequence[str] | None = None,
    strict: bool = False,
    using: ExtractorRegistry | None = None,
) -> AnnualReport:
    """Parse a report published as a Word document (the bytes of a ``.docx``, ``.doc`` or ``.wps`` file).

    Its paragraphs and tables are written as a web page's are (``parse_html``): one line per
    paragraph and per table row, cells separated by tabs, merged cells as in HTML (a Word 97-2003
    ``.doc`` file marks no merges: a merged cell is a blank one beside the first). ``report.text``
    is that text, which the spans point into; ``GD510`` says how many paragraphs and tables the
    document had. A file that cannot be read (damaged, encrypted, or an Office binary file that is
    not a Word document) raises ``govdisclosure.DocumentError``. ``parse_file`` and ``parse_bytes``
    call this for Word documents.

    >>> parse_docx(b"PK\x03\x04 not really")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    govdisclosure.errors.DocumentError: the Word document could not be read: ...
    """
    data = _require_bytes(data, "parse_docx")
    markup, paragraphs, tables = doc_html(data) if looks_like_doc(data) else docx_html(data)
    report = parse(to_text(markup), extractors=extractors, strict=strict, using=using)
    return _with(report, [diagnostic("GD510", span=None, paragraphs=paragraphs, tables=tables)])


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    extractors: Sequence[str] | None = None,
    strict: bool = False,
    using: ExtractorRegistry | None = None,
) -> AnnualReport:
    """Parse a report file: a PDF, a Word document, HTML or text, told apart by content (not by
    the file's extension), with the encoding of HTML and text detected unless ``encoding`` names
    it (see ``parse_pdf`` and ``parse_docx``).
    """
    with open(path, "rb") as file:  # noqa: PTH123 - plain open accepts every PathLike
        data = file.read()
    if (document := _document_reader(data)) is not None:
        return document(data, extractors=extractors, strict=strict, using=using)
    read = parse_html if looks_like_html(data) else parse_bytes
    return read(data, encoding=encoding, extractors=extractors, strict=strict, using=using)
