"""Table 三 printed with a 法人或其他组织 小计 column (eight value columns) is read whether its header
names the column or was lost: with the header gone, rows of eight numbers whose seventh is the sum
of the five kinds of organisation and whose eighth is the total say so themselves."""

import regex
from hypothesis import assume, given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports

import govdisclosure as gd

START = "三、收到和处理政府信息公开申请情况\n"
END = "\n四、政府信息公开行政复议"
_NUMBER = regex.compile(r"(?<![\d.])\d+(?![\d.])")


def with_subtotal(table: str, rendering: str, header: bool) -> str:
    """``table`` with each row's 小计 after its 其他 cell; the header kept (naming 小计) or left out."""
    separator = "\t" if rendering == "tabs" else " "
    lines = []
    for line in table.split("\n"):
        if "商业企业" in line or "自然人" in line or line == "申请人情况" or line.startswith("（本列"):
            if header:
                lines.append(line.replace("其他", f"其他{separator}小计") if "商业企业" in line else line)
            continue
        numbers = list(_NUMBER.finditer(line))
        if len(numbers) >= 7:
            cells = [m.group() for m in numbers[-7:]]
            subtotal = str(sum(int(c) for c in cells[1:6]))
            lines.append(line[: numbers[-7].start()] + separator.join([*cells[:6], subtotal, cells[6]]))
        else:
            lines.append(line)
    return "\n".join(lines)


@given(standard_reports(renderings=("spaces", "tabs")), st.booleans())
@settings(max_examples=60)
def test_a_subtotal_column_with_or_without_its_header(case, header):
    text, expected, rendering = case
    head, rest = text.split(START, 1)
    table, tail = rest.split(END, 1)
    assume("\t\t" not in table)  # blank cells: no row of numbers to add a 小计 to
    text = head + START + with_subtotal(table, rendering, header) + END + tail
    note(text)

    record = gd.parse(text, strict=True).to_record()

    wanted = {k: v for k, v in expected.items() if k.startswith("table3.")}
    assert {k: record.get(k) for k in wanted} == wanted
