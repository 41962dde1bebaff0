"""Parsing many reports: ``parse_many()`` and ``iter_parse_many()``.

Items are texts (``str``), raw bytes, or files (``pathlib.Path`` or any ``os.PathLike``; a plain
``str`` is always text, never a file name, and one that names an existing file draws a warning).
Results come back in input order as ``ParseResult`` objects, one per item: the report, or a
``ParseFailure`` saying why that item could not be parsed. A bad item never stops the batch.

The work is spread in chunks over a pool of processes (``concurrent.futures.ProcessPoolExecutor``)
and the calling process, which parses chunks itself whenever the next result in order is not back
yet: with ``workers=n`` the pool has ``n - 1`` processes, so the processes parsing at once never
outnumber the cores, and the chunks parsed here are never pickled. A bounded number of chunks is
in flight, so memory stays flat however long the input is. A worker process that dies (killed,
out of memory) costs only the item it was parsing: the items in flight in the pool are parsed
again one at a time, and the one that kills its worker gets a failure entry.

>>> from pathlib import Path
>>> results = parse_many(["某某县2018年政府信息公开工作年度报告\\n今年共收到政府信息公开申请12件。",
...                       Path("no/such/report.txt")], workers=1)
>>> [result.ok for result in results]
[True, False]
>>> results[0].report.statistics.applications.received.value
12
>>> results[1].path, results[1].error.kind
('no/such/report.txt', 'FileNotFoundError')
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import itertools
import os
import sys
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

import attrs

from govdisclosure._pipeline import parse
from govdisclosure.inputs import parse_bytes, parse_file
from govdisclosure.schema import AnnualReport

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

Item: TypeAlias = "str | bytes | bytearray | os.PathLike[str]"
"""What ``parse_many`` accepts: a text, the bytes of a file, or a path."""

Progress: TypeAlias = "bool | Callable[[int, int | None], object] | None"
"""``None``: a bar when interactive; ``True``/``False``: always/never; a callable: ``f(done, total)``."""

_Chunk: TypeAlias = "list[tuple[int, Item]]"
T = TypeVar("T")

MAX_CHUNK = 32
"""Items per task at most. Each task costs one round trip to a worker (about 0.1 ms), a report
about 5-15 ms, so 32 reports amortise it; larger chunks only make the progress bar coarser."""
TASKS_PER_WORKER = 4
"""Aim for at least this many chunks per worker, so that a slow chunk does not leave cores idle."""
IN_FLIGHT_PER_WORKER = 2
"""Chunks submitted ahead per worker: enough to keep every worker busy, few enough to bound memory."""
AHEAD_HERE = 4
"""Chunks the calling process may parse beyond those in the pool while it waits for their results."""
HERE_MAX_SIZE = 1_000_000
"""Largest item (characters of a text, bytes of a file) the calling process parses itself. A
report's text is 4-50 KB; a text of a million characters took 60 MB and 1.5 s to parse."""
MIN_PARALLEL_ITEMS = 8
"""Fewer known items are parsed in this process: starting workers costs more than it saves."""
MAX_FILE_NAME = 4096
"""Longest ``str`` item checked for naming a file (PATH_MAX on Linux)."""
PROGRESS_DELAY = 1.0
"""Seconds before an automatic progress bar appears, so short runs print nothing."""
INSTALL_HINT = "pip install 'govdisclosure[progress]'"


@attrs.frozen(kw_only=True)
class ParseFailure:
    """Why an item could not be parsed: the exception's class name and its message.

    >>> ParseFailure(kind="FileNotFoundError", message="no such file: a.txt")
    ParseFailure(kind='FileNotFoundError', message='no such file: a.txt')
    """

    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"

    @classmethod
    def from_exception(cls, error: BaseException) -> ParseFailure:
        """The failure an exception describes."""
        return cls(kind=type(error).__name__, message=str(error))


