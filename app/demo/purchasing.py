"""Demo purchasing: the full catalogue (the field demo's 13 parts completed, plus
spares across linac, CT and afterloader to more than 60), five suppliers with their
offers, one purchase plan drafted from the demo's demand and decided by the service
manager (one line rejected) and ordered — one order partly received, with a piece
rejected at the quality check — and a second plan still waiting for approval.

Everything goes through the services' own rules (demand, ordering, receiving), in one
session, so the demo never shows what the rules would refuse.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.fieldwork import Part
from app.db.purchasing import PurchasePlan, PurchasePlanLine, Supplier, SupplierPart
from app.db.stock import StockLocation
from app.demo.rows import DEMO_BY
from app.demo.stock import SHORT
from app.domain.enums import DemandSource, LocationKind, PlanDecision
from app.domain.purchasing import Demand
from app.services.purchasing.orders import DEFAULT_TERMS, ReceiptDraft, add_receipt, order_lines
from app.services.purchasing.plans import add_lines, demand, next_number
from app.services.store import Store

ADMIN, MANAGER = "sun.li", "zhou.jianguo"
LINAC_MODELS = "Elekta Synergy, Varian TrueBeam, 新华 XHA1400"
CT_MODELS = "Siemens SOMATOM Confidence, GE Discovery RT"
HDR_MODELS = "Elekta Flexitron, 核通 microSelectron"
# The field demo's parts: (category, maker, model/spec, fits, cost).
KNOWN = {
    "DEMO-100-0001": ("真空系统 Vacuum", "Agilent", "VacIon 20 L/s 控制器", LINAC_MODELS, 18600),
    "DEMO-100-0002": ("多叶准直器 MLC", "Maxon", "RE-13 12V 带编码器", LINAC_MODELS, 2350),
    "DEMO-100-0003": ("射频系统 RF", "e2v", "MG6028 3.1 MW S波段", LINAC_MODELS, 268000),
    "DEMO-100-0004": ("射频系统 RF", "e2v", "CX1154 氢闸流管", LINAC_MODELS, 46500),
    "DEMO-100-0005": ("冷却系统 Cooling", "Gems Sensors", 'FS-380 1/2"', LINAC_MODELS, 1280),
    "DEMO-100-0006": ("剂量系统 Dosimetry", "PTW", "双通道透射电离室", LINAC_MODELS, 58800),
    "DEMO-100-0007": ("机架 Gantry", "Heidenhain", "ROD 426 5000 线", LINAC_MODELS, 7600),
    "DEMO-100-0008": ("定位 Positioning", "LAP", "APOLLO 绿光模块", LINAC_MODELS, 15200),
    "DEMO-200-0001": ("球管 Tube", "Siemens", "Straton MX P 0.7/1.0", CT_MODELS, 820000),
    "DEMO-200-0002": ("机架 Gantry", "Schleifring", "碳刷组 24 件", CT_MODELS, 3900),
    "DEMO-300-0001": ("施源器 Applicators", "Elekta", "1.3 mm 传输管 1500 mm", HDR_MODELS, 4200),
    "DEMO-300-0002": ("驱动 Drive", "Elekta", "源驱动钢丝 Ø0.9 mm", HDR_MODELS, 12500),
    "DEMO-100-0009": ("射频系统 RF", "CPI", "VKS-8262 S波段速调管", LINAC_MODELS, 395000),
}
# New parts: (number, zh, en, category, maker, model/spec, fits, unit, cost, serialised).
LINAC = [
    (
        "电子枪灯丝",
        "Electron gun filament",
        "电子枪 Gun",
        "Varian",
        "三极枪 10 kV",
        "pc",
        36000,
        True,
    ),
    (
        "加速管离子泵",
        "Accelerator ion pump",
        "真空系统 Vacuum",
        "Agilent",
        "VacIon 8 L/s",
        "pc",
        21000,
        True,
    ),
    (
        "真空计规管",
        "Vacuum gauge tube",
        "真空系统 Vacuum",
        "Pfeiffer",
        "IKR 251",
        "pc",
        6800,
        False,
    ),
    (
        "机械真空泵",
        "Rotary vacuum pump",
        "真空系统 Vacuum",
        "Edwards",
        "RV3 3 m³/h",
        "pc",
        16500,
        True,
    ),
    (
        "MLC 叶片驱动电机（Y 侧）",
        "MLC leaf motor, Y bank",
        "多叶准直器 MLC",
        "Faulhaber",
        "1516SR 12V",
        "pc",
        2480,
        False,
    ),
    (
        "MLC 驱动板",
        "MLC motor drive board",
        "多叶准直器 MLC",
        "Elekta",
        "PCB-1008 rev C",
        "pc",
        14800,
        True,
    ),
    (
        "MLC 叶片位置编码器",
        "MLC leaf encoder",
        "多叶准直器 MLC",
        "Renishaw",
        "RGH24",
        "pc",
        3300,
        False,
    ),
    (
        "MLC 叶片组（10 片）",
        "MLC leaf set (10)",
        "多叶准直器 MLC",
        "Varian",
        "Millennium 120 内侧",
        "set",
        29800,
        False,
    ),
    ("钨门电机", "Jaw drive motor", "准直器 Collimator", "Maxon", "RE-25 24V", "pc", 4100, False),
    (
        "准直器电位器",
        "Collimator potentiometer",
        "准直器 Collimator",
        "Bourns",
        "3590S 10 kΩ",
        "pc",
        420,
        False,
    ),
    (
        "剂量监测电离室（备用）",
        "Spare monitor ion chamber",
        "剂量系统 Dosimetry",
        "Elekta",
        "MC-2 密封型",
        "pc",
        61000,
        True,
    ),
    (
        "静电计模块",
        "Electrometer module",
        "剂量系统 Dosimetry",
        "PTW",
        "UNIDOS 子板",
        "pc",
        18200,
        True,
    ),
    (
        "SF6 压力传感器",
        "SF6 pressure transducer",
        "波导系统 Waveguide",
        "WIKA",
        "A-10 0–60 psi",
        "pc",
        2600,
        False,
    ),
    (
        "SF6 气瓶",
        "SF6 gas cylinder",
        "波导系统 Waveguide",
        "华特",
        "5 kg 99.999%",
        "pc",
        1800,
        False,
    ),
    (
        "波导窗",
        "Waveguide window",
        "波导系统 Waveguide",
        "Thales",
        "陶瓷窗 S波段",
        "pc",
        22400,
        True,
    ),
    (
        "调制器高压电容",
        "Modulator HV capacitor",
        "调制器 Modulator",
        "Maxwell",
        "0.1 µF 40 kV",
        "pc",
        8900,
        False,
    ),
    (
        "脉冲变压器油",
        "Pulse tank oil",
        "调制器 Modulator",
        "Shell",
        "Diala S4 20 L",
        "can",
        1600,
        False,
    ),
    ("充电电感", "Charging choke", "调制器 Modulator", "Elekta", "L-22 12 H", "pc", 17600, True),
    ("冷却水泵", "Coolant pump", "冷却系统 Cooling", "Grundfos", "CM3-5", "pc", 5200, False),
    ("去离子滤芯", "Deionising cartridge", "冷却系统 Cooling", "Pall", 'DI-10"', "pc", 680, False),
    (
        "冷却水温度传感器",
        "Coolant temperature sensor",
        "冷却系统 Cooling",
        "Omega",
        'PT100 1/4"',
        "pc",
        450,
        False,
    ),
    (
        "机架驱动电机",
        "Gantry drive motor",
        "机架 Gantry",
        "Siemens",
        "1FK7 伺服",
        "pc",
        24300,
        True,
    ),
    ("机架刹车", "Gantry brake", "机架 Gantry", "Kendrion", "76 123 24V", "pc", 6300, False),
    ("治疗床升降电机", "Couch lift motor", "治疗床 Couch", "Linak", "LA31", "pc", 5400, False),
    ("治疗床手控盒", "Couch hand pendant", "治疗床 Couch", "Elekta", "HP-4", "pc", 7800, False),
    (
        "EPID 平板探测器",
        "EPID flat panel",
        "影像 Imaging",
        "Varex",
        "XRD 1642 AP",
        "pc",
        356000,
        True,
    ),
    ("kV 球管", "kV imaging tube", "影像 Imaging", "Varex", "G-242", "pc", 128000, True),
    (
        "门联锁开关",
        "Door interlock switch",
        "安全联锁 Interlocks",
        "Schmersal",
        "AZ 16",
        "pc",
        560,
        False,
    ),
    (
        "急停按钮",
        "Emergency stop button",
        "安全联锁 Interlocks",
        "Schneider",
        "XB4 BS8445",
        "pc",
        260,
        False,
    ),
    ("控制柜风扇", "Cabinet fan", "电源 Power", "ebm-papst", "4314 24V", "pc", 380, False),
    (
        "24V 开关电源",
        "24 V power supply",
        "电源 Power",
        "Mean Well",
        "SDR-480-24",
        "pc",
        1150,
        False,
    ),
]
CT = [
    (
        "CT 高压发生器模块",
        "CT HV generator module",
        "高压 HV",
        "Siemens",
        "Polydoros 逆变板",
        "pc",
        98000,
        True,
    ),
    (
        "CT 探测器模块",
        "CT detector module",
        "探测器 Detector",
        "Siemens",
        "Stellar 模块",
        "pc",
        86000,
        True,
    ),
    (
        "CT 准直器电机",
        "CT collimator motor",
        "准直器 Collimator",
        "Siemens",
        "步进电机 0.9°",
        "pc",
        6700,
        False,
    ),
    ("CT 球管冷却油泵", "CT tube oil pump", "球管 Tube", "Siemens", "OP-2", "pc", 12800, False),
    (
        "CT 热交换器风扇",
        "CT heat-exchanger fan",
        "球管 Tube",
        "ebm-papst",
        "W2E200",
        "pc",
        2900,
        False,
    ),
    (
        "CT 滑环数据传输板",
        "CT slip-ring data board",
        "机架 Gantry",
        "Schleifring",
        "非接触传输 5 Gbps",
        "pc",
        41000,
        True,
    ),
    (
        "CT 机架皮带",
        "CT gantry belt",
        "机架 Gantry",
        "Gates",
        "Poly Chain GT 8MGT",
        "pc",
        5600,
        False,
    ),
    ("CT 检查床驱动板", "CT table drive board", "检查床 Table", "GE", "TGP-2", "pc", 15800, True),
    (
        "CT 激光定位灯",
        "CT positioning laser",
        "定位 Positioning",
        "LAP",
        "CT4 红光",
        "pc",
        9400,
        False,
    ),
    (
        "CT 重建计算机硬盘",
        "CT reconstruction disk",
        "计算机 Computer",
        "Seagate",
        "Exos 2 TB SAS",
        "pc",
        2300,
        False,
    ),
    (
        "CT 空气滤网",
        "CT gantry air filter",
        "机架 Gantry",
        "Siemens",
        "滤网 480×320",
        "pc",
        160,
        False,
    ),
]
HDR = [
    (
        "铱-192 放射源",
        "Ir-192 source",
        "放射源 Source",
        "Elekta",
        "mHDR-v2r 10 Ci",
        "pc",
        78000,
        True,
    ),
    (
        "假源驱动钢丝",
        "Check-cable drive wire",
        "驱动 Drive",
        "Elekta",
        "假源钢丝 Ø0.9",
        "pc",
        9800,
        False,
    ),
    (
        "源通道分度器",
        "Indexer (channel selector)",
        "驱动 Drive",
        "Elekta",
        "18 通道",
        "pc",
        36000,
        True,
    ),
    (
        "驱动电机（后装）",
        "Afterloader drive motor",
        "驱动 Drive",
        "Maxon",
        "EC-max 22",
        "pc",
        5200,
        False,
    ),
    (
        "施源器连接器",
        "Applicator connector",
        "施源器 Applicators",
        "Elekta",
        "快插接头",
        "pc",
        1300,
        False,
    ),
    (
        "阴道柱状施源器",
        "Vaginal cylinder applicator",
        "施源器 Applicators",
        "Elekta",
        "Ø30 mm",
        "set",
        16800,
        False,
    ),
    (
        "剂量监测探头（后装）",
        "Afterloader radiation monitor",
        "安全联锁 Interlocks",
        "Mirion",
        "RDS-31",
        "pc",
        8600,
        True,
    ),
    (
        "应急储源罐密封圈",
        "Emergency safe seal",
        "安全联锁 Interlocks",
        "Elekta",
        "O 形圈 套",
        "set",
        420,
        False,
    ),
]
WATCHED = {"DEMO-110-0020", "DEMO-110-0029", "DEMO-210-0011", "DEMO-310-0005"}
# Suppliers: (name, contact, phone, email, address, which catalogue prefixes they sell).
SUPPLIERS = [
    (
        "上海联影医疗配件有限公司",
        "王海",
        "021 6789 0011",
        "wang.hai@example.cn",
        "上海市嘉定区城北路 2258 号",
        ("DEMO-1", "DEMO-2"),
    ),
    (
        "北京东方射频技术有限公司",
        "赵敏",
        "010 8456 2290",
        "zhao.min@example.cn",
        "北京市海淀区上地信息路 9 号",
        ("DEMO-100",),
    ),
    (
        "Elekta 中国备件中心",
        "Chen Yu 陈雨",
        "400 820 1130",
        "parts.cn@example.com",
        "北京市朝阳区望京东路 1 号",
        ("DEMO-100", "DEMO-300"),
    ),
    (
        "西门子医疗备件物流",
        "刘洋",
        "400 810 5888",
        "ct.parts@example.com",
        "上海市浦东新区周祝公路 278 号",
        ("DEMO-200",),
    ),
    (
        "南京精工机电有限公司",
        "钱立",
        "025 5230 7781",
        "qian.li@example.cn",
        "南京市江宁区苏源大道 88 号",
        ("DEMO-1", "DEMO-3"),
    ),
]


def seed_purchasing(store: Store, today: date) -> bool:
    """Adds the demo's purchasing once; False when its suppliers are already there."""
    with store.session() as session:
        if session.scalar(select(Supplier.id).limit(1)) is not None:
            return False
        parts = {p.part_number: p for p in session.scalars(select(Part))}
        if not parts:
            return False
        start = datetime.combine(today - timedelta(days=40), time(2, 0), tzinfo=UTC)
        _catalogue(session, parts, start)
        _suppliers(session, parts, start)
        warehouse = session.scalar(
            select(StockLocation.id).where(StockLocation.kind == LocationKind.WAREHOUSE)
        )
        _decided_plan(session, today, start, warehouse)
        _pending_plan(session, today, parts)
        return True


