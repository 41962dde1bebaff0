"""Reading tables 二, 三 and 四 of the 2019 and 2021 national formats.

- The version is told by content: words only one version prints (table 二's columns, table 三's
  （六） rows) outvote each other; on a tie the table-三 chain that matches more rows wins, then the
  report year. Each table is told by its own words first (table 三's: the 2021 rows under （六）, or
  the 2019 （六） row with its values): a report may print the 2019 table 二 beside the 2021 table 三;
  the report's version is its table 三's.
- Table 四 is one row of fifteen numbers under a three-level header (or, in some reports, three
  labelled rows of five, or three sub-tables each with a caption, a header and five values). The
  header words are skipped wherever they are (letter-spaced, stacked, glued) and the fifteen values
  are read, split by the groups' sums when glued.
- A table whose labels are all there but which holds no printed number is a blank template (the
  notice that issued the format reproduces it): nothing is read from it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from govdisclosure.forms import STANDARD_TABLES, FormTable, RowKind
from govdisclosure.forms.standard import (
    TABLE2_2019,
    TABLE2_2021,
    TABLE2_BLOCKS,
    TABLE2_VERSION_SIGNALS,
    TABLE3_2019,
    TABLE3_2019_ROW,
    TABLE3_2021,
    TABLE3_COLUMNS_WITH_SUBTOTAL,
    TABLE3_IDENTITIES_WITH_SUBTOTAL,
    TABLE3_SUBTOTAL,
    TABLE3_VERSION_SIGNALS,
    TABLE4,
    TABLE4_HEADER_WORDS,
    TABLE4_SPANNING_HEADS,
    VERSION_SIGNALS,
)
from govdisclosure.reading.align import Chain, align, best_chain, clusters
from govdisclosure.reading.cells import (
    BLANK_MARK,
    Piece,
    Region,
    ascii_digits,
    blank_marks,
    leading_values,
    line_cells,
    page_breaks,
    paragraph_cells,
    read_region,
    value_run,
    with_trailing_blank,
)
from govdisclosure.reading.digits import MAX_MERGES, Reading, marked_readings, merged_readings, readings
from govdisclosure.reading.form import (
    TAB_STOPS,
    CellRead,
    Problem,
    RowRead,
    TableRead,
    read_row,
    read_table,
    row_sums_hold,
    separated_columns,
    stop_columns,
)
from govdisclosure.reading.labels import LabelHit, hits_of
from govdisclosure.reading.layout import grids, header_lines, line_of, placements, steadiest
from govdisclosure.schema import Form, Origin, Rendering, Span
from govdisclosure.source import SourceText, compact_text
from govdisclosure.text.patterns import DIGIT, lazy_re
from govdisclosure.text.width import width as text_width

MIN_TABLE3_ROWS = 4
MIN_TABLE2_ROWS = 2
MIN_EXCERPT_ROWS = 2
"""Table 三's rows read whole, sums holding, that make a table of a text cut short before its
fourth row (``_cut_short``) where table 二 is not there."""
HEADER_SKIP = 4
"""Non-header characters tolerated between table 四's header words (``（件）``, stray marks)."""

_LITIGATION_ROWS = frozenset(i for i, row in enumerate(TABLE4.rows) if row.kind is not RowKind.GROUP
                             and any(r.kind is RowKind.GROUP for r in TABLE4.rows[:i]))
"""Table 四's rows under its 行政诉讼 group (未经复议直接起诉, 复议后起诉): labels found only in the table."""
_T4_WORDS = tuple(sorted({compact_text(w) for w in TABLE4_HEADER_WORDS}, key=len, reverse=True))
_T4_GROUPS = ((4, (0, 1, 2, 3)), (9, (5, 6, 7, 8)), (14, (10, 11, 12, 13)))
_T4_RESULT_HEADS = tuple(tuple(compact_text(label) for label in column.labels) for column in TABLE4.columns)
"""Table 四's five result heads (结果维持 … 总计), each as its label variants: a sub-table's own header."""
_WORD_GAP = lazy_re(r" +")
"""The spaces between the words of a header line."""
_TABLE3_2019_ROW = lazy_re(TABLE3_2019_ROW)
_BLANK_CELLS = lazy_re(rf"[ \xa0]*(?:[\t|][ \xa0]*){{{len(_T4_GROUPS) * len(TABLE4.columns) - 1},}}$", re.MULTILINE)
"""A line of table 四's fifteen cells, all blank: only tabs or pipes between them."""
_SUBTOTAL = compact_text(TABLE3_SUBTOTAL.labels[0])
_T4_LONGEST = max(map(len, _T4_WORDS))
_T4_WORD_PARTS = {
    label: tuple(word for word in _T4_WORDS if len(word) > len(label) and word.startswith(label))
    for table in STANDARD_TABLES if table is not TABLE4 for row in table.rows for label in map(compact_text, row.labels)
    if any(word.startswith(label) for word in _T4_WORDS)
}
"""Labels of tables 二 and 三 that table 四's header words start with (or are), and those words."""
_T4_WORDS_AFTER = {
    label: tuple(word for word in _T4_WORDS if not any(
        compact_text(following) == word for table in STANDARD_TABLES if table is not TABLE4
        for row, next_row in itertools.pairwise(table.rows) if label in map(compact_text, row.labels)
        for following in next_row.labels))
    for label in _T4_WORD_PARTS
}
"""Table 四's header words that, after one of those labels, say it is a header word: not the label
of the row after it in its own table (table 三's 3.其他 before （七）总计, its cells blank)."""
HEADER_WINDOW = 160
"""Compact characters before table 三's first row searched for its header (for a 小计 column)."""


