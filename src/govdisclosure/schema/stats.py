"""The statistics of every national layout, as typed groups.

Every leaf is ``Value[int] | None`` (a count) or ``Value[Decimal] | None`` (money, always in
yuan whatever unit the report printed). ``None`` means the report does not give the value; it is
never 0 by default.

Each leaf's record key is its dotted path (``applications.channel.online``); a field's
``metadata["key"]`` overrides its segment where the published key names are not valid Python
identifiers (``table3.denied.state_secret``). The Chinese labels of every key live in
``govdisclosure.forms``, not here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

import attrs

from govdisclosure.schema.values import Value

if TYPE_CHECKING:
    from attrs import AttrsInstance

__all__ = [
    "Appeals",
    "ApplicationChannels",
    "Applications",
    "Complaints",
    "Consultation",
    "DecisionsRow",
    "DenialReasons",
    "DocumentsRow",
    "Fees",
    "FeesRow",
    "Litigation",
    "Proactive",
    "ProactiveChannels",
    "ProcurementRow",
    "Reconsideration",
    "Response",
    "Staffing",
    "Statistics",
    "Table2",
    "Table3",
    "Table3Row",
    "Table4",
    "Table4Row",
    "Training",
]


def count(doc: str, unit: str = "件", *, key: str | None = None) -> Any:
    """A count field: ``Value[int] | None``, documented for the data dictionary."""
    metadata: dict[str, str] = {"doc": doc, "unit": unit}
    if key is not None:
        metadata["key"] = key
    return attrs.field(default=None, metadata=metadata)


def money(doc: str, *, key: str | None = None) -> Any:
    """An amount of money in yuan: ``Value[Decimal] | None``."""
    return count(doc, "元", key=key)


def group(cls: type[Any], doc: str, *, key: str | None = None) -> Any:
    """A nested group of fields, always present (its leaves may all be ``None``)."""
    metadata: dict[str, str] = {"doc": doc}
    if key is not None:
        metadata["key"] = key
    return attrs.field(factory=cls, metadata=metadata)


class _Group:
    """Shared behaviour of the statistic groups: a repr that shows only what was read."""

    __slots__ = ()

    def __repr__(self) -> str:
        parts = []
        for field in attrs.fields(cast("type[AttrsInstance]", type(self))):
            item = getattr(self, field.name)
            if item is None:
                continue
            if isinstance(item, Value):
                parts.append(f"{field.name}={item.value!r}")
            elif isinstance(item, _Group) and not item.is_empty():
                parts.append(f"{field.name}={item!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def is_empty(self) -> bool:
        """Whether no value of the group (or of its subgroups) was read."""
        for field in attrs.fields(cast("type[AttrsInstance]", type(self))):
            item = getattr(self, field.name)
            if isinstance(item, Value):
                return False
            if isinstance(item, _Group) and not item.is_empty():
                return False
        return True


# --- proactive disclosure ----------------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class ProactiveChannels(_Group):
    """Proactively disclosed items by channel (2014-2018 form, block 一（二）)."""

    gazette: Value[int] | None = count("items disclosed through the government gazette", "条")
    website: Value[int] | None = count("items disclosed on the government website", "条")
    weibo: Value[int] | None = count("items disclosed on government Weibo accounts", "条")
    wechat: Value[int] | None = count("items disclosed on government WeChat accounts", "条")
    other: Value[int] | None = count("items disclosed by other means", "条")


@attrs.frozen(kw_only=True, repr=False)
class Proactive(_Group):
    """Proactive disclosure (主动公开)."""

    total: Value[int] | None = count("items of government information disclosed proactively", "条")
    normative_documents: Value[int] | None = count(
        "normative documents disclosed proactively (pre-2019 forms)", "条")
    normative_documents_issued: Value[int] | None = count(
        "normative documents issued in the year (2014-2018 form)")
    full_text_electronic: Value[int] | None = count(
        "proactively disclosed items available as full electronic text (2008-2013 forms)", "条")
    channel: ProactiveChannels = group(ProactiveChannels, "proactive disclosure by channel")


# --- responses and interpretation (2014-2018) ------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class Response(_Group):
    """Responses to public concerns and policy interpretation (2014-2018 form, block 二)."""

    hot_topics: Value[int] | None = count("public concerns or major opinion events responded to", "次")
    press_conferences: Value[int] | None = count("press conferences held or attended", "次")
    press_conferences_head: Value[int] | None = count(
        "press conferences attended by the principal leader", "次")
    online_interviews: Value[int] | None = count("online interviews on the government website", "次")
    online_interviews_head: Value[int] | None = count(
        "online interviews with the principal leader", "次")
    interpretations: Value[int] | None = count("policy interpretation pieces published", "篇")
    weibo_wechat: Value[int] | None = count("events responded to on Weibo or WeChat", "次")
    other: Value[int] | None = count("events responded to by other means", "次")


# --- applications --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class ApplicationChannels(_Group):
    """Applications by the way they were made (pre-2019 forms)."""

    in_person: Value[int] | None = count("applications made in person")
    fax: Value[int] | None = count("applications made by fax")
    email: Value[int] | None = count("applications made by e-mail (2008-2013 forms)")
    online: Value[int] | None = count("applications made online")
    letter: Value[int] | None = count("applications made by letter")
    letter_or_fax: Value[int] | None = count(
        "applications made by letter or fax, where a form counts them together (Fujian forms)")
    other: Value[int] | None = count("applications made in other ways")


@attrs.frozen(kw_only=True, repr=False)
class DenialReasons(_Group):
    """Reasons given for refusing disclosure (pre-2019 forms).

    ``exempt_1`` … ``exempt_7`` are the numbered exemption ranges (免予公开范围N / 不予公开范围N)
    of the 2008-2013 forms, whose meaning depends on the local rules the report follows.
    """

    state_secret: Value[int] | None = count("involves state secrets")
    commercial_secret: Value[int] | None = count("involves commercial secrets")
    privacy: Value[int] | None = count("involves personal privacy")
    security_stability: Value[int] | None = count(
        "endangers national, public or economic security or social stability")
    not_government_info: Value[int] | None = count("not government information under the rules")
    other_law: Value[int] | None = count("other cases set by laws and regulations")
    not_exist: Value[int] | None = count("the information does not exist (2008-2013 forms)")
    not_held: Value[int] | None = count("the information is not held by this body (2008-2013 forms)")
    unclear: Value[int] | None = count("the application is unclear (2008-2013 forms)")
    exempt_1: Value[int] | None = count("exemption range 1 of the local rules")
    exempt_2: Value[int] | None = count("exemption range 2 of the local rules")
    exempt_3: Value[int] | None = count("exemption range 3 of the local rules")
    exempt_4: Value[int] | None = count("exemption range 4 of the local rules")
    exempt_5: Value[int] | None = count("exemption range 5 of the local rules")
    exempt_6: Value[int] | None = count("exemption range 6 of the local rules")
    exempt_7: Value[int] | None = count("exemption range 7 of the local rules")
    other: Value[int] | None = count("other reasons")


@attrs.frozen(kw_only=True, repr=False)
class Applications(_Group):
    """Applications for disclosure (依申请公开), across all layouts.

    In the 2019 and 2021 formats these are the 总计 column of table 三; ``denied`` is then the
    sum of the 不予公开 rows.
    """

    received: Value[int] | None = count("applications received in the year")
    carried_over: Value[int] | None = count("applications carried over from the previous year")
    carried_forward: Value[int] | None = count("applications carried forward to the next year")
    catalogue_items: Value[int] | None = count(
        "entries in the catalogue of information available on application", "条")
    channel: ApplicationChannels = group(ApplicationChannels, "applications by channel")
    closed: Value[int] | None = count("applications closed")
    closed_on_time: Value[int] | None = count("applications closed within the time limit")
    closed_extended: Value[int] | None = count("applications closed after an extension")
    replied: Value[int] | None = count("applications answered")
    already_public: Value[int] | None = count("answered as already proactively disclosed")
    granted: Value[int] | None = count("disclosure granted")
    partially_granted: Value[int] | None = count("disclosure partially granted")
    denied: Value[int] | None = count("disclosure refused")
    denied_reason: DenialReasons = group(DenialReasons, "refusals by reason")
    not_this_agency: Value[int] | None = count("answered as not this body's information")
    not_exist: Value[int] | None = count("answered as information that does not exist")
    told_to_amend: Value[int] | None = count("applicants told to amend or supplement")
    told_other_route: Value[int] | None = count("applicants told to use another procedure")
    other_replies: Value[int] | None = count("answers of other kinds")


@attrs.frozen(kw_only=True, repr=False)
class Consultation(_Group):
    """Enquiries (咨询情况, 2008-2013 forms)."""

    service_items: Value[int] | None = count("service information items provided", "条")
    online: Value[int] | None = count("online enquiries", "人次")
    on_site: Value[int] | None = count("visitors received on site", "人次")
    phone: Value[int] | None = count("enquiry calls answered", "人次")
    page_views: Value[int] | None = count("page views of the disclosure column", "人次")


# --- review, litigation, complaints --------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class Reconsideration(_Group):
    """Administrative reconsideration (行政复议) over disclosure."""

    total: Value[int] | None = count("applications for administrative reconsideration")
    upheld: Value[int] | None = count("decisions upheld")
    corrected: Value[int] | None = count("decisions corrected")
    other: Value[int] | None = count("other outcomes")
    pending: Value[int] | None = count("cases not yet decided (2019 and 2021 formats)")


@attrs.frozen(kw_only=True, repr=False)
class Litigation(_Group):
    """Administrative litigation (行政诉讼) over disclosure.

    In the 2019 and 2021 formats each value is the sum of the two litigation groups of table 四
    (directly, and after reconsideration).
    """

    total: Value[int] | None = count("administrative lawsuits")
    upheld: Value[int] | None = count("decisions upheld or claims dismissed")
    corrected: Value[int] | None = count("decisions corrected")
    other: Value[int] | None = count("other outcomes")
    pending: Value[int] | None = count("cases not yet decided (2019 and 2021 formats)")


@attrs.frozen(kw_only=True, repr=False)
class Appeals(_Group):
    """Administrative appeals (行政申诉, 2008-2013 forms)."""

    total: Value[int] | None = count("administrative appeals")
    first_handling_unsatisfied: Value[int] | None = count(
        "appeals against this body's first handling")


@attrs.frozen(kw_only=True, repr=False)
class Complaints(_Group):
    """Reports and complaints (举报投诉) about disclosure work."""

    total: Value[int] | None = count("reports and complaints received")


@attrs.frozen(kw_only=True, repr=False)
class Fees(_Group):
    """Fees charged for disclosure on application, in yuan."""

    total_yuan: Value[Decimal] | None = money(
        "fees charged for disclosure on application (万元 amounts converted to yuan)")
    waived_yuan: Value[Decimal] | None = money("fees waived (Fujian forms)")
    cases: Value[int] | None = count("applications charged an information processing fee")


@attrs.frozen(kw_only=True, repr=False)
class Staffing(_Group):
    """Organisation and funding of disclosure work (2014-2018 form, block 八)."""

    units: Value[int] | None = count("dedicated disclosure offices", "个")
    reading_points: Value[int] | None = count("public reading points", "个")
    staff: Value[int] | None = count("staff working on disclosure", "人")
    staff_full_time: Value[int] | None = count("full-time staff", "人")
    staff_part_time: Value[int] | None = count("part-time staff", "人")
    budget_yuan: Value[Decimal] | None = money("dedicated disclosure budget")


@attrs.frozen(kw_only=True, repr=False)
class Training(_Group):
    """Meetings and training (2014-2018 form, block 九)."""

    meetings: Value[int] | None = count("disclosure work meetings held", "次")
    courses: Value[int] | None = count("training courses held", "次")
    trainees: Value[int] | None = count("people trained", "人次")


# --- the standard formats' tables ----------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class DocumentsRow(_Group):
    """A row of table 二's block 第二十条第（一）项 (规章, 规范性文件)."""

    made: Value[int] | None = count("newly made in the year (2019 format)")
    published: Value[int] | None = count("newly published in the year (2019 format)")
    public_total: Value[int] | None = count("total publicly available (2019 format)")
    issued: Value[int] | None = count("issued in the year (2021 format)")
    repealed: Value[int] | None = count("repealed in the year (2021 format)")
    in_force: Value[int] | None = count("currently in force (2021 format)")


