"""Imports flow one way: schema at the bottom, the pipeline above the extractors, outputs on top.

Module-level imports only; the two sanctioned upward references (``AnnualReport.to_record`` and
``_repr_html_``) import inside the method.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "govdisclosure"

LAYERS = [
    ("schema", "errors", "_version"),
    ("text.fold",),
    ("codes", "source", "text", "forms"),
    ("reading",),
    ("structure",),
    ("sentences",),
    ("extractors",),
    ("registry",),
    ("merge", "checks"),
    ("_pipeline",),
    ("inputs", "testing", "serialize", "record", "display"),
    ("batch", "export", "cli", "__main__", "__init__"),
]


def layer_of(module: str) -> int:
    best = None
    for rank, names in enumerate(LAYERS):
        for name in names:
            if (module == name or module.startswith(name + ".")) and (best is None or len(name) > best[1]):
                best = (rank, len(name))
    if best is None:
        msg = f"module govdisclosure.{module} is in no layer; add it to LAYERS"
        raise AssertionError(msg)
    return best[0]


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(p for p in parts if p != "__init__") or "__init__"
        yield name, path


@pytest.mark.parametrize(("name", "path"), list(modules()), ids=lambda v: str(v) if isinstance(v, str) else "")
def test_imports_point_down(name, path):
    """A module imports only from its own layer or below."""
    mine = layer_of(name)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        targets = []
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("govdisclosure"):
            targets = [node.module.removeprefix("govdisclosure").lstrip(".") or "__init__"]
        elif isinstance(node, ast.Import):
            targets = [a.name.removeprefix("govdisclosure").lstrip(".") for a in node.names
                       if a.name.startswith("govdisclosure.")]
        for target in targets:
            assert layer_of(target) <= mine, f"govdisclosure.{name} imports govdisclosure.{target} from above"
