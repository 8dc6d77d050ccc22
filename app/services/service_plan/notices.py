"""The customer notices (§4.1.3): one letter per hospital listing its approved visits
of a year, and the record that it was sent (a synced row, so the office sees it)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.db.models import Customer
from app.db.service_plan import CustomerNotice
from app.domain.service_plan import VisitState
from app.reports.content import Company, Language
from app.reports.plan_notice import NoticeContent, NoticeVisit, build_notice
from app.services.checklists.checklist_templates import load_templates
from app.services.company.profile import load_profile
from app.services.service_plan.access import check_planner
from app.services.service_plan.views import VisitRow, year_visits
from app.services.store import Store


@dataclass(frozen=True)
class NoticeRow:
    customer_id: str
    hospital: str
    year: int
    language: str
    sent_on: date
    sent_by: str
    visit_count: int


def _company(store: Store) -> Company:
    p = load_profile(store)
    return Company(
        name_zh=p.name_zh,
        name_en=p.name_en,
        address_zh=p.address_zh,
        address_en=p.address_en,
        phone=p.phone,
        email=p.email,
        website=p.website,
        logo=p.logo,
        seal=p.seal,
    )


def hospitals_with_visits(store: Store, year: int) -> dict[str, list[VisitRow]]:
    """Approved visits of `year` by hospital id."""
    grouped: dict[str, list[VisitRow]] = defaultdict(list)
    for row in year_visits(store, year, everyone=True):
        if row.state is VisitState.APPROVED:
            grouped[row.customer_id].append(row)
    return dict(grouped)


def notice_content(
    store: Store, year: int, visits: list[VisitRow], language: Language, dated: date
) -> NoticeContent:
    templates, _ = load_templates()
    first = visits[0]
    hospital = first.hospital if language == "zh_CN" else (first.hospital_en or first.hospital)

    def title(template_id: str) -> str:
        template = templates.get(template_id)
        if template is None:
            return ""
        return template.title_zh if language == "zh_CN" else template.title_en

    return NoticeContent(
        language=language,
        company=_company(store),
        hospital=hospital,
        year=year,
        dated=dated,
        visits=tuple(
            NoticeVisit(
                v.planned_on,
                v.time_text,
                f"{v.unit} · {v.serial}",
                str(v.kind),
                title(v.template_id),
                v.duration_minutes / 60,
                v.engineer,
            )
            for v in visits
        ),
    )


def write_notice(
    store: Store, customer_id: str, year: int, target: Path, language: Language, today: date
) -> int:
    """Writes one hospital's notice for `year` to `target`; returns the visits listed.
    Raises KeyError when the hospital has no approved visit that year."""
    visits = hospitals_with_visits(store, year)[customer_id]
    build_notice(notice_content(store, year, visits, language, today), target)
    return len(visits)


def record_sent(
    store: Store, customer_id: str, year: int, language: str, sent_on: date, visit_count: int
) -> str:
    """Records that the notice went to the hospital on `sent_on` (the manager's act)."""
    check_planner(store)
    with store.session() as session:
        notice = CustomerNotice(
            customer_id=customer_id,
            year=year,
            language=language,
            sent_on=sent_on,
            sent_by=store.user_login,
            visit_count=visit_count,
            updated_by=store.user_login,
        )
        session.add(notice)
        session.flush()
        return notice.id


def notices_sent(store: Store, year: int) -> list[NoticeRow]:
    with store.reading() as session:
        rows = session.execute(
            select(
                CustomerNotice.customer_id,
                Customer.name_zh,
                CustomerNotice.year,
                CustomerNotice.language,
                CustomerNotice.sent_on,
                CustomerNotice.sent_by,
                CustomerNotice.visit_count,
            )
            .join(Customer, Customer.id == CustomerNotice.customer_id)
            .where(CustomerNotice.deleted_at.is_(None), CustomerNotice.year == year)
            .order_by(CustomerNotice.sent_on.desc(), Customer.name_zh)
        )
        return [NoticeRow(*r) for r in rows]
