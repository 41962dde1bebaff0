"""Section topics from headings: plain patterns against jieba word segmentation; and the narrative
extractor's time per report.

    python benchmarks/bench_narrative.py [CORPUS_DIR]

Prints, for the patterns of ``govdisclosure.sentences.heading_topics`` and for two jieba
set-ups (the default dictionary with the topic words added, and an own ``jieba.Tokenizer`` over a
small dictionary of the topic words only; HMM off so that no word is invented):

- the cost: importing jieba (in a fresh process), building the tokenizer, the first call, and the
  time per heading;
- the accuracy (exact set of topics) on the hand-written headings below;
- with a corpus directory, the agreement of each jieba set-up with the patterns on the headings of
  its ``.txt`` files, the headings where they differ (to judge by hand), and the narrative
  extractor's milliseconds per report.

A heading's topics from words: every token that is a topic word of ``forms.sections.TOPIC_WORDS``
gives its topic.
"""

from __future__ import annotations

import logging
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from govdisclosure import Topic
from govdisclosure.extractors.narrative import NarrativeExtractor
from govdisclosure.forms.sections import TOPIC_WORDS
from govdisclosure.sentences import heading_topics
from govdisclosure.source import SourceText
from govdisclosure.structure import Document

P, A, R, F, C = Topic.PROACTIVE, Topic.APPLICATIONS, Topic.REVIEW_LITIGATION, Topic.FEES, Topic.COMPLAINTS

# Headings as reports write them, with the topics a reader gives them (written for this benchmark).
HEADINGS: tuple[tuple[str, set[Topic]], ...] = (
    ("主动公开政府信息情况", {P}),
    ("主动公开政府信息的情况", {P}),
    ("政府信息主动公开情况", {P}),
    ("加强主动公开工作", {P}),
    ("依申请公开政府信息情况", {A}),
    ("依申请公开政府信息和不予公开政府信息的情况", {A}),
    ("政府信息公开申请办理情况", {A}),
    ("收到和处理政府信息公开申请情况", {A}),
    ("行政机关收到和处理政府信息公开申请情况", {A}),
    ("申请情况", {A}),
    ("申请处理情况", {A}),
    ("扎实做好依申请公开工作", {A}),
    ("因政府信息公开申请行政复议、提起行政诉讼的情况", {R}),
    ("因政府信息公开工作被申请行政复议、提起行政诉讼情况", {R}),
    ("政府信息公开行政复议、行政诉讼情况", {R}),
    ("行政复议和行政诉讼情况", {R}),
    ("复议、诉讼和申诉情况", {R}),
    ("政府信息公开的收费及减免情况", {F}),
    ("依申请公开信息收费情况", {F}),
    ("收费及减免情况", {F}),
    ("依申请公开、行政复议和行政诉讼情况", {A, R}),
    ("因政府信息公开引起的举报、投诉及行政复议、行政诉讼情况", {C, R}),
    ("行政复议诉讼和举报投诉情况", {R, C}),
    ("举报投诉情况", {C}),
    ("咨询处理情况", {Topic.CONSULTATION}),
    ("回应解读情况", {Topic.RESPONSE}),
    ("政策解读和回应社会关切情况", {Topic.RESPONSE}),
    ("存在的主要问题及改进情况", {Topic.PROBLEMS}),
    ("存在的主要问题和改进措施", {Topic.PROBLEMS, Topic.PLANS}),
    ("下一步工作打算", {Topic.PLANS}),
    ("下步工作计划", {Topic.PLANS}),
    ("其他需要报告的事项", {Topic.OTHER}),
    ("政府信息公开平台建设情况", {Topic.PLATFORMS}),
    ("丰富公开形式，拓展公开渠道", {Topic.PLATFORMS}),
    ("监督保障方面", {Topic.SUPERVISION}),
    ("强化领导，完善机构", {Topic.ORGANISATION}),
    ("概述", {Topic.OVERVIEW}),
    ("总体情况", {Topic.OVERVIEW}),
    ("政府信息公开情况统计表", {Topic.STATISTICS}),
    ("机构建设和保障经费情况", {Topic.ORGANISATION, Topic.SUPERVISION}),
    ("政府信息公开会议和培训情况", {Topic.ORGANISATION}),
    ("做好政策文件解读及各类政府信息公开工作", {Topic.RESPONSE}),
    ("推进行政审批信息公开", set()),
    ("突出重点，狠抓落实", set()),
    ("落实减免税政策信息公开", set()),
    ("完善投诉处理机制", {C, Topic.ORGANISATION}),
    ("“内外”结合，拓展渠道", {Topic.PLATFORMS}),
)