@attrs.frozen
class StandardRead:
    """The standard-format tables of a report."""

    form: Form
    tables: tuple[TableRead, ...]
    blank_template: bool = False
    problems: tuple[Problem, ...] = ()


def decide_version(source: SourceText, chains: dict[Form, int], year: int | None) -> Form:
    """2019 or 2021, from the words only one version prints, then the table-三 rows, then the year."""
    return _by_words(source, VERSION_SIGNALS) or _longer(chains) or _by_year(year)


def _by_words(source: SourceText, signals: Sequence[tuple[Form, Sequence[str]]]) -> Form | None:
    """The version whose own words ``signals`` the text prints more often; ``None`` on a tie."""
    compact = source.compact
    votes = {form: sum(compact.count(compact_text(w)) for w in words) for form, words in signals}
    if votes[Form.STANDARD_2021] == votes[Form.STANDARD_2019]:
        return None
    return max(votes, key=lambda f: votes[f])


def _table3_version(source: SourceText) -> Form | None:
    """The version table 三's own words tell: the 2021 rows under （六）其他处理, or the 2019 （六） row
    with its values; ``None`` when neither or both are printed.
    """
    newer = _by_words(source, TABLE3_VERSION_SIGNALS) is Form.STANDARD_2021
    older = _TABLE3_2019_ROW.search(source.folded) is not None
    if newer == older:
        return None
    return Form.STANDARD_2021 if newer else Form.STANDARD_2019


def _longer(chains: dict[Form, int]) -> Form | None:
    """The version whose chain of table-三 rows matched more value rows; ``None`` on a tie."""
    if chains.get(Form.STANDARD_2021, 0) == chains.get(Form.STANDARD_2019, 0):
        return None
    return max(chains, key=lambda f: chains[f])


def _by_year(year: int | None) -> Form:
    return Form.STANDARD_2021 if year is not None and year >= 2021 else Form.STANDARD_2019


def _in_table4_header(compact: str, hit: LabelHit) -> bool:
    """Whether a short label (``其他``, ``总计``) is a word of table 四's header (``其他结果``, or
    ``总计`` between two of its words), not a row of the other tables.
    """
    if hit.rows_of(TABLE4):
        return False
    return (any(compact.startswith(word, hit.label_start) for word in _T4_WORD_PARTS[hit.label])
            or compact.startswith(_T4_WORDS_AFTER[hit.label], hit.end)
            or compact.endswith(_T4_WORDS, max(0, hit.label_start - _T4_LONGEST), hit.label_start))


def read_standard(source: SourceText, hits: Sequence[LabelHit], year: int | None = None) -> StandardRead | None:
    """The standard tables in ``source``, or ``None`` when there is no table 三 or 四."""
    mine = [hit for hit in hits_of(hits, STANDARD_TABLES)
            if hit.label not in _T4_WORD_PARTS or not _in_table4_header(source.compact, hit)]
    chain19 = best_chain(mine, (TABLE3_2019,), MIN_TABLE3_ROWS)
    chain21 = best_chain(mine, (TABLE3_2021,), MIN_TABLE3_ROWS)
    table4 = read_table4(source, mine)
    if chain19 is None and chain21 is None and table4 is None:
        return _cut_short(source, mine, year)
    chains = {Form.STANDARD_2019: chain19.value_rows if chain19 else 0,
              Form.STANDARD_2021: chain21.value_rows if chain21 else 0}
    if chain19 is None and chain21 is None:
        form = form2 = decide_version(source, chains, year)
    else:  # each table by its own words first: a report may print one version's 二, the other's 三
        by_table2 = _by_words(source, TABLE2_VERSION_SIGNALS)
        form = _table3_version(source) or by_table2 or _longer(chains) or _by_year(year)
        form2 = by_table2 or form
    tables: list[TableRead] = []
    chain2 = best_chain(mine, (TABLE2_2021 if form2 is Form.STANDARD_2021 else TABLE2_2019,), MIN_TABLE2_ROWS)
    if chain2 is not None:
        tables.append(read_table(source, mine, chain2))
    chain3 = chain21 if form is Form.STANDARD_2021 else chain19
    if chain3 is not None:
        chain3 = _with_header_columns(source, mine, chain3)
        read3 = read_table(source, mine, chain3)
        if chain3.table.columns is not TABLE3_COLUMNS_WITH_SUBTOTAL:
            eight = _with_subtotal(chain3)
            if _rows_of(read3, eight.table):
                read3 = read_table(source, mine, eight)
        tables.append(read3)
    if table4 is not None:
        tables.append(table4)
    blank = _is_blank_template(tables)
    return StandardRead(form, () if blank else tuple(tables), blank)