@attrs.frozen(kw_only=True)
class ParseResult:
    """The outcome for one item of a batch: its position, its path (for files) and a report or a failure."""

    index: int
    """The item's position in the input."""
    path: str | None = None
    """The file the item was read from; ``None`` for texts and bytes."""
    report: AnnualReport | None = None
    error: ParseFailure | None = None

    @property
    def ok(self) -> bool:
        """Whether the item was parsed."""
        return self.report is not None

    def to_record(self) -> dict[str, object]:
        """``path``, ``error`` and the report's flat record (every key ``None`` for a failure)."""
        from govdisclosure.record import RECORD_KEYS  # noqa: PLC0415 - only batch users need the record

        head: dict[str, object] = {"path": self.path, "error": str(self.error) if self.error else None}
        body = self.report.to_record() if self.report is not None else dict.fromkeys(RECORD_KEYS)
        return head | body


def parse_many(items: Iterable[Item], workers: int | None = None, *, chunksize: int | None = None,
               progress: Progress = None) -> list[ParseResult]:
    """Parse every item, on every core; one ``ParseResult`` per item, in input order.

    - ``items``: texts (``str``), bytes, or files (``pathlib.Path``). Bytes and files are decoded
      by ``govdisclosure``'s input readers (encoding detected); a file that cannot be read or
      decoded gives a result whose ``error`` says why, and the batch goes on.
    - ``workers``: processes that parse, this one included (a pool of ``workers - 1`` is started);
      ``None`` means every available core, ``1`` this process only.
    - ``chunksize``: items sent to a worker at a time (default: up to ``MAX_CHUNK``, fewer towards
      the end of an input of known length, so that no process waits long for another's last chunk).
    - ``progress``: ``None`` shows a bar (tqdm, the ``[progress]`` extra) on runs longer than a
      second when the session is interactive (a terminal or a notebook); ``True`` or ``False``
      force it on or off; a callable is called as ``progress(done, total)`` after each chunk
      (``total`` is ``None`` when ``items`` has no length).

    ``iter_parse_many`` does the same lazily, for inputs too large to hold their reports in memory.

    >>> [r.report.metadata.year.value for r in parse_many(["2019年度报告", "2020年度报告"], workers=1)]
    [2019, 2020]
    """
    return list(iter_parse_many(items, workers, chunksize=chunksize, progress=progress))


def iter_parse_many(items: Iterable[Item], workers: int | None = None, *, chunksize: int | None = None,
                    progress: Progress = None) -> Iterator[ParseResult]:
    """``parse_many`` as an iterator: results are yielded in input order as they are ready.

    Items are read from ``items`` only as workers need them, so a generator over millions of files
    works in constant memory. Closing the iterator early stops the workers.
    """
    return map_parsed(_same, items, workers, chunksize=chunksize, progress=progress)


def map_parsed(function: Callable[[ParseResult], T], items: Iterable[Item], workers: int | None = None, *,
               chunksize: int | None = None, progress: Progress = None) -> Iterator[T]:
    """``iter_parse_many``, with ``function`` applied to each result in the process that parsed it.

    Only what ``function`` returns travels back from the workers, which is much cheaper than a
    whole report when a record is all that is needed (the command line writes records this way).
    ``function`` must be picklable: a module-level function, or a ``functools.partial`` of one.
    """
    total = len(items) if isinstance(items, Sized) else None
    workers = _worker_count(workers, total)
    if chunksize is not None and chunksize < 1:
        msg = f"chunksize must be at least 1, got {chunksize}"
        raise ValueError(msg)
    sizes = itertools.repeat(chunksize) if chunksize is not None else _chunk_sizes(total, workers)
    return _iterate(_chunks(items, sizes), function, workers, progress, total)


def _same(result: ParseResult) -> ParseResult:
    return result


def _iterate(chunks: Iterator[_Chunk], function: Callable[[ParseResult], T], workers: int, progress: Progress,
             total: int | None) -> Iterator[T]:
    with _progress_bar(progress, total) as advance:
        batches: Iterator[list[T]]
        if workers == 1:
            batches = (_work(chunk, function) for chunk in chunks)
        else:
            batches = _parse_in_pool(chunks, function, workers)
        for batch in batches:
            yield from batch
            advance(len(batch))


# --- reading one item ----------------------------------------------------------------------------


def read_report(item: Item) -> AnnualReport:
    """Parse one item of any accepted kind; raises what reading or decoding raises."""
    if isinstance(item, str):
        return parse(item)
    if isinstance(item, bytes | bytearray):
        return parse_bytes(bytes(item))
    return parse_file(Path(item))


