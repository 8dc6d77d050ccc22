"""The demo's registry: hospitals with their sites, units and contacts, and the
service staff, as rows (app/demo/rows.py) drawn from the fixed tables (hospitals,
equipment_models, people)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.db.models import Contact, Customer, Equipment, EquipmentModel, Site, User
from app.demo.equipment_models import MODELS, ModelSpec
from app.demo.hospitals import HOSPITALS, Hospital
from app.demo.people import CONTACT_ROLES, EXTRA_CONTACT_ROLES, GIVEN_NAMES, SURNAMES, USERS
from app.demo.rows import DemoRows
from app.domain.enums import ContractLevel, EquipmentStatus, Modality


@dataclass
class DemoUnit:
    """A demo unit as the work-order planner needs it."""

    id: str
    spec: ModelSpec
    site: str
    region: str
    flag: str
    installed: date
    accepted: date | None  # routine work happens from here on (None: still installing)


def gtin_with_check_digit(body: str) -> str:
    """A GTIN-14 from 13 digits plus the GS1 mod-10 check digit, as printed in a UDI."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


class RegistryBuilder:
    """Adds the registry's rows; `units` and `user_ids` (in USERS order) are what the
    work-order planner draws on."""

    def __init__(
        self, rows: DemoRows, logins: set[str], models: dict[tuple[str, str], str]
    ) -> None:
        self.rows, self.rng, self.today, self.add = rows, rows.rng, rows.today, rows.add
        self.taken_logins = logins
        self.existing_models = models
        self.units: list[DemoUnit] = []
        self.user_ids: list[str] = []

    def build(self) -> None:
        """Hospitals with their sites, units and contacts; then the service staff."""
        model_ids: dict[str, str] = {}
        serials: set[str] = set()
        for hospital in HOSPITALS:
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
                        model_ids[key] = self._model_id(MODELS[key])
                    self._add_unit(key, flag, model_ids[key], site_ids[-1], serials)
                    self.units[-1].site, self.units[-1].region = site.name, hospital.region
            self._add_contacts(hospital, customer_id, site_ids)
        for person in USERS:
            login = self._free_login(person.login)
            user = {"display_name": person.display_name, "role": person.role}
            self.user_ids.append(self.add(0, User, None, login=login, phone=person.phone, **user))

    def _model_id(self, spec: ModelSpec) -> str:
        """The user's own row for this product when there is one, else a new demo row."""
        names = {"maker": spec.maker, "model": spec.model}
        model_id = self.add(0, EquipmentModel, None, modality=spec.modality, **names)
        existing = self.existing_models.get((spec.maker, spec.model))
        if existing:  # the demo row is dropped, after drawing its id: later ids stay put
            self.rows.groups[0].pop()
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
        rng, spec = self.rng, MODELS[key]
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
        self.units.append(DemoUnit(unit_id, spec, "", "", flag, install, acceptance))

    def _add_contacts(self, hospital: Hospital, customer_id: str, sites: list[str]) -> None:
        """The department head, a physicist, often the equipment office; sometimes one more."""
        rng = self.rng
        roles = list(CONTACT_ROLES[: rng.randint(2, 3)])
        if len(roles) == 2 and rng.random() < 0.5:
            roles.append(rng.choice(EXTRA_CONTACT_ROLES))
        for role in roles:
            surname, sur_py = rng.choice(SURNAMES)
            given, given_py = rng.choice(GIVEN_NAMES)
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