def _cut_short(source: SourceText, hits: Sequence[LabelHit], year: int | None) -> StandardRead | None:
    """The standard tables of a text that stops before table 三's fourth row, as a stored page
    excerpt does: table 二, where its block headings (第二十条第（一）项) are chained with at least
    ``MIN_TABLE2_ROWS`` rows read, and table 三's first rows, where ``MIN_EXCERPT_ROWS`` of them are
    read whole with their sums holding (or one, after table 二) and no row read breaks them.
    ``None`` where neither is there: labels in prose are no table.
    """
    form = _by_words(source, TABLE2_VERSION_SIGNALS) or _by_year(year)
    tables: list[TableRead] = []
    chain2 = best_chain(hits, (TABLE2_2021 if form is Form.STANDARD_2021 else TABLE2_2019,), MIN_TABLE2_ROWS)
    if chain2 is not None and any(chain2.table.rows[r] in TABLE2_BLOCKS for _, r in chain2.pairs):
        read2 = read_table(source, hits, chain2)
        if sum(1 for row in read2.rows if row.cells) >= MIN_TABLE2_ROWS:
            tables.append(read2)
    table3 = TABLE3_2021 if form is Form.STANDARD_2021 else TABLE3_2019
    # from the table's first row on: a cut keeps the table's start, and its header's words (其他, 总计)
    # are labels of rows too
    first = next((i for i, hit in enumerate(hits) if 0 in hit.rows_of(table3)), len(hits))
    rest = hits[first:]
    chain3 = best_chain(rest, (table3,), 1)
    if chain3 is not None:
        read3 = read_table(source, rest, chain3)
        names = tuple(c.key for c in read3.table.columns)
        read = [{c.column: c.value for c in row.cells} for row in read3.rows if row.cells]
        whole = [cells for cells in read if tuple(cells) == names]
        if (len(whole) >= (1 if tables else MIN_EXCERPT_ROWS)
                and all(row_sums_hold(read3.table, cells) for cells in read)):  # type: ignore[arg-type]
            tables.append(read3)
    return StandardRead(form, tuple(tables)) if tables else None


def _with_header_columns(source: SourceText, hits: Sequence[LabelHit], chain: Chain) -> Chain:
    """Table 三 with a 法人或其他组织 小计 column when its header prints one (eight value columns)."""
    first = hits[chain.pairs[0][0]]
    header = source.compact[max(0, first.start - HEADER_WINDOW) : first.start]
    if _SUBTOTAL not in header:
        return chain
    return _with_subtotal(chain)


def _with_subtotal(chain: Chain) -> Chain:
    table = attrs.evolve(chain.table, columns=TABLE3_COLUMNS_WITH_SUBTOTAL,
                         row_identities=TABLE3_IDENTITIES_WITH_SUBTOTAL)
    return attrs.evolve(chain, table=table)


def _rows_of(read: TableRead, wider: FormTable) -> bool:
    """Whether table 三, read with seven columns, is ``wider`` (with a 小计 column) whose header was
    lost: at least ``MIN_TABLE3_ROWS`` rows, and every row but a few of those with numbers, print as
    many numbers as ``wider`` has columns, were left empty, and satisfy ``wider``'s sums.
    """
    names = tuple(c.key for c in wider.columns)
    fitting = other = 0
    for row in read.rows:
        numbers = [p.value for p in value_run(row.region.pieces) if p.kind == "number"]
        if row.row.kind is not RowKind.VALUE or not numbers:
            continue
        if (not row.cells and len(numbers) == len(names) and all(type(v) is int for v in numbers)
                and row_sums_hold(wider, dict(zip(names, numbers, strict=True)))):  # type: ignore[arg-type]
            fitting += 1
        else:
            other += 1
    return fitting >= MIN_TABLE3_ROWS and other <= fitting // 10


