"""Words that make a stated number approximate or a bound (余, 约, 超过, 以内 …). Data only.

``*_AFTER`` words follow the number (``1200余件``, ``50件左右``); ``*_BEFORE`` words precede it
(``约300条``, ``不超过5件``). A number with none of them is exact.
"""

from __future__ import annotations

APPROXIMATE_AFTER = ("余", "多", "左右", "上下", "许")
AT_LEAST_AFTER = ("以上", "之多")
AT_MOST_AFTER = ("以内", "以下")

AT_MOST_BEFORE = ("不足", "不到", "少于", "不超过")
"""Looked for before ``AT_LEAST_BEFORE``: 不超过 ends in 超过."""
AT_LEAST_BEFORE = ("超过", "逾", "超", "不少于", "多于")
APPROXIMATE_BEFORE = ("约", "近", "大约", "将近", "接近", "近乎")
