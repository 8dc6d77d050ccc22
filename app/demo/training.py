"""Demo trainees: the operators trained on each demo training job that got under way,
three or four a job, each with a certificate number of the job's laptop prefix."""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

from sqlalchemy.orm import Session

from app.db.training import Trainee
from app.domain.enums import WorkOrderType
from app.domain.numbering import CERTIFICATE, format_number, parse_number

PEOPLE = (
    ("赵敏", "放疗技师", "放疗科"),
    ("孙浩", "放疗技师", "放疗科"),
    ("陈静", "物理师", "放射物理室"),
    ("刘洋", "放疗技师", "放疗科"),
    ("周婷", "物理师", "放射物理室"),
    ("吴磊", "设备工程师", "医学工程处"),
    ("郑雪", "放疗技师", "放疗科"),
    ("黄鹏", "护士长", "放疗科"),
)


def seed_trainees(session: Session, rng: random.Random, orders: list[Any], by: str) -> int:
    """Trainees on every training job that started; returns how many were added."""
    sequences: dict[tuple[int, str], int] = defaultdict(int)
    added = 0
    for order, _modality in orders:
        if order.type is not WorkOrderType.TRAINING or order.started_at is None:
            continue
        year, prefix, _ = parse_number(order.number) or (order.reported_at.year, "DM", 0)
        hospital = order.equipment.site.customer.name_zh
        for name, role, department in rng.sample(PEOPLE, rng.choice((3, 4))):
            sequences[(year, prefix)] += 1
            number = format_number(year, prefix, sequences[(year, prefix)], CERTIFICATE)
            session.add(
                Trainee(
                    work_order_id=order.id,
                    name=name,
                    staff_number=f"{rng.randint(10, 99)}{rng.randint(1000, 9999)}",
                    role=role,
                    department=department,
                    organisation=hospital,
                    certificate_number=number,
                    created_at=order.started_at,
                    updated_at=order.started_at,
                    updated_by=by,
                )
            )
            added += 1
    return added
