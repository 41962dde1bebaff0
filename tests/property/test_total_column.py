"""Table 三 printed with its 总计 column only (a simplified table, or a conversion that kept only
that column's numbers, the others blank): each row prints one number, read as its total where the
totals satisfy the table's identities across rows (``GD225``); its other cells stay empty. A number
that breaks the identities (a page number in place of a row's total) leaves the rows unread."""

import regex
from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports

import govdisclosure as gd

START = "三、收到和处理政府信息公开申请情况\n"
END = "\n四、政府信息公开行政复议"
_NUMBER = regex.compile(r"(?<![\d.])\d+(?![\d.])")


def total_column(table: str, rendering: str) -> str:
    """``table`` (rows of seven numbers) with only the last number of each row, the header gone."""
    lines = []
    for line in table.split("\n"):
        if "自然人" in line or "商业企业" in line:
            continue
        numbers = list(_NUMBER.finditer(line))
        if len(numbers) >= 7:
            label = line[: numbers[-7].start()].rstrip(" |\t")
            total = numbers[-1].group()
            lines.append({"spaces": f"{label}  {total}", "tabs": f"{label}\t{total}",
                          "pipes": f"{label} | {total} |", "lines": f"{label}\n{total}"}[rendering])
        else:
            lines.append(line)
    return "\n".join(lines)


@given(standard_reports(renderings=("spaces",)), st.sampled_from(["spaces", "tabs", "pipes", "lines"]),
       st.booleans())
@settings(max_examples=60)
def test_rows_with_only_their_total(case, rendering, page_number):
    text, expected, _ = case
    head, rest = text.split(START, 1)
    table, tail = rest.split(END, 1)
    table = total_column(table, rendering)
    if page_number:  # a row's total replaced by a page number that breaks the sums
        table = _NUMBER.sub(lambda m: str(int(m.group()) + 1000), table, count=1)
    text = head + START + table + END + tail
    note(text)

    record = gd.parse(text, strict=True).to_record()

    totals = {k: v for k, v in expected.items() if k.startswith("table3.") and k.endswith(".total")}
    parts = [k for k in expected if k.startswith("table3.") and not k.endswith(".total")]
    if page_number:
        assert all(record.get(k) is None for k in totals)
    else:
        assert {k: record.get(k) for k in totals} == totals
    assert all(record.get(k) is None for k in parts)