def _path_of(item: Item) -> str | None:
    return os.fspath(item) if isinstance(item, os.PathLike) else None


def _parse_item(index: int, item: Item) -> ParseResult:
    path = _path_of(item)
    try:
        report = read_report(item)
    except Exception as error:  # noqa: BLE001 - one bad item must not stop the batch; it is reported
        return ParseResult(index=index, path=path, error=ParseFailure.from_exception(error))
    return ParseResult(index=index, path=path, report=report)


def _work(chunk: _Chunk, function: Callable[[ParseResult], T]) -> list[T]:
    with _gc_paused():
        return [function(_parse_item(index, item)) for index, item in chunk]


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused for the work on one chunk.

    A chunk's reports are thousands of small acyclic objects that stay alive until the chunk is
    sent or yielded; collections triggered meanwhile scan them again and again. Pausing saved a
    seventh of the parse and a third of the pickling in the workers, and made unpickling in the
    calling process three times faster. Garbage with cycles made meanwhile is collected after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _work_packed(chunk: _Chunk, function: Callable[[ParseResult], T]) -> bytes:
    """The worker function (module-level, so every process start method finds it).

    It returns the results already pickled. The pool unpickles results in its manager thread and,
    while that thread is busy, workers block on a full pipe; bytes cross without that wait, and
    ``_unpack`` rebuilds the reports in the consuming thread instead.
    """
    import pickle  # noqa: PLC0415 - only worker processes need it

    with _gc_paused():  # the results are dropped before it ends: no collection scans them
        return pickle.dumps(_work(chunk, function), protocol=pickle.HIGHEST_PROTOCOL)


def _start_worker() -> None:
    """Leave what a worker inherits from the calling process out of the worker's collections.

    With ``fork`` a worker starts with a copy of the caller's objects (its data frames, a loaded
    dictionary…); a full collection in the worker would scan them all and, by touching them, copy
    their memory pages. ``gc.freeze()`` is what the ``gc`` documentation advises for this case.
    """
    gc.freeze()


def _unpack(data: bytes) -> list[Any]:
    """Unpickle a worker's results (the caller, ``_parse_in_pool``, has the garbage collector paused)."""
    import pickle  # noqa: PLC0415 - keeps `import govdisclosure` light

    results: list[Any] = pickle.loads(data)  # noqa: S301 - bytes from our own worker processes
    return results


# --- chunks and processes ----------------------------------------------------------------------------


def _available_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # pragma: no cover - platforms without affinity masks


def _worker_count(workers: int | None, total: int | None) -> int:
    if workers is not None and workers < 1:
        msg = f"workers must be at least 1 (or None for every core), got {workers}"
        raise ValueError(msg)
    count = workers if workers is not None else _available_cores()
    if total is not None:
        if workers is None and total < MIN_PARALLEL_ITEMS:
            return 1
        count = min(count, max(total, 1))
    return count


