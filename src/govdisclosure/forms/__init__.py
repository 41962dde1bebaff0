"""The vocabulary of the official forms, as data: rows, label variants, columns, identities.

Code never spells a form label; it looks labels up here. ``FORM_TABLES`` lists every table the
readers know.
"""

from govdisclosure.forms.local_2008 import FUJIAN, SHANGHAI_MODEL
from govdisclosure.forms.model import Column, FormTable, HeaderWord, Identity, Row, RowKind
from govdisclosure.forms.national_2014 import NATIONAL_2014
from govdisclosure.forms.standard import TABLE2_2019, TABLE2_2021, TABLE3_2019, TABLE3_2021, TABLE4

PRE_2019_TABLES: tuple[FormTable, ...] = (NATIONAL_2014, SHANGHAI_MODEL, FUJIAN)
STANDARD_TABLES: tuple[FormTable, ...] = (TABLE2_2019, TABLE2_2021, TABLE3_2019, TABLE3_2021, TABLE4)
FORM_TABLES: tuple[FormTable, ...] = PRE_2019_TABLES + STANDARD_TABLES

__all__ = [
    "FORM_TABLES",
    "PRE_2019_TABLES",
    "STANDARD_TABLES",
    "Column",
    "FormTable",
    "HeaderWord",
    "Identity",
    "Row",
    "RowKind",
]