TOPIC_OF_WORD = {word: topic for topic, words in reversed(TOPIC_WORDS) for word in words}


def _best(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _import_cost() -> float:
    """Seconds to import jieba in a fresh interpreter (the import alone, timed inside the child)."""
    code = "import time; s = time.perf_counter(); import jieba; print(time.perf_counter() - s)"

    def child() -> float:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        return float(out.stdout.strip())

    return min(child() for _ in range(3))


def _tokenizers(workdir: Path) -> dict[str, Callable[[str], set[Topic]]]:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    default = jieba.Tokenizer()
    default.tmp_dir = str(workdir)
    start = time.perf_counter()
    default.initialize()
    for word in TOPIC_OF_WORD:
        default.add_word(word, freq=100_000)
    print(f"  jieba default dictionary + topic words: initialise {1000 * (time.perf_counter() - start):.0f} ms")
    small_dictionary = workdir / "topics.txt"
    small_dictionary.write_text("".join(f"{word} 100000\n" for word in TOPIC_OF_WORD), encoding="utf-8")
    small = jieba.Tokenizer(dictionary=str(small_dictionary))
    small.tmp_dir = str(workdir)
    start = time.perf_counter()
    small.initialize()
    print(f"  jieba own tokenizer over the topic words: initialise {1000 * (time.perf_counter() - start):.1f} ms")

    def topics_by(tokenizer: jieba.Tokenizer) -> Callable[[str], set[Topic]]:
        return lambda title: {TOPIC_OF_WORD[w] for w in tokenizer.lcut(title, HMM=False) if w in TOPIC_OF_WORD}

    uncached = heading_topics.__wrapped__  # time the patterns themselves, not the cache in front of them
    return {"patterns": lambda title: set(uncached(title)), "jieba-default": topics_by(default),
            "jieba-small": topics_by(small)}


def _corpus_headings(corpus: Path) -> list[str]:
    titles: list[str] = []
    for path in sorted(corpus.glob("*.txt")):
        document = Document(SourceText(path.read_text(encoding="utf-8")))
        titles.extend(section.title for top in document.sections for section in top.walk())
    return titles


def _extractor_times(corpus: Path) -> None:
    extractor = NarrativeExtractor()
    times = []
    sizes = []
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        document = Document(SourceText(text))
        _ = document.sections, document.table_zones, document.year_hint
        detection = extractor.detect(document)
        assert detection is not None
        times.append(_best(lambda d=document, x=detection: extractor.extract(d, x), repeat=20))
        sizes.append(len(text.encode("utf-8")))
    per_10kb = [t / s * 10_240 for t, s in zip(times, sizes, strict=True)]
    print(f"narrative extractor: median {1000 * statistics.median(times):.2f} ms per report "
          f"(max {1000 * max(times):.2f}); {1000 * statistics.median(per_10kb):.2f} ms per 10 KB")


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print(f"import jieba (fresh process): {1000 * _import_cost():.0f} ms")
    with tempfile.TemporaryDirectory() as workdir:
        methods = _tokenizers(Path(workdir))
        titles = [title for title, _ in HEADINGS]
        for name, topics in methods.items():
            first = time.perf_counter()
            topics(titles[0])
            first = time.perf_counter() - first
            per = _best(lambda t=topics: [t(title) for title in titles]) / len(titles)
            right = sum(topics(title) == expected for title, expected in HEADINGS)
            print(f"{name:14s} first call {1e6 * first:8.1f} us, {1e6 * per:6.1f} us per heading, "
                  f"grammar accuracy {right}/{len(HEADINGS)}")
            for title, expected in HEADINGS:
                if topics(title) != expected:
                    print(f"    {title}: {sorted(t.value for t in topics(title))} "
                          f"(want {sorted(t.value for t in expected)})")
        if corpus is not None:
            found = _corpus_headings(corpus)
            print(f"corpus headings: {len(found)}")
            for name, topics in methods.items():
                if name == "patterns":
                    continue
                differ = [title for title in found if topics(title) != methods["patterns"](title)]
                print(f"  {name} agrees with patterns on {len(found) - len(differ)}/{len(found)}")
                for title in differ:
                    print(f"    {title[:30]}: patterns {sorted(t.value for t in methods['patterns'](title))}, "
                          f"{name} {sorted(t.value for t in topics(title))}")
    if corpus is not None:
        _extractor_times(corpus)


if __name__ == "__main__":
    main()