@attrs.frozen(kw_only=True, repr=False)
class DecisionsRow(_Group):
    """A row of table 二's blocks （五） and （六） (许可, 处罚, 强制 …)."""

    items_prev_year: Value[int] | None = count("items in the previous year (2019 format)", "项")
    items_change: Value[int] | None = count("change in items this year (2019 format)", "项")
    decisions: Value[int] | None = count("decisions made in the year")


@attrs.frozen(kw_only=True, repr=False)
class FeesRow(_Group):
    """Table 二's row 行政事业性收费 (block （八）)."""

    items_prev_year: Value[int] | None = count("fee items in the previous year (2019 format)", "项")
    items_change: Value[int] | None = count("change in fee items this year (2019 format)", "项")
    amount_yuan: Value[Decimal] | None = money("fees collected in the year (2021 format, printed in 万元)")


@attrs.frozen(kw_only=True, repr=False)
class ProcurementRow(_Group):
    """Table 二's row 政府集中采购 (block （九）, 2019 format only)."""

    projects: Value[int] | None = count("centralised procurement projects", "个")
    amount_yuan: Value[Decimal] | None = money("total amount of centralised procurement")


@attrs.frozen(kw_only=True, repr=False)
class Table2(_Group):
    """Table 二 of the 2019 and 2021 formats: proactive disclosure by item of 条例 第二十条."""

    regulations: DocumentsRow = group(DocumentsRow, "规章")
    normative_documents: DocumentsRow = group(DocumentsRow, "规范性文件 / 行政规范性文件")
    licensing: DecisionsRow = group(DecisionsRow, "行政许可")
    other_services: DecisionsRow = group(DecisionsRow, "其他对外管理服务事项 (2019 format)")
    penalty: DecisionsRow = group(DecisionsRow, "行政处罚")
    coercion: DecisionsRow = group(DecisionsRow, "行政强制")
    admin_fees: FeesRow = group(FeesRow, "行政事业性收费")
    central_procurement: ProcurementRow = group(ProcurementRow, "政府集中采购 (2019 format)")


