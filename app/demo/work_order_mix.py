"""How the demo's year of work is mixed: how many routine orders of each type, which
units get them, how long work takes and which states the newest orders are in
(also used by the benchmark generator, so bulk rows have the demo's shape)."""

from __future__ import annotations

from app.domain.enums import Modality, WorkOrderState, WorkOrderType

S = WorkOrderState
T = WorkOrderType

# States of the newest routine work orders, newest first: every state shows up.
RECENT_STATES: tuple[WorkOrderState, ...] = (
    S.REPORTED, S.REPORTED, S.ACKNOWLEDGED, S.REPORTED, S.ACKNOWLEDGED, S.TRAVELLING,
    S.TRAVELLING, S.ON_SITE, S.IN_PROGRESS, S.IN_PROGRESS, S.AWAITING_PARTS, S.ON_SITE,
    S.TRIAL_RUN, S.IN_PROGRESS, S.COMPLETED, S.AWAITING_PARTS, S.TRIAL_RUN, S.COMPLETED,
    S.CUSTOMER_SIGNED, S.CANCELLED, S.COMPLETED, S.CUSTOMER_SIGNED, S.CLOSED,
)  # fmt: skip

# Days before `today` on which the newest signed work was finished and signed.
SIGNED_LATELY_DAYS = (1, 1, 2, 3, 5)

# Routine work orders of the year by type (lifecycle and fault stories come on top).
ROUTINE: dict[WorkOrderType, int] = {
    T.REPAIR: 108, T.INSPECTION: 56, T.PREVENTIVE_MAINTENANCE: 42, T.UPGRADE: 14, T.TRAINING: 10,
}  # fmt: skip

# How likely each kind of unit is picked for a type of work (others: all alike).
_M = Modality
MODALITY_WEIGHT: dict[WorkOrderType, dict[Modality, float]] = {
    T.REPAIR: {_M.LINAC: 6, _M.CT_SIMULATOR: 2, _M.AFTERLOADER: 2, _M.TPS: 1},
    T.UPGRADE: {_M.LINAC: 3, _M.TPS: 2, _M.QA_INSTRUMENT: 0.5},
    T.TRAINING: {_M.LINAC: 4, _M.TPS: 2},
}  # fmt: skip

# Work from start to finish, in hours (min, max).
WORK_HOURS: dict[WorkOrderType, tuple[float, float]] = {
    T.INSTALLATION: (120, 240), T.COMMISSIONING: (120, 360), T.ACCEPTANCE: (16, 72),
    T.INSPECTION: (2, 5), T.PREVENTIVE_MAINTENANCE: (4, 10), T.REPAIR: (1, 12),
    T.UPGRADE: (4, 12), T.TRAINING: (3, 8),
}  # fmt: skip

# How many of (acknowledged, arrived, started, finished, closed) each state has reached.
REACHED: dict[WorkOrderState, int] = {
    S.REPORTED: 0, S.ACKNOWLEDGED: 1, S.TRAVELLING: 1, S.ON_SITE: 2, S.IN_PROGRESS: 3,
    S.AWAITING_PARTS: 3, S.TRIAL_RUN: 3, S.COMPLETED: 4, S.CUSTOMER_SIGNED: 4, S.CLOSED: 5,
    S.CANCELLED: 1,
}  # fmt: skip
