import gc
import multiprocessing
import os
import pickle
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure import batch

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports"
REPORT = (EXAMPLES / "county_2022_standard.txt").read_text(encoding="utf-8")
SHORT = "某某县2018年政府信息公开工作年度报告\n今年共收到政府信息公开申请12件。"


@given(texts=st.lists(st.text(max_size=40) | st.sampled_from([SHORT, "2019年度报告", ""]), max_size=12),
       chunksize=st.integers(min_value=1, max_value=5))
@example(texts=[], chunksize=1)
@example(texts=[SHORT, "", SHORT], chunksize=2)
def test_results_keep_input_order_and_equal_parse(texts, chunksize):
    """One result per text, in input order, each the report parse() gives for that text."""
    results = gd.parse_many(texts, workers=1, chunksize=chunksize)

    assert [r.index for r in results] == list(range(len(texts)))
    assert [r.report for r in results] == [gd.parse(text) for text in texts]
    assert all(r.ok and r.path is None and r.error is None for r in results)


def test_processes_keep_order_and_give_the_same_reports():
    """With two worker processes, results still come back in input order and equal parse()'s."""
    texts = [REPORT.replace("58", str(n)) if n % 3 else SHORT for n in range(20)]

    results = gd.parse_many(texts, workers=2, chunksize=3)

    assert [r.index for r in results] == list(range(20))
    assert [r.report for r in results] == [gd.parse(text) for text in texts]


@settings(max_examples=8, deadline=None)
@given(kinds=st.lists(st.sampled_from(["report", "short", "empty", "missing", "bytes"]), min_size=10, max_size=40),
       chunksize=st.none() | st.integers(min_value=1, max_value=6))
def test_two_processes_give_what_one_gives(kinds, chunksize):
    """Whatever the mix of items and chunk sizes, the pool and the calling process together give
    the results of one process, in input order (failures included)."""
    made = {"report": REPORT, "short": SHORT, "empty": "", "missing": Path("no/such/report.txt"),
            "bytes": SHORT.encode("utf-8")}
    items = [made[kind] for kind in kinds]

    two = gd.parse_many(items, workers=2, chunksize=chunksize, progress=False)
    one = gd.parse_many(items, workers=1, progress=False)

    assert two == one


def test_a_bad_file_gives_an_error_entry_and_the_batch_goes_on(tmp_path):
    """A missing file and undecodable bytes fail alone; the items around them are parsed."""
    good = tmp_path / "good.txt"
    good.write_text(SHORT, encoding="utf-8")
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(b"\x00\xff" * 50 + bytes(range(256)) * 4)
    items = [good, tmp_path / "missing.txt", SHORT, garbage, good]

    results = gd.parse_many(items, workers=1)

    assert [r.ok for r in results] == [True, False, True, False, True]
    assert results[1].path == str(tmp_path / "missing.txt")
    assert results[1].error.kind == "FileNotFoundError"
    assert results[3].error.kind == "DecodeError"
    assert str(results[3].error).startswith("DecodeError: ")
    assert results[0].report == results[4].report
    assert results[0].report.statistics == results[2].report.statistics


def test_bytes_are_decoded():
    """Bytes are read as the report they encode."""
    [result] = gd.parse_many([SHORT.encode("utf-8")], workers=1)

    assert result.report.statistics.applications.received.value == 12
    assert result.path is None


def test_items_of_another_type_are_a_programmer_error():
    """Anything but str, bytes or a path raises TypeError naming the item."""
    with pytest.raises(TypeError, match="item 1 is int"):
        gd.parse_many([SHORT, 7], workers=1)


@pytest.mark.parametrize(("workers", "chunksize"), [(0, None), (1, 0)], ids=["no-workers", "empty-chunks"])
def test_bad_options_raise_at_once(workers, chunksize):
    """Impossible worker or chunk counts raise ValueError when called, before any work."""
    with pytest.raises(ValueError, match="at least 1"):
        gd.iter_parse_many([SHORT], workers, chunksize=chunksize)


def test_items_are_pulled_lazily():
    """iter_parse_many reads its input only as far as the work in flight needs."""
    pulled = []

    def items():
        for n in range(10_000):
            pulled.append(n)
            yield SHORT

    results = gd.iter_parse_many(items(), 2, chunksize=4, progress=False)
    first = next(results)
    results.close()

    assert first.index == 0
    assert len(pulled) <= (batch.IN_FLIGHT_PER_WORKER + batch.AHEAD_HERE) * 4 + 1


def test_progress_callable_sees_every_item():
    """A progress callable is called after each chunk with the running count and the total."""
    calls = []

    gd.parse_many([SHORT] * 5, workers=1, chunksize=2, progress=lambda done, total: calls.append((done, total)))

    assert calls == [(2, 5), (4, 5), (5, 5)]