@attrs.frozen(kw_only=True, repr=False)
class Table3Row(_Group):
    """One row of table 三: the counts by type of applicant."""

    natural_person: Value[int] | None = count("natural persons (自然人)")
    commercial: Value[int] | None = count("commercial enterprises (商业企业)")
    research: Value[int] | None = count("research institutions (科研机构)")
    social_welfare: Value[int] | None = count("social welfare organisations (社会公益组织)")
    legal_services: Value[int] | None = count("legal service institutions (法律服务机构)")
    other_org: Value[int] | None = count("other legal persons or organisations (其他)")
    org_subtotal: Value[int] | None = count(
        "subtotal of legal persons and organisations, where a report prints one")
    total: Value[int] | None = count("total (总计)")


def _row(doc: str, key: str | None = None) -> Any:
    return group(Table3Row, doc, key=key)


@attrs.frozen(kw_only=True, repr=False)
class Table3(_Group):
    """Table 三 of the 2019 and 2021 formats: applications received and how they were handled."""

    received: Table3Row = _row("new applications received in the year")
    carried_over: Table3Row = _row("applications carried over from the previous year")
    granted: Table3Row = _row("（一）予以公开: disclosed")
    partial: Table3Row = _row("（二）部分公开: partly disclosed")
    denied_state_secret: Table3Row = _row("（三）1 refused: state secret", "denied.state_secret")
    denied_law_forbidden: Table3Row = _row(
        "（三）2 refused: forbidden by other laws and regulations", "denied.law_forbidden")
    denied_security_stability: Table3Row = _row(
        "（三）3 refused: endangers security and stability", "denied.security_stability")
    denied_third_party: Table3Row = _row(
        "（三）4 refused: protects a third party's rights", "denied.third_party")
    denied_internal_affairs: Table3Row = _row(
        "（三）5 refused: internal affairs information", "denied.internal_affairs")
    denied_process_info: Table3Row = _row(
        "（三）6 refused: process information", "denied.process_info")
    denied_law_enforcement_files: Table3Row = _row(
        "（三）7 refused: administrative enforcement files", "denied.law_enforcement_files")
    denied_admin_query: Table3Row = _row(
        "（三）8 refused: administrative query matter", "denied.admin_query")
    unable_not_held: Table3Row = _row(
        "（四）1 unable: not held by this body", "unable.not_held")
    unable_need_create: Table3Row = _row(
        "（四）2 unable: would have to be newly made", "unable.need_create")
    unable_unclear: Table3Row = _row(
        "（四）3 unable: still unclear after correction", "unable.unclear")
    not_processed_complaint: Table3Row = _row(
        "（五）1 not processed: petitions, reports, complaints", "not_processed.complaint")
    not_processed_duplicate: Table3Row = _row(
        "（五）2 not processed: repeated application", "not_processed.duplicate")
    not_processed_publication: Table3Row = _row(
        "（五）3 not processed: asks for a publication", "not_processed.publication")
    not_processed_mass_repeat: Table3Row = _row(
        "（五）4 not processed: mass repeated applications", "not_processed.mass_repeat")
    not_processed_confirm: Table3Row = _row(
        "（五）5 not processed: asks to confirm or reissue information", "not_processed.confirm")
    other_overdue_correction: Table3Row = _row(
        "（六）1 other: no correction in time (2021 format)", "other.overdue_correction")
    other_overdue_fee: Table3Row = _row(
        "（六）2 other: fee not paid in time (2021 format)", "other.overdue_fee")
    other_other: Table3Row = _row("（六）3 other: other (2021 format)", "other.other")
    other: Table3Row = _row("（六）其他处理 (the single row of the 2019 format, or a printed subtotal)")
    total: Table3Row = _row("（七）总计: all handled")
    carried_forward: Table3Row = _row("applications carried forward to the next year")


