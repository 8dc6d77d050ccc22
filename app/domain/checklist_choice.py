"""Which checklist a job most likely needs: the order "Start a checklist" offers them in.

A monthly inspection of a C-arm linac wants the TG-142 monthly QA, not the acceptance
test that sorts first by name (issue 20). The job's type names the kinds of template
that fit it; the frequency written in its description ("月度巡检", "annual QA") picks
among the QA protocols; a template already run on the job goes after the ones still to
do. The machine class the unit was last tested in is the class to preselect.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.domain.checklists import Template, TemplateKind
from app.domain.enums import WorkOrderType

K = TemplateKind
T = WorkOrderType

# The template kinds each type of job fills in, most likely first.
KINDS_FOR_JOB: dict[WorkOrderType, tuple[TemplateKind, ...]] = {
    T.INSPECTION: (K.QA, K.ELECTRICAL_SAFETY, K.PM),
    T.PREVENTIVE_MAINTENANCE: (K.PM, K.ELECTRICAL_SAFETY, K.QA),
    T.INSTALLATION: (K.SITE_READINESS, K.INSTALLATION),
    T.COMMISSIONING: (K.INSTALLATION, K.QA),
    T.ACCEPTANCE: (K.ACCEPTANCE, K.QA),
    T.REPAIR: (K.ELECTRICAL_SAFETY, K.QA),
    T.UPGRADE: (K.QA, K.ELECTRICAL_SAFETY, K.ACCEPTANCE),
    T.TRAINING: (),
}

# How often a QA protocol is run, as its id says, and the words a description uses for it.
FREQUENCIES: dict[str, tuple[str, ...]] = {
    "daily": ("daily", "每日", "日检"),
    "monthly": ("monthly", "每月", "月度", "月检"),
    "annual": ("annual", "yearly", "每年", "年度", "年检"),
}
# A job that exchanges an afterloader's source: its description says so, or its repair
# record replaced the source (resources/return_to_service.yaml's component id).
SOURCE_EXCHANGE_WORDS = ("source exchange", "source change", "换源", "更换放射源", "更换源", "倒源")
SOURCE_COMPONENT = "afterloader_source"
# Without a word for it: the monthly protocol is the usual service visit; daily QA is
# the hospital's own.
USUAL_FREQUENCY = ("monthly", "annual", "daily")


def frequency_of(template: Template) -> str | None:
    return next((f for f in FREQUENCIES if f in template.id.split("_")), None)


def named_frequency(description: str) -> str | None:
    """The frequency a job's description names, if it names one."""
    text = description.lower()
    return next((f for f, words in FREQUENCIES.items() if any(w in text for w in words)), None)


def is_source_exchange(description: str, replaced_components: str = "") -> bool:
    """A job exchanging an afterloader's source, as its description or repair says."""
    text = description.lower()
    return SOURCE_COMPONENT in replaced_components.split() or any(
        word in text for word in SOURCE_EXCHANGE_WORDS
    )


def order_for_job(
    templates: Iterable[Template],
    job: WorkOrderType,
    description: str = "",
    already_run: Sequence[str] = (),
    *,
    source_exchange: bool = False,
) -> list[Template]:
    """`templates` with those the job most likely needs first (a source exchange's
    procedure first of all on a source-exchange job)."""
    kinds = KINDS_FOR_JOB.get(job, ())
    if source_exchange:
        kinds = (K.SOURCE_EXCHANGE, *(k for k in kinds if k is not K.SOURCE_EXCHANGE))
    wanted = named_frequency(description)
    frequencies = (wanted, *USUAL_FREQUENCY) if wanted else USUAL_FREQUENCY

    def rank(template: Template) -> tuple[int, int, int, str]:
        kind = kinds.index(template.kind) if template.kind in kinds else len(kinds)
        frequency = frequency_of(template)
        often = frequencies.index(frequency) if frequency in frequencies else len(frequencies)
        return (kind, int(template.id in already_run), often, template.id)

    return sorted(templates, key=rank)


def preselected_class(template: Template | None, last_used: Sequence[str]) -> str | None:
    """The machine class to preselect: the one the unit was tested in most recently
    (`last_used`, newest first) that this template has."""
    if template is None:
        return None
    return next((c for c in last_used if template.machine_class(c) is not None), None)