def _chunk_sizes(total: int | None, workers: int) -> Iterator[int]:
    """The size of each chunk in turn: ``MAX_CHUNK``, then smaller as the end of a known total nears.

    Each chunk is at most the items left over ``workers * TASKS_PER_WORKER`` ("guided" scheduling),
    so the last chunks are short and no process waits long at the end for another's last chunk.
    """
    if total is None:
        yield from itertools.repeat(MAX_CHUNK)
        return
    left = total
    while True:
        size = max(1, min(MAX_CHUNK, -(-left // (workers * TASKS_PER_WORKER))))
        left -= size
        yield size


def _chunks(items: Iterable[Item], sizes: Iterator[int]) -> Iterator[_Chunk]:
    numbered = enumerate(items)
    warned = False
    while chunk := list(itertools.islice(numbered, next(sizes))):
        for index, item in chunk:
            if not isinstance(item, str | bytes | bytearray | os.PathLike):
                msg = (f"parse_many() takes texts (str), bytes or paths (os.PathLike); "
                       f"item {index} is {type(item).__name__}")
                raise TypeError(msg)
            if not warned and isinstance(item, str) and _names_a_file(item):
                warned = True
                warnings.warn(f"parse_many(): item {index} ({item!r}) is a str that names a file; a str is parsed "
                              f"as the text of a report, so wrap file names in pathlib.Path "
                              f"(e.g. map(Path, glob.glob(...)))", UserWarning, stacklevel=_caller_level())
        yield chunk


def _caller_level() -> int:
    """The ``stacklevel`` of the first caller outside this module, so that a warning points at the user's line."""
    frame, level = sys._getframe(1), 1  # noqa: SLF001 - the stdlib's own way to walk the stack
    while frame.f_back is not None and frame.f_globals.get("__name__") == __name__:
        frame, level = frame.f_back, level + 1
    return level


def _names_a_file(text: str) -> bool:
    """Whether a text is, most likely, a file name passed by mistake (one short line naming a file)."""
    if not text or len(text) > MAX_FILE_NAME or "\n" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # a NUL character, a name too long for the system
        return False


def _dead_worker(index: int, item: Item) -> ParseResult:
    failure = ParseFailure(kind="BrokenProcessPool",
                           message="the worker process died while parsing this item (killed, out of memory or crashed)")
    return ParseResult(index=index, path=_path_of(item), error=failure)


@attrs.define(eq=False)
class _Task(Generic[T]):
    """A chunk on its way: in the pool (``future``), parsed here (``results``), or to go ``alone``.

    A chunk goes ``alone`` after the pool broke while it was in flight: its one item is then sent to
    the pool by itself when its turn comes, so that an item that kills a worker is found.
    """

    chunk: _Chunk
    future: Future[bytes] | None = None
    alone: bool = False
    results: list[T] = attrs.Factory(list)

    @property
    def here(self) -> bool:
        """Whether this process parses the chunk."""
        return self.future is None and not self.alone

    @property
    def unfinished(self) -> bool:
        return self.here and len(self.results) < len(self.chunk)


def _parse_in_pool(chunks: Iterator[_Chunk], function: Callable[[ParseResult], T],
                   workers: int) -> Iterator[list[T]]:
    """Chunks parsed by ``workers - 1`` processes and by this one, yielded in order (see ``_Schedule``)."""
    schedule = _Schedule(chunks, function, workers)
    try:
        while True:
            with _gc_paused():  # as in ``_work``: for this process's chunks and for unpickling the pool's
                batch = schedule.next_batch()
            if batch is None:
                return
            yield batch
    finally:
        schedule.close()


class _Schedule(Generic[T]):
    """Chunks parsed by a pool of ``workers - 1`` processes and by this one, in order; survives workers that die.

    This process unpickles what the pool sends back and, whenever the next result in order is not
    ready, parses items itself instead of waiting. Its own chunks are never pickled, and the
    processes busy at once never outnumber ``workers``.

    When a worker dies, every chunk in the pool is lost with it. Their items are then sent to the
    pool one at a time, so that the item that kills a worker again is the one reported as failed.
    """

    def __init__(self, chunks: Iterator[_Chunk], function: Callable[[ParseResult], T], workers: int) -> None:
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415 - keeps `import govdisclosure` light

        self._broken: type[BaseException] = BrokenProcessPool
        self._size = workers - 1
        self._pool = _start_pool(self._size)
        self._chunks = chunks
        self._function = function
        self._window = self._size * IN_FLIGHT_PER_WORKER
        self._pending: deque[_Task[T]] = deque()
        self._in_pool = 0
        self._alone = 0

    def next_batch(self) -> list[T] | None:
        """The results of the next chunk in order, or ``None`` when every chunk is done."""
        pending = self._pending
        while True:
            while not self._alone and self._in_pool < self._window and (chunk := next(self._chunks, None)):
                pending.append(_Task(chunk, self._submit(chunk)))
                self._in_pool += 1
            if not pending:
                return None
            head = pending[0]
            if head.alone and head.future is None:
                head.future = self._submit(head.chunk)
            if head.future is None:
                if head.unfinished:
                    self._parse_here(head)
                    continue
                return pending.popleft().results
            if not head.future.done() and (task := self._work_here()) is not None:
                self._parse_here(task)
                continue
            try:
                data = head.future.result()
            except self._broken:
                self._pool.shutdown(wait=True)
                self._pool = _start_pool(self._size)
                if head.alone:
                    pending.popleft()
                    self._alone -= 1
                    return [self._function(_dead_worker(*head.chunk[0]))]
                self._pending = pending = deque(_lost_alone(pending))
                self._in_pool, self._alone = 0, sum(task.alone for task in pending)
                continue
            pending.popleft()
            if head.alone:
                self._alone -= 1
            else:
                self._in_pool -= 1
            return _unpack(data)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, chunk: _Chunk) -> Future[bytes]:
        try:
            return self._pool.submit(_work_packed, chunk, self._function)
        except self._broken as error:  # a worker died since the last result: fail like its chunks
            from concurrent.futures import Future  # noqa: PLC0415

            future: Future[bytes] = Future()
            future.set_exception(error)
            return future

    def _work_here(self) -> _Task[T] | None:
        """The chunk to parse an item of while the pool works, if any: one begun here, or a new one.

        A new chunk with an item too large for this process (``_light``) goes to the pool instead.
        """
        task = next((task for task in self._pending if task.unfinished), None)
        while (task is None and not self._alone and len(self._pending) < self._window + AHEAD_HERE
               and (chunk := next(self._chunks, None))):
            if all(_light(item) for _, item in chunk):
                task = _Task(chunk)
                self._pending.append(task)
            else:
                self._pending.append(_Task(chunk, self._submit(chunk)))
                self._in_pool += 1
        return task

    def _parse_here(self, task: _Task[T]) -> None:
        index, item = task.chunk[len(task.results)]
        task.results.append(self._function(_parse_item(index, item)))


def _start_pool(size: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - keeps `import govdisclosure` light

    return ProcessPoolExecutor(size, initializer=_start_worker)


def _light(item: Item) -> bool:
    """Whether the calling process may parse an item: one too small to exhaust its memory.

    Larger items are parsed in the pool, where running out of memory costs only that item.
    """
    if isinstance(item, str | bytes | bytearray):
        return len(item) <= HERE_MAX_SIZE
    try:
        return Path(item).stat().st_size <= HERE_MAX_SIZE
    except (OSError, ValueError):  # unreadable: reading it fails the same way here
        return True


def _lost_alone(pending: Iterable[_Task[T]]) -> Iterator[_Task[T]]:
    """The tasks in order, each chunk that was in the broken pool split into items to go alone."""
    for task in pending:
        if task.future is None:
            yield task
        else:
            yield from (_Task([item], alone=True) for item in task.chunk)


# --- progress ---------------------------------------------------------------------------------------


def _interactive() -> bool:
    """A terminal on stderr, or a Jupyter kernel (whose stderr is no terminal)."""
    stream = sys.stderr
    return (stream is not None and stream.isatty()) or "ipykernel" in sys.modules


def _tqdm_class(*, required: bool) -> Any:
    """``tqdm.auto.tqdm`` (a widget in notebooks, text in terminals), or ``None`` when absent."""
    if importlib.util.find_spec("tqdm") is None:
        if required:
            msg = f"progress=True needs tqdm: {INSTALL_HINT}"
            raise ImportError(msg)
        return None
    with warnings.catch_warnings():  # tqdm.auto warns in notebooks without ipywidgets, then uses text
        warnings.simplefilter("ignore")
        module = importlib.import_module("tqdm.auto")
    return module.tqdm


@contextmanager
def _progress_bar(progress: Progress, total: int | None) -> Iterator[Callable[[int], None]]:
    """A function to call with the number of items just finished."""
    if callable(progress):
        done = 0

        def report(count: int) -> None:
            nonlocal done
            done += count
            progress(done, total)

        yield report
        return
    if progress is False or (progress is None and not _interactive()):
        yield lambda _count: None
        return
    tqdm = _tqdm_class(required=progress is True)
    if tqdm is None:
        yield lambda _count: None
        return
    bar = tqdm(total=total, unit="report", delay=PROGRESS_DELAY if progress is None else 0.0, dynamic_ncols=True)
    try:
        yield bar.update
    finally:
        bar.close()
