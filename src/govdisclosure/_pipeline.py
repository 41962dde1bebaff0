"""``parse()``: the one place where the stages are put in order.

normalise (``SourceText``) → structure (``Document``: headings, sections, form labels) → every
extractor's ``detect`` → the metadata extractor, each table extractor whose detection passes, and
the prose extractor run ``extract`` → ``merge`` → ``checks`` → the frozen ``AnnualReport``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs

from govdisclosure.checks import run_checks
from govdisclosure.codes import diagnostic
from govdisclosure.extractors.base import MIN_SCORE, Detection, Extraction, Extractor, ExtractorKind
from govdisclosure.merge import merge
from govdisclosure.registry import ExtractorRegistry, registry
from govdisclosure.schema import AnnualReport, Diagnostic, ExtractorRun, Layout, Metadata
from govdisclosure.schema.keys import build_statistics
from govdisclosure.source import SourceText
from govdisclosure.structure import Document
from govdisclosure.text.mojibake import repair as repair_mojibake
from govdisclosure.text.script import simplifier
from govdisclosure.text.spam import find_spam

METADATA_FIELDS = frozenset(field.name for field in attrs.fields(Metadata))
T = TypeVar("T")


def _guard(extractor: Extractor, method: str, strict: bool, *args: Any) -> tuple[Any, Diagnostic | None]:
    return _guarded(extractor.name, method, strict, lambda: getattr(extractor, method)(*args))


def _guarded(name: str, method: str, strict: bool, call: Callable[[], T]) -> tuple[T | None, Diagnostic | None]:
    """``call()``, or ``None`` and the diagnostic that says why it failed (``GD505`` where a
    pattern's time ran out, ``GD901`` for any other exception; re-raised where ``strict``).
    """
    try:
        return call(), None
    except TimeoutError:  # a pattern's last guard fired (text/patterns.py)
        if strict:
            raise
        return None, diagnostic("GD505", span=None, extractor=name, what=f"{name} {method}")
    except Exception as error:
        if strict:
            raise
        import traceback  # noqa: PLC0415 - 14 ms at import, needed only when an extractor fails

        detail = traceback.format_exception_only(type(error), error)[-1].strip()
        return None, diagnostic("GD901", span=None, extractor=name, name=name, error=f"{method}: {detail}")


def parse(
    text: str,
    *,
    extractors: Sequence[str] | None = None,
    strict: bool = False,
    using: ExtractorRegistry | None = None,
) -> AnnualReport:
    """Parse the text of a 政府信息公开工作年度报告 into an ``AnnualReport``.

    ``parse`` never raises on text: what it cannot read becomes a diagnostic. It is pure and
    deterministic. Traditional-script text is matched through a simplified view of the same length
    (``GD503``), so spans still point into ``text``; injected gambling spam is reported (``GD501``)
    and the text around it read as printed. Text whose UTF-8 was misread as GBK or Windows-1252 by a
    crawler (``鏀垮簻淇℃伅鍏紑``) is repaired first (``GD511``); its spans then point into the repaired
    text, ``report.text``. For bytes, HTML and files see ``parse_bytes``,
    ``parse_html`` and ``parse_file``.

    - ``extractors``: run only these (by name, e.g. ``["metadata", "standard"]``).
    - ``strict``: re-raise an exception inside an extractor instead of reporting it as ``GD901``
      (for tests and extractor authors).
    - ``using``: another registry than the default one (``registry.copy()``).

    >>> report = parse("某某局2019年政府信息公开工作年度报告\\n全年主动公开政府信息共1200条。")
    >>> report.metadata.year.value, report.statistics.proactive.total.value
    (2019, 1200)
    >>> parse(b"bytes")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    TypeError: parse() takes str, not bytes; decode the bytes first ...
    """
    if not isinstance(text, str):
        kind = type(text).__name__
        msg = f"parse() takes str, not {kind}"
        if isinstance(text, bytes | bytearray):
            msg += ("; decode the bytes first (for example data.decode('gb18030')) "
                    "or use govdisclosure.parse_bytes()")
        raise TypeError(msg)
    found: list[Diagnostic] = []
    repaired = repair_mojibake(text)
    if repaired is not None:
        text = repaired.text
        found.append(diagnostic("GD511", span=None, misread_as=repaired.misread_as, lines=repaired.lines,
                                lost=repaired.lost))
    script = simplifier(text)
    source = SourceText(text, script=script)
    if script is not None:
        found.append(diagnostic("GD503", span=None))
    found.extend(find_spam(source))
    return parse_document(Document(source), extractors=extractors, strict=strict, using=using, diagnostics=found)


def parse_document(
    document: Document,
    *,
    extractors: Sequence[str] | None = None,
    strict: bool = False,
    using: ExtractorRegistry | None = None,
    diagnostics: Sequence[Diagnostic] = (),
) -> AnnualReport:
    """``parse`` for a prepared ``Document`` (the input readers use this after decoding)."""
    chosen = (using or registry).extractors(extractors)
    found: list[Diagnostic] = list(diagnostics)
    runs: list[ExtractorRun] = []
    results: list[tuple[ExtractorKind, float, Extraction]] = []
    best: tuple[float, Layout | None, Any] | None = None
    for extractor in chosen:
        detection, problem = _guard(extractor, "detect", strict, document)
        if problem is not None:
            found.append(problem)
        if not isinstance(detection, Detection) or detection.score < MIN_SCORE:
            runs.append(ExtractorRun(name=extractor.name, score=getattr(detection, "score", 0.0), ran=False))
            continue
        extraction, problem = _guard(extractor, "extract", strict, document, detection)
        if problem is not None:
            found.append(problem)
        if not isinstance(extraction, Extraction):
            runs.append(ExtractorRun(name=extractor.name, score=detection.score, ran=True))
            continue
        kind = ExtractorKind(extractor.kind)
        runs.append(ExtractorRun(name=extractor.name, score=detection.score, ran=True,
                                 values=len(extraction.values)))
        results.append((kind, detection.score, extraction))
        if kind is ExtractorKind.TABLE and (best is None or detection.score > best[0]):
            best = (detection.score, extraction.layout or detection.layout, extraction.form or detection.form)
    merged = merge(results)
    found.extend(merged.diagnostics)
    found.extend(run_checks(merged.statistics, merged.metadata, {t.name for t in merged.tables if t.name}))
    if not document.text.strip():
        found.append(diagnostic("GD104", span=None))
    elif best is None:
        found.append(diagnostic("GD101", span=None))
    else:
        others = [f"{r.name} ({r.score:.2f})" for r in runs if r.ran and r.name != "metadata"
                  and r.score < best[0] and r.name != "narrative"]
        if others:
            found.append(diagnostic("GD102", span=None, layout=best[1].value if best[1] else "?", score=best[0],
                                    others=", ".join(others)))
    # the sections pass over the tables, whose reading an extractor may have failed in (GD901)
    sections, problem = _guarded("structure", "sections", strict, lambda: document.sections)
    if problem is not None:
        found.append(problem)
    metadata = Metadata(**{k: v for k, v in merged.metadata.items() if k in METADATA_FIELDS})
    statistics = build_statistics(merged.statistics)
    layout = best[1] if best is not None and best[1] is not None else Layout.NARRATIVE
    return AnnualReport(
        metadata=metadata,
        is_annual_report=merged.is_annual_report,
        layout=layout,
        form=best[2] if best is not None else None,
        sections=sections or (),
        statistics=statistics,
        tables=tuple(merged.tables),
        diagnostics=tuple(sorted(found, key=Diagnostic.sort_key)),
        extractors=tuple(runs),
        text=document.text,
    )
