"""Labels written across a Markdown row's cells: what is tried and what is taken."""

from govdisclosure.forms import FORM_TABLES
from govdisclosure.reading.across import MAX_ARRANGEMENTS, _arrangements, labels_across_cells
from govdisclosure.reading.labels import label_index
from govdisclosure.source import SourceText


def _labels(text: str) -> list[str]:
    source, index = SourceText(text), label_index(FORM_TABLES)
    return [hit.label for hit in labels_across_cells(source, index, index.find(source))]


def test_every_way_of_giving_the_shorter_cells_lines_to_the_label_lines_is_tried():
    cells = [[(0, 1), (1, 2), (2, 3)], [(3, 4), (4, 5)]]

    assert [[part[0] for part in parts] for parts in _arrangements(cells)] == [
        [0, 3, 1, 4, 2], [0, 3, 1, 2, 4], [0, 1, 3, 2, 4]]


def test_too_many_ways_are_not_tried():
    many = [(i, i + 1) for i in range(5000)]

    assert list(_arrangements([many, many[:3]])) == []  # C(5000, 3) ways, not built one by one
    assert MAX_ARRANGEMENTS < 5000


def test_a_label_the_finder_reads_is_not_looked_for_again():
    assert _labels("|（一）予以公开||3|0|0|0|0|0|3|") == ["予以公开"]


def test_a_label_across_three_cells_and_one_with_an_empty_cell_after_it():
    text = "|四、结转<br>理|下|年度继续办|0|0|0|11|208|0|219|\n|（七）总|计||413|432|1823|860|1126|402|5056|"

    assert _labels(text) == ["结转下年度继续办理", "总计"]