def _is_blank_template(tables: Sequence[TableRead]) -> bool:
    """Labels of table 三 or 四 with no cell at all after them: a template, not a report.

    Cells that are there but blank (tab or pipe cells of a report with nothing to count) are zeros
    as the format prescribes, not a template.
    """
    rows = 0
    for table in tables:
        if table.table.name in {TABLE2_2019.name, TABLE2_2021.name}:
            continue
        for row in table.rows:
            if row.row.kind is RowKind.GROUP:
                continue
            rows += 1
            if row.cells or any(p.kind in ("number", "blank", "na") for p in row.region.pieces):
                return False
    return rows >= MIN_TABLE3_ROWS


# --- table 四 ------------------------------------------------------------------------------------


def read_table4(source: SourceText, hits: Sequence[LabelHit]) -> TableRead | None:
    """Table 四, as three labelled rows of five or as one row of fifteen under its header."""
    mine = [h for h in hits if h.rows_of(TABLE4)]
    anchors = [i for i, h in enumerate(mine) if _LITIGATION_ROWS.intersection(h.rows_of(TABLE4))]
    if not anchors:
        return _read_headerless(source, mine)
    group = next(g for g in clusters(mine) if anchors[0] in g)
    labelled = [i for i in group if _numbers_follow(source, mine, i)]
    chain = align(mine, labelled, TABLE4)
    if chain.value_rows == 3:
        if (subtables := _read_subtables(source, mine, chain)) is not None:
            return subtables
        rows = read_table(source, mine, chain)
        if all(len(r.cells) == 5 for r in rows.rows if r.row.kind is RowKind.VALUE):
            return rows
    first = mine[group[0]]
    header_end = _header_end(source, first.start)
    return _read_fifteen(source, mine, group, _fifteen_span(source, header_end), _line_after(source, header_end))


def _read_subtables(source: SourceText, hits: Sequence[LabelHit], chain: Chain) -> TableRead | None:
    """Table 四 as three sub-tables: each row's label a caption (``行政复议``,
    ``行政诉讼（未经复议直接起诉）``) over a header of its own that names the five results, then its
    five values. ``None`` unless every value row has such a header and five cells under it (its
    caption's blank cells, where the caption is a table row, are not the row's: they are passed over).
    """
    compact, folded = source.compact, source.folded
    rows: list[RowRead] = []
    for h, r in chain.pairs:
        hit, row = hits[h], TABLE4.rows[r]
        if row.kind is RowKind.GROUP:
            rows.append(RowRead(row, hit, Region(Span(hit.span.end, hit.span.end), Rendering.SPACES, ())))
            continue
        header_end = _header_end(source, hit.end)
        if not all(any(head in compact[hit.end : header_end] for head in heads) for heads in _T4_RESULT_HEADS):
            return None
        next_start = hits[h + 1].start if h + 1 < len(hits) else len(compact)
        start = source.compact_span(header_end - 1, header_end).end
        stop = source.compact_span(next_start, next_start).start if next_start < len(compact) else len(source)
        digit = DIGIT.search(folded, start, stop)
        if digit is None:
            return None
        region = read_region(source, Span(max(start, folded.rfind("\n", start, digit.start()) + 1), stop),
                             after_label=False)
        read = read_row(source, TABLE4, row, hit, region)
        if len(read.cells) != len(TABLE4.columns):
            return None
        rows.append(read)
    renderings = [r.region.rendering for r in rows if r.row.kind is RowKind.VALUE]
    return TableRead(TABLE4, tuple(rows), rows[0].hit.span.union(rows[-1].region.span),
                     max(renderings, key=renderings.count))


def _numbers_follow(source: SourceText, hits: Sequence[LabelHit], index: int) -> bool:
    """Whether a digit comes after hit ``index`` before the next hit (a labelled row, not a header cell)."""
    end = hits[index + 1].start if index + 1 < len(hits) else min(len(source.compact), hits[index].end + 80)
    return DIGIT.search(source.compact, hits[index].end, end) is not None


def _read_headerless(source: SourceText, hits: Sequence[LabelHit]) -> TableRead | None:
    """Table 四 printed without its header: fifteen numbers right after the section's heading that
    satisfy all three groups' sums (anything less certain is not read).
    """
    for index in range(len(hits) - 1, -1, -1):
        header_end = _header_end(source, hits[index].start)
        span = _fifteen_span(source, header_end)
        if not _may_hold_fifteen(source, span):
            continue
        read = _read_fifteen(source, hits, [index], span, _line_after(source, header_end))
        if read.rows and all(len(r.cells) == 5 for r in read.rows) and not any(
                p.code in ("GD202", "GD214", "GD206") for r in read.rows for p in r.problems):
            values = [int(c.value or 0) for r in read.rows for c in r.cells]
            if _t4_groups_holding(values) == len(_T4_GROUPS) and any(
                    c.origin is Origin.PRINTED for r in read.rows for c in r.cells):
                return read
    return None


