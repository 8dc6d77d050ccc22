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
| (the stock ledger)            | append-only: never changed once stored); engineers   |
|                               | and repair technicians issue and transfer out of (and|
|                               | return into) a kit they hold (`stock_refusal`)       |
| stock_issue (signed slips)    | the same: the office, or the kit's holder            |
| stocktake, stocktake_line     | parts_administrator, service_manager; only the       |
|                               | service manager approves or sends back a stocktake   |
| supplier, supplier_part,      | parts_administrator, service_manager; a plan line's  |
| purchase_plan(_line),         | decision only by the service manager, a rejection    |
| purchase_order(_line),        | with a reason; an order line only from an approved   |
| purchase_receipt (§6.1)       | plan line; receipts are append-only                  |
| amendment                     | `app.domain.signatures.AMENDMENT_ROLES`              |
| test_instrument (the register)| `app.domain.instruments.REGISTER_ROLES`: service     |
|                               | manager, quality control (engineers record use only) |
| site_action_level (a site's   | `app.domain.site_levels.LEVEL_ROLES`: service        |
| own action levels)            | manager, quality control                             |
| acceptance_spec (a model's    | `app.domain.acceptance_specs.SPEC_ROLES`: service    |
| ATP specification)            | manager                                              |
| service_contract,             | `app.domain.service_plan.PLAN_ROLES`: service        |
| clinical_exception,           | manager (every role reads them; the laptop shows an  |
| plan_visit, customer_notice   | engineer only their own visits)                      |
| upgrade_campaign              | `app.domain.upgrades.CAMPAIGN_ROLES`: service manager|
| campaign_unit (a unit's steps)| `app.domain.upgrades.FIELD_ROLES`: engineer, repair  |
|                               | technician, service manager                          |
| training_session, exam_attempt| `app.domain.training_exams.TRAINER_ROLES`: engineer, |
|                               | service manager (trainers mark exams)                |
| hotline_call, complaint,      | `app.domain.complaints.DESK_ROLES` (every role but   |
| complaint_entry,              | parts_administrator); a complaint's owner_login and  |
| complaint_work_order          | deadline only from the service manager (ASSIGN_ROLES)|
| engineer_rate, budget,        | `app.domain.costs.BUDGET_ROLES`: finance, service    |
| budget_line (§9)              | manager; a budget's approval (approved_by/at) only   |
|                               | by finance (APPROVER_ROLES); an approved budget's    |
|                               | lines are not changed (`rules._budget_refusal`)      |
| cost_entry (a job's expenses) | `app.domain.costs.ENTRY_ROLES`: engineer, repair     |
|                               | technician, service manager, finance; engineers and  |
|                               | technicians on their own jobs only (rules.py)        |
| downtime_cause, customer_wait | `app.domain.customer_downtime.RECORD_ROLES`: engineer,|
| (a repair's customer downtime)| repair technician, service manager; engineers and    |
|                               | technicians on their own jobs only (rules.py)        |
| staff_training(_record),      | `app.domain.staff.MANAGER_ROLES`: service manager    |
| qualification(_requirement)   |                                                      |
| staff_assessment              | the service manager; an engineer or technician only  |
|                               | their own row's `self_rating` (`private_refusal`)    |
| everything else: hospitals,   | every role except parts_administrator and finance    |
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
| engineer_rate, budget,         | finance, service_manager (rates are pay)             |
| budget_line                    |                                                      |

Some rows a role reads only when they are its own (`own_row_tables`, `owns_row`), as
the laptop shows them: a plan_visit to whoever does not read the whole plan
(`app.domain.service_plan.READ_ALL_VISITS_ROLES`: service manager, quality control)
only when its `engineer_id` is their own user record; a complaint to whoever does not
read every complaint (`app.domain.complaints.READ_ALL_ROLES`) only when they own it or
recorded it, and its complaint_entry and complaint_work_order rows with it. Nobody
writes what they cannot read (`own_row_refusal`): a complaint not theirs — as stored,
or as inserted — nor an entry or link of one, e.g. an edit made offline on a complaint
handed to a colleague meanwhile. A row leaving or entering someone's reading reaches
their laptop with the next pull (pull.py: `gone`, and the rows read through it).

Per row (PRIVATE_ROWS): a `staff_assessment` row goes to the service manager and to the
login its `engineer_login` names, nobody else — not on pull, nor echoed on a refusal.

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
(with a clock just after the change's, so every laptop takes it). A decision's
`purchase_plan_line.decided_by` and a plan visit's `approved_by` must be the pushing
user's login or name no account of this server (a decision recorded for someone
without one, as the demo's are), else the change is refused (`decider_refusal`).
`signature.user_login` names the engineer who confirmed the signature with their
password; it must be empty (a customer's signature, recorded by the engineer's
account) or the pushing user's own login, else the change is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app.domain import costs as cost_rules
from app.domain import customer_downtime as downtime_rules
from app.domain import stock as stock_rules
from app.domain import stocktake as stocktake_rules
from app.domain import workflow
from app.domain.acceptance_specs import SPEC_ROLES
from app.domain.complaints import DESK_ROLES
from app.domain.complaints import READ_ALL_ROLES as READ_ALL_COMPLAINTS_ROLES
from app.domain.enums import (
    LocationKind,
    MovementKind,
    StocktakeState,
    UserRole,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.instruments import REGISTER_ROLES
from app.domain.purchasing import APPROVER_ROLES
from app.domain.reserved_fields import RESERVED_FIELDS, reserved_field
from app.domain.service_plan import PLAN_ROLES, READ_ALL_VISITS_ROLES
from app.domain.signatures import may_open_amendment
from app.domain.site_levels import LEVEL_ROLES
from app.domain.staff import MANAGER_ROLES as STAFF_MANAGERS
from app.domain.staff import OWNER_FIELD as ASSESSED_LOGIN
from app.domain.training_exams import TRAINER_ROLES
from app.domain.upgrades import CAMPAIGN_ROLES
from app.domain.upgrades import FIELD_ROLES as UPGRADE_STEP_ROLES
from sync.protocol import DEPENDENTS, MAX_CLOCK_AHEAD_MS

R = UserRole
EVERY_ROLE = frozenset(R)
NOT_PARTS = EVERY_ROLE - {R.PARTS_ADMINISTRATOR}
STOCK_ROLES = stock_rules.OFFICE_ROLES
KIT_ROLES = stock_rules.KIT_ROLES
TABLE_ROLES: dict[str, frozenset[UserRole]] = {
    "user": frozenset({R.SERVICE_MANAGER}),
    "company_profile": frozenset({R.SERVICE_MANAGER}),
    "part": frozenset({R.PARTS_ADMINISTRATOR, R.SERVICE_MANAGER}),
    "part_usage": EVERY_ROLE,
    "test_instrument": REGISTER_ROLES,
    "site_action_level": LEVEL_ROLES,
    "acceptance_spec": SPEC_ROLES,
    # The stock ledger (app/db/stock.py). Engineers and repair technicians write their
    # own kit's issues, transfers and returns: `stock_refusal` checks the kit's holder.
    "stock_location": STOCK_ROLES,
    "stock_movement": STOCK_ROLES | KIT_ROLES,
    "stock_issue": STOCK_ROLES | KIT_ROLES,
    "stocktake": STOCK_ROLES,
    "stocktake_line": STOCK_ROLES,
    # A unit's configuration and its per-beam checklist data (app/db/unit_configuration.py):
    # written on site by whoever services the unit, as the unit itself.
    "unit_beam": NOT_PARTS,
    "unit_software_version": NOT_PARTS,
    "checklist_baseline": NOT_PARTS,
    "checklist_beam_value": NOT_PARTS,
    # Purchasing (app/db/purchasing.py); decisions: `decision_refusal`.
    **dict.fromkeys(
        (
            "supplier",
            "supplier_part",
            "purchase_plan",
            "purchase_plan_line",
            "purchase_order",
            "purchase_order_line",
            "purchase_receipt",
        ),
        STOCK_ROLES,
    ),
    # Contracts and the annual plan (app/db/service_plan.py): the service manager's.
    "service_contract": PLAN_ROLES,
    "clinical_exception": PLAN_ROLES,
    "plan_visit": PLAN_ROLES,
    "customer_notice": PLAN_ROLES,
    # Upgrade campaigns (app/db/upgrades.py) and training exams (app/db/training.py).
    "upgrade_campaign": CAMPAIGN_ROLES,
    "campaign_unit": UPGRADE_STEP_ROLES,
    "training_session": TRAINER_ROLES,
    "exam_attempt": TRAINER_ROLES,
    # The hotline log and the complaint register (app/db/complaints.py).
    "hotline_call": DESK_ROLES,
    "complaint": DESK_ROLES,
    "complaint_entry": DESK_ROLES,
    "complaint_work_order": DESK_ROLES,
    "engineer_rate": cost_rules.BUDGET_ROLES,
    "budget": cost_rules.BUDGET_ROLES,
    "budget_line": cost_rules.BUDGET_ROLES,
    "cost_entry": cost_rules.ENTRY_ROLES,
    # A repair's customer downtime (app/db/downtime.py); own jobs only: rules.py.
    "downtime_cause": downtime_rules.RECORD_ROLES,
    "customer_wait": downtime_rules.RECORD_ROLES,
    # Service staff's training, qualifications and assessments (app/db/staff.py).
    "staff_training": STAFF_MANAGERS,
    "staff_training_record": STAFF_MANAGERS,
    "qualification": STAFF_MANAGERS,
    "qualification_requirement": STAFF_MANAGERS,
    "staff_assessment": STAFF_MANAGERS | {R.ENGINEER, R.REPAIR_TECHNICIAN},
}
# Rows readable only by the login a field names and these roles (§8.3: an assessment
# is the person's and the manager's business).
PRIVATE_ROWS: dict[str, str] = {"staff_assessment": ASSESSED_LOGIN}
PRIVATE_ROW_READERS = STAFF_MANAGERS
# What the person assessed may write on their own row.
OWN_ROW_FIELDS: dict[str, frozenset[str]] = {"staff_assessment": frozenset({"self_rating"})}
# Fields only these roles may set (to a value): the complaint's owner and deadline.
# (app/domain/reserved_fields.py: a laptop holds such a change back for a colleague.)
FIELD_SETTERS: dict[tuple[str, str], frozenset[UserRole]] = RESERVED_FIELDS
# Finance keeps the cost tables above and writes nothing of the field work.
DEFAULT_ROLES = NOT_PARTS - {R.FINANCE}
# Reading the office's views (conflicts, devices).
OFFICE_ROLES = frozenset({R.SERVICE_MANAGER, R.QUALITY_CONTROL})
# Fields the server sets to the pushing user's login.
AUTHOR_FIELDS: dict[str, tuple[str, ...]] = {
    "work_order_event": ("by_login",),
    "amendment": ("opened_by",),
    "stock_movement": ("by_login",),
    "purchase_receipt": ("by_login",),
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
    "engineer_rate": cost_rules.BUDGET_ROLES,
    "budget": cost_rules.BUDGET_ROLES,
    "budget_line": cost_rules.BUDGET_ROLES,
}


# Tables whose rows some roles read only when they are their own, and who reads all.
OWN_ROW_READERS: dict[str, frozenset[UserRole]] = {
    "plan_visit": READ_ALL_VISITS_ROLES,
    "complaint": READ_ALL_COMPLAINTS_ROLES,
    "complaint_entry": READ_ALL_COMPLAINTS_ROLES,
    "complaint_work_order": READ_ALL_COMPLAINTS_ROLES,
    "staff_assessment": PRIVATE_ROW_READERS,  # §8.3: the person's and the manager's
}


@dataclass(frozen=True)
class Reader:
    """Who pulls, as the own-rows rules name them."""

    login: str
    user_id: str  # their `user` record's id (plan_visit.engineer_id); "" if none
    complaints: frozenset[str]  # the complaints they own or recorded


def own_row_tables(role: UserRole) -> frozenset[str]:
    """The tables of which this role reads only its own rows."""
    return frozenset(t for t, roles in OWN_ROW_READERS.items() if role not in roles)


def owns_complaint(login: str, data: dict[str, Any]) -> bool:
    return bool(login) and login in (data.get("owner_login"), data.get("recorded_by"))


def owns_row(reader: Reader, table: str, data: dict[str, Any]) -> bool:
    """A row of an own-rows table the reader may read (the laptop's rules)."""
    if table == "plan_visit":
        return bool(reader.user_id) and data.get("engineer_id") == reader.user_id
    if table == "complaint":
        return owns_complaint(reader.login, data)
    if table in ("complaint_entry", "complaint_work_order"):
        return data.get("complaint_id") in reader.complaints
    if table in PRIVATE_ROWS:
        return bool(reader.login) and data.get(PRIVATE_ROWS[table]) == reader.login
    return True


def own_row_refusal(
    role: UserRole,
    login: str,
    table: str,
    fields: dict[str, Any],
    current: dict[str, Any] | None,
    parents: list[dict[str, Any]],
) -> str | None:
    """A complaint, or a row read through one (`parents`: its complaints the server
    holds), written by someone who does not read it: the complaint as stored (or as
    inserted) is not theirs. (Plan visits are the service manager's to write; a private
    row: `private_refusal`.)"""
    if role in READ_ALL_COMPLAINTS_ROLES:
        return None
    if table == "complaint":
        mine = owns_complaint(login, current if current is not None else fields)
    elif table in DEPENDENTS["complaint"]:
        mine = all(owns_complaint(login, parent) for parent in parents)
    else:
        return None
    if mine:
        return None
    return (
        f"permission: the role '{role.value}' may change only complaints they own or "
        "recorded (this one is not theirs)"
    )


def may_read(role: UserRole, table: str) -> bool:
    return role in READ_ROLES.get(table, EVERY_ROLE)


def private_tables(role: UserRole) -> dict[str, str]:
    """Tables whose rows this role reads only where the named field is its login."""
    return {} if role in PRIVATE_ROW_READERS else dict(PRIVATE_ROWS)


def may_read_row(role: UserRole, login: str, table: str, data: dict[str, Any] | None) -> bool:
    field = private_tables(role).get(table)
    return field is None or (data or {}).get(field) == login


def private_refusal(
    role: UserRole, login: str, table: str, fields: dict[str, Any], current: dict[str, Any] | None
) -> str | None:
    """A private row written by someone not its reader, or more than the self rating
    written by the person assessed (creating one is the manager's)."""
    field = private_tables(role).get(table)
    if field is None:
        return None
    if current is None or current.get(field) != login:
        return f"permission: the role '{role.value}' may change only their own '{table}'"
    allowed = OWN_ROW_FIELDS.get(table, frozenset()) | {"updated_at", STAMPED_BY}
    extra = sorted(set(fields) - allowed)
    if extra:
        return f"permission: the role '{role.value}' may not set '{table}.{extra[0]}'"
    return None


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
    name = reserved_field(role, table, fields)
    if name is not None:
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


# The field that names who decided: a purchase plan line's decision, a plan visit's
# approval. It must name the pusher, or nobody with an account on this server (a
# decision recorded on a laptop for the record, like the demo's manager's): a
# manager may not push a decision in a colleague's name.
DECIDER_FIELDS = {"purchase_plan_line": "decided_by", "plan_visit": "approved_by"}


def decider_refusal(
    table: str, fields: dict[str, Any], login: str, accounts: frozenset[str]
) -> str | None:
    """A decision pushed in the name of another account holder."""
    name = DECIDER_FIELDS.get(table)
    claimed = fields.get(name) if name else None
    if not claimed or claimed == login or claimed not in accounts:
        return None
    return f"permission: '{table}.{name}' must be your own login ({login}), not '{claimed}'"


# What a decided plan line keeps: the approver decided on these.
DECIDED_FIELDS = ("part_id", "quantity", "supplier_id", "unit_price")


def decision_refusal(
    role: UserRole, fields: dict[str, Any], current: dict[str, Any] | None
) -> str | None:
    """A purchase plan line's decision (app/domain/purchasing.py): the service manager
    decides a pending line, once, and a rejection says why. (Who it names:
    `decider_refusal`.)"""
    held = current or {}
    before = held.get("decision", "pending")
    after = fields.get("decision", before)
    if before != "pending" and any(
        k in fields and fields[k] != held.get(k) for k in DECIDED_FIELDS
    ):
        return "purchasing: a decided purchase plan line is not changed"
    if after == before:
        return None
    if role not in APPROVER_ROLES:
        return "permission: only the service manager approves or rejects purchase plan lines"
    if before != "pending":
        return "purchasing: this purchase plan line has already been decided"
    reason = fields.get("decision_reason", held.get("decision_reason", ""))
    if after == "rejected" and not str(reason or "").strip():
        return "purchasing: a rejected purchase plan line needs a reason"
    return None


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


# The locations a stock change names (their kind and holder), looked up by the push.
Locations = dict[str, tuple[LocationKind, str]]
STOCK_LOCATION_FIELDS = {
    "stock_movement": ("from_location_id", "to_location_id"),
    "stock_issue": ("from_location_id",),
}


def stock_refusal(
    role: UserRole, login: str, table: str, fields: dict[str, Any], locations: Locations
) -> str | None:
    """An engineer's stock change on a kit they do not hold (`domain/stock.may_move`), a
    stocktake decided by anyone but the service manager."""
    if table in ("stocktake",) and role not in stocktake_rules.APPROVE_ROLES:
        state = fields.get("state")
        decided = state in (StocktakeState.APPROVED.value, StocktakeState.REJECTED.value)
        if decided or fields.get("decided_by"):
            return f"permission: the role '{role.value}' may not decide a stocktake"
        return None
    if table not in STOCK_LOCATION_FIELDS or role in STOCK_ROLES:
        return None
    source = locations.get(str(fields.get("from_location_id") or ""))
    target = locations.get(str(fields.get("to_location_id") or ""))
    if table == "stock_issue":
        allowed = source == (LocationKind.KIT, login)
    else:
        try:
            kind = MovementKind(str(fields.get("kind")))
        except ValueError:
            return None  # validated elsewhere
        allowed = stock_rules.may_move(role, login, kind, source, target)
    if allowed:
        return None
    return f"permission: the role '{role.value}' may only move stock of a kit it holds"
