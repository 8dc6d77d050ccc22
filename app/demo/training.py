"""Demo training sessions: each demo training job that got under way is a session
(on site or central, its syllabus, pass mark 60) with three or four operators, each
with a certificate number of the job's laptop prefix and their exam. Every third
session has someone below the pass mark; every third (another) someone who failed
and passed the re-exam a day later — the latter with both attempts kept."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from app.db.training import ExamAttempt, Trainee, TrainingSession
from app.domain.enums import WorkOrderType
from app.domain.ids import uuid7
from app.domain.numbering import CERTIFICATE, format_number, parse_number
from app.domain.training_exams import DEFAULT_PASS_MARK, SyllabusTopic, TrainingForm

SCORES_SEED = 52  # §5.2

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
    sessions = 0
    marks = random.Random(SCORES_SEED)  # its own draws: the trainees stay as they were
    exams: list[ExamAttempt] = []
    for order, _modality in orders:
        if order.type is not WorkOrderType.TRAINING or order.started_at is None:
            continue
        topics = list(SyllabusTopic) if sessions % 2 == 0 else list(SyllabusTopic)[1:]
        session.add(
            TrainingSession(
                work_order_id=order.id,
                form=TrainingForm.ON_SITE if sessions % 3 else TrainingForm.CENTRAL,
                topics=",".join(t.value for t in topics),
                pass_mark=DEFAULT_PASS_MARK,
                created_at=order.started_at,
                updated_at=order.started_at,
                updated_by=by,
            )
        )
        outcome = sessions % 3  # 0: one fails; 1: one fails, then passes the re-exam
        sessions += 1
        year, prefix, _ = parse_number(order.number) or (order.reported_at.year, "DM", 0)
        hospital = order.equipment.site.customer.name_zh
        people = rng.sample(PEOPLE, rng.choice((3, 4)))
        for place, (name, role, department) in enumerate(people):
            sequences[(year, prefix)] += 1
            number = format_number(year, prefix, sequences[(year, prefix)], CERTIFICATE)
            last = place == len(people) - 1
            scores = (
                [marks.randint(35, 58)]
                if last and outcome == 0
                else [marks.randint(40, 57), marks.randint(66, 92)]
                if last and outcome == 1
                else [marks.randint(62, 98)]
            )
            trainee = Trainee(
                id=uuid7(),
                work_order_id=order.id,
                name=name,
                staff_number=f"{rng.randint(10, 99)}{rng.randint(1000, 9999)}",
                role=role,
                department=department,
                organisation=hospital,
                certificate_number=number,
                passed=scores[-1] >= DEFAULT_PASS_MARK,
                created_at=order.started_at,
                updated_at=order.started_at,
                updated_by=by,
            )
            session.add(trainee)
            for attempt, score in enumerate(scores, 1):
                at = order.started_at + timedelta(hours=3, days=attempt - 1)
                exams.append(
                    ExamAttempt(
                        trainee_id=trainee.id,
                        attempt=attempt,
                        score=score,
                        pass_mark=DEFAULT_PASS_MARK,
                        passed=score >= DEFAULT_PASS_MARK,
                        examined_at=at,
                        examiner=by,
                        created_at=at,
                        updated_at=at,
                        updated_by=by,
                    )
                )
            added += 1
    session.flush()  # the trainees first: the attempts point at them
    session.add_all(exams)
    return added
