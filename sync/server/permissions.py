"""Who may write what: the role matrix of the server, and workflow steps by role.

The matrix (checked per pushed change; a refusal rejects that change only):

| table                         | roles that may write it                              |
|-------------------------------|------------------------------------------------------|
| user                          | service_manager                                      |
| part (the catalogue)          | parts_administrator, service_manager                 |
| part_usage                    | every role (parts administrators book parts too)     |
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

The parts administrator keeps the catalogue, books parts to work orders and so reads
work orders, equipment, hospitals and sites, but has no business with customers'
contact people or anyone's signature. A role may always read what it may write.

A change of a work order's `state` must also be a step the user's role may take
(`app.domain.workflow.transitions`). The server judges the step from the state it
holds; when a concurrent step on another laptop already moved the order elsewhere, the
pair (server state, target) may not be a step at all — then the role must be one that
may enter the target state by some step, and the clock decides between the two writes
as for any field. Inserted work orders are not judged by workflow: the laptop that made
the order took its steps there, and a new order is normally `reported` anyway.
"""

from __future__ import annotations

from app.domain import workflow
from app.domain.enums import UserRole, WorkOrderState, WorkOrderType

R = UserRole
EVERY_ROLE = frozenset(R)
NOT_PARTS = EVERY_ROLE - {R.PARTS_ADMINISTRATOR}
TABLE_ROLES: dict[str, frozenset[UserRole]] = {
    "user": frozenset({R.SERVICE_MANAGER}),
    "part": frozenset({R.PARTS_ADMINISTRATOR, R.SERVICE_MANAGER}),
    "part_usage": EVERY_ROLE,
}
DEFAULT_ROLES = NOT_PARTS
# Reading the office's views (conflicts, devices).
OFFICE_ROLES = frozenset({R.SERVICE_MANAGER, R.QUALITY_CONTROL})
# Lifting login locks.
MANAGER_ROLES = frozenset({R.SERVICE_MANAGER})
READ_ROLES: dict[str, frozenset[UserRole]] = {
    "contact": NOT_PARTS,
    "signature": NOT_PARTS,
    "report_file": NOT_PARTS,
}


def may_read(role: UserRole, table: str) -> bool:
    return role in READ_ROLES.get(table, EVERY_ROLE)


def unreadable_tables(role: UserRole) -> frozenset[str]:
    """The tables a pull leaves out for this role."""
    return frozenset(t for t, roles in READ_ROLES.items() if role not in roles)


def table_refusal(role: UserRole, table: str) -> str | None:
    if role in TABLE_ROLES.get(table, DEFAULT_ROLES):
        return None
    return f"permission: the role '{role.value}' may not change '{table}' records"


def step_refusal(role: UserRole, kind: str, current: str, target: str) -> str | None:
    """Why `role` may not move a work order of type `kind` from `current` to `target`."""
    try:
        steps = workflow.transitions(WorkOrderType(kind))
        source, goal = WorkOrderState(current), WorkOrderState(target)
    except ValueError:
        return None  # values are validated elsewhere; an odd stored value blocks nothing
    roles = steps.get((source, goal))
    if roles is None:  # a concurrent step moved it: who may enter `goal` at all?
        roles = frozenset().union(*(r for (_, to), r in steps.items() if to is goal))
    if role in roles:
        return None
    return (
        f"permission: the role '{role.value}' may not move a {kind} work order "
        f"from '{current}' to '{target}'"
    )