def _header_end(source: SourceText, start: int) -> int:
    """Where table 四's header words stop (compact offset), scanning from ``start``. A page break
    among them (the page's footer, the next page's running title) is passed over: a table's header
    is printed again at the top of the next page, and the values follow the second copy.
    """
    compact = source.compact
    position = end = start
    skipped = 0
    while position < len(compact):
        if compact[position].isdigit():
            after = _page_break_end(source, source.compact_span(position, position + 1).start)
            if after is None:
                break
            position = source.compact_offset(after)
            continue
        for word in _T4_WORDS:
            if compact.startswith(word, position):
                position += len(word)
                end = position
                skipped = 0
                break
        else:
            skipped += compact[position] != "|"  # a pipe only separates header cells, blank ones too
            position += 1
            if skipped > HEADER_SKIP:
                break
    return end


def _page_break_end(source: SourceText, offset: int) -> int | None:
    """The end of the line at ``offset`` where that line is a page footer or a running title
    (``cells.page_breaks``), else ``None``.
    """
    folded = source.folded
    start = folded.rfind("\n", 0, offset) + 1
    end = folded.find("\n", offset)
    end = len(folded) if end < 0 else end
    return end if any(a <= offset < b for a, b in page_breaks(folded[start:end], start)) else None


def _may_hold_fifteen(source: SourceText, span: Span) -> bool:
    """Whether the numbers at the start of ``span`` may be read as table 四's fifteen: one of them
    printed, and fifteen in all, or only numbers with at least fifteen digits for glued digits to
    split into fifteen cells (a cell has one digit at least).
    """
    values = leading_values(source, span)
    if values is None:
        return True  # pipe or tab cells: only reading the region tells
    numbers = [p for p in values if p.kind == "number"]
    if not numbers:
        return False
    if len(values) == 15:
        return True
    return (len(numbers) == len(values) <= 15 + MAX_MERGES
            and sum(p.span.end - p.span.start for p in numbers) >= 15)


def _fifteen_span(source: SourceText, header_end: int) -> Span:
    """Where table 四's fifteen numbers are read: from the line of the first number after its header."""
    start = source.compact_span(header_end - 1, header_end).end if header_end > 0 else 0
    if (marks := _fifteen_marks(source, start)) is not None:
        return marks
    # as far as 400 characters, or 160 besides white space (PDF text laid out in columns pads its lines)
    limit = max(start + 400, source.compact_span(min(header_end + 160, len(source.compact)), 0).start)
    newline = source.folded.find("\n", start)
    if newline >= 0 and (blank_row := _BLANK_CELLS.match(source.folded, newline + 1)) is not None:
        limit = blank_row.start()  # the next line is fifteen blank tab or pipe cells
    digit = DIGIT.search(source.folded, start, min(len(source), limit))
    while digit is not None and (after := _page_break_end(source, digit.start())) is not None:
        digit = DIGIT.search(source.folded, after, min(len(source), limit))  # a page's footer is no cell
    if digit is not None:
        line_start = source.folded.rfind("\n", start, digit.start())
        if line_start >= 0:
            start = line_start + 1
    else:  # no number at all: the row under the header may be all blank cells
        line_end = source.folded.find("\n", start)
        if line_end >= 0:
            start = line_end + 1
    return Span(start, min(len(source), start + 400))


def _fifteen_marks(source: SourceText, start: int) -> Span | None:
    """The fifteen no-break spaces, and nothing else, right after table 四's header (from ``start``),
    before text that is no number: glued text of the table with every cell blank. ``None`` otherwise.
    """
    original = source.original
    end = start
    while end < len(original) and source.folded[end] in " \t\n":
        end += 1
    first = original.find(BLANK_MARK, start, end)
    if first < 0 or original.count(BLANK_MARK, first, end) != 15 or (
            end < len(original) and source.folded[end].isdigit()):
        return None
    return Span(first, end)


def _line_after(source: SourceText, header_end: int) -> int:
    """Where the line after the one that ends table 四's header starts (original offset)."""
    end = source.compact_span(header_end - 1, header_end).end if header_end > 0 else 0
    newline = source.folded.find("\n", end)
    return len(source) if newline < 0 else newline + 1


def _t4_groups_holding(values: Sequence[int]) -> int:
    """How many of table 四's three groups have their 总计 the sum of their other four in ``values``."""
    return sum(1 for total, parts in _T4_GROUPS if values[total] == sum(values[p] for p in parts))


