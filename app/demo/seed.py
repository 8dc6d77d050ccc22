"""Demo data: a year of service work on real-world radiotherapy equipment.

Lets a new user (and a screenshot, a test, a benchmark) see Beamside full of plausible
records without typing any. Everything comes from fixed seeds, so the same `today`
gives the same rows; reference rows (hospitals, people, units) even keep the same ids
whatever `today` is, which is how a second seeding recognises the first.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import Base
from app.db.models import (
    Contact,
    Customer,
    Equipment,
    EquipmentModel,
    Site,
    User,
    WorkOrder,
    WorkOrderAssignment,
)
from app.demo import data as data
from app.domain.checklists import MachineKind, machine_kind
from app.domain.enums import (
    ContractLevel,
    EquipmentStatus,
    Modality,
    Priority,
    UserRole,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.ids import uuid7
from app.domain.numbering import format_number
from app.services.store import Store

SEED = 20_240_901
DEMO_BY = "demo"
# Reference rows are stamped with this instant, not with `today`, so their ids are fixed.
EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
_EPOCH_MS = int(EPOCH.timestamp() * 1000)
BEIJING = timedelta(hours=8)

S = WorkOrderState
T = WorkOrderType
_LIFECYCLE = (T.INSTALLATION, T.COMMISSIONING, T.ACCEPTANCE)
_TIMES = ("acknowledged_at", "arrived_at", "started_at", "finished_at", "closed_at")


def first_customer_id() -> str:
    """Id of the first demo hospital; its presence means the demo is already seeded."""
    return uuid7(unix_ms=_EPOCH_MS, rand=random.Random(SEED).randbytes(10))


CHECKLIST_WORK = frozenset({T.INSPECTION, T.PREVENTIVE_MAINTENANCE})
NO_CHECKLIST = frozenset({Modality.TPS, Modality.QA_INSTRUMENT})


def gtin_with_check_digit(body: str) -> str:
    """A GTIN-14 from 13 digits plus the GS1 mod-10 check digit, as printed in a UDI."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def describe(rng: random.Random, wo_type: WorkOrderType, modality: Modality, model: str) -> str:
    """A realistic Chinese description of `wo_type` work on a `model` unit (also used by
    the benchmark generator, so bulk rows read like the demo)."""
    if wo_type is T.INSPECTION:
        return rng.choice(data.INSPECTIONS)
    if wo_type is T.UPGRADE:
        specs = [m for m in data.MODELS.values() if m.model == model]
        return rng.choice(specs[0].upgrades) if specs else "软件升级"
    if wo_type is T.INSTALLATION:
        return data.INSTALLATION.format(model=model, site="新机房")
    if wo_type is T.COMMISSIONING:
        return data.COMMISSIONING
    if wo_type is T.ACCEPTANCE:
        return data.ACCEPTANCE
    text = rng.choice(data.DESCRIPTIONS[modality][wo_type])
    text = text.format(n=rng.randint(1, 60), c=rng.randint(1, 18), k=rng.randint(2, 8))
    # A TomoTherapy or CyberKnife is not checked per TG-142 (the rng draws stay the same).
    protocol = _PROTOCOLS.get(machine_kind(modality, "", model))
    return text.replace("TG-142", protocol) if protocol else text


_PROTOCOLS: dict[MachineKind | None, str] = {
    MachineKind.HELICAL_TOMOTHERAPY: "TG-148",
    MachineKind.ROBOTIC_RADIOSURGERY: "TG-135",
}


