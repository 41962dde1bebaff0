"""Pre-2019 forms with more than one value column. Beside the year's total (本年累计) a period's
figure (本期实际) is not the year's; columns that split each figure by level (区政府统计数,
区直单位统计数, 乡镇街道统计数) or print two years side by side hold no year's figure for the whole
body, and nothing of them is read (``GD227``), rather than the last column's figure."""

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import form_truths, header_text, metadata_truths, stats_record, wrong_values

import govdisclosure as gd
from govdisclosure.forms import NATIONAL_2014, SHANGHAI_MODEL
from govdisclosure.forms.model import RowKind

_SCHEMES = {
    "period": (("本期实际", "本年累计"), ("本期", "本年累计"), ("本期数", "全年累计")),
    "parallel": (("区政府统计数", "区直单位统计数", "乡镇街道统计数"), ("市本级", "县区")),
    "years": ((), ),
}


@st.composite
def multi_column_reports(draw):
    """``(text, expected record values, scheme)``: a form whose rows print two or three numbers."""
    table = draw(st.sampled_from([NATIONAL_2014, SHANGHAI_MODEL]))
    meta = draw(metadata_truths((2009, 2018)))
    truth = {k: v for k, v in draw(form_truths(table)).items() if not isinstance(v, float)}
    scheme = draw(st.sampled_from(sorted(_SCHEMES)))
    heads = draw(st.sampled_from(_SCHEMES[scheme]))
    if scheme == "years":
        heads = (f"{meta['year']}年", f"{meta['year'] - 1}年")
    if scheme == "parallel" and len(heads) == 2:  # 市本级 / 县区 name no value column: add the form's words
        heads = tuple(f"{head}统计数" for head in heads)
    sep = draw(st.sampled_from(["\t", " | ", "  "]))
    lines = [draw(header_text(meta)), "附表：政府信息公开情况统计表", sep.join(["统计指标", "单位", *heads])]
    for row in table.rows:
        if row.kind is RowKind.GROUP or row.key is None:
            lines.append(row.labels[0])
            continue
        value = truth.get(row.key)
        if value is None:
            continue
        if scheme == "period":
            numbers = [draw(st.integers(0, value)), value]
        else:
            numbers = [value if scheme == "years" else draw(st.integers(0, 300)),
                       *(draw(st.integers(0, 300)) for _ in heads[1:])]
        lines.append(sep.join([row.labels[0], row.unit or "条", *map(str, numbers)]))
    lines.append("单位负责人：张某 审核人：李某 填报人：王某")
    expected = {k: v for k, v in stats_record(truth).items() if k in {r.key for r in table.rows}}
    return "\n".join(lines), expected, scheme


@given(multi_column_reports())
@settings(max_examples=80)
def test_only_the_years_total_is_read(case):
    text, expected, scheme = case
    note(text)

    report = gd.parse(text)
    record = report.to_record()

    if scheme == "period":
        assert wrong_values(record, expected) == []
        assert any(d.code == "GD209" for d in report.diagnostics)
    else:
        assert {k: record[k] for k in expected if record.get(k) is not None} == {}
        assert any(d.code == "GD227" for d in report.diagnostics)
