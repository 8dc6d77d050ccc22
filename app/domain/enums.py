"""Closed vocabularies of the service domain, with their translatable labels.

Values are stable strings stored in the database and sent over sync; labels are
English source texts translated in the UI (context "Enum").
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.i18n import QT_TRANSLATE_NOOP


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry an English label for the UI to translate."""

    @property
    def label(self) -> str:
        return _LABELS[(type(self), self.value)]


class UserRole(LabelledEnum):
    ENGINEER = "engineer"
    REPAIR_TECHNICIAN = "repair_technician"
    PARTS_ADMINISTRATOR = "parts_administrator"
    SERVICE_MANAGER = "service_manager"
    QUALITY_CONTROL = "quality_control"
    FINANCE = "finance"


class Modality(LabelledEnum):
    LINAC = "linac"
    CT_SIMULATOR = "ct_simulator"
    AFTERLOADER = "afterloader"
    TPS = "tps"
    QA_INSTRUMENT = "qa_instrument"


class HospitalGrade(LabelledEnum):
    GRADE_3A = "3A"
    GRADE_3B = "3B"
    GRADE_2A = "2A"
    GRADE_2B = "2B"
    PRIVATE = "private"
    UNGRADED = "ungraded"


class ContractLevel(LabelledEnum):
    WARRANTY = "warranty"
    FULL_SERVICE = "full_service"
    PARTS_ONLY = "parts_only"
    LABOUR_ONLY = "labour_only"
    TIME_AND_MATERIALS = "time_and_materials"


class EquipmentStatus(LabelledEnum):
    INSTALLING = "installing"
    CLINICAL = "clinical"
    DOWN = "down"
    LIMITED = "limited"
    DECOMMISSIONED = "decommissioned"


class WorkOrderType(LabelledEnum):
    INSTALLATION = "installation"
    COMMISSIONING = "commissioning"
    ACCEPTANCE = "acceptance"
    INSPECTION = "inspection"
    PREVENTIVE_MAINTENANCE = "preventive_maintenance"
    REPAIR = "repair"
    UPGRADE = "upgrade"
    TRAINING = "training"