def _marked_fifteen(source: SourceText, marked: Sequence[Piece], unmarked: Sequence[Reading]) -> list[Reading] | None:
    """The readings of table 四's glued digits with their blank cells marked (``cells.blank_marks``),
    or ``None`` where the marks do not make fifteen cells. Where the digits read without the marks
    give one reading and the marks another, both are returned: which is meant is not known.
    """
    options = marked_readings([None if p.kind == "blank" else source.folded[p.span.start : p.span.end]
                               for p in marked], 15, _T4_GROUPS)
    if not options:
        return None
    if len(unmarked) == 1 and (len(options) > 1 or options[0].values != unmarked[0].values):
        return [*options, *unmarked]
    return options


def _fifteen_by_layout(source: SourceText, pieces: Sequence[Piece], header_from: int) -> list[Piece | None] | None:
    """Table 四's fifteen cells, where its numbers (fewer than fifteen, on one line) are placed by
    where they stand under its header (``reading.layout``) one way only, in which each group's
    total is printed and the sum of its parts or blank with them; ``None`` otherwise.
    """
    if not pieces or len(pieces) >= 15 or not all(p.kind == "number" and type(p.value) is int for p in pieces):
        return None
    line = line_of(source.folded, pieces[0].span.start, pieces[-1].span.end)
    if line is None:
        return None
    found = grids(header_lines(source, line[0], header_from), [c.labels for c in TABLE4.columns] * 3,
                  TABLE4_SPANNING_HEADS)
    text = source.original[line[0] : line[1]]
    spans = [(p.span.start - line[0], p.span.end - line[0]) for p in pieces]
    options = placements(text, spans, found)
    fitting = []
    for columns in options:
        values = [0] * 15
        for column, piece in zip(columns, pieces, strict=True):
            values[column] = int(piece.value or 0)
        if all(values[total] == sum(values[p] for p in parts) for total, parts in _T4_GROUPS):
            fitting.append(columns)
    fitting = steadiest(sorted(fitting), text, spans, found)
    if len(fitting) != 1:
        return None
    cells: list[Piece | None] = [None] * 15
    for column, piece in zip(fitting[0], pieces, strict=True):
        cells[column] = piece
    return cells


def _fifteen_by_separator(source: SourceText, pieces: Sequence[Piece], header_from: int,
                          line_from: int) -> tuple[list[Piece | None], int] | None:
    """Table 四's fifteen cells, where its numbers (fewer than fifteen, on one line) are separated by
    runs of spaces of one width, as are the words of every header line above them (a converter that
    writes each tab as four spaces): a blank cell is one run more (``form.separated_columns``), and
    a line of fourteen runs (from ``line_from``, where no number follows the header) is fifteen
    blank cells. Taken only where each group's 总计 is the sum of its parts; ``None`` otherwise.
    With the width.
    """
    if len(pieces) >= 15 or not all(p.kind == "number" and type(p.value) is int for p in pieces):
        return None
    folded = source.folded
    line_start = folded.rfind("\n", 0, pieces[0].span.start) + 1 if pieces else line_from
    header = folded[header_from:line_start]
    widths = {len(gap) for line in header.split("\n")[1:] for gap in _WORD_GAP.findall(line.strip(" "))}
    if len(widths) != 1 or (width := widths.pop()) < 2:
        return None
    cells: list[Piece | None] = [None] * 15
    if not pieces:
        line_end = folded.find("\n", line_start)
        blank = folded[line_start : len(folded) if line_end < 0 else line_end] == " " * (width * 14)
        return (cells, width) if blank else None
    placed = separated_columns(folded, line_start, pieces, width, 15, after_label=False)
    if placed is None:
        return None
    for column, piece in zip(placed, pieces, strict=True):
        cells[column] = piece
    if _t4_groups_holding([int(c.value or 0) if c is not None else 0 for c in cells]) != len(_T4_GROUPS):
        return None
    return cells, width


def _fifteen_spaced(source: SourceText, pieces: Sequence[Piece], header_from: int,
                    line_from: int) -> tuple[list[Piece | None], str, dict[str, int]] | None:
    """Table 四's fifteen cells placed by the spaces between them: a fixed run of spaces for each
    cell boundary (``GD226``), or tabs expanded to tab stops (``GD229``); with the code and the width.
    """
    if (separated := _fifteen_by_separator(source, pieces, header_from, line_from)) is not None:
        return separated[0], "GD226", {"width": separated[1]}
    if (stopped := _fifteen_by_tab_stops(source, pieces, header_from, line_from)) is not None:
        return stopped[0], "GD229", {"stop": stopped[1]}
    return None


