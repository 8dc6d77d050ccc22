"""Who may write what: the role matrix of the server, workflow steps by role, and the
fields that say who wrote a record (docs/server.md has the matrix).

The matrix (checked per pushed change; a refusal rejects that change only):

| table                         | roles that may write it                              |
|-------------------------------|------------------------------------------------------|
| user                          | service_manager                                      |
| company_profile (letterhead,  | service_manager                                      |
| logo, seal on every report)   |                                                      |
| part (the catalogue)          | parts_administrator, service_manager                 |
| part_usage                    | every role (parts administrators book parts too)     |
| stock_location, stock_movement| parts_administrator, service_manager (movements are  |
| (the stock ledger)            | append-only: never changed once stored)              |
| amendment                     | `app.domain.signatures.AMENDMENT_ROLES`              |
| test_instrument (the register)| `app.domain.instruments.REGISTER_ROLES`: service     |
|                               | manager, quality control (engineers record use only) |
| hotline_call, complaint,      | `app.domain.complaints.DESK_ROLES` (every role but   |
| complaint_entry,              | parts_administrator); a complaint's owner_login and  |
| complaint_work_order          | deadline only from the service manager (ASSIGN_ROLES)|
| everything else: hospitals,   | every role except parts_administrator                |
| sites, contacts, equipment,   |                                                      |
| work orders and their records |                                                      |

What each role may read (pull) — every table but these, for every role:

| table                          | roles that may read it                               |
|--------------------------------|------------------------------------------------------|
| contact (names, phone numbers) | engineer, repair_technician, service_manager,        |
|                                | quality_control                                      |
| signature (handwritten strokes)| engineer, repair_technician, service_manager,        |
| report_file (signed PDFs)      | quality_control                                      |
| hotline_call, complaint,       | the same (customers' names and what they said)       |
| complaint_entry, complaint_work_order |                                               |

The parts administrator keeps the catalogue, books parts to work orders and so reads
work orders, equipment, hospitals and sites, but has no business with customers'
contact people or anyone's signature. A role may always read what it may write.

Work-order states (`app.domain.workflow`, the laptop's own rules):

* A change of `state` whose author saw the state the server holds (its `base` clock is
  the state's clock) must be one step the role may take from it.
* When another laptop's step came first (the base differs), the author's step started
  from a state the server no longer holds: it goes through only when the role could
  bring the order from the server's state to the target by its own steps — never out
  of `closed` or `cancelled` — and the clock then decides as for any field.
* Cancelling and reopening finished work need a reason (the order's `cancel_reason`; a
  reopening's `work_order_event` with a reason, in the same push or stored after the
  order entered the state it leaves).
* A new work order starts in a state its author's role may create
  (`workflow.CREATABLE`: `reported`, or any state for the service manager, who enters
  past work), with stamps not in the future and in the order of the workflow.

Authorship: `updated_by`, `work_order_event.by_login`, `amendment.opened_by` and
`stock_movement.by_login` are the pushing user's login — the server writes it there
(with a clock just after the change's, so every laptop takes it). `signature.user_login`
names the engineer who confirmed the signature with their password; it must be empty
(a customer's signature, recorded by the engineer's account) or the pushing user's own
login, else the change is refused.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from app.domain import workflow
from app.domain.complaints import ASSIGN_ROLES, DESK_ROLES
from app.domain.enums import UserRole, WorkOrderState, WorkOrderType
from app.domain.instruments import REGISTER_ROLES
from app.domain.signatures import may_open_amendment
from sync.protocol import MAX_CLOCK_AHEAD_MS

R = UserRole
EVERY_ROLE = frozenset(R)
NOT_PARTS = EVERY_ROLE - {R.PARTS_ADMINISTRATOR}
STOCK_ROLES = frozenset({R.PARTS_ADMINISTRATOR, R.SERVICE_MANAGER})
TABLE_ROLES: dict[str, frozenset[UserRole]] = {
    "user": frozenset({R.SERVICE_MANAGER}),
    "company_profile": frozenset({R.SERVICE_MANAGER}),
    "part": frozenset({R.PARTS_ADMINISTRATOR, R.SERVICE_MANAGER}),
    "part_usage": EVERY_ROLE,
    "test_instrument": REGISTER_ROLES,
    # The stock ledger (app/db/stock.py). Engineers' own-kit transfers and issues would
    # need the location's holder looked up per change: not yet, so office roles only.
    "stock_location": STOCK_ROLES,
    "stock_movement": STOCK_ROLES,
    # The hotline log and the complaint register (app/db/complaints.py).
    "hotline_call": DESK_ROLES,
    "complaint": DESK_ROLES,
    "complaint_entry": DESK_ROLES,
    "complaint_work_order": DESK_ROLES,
}
# Fields only these roles may set (to a value): the complaint's owner and deadline.
FIELD_ROLES: dict[tuple[str, str], frozenset[UserRole]] = {
    ("complaint", "owner_login"): ASSIGN_ROLES,
    ("complaint", "deadline"): ASSIGN_ROLES,
}
DEFAULT_ROLES = NOT_PARTS
# Reading the office's views (conflicts, devices).
OFFICE_ROLES = frozenset({R.SERVICE_MANAGER, R.QUALITY_CONTROL})
# Fields the server sets to the pushing user's login.
AUTHOR_FIELDS: dict[str, tuple[str, ...]] = {
    "work_order_event": ("by_login",),
    "amendment": ("opened_by",),
    "stock_movement": ("by_login",),
}
STAMPED_BY = "updated_by"

# Lifting login locks.
MANAGER_ROLES = frozenset({R.SERVICE_MANAGER})
READ_ROLES: dict[str, frozenset[UserRole]] = {
    "contact": NOT_PARTS,
    "signature": NOT_PARTS,
    "report_file": NOT_PARTS,
    "hotline_call": DESK_ROLES,
    "complaint": DESK_ROLES,
    "complaint_entry": DESK_ROLES,
    "complaint_work_order": DESK_ROLES,
}


def may_read(role: UserRole, table: str) -> bool:
    return role in READ_ROLES.get(table, EVERY_ROLE)


def unreadable_tables(role: UserRole) -> frozenset[str]:
    """The tables a pull leaves out for this role."""
    return frozenset(t for t, roles in READ_ROLES.items() if role not in roles)


def table_refusal(role: UserRole, table: str) -> str | None:
    if table == "amendment" and not may_open_amendment(role):
        return f"permission: the role '{role.value}' may not open an amendment"
    if role in TABLE_ROLES.get(table, DEFAULT_ROLES):
        return None
    return f"permission: the role '{role.value}' may not change '{table}' records"


def field_refusal(role: UserRole, table: str, fields: dict[str, Any]) -> str | None:
    """A field set by a role that may not set it (assigning a complaint's owner)."""
    for name, value in fields.items():
        roles = FIELD_ROLES.get((table, name))
        if roles is not None and value not in (None, "") and role not in roles:
            return f"permission: the role '{role.value}' may not set '{table}.{name}'"
    return None


def author_fields(table: str) -> tuple[str, ...]:
    return (STAMPED_BY, *AUTHOR_FIELDS.get(table, ()))


def signer_refusal(table: str, fields: dict[str, Any], login: str) -> str | None:
    """A signature confirmed in someone else's name."""
    claimed = fields.get("user_login") if table == "signature" else None
    if not claimed or claimed == login:
        return None
    return f"permission: 'signature.user_login' must be your own login ({login}), not '{claimed}'"


def _kind_and_states(kind: Any, *states: Any) -> tuple[WorkOrderType, list[WorkOrderState]]:
    return WorkOrderType(kind), [WorkOrderState(s) for s in states]


def step_refusal(
    role: UserRole, kind: str, current: str, target: str, *, seen: bool = True
) -> str | None:
    """Why `role` may not move a work order of type `kind` from `current` (the server's
    state) to `target`; `seen`: the author's step started from `current`."""
    try:
        order_type, (source, goal) = _kind_and_states(kind, current, target)
    except ValueError:
        return None  # values are validated elsewhere; an odd stored value blocks nothing
    roles = workflow.transitions(order_type).get((source, goal), frozenset())
    if role in roles:
        return None
    if not seen and source not in workflow.TERMINAL:
        if goal in workflow.reachable(order_type, source, role):
            return None
    return (
        f"permission: the role '{role.value}' may not move a {kind} work order "
        f"from '{current}' to '{target}'"
    )


def reason_refusal(current: str, target: str, cancel_reason: Any, explained: bool) -> str | None:
    """A cancellation without its reason, a reopening without its event's reason."""
    try:
        source, goal = WorkOrderState(current), WorkOrderState(target)
    except ValueError:
        return None
    if not workflow.needs_reason(source, goal):
        return None
    if goal is WorkOrderState.CANCELLED:
        if isinstance(cancel_reason, str) and cancel_reason.strip():
            return None
        return "validation: cancelling a work order needs a reason"
    return None if explained else "validation: reopening a work order needs a reason"


def creation_refusal(role: UserRole, fields: dict[str, Any], now: datetime) -> str | None:
    """Why `role` may not create this work order: its state, or its stamps."""
    try:
        state = WorkOrderState(str(fields.get("state")))
    except ValueError:
        return None  # validated elsewhere
    if state not in workflow.CREATABLE.get(role, frozenset()):
        return (
            f"permission: the role '{role.value}' may not create a work order "
            f"in state '{state.value}'"
        )
    latest = now + timedelta(milliseconds=MAX_CLOCK_AHEAD_MS)
    before: tuple[str, datetime] | None = None
    stamps = [*workflow.STAMP_ORDER, "cancelled_at"]
    for name in stamps:
        moment = _moment(fields.get(name))
        if moment is None:
            continue
        if moment > latest:
            return f"validation: 'work_order.{name}' is in the future"
        if name == "cancelled_at":
            reported = _moment(fields.get("reported_at"))
            before = ("reported_at", reported) if reported else None
        if before is not None and moment < before[1]:
            return f"validation: 'work_order.{name}' is before '{before[0]}'"
        before = (name, moment)
    return None


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else None
