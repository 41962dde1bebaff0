"""The example notebook runs from top to bottom and draws its plots."""

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("matplotlib")
pytest.importorskip("pandas")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_corpus_notebook_executes_and_plots():
    """Every cell runs without error; the two figures are PNG images; the report cell is the report's HTML."""
    notebook = nbformat.read(EXAMPLES / "corpus.ipynb", as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(EXAMPLES)}})

    client.execute()

    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 2
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("gd-report" in h and "青禾县人民政府2022年政府信息公开工作年度报告" in h for h in html)
    assert f"{len(list((EXAMPLES / 'reports').glob('*.txt')))} files parsed, 0 could not be read" in outputs[0]["text"]
