"""The Dask recipe of docs/corpus.md, run as written: local scheduler, then a two-worker cluster."""

import re
import shutil
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
pytest.importorskip("dask.bag")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "reports"


def recipe():
    """The first Python block of the page's Dask section."""
    page = (ROOT / "docs" / "corpus.md").read_text(encoding="utf-8")
    section = page[page.index("## On a cluster: Dask"):]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A working folder with the example reports under reports/, one of them unreadable."""
    shutil.copytree(EXAMPLES, tmp_path / "reports")
    (tmp_path / "reports" / "zz_broken.txt").write_bytes(b"\x00\xff" * 50 + bytes(range(256)) * 4)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_and_read(folder):
    namespace = {}
    exec(compile(recipe(), "docs/corpus.md", "exec"), namespace)
    df = pd.read_parquet(folder / "reports.parquet").sort_values("path", ignore_index=True)
    return namespace["rows"], df


def check(rows, df):
    names = [*sorted(p.name for p in EXAMPLES.glob("*.txt")), "zz_broken.txt"]
    assert rows == len(names)
    assert [Path(p).name for p in df["path"]] == names
    assert df["error"].notna().tolist() == [False] * (len(names) - 1) + [True]
    assert str(df["applications.received"].dtype) == "Int64"
    assert df.loc[df["path"].str.endswith("county_2022_standard.txt"), "applications.received"].tolist() == [58]


def test_dask_recipe_on_the_local_scheduler(folder):
    """The documented bag → parse → DataFrame → Parquet recipe writes one row per file."""
    with dask.config.set(scheduler="synchronous"):
        rows, df = run_and_read(folder)

    check(rows, df)


@pytest.mark.slow
def test_dask_recipe_on_a_local_cluster(folder):
    """The same code runs unchanged on a two-process distributed cluster once a client is connected."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            distributed.Client(cluster):
        rows, df = run_and_read(folder)

    check(rows, df)