def _placed_fifteen(cells: Sequence[Piece | None], span: Span) -> list[CellRead]:
    """Table 四's fifteen cells as placed (by the header's words, a separator, tab stops): a number
    where one stands, a blank cell (0) elsewhere.
    """
    columns = [c.key for c in TABLE4.columns]
    return [CellRead(columns[index % 5], 0, Span(span.end, span.end), Origin.BLANK) if cell is None
            else CellRead(columns[index % 5], cell.value, cell.span, Origin.PRINTED)
            for index, cell in enumerate(cells)]


_WORD = lazy_re(r"\S+")


def _fifteen_by_tab_stops(source: SourceText, pieces: Sequence[Piece], header_from: int,
                          line_from: int) -> tuple[list[Piece | None], int] | None:
    """Table 四's fifteen cells, where its tabs were expanded to tab stops (``form.stop_columns``):
    every word of the header lines under its first starts at a stop, as do the numbers (fewer than
    fifteen, on one line), a blank cell one stop more; a line of spaces to the fifteenth stop (from
    ``line_from``, where no number follows the header) is fifteen blank cells. Taken only where each
    group's 总计 is the sum of its parts; ``None`` otherwise. With the stop.
    """
    if len(pieces) >= 15 or not all(p.kind == "number" and type(p.value) is int for p in pieces):
        return None
    folded, original = source.folded, source.original
    line_start = folded.rfind("\n", 0, pieces[0].span.start) + 1 if pieces else line_from
    header = [(start, start + len(line)) for start, line in _lines_of(folded, header_from, line_start)][1:]
    if not header:
        return None
    for measure in (len, text_width):
        for stop in TAB_STOPS:
            if not all(measure(original[start : start + word.start()]) % stop == 0
                       for start, end in header for word in _WORD.finditer(folded[start:end])):
                continue
            cells: list[Piece | None] = [None] * 15
            if not pieces:
                line_end = folded.find("\n", line_start)
                line = folded[line_start : len(folded) if line_end < 0 else line_end]
                if line and not line.strip(" ") and measure(line) == 14 * stop:
                    return cells, stop
                continue
            placed = stop_columns(source, line_start, pieces, stop, 15, measure=measure, after_label=False)
            if placed is None:
                continue
            for column, piece in zip(placed, pieces, strict=True):
                cells[column] = piece
            if _t4_groups_holding([int(c.value or 0) if c is not None else 0 for c in cells]) == len(_T4_GROUPS):
                return cells, stop
    return None


def _lines_of(folded: str, start: int, end: int) -> list[tuple[int, str]]:
    """The lines of ``folded[start:end]`` that hold a word, with where each starts."""
    out: list[tuple[int, str]] = []
    position = start
    for line in folded[start:end].split("\n"):
        if line.strip():
            out.append((position, line))
        position += len(line) + 1
    return out


def _fifteen_lines(source: SourceText, span: Span) -> list[Piece] | None:
    """Table 四's fifteen cells one per line in ``span``, blank cells as empty lines (or as one
    more blank line after a blank line that follows every cell); taken only when each group's 总计
    is the sum of its other four, for blank lines are easily miscounted.
    """
    by_line = line_cells(source, Region(span, Rendering.SPACES, ()), after_label=False)
    for cells in (by_line, paragraph_cells(by_line) if by_line else None):
        if cells is None or len(cells) != 15 or not all(p.kind in ("number", "blank") for p in cells):
            continue
        values = [p.value if p.kind == "number" else 0 for p in cells]
        if all(type(v) is int for v in values) and _t4_groups_holding(values) == len(_T4_GROUPS):  # type: ignore[arg-type]
            return list(cells)
    return None