class WorkOrderState(LabelledEnum):
    REPORTED = "reported"
    ACKNOWLEDGED = "acknowledged"
    TRAVELLING = "travelling"
    ON_SITE = "on_site"
    IN_PROGRESS = "in_progress"
    AWAITING_PARTS = "awaiting_parts"
    TRIAL_RUN = "trial_run"
    COMPLETED = "completed"
    CUSTOMER_SIGNED = "customer_signed"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class Priority(LabelledEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Verdict(LabelledEnum):
    """How a checklist value compares with its limits."""

    PENDING = "pending"
    PASS = "pass"
    WARNING = "warning"  # beyond tolerance, within action level
    FAIL = "fail"  # beyond action level (or a failed pass/fail item)
    NOT_APPLICABLE = "not_applicable"


class RunState(LabelledEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class TrialRunResult(LabelledEnum):
    NOT_RUN = "not_run"
    PASSED = "passed"
    FAILED = "failed"


class AdverseEventAnswer(LabelledEnum):
    """The adverse-event question asked on a repair whose fault could have harmed someone
    (a medical-device vigilance record; NMPA 医疗器械不良事件: an event that caused or
    could have caused harm to a person)."""

    NOT_ANSWERED = "not_answered"
    NO_HARM = "no_harm"  # no one harmed and no one could have been
    COULD_HAVE_HARMED = "could_have_harmed"  # no one harmed, but someone could have been
    HARMED = "harmed"

    @property
    def needs_report(self) -> bool:
        return self in (AdverseEventAnswer.COULD_HAVE_HARMED, AdverseEventAnswer.HARMED)


class RemovedPartFate(LabelledEnum):
    """What happened to the part taken out of the machine."""

    NOT_RECORDED = "not_recorded"  # lines recorded before the question was asked
    NONE = "none"  # nothing taken out (a consumable, an addition)
    RETURNED = "returned"  # back to our parts store
    RMA = "rma"  # sent to the manufacturer under a return authorisation
    SCRAPPED = "scrapped"


class FindingSeverity(LabelledEnum):
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"


class FollowUpOutcome(LabelledEnum):
    OPEN = "open"
    SATISFIED = "satisfied"
    DISSATISFIED = "dissatisfied"
    UNREACHABLE = "unreachable"


class ReportKind(LabelledEnum):
    SERVICE = "service"  # service / repair report
    INSPECTION = "inspection"  # inspection and preventive-maintenance report
    INSTALLATION = "installation"  # installation & commissioning report
    ACCEPTANCE = "acceptance"
    TRAINING = "training"  # operator-training certificate


class SignatureMeaning(LabelledEnum):
    PERFORMED_BY = "performed_by"
    REVIEWED_BY = "reviewed_by"
    ACCEPTED_BY = "accepted_by"
    RECEIVED_BY = "received_by"
    RELEASED_FOR_CLINICAL_USE = "released_for_clinical_use"


class LocationKind(LabelledEnum):
    """Where stock is kept (procedure §6.2): the warehouse or an engineer's kit/car."""

    WAREHOUSE = "warehouse"
    KIT = "kit"


class MovementKind(LabelledEnum):
    """What a stock movement is (procedure §6.2); app/domain/stock.py says its ends."""

    RECEIPT = "receipt"
    ISSUE = "issue"
    TRANSFER = "transfer"
    RETURN = "return"
    REPAIR_OUT = "repair_out"
    SCRAP = "scrap"
    ADJUSTMENT = "adjustment"


class DemandSource(LabelledEnum):
    """Why a purchase plan line is there (procedure §6.1): a repair waiting for the part,
    maintenance planned in the coming months, stock at or under its reorder level, or
    the parts administrator's own judgement."""

    REPAIR = "repair"
    MAINTENANCE = "maintenance"
    REORDER = "reorder"
    MANUAL = "manual"


class PlanDecision(LabelledEnum):
    """The service manager's answer to one purchase plan line (§6.1)."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class StocktakeState(LabelledEnum):
    """A stocktake (procedure §6.2.3): counted, submitted with reasons, then decided."""

    COUNTING = "counting"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"


# Pairs, not a dict of members: StrEnum members of different enums with the same value
# (ReportKind.INSPECTION, WorkOrderType.INSPECTION) are equal and would collide as keys.
class CostCategory(LabelledEnum):
    """The service cost categories of procedure §9.1.2, which budgets and actuals share."""

    INSTALLATION = "installation"
    MAINTENANCE = "maintenance"
    PARTS_PURCHASE = "parts_purchase"
    TECHNICAL_SUPPORT = "technical_support"
    STAFF_TRAINING = "staff_training"
    TRAVEL = "travel"


class CostKind(LabelledEnum):
    """What a cost line is: labour and parts are derived from the job's records, the
    rest are entered by hand."""

    LABOUR = "labour"
    TRAVEL_TIME = "travel_time"
    PARTS = "parts"
    TRAVEL = "travel"
    ACCOMMODATION = "accommodation"
    EXTERNAL = "external"
    TRAINING = "training"


class Department(LabelledEnum):
    """The service organisation's departments that costs are accounted to (§9.2.2)."""

    FIELD_SERVICE = "field_service"
    REPAIR_WORKSHOP = "repair_workshop"
    PARTS = "parts"
    TRAINING = "training"


_LABEL_PAIRS: list[tuple[LabelledEnum, str]] = [
    (UserRole.ENGINEER, QT_TRANSLATE_NOOP("Enum", "Field engineer")),
    (UserRole.REPAIR_TECHNICIAN, QT_TRANSLATE_NOOP("Enum", "Repair technician")),
    (UserRole.PARTS_ADMINISTRATOR, QT_TRANSLATE_NOOP("Enum", "Parts administrator")),
    (UserRole.SERVICE_MANAGER, QT_TRANSLATE_NOOP("Enum", "Service manager")),
    (UserRole.QUALITY_CONTROL, QT_TRANSLATE_NOOP("Enum", "Quality control")),
    (UserRole.FINANCE, QT_TRANSLATE_NOOP("Enum", "Finance")),
    (Modality.LINAC, QT_TRANSLATE_NOOP("Enum", "Linear accelerator")),
    (Modality.CT_SIMULATOR, QT_TRANSLATE_NOOP("Enum", "CT simulator")),
    (Modality.AFTERLOADER, QT_TRANSLATE_NOOP("Enum", "Afterloader")),
    (Modality.TPS, QT_TRANSLATE_NOOP("Enum", "Treatment planning system")),
    (Modality.QA_INSTRUMENT, QT_TRANSLATE_NOOP("Enum", "QA instrument")),
    (HospitalGrade.GRADE_3A, QT_TRANSLATE_NOOP("Enum", "Grade III-A")),
    (HospitalGrade.GRADE_3B, QT_TRANSLATE_NOOP("Enum", "Grade III-B")),
    (HospitalGrade.GRADE_2A, QT_TRANSLATE_NOOP("Enum", "Grade II-A")),
    (HospitalGrade.GRADE_2B, QT_TRANSLATE_NOOP("Enum", "Grade II-B")),
    (HospitalGrade.PRIVATE, QT_TRANSLATE_NOOP("Enum", "Private")),
    (HospitalGrade.UNGRADED, QT_TRANSLATE_NOOP("Enum", "Ungraded")),
    (ContractLevel.WARRANTY, QT_TRANSLATE_NOOP("Enum", "Warranty")),
    (ContractLevel.FULL_SERVICE, QT_TRANSLATE_NOOP("Enum", "Full service")),
    (ContractLevel.PARTS_ONLY, QT_TRANSLATE_NOOP("Enum", "Parts only")),
    (ContractLevel.LABOUR_ONLY, QT_TRANSLATE_NOOP("Enum", "Labour only")),
    (ContractLevel.TIME_AND_MATERIALS, QT_TRANSLATE_NOOP("Enum", "Time and materials")),
    (EquipmentStatus.INSTALLING, QT_TRANSLATE_NOOP("Enum", "Being installed")),
    (EquipmentStatus.CLINICAL, QT_TRANSLATE_NOOP("Enum", "In clinical use")),
    (EquipmentStatus.DOWN, QT_TRANSLATE_NOOP("Enum", "Down")),
    (EquipmentStatus.LIMITED, QT_TRANSLATE_NOOP("Enum", "Limited use")),
    (EquipmentStatus.DECOMMISSIONED, QT_TRANSLATE_NOOP("Enum", "Decommissioned")),
    (WorkOrderType.INSTALLATION, QT_TRANSLATE_NOOP("Enum", "Installation")),
    (WorkOrderType.COMMISSIONING, QT_TRANSLATE_NOOP("Enum", "Commissioning")),
    (WorkOrderType.ACCEPTANCE, QT_TRANSLATE_NOOP("Enum", "Acceptance")),
    (WorkOrderType.INSPECTION, QT_TRANSLATE_NOOP("Enum", "Inspection")),
    (WorkOrderType.PREVENTIVE_MAINTENANCE, QT_TRANSLATE_NOOP("Enum", "Preventive maintenance")),
    (WorkOrderType.REPAIR, QT_TRANSLATE_NOOP("Enum", "Repair")),
    (WorkOrderType.UPGRADE, QT_TRANSLATE_NOOP("Enum", "Upgrade")),
    (WorkOrderType.TRAINING, QT_TRANSLATE_NOOP("Enum", "Training")),
    (WorkOrderState.REPORTED, QT_TRANSLATE_NOOP("Enum", "Reported")),
    (WorkOrderState.ACKNOWLEDGED, QT_TRANSLATE_NOOP("Enum", "Acknowledged")),
    (WorkOrderState.TRAVELLING, QT_TRANSLATE_NOOP("Enum", "Travelling")),
    (WorkOrderState.ON_SITE, QT_TRANSLATE_NOOP("Enum", "On site")),
    (WorkOrderState.IN_PROGRESS, QT_TRANSLATE_NOOP("Enum", "In progress")),
    (WorkOrderState.AWAITING_PARTS, QT_TRANSLATE_NOOP("Enum", "Awaiting parts")),
    (WorkOrderState.TRIAL_RUN, QT_TRANSLATE_NOOP("Enum", "Trial run")),
    (WorkOrderState.COMPLETED, QT_TRANSLATE_NOOP("Enum", "Completed")),
    (WorkOrderState.CUSTOMER_SIGNED, QT_TRANSLATE_NOOP("Enum", "Signed by customer")),
    (WorkOrderState.CLOSED, QT_TRANSLATE_NOOP("Enum", "Closed")),
    (WorkOrderState.CANCELLED, QT_TRANSLATE_NOOP("Enum", "Cancelled")),
    (Priority.LOW, QT_TRANSLATE_NOOP("Enum", "Low")),
    (Priority.NORMAL, QT_TRANSLATE_NOOP("Enum", "Normal")),
    (Priority.HIGH, QT_TRANSLATE_NOOP("Enum", "High")),
    (Priority.URGENT, QT_TRANSLATE_NOOP("Enum", "Urgent")),
    (Verdict.PENDING, QT_TRANSLATE_NOOP("Enum", "Not entered")),
    (Verdict.PASS, QT_TRANSLATE_NOOP("Enum", "Pass")),
    (Verdict.WARNING, QT_TRANSLATE_NOOP("Enum", "Warning")),
    (Verdict.FAIL, QT_TRANSLATE_NOOP("Enum", "Fail")),
    (Verdict.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Enum", "Not applicable")),
    (RunState.IN_PROGRESS, QT_TRANSLATE_NOOP("Enum", "In progress")),
    (RunState.COMPLETED, QT_TRANSLATE_NOOP("Enum", "Completed")),
    (TrialRunResult.NOT_RUN, QT_TRANSLATE_NOOP("Enum", "Not run yet")),
    (TrialRunResult.PASSED, QT_TRANSLATE_NOOP("Enum", "Passed")),
    (TrialRunResult.FAILED, QT_TRANSLATE_NOOP("Enum", "Failed")),
    (AdverseEventAnswer.NOT_ANSWERED, QT_TRANSLATE_NOOP("Enum", "Not answered")),
    (
        AdverseEventAnswer.NO_HARM,
        QT_TRANSLATE_NOOP("Enum", "No one harmed, and no one could have been"),
    ),
    (
        AdverseEventAnswer.COULD_HAVE_HARMED,
        QT_TRANSLATE_NOOP("Enum", "No one harmed, but it could have harmed a patient"),
    ),
    (AdverseEventAnswer.HARMED, QT_TRANSLATE_NOOP("Enum", "Someone was harmed")),
    (RemovedPartFate.NOT_RECORDED, QT_TRANSLATE_NOOP("Enum", "Not recorded")),
    (RemovedPartFate.NONE, QT_TRANSLATE_NOOP("Enum", "Nothing removed")),
    (RemovedPartFate.RETURNED, QT_TRANSLATE_NOOP("Enum", "Returned to parts store")),
    (RemovedPartFate.RMA, QT_TRANSLATE_NOOP("Enum", "Sent to manufacturer (RMA)")),
    (RemovedPartFate.SCRAPPED, QT_TRANSLATE_NOOP("Enum", "Scrapped")),
    (FindingSeverity.MINOR, QT_TRANSLATE_NOOP("Enum", "Minor")),
    (FindingSeverity.MAJOR, QT_TRANSLATE_NOOP("Enum", "Major")),
    (FindingSeverity.CRITICAL, QT_TRANSLATE_NOOP("Enum", "Critical")),
    (FollowUpOutcome.OPEN, QT_TRANSLATE_NOOP("Enum", "Not done yet")),
    (FollowUpOutcome.SATISFIED, QT_TRANSLATE_NOOP("Enum", "Satisfied")),
    (FollowUpOutcome.DISSATISFIED, QT_TRANSLATE_NOOP("Enum", "Dissatisfied")),
    (FollowUpOutcome.UNREACHABLE, QT_TRANSLATE_NOOP("Enum", "Could not reach")),
    (ReportKind.SERVICE, QT_TRANSLATE_NOOP("Enum", "Service report")),
    (
        ReportKind.INSPECTION,
        QT_TRANSLATE_NOOP("Enum", "Inspection and preventive maintenance report"),
    ),
    (ReportKind.INSTALLATION, QT_TRANSLATE_NOOP("Enum", "Installation and commissioning report")),
    (ReportKind.ACCEPTANCE, QT_TRANSLATE_NOOP("Enum", "Acceptance report")),
    (ReportKind.TRAINING, QT_TRANSLATE_NOOP("Enum", "Operator training certificate")),
    (SignatureMeaning.PERFORMED_BY, QT_TRANSLATE_NOOP("Enum", "Performed by")),
    (SignatureMeaning.REVIEWED_BY, QT_TRANSLATE_NOOP("Enum", "Reviewed by")),
    (SignatureMeaning.ACCEPTED_BY, QT_TRANSLATE_NOOP("Enum", "Accepted by")),
    (SignatureMeaning.RECEIVED_BY, QT_TRANSLATE_NOOP("Enum", "Received by")),
    (
        SignatureMeaning.RELEASED_FOR_CLINICAL_USE,
        QT_TRANSLATE_NOOP("Enum", "Released for clinical use"),
    ),
    (LocationKind.WAREHOUSE, QT_TRANSLATE_NOOP("Enum", "Warehouse")),
    (LocationKind.KIT, QT_TRANSLATE_NOOP("Enum", "Engineer's kit")),
    (MovementKind.RECEIPT, QT_TRANSLATE_NOOP("Enum", "Receipt")),
    (MovementKind.ISSUE, QT_TRANSLATE_NOOP("Enum", "Issue to a work order")),
    (MovementKind.TRANSFER, QT_TRANSLATE_NOOP("Enum", "Transfer")),
    (MovementKind.RETURN, QT_TRANSLATE_NOOP("Enum", "Return")),
    (MovementKind.REPAIR_OUT, QT_TRANSLATE_NOOP("Enum", "Out for repair (RMA)")),
    (MovementKind.SCRAP, QT_TRANSLATE_NOOP("Enum", "Scrap")),
    (MovementKind.ADJUSTMENT, QT_TRANSLATE_NOOP("Enum", "Stocktake adjustment")),
    (DemandSource.REPAIR, QT_TRANSLATE_NOOP("Enum", "Repair waiting for parts")),
    (DemandSource.MAINTENANCE, QT_TRANSLATE_NOOP("Enum", "Planned maintenance")),
    (DemandSource.REORDER, QT_TRANSLATE_NOOP("Enum", "Below reorder level")),
    (DemandSource.MANUAL, QT_TRANSLATE_NOOP("Enum", "Added by hand")),
    (PlanDecision.PENDING, QT_TRANSLATE_NOOP("Enum", "Awaiting approval")),
    (PlanDecision.APPROVED, QT_TRANSLATE_NOOP("Enum", "Approved")),
    (PlanDecision.REJECTED, QT_TRANSLATE_NOOP("Enum", "Rejected")),
    (StocktakeState.COUNTING, QT_TRANSLATE_NOOP("Enum", "Counting")),
    (StocktakeState.SUBMITTED, QT_TRANSLATE_NOOP("Enum", "Awaiting approval")),
    (StocktakeState.APPROVED, QT_TRANSLATE_NOOP("Enum", "Approved")),
    (StocktakeState.REJECTED, QT_TRANSLATE_NOOP("Enum", "Rejected")),
    (CostCategory.INSTALLATION, QT_TRANSLATE_NOOP("Enum", "Installation and commissioning")),
    (CostCategory.MAINTENANCE, QT_TRANSLATE_NOOP("Enum", "Repair and maintenance")),
    (CostCategory.PARTS_PURCHASE, QT_TRANSLATE_NOOP("Enum", "Parts purchase")),
    (CostCategory.TECHNICAL_SUPPORT, QT_TRANSLATE_NOOP("Enum", "Technical support")),
    (CostCategory.STAFF_TRAINING, QT_TRANSLATE_NOOP("Enum", "Staff training")),
    (CostCategory.TRAVEL, QT_TRANSLATE_NOOP("Enum", "Travel")),
    (CostKind.LABOUR, QT_TRANSLATE_NOOP("Enum", "Labour")),
    (CostKind.TRAVEL_TIME, QT_TRANSLATE_NOOP("Enum", "Travel time")),
    (CostKind.PARTS, QT_TRANSLATE_NOOP("Enum", "Parts at cost")),
    (CostKind.TRAVEL, QT_TRANSLATE_NOOP("Enum", "Travel expenses")),
    (CostKind.ACCOMMODATION, QT_TRANSLATE_NOOP("Enum", "Accommodation")),
    (CostKind.EXTERNAL, QT_TRANSLATE_NOOP("Enum", "External services")),
    (CostKind.TRAINING, QT_TRANSLATE_NOOP("Enum", "Training fees")),
    (Department.FIELD_SERVICE, QT_TRANSLATE_NOOP("Enum", "Field service")),
    (Department.REPAIR_WORKSHOP, QT_TRANSLATE_NOOP("Enum", "Repair workshop")),
    (Department.PARTS, QT_TRANSLATE_NOOP("Enum", "Parts")),
    (Department.TRAINING, QT_TRANSLATE_NOOP("Enum", "Training")),
]
_LABELS: dict[tuple[type, str], str] = {(type(m), m.value): text for m, text in _LABEL_PAIRS}
