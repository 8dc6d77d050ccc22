"""Which report a work order gets, by its type: the rule written once.

The report kind decides who signs (domain/signatures.py), what the report holds and
its title; the signatures tab, report export, the summary read before signing and the
demo all ask here.
"""

from __future__ import annotations

from types import MappingProxyType

from app.domain.enums import ReportKind, WorkOrderType

T = WorkOrderType

REPORT_KIND_OF_TYPE = MappingProxyType(
    {
        T.REPAIR: ReportKind.SERVICE,
        T.UPGRADE: ReportKind.SERVICE,
        T.INSPECTION: ReportKind.INSPECTION,
        T.PREVENTIVE_MAINTENANCE: ReportKind.INSPECTION,
        T.INSTALLATION: ReportKind.INSTALLATION,
        T.COMMISSIONING: ReportKind.INSTALLATION,
        T.ACCEPTANCE: ReportKind.ACCEPTANCE,
        T.TRAINING: ReportKind.TRAINING,
    }
)


def report_kind_of(work_order_type: WorkOrderType) -> ReportKind:
    """The report a work order of this type gets."""
    return REPORT_KIND_OF_TYPE[work_order_type]