def _read_fifteen(source: SourceText, hits: Sequence[LabelHit], group: Sequence[int], where: Span,
                  lines_from: int) -> TableRead:
    """Table 四's fifteen values from the cells at the start of ``where`` (``_fifteen_span``), or
    one per line from ``lines_from`` (the line after the header), blank cells as empty lines.
    """
    region = read_region(source, where, after_label=False)
    pieces = value_run(region.pieces)
    if pieces and pieces[-1] is region.pieces[-1]:  # the run ends the row: a closing | or tab may follow
        pieces = with_trailing_blank(pieces, region, 15)
    if len(pieces) < 15 and lines_from <= where.start and region.rendering is Rendering.SPACES:
        pieces = _fifteen_lines(source, Span(lines_from, where.end)) or pieces
    marked = (blank_marks(source, pieces, where.start, where.end)
              if len(pieces) < 15 and region.rendering in (Rendering.SPACES, Rendering.GLUED) else None)
    labels = [hits[i] for i in group]
    row_hits = {r: next((h for h in labels if h.rows_of(TABLE4) and r in h.rows_of(TABLE4)), labels[0])
                for r in (0, 2, 3)}
    value_rows = [(0, TABLE4.rows[0]), (2, TABLE4.rows[2]), (3, TABLE4.rows[3])]
    columns = [c.key for c in TABLE4.columns]
    values: list[CellRead] = []
    problems: list[Problem] = []
    span = Span.covering(p.span for p in pieces) or Span(where.start, where.start)
    if len(pieces) == 15:
        for index, piece in enumerate(pieces):
            column = columns[index % 5]
            if piece.kind == "number" and isinstance(piece.value, int):
                values.append(CellRead(column, piece.value, piece.span, Origin.PRINTED))
            else:
                values.append(CellRead(column, 0, piece.span, Origin.BLANK))
        blanks = sum(1 for v in values if v.origin is Origin.BLANK)
        numbers = [int(v.value or 0) for v in values]
        if region.rendering is Rendering.SPACES and any(numbers) and not _t4_groups_holding(numbers):
            # not one group's 总计 holds: fifteen numbers from elsewhere (a table written out of order)
            problems.append(Problem("GD220", span, {"table": TABLE4.title, "rows": 3, "in_order": 0, "dropped": 3}))
            values = []
        elif blanks:
            problems.append(Problem("GD203", span, {"row": "行政复议、行政诉讼", "cells": blanks}))
    elif (region.rendering is Rendering.SPACES and marked is None
          and (laid_out := _fifteen_by_layout(source, pieces, labels[0].span.start)) is not None):
        values = _placed_fifteen(laid_out, span)
        problems.append(Problem("GD222", span, {"row": "行政复议、行政诉讼", "found": len(pieces), "expected": 15,
                                                "under": "the header"}))
    elif (region.rendering is Rendering.SPACES and marked is None
          and (spaced := _fifteen_spaced(source, pieces, labels[0].span.start, where.start)) is not None):
        spaced_cells, code, field = spaced
        values = _placed_fifteen(spaced_cells, span)
        problems.append(Problem(code, span, {"row": "行政复议、行政诉讼", "found": len(pieces), "expected": 15,
                                             **field}))
    elif 0 < len(pieces) <= 15 + MAX_MERGES and all(ascii_digits(source, p) for p in pieces):
        texts = [source.folded[p.span.start : p.span.end] for p in pieces]
        options = (readings(texts, 15, _T4_GROUPS) if len(pieces) < 15 else merged_readings(texts, 15, _T4_GROUPS))
        if marked is not None and (with_marks := _marked_fifteen(source, marked, options)) is not None:
            pieces, options = marked, with_marks
        if len(options) == 1:
            for index, part in enumerate(options[0].parts):
                first, last = pieces[part.first], pieces[part.last]
                if first.kind == "blank":
                    values.append(CellRead(columns[index % 5], 0, first.span, Origin.BLANK))
                    continue
                values.append(CellRead(columns[index % 5], part.value,
                                       Span(first.span.start + part.start, last.span.start + part.end)))
            code = "GD212" if len(pieces) < 15 else "GD210"
            problems.append(Problem(code, span, {"row": "行政复议、行政诉讼", "digits": " ".join(texts),
                                                 "raw": " ".join(texts), "cells": 15}))
        elif options:
            problems.append(Problem("GD202", span, {"row": "行政复议、行政诉讼", "digits": " ".join(texts),
                                                    "readings": len(options) if len(options) <= 50 else "over 50"}))
        else:
            problems.append(Problem("GD214", span, {"row": "行政复议、行政诉讼",
                                                    "reason": f"no split of '{' '.join(texts)}' into 15 cells fits"}))
    elif not pieces and marked is not None and len(marked) == 15:
        # every cell blank, each left as a no-break space (glued text of a table with nothing to report)
        values = [CellRead(columns[index % 5], 0, piece.span, Origin.BLANK) for index, piece in enumerate(marked)]
        span = Span.covering(p.span for p in marked) or span
        problems.append(Problem("GD203", span, {"row": "行政复议、行政诉讼", "cells": 15}))
    elif pieces:
        problems.append(Problem("GD206", span, {"row": "行政复议、行政诉讼", "found": len(pieces), "expected": 15}))
    rows: list[RowRead] = []
    for group_index, (row_index, row) in enumerate(value_rows):
        cells = tuple(values[group_index * 5 : group_index * 5 + 5]) if values else ()
        group_pieces = tuple(pieces[group_index * 5 : group_index * 5 + 5]) if len(pieces) == 15 else ()
        rows.append(RowRead(row, row_hits[row_index], Region(span, region.rendering, group_pieces), cells,
                            tuple(problems) if group_index == 0 else ()))
    rendering = Rendering.GLUED if len(pieces) < 15 and values else region.rendering
    table_span = labels[0].span.union(span)
    return TableRead(TABLE4, tuple(rows), table_span, rendering)