def test_progress_bar_when_asked(capsys):
    """progress=True draws a tqdm bar on standard error; the default stays silent when not interactive."""
    pytest.importorskip("tqdm")
    gd.parse_many([SHORT] * 3, workers=1, progress=True)
    forced = capsys.readouterr().err
    gd.parse_many([SHORT] * 3, workers=1)
    default = capsys.readouterr().err

    assert "3/3" in forced
    assert default == ""


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the patched worker reaches the children only when they are forked")
def test_a_worker_that_dies_costs_only_its_item(monkeypatch):
    """An item that kills its worker process gets a BrokenProcessPool entry; every other item is parsed.

    Items larger than HERE_MAX_SIZE always go to the pool, so the killer (long) is never parsed in
    this process, while the short items around it may be.
    """
    parse_item, caller = batch._parse_item, os.getpid()
    crash = "CRASH" * 100

    def deadly(index, item):
        if item == crash:
            if os.getpid() == caller:
                raise AssertionError("the calling process took an item larger than HERE_MAX_SIZE")
            os._exit(1)
        return parse_item(index, item)

    monkeypatch.setattr(batch, "_parse_item", deadly)
    monkeypatch.setattr(batch, "HERE_MAX_SIZE", 400)
    items = [SHORT] * 9 + [crash] + [SHORT] * 9

    results = gd.parse_many(items, workers=2, chunksize=4)

    assert [r.index for r in results] == list(range(19))
    assert [r.ok for r in results] == [True] * 9 + [False] + [True] * 9
    assert results[9].error.kind == "BrokenProcessPool"


def test_result_record_has_source_columns_then_the_dictionary():
    """ParseResult.to_record() puts path and error before every data dictionary key; a failure has them all None."""
    ok, failed = gd.parse_many([SHORT, Path("no/such/file.txt")], workers=1)

    assert list(ok.to_record()) == ["path", "error", *(entry.key for entry in gd.DATA_DICTIONARY)]
    assert ok.to_record()["applications.received"] == 12
    assert failed.to_record()["error"].startswith("FileNotFoundError")
    assert all(value is None for key, value in failed.to_record().items() if key not in {"path", "error"})


def test_reports_pickle_compactly():
    """A report survives pickling unchanged, in a few times its text's size (the time it takes is measured by
    ``benchmarks/bench_corpus.py``, not asserted here)."""
    report = gd.parse(REPORT)

    data = pickle.dumps(report)

    assert pickle.loads(data) == report
    assert len(data) < 15 * len(REPORT.encode("utf-8"))
    assert pickle.loads(pickle.dumps(gd.parse_many([REPORT], workers=1)[0])).report == report


def test_map_parsed_applies_the_function_in_the_workers():
    """map_parsed sends back what the function returns, in input order, from worker processes too."""
    texts = [SHORT, REPORT, "", SHORT] * 3

    records = list(batch.map_parsed(gd.ParseResult.to_record, texts, 2, chunksize=2, progress=False))

    assert records == [result.to_record() for result in gd.parse_many(texts, workers=1)]
    assert [record["applications.received"] for record in records[:4]] == [12, 58, None, 12]


def test_the_calling_process_parses_while_it_waits():
    """With two workers, one process is started and the calling process parses chunks too, in order."""
    texts = [SHORT, REPORT] * 8

    pids = list(batch.map_parsed(_pid, texts, 2, chunksize=2, progress=False))
    here = os.getpid()

    assert here in pids  # the first chunks, at least: the worker is still starting
    assert len(set(pids)) == 2  # and one worker process
    assert [r.report for r in gd.parse_many(texts, workers=2, chunksize=2)] == [gd.parse(t) for t in texts]


def test_large_items_are_parsed_in_the_pool(monkeypatch, tmp_path):
    """Texts and files larger than HERE_MAX_SIZE are never parsed in the calling process."""
    monkeypatch.setattr(batch, "HERE_MAX_SIZE", 100)
    big = tmp_path / "big.txt"
    big.write_text(REPORT, encoding="utf-8")
    items = [REPORT, big, REPORT.encode("utf-8")] * 6

    pids = list(batch.map_parsed(_pid, items, 2, chunksize=1, progress=False))

    assert os.getpid() not in pids
    assert len(pids) == len(items)


def _pid(_result):
    return os.getpid()


def test_a_str_naming_a_file_warns_and_is_read_as_text(tmp_path):
    """A file name passed as a str is parsed as text (a str is text), with one warning that points at the fix."""
    name = tmp_path / "report.txt"
    name.write_text(SHORT, encoding="utf-8")

    with pytest.warns(UserWarning, match="wrap file names in pathlib.Path") as caught:
        results = gd.parse_many([str(name), str(name), SHORT], workers=1)

    assert len(caught) == 1
    assert caught[0].filename == __file__
    assert results[0].report == gd.parse(str(name))
    assert results[2].report.statistics.applications.received.value == 12


def test_texts_never_warn(recwarn):
    """Report texts, names of missing files and odd characters give no file-name warning."""
    gd.parse_many([SHORT, "no/such/file.txt", "a\x00b", "x" * 5000], workers=1)

    assert not [w for w in recwarn if "pathlib.Path" in str(w.message)]


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was(enabled):
    """parse_many pauses the cyclic garbage collector while it works on a chunk, and leaves it as the caller had it."""
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        results = gd.parse_many([SHORT, REPORT], workers=1)
        states = list(batch.map_parsed(_gc_state, [SHORT], workers=1))

        assert gc.isenabled() is enabled
        assert [r.ok for r in results] == [True, True]
        assert states == [False]
    finally:
        (gc.enable if was else gc.disable)()


def _gc_state(_result):
    return gc.isenabled()
