"""The shapes of the form vocabulary: rows, columns, tables and the identities they obey.

Nothing here knows a label; the modules beside it (``national_2014``, ``local_2008``,
``standard``) are the data.
"""

from __future__ import annotations

import enum

import attrs

from govdisclosure.schema import Form


class RowKind(str, enum.Enum):
    """What a printed row is."""

    VALUE = "value"
    """A row with value cells."""
    GROUP = "group"
    """A group heading (``一、主动公开情况 ——``, ``（三）不予公开``): bounds rows, holds no value."""


@attrs.frozen
class Column:
    """A value column: its key suffix and the header labels that name it.

    ``unit`` is the unit the header prints for the column (``本年收费金额（单位：万元）``).
    """

    key: str
    labels: tuple[str, ...]
    unit: str | None = None


@attrs.frozen(repr=False)
class Row:
    """One printed row of a form.

    ``labels`` are the variants a report prints, without numbering (``（一）``, ``1.``, ``其中：``
    are matched separately) and in any width; the first is the official label. ``number`` is the
    numbering the official form prints before it (``"1"``, ``"一"``), which lets a reader tell a
    row number glued to the previous row's digits (``…00000002.其他法律…``) from a digit of those.
    ``key`` is the record key the row fills (for multi-column tables, the prefix of the cell keys).
    """

    key: str | None
    labels: tuple[str, ...]
    number: str | None = None
    unit: str | None = None
    kind: RowKind = RowKind.VALUE
    columns: tuple[Column, ...] | None = None
    """The row's own value columns where they differ from the table's (table 二's blocks)."""

    def __repr__(self) -> str:
        return f"Row({self.key!r}, {self.labels[0]!r})"


@attrs.frozen
class Identity:
    """``sum(left) == sum(right)`` over record keys; for multi-column tables the keys are row keys and
    the identity holds in every column.

    >>> Identity(("applications.closed",), ("applications.closed_on_time", "applications.closed_extended"),
    ...          "申请办结数 = 按时 + 延期").name
    '申请办结数 = 按时 + 延期'
    """

    left: tuple[str, ...]
    right: tuple[str, ...]
    name: str


@attrs.frozen(repr=False)
class FormTable:
    """One table of a form: its rows in printed order, its value columns and its identities.

    - ``columns`` empty: each row has one value and ``Row.key`` is the record key.
    - ``row_identities``: in every row, column ``total`` is the sum of columns ``parts`` (table 三's
      总计); each total comes after its parts.
    - ``blank_is_zero``: the format reads a blank cell as 0 (tables 三 and 四).
    - ``anchors``: words whose presence (in the compact text) says this table is there.
    - ``spanning_heads``: header words that stand over several columns (``法人或其他组织``), with
      the keys of the first and last of them.
    """

    name: str
    form: Form
    title: str
    rows: tuple[Row, ...]
    columns: tuple[Column, ...] = ()
    identities: tuple[Identity, ...] = ()
    row_identities: tuple[tuple[str, tuple[str, ...]], ...] = ()
    blank_is_zero: bool = False
    anchors: tuple[str, ...] = ()
    spanning_heads: tuple[tuple[str, str, str], ...] = ()

    def __repr__(self) -> str:
        return f"<FormTable {self.name}: {len(self.rows)} rows, {len(self.columns) or 1} value column(s)>"

    def columns_of(self, row: Row) -> tuple[Column, ...]:
        """The value columns of ``row`` (its own, or the table's)."""
        return row.columns if row.columns is not None else self.columns

    def cell_key(self, row: Row, column: Column | None) -> str | None:
        """The record key of a row's cell (``table3.received.total``), or the row's own key."""
        if row.key is None:
            return None
        if column is None or not column.key:
            return row.key
        return f"{row.key}.{column.key}"

    @property
    def value_rows(self) -> tuple[Row, ...]:
        """The rows that hold values."""
        return tuple(r for r in self.rows if r.kind is RowKind.VALUE)


@attrs.frozen
class HeaderWord:
    """A column-header word of the pre-2019 forms and what kind of column it names."""

    labels: tuple[str, ...]
    kind: str
    """``label`` (the row-label column), ``unit``, ``value`` (the year's figure), ``year_total`` (the
    total of the year so far, the year's figure beside a period's), ``cumulative`` (a running total
    that must never be read as the year's figure) or ``number`` (a row number)."""