def _stamp(row: object, at: datetime, by: str = DEMO_BY) -> None:
    row.created_at = row.updated_at = at  # type: ignore[attr-defined]
    row.updated_by = by  # type: ignore[attr-defined]


def _catalogue(session: Session, parts: dict[str, Part], start: datetime) -> None:
    for number, (category, maker, model, fits, cost) in KNOWN.items():
        part = parts.get(number)
        if part is None:
            continue
        # the field demo's names are bilingual ("磁控管 Magnetron"), which other pages
        # search by: kept, with the English half as the English name
        named = re.match(r"^(.*[\u4e00-\u9fff]) (.*)$", part.description)
        if named:
            part.name_en = named.group(2)
        part.category, part.maker, part.model_spec, part.fits_models = category, maker, model, fits
        part.standard_cost = float(cost)
        part.reorder_quantity = 2.0 if part.serialised else 6.0
    part = parts.get("DEMO-100-0002")
    if part is not None:
        part.alternate_numbers = "1003-4471, MLC-M-012"
    for prefix, fits, rows in (
        ("DEMO-110", LINAC_MODELS, LINAC),
        ("DEMO-210", CT_MODELS, CT),
        ("DEMO-310", HDR_MODELS, HDR),
    ):
        for i, (zh, en, category, maker, model, unit, cost, serialised) in enumerate(rows, 1):
            number = f"{prefix}-{i:04d}"
            if number in parts:
                continue
            row = Part(
                part_number=number, description=zh, name_en=en, category=category,
                maker=maker, model_spec=model, fits_models=fits, unit=unit,
                standard_cost=float(cost), serialised=serialised,
                # a few consumables are watched (and, never stocked, fall under their level)
                reorder_level=2.0 if number in WATCHED else 0.0,
                reorder_quantity=5.0 if number in WATCHED else 0.0,
                obsolete=number == "DEMO-110-0017",  # the old pulse-tank oil: no longer bought
            )  # fmt: skip
            _stamp(row, start)
            session.add(row)
            parts[number] = row
    session.flush()


