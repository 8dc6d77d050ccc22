"""The paged list queries behind every table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.enums import WorkOrderType
from app.services import lists
from app.services.store import Store
from app.services.work_orders import orders as work_orders
from tests import factories

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


def fill(store: Store) -> tuple[str, str]:
    _, _, unit_a = factories.hospital_with_unit(store, "江苏省肿瘤医院", "H100001")
    _, _, unit_b = factories.hospital_with_unit(store, "河南省肿瘤医院", "H100002")
    for i in range(30):
        factories.work_order(
            store,
            unit_a if i % 3 else unit_b,
            description=f"巡检 {i}" if i % 2 else f"真空泵报警 {i}",
            kind=WorkOrderType.INSPECTION if i % 2 else WorkOrderType.REPAIR,
            reported_at=T0 + timedelta(hours=i),
        )
    return unit_a, unit_b


def request(text: str = "", **kw: object) -> lists.ListRequest:
    terms = tuple(lists.SearchTerm(word) for word in text.split())
    return lists.ListRequest(terms=terms, **kw)  # type: ignore[arg-type]


def test_count_and_pages_in_default_order(store: Store) -> None:
    fill(store)
    spec = lists.WORK_ORDERS
    assert lists.count_rows(store, spec, request()) == 30
    first = lists.fetch_rows(store, spec, request(), 0, 10)
    rest = lists.fetch_rows(store, spec, request(), 10, 100)
    assert len(first) == 10 and len(rest) == 20
    reported = [row[7] for row in first + rest]
    assert reported == sorted(reported, reverse=True)  # newest first
    assert len({row[0] for row in first + rest}) == 30


def test_every_word_must_match_some_column(store: Store) -> None:
    fill(store)
    spec = lists.WORK_ORDERS
    assert lists.count_rows(store, spec, request("真空泵")) == 15
    assert lists.count_rows(store, spec, request("河南")) == 10
    assert lists.count_rows(store, spec, request("真空泵 河南")) == 5
    assert lists.count_rows(store, spec, request("H100002")) == 10
    assert lists.count_rows(store, spec, request("nothing-like-this")) == 0
    assert lists.count_rows(store, spec, request("100%")) == 0  # % is literal, not a wildcard


def test_enum_columns_match_through_the_labels_the_ui_resolved(store: Store) -> None:
    fill(store)
    term = lists.SearchTerm("维修", {"type": [WorkOrderType.REPAIR.value]})
    assert lists.count_rows(store, lists.WORK_ORDERS, lists.ListRequest(terms=(term,))) == 15


def test_sorting_by_any_column(store: Store) -> None:
    fill(store)
    ascending = lists.fetch_rows(
        store, lists.WORK_ORDERS, request(sort_key="number", descending=False), 0, 100
    )
    numbers = [row[1] for row in ascending]
    assert numbers == sorted(numbers)


def test_scope_and_soft_delete(store: Store) -> None:
    unit_a, _ = fill(store)
    scoped = lists.ListRequest(scope=(("equipment_id", unit_a),))
    assert lists.count_rows(store, lists.SERVICE_HISTORY, scoped) == 20
    victim = lists.fetch_rows(store, lists.SERVICE_HISTORY, scoped, 0, 1)[0][0]
    work_orders.delete_work_order(store, victim)
    assert lists.count_rows(store, lists.SERVICE_HISTORY, scoped) == 19
    assert lists.count_rows(store, lists.WORK_ORDERS, request()) == 29


def test_customer_list_counts_sites_and_units(store: Store) -> None:
    fill(store)
    rows = lists.fetch_rows(store, lists.CUSTOMERS, request(), 0, 10)
    by_name = {row[1]: row for row in rows}
    assert by_name["江苏省肿瘤医院"][5:7] == (1, 1)
    equipment_rows = lists.fetch_rows(store, lists.EQUIPMENT, request("河南"), 0, 10)
    assert [row[3] for row in equipment_rows] == ["H100002"]