def local_time(day: date, hour: float = 9.5) -> datetime:
    """The UTC instant of `hour` o'clock Beijing time on `day` (work happens by local clock)."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(hours=hour) - BEIJING


@dataclass
class _Unit:
    """A demo unit as the work-order planner needs it."""

    id: str
    spec: data.ModelSpec
    site: str
    region: str
    flag: str
    installed: date
    accepted: date | None  # routine work happens from here on (None: still installing)


@dataclass
class _Plan:
    """One work order before numbering: what, where, when and by whom."""

    type: WorkOrderType
    state: WorkOrderState
    priority: Priority
    unit: _Unit
    description: str
    reported: datetime
    staff: list[int] = field(default_factory=list)  # indices into data.USERS
    times: list[datetime] = field(default_factory=list)  # acknowledged … closed, as reached
    finished_on: datetime | None = None  # when set, the timeline is moved to finish then


class _Seeder:
    """Builds all demo rows in memory, so `seed_demo` only adds them."""

    def __init__(self, today: date, logins: set[str], models: dict[tuple[str, str], str]) -> None:
        self.today = today
        self.now = datetime(today.year, today.month, today.day, tzinfo=UTC)
        self.ids = random.Random(SEED)  # ids only: the first one is first_customer_id()
        self.rng = random.Random(SEED + 1)
        self.count = 0
        self.taken_logins = logins
        self.existing_models = models
        # Added group by group, parents first: contacts point at sites through a
        # foreign key without a relationship the unit of work could order by.
        self.rows: list[list[object]] = [[], [], [], []]
        self.units: list[_Unit] = []
        self.user_ids: list[str] = []

    def new_id(self, when: datetime | None = None) -> str:
        """A UUIDv7 from the id stream: at `when`, or at the fixed epoch (+1 ms per row)."""
        self.count += 1
        ms = int(when.timestamp() * 1000) if when else _EPOCH_MS + self.count - 1
        return uuid7(unix_ms=ms, rand=self.ids.randbytes(10))

    def add(self, group: int, cls: type[Base], when: datetime | None = None, **values: Any) -> str:
        """Queues a demo row with a fresh id, stamped at `when` (default: the epoch)."""
        row_id = self.new_id(when)
        stamps = {"created_at": when or EPOCH, "updated_at": when or EPOCH, "updated_by": DEMO_BY}
        self.rows[group].append(cls(**{"id": row_id, **stamps, **values}))
        return row_id

    def build_reference(self) -> None:
        """Hospitals with their sites, units and contacts; then the service staff."""
        model_ids: dict[str, str] = {}
        serials: set[str] = set()
        for hospital in data.HOSPITALS:
            customer_id = self.add(
                0,
                Customer,
                name_zh=hospital.name_zh,
                name_en=hospital.name_en,
                address=hospital.address,
                region=hospital.region,
                grade=hospital.grade,
            )
            site_ids = []
            for site in hospital.sites:
                names = {"name": site.name, "building": site.building}
                site_ids.append(self.add(1, Site, None, customer_id=customer_id, **names))
                for unit in site.units:
                    key, _, flag = unit.partition(":")
                    if key not in model_ids:
                        model_ids[key] = self._model_id(data.MODELS[key])
                    self._add_unit(key, flag, model_ids[key], site_ids[-1], serials)
                    self.units[-1].site, self.units[-1].region = site.name, hospital.region
            self._add_contacts(hospital, customer_id, site_ids)
        for person in data.USERS:
            login = self._free_login(person.login)
            user = {"display_name": person.display_name, "role": person.role}
            self.user_ids.append(self.add(0, User, None, login=login, phone=person.phone, **user))

    def _model_id(self, spec: data.ModelSpec) -> str:
        """The user's own row for this product when there is one, else a new demo row."""
        names = {"maker": spec.maker, "model": spec.model}
        model_id = self.add(0, EquipmentModel, None, modality=spec.modality, **names)
        existing = self.existing_models.get((spec.maker, spec.model))
        if existing:  # the demo row is dropped, after drawing its id: later ids stay put
            self.rows[0].pop()
            return existing
        return model_id

    def _free_login(self, login: str) -> str:
        """`login`, or `login.demo`, `login.demo2`… when the user already has that login."""
        candidate, n = login, 1
        while candidate in self.taken_logins:
            candidate = f"{login}.demo" + (str(n) if n > 1 else "")
            n += 1
        self.taken_logins.add(candidate)
        return candidate

    def _add_unit(
        self, key: str, flag: str, model_id: str, site_id: str, serials: set[str]
    ) -> None:
        """A unit with a maker-style serial, consistent dates and a contract that follows
        from its warranty; `flag` marks the installing, down, limited and new ones."""
        rng, spec = self.rng, data.MODELS[key]
        serial = ""
        while not serial or serial in serials:
            serial = "".join(str(rng.randint(0, 9)) if c == "#" else c for c in spec.serial_pattern)
        serials.add(serial)
        ages = {"installing": rng.randint(20, 30), "new": rng.randint(180, 320)}
        install = self.today - timedelta(days=ages.get(flag, rng.randint(500, 3300)))
        acceptance = None if flag == "installing" else install + timedelta(rng.randint(30, 45))
        years = rng.choice((1, 2, 2, 3))
        warranty_end = (acceptance or install + timedelta(45)) + timedelta(365 * years)
        # Out of warranty: mostly a full-service contract (list order: warranty first).
        contract = rng.choices(list(ContractLevel)[1:], weights=(6, 2, 1, 1))[0]
        if warranty_end >= self.today:
            contract = ContractLevel.WARRANTY
        flagged = flag in ("installing", "down", "limited")  # named like the statuses
        status = EquipmentStatus(flag) if flagged else EquipmentStatus.CLINICAL
        if spec.modality in (Modality.LINAC, Modality.AFTERLOADER):
            weekdays = [rng.randint(20, 28) / 2 for _ in range(5)]  # 10–14 h
            hours = [*weekdays, float(rng.choice((0, 0, 4, 6))), 0.0]
        else:
            hours = [float(rng.choice((8, 9, 10)))] * 5 + [0.0, 0.0]
        unit_id = self.add(
            2,
            Equipment,
            model_id=model_id,
            site_id=site_id,
            serial_number=serial,
            nmpa_registration_no=spec.nmpa,
            udi=f"(01){gtin_with_check_digit(spec.gtin_body)}(21){serial}",
            install_date=install,
            acceptance_date=acceptance,
            warranty_end=warranty_end,
            contract_level=contract,
            status=status,
            clinical_hours=hours,
        )
        self.units.append(_Unit(unit_id, spec, "", "", flag, install, acceptance))

    def _add_contacts(self, hospital: data.Hospital, customer_id: str, sites: list[str]) -> None:
        """The department head, a physicist, often the equipment office; sometimes one more."""
        rng = self.rng
        roles = list(data.CONTACT_ROLES[: rng.randint(2, 3)])
        if len(roles) == 2 and rng.random() < 0.5:
            roles.append(rng.choice(data.EXTRA_CONTACT_ROLES))
        for role in roles:
            surname, sur_py = rng.choice(data.SURNAMES)
            given, given_py = rng.choice(data.GIVEN_NAMES)
            four = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
            if rng.random() < 0.6:
                phone = f"1{rng.choice('3589')}{rng.randint(0, 9)} {four}"
            else:
                phone = f"{hospital.area_code}-{rng.randint(6000, 8999)} {four[:4]}"
            self.add(
                2,
                Contact,
                customer_id=customer_id,
                site_id=sites[-1] if role == "物理师" else None,
                name=surname + given,
                role=role,
                phone=phone,
                email=f"{given_py}.{sur_py}@{hospital.mail}.example.com",
            )

    def plan_work_orders(self) -> list[_Plan]:
        """The lifecycle and fault stories of particular units, then a year of routine work."""
        rng, plans = self.rng, []
        for unit in self.units:
            plans.extend(self._story(unit))
        routine: list[_Plan] = []
        for wo_type, count in data.ROUTINE.items():
            for _ in range(count):
                day = self.today - timedelta(days=rng.randint(1, 364))
                hour = rng.uniform(7.5, 21) if wo_type is T.REPAIR else rng.uniform(8, 17)
                unit = self._pick_unit(wo_type, day)
                text = describe(rng, wo_type, unit.spec.modality, unit.spec.model)
                priority = self._priority(wo_type)
                routine.append(
                    _Plan(wo_type, S.CLOSED, priority, unit, text, local_time(day, hour))
                )
        routine.sort(key=lambda p: p.reported, reverse=True)
        for plan in routine:
            if (self.now - plan.reported).days <= 45:
                states = (S.CLOSED, S.CUSTOMER_SIGNED, S.COMPLETED, S.CANCELLED)
                plan.state = rng.choices(states, weights=(6, 2, 1, 0.2))[0]
            elif rng.random() < 0.02:
                plan.state = S.CANCELLED
        self._open_states(routine)
        self._signed_lately(routine)
        plans.extend(routine)
        for plan in plans:
            self._staff(plan)
            self._timeline(plan)
        return plans

    def _open_states(self, routine: list[_Plan]) -> None:
        """Gives the newest routine work orders (`routine` is newest first) the open states,
        so every state shows up: parts are awaited for repairs only; new calls are fresh."""
        pool = list(routine)
        for state in data.RECENT_STATES:
            plan = next(p for p in pool if state is not S.AWAITING_PARTS or p.type is T.REPAIR)
            pool = [p for p in pool if p is not plan]
            plan.state = state
            if data.REACHED[state] <= 1 and state is not S.CANCELLED:
                day = self.today - timedelta(days=self.rng.randint(1, 2))
                plan.reported = local_time(day, self.rng.uniform(8, 20))

    def _signed_lately(self, routine: list[_Plan]) -> None:
        """The newest open states span weeks of work, so finished work would end a month
        before `today`. The demo's year ends the day it is made: a few signed jobs were
        finished and signed over the last days up to yesterday, so "signed since the first
        of this month" (the batch export's default) finds reports on any day but the 1st."""
        done = [p for p in routine if p.state in (S.CLOSED, S.CUSTOMER_SIGNED)]
        for days_ago, plan in zip(data.SIGNED_LATELY_DAYS, done, strict=False):
            plan.state = S.CUSTOMER_SIGNED  # signed, not closed yet (closing takes days)
            day = self.today - timedelta(days=days_ago)
            plan.finished_on = local_time(day, self.rng.uniform(9, 17))

    def _story(self, unit: _Unit) -> list[_Plan]:
        """Installation → commissioning → acceptance → training for this year's units;
        the open repair behind a down or limited unit."""
        rng, installed, ago = self.rng, unit.installed, timedelta(days=1)
        installation = data.INSTALLATION.format(model=unit.spec.model, site=unit.site)
        if unit.flag == "installing":
            start = local_time(installed - 3 * ago)
            return [_Plan(T.INSTALLATION, S.IN_PROGRESS, Priority.HIGH, unit, installation, start)]
        if unit.flag == "down":
            at = local_time(self.today - 3 * ago, 8.2)
            return [_Plan(T.REPAIR, S.AWAITING_PARTS, Priority.URGENT, unit, data.DOWN_REPAIR, at)]
        if unit.flag == "limited":
            at = local_time(self.today - 6 * ago, 14.6)
            return [_Plan(T.REPAIR, S.TRIAL_RUN, Priority.HIGH, unit, data.LIMITED_REPAIR, at)]
        if unit.flag != "new" or unit.accepted is None:
            return []
        accepted, training = unit.accepted, data.NEW_UNIT_TRAINING.format(k=rng.randint(4, 8))
        steps = (
            (T.INSTALLATION, installation, installed - 3 * ago, Priority.HIGH),
            (T.COMMISSIONING, data.COMMISSIONING, installed + 10 * ago, Priority.HIGH),
            (T.ACCEPTANCE, data.ACCEPTANCE, accepted - 3 * ago, Priority.HIGH),
            (T.TRAINING, training, accepted + rng.randint(2, 6) * ago, Priority.NORMAL),
        )
        return [_Plan(t, S.CLOSED, p, unit, text, local_time(day)) for t, text, day, p in steps]

    def _pick_unit(self, wo_type: WorkOrderType, day: date) -> _Unit:
        """A unit in service on `day`, weighted by how often its kind gets this work."""
        weights = data.MODALITY_WEIGHT.get(wo_type, {})
        units = [u for u in self.units if u.accepted and u.accepted <= day]
        chances = [weights.get(u.spec.modality, 1.0) for u in units]
        picked = self.rng.choices(units, weights=chances)[0]
        if wo_type in CHECKLIST_WORK and picked.spec.modality in NO_CHECKLIST:
            # Inspection is complete only with its checklist (app/domain/workflow.py), and
            # none ships for this kind of unit: the unit of the same site that has one.
            # Chosen without the planner's random stream, so the rest of the demo stays.
            fitting = [u for u in units if u.spec.modality not in NO_CHECKLIST]
            same_site = [u for u in fitting if u.site == picked.site]
            picked = (same_site or fitting)[day.toordinal() % len(same_site or fitting)]
        return picked

    def _priority(self, wo_type: WorkOrderType) -> Priority:
        """Repairs are mostly high or urgent; planned work mostly normal."""
        weights = (0, 25, 45, 30) if wo_type is T.REPAIR else (20, 70, 10, 0)
        return self.rng.choices(list(Priority), weights=weights)[0]

    def _staff(self, plan: _Plan) -> None:
        """The regional engineer or a repair technician leads; sometimes a colleague helps."""
        rng = self.rng
        field_staff = [i for i, p in enumerate(data.USERS) if p.laptop_prefix]
        technicians = [i for i in field_staff if data.USERS[i].role is UserRole.REPAIR_TECHNICIAN]
        if plan.type in (T.REPAIR, T.PREVENTIVE_MAINTENANCE) and rng.random() < 0.35:
            lead = rng.choice(technicians)
        elif rng.random() < 0.8:
            lead = data.REGION_ENGINEER[plan.unit.region]
        else:
            lead = rng.choice(field_staff)
        plan.staff = [lead]
        if plan.type in (T.INSTALLATION, T.COMMISSIONING) or rng.random() < 0.3:
            plan.staff.append(rng.choice([i for i in field_staff if i != lead]))

    def _timeline(self, plan: _Plan) -> None:
        """Acknowledged → arrived → started → finished → closed, as far as the state went;
        moved back as a whole when it would run past the start of `today`."""
        rng, fast = self.rng, plan.priority in (Priority.URGENT, Priority.HIGH)
        if plan.type is T.REPAIR:
            travel = rng.uniform(1.5, 8) if fast else rng.uniform(20, 72)
        else:
            travel = rng.uniform(12, 48) if plan.type in _LIFECYCLE else rng.uniform(24, 336)
        steps = [
            timedelta(minutes=rng.uniform(5, 40) if fast else rng.uniform(30, 300)),
            timedelta(hours=travel),
            timedelta(minutes=rng.uniform(10, 45)),
            timedelta(hours=rng.uniform(*data.WORK_HOURS[plan.type])),
            timedelta(days=rng.uniform(1, 12)),
        ]
        at = plan.reported
        for step in steps[: data.REACHED[plan.state]]:
            at += step
            plan.times.append(at)
        if plan.finished_on is not None:
            shift = plan.times[3] - plan.finished_on
            plan.reported -= shift
            plan.times = [t - shift for t in plan.times]
        elif at > self.now:
            shift = at - self.now + timedelta(hours=rng.uniform(1, 20))
            plan.reported -= shift
            plan.times = [t - shift for t in plan.times]

    def add_work_orders(self, plans: list[_Plan]) -> None:
        """Numbers per (year, lead's laptop prefix) in reported order; a row per assignee."""
        sequences: dict[tuple[int, str], int] = {}
        for plan in sorted(plans, key=lambda p: p.reported):
            prefix = data.USERS[plan.staff[0]].laptop_prefix
            key = (plan.reported.year, prefix)
            sequences[key] = sequences.get(key, 0) + 1
            ts: list[datetime | None] = [*plan.times, None, None, None, None, None]
            wo_id = self.add(
                3,
                WorkOrder,
                plan.reported,
                number=format_number(key[0], prefix, sequences[key]),
                type=plan.type,
                state=plan.state,
                priority=plan.priority,
                equipment_id=plan.unit.id,
                description=plan.description,
                reported_at=plan.reported,
                **dict(zip(_TIMES, ts, strict=False)),
                updated_at=(plan.times or [plan.reported])[-1],
            )
            assigned = (plan.times or [plan.reported])[0]
            for person in plan.staff:
                user_id = self.user_ids[person]
                self.add(3, WorkOrderAssignment, assigned, work_order_id=wo_id, user_id=user_id)


def seed_demo(store: Store, today: date | None = None) -> int:
    """Adds the demo hospitals, units, staff and a year of work orders up to the day
    before `today`; returns how many work orders were added (0: demo already there)."""
    today = today or date.today()
    with store.session() as session:
        # Checked with deleted rows too: a tombstoned demo must not come back twice.
        if session.get(Customer, first_customer_id()) is not None:
            return 0
        seeder = _Seeder(today, set(session.scalars(select(User.login))), _models(session))
        seeder.build_reference()
        plans = seeder.plan_work_orders()
        seeder.add_work_orders(plans)
        for group in seeder.rows:
            session.add_all(group)
            session.flush()
    from app.demo.fieldwork import seed_field_work

    if seed_field_work(store, today):
        from app.demo.releases import seed_releases

        seed_releases(store)
    return len(plans)


def _models(session: Session) -> dict[tuple[str, str], str]:
    """The user's equipment models by (maker, model), so the demo does not duplicate them."""
    rows = session.execute(
        select(EquipmentModel.maker, EquipmentModel.model, EquipmentModel.id).where(
            EquipmentModel.deleted_at.is_(None)
        )
    )
    return {(maker, model): model_id for maker, model, model_id in rows}
