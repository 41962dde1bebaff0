"""What a table cell may print beside or instead of its number. Data only."""

UNITS = ("万元", "亿元", "千元", "人次", "条次", "元", "个", "件", "条", "次", "人", "篇", "项", "期", "场", "份", "家",
         "户", "部", "起")
"""Unit words a cell may print beside its number, longest first."""

NA_WORDS = ("空", "不适用", "——", "—", "--", "-", "/", "／", "\\", "－", "─")
"""A cell holding only one of these is marked not applicable (or, in the 2019/2021 tables, 0)."""
NONE_WORDS = ("无", "暂无", "没有", "零")
"""A cell holding only one of these says there was none: a count of 0, printed in words."""