def _suppliers(session: Session, parts: dict[str, Part], start: datetime) -> list[Supplier]:
    rng = random.Random(12)
    made = []
    for name, contact, phone, email, address, prefixes in SUPPLIERS:
        supplier = Supplier(
            name=name, contact_person=contact, phone=phone, email=email, address=address
        )
        _stamp(supplier, start)
        session.add(supplier)
        made.append((supplier, prefixes))
    session.flush()
    for number, part in sorted(parts.items()):
        sellers = [s for s, prefixes in made if number.startswith(prefixes)]
        for supplier in sellers[:2]:
            offer = SupplierPart(
                supplier_id=supplier.id,
                part_id=part.id,
                supplier_part_number=f"{supplier.name[:2]}-{number[-7:]}",
                unit_price=round(part.standard_cost * rng.uniform(0.92, 1.12), -1) or 100.0,
                lead_time_days=rng.choice((7, 14, 21, 30, 45)),
            )
            _stamp(offer, start)
            session.add(offer)
    session.flush()
    return [s for s, _ in made]


def _decided_plan(session: Session, today: date, start: datetime, warehouse: str | None) -> None:
    """The plan of the demo's demand: approved but for one line, ordered, one order
    partly received (with a piece rejected at the quality check)."""
    drafted = today - timedelta(days=30)
    plan = PurchasePlan(
        number=next_number(session, PurchasePlan, "PP", drafted), title="月度采购计划 Monthly plan",
        drafted_by=ADMIN, drafted_on=drafted,
    )  # fmt: skip
    _stamp(plan, start, ADMIN)
    session.add(plan)
    session.flush()
    add_lines(session, ADMIN, plan.id, demand(session), drafted)
    lines = list(
        session.scalars(select(PurchasePlanLine).where(PurchasePlanLine.plan_id == plan.id))
    )
    decided = datetime.combine(drafted + timedelta(days=2), time(3, 0), tzinfo=UTC)
    for i, line in enumerate(sorted(lines, key=lambda x: (not x.urgent, x.created_at))):
        rejected = i == len(lines) - 1 and len(lines) > 2
        line.decision = PlanDecision.REJECTED if rejected else PlanDecision.APPROVED
        line.decision_reason = (
            "库存可由其他医院调拨，暂缓采购 Cover by transfer, buy later" if rejected else ""
        )
        line.decided_by, line.decided_at, line.updated_by = MANAGER, decided, MANAGER
    session.flush()
    ordered_on = drafted + timedelta(days=3)
    orders = order_lines(session, ADMIN, plan.id, ordered_on, DEFAULT_TERMS)
    if not orders or warehouse is None:
        return
    from app.db.purchasing import PurchaseOrderLine

    candidates = [
        (order_line, part)
        for order_line, part in session.execute(
            select(PurchaseOrderLine, Part)
            .join(Part, Part.id == PurchaseOrderLine.part_id)
            .where(PurchaseOrderLine.order_id.in_(orders))
            .order_by(PurchaseOrderLine.urgent.desc(), Part.part_number)
        )
        # the stock demo's short part stays short (its low-stock row is shown)
        if not part.serialised and order_line.quantity >= 2 and part.part_number not in SHORT
    ]
    if not candidates:
        return
    order_line, _ = candidates[0]
    add_receipt(
        session,
        ADMIN,
        ReceiptDraft(
            order_line.id,
            accepted=order_line.quantity - 1,
            rejected=1.0,
            reject_reason="外包装破损，部件外壳有裂纹 Box crushed, housing cracked",
            location_id=warehouse,
            at=datetime.combine(today - timedelta(days=6), time(6, 30), tzinfo=UTC),
        ),
    )


def _pending_plan(session: Session, today: date, parts: dict[str, Part]) -> None:
    """A small plan drafted this week, waiting for the service manager."""
    drafted = today - timedelta(days=2)
    plan = PurchasePlan(
        number=next_number(session, PurchasePlan, "PP", drafted), title="补充备件 Top-up",
        drafted_by=ADMIN, drafted_on=drafted,
    )  # fmt: skip
    _stamp(plan, datetime.combine(drafted, time(2, 0), tzinfo=UTC), ADMIN)
    session.add(plan)
    session.flush()
    wanted = [
        Demand(parts[n].id, q, DemandSource.MANUAL, note="年度预防性维护备货 PM stock")
        for n, q in (("DEMO-110-0019", 10), ("DEMO-110-0014", 2), ("DEMO-210-0007", 4))
        if n in parts
    ]
    add_lines(session, ADMIN, plan.id, wanted, drafted)
