"""On the real dev corpus, the input readers score no worse than ``parse`` on the text (skipped without it)."""

import json
from pathlib import Path

import pytest
from tests.corpus.test_gate import gold_values, same
from tests.inputs.rendering import values_of

import govdisclosure as gd


def _score(gold, record, skip=()):
    """(right, wrong, labelled) of a record against its gold labels."""
    right = wrong = labelled = 0
    for key, want in gold_values(gold).items():
        if key in skip:
            continue
        labelled += 1
        got = record.get(key)
        if same(key, want, got):
            right += 1
        elif got is not None:
            wrong += 1
    return right, wrong, labelled


def _documents(corpus_dir: Path):
    for gold_path in sorted(corpus_dir.glob("*.json")):
        yield gold_path.stem, json.loads(gold_path.read_text(encoding="utf-8")), gold_path.with_suffix(".txt")


def test_html_original_reads_as_well_as_its_text(corpus_dir):
    """The published HTML page of a report, read by ``parse_html`` and ``parse_file``, scores as its text does."""
    gold = json.loads((corpus_dir / "ogi_016.json").read_text(encoding="utf-8"))
    text = gd.parse((corpus_dir / "ogi_016.txt").read_text(encoding="utf-8"), strict=True)

    for report in (gd.parse_html((corpus_dir / "ogi_016.html").read_bytes(), strict=True),
                   gd.parse_file(corpus_dir / "ogi_016.html", strict=True)):
        right, wrong, labelled = _score(gold, report.to_record())
        assert (right, wrong) >= (_score(gold, text.to_record())[0], 0), f"{right}/{labelled}, {wrong} wrong"


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_bytes_copies_read_the_same(corpus_dir, encoding):
    """Every corpus text, as bytes in GB18030 or UTF-16, gives exactly the values of the text."""
    for name, _, path in _documents(corpus_dir):
        text = path.read_text(encoding="utf-8")
        assert values_of(gd.parse(text, strict=True)) == values_of(
            gd.parse_bytes(text.encode(encoding), strict=True)), name


def test_traditional_copies_score_no_worse(corpus_dir):
    """Every corpus text in traditional script (OpenCC s2t) scores as its simplified text, the agency (printed
    in traditional script) aside."""
    opencc = pytest.importorskip("opencc")
    s2t = opencc.OpenCC("s2t").convert
    for name, gold, path in _documents(corpus_dir):
        text = path.read_text(encoding="utf-8")
        simplified = _score(gold, gd.parse(text, strict=True).to_record(), skip=("agency",))
        traditional = _score(gold, gd.parse(s2t(text), strict=True).to_record(), skip=("agency",))
        assert traditional[0] >= simplified[0], name
        assert traditional[1] <= simplified[1], name