@attrs.frozen(kw_only=True, repr=False)
class Table4Row(_Group):
    """One group of table 四: outcomes of reconsideration or litigation cases."""

    upheld: Value[int] | None = count("结果维持: upheld")
    corrected: Value[int] | None = count("结果纠正: corrected")
    other: Value[int] | None = count("其他结果: other outcome")
    pending: Value[int] | None = count("尚未审结: not yet decided")
    total: Value[int] | None = count("总计: total")


@attrs.frozen(kw_only=True, repr=False)
class Table4(_Group):
    """Table 四 of the 2019 and 2021 formats: reconsideration and litigation over disclosure."""

    reconsideration: Table4Row = group(Table4Row, "行政复议")
    litigation_direct: Table4Row = group(Table4Row, "行政诉讼, 未经复议直接起诉")
    litigation_after_review: Table4Row = group(Table4Row, "行政诉讼, 复议后起诉")


# --- everything --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class Statistics(_Group):
    """Every statistic a report can state, in every national layout."""

    proactive: Proactive = group(Proactive, "proactive disclosure")
    response: Response = group(Response, "responses and policy interpretation")
    applications: Applications = group(Applications, "applications for disclosure")
    consultation: Consultation = group(Consultation, "enquiries")
    reconsideration: Reconsideration = group(Reconsideration, "administrative reconsideration")
    litigation: Litigation = group(Litigation, "administrative litigation")
    appeals: Appeals = group(Appeals, "administrative appeals")
    complaints: Complaints = group(Complaints, "reports and complaints")
    fees: Fees = group(Fees, "fees")
    staffing: Staffing = group(Staffing, "organisation and funding")
    training: Training = group(Training, "meetings and training")
    table2: Table2 = group(Table2, "table 二 of the 2019 and 2021 formats")
    table3: Table3 = group(Table3, "table 三 of the 2019 and 2021 formats")
    table4: Table4 = group(Table4, "table 四 of the 2019 and 2021 formats")
