"""A report that prints one version's table 二 beside the other version's table 三 (a 2022 report
still printing the 2019 table 二, the format's notice cited in one version and the tables of the
other): each table is read in its own version, every value of both; the report's version is its
table 三's."""

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports, standard_table2_text, table2_record, table2_truths

import govdisclosure as gd

START = "二、主动公开政府信息情况\n"
END = "\n三、收到和处理政府信息公开申请情况"


@given(standard_reports(renderings=("spaces", "tabs", "pipes")), st.data())
@settings(max_examples=60)
def test_each_table_in_its_own_version(case, data):
    text, expected, rendering = case
    version = 2021 if expected["format"] == "standard_2021" else 2019
    other = 2019 if version == 2021 else 2021
    truth = data.draw(table2_truths(other))
    table2 = data.draw(standard_table2_text(truth, other, rendering))
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    text = head + START + table2 + END + tail
    note(text)

    report = gd.parse(text, strict=True)
    record = report.to_record()

    wanted = {k: v for k, v in expected.items() if k.startswith(("table3.", "table4."))}
    wanted.update(table2_record(truth))
    assert {k: record.get(k) for k in wanted} == wanted
    assert record["form"] == expected["format"]  # the layout may say pipe_table; the form is the version
